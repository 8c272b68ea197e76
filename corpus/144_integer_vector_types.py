import warp as wp


@wp.func
def manhattan(a: wp.vec3i, b: wp.vec3i) -> int:
    d = a - b
    return wp.abs(d[0]) + wp.abs(d[1]) + wp.abs(d[2])


@wp.func
def cell_of(p: wp.vec3, h: float) -> wp.vec3i:
    return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))


@wp.kernel
def cells(points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3i), dist: wp.array(dtype=int)):
    i = wp.tid()
    c = cell_of(points[i], h)
    out[i] = c
    dist[i] = manhattan(c, wp.vec3i(0, 0, 0))


@wp.kernel
def pixel_ops(px: wp.array(dtype=wp.vec4ub), out: wp.array(dtype=wp.vec4ub), gray: wp.array(dtype=wp.uint8)):
    i = wp.tid()
    p = px[i]
    r = wp.uint8(255) - p[0]
    g = wp.uint8(255) - p[1]
    b = wp.uint8(255) - p[2]
    out[i] = wp.vec4ub(r, g, b, p[3])
    gray[i] = wp.uint8((wp.uint32(p[0]) + wp.uint32(p[1]) + wp.uint32(p[2])) / wp.uint32(3))


@wp.kernel
def index_vectors(a: wp.array(dtype=wp.vec2ui), b: wp.array(dtype=wp.vec4i), c: wp.array(dtype=wp.vec2l), out: wp.array(dtype=wp.vec4i)):
    i = wp.tid()
    u = a[i]
    s = u[0] * wp.uint32(3) + u[1]
    v = b[i] * 2 + wp.vec4i(1, 2, 3, 4)
    v[0] = v[0] + int(s)
    l = c[i]
    v[3] = int(l[0] - l[1])
    out[i] = v


@wp.kernel
def short_vectors(a: wp.array(dtype=wp.vec3s), b: wp.array(dtype=wp.vec3us), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i] = wp.vec3(float(x[0]) + float(y[0]), float(x[1]) * float(y[1]), float(x[2]) - float(y[2]))


@wp.kernel
def neighbors_2d(grid: wp.array2d(dtype=wp.int32), offsets: wp.array(dtype=wp.vec2i), counts: wp.array2d(dtype=wp.int32)):
    y, x = wp.tid()
    n = int(0)
    for k in range(offsets.shape[0]):
        o = offsets[k]
        yy = y + o[1]
        xx = x + o[0]
        if yy >= 0 and yy < grid.shape[0] and xx >= 0 and xx < grid.shape[1]:
            if grid[yy, xx] != 0:
                n += 1
    counts[y, x] = wp.int32(n)
