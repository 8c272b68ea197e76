import warp as wp


@wp.func
def frob_norm(A: wp.mat33) -> float:
    s = float(0.0)
    for i in range(3):
        for j in range(3):
            s += A[i, j] * A[i, j]
    return wp.sqrt(s)


@wp.func
def polar_newton(F: wp.mat33, max_iter: int, tol: float):
    R = F
    iters = int(0)
    for k in range(max_iter):
        det = wp.determinant(R)
        if wp.abs(det) < 1.0e-12:
            break
        R_next = (R + wp.transpose(wp.inverse(R))) * 0.5
        diff = frob_norm(R_next - R)
        R = R_next
        iters += 1
        if diff < tol:
            break
    S = wp.transpose(R) * F
    return R, S, iters


@wp.kernel
def decompose(F: wp.array(dtype=wp.mat33), R_out: wp.array(dtype=wp.mat33), S_out: wp.array(dtype=wp.mat33), iterations: wp.array(dtype=int), max_iter: int, tol: float, reflections: wp.array(dtype=int)):
    i = wp.tid()
    R, S, n = polar_newton(F[i], max_iter, tol)
    if wp.determinant(R) < 0.0:
        wp.atomic_add(reflections, 0, 1)
        flip = wp.diag(wp.vec3(1.0, 1.0, -1.0))
        R = R * flip
        S = flip * S
    R_out[i] = R
    S_out[i] = S
    iterations[i] = n


@wp.kernel
def corotated_stress(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), mu: float, lam: float, P: wp.array(dtype=wp.mat33), psi: wp.array(dtype=float)):
    i = wp.tid()
    f = F[i]
    r = R[i]
    J = wp.determinant(f)
    d = f - r
    cof = wp.mat33(
        f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],
        f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],
        f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],
    )
    P[i] = d * (2.0 * mu) + cof * (lam * (J - 1.0))
    n = frob_norm(d)
    psi[i] = mu * n * n + 0.5 * lam * (J - 1.0) * (J - 1.0)


@wp.kernel
def orthogonality_error(R: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):
    i = wp.tid()
    E = wp.transpose(R[i]) * R[i] - wp.identity(n=3, dtype=float)
    wp.atomic_max(err, 0, frob_norm(E))
