import warp as wp


@wp.func
def cholesky3(A: wp.mat33):
    L = wp.mat33()
    ok = bool(True)
    for j in range(3):
        s = A[j, j]
        for k in range(j):
            s = s - L[j, k] * L[j, k]
        if s <= 0.0:
            ok = False
            s = 1.0e-12
        d = wp.sqrt(s)
        L[j, j] = d
        for i in range(j + 1, 3):
            t = A[i, j]
            for k in range(j):
                t = t - L[i, k] * L[j, k]
            L[i, j] = t / d
    return L, ok


@wp.func
def chol_solve3(L: wp.mat33, b: wp.vec3) -> wp.vec3:
    y = wp.vec3()
    for i in range(3):
        s = b[i]
        for k in range(i):
            s = s - L[i, k] * y[k]
        y[i] = s / L[i, i]
    x = wp.vec3()
    for ii in range(3):
        i = 2 - ii
        s = y[i]
        for k in range(i + 1, 3):
            s = s - L[k, i] * x[k]
        x[i] = s / L[i, i]
    return x


@wp.kernel
def batched_spd_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), failures: wp.array(dtype=int), residual: wp.array(dtype=float)):
    i = wp.tid()
    L, ok = cholesky3(A[i])
    if not ok:
        wp.atomic_add(failures, 0, 1)
    sol = chol_solve3(L, b[i])
    x[i] = sol
    r = A[i] * sol - b[i]
    wp.atomic_max(residual, 0, wp.length(r))


@wp.kernel
def dense_cholesky_inplace(A: wp.array3d(dtype=float), n: int, status: wp.array(dtype=int)):
    batch = wp.tid()
    st = int(0)
    for j in range(n):
        s = A[batch, j, j]
        for k in range(j):
            s -= A[batch, j, k] * A[batch, j, k]
        if s <= 0.0:
            st = j + 1
            break
        d = wp.sqrt(s)
        A[batch, j, j] = d
        for i in range(j + 1, n):
            t = A[batch, i, j]
            for k in range(j):
                t -= A[batch, i, k] * A[batch, j, k]
            A[batch, i, j] = t / d
    status[batch] = st


@wp.kernel
def regularize(A: wp.array(dtype=wp.mat33), lam: float):
    i = wp.tid()
    M = A[i]
    M = (M + wp.transpose(M)) * 0.5
    tr = M[0, 0] + M[1, 1] + M[2, 2]
    A[i] = M + wp.identity(n=3, dtype=float) * (lam * wp.max(tr, 1.0))
