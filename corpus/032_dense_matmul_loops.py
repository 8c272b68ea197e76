import warp as wp

TILE = wp.constant(4)


@wp.kernel
def matmul_naive(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), alpha: float, beta: float):
    i, j = wp.tid()
    K = A.shape[1]
    s = float(0.0)
    for k in range(K):
        s += A[i, k] * B[k, j]
    C[i, j] = alpha * s + beta * C[i, j]


@wp.kernel
def matmul_register_blocked(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):
    bi, bj = wp.tid()
    M = A.shape[0]
    N = B.shape[1]
    K = A.shape[1]
    i0 = bi * TILE
    j0 = bj * TILE
    acc = wp.mat44()
    for k in range(K):
        a = wp.vec4()
        b = wp.vec4()
        for t in range(TILE):
            if i0 + t < M:
                a[t] = A[i0 + t, k]
            if j0 + t < N:
                b[t] = B[k, j0 + t]
        acc = acc + wp.outer(a, b)
    for r in range(TILE):
        for c in range(TILE):
            if i0 + r < M and j0 + c < N:
                C[i0 + r, j0 + c] = acc[r, c]


@wp.kernel
def batched_mat33(A: wp.array(dtype=wp.mat33), B: wp.array(dtype=wp.mat33), C: wp.array(dtype=wp.mat33), transpose_b: bool):
    i = wp.tid()
    b = B[i]
    if transpose_b:
        b = wp.transpose(b)
    C[i] = wp.mul(A[i], b)


@wp.kernel
def gemv_transposed(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):
    j = wp.tid()
    s = float(0.0)
    for i in range(A.shape[0]):
        s += A[i, j] * x[i]
    y[j] = s


@wp.kernel
def frobenius_and_trace(A: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i, j = wp.tid()
    v = A[i, j]
    wp.atomic_add(out, 0, v * v)
    if i == j:
        wp.atomic_add(out, 1, v)


@wp.kernel
def batched_mat44_chain(A: wp.array2d(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):
    b = wp.tid()
    n = A.shape[1]
    M = wp.identity(n=4, dtype=float)
    for k in range(n):
        M = M * A[b, k]
    out[b] = M
