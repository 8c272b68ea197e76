import warp as wp

PI = 3.14159265358979
POLY6_COEFF = 315.0 / (64.0 * PI)
SPIKY_COEFF = -45.0 / PI
VISC_COEFF = 45.0 / PI


@wp.struct
class SPHParams:
    h: float
    rest_density: float
    stiffness: float
    viscosity: float
    mass: float
    grid_dim: wp.vec3i
    cell_size: float


@wp.func
def poly6(r2: float, h: float) -> float:
    h2 = h * h
    if r2 >= h2:
        return 0.0
    d = h2 - r2
    return POLY6_COEFF / wp.pow(h, 9.0) * d * d * d


@wp.func
def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:
    l = wp.length(r)
    if l >= h or l < 1.0e-9:
        return wp.vec3()
    d = h - l
    return r * (SPIKY_COEFF / wp.pow(h, 6.0) * d * d / l)


@wp.func
def visc_lap(l: float, h: float) -> float:
    if l >= h:
        return 0.0
    return VISC_COEFF / wp.pow(h, 6.0) * (h - l)


@wp.func
def cell_index(c: wp.vec3i, dim: wp.vec3i) -> int:
    return (c[2] * dim[1] + c[1]) * dim[0] + c[0]


@wp.func
def cell_coord(p: wp.vec3, params: SPHParams) -> wp.vec3i:
    c = wp.vec3i(int(p[0] / params.cell_size), int(p[1] / params.cell_size), int(p[2] / params.cell_size))
    for k in range(3):
        c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)
    return c


@wp.kernel
def count_cells(x: wp.array(dtype=wp.vec3), params: SPHParams, cell_count: wp.array(dtype=int), cell_of: wp.array(dtype=int)):
    i = wp.tid()
    c = cell_index(cell_coord(x[i], params), params.grid_dim)
    cell_of[i] = c
    wp.atomic_add(cell_count, c, 1)


@wp.kernel
def density_pressure(
    x: wp.array(dtype=wp.vec3),
    params: SPHParams,
    cell_start: wp.array(dtype=int),
    cell_count: wp.array(dtype=int),
    sorted_ids: wp.array(dtype=int),
    rho: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
):
    i = wp.tid()
    p = x[i]
    c = cell_coord(p, params)
    d = float(0.0)
    for dz in range(-1, 2):
        for dy in range(-1, 2):
            for dx in range(-1, 2):
                nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)
                if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:
                    continue
                if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:
                    continue
                ci = cell_index(nc, params.grid_dim)
                start = cell_start[ci]
                for k in range(start, start + cell_count[ci]):
                    j = sorted_ids[k]
                    r = p - x[j]
                    d += params.mass * poly6(wp.dot(r, r), params.h)
    rho[i] = d
    pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)


@wp.kernel
def forces(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    rho: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
    params: SPHParams,
    gravity: wp.vec3,
    f: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    n = x.shape[0]
    fp = wp.vec3()
    fv = wp.vec3()
    for j in range(n):
        if j == i:
            continue
        r = x[i] - x[j]
        l = wp.length(r)
        if l >= params.h:
            continue
        pij = (pressure[i] + pressure[j]) / (2.0 * rho[j])
        fp -= spiky_grad(r, params.h) * (params.mass * pij)
        fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])
    f[i] = fp + fv + gravity * rho[i]


@wp.kernel
def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), rho: wp.array(dtype=float), dt: float, lo: wp.vec3, hi: wp.vec3, restitution: float):
    i = wp.tid()
    a = f[i] / wp.max(rho[i], 1.0e-6)
    vel = v[i] + a * dt
    pos = x[i] + vel * dt
    for k in range(3):
        if pos[k] < lo[k]:
            pos[k] = lo[k]
            vel[k] = -vel[k] * restitution
        elif pos[k] > hi[k]:
            pos[k] = hi[k]
            vel[k] = -vel[k] * restitution
    x[i] = pos
    v[i] = vel
