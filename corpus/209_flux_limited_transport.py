import warp as wp


@wp.func
def minmod(a: float, b: float) -> float:
    if a * b <= 0.0:
        return 0.0
    if wp.abs(a) < wp.abs(b):
        return a
    return b


@wp.func
def superbee(r: float) -> float:
    return wp.max(0.0, wp.max(wp.min(2.0 * r, 1.0), wp.min(r, 2.0)))


@wp.func
def flux_limited(qm: float, q0: float, qp: float, u: float) -> float:
    if u >= 0.0:
        d = q0 - qm
        r = float(0.0)
        if d != 0.0:
            r = (qp - q0) / d
        return u * (q0 + 0.5 * superbee(r) * d)
    d = qp - q0
    r = float(0.0)
    if d != 0.0:
        r = (q0 - qm) / d
    return u * (qp - 0.5 * superbee(r) * d)


@wp.kernel
def advect_1d_rows(q: wp.array2d(dtype=float), u: wp.array(dtype=float), dt: float, dx: float, q_out: wp.array2d(dtype=float)):
    row, i = wp.tid()
    n = q.shape[1]
    im2 = (i - 2 + n) % n
    im1 = (i - 1 + n) % n
    ip1 = (i + 1) % n
    ip2 = (i + 2) % n
    f_right = flux_limited(q[row, im1], q[row, i], q[row, ip1], u[row])
    f_left = flux_limited(q[row, im2], q[row, im1], q[row, i], u[row])
    q_out[row, i] = q[row, i] - dt / dx * (f_right - f_left)


@wp.kernel
def muscl_slopes(q: wp.array2d(dtype=float), slopes: wp.array2d(dtype=float)):
    row, i = wp.tid()
    n = q.shape[1]
    a = q[row, i] - q[row, (i - 1 + n) % n]
    b = q[row, (i + 1) % n] - q[row, i]
    slopes[row, i] = minmod(a, b)


@wp.kernel
def total_variation(q: wp.array2d(dtype=float), tv: wp.array(dtype=float), mass: wp.array(dtype=float)):
    row, i = wp.tid()
    n = q.shape[1]
    wp.atomic_add(tv, row, wp.abs(q[row, (i + 1) % n] - q[row, i]))
    wp.atomic_add(mass, row, q[row, i])


@wp.kernel
def cfl_dt(u: wp.array(dtype=float), dx: float, cfl: float, dt: wp.array(dtype=float)):
    row = wp.tid()
    s = wp.abs(u[row])
    if s > 0.0:
        wp.atomic_min(dt, 0, cfl * dx / s)
