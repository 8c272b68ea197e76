import warp as wp


@wp.func
def min_max3(a: float, b: float, c: float):
    lo = wp.min(a, wp.min(b, c))
    hi = wp.max(a, wp.max(b, c))
    return lo, hi


@wp.func
def divmod_int(a: int, b: int):
    q = a // b
    r = a - q * b
    if r < 0:
        r += b
        q -= 1
    return q, r


@wp.func
def polar(v: wp.vec2):
    r = wp.length(v)
    theta = wp.atan2(v[1], v[0])
    return r, theta


@wp.func
def bounds_of(points: wp.array(dtype=wp.vec3), start: int, count: int):
    lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)
    hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)
    for i in range(start, start + count):
        p = points[i]
        lo = wp.min(lo, p)
        hi = wp.max(hi, p)
    return lo, hi


@wp.func
def find_first_negative(values: wp.array(dtype=float), n: int):
    for i in range(n):
        if values[i] < 0.0:
            return i, values[i]
    return -1, 0.0


@wp.func
def sort3(a: float, b: float, c: float):
    x = a
    y = b
    z = c
    if x > y:
        t = x
        x = y
        y = t
    if y > z:
        t = y
        y = z
        z = t
    if x > y:
        t = x
        x = y
        y = t
    return x, y, z


@wp.kernel
def analyze_triples(
    data: wp.array(dtype=wp.vec3),
    sorted_out: wp.array(dtype=wp.vec3),
    spread: wp.array(dtype=float),
):
    i = wp.tid()
    v = data[i]
    lo, hi = min_max3(v[0], v[1], v[2])
    spread[i] = hi - lo
    a, b, c = sort3(v[0], v[1], v[2])
    sorted_out[i] = wp.vec3(a, b, c)


@wp.kernel
def tile_coords(flat: wp.array(dtype=int), width: int, out: wp.array(dtype=wp.vec2i)):
    i = wp.tid()
    row, col = divmod_int(flat[i], width)
    out[i] = wp.vec2i(col, row)


@wp.kernel
def to_polar(pts: wp.array(dtype=wp.vec2), radius: wp.array(dtype=float), angle: wp.array(dtype=float)):
    i = wp.tid()
    r, t = polar(pts[i])
    radius[i] = r
    angle[i] = wp.degrees(t)


@wp.kernel
def chunk_bounds(
    points: wp.array(dtype=wp.vec3),
    chunk: int,
    lower: wp.array(dtype=wp.vec3),
    upper: wp.array(dtype=wp.vec3),
    first_neg: wp.array(dtype=int),
    vals: wp.array(dtype=float),
):
    c = wp.tid()
    lo, hi = bounds_of(points, c * chunk, chunk)
    lower[c] = lo
    upper[c] = hi
    idx, val = find_first_negative(vals, vals.shape[0])
    if c == 0:
        first_neg[0] = idx
        vals[0] = val
