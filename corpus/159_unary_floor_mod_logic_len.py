import warp as wp


@wp.kernel
def unary_ops(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), i8: wp.array(dtype=wp.int8), q: wp.array(dtype=wp.quat)):
    i = wp.tid()
    v[i] = -v[i]
    m[i] = -m[i]
    i8[i] = -i8[i]
    q[i] = -q[i]


@wp.kernel
def int_power_floor(a: wp.array(dtype=int), f: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    k = a[i]
    p = k * k
    x = f[i]
    y = x // 2.0
    z = x % 2.0
    w = (-x) % 3.0
    out[i] = float(p) + y + z + w


@wp.kernel
def logical_mix(a: wp.array(dtype=int), b: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.bool)):
    i = wp.tid()
    k = a[i]
    flag = b[i]
    r = bool(k) and not flag
    r = r or (k > 3 and k < 7) or not (k != 0)
    out[i] = r == flag


@wp.kernel
def len_usage(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):
    i = wp.tid()
    x = v[i]
    s = float(0.0)
    for k in range(len(x)):
        s += x[k]
    out[i] = s + float(len(v))
