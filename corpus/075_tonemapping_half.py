import warp as wp


@wp.func
def reinhard(c: wp.vec3, white: float) -> wp.vec3:
    lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))
    if lum <= 0.0:
        return wp.vec3()
    l_new = lum * (1.0 + lum / (white * white)) / (1.0 + lum)
    return c * (l_new / lum)


@wp.func
def to_half3(c: wp.vec3) -> wp.vec3h:
    return wp.vec3h(wp.float16(c[0]), wp.float16(c[1]), wp.float16(c[2]))


@wp.func
def from_half3(c: wp.vec3h) -> wp.vec3:
    return wp.vec3(float(c[0]), float(c[1]), float(c[2]))


@wp.kernel
def log_luminance(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float)):
    y, x = wp.tid()
    c = from_half3(hdr[y, x])
    lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))
    wp.atomic_add(sum_log, 0, wp.log(1.0e-4 + lum))
    wp.atomic_max(max_lum, 0, lum)


@wp.kernel
def tonemap(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float), key: float, gamma: wp.float16, ldr: wp.array2d(dtype=wp.vec3h)):
    y, x = wp.tid()
    n = float(hdr.shape[0] * hdr.shape[1])
    avg = wp.exp(sum_log[0] / n)
    c = from_half3(hdr[y, x]) * (key / avg)
    white = max_lum[0] * key / avg
    mapped = reinhard(c, wp.max(white, 1.0))
    h = to_half3(mapped)
    inv_g = wp.float16(1.0) / gamma
    r = wp.pow(wp.max(h[0], wp.float16(0.0)), inv_g)
    g = wp.pow(wp.max(h[1], wp.float16(0.0)), inv_g)
    b = wp.pow(wp.max(h[2], wp.float16(0.0)), inv_g)
    ldr[y, x] = wp.vec3h(r, g, b)


@wp.kernel
def bloom_threshold(hdr: wp.array2d(dtype=wp.vec3h), threshold: wp.float16, knee: wp.float16, out: wp.array2d(dtype=wp.vec3h)):
    y, x = wp.tid()
    c = hdr[y, x]
    br = wp.max(c[0], wp.max(c[1], c[2]))
    soft = br - threshold + knee
    soft = wp.clamp(soft, wp.float16(0.0), wp.float16(2.0) * knee)
    soft = soft * soft / (wp.float16(4.0) * knee + wp.float16(0.0001))
    contrib = wp.max(soft, br - threshold) / wp.max(br, wp.float16(0.0001))
    out[y, x] = c * contrib


@wp.kernel
def half_exposure_adjust(img: wp.array(dtype=wp.float16), ev: float):
    i = wp.tid()
    scale = wp.float16(wp.pow(2.0, ev))
    v = img[i] * scale
    if wp.isinf(v) or wp.isnan(v):
        v = wp.float16(65504.0)
    img[i] = v
