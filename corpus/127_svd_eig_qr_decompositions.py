import warp as wp


@wp.func
def polar_decomposition(F: wp.mat33):
    U = wp.mat33()
    sigma = wp.vec3()
    V = wp.mat33()
    wp.svd3(F, U, sigma, V)
    R = U * wp.transpose(V)
    S = V * wp.diag(sigma) * wp.transpose(V)
    return R, S


@wp.func
def frobenius(A: wp.mat33) -> float:
    s = float(0.0)
    for i in range(3):
        for j in range(3):
            s += A[i, j] * A[i, j]
    return wp.sqrt(s)


@wp.func
def solve_spd(A: wp.mat33, b: wp.vec3) -> wp.vec3:
    det = wp.determinant(A)
    if wp.abs(det) < 1.0e-12:
        return wp.vec3(0.0)
    return wp.inverse(A) * b


@wp.kernel
def corotated_energy(F: wp.array(dtype=wp.mat33), mu: float, lam: float, psi: wp.array(dtype=float), P: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    f = F[i]
    R, S = polar_decomposition(f)
    J = wp.determinant(f)
    d = f - R
    e = frobenius(d)
    psi[i] = mu * e * e + 0.5 * lam * (J - 1.0) * (J - 1.0)
    JFinvT = wp.mat33(
        f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],
        f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],
        f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],
    )
    P[i] = 2.0 * mu * d + lam * (J - 1.0) * JFinvT


@wp.kernel
def eigen_analysis(A: wp.array(dtype=wp.mat33), vals: wp.array(dtype=wp.vec3), vecs: wp.array(dtype=wp.mat33), cond: wp.array(dtype=float)):
    i = wp.tid()
    S = A[i] + wp.transpose(A[i])
    Q = wp.mat33()
    d = wp.vec3()
    wp.eig3(S, Q, d)
    vals[i] = d
    vecs[i] = Q
    lo = wp.min(wp.abs(d[0]), wp.min(wp.abs(d[1]), wp.abs(d[2])))
    hi = wp.max(wp.abs(d[0]), wp.max(wp.abs(d[1]), wp.abs(d[2])))
    if lo > 0.0:
        cond[i] = hi / lo
    else:
        cond[i] = 1.0e30


@wp.kernel
def qr_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), x2: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    Q = wp.mat33()
    R = wp.mat33()
    wp.qr3(A[i], Q, R)
    y = wp.transpose(Q) * b[i]
    z = wp.vec3()
    for k in range(2, -1, -1):
        s = y[k]
        for j in range(k + 1, 3):
            s -= R[k, j] * z[j]
        z[k] = s / R[k, k]
    x[i] = z
    x2[i] = solve_spd(wp.transpose(A[i]) * A[i], wp.transpose(A[i]) * b[i])


@wp.kernel
def mat22_mat44_ops(a: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.mat44), out2: wp.array(dtype=wp.mat22), out4: wp.array(dtype=wp.mat44), tr: wp.array(dtype=float)):
    i = wp.tid()
    m = a[i]
    inv2 = wp.inverse(m)
    out2[i] = m * inv2 + wp.outer(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))
    M = b[i]
    out4[i] = wp.transpose(M) * M - wp.identity(n=4, dtype=float)
    tr[i] = wp.trace(M) + wp.trace(m) + wp.determinant(M) + wp.ddot(m, inv2)
