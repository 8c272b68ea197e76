import warp as wp


@wp.func
def two_sum(a: wp.float64, b: wp.float64):
    s = a + b
    bp = s - a
    err = (a - (s - bp)) + (b - bp)
    return s, err


@wp.func
def kahan_add(sum: wp.float64, c: wp.float64, x: wp.float64):
    y = x - c
    t = sum + y
    c_new = (t - sum) - y
    return t, c_new


@wp.kernel
def block_kahan_sum(values: wp.array(dtype=wp.float64), block: int, partial: wp.array(dtype=wp.float64), comp: wp.array(dtype=wp.float64)):
    b = wp.tid()
    n = values.shape[0]
    s = wp.float64(0.0)
    c = wp.float64(0.0)
    start = b * block
    for k in range(block):
        idx = start + k
        if idx >= n:
            break
        s, c = kahan_add(s, c, values[idx])
    partial[b] = s
    comp[b] = c


@wp.kernel
def dot_compensated(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):
    i = wp.tid()
    n = a.shape[0]
    if i != 0:
        return
    s = wp.float64(0.0)
    e = wp.float64(0.0)
    for k in range(n):
        p = a[k] * b[k]
        s, err = two_sum(s, p)
        e = e + err
    out[0] = s + e


@wp.kernel
def double_precision_orbit(
    pos: wp.array(dtype=wp.vec3d),
    vel: wp.array(dtype=wp.vec3d),
    gm: wp.float64,
    dt: wp.float64,
    steps: int,
    energy: wp.array(dtype=wp.float64),
):
    i = wp.tid()
    x = pos[i]
    v = vel[i]
    half = wp.float64(0.5)
    for s in range(steps):
        r = wp.length(x)
        a = x * (-gm / (r * r * r))
        v = v + a * (dt * half)
        x = x + v * dt
        r = wp.length(x)
        a = x * (-gm / (r * r * r))
        v = v + a * (dt * half)
    pos[i] = x
    vel[i] = v
    energy[i] = half * wp.dot(v, v) - gm / wp.length(x)


@wp.kernel
def mixed_precision_axpy(x: wp.array(dtype=float), y: wp.array(dtype=wp.float64), alpha: wp.float64, out: wp.array(dtype=float)):
    i = wp.tid()
    r = alpha * wp.float64(x[i]) + y[i]
    out[i] = wp.float32(r)
    y[i] = r * wp.float64(0.5) + wp.sqrt(wp.abs(r))
