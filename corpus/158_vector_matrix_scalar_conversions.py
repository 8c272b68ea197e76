import warp as wp


@wp.func
def to_double(v: wp.vec3) -> wp.vec3d:
    return wp.vec3d(v)


@wp.kernel
def vector_casts(
    vf: wp.array(dtype=wp.vec3),
    vd: wp.array(dtype=wp.vec3d),
    vi: wp.array(dtype=wp.vec3i),
    vh: wp.array(dtype=wp.vec3h),
    out: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    a = vf[i]
    d = to_double(a) + vd[i]
    n = wp.vec3i(a)
    h = wp.vec3h(a)
    vi[i] = n + vi[i]
    vh[i] = h * wp.float16(2.0)
    vd[i] = d
    out[i] = wp.vec3(d) + wp.vec3(n) + wp.vec3(vh[i])


@wp.kernel
def matrix_casts(mf: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d), mh: wp.array(dtype=wp.mat22h), out: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    m = mf[i]
    d = wp.mat33d(m) * wp.float64(2.0)
    md[i] = d + md[i]
    h = mh[i]
    mh[i] = h * wp.float16(0.5)
    out[i] = wp.mat33(d)


@wp.kernel
def constructors(a: wp.array(dtype=float), v3: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), s: wp.array(dtype=wp.spatial_vector), m: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    x = a[i]
    b = wp.vec3(x)
    c = wp.vec3(1.0, 2.0, x)
    v3[i] = b + c
    axis = wp.normalize(c)
    q[i] = wp.quat(axis * wp.sin(x * 0.5), wp.cos(x * 0.5))
    t[i] = wp.transform(c, q[i])
    s[i] = wp.spatial_vector(b, c) + wp.spatial_vector(x, x, x, 1.0, 2.0, 3.0)
    m[i] = wp.mat22(x, 1.0, 2.0, x) + wp.mat22(1.0)


@wp.kernel
def scalar_casts(f: wp.array(dtype=float), out_i8: wp.array(dtype=wp.int8), out_u16: wp.array(dtype=wp.uint16), out_i64: wp.array(dtype=wp.int64), out_b: wp.array(dtype=wp.bool), out_h: wp.array(dtype=wp.float16), out_d: wp.array(dtype=wp.float64)):
    i = wp.tid()
    x = f[i]
    out_i8[i] = wp.int8(x)
    out_u16[i] = wp.uint16(wp.abs(x) * 100.0)
    out_i64[i] = wp.int64(x * 1.0e6)
    out_b[i] = bool(x > 0.0)
    out_h[i] = wp.float16(x)
    out_d[i] = wp.float64(x) + wp.float64(out_h[i])
    k = int(out_b[i])
    if out_b[i]:
        out_i64[i] = out_i64[i] + wp.int64(k)
