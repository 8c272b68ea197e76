import warp as wp


@wp.func
def bezier_cubic(p0: wp.vec2, p1: wp.vec2, p2: wp.vec2, p3: wp.vec2, t: float) -> wp.vec2:
    u = 1.0 - t
    return p0 * (u * u * u) + p1 * (3.0 * u * u * t) + p2 * (3.0 * u * t * t) + p3 * (t * t * t)


@wp.func
def de_casteljau(ctrl: wp.array2d(dtype=wp.vec2), c: int, t: float) -> wp.vec2:
    # 4 control points per curve, evaluated with repeated lerps
    a = wp.lerp(ctrl[c, 0], ctrl[c, 1], t)
    b = wp.lerp(ctrl[c, 1], ctrl[c, 2], t)
    d = wp.lerp(ctrl[c, 2], ctrl[c, 3], t)
    e = wp.lerp(a, b, t)
    f = wp.lerp(b, d, t)
    return wp.lerp(e, f, t)


@wp.func
def distance_to_segment(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:
    ab = b - a
    l2 = wp.dot(ab, ab)
    if l2 == 0.0:
        return wp.length(p - a)
    t = wp.clamp(wp.dot(p - a, ab) / l2, 0.0, 1.0)
    return wp.length(p - (a + ab * t))


@wp.kernel
def tessellate(ctrl: wp.array2d(dtype=wp.vec2), points: wp.array2d(dtype=wp.vec2), use_casteljau: bool):
    c, k = wp.tid()
    n = points.shape[1]
    t = float(k) / float(n - 1)
    if use_casteljau:
        points[c, k] = de_casteljau(ctrl, c, t)
    else:
        points[c, k] = bezier_cubic(ctrl[c, 0], ctrl[c, 1], ctrl[c, 2], ctrl[c, 3], t)


@wp.kernel
def rasterize_strokes(points: wp.array2d(dtype=wp.vec2), width: float, canvas: wp.array2d(dtype=float)):
    y, x = wp.tid()
    p = wp.vec2(float(x) + 0.5, float(y) + 0.5)
    best = float(1.0e10)
    for c in range(points.shape[0]):
        for k in range(points.shape[1] - 1):
            d = distance_to_segment(p, points[c, k], points[c, k + 1])
            if d < best:
                best = d
    coverage = wp.clamp(width * 0.5 - best + 0.5, 0.0, 1.0)
    canvas[y, x] = wp.max(canvas[y, x], coverage)


@wp.kernel
def curve_lengths(points: wp.array2d(dtype=wp.vec2), lengths: wp.array(dtype=float), bbox: wp.array(dtype=wp.vec4)):
    c = wp.tid()
    total = float(0.0)
    lo = points[c, 0]
    hi = points[c, 0]
    for k in range(1, points.shape[1]):
        a = points[c, k - 1]
        b = points[c, k]
        total += wp.length(b - a)
        lo = wp.min(lo, b)
        hi = wp.max(hi, b)
    lengths[c] = total
    bbox[c] = wp.vec4(lo[0], lo[1], hi[0], hi[1])
