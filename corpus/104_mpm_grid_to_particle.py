import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def bspline_w(fx: float, k: int) -> float:
    if k == 0:
        return 0.5 * (1.5 - fx) * (1.5 - fx)
    elif k == 1:
        return 0.75 - (fx - 1.0) * (fx - 1.0)
    return 0.5 * (fx - 0.5) * (fx - 0.5)


@wp.func
def clamp_singular_values(F: wp.mat33, lo: float, hi: float):
    # crude plasticity clamp on the diagonal of a symmetric stretch estimate
    S = wp.transpose(F) * F
    J_old = wp.determinant(F)
    scale = wp.vec3(1.0, 1.0, 1.0)
    for k in range(3):
        s = wp.sqrt(wp.max(S[k, k], 1.0e-12))
        c = wp.clamp(s, lo, hi)
        scale[k] = c / s
    Fn = F * wp.diag(scale)
    J_new = wp.determinant(Fn)
    return Fn, J_old / J_new


@wp.kernel
def g2p(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    F: wp.array(dtype=wp.mat33),
    C: wp.array(dtype=wp.mat33),
    Jp: wp.array(dtype=float),
    grid_v: wp.array3d(dtype=wp.vec3),
    inv_dx: float,
    dt: float,
    theta_c: float,
    theta_s: float,
    plastic: bool,
):
    p = wp.tid()
    xp = x[p] * inv_dx
    bx = int(xp[0] - 0.5)
    by = int(xp[1] - 0.5)
    bz = int(xp[2] - 0.5)
    fx = xp - wp.vec3(float(bx), float(by), float(bz))
    new_v = wp.vec3()
    new_C = wp.mat33()
    for i in range(3):
        for j in range(3):
            for k in range(3):
                gi = bx + i
                gj = by + j
                gk = bz + k
                if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:
                    continue
                w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)
                dpos = wp.vec3(float(i), float(j), float(k)) - fx
                gv = grid_v[gi, gj, gk]
                new_v += gv * w
                new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)
    v[p] = new_v
    C[p] = new_C
    x[p] = x[p] + new_v * dt
    Fp = (wp.identity(n=3, dtype=float) + new_C * dt) * F[p]
    if plastic:
        Fp, ratio = clamp_singular_values(Fp, 1.0 - theta_c, 1.0 + theta_s)
        Jp[p] = wp.clamp(Jp[p] * ratio, 0.6, 20.0)
    F[p] = Fp


@wp.kernel
def clear_grid(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    grid_v[i, j, k] = wp.vec3()
    grid_m[i, j, k] = 0.0
