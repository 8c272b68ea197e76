import warp as wp


@wp.func
def lu_decompose(A: wp.mat44):
    LU = A
    perm = wp.vec4i(0, 1, 2, 3)
    sign = float(1.0)
    singular = bool(False)
    for k in range(4):
        # partial pivoting
        p = k
        best = wp.abs(LU[k, k])
        for i in range(k + 1, 4):
            v = wp.abs(LU[i, k])
            if v > best:
                best = v
                p = i
        if best < 1.0e-12:
            singular = True
            continue
        if p != k:
            row_k = LU[k]
            LU[k] = LU[p]
            LU[p] = row_k
            tmp = perm[k]
            perm[k] = perm[p]
            perm[p] = tmp
            sign = -sign
        for i in range(k + 1, 4):
            f = LU[i, k] / LU[k, k]
            LU[i, k] = f
            for j in range(k + 1, 4):
                LU[i, j] = LU[i, j] - f * LU[k, j]
    return LU, perm, sign, singular


@wp.func
def lu_solve(LU: wp.mat44, perm: wp.vec4i, b: wp.vec4) -> wp.vec4:
    y = wp.vec4()
    for i in range(4):
        s = b[perm[i]]
        for k in range(i):
            s = s - LU[i, k] * y[k]
        y[i] = s
    x = wp.vec4()
    for ii in range(4):
        i = 3 - ii
        s = y[i]
        for k in range(i + 1, 4):
            s = s - LU[i, k] * x[k]
        x[i] = s / LU[i, i]
    return x


@wp.kernel
def solve_batched(A: wp.array(dtype=wp.mat44), b: wp.array(dtype=wp.vec4), x: wp.array(dtype=wp.vec4), det: wp.array(dtype=float), singular_count: wp.array(dtype=int)):
    i = wp.tid()
    LU, perm, sign, singular = lu_decompose(A[i])
    if singular:
        wp.atomic_add(singular_count, 0, 1)
        x[i] = wp.vec4()
        det[i] = 0.0
        return
    x[i] = lu_solve(LU, perm, b[i])
    d = sign
    for k in range(4):
        d = d * LU[k, k]
    det[i] = d


@wp.kernel
def compare_determinants(A: wp.array(dtype=wp.mat44), det_lu: wp.array(dtype=float), err: wp.array(dtype=float)):
    i = wp.tid()
    d = wp.determinant(A[i])
    wp.atomic_max(err, 0, wp.abs(d - det_lu[i]))


@wp.kernel
def inverse_columns(A: wp.array(dtype=wp.mat44), inv: wp.array(dtype=wp.mat44)):
    i = wp.tid()
    LU, perm, sign, singular = lu_decompose(A[i])
    if singular:
        inv[i] = wp.mat44()
        return
    R = wp.mat44()
    for c in range(4):
        e = wp.vec4()
        e[c] = 1.0
        col = lu_solve(LU, perm, e)
        for r in range(4):
            R[r, c] = col[r]
    inv[i] = R
