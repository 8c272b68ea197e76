import warp as wp

wp.set_module_options({"enable_backward": False})

GRID_RES = 32
E_MOD = wp.constant(1.0e4)
NU = wp.constant(0.2)


@wp.struct
class MPMState:
    x: wp.array(dtype=wp.vec3)
    v: wp.array(dtype=wp.vec3)
    F: wp.array(dtype=wp.mat33)
    C: wp.array(dtype=wp.mat33)
    Jp: wp.array(dtype=float)


@wp.func
def quad_weights(fx: wp.vec3):
    w0 = wp.vec3(0.5 * (1.5 - fx[0]) * (1.5 - fx[0]), 0.5 * (1.5 - fx[1]) * (1.5 - fx[1]), 0.5 * (1.5 - fx[2]) * (1.5 - fx[2]))
    w1 = wp.vec3(0.75 - (fx[0] - 1.0) * (fx[0] - 1.0), 0.75 - (fx[1] - 1.0) * (fx[1] - 1.0), 0.75 - (fx[2] - 1.0) * (fx[2] - 1.0))
    w2 = wp.vec3(0.5 * (fx[0] - 0.5) * (fx[0] - 0.5), 0.5 * (fx[1] - 0.5) * (fx[1] - 0.5), 0.5 * (fx[2] - 0.5) * (fx[2] - 0.5))
    return w0, w1, w2


@wp.func
def pick(w0: wp.vec3, w1: wp.vec3, w2: wp.vec3, k: int, axis: int) -> float:
    if k == 0:
        return w0[axis]
    elif k == 1:
        return w1[axis]
    return w2[axis]


@wp.func
def fixed_corotated_stress(F: wp.mat33, Jp: float) -> wp.mat33:
    mu = E_MOD / (2.0 * (1.0 + NU))
    la = E_MOD * NU / ((1.0 + NU) * (1.0 - 2.0 * NU))
    U = wp.mat33()
    sig = wp.vec3()
    V = wp.mat33()
    wp.svd3(F, U, sig, V)
    J = sig[0] * sig[1] * sig[2]
    R = U * wp.transpose(V)
    return 2.0 * mu * (F - R) * wp.transpose(F) + wp.identity(n=3, dtype=float) * (la * J * (J - 1.0))


@wp.kernel
def p2g(s: MPMState, dx: float, dt: float, p_vol: float, p_mass: float, grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float)):
    p = s.x.shape[0]
    i = wp.tid()
    inv_dx = 1.0 / dx
    xp = s.x[i] * inv_dx
    base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))
    fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))
    w0, w1, w2 = quad_weights(fx)
    stress = fixed_corotated_stress(s.F[i], s.Jp[i])
    affine = stress * (-dt * p_vol * 4.0 * inv_dx * inv_dx) + s.C[i] * p_mass
    for a in range(3):
        for b in range(3):
            for c in range(3):
                gi = base[0] + a
                gj = base[1] + b
                gk = base[2] + c
                if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:
                    continue
                dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx
                weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)
                wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))
                wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)


@wp.kernel
def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):
    i, j, k = wp.tid()
    m = grid_m[i, j, k]
    if m <= 0.0:
        return
    v = grid_v[i, j, k] / m + gravity * dt
    if i < bound and v[0] < 0.0:
        v[0] = 0.0
    if i > GRID_RES - bound and v[0] > 0.0:
        v[0] = 0.0
    if j < bound and v[1] < 0.0:
        v[1] = 0.0
    if j > GRID_RES - bound and v[1] > 0.0:
        v[1] = 0.0
    if k < bound and v[2] < 0.0:
        v[2] = 0.0
    if k > GRID_RES - bound and v[2] > 0.0:
        v[2] = 0.0
    grid_v[i, j, k] = v


@wp.kernel
def g2p(s: MPMState, grid_v: wp.array3d(dtype=wp.vec3), dx: float, dt: float):
    i = wp.tid()
    inv_dx = 1.0 / dx
    xp = s.x[i] * inv_dx
    base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))
    fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))
    w0, w1, w2 = quad_weights(fx)
    new_v = wp.vec3()
    new_C = wp.mat33()
    for a in range(3):
        for b in range(3):
            for c in range(3):
                gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)
                gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)
                gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)
                dpos = wp.vec3(float(a), float(b), float(c)) - fx
                weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)
                gv = grid_v[gi, gj, gk]
                new_v += weight * gv
                new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)
    s.v[i] = new_v
    s.C[i] = new_C
    s.x[i] = s.x[i] + new_v * dt
    F = (wp.identity(n=3, dtype=float) + new_C * dt) * s.F[i]
    s.F[i] = F
    s.Jp[i] = wp.determinant(F)
