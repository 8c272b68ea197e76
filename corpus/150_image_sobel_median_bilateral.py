import warp as wp

wp.set_module_options({"enable_backward": False})

vec9 = wp.types.vector(length=9, dtype=float)

SOBEL_X = wp.constant(wp.mat33(-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0))
SOBEL_Y = wp.constant(wp.mat33(-1.0, -2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0))


@wp.func
def fetch(img: wp.array2d(dtype=float), y: int, x: int) -> float:
    yy = wp.clamp(y, 0, img.shape[0] - 1)
    xx = wp.clamp(x, 0, img.shape[1] - 1)
    return img[yy, xx]


@wp.func
def luminance(c: wp.vec3) -> float:
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


@wp.kernel
def to_gray(rgb: wp.array2d(dtype=wp.vec3), gray: wp.array2d(dtype=float)):
    y, x = wp.tid()
    gray[y, x] = luminance(rgb[y, x])


@wp.kernel
def sobel(gray: wp.array2d(dtype=float), mag: wp.array2d(dtype=float), angle: wp.array2d(dtype=float)):
    y, x = wp.tid()
    gx = float(0.0)
    gy = float(0.0)
    for dy in range(3):
        for dx in range(3):
            v = fetch(gray, y + dy - 1, x + dx - 1)
            gx += SOBEL_X[dy, dx] * v
            gy += SOBEL_Y[dy, dx] * v
    mag[y, x] = wp.sqrt(gx * gx + gy * gy)
    angle[y, x] = wp.atan2(gy, gx)


@wp.kernel
def median3x3(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):
    y, x = wp.tid()
    w = vec9()
    n = int(0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            w[n] = fetch(src, y + dy, x + dx)
            n += 1
    for a in range(9):
        for b in range(8 - a):
            if w[b] > w[b + 1]:
                t = w[b]
                w[b] = w[b + 1]
                w[b + 1] = t
    dst[y, x] = w[4]


@wp.kernel
def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):
    y, x = wp.tid()
    c = src[y, x]
    acc = float(0.0)
    wsum = float(0.0)
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            v = fetch(src, y + dy, x + dx)
            ds = float(dx * dx + dy * dy) / (2.0 * sigma_s * sigma_s)
            dr = (v - c) * (v - c) / (2.0 * sigma_r * sigma_r)
            w = wp.exp(-ds - dr)
            acc += w * v
            wsum += w
    dst[y, x] = acc / wsum


@wp.kernel
def histogram_u8(img: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.int32)):
    y, x = wp.tid()
    wp.atomic_add(hist, int(img[y, x]), wp.int32(1))


@wp.kernel
def threshold_otsu_apply(gray: wp.array2d(dtype=float), t: float, out: wp.array2d(dtype=wp.uint8)):
    y, x = wp.tid()
    out[y, x] = wp.uint8(255) if gray[y, x] > t else wp.uint8(0)
