import warp as wp

# The deprecated dense solvers Warp's native headers implement (matnn.h):
# gemm with the transposes, Cholesky with a regularization, substitution and
# solve, each thread working on its own n x n block.


@wp.kernel
def dense_blocks(
    n: int,
    A: wp.array(dtype=float),
    B: wp.array(dtype=float),
    C: wp.array(dtype=float),
    L: wp.array(dtype=float),
    b: wp.array(dtype=float),
    x: wp.array(dtype=float),
    t1: int,
    t2: int,
    regularization: float,
):
    tid = wp.tid()
    if tid > 0:
        return
    wp.dense_gemm(n, n, n, t1, t2, A, B, C)
    wp.dense_chol(n, A, regularization + 4.0, L)
    wp.dense_subs(n, L, b, x)
    wp.dense_solve(n, A, L, b, x)


@wp.kernel
def dense_rect(
    A: wp.array(dtype=float),
    B: wp.array(dtype=float),
    C: wp.array(dtype=float),
):
    i = wp.tid()
    if i == 0:
        wp.dense_gemm(2, 3, 4, 0, 0, A, B, C)
    if i == 1:
        wp.dense_gemm(2, 3, 4, 1, 1, A, B, C)
