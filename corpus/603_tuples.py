import warp as wp


@wp.func
def bounds(a: float, b: float):
    return wp.min(a, b), wp.max(a, b)


@wp.func
def closest_on_segment(p: wp.vec3, a: wp.vec3, b: wp.vec3):
    ab = b - a
    t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)
    q = a + ab * t
    return (q, t)


@wp.func
def weighted(sample: tuple[wp.vec3, float], w: float) -> wp.vec3:
    return sample[0] * (sample[1] * w)


@wp.kernel
def segment_queries(
    points: wp.array(dtype=wp.vec3),
    seg_a: wp.array(dtype=wp.vec3),
    seg_b: wp.array(dtype=wp.vec3),
    closest: wp.array(dtype=wp.vec3),
    params: wp.array(dtype=float),
    accum: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    hit = closest_on_segment(points[i], seg_a[i], seg_b[i])
    q, t = hit
    closest[i] = q
    params[i] = t
    accum[i] = weighted(hit, 0.5) + weighted((points[i], 1.0), float(len(hit)))


@wp.kernel
def sorted_pairs(a: wp.array(dtype=float), b: wp.array(dtype=float), lo: wp.array(dtype=float), hi: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    if x > y:
        x, y = y, x
    r = bounds(x, y)
    lo[i] = r[0]
    hi[i] = r[1]
    idx = (i, i + 1)
    first, second = idx
    if second < a.shape[0]:
        lo[i] = wp.min(lo[i], a[second])
    hi[i] = hi[i] + float(first - i)
