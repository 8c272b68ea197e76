# backends/wpclib/: Warp builtins whose native code is long, written in Warp
# Python for wpc's LLVM lowering (backends/llvm.c, lower_lib_call). The
# files are concatenated at build time and built as one module.
#
# Each function computes what the named Warp builtin computes in Warp's
# native headers, operation for operation, so that results are bitwise
# equal: the same order of float operations, the same integer widths and
# conversions (C++'s implicit conversions are written out as casts). wpc
# builds the library once per process with its own front end and lowers its
# functions into an LLVM module when a kernel first calls one; the CPU JIT
# and the GPU path share them. Names: the builtin's, plus `_<n>d` where the
# dimension of an argument picks the variant. A kernel in each file only
# makes its functions reachable (wpc builds the functions kernels call).
#
# dense.py: the dense linear algebra of matnn.h.

import warp as wp


# ---- dense linear algebra (matnn.h): row-major n x n matrices in flat arrays ----
# The arrays are read through their data pointers in Warp (A.data[i]); the
# 1-d arrays these builtins take are contiguous, so a[i] is the same element.


@wp.func
def dense_gemm(m: int, n: int, p: int, t1: int, t2: int, A: wp.array(dtype=float), B: wp.array(dtype=float),
               C: wp.array(dtype=float)):
    # dense_gemm_impl<t1, t2, false> for t1, t2 in {0, 1}; other values do nothing
    if (t1 == 0 or t1 == 1) and (t2 == 0 or t2 == 1):
        for i in range(m):
            for j in range(n):
                s = float(0.0)
                for k in range(p):
                    ia = i * p + k
                    if t1 == 1:
                        ia = k * m + i
                    ib = k * n + j
                    if t2 == 1:
                        ib = j * p + k
                    s += A[ia] * B[ib]
                C[i * n + j] = s


@wp.func
def dense_chol(n: int, A: wp.array(dtype=float), regularization: float, L: wp.array(dtype=float)):
    for j in range(n):
        s = A[j * n + j] + regularization
        for k in range(j):
            r = L[j * n + k]
            s -= r * r
        s = wp.sqrt(s)
        inv_s = 1.0 / s
        L[j * n + j] = s
        for i in range(j + 1, n):
            s = A[i * n + j]
            for k in range(j):
                s -= L[i * n + k] * L[j * n + k]
            L[i * n + j] = s * inv_s


@wp.func
def dense_subs(n: int, L: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):
    # forward substitution
    for i in range(n):
        s = b[i]
        for j in range(i):
            s -= L[i * n + j] * x[j]
        x[i] = s / L[i * n + i]
    # backward substitution
    for i in range(n - 1, -1, -1):
        s = x[i]
        for j in range(i + 1, n):
            s -= L[j * n + i] * x[j]
        x[i] = s / L[i * n + i]


@wp.func
def dense_solve(n: int, A: wp.array(dtype=float), L: wp.array(dtype=float), b: wp.array(dtype=float),
                x: wp.array(dtype=float)):
    dense_subs(n, L, b, x)


@wp.kernel
def wpclib_dense_refs(n: int, a: wp.array(dtype=float)):
    dense_gemm(n, n, n, 0, 0, a, a, a)
    dense_chol(n, a, 0.0, a)
    dense_solve(n, a, a, a, a)
