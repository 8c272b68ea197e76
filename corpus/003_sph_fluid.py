import warp as wp

PI = wp.constant(3.14159265)
NUM_NEIGHBOR_CELLS = wp.constant(27)


@wp.func
def poly6(r2: float, h: float) -> float:
    h2 = h * h
    if r2 >= h2:
        return 0.0
    d = h2 - r2
    return 315.0 / (64.0 * PI * wp.pow(h, 9.0)) * d * d * d


@wp.func
def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:
    l = wp.length(r)
    if l <= 0.0 or l >= h:
        return wp.vec3()
    d = h - l
    coeff = -45.0 / (PI * wp.pow(h, 6.0)) * d * d
    return r * (coeff / l)


@wp.func
def visc_laplacian(r: float, h: float) -> float:
    if r >= h:
        return 0.0
    return 45.0 / (PI * wp.pow(h, 6.0)) * (h - r)


@wp.func
def cell_coord(p: wp.vec3, inv_cell: float, dim: int):
    cx = wp.clamp(int(wp.floor(p[0] * inv_cell)), 0, dim - 1)
    cy = wp.clamp(int(wp.floor(p[1] * inv_cell)), 0, dim - 1)
    cz = wp.clamp(int(wp.floor(p[2] * inv_cell)), 0, dim - 1)
    return cx, cy, cz


@wp.kernel
def compute_density(
    pos: wp.array(dtype=wp.vec3),
    mass: float,
    h: float,
    density: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
    rest_density: float,
    stiffness: float,
):
    i = wp.tid()
    xi = pos[i]
    rho = float(0.0)
    n = pos.shape[0]
    for j in range(n):
        r = xi - pos[j]
        rho += mass * poly6(wp.dot(r, r), h)
    density[i] = rho
    pressure[i] = wp.max(stiffness * (rho - rest_density), 0.0)


@wp.kernel
def compute_forces(
    pos: wp.array(dtype=wp.vec3),
    vel: wp.array(dtype=wp.vec3),
    density: wp.array(dtype=float),
    pressure: wp.array(dtype=float),
    mass: float,
    h: float,
    viscosity: float,
    gravity: wp.vec3,
    accel: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    xi = pos[i]
    vi = vel[i]
    rho_i = density[i]
    p_i = pressure[i]
    if rho_i <= 0.0:
        accel[i] = gravity
        return

    f_pressure = wp.vec3()
    f_visc = wp.vec3()
    neighbors = int(0)
    for j in range(pos.shape[0]):
        if j == i:
            continue
        r = xi - pos[j]
        dist = wp.length(r)
        if dist >= h:
            continue
        neighbors += 1
        rho_j = density[j]
        p_j = pressure[j]
        f_pressure += spiky_grad(r, h) * (-mass * (p_i + p_j) / (2.0 * rho_j))
        f_visc += (vel[j] - vi) * (viscosity * mass * visc_laplacian(dist, h) / rho_j)

    a = (f_pressure + f_visc) / rho_i + gravity
    if neighbors == 0:
        a = gravity
    accel[i] = a


@wp.kernel
def integrate_fluid(
    pos: wp.array(dtype=wp.vec3),
    vel: wp.array(dtype=wp.vec3),
    accel: wp.array(dtype=wp.vec3),
    dt: float,
    box_min: wp.vec3,
    box_max: wp.vec3,
    bounce: float,
):
    i = wp.tid()
    v = vel[i] + accel[i] * dt
    x = pos[i] + v * dt
    for k in range(3):
        if x[k] < box_min[k]:
            x[k] = box_min[k]
            v[k] = -v[k] * bounce
        elif x[k] > box_max[k]:
            x[k] = box_max[k]
            v[k] = -v[k] * bounce
    pos[i] = x
    vel[i] = v


@wp.kernel
def count_cells(pos: wp.array(dtype=wp.vec3), inv_cell: float, dim: int, counts: wp.array3d(dtype=int)):
    i = wp.tid()
    cx, cy, cz = cell_coord(pos[i], inv_cell, dim)
    wp.atomic_add(counts, cx, cy, cz, 1)
