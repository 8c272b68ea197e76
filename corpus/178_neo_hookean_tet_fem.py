import warp as wp


@wp.func
def deformation_gradient(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3, x3: wp.vec3, Dm_inv: wp.mat33) -> wp.mat33:
    Ds = wp.matrix_from_cols(x1 - x0, x2 - x0, x3 - x0)
    return Ds * Dm_inv


@wp.func
def neo_hookean_pk1(F: wp.mat33, mu: float, lam: float):
    J = wp.determinant(F)
    Ic = wp.ddot(F, F)
    alpha = 1.0 + mu / lam
    c0 = wp.vec3(F[0, 0], F[1, 0], F[2, 0])
    c1 = wp.vec3(F[0, 1], F[1, 1], F[2, 1])
    c2 = wp.vec3(F[0, 2], F[1, 2], F[2, 2])
    dJdF = wp.matrix_from_cols(wp.cross(c1, c2), wp.cross(c2, c0), wp.cross(c0, c1))
    P = F * mu + dJdF * (lam * (J - alpha))
    psi = 0.5 * mu * (Ic - 3.0) + 0.5 * lam * (J - alpha) * (J - alpha)
    return P, psi


@wp.kernel
def tet_forces(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float), mu: float, lam: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float), inverted: wp.array(dtype=int)):
    t = wp.tid()
    idx = tets[t]
    F = deformation_gradient(x[idx[0]], x[idx[1]], x[idx[2]], x[idx[3]], Dm_inv[t])
    if wp.determinant(F) <= 0.0:
        wp.atomic_add(inverted, 0, 1)
    P, psi = neo_hookean_pk1(F, mu, lam)
    H = P * wp.transpose(Dm_inv[t]) * (-rest_vol[t])
    f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])
    f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])
    f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])
    wp.atomic_add(f, idx[0], -(f1 + f2 + f3))
    wp.atomic_add(f, idx[1], f1)
    wp.atomic_add(f, idx[2], f2)
    wp.atomic_add(f, idx[3], f3)
    wp.atomic_add(energy, 0, psi * rest_vol[t])


@wp.kernel
def rest_state(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float)):
    t = wp.tid()
    idx = tets[t]
    Dm = wp.matrix_from_cols(x[idx[1]] - x[idx[0]], x[idx[2]] - x[idx[0]], x[idx[3]] - x[idx[0]])
    v = wp.determinant(Dm) / 6.0
    rest_vol[t] = wp.abs(v)
    Dm_inv[t] = wp.inverse(Dm)
