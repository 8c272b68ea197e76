import warp as wp


@wp.func
def thomas_solve(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), row: int):
    n = b.shape[1]
    cp[row, 0] = c[row, 0] / b[row, 0]
    x[row, 0] = d[row, 0] / b[row, 0]
    for i in range(1, n):
        m = b[row, i] - a[row, i] * cp[row, i - 1]
        cp[row, i] = c[row, i] / m
        x[row, i] = (d[row, i] - a[row, i] * x[row, i - 1]) / m
    for i in range(n - 2, -1, -1):
        x[row, i] = x[row, i] - cp[row, i] * x[row, i + 1]


@wp.kernel
def build_crank_nicolson(u: wp.array2d(dtype=wp.float64), r: wp.float64, a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64)):
    row, i = wp.tid()
    n = u.shape[1]
    half = wp.float64(0.5)
    one = wp.float64(1.0)
    a[row, i] = -half * r
    c[row, i] = -half * r
    b[row, i] = one + r
    left = wp.float64(0.0)
    right = wp.float64(0.0)
    if i > 0:
        left = u[row, i - 1]
    if i < n - 1:
        right = u[row, i + 1]
    d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right
    if i == 0:
        a[row, i] = wp.float64(0.0)
    if i == n - 1:
        c[row, i] = wp.float64(0.0)


@wp.kernel
def solve_rows(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64)):
    row = wp.tid()
    thomas_solve(a, b, c, d, cp, x, row)


@wp.kernel
def residual_norm(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), out: wp.array(dtype=wp.float64)):
    row, i = wp.tid()
    n = b.shape[1]
    r = b[row, i] * x[row, i] - d[row, i]
    if i > 0:
        r += a[row, i] * x[row, i - 1]
    if i < n - 1:
        r += c[row, i] * x[row, i + 1]
    wp.atomic_add(out, row, r * r)
