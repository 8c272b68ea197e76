import warp as wp


@wp.struct
class TriMaterial:
    k_mu: float
    k_lambda: float
    k_damp: float
    thickness: float


@wp.func
def triangle_frame(p: wp.vec3, q: wp.vec3, r: wp.vec3):
    e1 = q - p
    e2 = r - p
    n = wp.cross(e1, e2)
    area = wp.length(n) * 0.5
    return e1, e2, area


@wp.func
def deformation_gradient(x0: wp.vec2, x1: wp.vec2, x2: wp.vec2, Dm_inv: wp.mat22) -> wp.mat22:
    Ds = wp.mat22(x1[0] - x0[0], x2[0] - x0[0], x1[1] - x0[1], x2[1] - x0[1])
    return Ds * Dm_inv


@wp.func
def neo_hookean_stress(F: wp.mat22, mu: float, lam: float) -> wp.mat22:
    J = wp.determinant(F)
    if J <= 1.0e-6:
        J = 1.0e-6
    F_inv_t = wp.transpose(wp.inverse(F))
    return F * mu + F_inv_t * (lam * wp.log(J) - mu)


@wp.kernel
def eval_triangles(
    x: wp.array(dtype=wp.vec2),
    v: wp.array(dtype=wp.vec2),
    tris: wp.array2d(dtype=int),
    Dm_inv: wp.array(dtype=wp.mat22),
    rest_area: wp.array(dtype=float),
    mat: TriMaterial,
    f: wp.array(dtype=wp.vec2),
    energy: wp.array(dtype=float),
):
    t = wp.tid()
    i = tris[t, 0]
    j = tris[t, 1]
    k = tris[t, 2]
    F = deformation_gradient(x[i], x[j], x[k], Dm_inv[t])
    dF = deformation_gradient(v[i], v[j], v[k], Dm_inv[t])
    P = neo_hookean_stress(F, mat.k_mu, mat.k_lambda) + dF * mat.k_damp
    A = rest_area[t] * mat.thickness
    H = P * wp.transpose(Dm_inv[t]) * (-A)
    f1 = wp.vec2(H[0, 0], H[1, 0])
    f2 = wp.vec2(H[0, 1], H[1, 1])
    f0 = -(f1 + f2)
    wp.atomic_add(f, i, f0)
    wp.atomic_add(f, j, f1)
    wp.atomic_add(f, k, f2)
    J = wp.determinant(F)
    Ic = F[0, 0] * F[0, 0] + F[0, 1] * F[0, 1] + F[1, 0] * F[1, 0] + F[1, 1] * F[1, 1]
    logJ = wp.log(wp.max(J, 1.0e-6))
    psi = 0.5 * mat.k_mu * (Ic - 2.0) - mat.k_mu * logJ + 0.5 * mat.k_lambda * logJ * logJ
    wp.atomic_add(energy, 0, psi * A)


@wp.kernel
def rest_pose(x3: wp.array(dtype=wp.vec3), tris: wp.array2d(dtype=int), Dm_inv: wp.array(dtype=wp.mat22), rest_area: wp.array(dtype=float), degenerate: wp.array(dtype=int)):
    t = wp.tid()
    p = x3[tris[t, 0]]
    q = x3[tris[t, 1]]
    r = x3[tris[t, 2]]
    e1, e2, area = triangle_frame(p, q, r)
    rest_area[t] = area
    ax = wp.normalize(e1)
    n = wp.normalize(wp.cross(e1, e2))
    ay = wp.cross(n, ax)
    Dm = wp.mat22(wp.dot(e1, ax), wp.dot(e2, ax), wp.dot(e1, ay), wp.dot(e2, ay))
    det = wp.determinant(Dm)
    if wp.abs(det) < 1.0e-12:
        Dm_inv[t] = wp.mat22(1.0, 0.0, 0.0, 1.0)
        wp.atomic_add(degenerate, 0, 1)
    else:
        Dm_inv[t] = wp.inverse(Dm)


@wp.kernel
def integrate_2d(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), inv_mass: wp.array(dtype=float), gravity: wp.vec2, dt: float):
    i = wp.tid()
    w = inv_mass[i]
    a = gravity * wp.where(w > 0.0, 1.0, 0.0) + f[i] * w
    v[i] = v[i] + a * dt
    x[i] = x[i] + v[i] * dt
    f[i] = wp.vec2()
