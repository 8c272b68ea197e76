import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def to_unit(c: wp.uint8) -> float:
    return float(c) / 255.0


@wp.func
def to_byte(x: float) -> wp.uint8:
    v = wp.clamp(x * 255.0 + 0.5, 0.0, 255.0)
    return wp.uint8(int(v))


@wp.func
def luminance(r: float, g: float, b: float) -> float:
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@wp.kernel
def rgb_to_gray(rgb: wp.array3d(dtype=wp.uint8), gray: wp.array2d(dtype=wp.uint8), gamma: float):
    y, x = wp.tid()
    r = to_unit(rgb[y, x, 0])
    g = to_unit(rgb[y, x, 1])
    b = to_unit(rgb[y, x, 2])
    lum = luminance(wp.pow(r, gamma), wp.pow(g, gamma), wp.pow(b, gamma))
    gray[y, x] = to_byte(wp.pow(lum, 1.0 / gamma))


@wp.kernel
def apply_signed_offsets(img: wp.array2d(dtype=wp.uint8), offsets: wp.array2d(dtype=wp.int8), strength: int):
    y, x = wp.tid()
    base = int(img[y, x])
    delta = int(offsets[y, x]) * strength
    v = base + delta
    if v < 0:
        v = 0
    if v > 255:
        v = 255
    img[y, x] = wp.uint8(v)


@wp.kernel
def quantize_residual(a: wp.array(dtype=float), b: wp.array(dtype=float), q: wp.array(dtype=wp.int8), step: float):
    i = wp.tid()
    r = (a[i] - b[i]) / step
    r = wp.clamp(wp.round(r), -128.0, 127.0)
    q[i] = wp.int8(int(r))


@wp.kernel
def dequantize(q: wp.array(dtype=wp.int8), b: wp.array(dtype=float), step: float, out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = b[i] + float(q[i]) * step


@wp.kernel
def threshold_histogram(
    gray: wp.array2d(dtype=wp.uint8),
    threshold: wp.uint8,
    mask: wp.array2d(dtype=wp.uint8),
    hist: wp.array(dtype=int),
    above: wp.array(dtype=int),
):
    y, x = wp.tid()
    v = gray[y, x]
    wp.atomic_add(hist, int(v), 1)
    if v >= threshold:
        mask[y, x] = wp.uint8(255)
        wp.atomic_add(above, 0, 1)
    else:
        mask[y, x] = wp.uint8(0)


@wp.kernel
def box_downsample(src: wp.array3d(dtype=wp.uint8), dst: wp.array3d(dtype=wp.uint8)):
    y, x, c = wp.tid()
    s = int(0)
    for dy in range(2):
        for dx in range(2):
            s += int(src[y * 2 + dy, x * 2 + dx, c])
    dst[y, x, c] = wp.uint8((s + 2) // 4)
