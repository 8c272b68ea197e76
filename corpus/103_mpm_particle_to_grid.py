import warp as wp


@wp.struct
class MPMParticles:
    x: wp.array(dtype=wp.vec3)
    v: wp.array(dtype=wp.vec3)
    F: wp.array(dtype=wp.mat33)
    C: wp.array(dtype=wp.mat33)
    Jp: wp.array(dtype=float)
    mass: float
    volume: float


@wp.func
def quadratic_weights(fx: float):
    w0 = 0.5 * (1.5 - fx) * (1.5 - fx)
    w1 = 0.75 - (fx - 1.0) * (fx - 1.0)
    w2 = 0.5 * (fx - 0.5) * (fx - 0.5)
    return w0, w1, w2


@wp.func
def weight_component(fx: float, k: int) -> float:
    w0, w1, w2 = quadratic_weights(fx)
    if k == 0:
        return w0
    elif k == 1:
        return w1
    return w2


@wp.func
def snow_stress(F: wp.mat33, Jp: float, mu0: float, lam0: float, hardening: float) -> wp.mat33:
    h = wp.exp(hardening * (1.0 - Jp))
    mu = mu0 * h
    lam = lam0 * h
    J = wp.determinant(F)
    # fixed-corotated with a crude rotation estimate
    R = F
    for it in range(4):
        R = (R + wp.transpose(wp.inverse(R))) * 0.5
    return (F - R) * wp.transpose(F) * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * J * (J - 1.0))


@wp.kernel
def p2g(
    ps: MPMParticles,
    inv_dx: float,
    dt: float,
    mu0: float,
    lam0: float,
    hardening: float,
    grid_v: wp.array3d(dtype=wp.vec3),
    grid_m: wp.array3d(dtype=float),
):
    p = wp.tid()
    xp = ps.x[p] * inv_dx
    base_x = int(xp[0] - 0.5)
    base_y = int(xp[1] - 0.5)
    base_z = int(xp[2] - 0.5)
    fx = xp - wp.vec3(float(base_x), float(base_y), float(base_z))
    stress = snow_stress(ps.F[p], ps.Jp[p], mu0, lam0, hardening)
    stress = stress * (-dt * ps.volume * 4.0 * inv_dx * inv_dx)
    affine = stress + ps.C[p] * ps.mass
    mv = ps.v[p] * ps.mass
    for i in range(3):
        wi = weight_component(fx[0], i)
        for j in range(3):
            wj = weight_component(fx[1], j)
            for k in range(3):
                wk = weight_component(fx[2], k)
                w = wi * wj * wk
                dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx
                gi = base_x + i
                gj = base_y + j
                gk = base_z + k
                if gi < 0 or gj < 0 or gk < 0:
                    continue
                if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:
                    continue
                wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)
                wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)


@wp.kernel
def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):
    i, j, k = wp.tid()
    m = grid_m[i, j, k]
    if m <= 0.0:
        return
    v = grid_v[i, j, k] / m + gravity * dt
    nx = grid_m.shape[0]
    ny = grid_m.shape[1]
    nz = grid_m.shape[2]
    if i < bound and v[0] < 0.0:
        v[0] = 0.0
    if i > nx - bound and v[0] > 0.0:
        v[0] = 0.0
    if j < bound and v[1] < 0.0:
        v[1] = 0.0
    if j > ny - bound and v[1] > 0.0:
        v[1] = 0.0
    if k < bound and v[2] < 0.0:
        v[2] = 0.0
    if k > nz - bound and v[2] > 0.0:
        v[2] = 0.0
    grid_v[i, j, k] = v
