import warp as wp


@wp.func
def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:
    s = float(0.0)
    for k in range(offsets[row], offsets[row + 1]):
        s += vals[k] * x[cols[k]]
    return s


@wp.kernel
def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):
    r = wp.tid()
    y[r] = csr_row_dot(offsets, cols, vals, x, r)


@wp.kernel
def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):
    i = wp.tid()
    wp.atomic_add(out, slot, a[i] * b[i])


@wp.kernel
def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):
    i = wp.tid()
    rr = scalars[0]
    pAp = scalars[1]
    alpha = float(0.0)
    if pAp != 0.0:
        alpha = rr / pAp
    x[i] = x[i] + alpha * p[i]
    r[i] = r[i] - alpha * Ap[i]


@wp.kernel
def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):
    i = wp.tid()
    rr_old = scalars[0]
    rr_new = scalars[2]
    beta = float(0.0)
    if rr_old != 0.0:
        beta = rr_new / rr_old
    p[i] = r[i] + beta * p[i]


@wp.kernel
def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):
    row = wp.tid()
    diag = float(1.0)
    for k in range(offsets[row], offsets[row + 1]):
        if cols[k] == row:
            diag = vals[k]
            break
    z[row] = r[row] / diag


@wp.kernel
def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):
    row = wp.tid()
    start = row * 3 - 1
    if row == 0:
        start = 0
    offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)
    k = start
    if row > 0:
        cols[k] = row - 1
        vals[k] = -1.0
        k += 1
    cols[k] = row
    vals[k] = 2.0
    k += 1
    if row < n - 1:
        cols[k] = row + 1
        vals[k] = -1.0
