import warp as wp


@wp.func
def safe_log(x: float) -> float:
    return wp.log(wp.max(x, 1.0e-20))


@wp.kernel(enable_backward=False)
def scalar_math(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    v = x[i]
    a = wp.abs(v) + 0.5
    out[i, 0] = wp.log2(a) + wp.log10(a) + safe_log(a)
    out[i, 1] = wp.sinh(v) + wp.cosh(v) + wp.tanh(v)
    out[i, 2] = wp.asin(wp.clamp(v, -1.0, 1.0)) + wp.acos(wp.clamp(v, -1.0, 1.0)) + wp.atan(v)
    out[i, 3] = wp.floor(v) + wp.ceil(v) + wp.round(v) + wp.rint(v) + wp.trunc(v) + wp.frac(v)
    out[i, 4] = wp.mod(v, 0.75) + wp.step(v) + wp.nonzero(v) + wp.sign(v)
    out[i, 5] = wp.smoothstep(0.0, 1.0, v) + wp.lerp(-1.0, 1.0, a) + wp.cbrt(v)
    out[i, 6] = wp.exp(-a) + wp.pow(a, 1.5) + wp.sqrt(a) + 1.0 / a
    out[i, 7] = wp.radians(v) + wp.degrees(v) + wp.tan(v * 0.5) + wp.atan2(v, a)


@wp.kernel
def vector_reductions(v3: wp.array(dtype=wp.vec3), v4: wp.array(dtype=wp.vec4), out: wp.array(dtype=float), idx: wp.array(dtype=int)):
    i = wp.tid()
    a = v3[i]
    b = v4[i]
    out[i] = wp.min(a) + wp.max(b) + wp.length(a) + wp.length_sq(b)
    idx[i] = int(wp.argmin(a)) * 10 + int(wp.argmax(b))


@wp.kernel
def vector_elementwise(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    z = wp.cw_mul(x, y) + wp.cw_div(x, y + wp.vec3(1.0))
    z = z + wp.abs(x) - wp.sign(y)
    z = wp.max(z, wp.vec3(-10.0)) + wp.min(x, y)
    out[i] = wp.normalize(z) * wp.length_sq(x) + wp.lerp(x, y, 0.25)
    M = wp.matrix_from_cols(x, y, z)
    N = wp.matrix_from_rows(x, y, z)
    m[i] = M * N + wp.diag(wp.get_diag(M)) + wp.skew(x)


@wp.kernel
def int_math(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    r = wp.abs(x) + wp.sign(y) + wp.min(x, y) * wp.max(x, y)
    r += wp.clamp(x, -5, 5)
    if y != 0:
        r += x // y + x % y
    out[i] = r


@wp.kernel
def double_math(a: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):
    i = wp.tid()
    x = a[i]
    y = wp.sin(x) * wp.cos(x) + wp.exp(-wp.abs(x)) + wp.sqrt(wp.abs(x))
    y += wp.floor(x) + wp.log(wp.abs(x) + wp.float64(1.0)) + wp.atan2(x, wp.float64(2.0))
    y += wp.pow(wp.abs(x), wp.float64(0.3)) + wp.float64(wp.pi)
    out[i] = wp.clamp(y, wp.float64(-100.0), wp.float64(100.0))
