import warp as wp

MAX_RADIUS = wp.constant(8)


@wp.func
def gaussian_weight(d: int, sigma: float) -> float:
    x = float(d)
    return wp.exp(-x * x / (2.0 * sigma * sigma))


@wp.func
def clamp_coord(v: int, n: int) -> int:
    if v < 0:
        return 0
    if v >= n:
        return n - 1
    return v


@wp.kernel
def blur_horizontal(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):
    y, x = wp.tid()
    w = src.shape[1]
    acc = wp.vec3()
    wsum = float(0.0)
    r = wp.min(radius, MAX_RADIUS)
    for k in range(-r, r + 1):
        xx = clamp_coord(x + k, w)
        g = gaussian_weight(k, sigma)
        acc += src[y, xx] * g
        wsum += g
    dst[y, x] = acc / wsum


@wp.kernel
def blur_vertical(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):
    y, x = wp.tid()
    h = src.shape[0]
    acc = wp.vec3()
    wsum = float(0.0)
    r = wp.min(radius, MAX_RADIUS)
    for k in range(-r, r + 1):
        yy = clamp_coord(y + k, h)
        g = gaussian_weight(k, sigma)
        acc += src[yy, x] * g
        wsum += g
    dst[y, x] = acc / wsum


@wp.kernel
def convolve_kernel(src: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), normalize: bool):
    y, x = wp.tid()
    h = src.shape[0]
    w = src.shape[1]
    kh = weights.shape[0]
    kw = weights.shape[1]
    oy = kh // 2
    ox = kw // 2
    acc = float(0.0)
    wsum = float(0.0)
    for i in range(kh):
        for j in range(kw):
            yy = clamp_coord(y + i - oy, h)
            xx = clamp_coord(x + j - ox, w)
            wt = weights[i, j]
            acc += src[yy, xx] * wt
            wsum += wt
    if normalize and wsum != 0.0:
        acc = acc / wsum
    dst[y, x] = acc


@wp.kernel
def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):
    y, x = wp.tid()
    h = src.shape[0]
    w = src.shape[1]
    c = src[y, x]
    acc = float(0.0)
    wsum = float(0.0)
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            yy = clamp_coord(y + dy, h)
            xx = clamp_coord(x + dx, w)
            v = src[yy, xx]
            ws = gaussian_weight(dx, sigma_s) * gaussian_weight(dy, sigma_s)
            dv = v - c
            wr = wp.exp(-dv * dv / (2.0 * sigma_r * sigma_r))
            acc += v * ws * wr
            wsum += ws * wr
    dst[y, x] = acc / wsum


@wp.kernel
def unsharp_mask(src: wp.array2d(dtype=wp.vec3), blurred: wp.array2d(dtype=wp.vec3), amount: float, threshold: float, dst: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    s = src[y, x]
    d = s - blurred[y, x]
    if wp.length(d) < threshold:
        dst[y, x] = s
    else:
        dst[y, x] = s + d * amount
