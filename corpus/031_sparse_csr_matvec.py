import warp as wp


@wp.struct
class CSRMatrix:
    row_ptr: wp.array(dtype=int)
    col_idx: wp.array(dtype=int)
    values: wp.array(dtype=float)
    num_rows: int


@wp.func
def row_dot(A: CSRMatrix, row: int, x: wp.array(dtype=float)) -> float:
    s = float(0.0)
    for k in range(A.row_ptr[row], A.row_ptr[row + 1]):
        s += A.values[k] * x[A.col_idx[k]]
    return s


@wp.func
def diagonal_entry(A: CSRMatrix, row: int) -> float:
    for k in range(A.row_ptr[row], A.row_ptr[row + 1]):
        if A.col_idx[k] == row:
            return A.values[k]
    return 0.0


@wp.kernel
def spmv(A: CSRMatrix, x: wp.array(dtype=float), y: wp.array(dtype=float), alpha: float, beta: float):
    row = wp.tid()
    if row >= A.num_rows:
        return
    y[row] = alpha * row_dot(A, row, x) + beta * y[row]


@wp.kernel
def jacobi_precondition(A: CSRMatrix, r: wp.array(dtype=float), z: wp.array(dtype=float)):
    row = wp.tid()
    d = diagonal_entry(A, row)
    if d != 0.0:
        z[row] = r[row] / d
    else:
        z[row] = r[row]


@wp.kernel
def gauss_seidel_colored(A: CSRMatrix, b: wp.array(dtype=float), x: wp.array(dtype=float), colors: wp.array(dtype=int), color: int, omega: float):
    row = wp.tid()
    if colors[row] != color:
        return
    sigma = float(0.0)
    diag = float(0.0)
    for k in range(A.row_ptr[row], A.row_ptr[row + 1]):
        c = A.col_idx[k]
        if c == row:
            diag = A.values[k]
        else:
            sigma += A.values[k] * x[c]
    if diag == 0.0:
        return
    x_new = (b[row] - sigma) / diag
    x[row] = (1.0 - omega) * x[row] + omega * x_new


@wp.kernel
def cg_update(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), alpha: float, r_norm: wp.array(dtype=float)):
    i = wp.tid()
    x[i] = x[i] + alpha * p[i]
    ri = r[i] - alpha * Ap[i]
    r[i] = ri
    wp.atomic_add(r_norm, 0, ri * ri)


@wp.kernel
def vector_dot(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    wp.atomic_add(out, 0, a[i] * b[i])


@wp.kernel
def row_norms(A: CSRMatrix, norms: wp.array(dtype=float), nnz_max: wp.array(dtype=int)):
    row = wp.tid()
    start = A.row_ptr[row]
    end = A.row_ptr[row + 1]
    s = float(0.0)
    for k in range(start, end):
        v = A.values[k]
        s += v * v
    norms[row] = wp.sqrt(s)
    wp.atomic_max(nnz_max, 0, end - start)
