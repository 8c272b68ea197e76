# SPH fluid step with neighbour search on a wp.HashGrid: density and pressure
# (while wp.hash_grid_query_next), forces (for index in query), a helper that
# takes the query object, and sorted-order access via hash_grid_point_id.
import warp as wp


@wp.func
def poly6(r2: float, h: float):
    k = 315.0 / (64.0 * wp.pi * wp.pow(h, 9.0))
    d = h * h - r2
    return k * d * d * d


@wp.func
def spiky_grad(r: wp.vec3, h: float):
    l = wp.length(r)
    if l < 1.0e-6 or l >= h:
        return wp.vec3(0.0)
    k = -45.0 / (wp.pi * wp.pow(h, 6.0))
    d = h - l
    return r * (k * d * d / l)


@wp.func
def count_within(query: wp.HashGridQuery, x: wp.array(dtype=wp.vec3), p: wp.vec3, h: float):
    n = int(0)
    j = int(0)
    while wp.hash_grid_query_next(query, j):
        if wp.length_sq(x[j] - p) < h * h:
            n += 1
    return n


@wp.kernel
def compute_density(
    grid: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    mass: float,
    h: float,
    rest_density: float,
    stiffness: float,
    rho: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
    neighbors: wp.array(dtype=int),
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    p = x[i]
    s = float(0.0)
    query = wp.hash_grid_query(grid, p, h)
    index = int(0)
    while wp.hash_grid_query_next(query, index):
        r2 = wp.length_sq(p - x[index])
        if r2 < h * h:
            s += mass * poly6(r2, h)
    rho[i] = s
    pressure[i] = stiffness * wp.max(s - rest_density, 0.0)
    neighbors[i] = count_within(wp.hash_grid_query(grid, p, h), x, p, h)


@wp.kernel
def compute_forces(
    grid: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    rho: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
    mass: float,
    h: float,
    viscosity: float,
    f: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    p = x[i]
    force = wp.vec3(0.0, -9.81 * rho[i], 0.0)
    for j in wp.hash_grid_query(grid, p, h):
        if j == i:
            continue
        r = p - x[j]
        if wp.length(r) >= h:
            continue
        pterm = -mass * (pressure[i] + pressure[j]) / (2.0 * rho[j])
        force += spiky_grad(r, h) * pterm
        lap = 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - wp.length(r))
        force += viscosity * mass * (v[j] - v[i]) / rho[j] * lap
    f[i] = force


@wp.kernel
def integrate(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    f: wp.array(dtype=wp.vec3),
    rho: wp.array(dtype=float),
    dt: float,
    lo: wp.vec3,
    hi: wp.vec3,
):
    i = wp.tid()
    a = f[i] / wp.max(rho[i], 1.0e-6)
    vel = v[i] + a * dt
    pos = x[i] + vel * dt
    for k in range(3):
        if pos[k] < lo[k]:
            pos[k] = lo[k]
            vel[k] = -0.5 * vel[k]
        if pos[k] > hi[k]:
            pos[k] = hi[k]
            vel[k] = -0.5 * vel[k]
    x[i] = pos
    v[i] = vel
