import warp as wp

MAX_PER_CELL = 16


@wp.struct
class BoidParams:
    view_radius: float
    separation_radius: float
    w_align: float
    w_cohesion: float
    w_separation: float
    max_speed: float
    max_force: float
    cell: float
    dims: wp.vec2i


@wp.func
def cell_coords(p: wp.vec2, prm: BoidParams) -> wp.vec2i:
    cx = wp.clamp(int(p[0] / prm.cell), 0, prm.dims[0] - 1)
    cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)
    return wp.vec2i(cx, cy)


@wp.func
def limit(v: wp.vec2, m: float) -> wp.vec2:
    l = wp.length(v)
    if l > m:
        return v * (m / l)
    return v


@wp.kernel
def bin_boids(x: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int)):
    i = wp.tid()
    c = cell_coords(x[i], prm)
    k = wp.atomic_add(counts, c[0], c[1], 1)
    if k < MAX_PER_CELL:
        slots[c[0], c[1], k] = i


@wp.kernel
def steer(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int), acc: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    p = x[i]
    c = cell_coords(p, prm)
    align = wp.vec2()
    center = wp.vec2()
    sep = wp.vec2()
    n = int(0)
    for ox in range(-1, 2):
        for oy in range(-1, 2):
            cx = c[0] + ox
            cy = c[1] + oy
            if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:
                continue
            cnt = wp.min(counts[cx, cy], MAX_PER_CELL)
            for s in range(cnt):
                j = slots[cx, cy, s]
                if j == i:
                    continue
                d = x[j] - p
                dist = wp.length(d)
                if dist > prm.view_radius:
                    continue
                align += v[j]
                center += x[j]
                n += 1
                if dist < prm.separation_radius and dist > 1.0e-6:
                    sep -= d / (dist * dist)
    f = wp.vec2()
    if n > 0:
        inv = 1.0 / float(n)
        f += limit(align * inv - v[i], prm.max_force) * prm.w_align
        f += limit(center * inv - p, prm.max_force) * prm.w_cohesion
    f += limit(sep, prm.max_force) * prm.w_separation
    acc[i] = f


@wp.kernel
def move(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), acc: wp.array(dtype=wp.vec2), prm: BoidParams, dt: float, width: float, height: float):
    i = wp.tid()
    vel = limit(v[i] + acc[i] * dt, prm.max_speed)
    p = x[i] + vel * dt
    if p[0] < 0.0:
        p = wp.vec2(p[0] + width, p[1])
    elif p[0] >= width:
        p = wp.vec2(p[0] - width, p[1])
    if p[1] < 0.0:
        p = wp.vec2(p[0], p[1] + height)
    elif p[1] >= height:
        p = wp.vec2(p[0], p[1] - height)
    x[i] = p
    v[i] = vel
