import warp as wp


@wp.func
def winding_number(p: wp.vec2, poly: wp.array(dtype=wp.vec2), start: int, count: int) -> int:
    wn = int(0)
    for k in range(count):
        a = poly[start + k]
        b = poly[start + (k + 1) % count]
        cross = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1])
        if a[1] <= p[1]:
            if b[1] > p[1] and cross > 0.0:
                wn += 1
        else:
            if b[1] <= p[1] and cross < 0.0:
                wn -= 1
    return wn


@wp.func
def segment_distance(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:
    ab = b - a
    t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)
    return wp.length(p - (a + ab * t))


@wp.kernel
def polygon_area_centroid(poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec2)):
    g = wp.tid()
    s = starts[g]
    n = counts[g]
    A = float(0.0)
    c = wp.vec2()
    for k in range(n):
        a = poly[s + k]
        b = poly[s + (k + 1) % n]
        cr = a[0] * b[1] - b[0] * a[1]
        A += cr
        c += (a + b) * cr
    A *= 0.5
    area[g] = A
    if A != 0.0:
        centroid[g] = c / (6.0 * A)
    else:
        centroid[g] = poly[s]


@wp.kernel
def signed_distance_field(poly: wp.array(dtype=wp.vec2), start: int, count: int, origin: wp.vec2, h: float, sdf: wp.array2d(dtype=float)):
    i, j = wp.tid()
    p = origin + wp.vec2(float(i), float(j)) * h
    d = float(1.0e30)
    for k in range(count):
        d = wp.min(d, segment_distance(p, poly[start + k], poly[start + (k + 1) % count]))
    if winding_number(p, poly, start, count) != 0:
        d = -d
    sdf[i, j] = d


@wp.kernel
def classify_points(pts: wp.array(dtype=wp.vec2), poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), owner: wp.array(dtype=int)):
    i = wp.tid()
    owner[i] = -1
    for g in range(starts.shape[0]):
        if winding_number(pts[i], poly, starts[g], counts[g]) != 0:
            owner[i] = g
            return
