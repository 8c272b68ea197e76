import warp as wp

BINS = 256


@wp.kernel
def rgb_to_yuv(rgb: wp.array2d(dtype=wp.vec3ub), y: wp.array2d(dtype=wp.uint8), uv: wp.array2d(dtype=wp.vec2ub)):
    i, j = wp.tid()
    c = rgb[i, j]
    r = float(c[0])
    g = float(c[1])
    b = float(c[2])
    Y = 0.299 * r + 0.587 * g + 0.114 * b
    U = -0.169 * r - 0.331 * g + 0.5 * b + 128.0
    V = 0.5 * r - 0.419 * g - 0.081 * b + 128.0
    y[i, j] = wp.uint8(wp.clamp(Y, 0.0, 255.0))
    uv[i, j] = wp.vec2ub(wp.uint8(wp.clamp(U, 0.0, 255.0)), wp.uint8(wp.clamp(V, 0.0, 255.0)))


@wp.kernel
def luma_histogram(y: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.uint32)):
    i, j = wp.tid()
    wp.atomic_add(hist, int(y[i, j]), wp.uint32(1))


@wp.kernel
def build_cdf(hist: wp.array(dtype=wp.uint32), cdf: wp.array(dtype=float), total: int):
    acc = wp.uint32(0)
    first = float(-1.0)
    for b in range(BINS):
        acc += hist[b]
        v = float(acc) / float(total)
        if first < 0.0 and acc > wp.uint32(0):
            first = v
        cdf[b] = v
    for b in range(BINS):
        cdf[b] = wp.max((cdf[b] - first) / wp.max(1.0 - first, 1.0e-6), 0.0)


@wp.kernel
def equalize(y: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=float), out: wp.array2d(dtype=wp.uint8)):
    i, j = wp.tid()
    out[i, j] = wp.uint8(cdf[int(y[i, j])] * 255.0)


@wp.kernel
def resize_bilinear(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8)):
    i, j = wp.tid()
    sy = (float(i) + 0.5) * float(src.shape[0]) / float(dst.shape[0]) - 0.5
    sx = (float(j) + 0.5) * float(src.shape[1]) / float(dst.shape[1]) - 0.5
    y0 = wp.clamp(int(wp.floor(sy)), 0, src.shape[0] - 1)
    x0 = wp.clamp(int(wp.floor(sx)), 0, src.shape[1] - 1)
    y1 = wp.min(y0 + 1, src.shape[0] - 1)
    x1 = wp.min(x0 + 1, src.shape[1] - 1)
    ty = wp.clamp(sy - float(y0), 0.0, 1.0)
    tx = wp.clamp(sx - float(x0), 0.0, 1.0)
    a = wp.lerp(float(src[y0, x0]), float(src[y0, x1]), tx)
    b = wp.lerp(float(src[y1, x0]), float(src[y1, x1]), tx)
    dst[i, j] = wp.uint8(wp.clamp(wp.lerp(a, b, ty) + 0.5, 0.0, 255.0))
