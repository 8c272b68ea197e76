import warp as wp


@wp.func
def residual(x: float, target: float) -> float:
    return x * x - target


@wp.func
def step_size(r: float) -> float:
    return 0.5 if wp.abs(r) > 1.0 else (0.1 if wp.abs(r) > 0.01 else 0.01)


@wp.func
def stats4(a: float, b: float, c: float, d: float):
    s = a + b + c + d
    m = s * 0.25
    lo = wp.min(wp.min(a, b), wp.min(c, d))
    hi = wp.max(wp.max(a, b), wp.max(c, d))
    return s, m, lo, hi


@wp.kernel
def sqrt_by_iteration(targets: wp.array(dtype=float), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):
    i = wp.tid()
    t = targets[i]
    x = wp.max(t, 1.0)
    n = int(0)
    while wp.abs(residual(x, t)) > 1.0e-5 and n < 64:
        x = x - residual(x, t) / (2.0 * x) * step_size(residual(x, t)) * 2.0
        n += 1
    roots[i] = x
    iters[i] = n


@wp.kernel
def quad_stats(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4), label: wp.array(dtype=int)):
    i = wp.tid()
    q = v[i]
    s, m, lo, hi = stats4(q[0], q[1], q[2], q[3])
    out[i] = wp.vec4(s, m, lo, hi)
    label[i] = 0 if hi - lo < 0.1 else (1 if m > 0.0 else (2 if s > -10.0 else 3))


@wp.kernel
def clamp_chain(a: wp.array(dtype=float), lo: float, hi: float, out: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    inside = lo <= x <= hi
    near = lo - 0.1 < x < lo or hi < x < hi + 0.1
    out[i] = wp.where(inside, 1, wp.where(near, 2, 0))


@wp.kernel
def double_tid(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):
    i, j = wp.tid()
    k, l = wp.tid()
    b[k, l] = a[i, j] * 2.0
