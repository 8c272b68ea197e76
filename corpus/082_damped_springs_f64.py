import warp as wp


@wp.struct
class SpringD:
    a: int
    b: int
    rest: wp.float64
    k: wp.float64
    c: wp.float64


@wp.func
def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:
    d = xb - xa
    l = wp.length(d)
    if l < wp.float64(1.0e-12):
        return wp.vec3d()
    n = d / l
    fs = s.k * (l - s.rest)
    fd = s.c * wp.dot(vb - va, n)
    return n * (fs + fd)


@wp.kernel
def accumulate_forces_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), springs: wp.array(dtype=SpringD), f: wp.array(dtype=wp.vec3d), pe: wp.array(dtype=wp.float64)):
    i = wp.tid()
    s = springs[i]
    fab = spring_force_d(x[s.a], x[s.b], v[s.a], v[s.b], s)
    wp.atomic_add(f, s.a, fab)
    wp.atomic_sub(f, s.b, fab)
    ext = wp.length(x[s.b] - x[s.a]) - s.rest
    wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)


@wp.kernel
def symplectic_euler_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), f: wp.array(dtype=wp.vec3d), inv_m: wp.array(dtype=wp.float64), g: wp.vec3d, dt: wp.float64, ke: wp.array(dtype=wp.float64)):
    i = wp.tid()
    w = inv_m[i]
    if w == wp.float64(0.0):
        f[i] = wp.vec3d()
        return
    vel = v[i] + (f[i] * w + g) * dt
    x[i] = x[i] + vel * dt
    v[i] = vel
    f[i] = wp.vec3d()
    wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)


@wp.kernel
def implicit_spring_1d(x: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.float64), k: wp.float64, c: wp.float64, m: wp.float64, dt: wp.float64, steps: int):
    i = wp.tid()
    xi = x[i]
    vi = v[i]
    one = wp.float64(1.0)
    for s in range(steps):
        # backward Euler for m x'' = -k x - c x'
        denom = m + dt * c + dt * dt * k
        vi = (m * vi - dt * k * xi) / denom
        xi = xi + dt * vi
        if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):
            xi = wp.float64(0.0)
            vi = wp.float64(0.0)
            break
    x[i] = xi
    v[i] = vi * one


@wp.kernel
def double_to_single(x: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3), err: wp.array(dtype=wp.float64)):
    i = wp.tid()
    xd = x[i]
    xs = wp.vec3(float(xd[0]), float(xd[1]), float(xd[2]))
    out[i] = xs
    back = wp.vec3d(wp.float64(xs[0]), wp.float64(xs[1]), wp.float64(xs[2]))
    wp.atomic_max(err, 0, wp.length(back - xd))


@wp.kernel
def chain_implicit_cg_f64(
    x: wp.array2d(dtype=wp.float64),
    v: wp.array2d(dtype=wp.float64),
    k: wp.float64,
    c: wp.float64,
    m: wp.float64,
    dt: wp.float64,
    cg_iters: int,
    r: wp.array2d(dtype=wp.float64),
    p: wp.array2d(dtype=wp.float64),
    Ap: wp.array2d(dtype=wp.float64),
    dv: wp.array2d(dtype=wp.float64),
    residual: wp.array(dtype=wp.float64),
):
    chain = wp.tid()
    n = x.shape[1]
    zero = wp.float64(0.0)
    two = wp.float64(2.0)
    h2k = dt * dt * k
    hc = dt * c
    # rhs = dt * f(x + dt v)
    for i in range(n):
        xl = zero
        xr = zero
        if i > 0:
            xl = x[chain, i - 1] + dt * v[chain, i - 1]
        if i < n - 1:
            xr = x[chain, i + 1] + dt * v[chain, i + 1]
        xi = x[chain, i] + dt * v[chain, i]
        f = k * (xl + xr - two * xi) - c * v[chain, i]
        r[chain, i] = dt * f
        p[chain, i] = dt * f
        dv[chain, i] = zero
    rr = zero
    for i in range(n):
        rr = rr + r[chain, i] * r[chain, i]
    for it in range(cg_iters):
        if rr < wp.float64(1.0e-24):
            break
        pAp = zero
        for i in range(n):
            a = (m + hc + two * h2k) * p[chain, i]
            if i > 0:
                a = a - h2k * p[chain, i - 1]
            if i < n - 1:
                a = a - h2k * p[chain, i + 1]
            Ap[chain, i] = a
            pAp = pAp + p[chain, i] * a
        alpha = rr / pAp
        rr_new = zero
        for i in range(n):
            dv[chain, i] = dv[chain, i] + alpha * p[chain, i]
            r[chain, i] = r[chain, i] - alpha * Ap[chain, i]
            rr_new = rr_new + r[chain, i] * r[chain, i]
        beta = rr_new / rr
        for i in range(n):
            p[chain, i] = r[chain, i] + beta * p[chain, i]
        rr = rr_new
    for i in range(n):
        v[chain, i] = v[chain, i] + dv[chain, i]
        x[chain, i] = x[chain, i] + dt * v[chain, i]
    residual[chain] = wp.sqrt(rr)
