import warp as wp

wp.set_module_options({"enable_backward": False})

LEVELS = wp.constant(256)


@wp.kernel
def build_histogram(img: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=int)):
    y, x = wp.tid()
    wp.atomic_add(hist, int(img[y, x]), 1)


@wp.kernel
def build_cdf(hist: wp.array(dtype=int), cdf: wp.array(dtype=int), cdf_min: wp.array(dtype=int)):
    running = int(0)
    first = int(-1)
    for k in range(LEVELS):
        running += hist[k]
        cdf[k] = running
        if first < 0 and running > 0:
            first = running
    cdf_min[0] = first


@wp.kernel
def equalize(img: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=int), cdf_min: wp.array(dtype=int), out: wp.array2d(dtype=wp.uint8)):
    y, x = wp.tid()
    total = img.shape[0] * img.shape[1]
    denom = total - cdf_min[0]
    v = int(img[y, x])
    if denom <= 0:
        out[y, x] = img[y, x]
        return
    mapped = (cdf[v] - cdf_min[0]) * (LEVELS - 1) // denom
    out[y, x] = wp.uint8(wp.clamp(mapped, 0, LEVELS - 1))


@wp.kernel
def local_contrast(img: wp.array2d(dtype=wp.uint8), radius: int, strength: float, out: wp.array2d(dtype=wp.uint8)):
    y, x = wp.tid()
    h = img.shape[0]
    w = img.shape[1]
    s = int(0)
    n = int(0)
    for dy in range(-radius, radius + 1):
        yy = y + dy
        if yy < 0 or yy >= h:
            continue
        for dx in range(-radius, radius + 1):
            xx = x + dx
            if xx < 0 or xx >= w:
                continue
            s += int(img[yy, xx])
            n += 1
    mean = float(s) / float(n)
    v = float(img[y, x])
    r = mean + (v - mean) * (1.0 + strength)
    out[y, x] = wp.uint8(int(wp.clamp(r, 0.0, 255.0)))


@wp.kernel
def otsu_scores(hist: wp.array(dtype=int), total: int, scores: wp.array(dtype=float)):
    t = wp.tid()
    w0 = float(0.0)
    s0 = float(0.0)
    s_all = float(0.0)
    for k in range(LEVELS):
        s_all += float(k * hist[k])
    for k in range(t + 1):
        w0 += float(hist[k])
        s0 += float(k * hist[k])
    w1 = float(total) - w0
    if w0 == 0.0 or w1 == 0.0:
        scores[t] = 0.0
        return
    m0 = s0 / w0
    m1 = (s_all - s0) / w1
    scores[t] = w0 * w1 * (m0 - m1) * (m0 - m1)
