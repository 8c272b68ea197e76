import warp as wp

# The deprecated dense linear-algebra builtins (dense_gemm, dense_chol,
# dense_subs, dense_solve and their batched forms), still callable in kernels.


@wp.kernel
def dense_kernel(
    n: int,
    A: wp.array(dtype=float),
    B: wp.array(dtype=float),
    C: wp.array(dtype=float),
    L: wp.array(dtype=float),
    b: wp.array(dtype=float),
    x: wp.array(dtype=float),
    regularization: float,
):
    wp.dense_gemm(n, n, n, 0, 1, A, B, C)
    wp.dense_chol(n, A, regularization, L)
    wp.dense_subs(n, L, b, x)
    wp.dense_solve(n, A, L, b, x)


@wp.kernel
def dense_batched_kernel(
    dims: wp.array(dtype=int),
    starts: wp.array(dtype=int),
    b_starts: wp.array(dtype=int),
    A: wp.array(dtype=float),
    B: wp.array(dtype=float),
    C: wp.array(dtype=float),
    L: wp.array(dtype=float),
    b: wp.array(dtype=float),
    x: wp.array(dtype=float),
):
    wp.dense_gemm_batched(dims, dims, dims, 0, 0, starts, starts, starts, A, B, C)
    wp.dense_chol_batched(starts, dims, A, 0.01, L)
    wp.dense_solve_batched(b_starts, starts, dims, A, L, b, x)
