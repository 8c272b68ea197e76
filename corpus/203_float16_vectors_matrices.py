import warp as wp


@wp.func
def half_normalize(v: wp.vec3h) -> wp.vec3h:
    l = wp.length(v)
    if l == wp.float16(0.0):
        return v
    return v / l


@wp.func
def half_lerp(a: wp.vec3h, b: wp.vec3h, t: wp.float16) -> wp.vec3h:
    return a + (b - a) * t


@wp.kernel
def normals_fp16(n: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.vec3h), lens: wp.array(dtype=wp.float16)):
    i = wp.tid()
    v = n[i]
    lens[i] = wp.length(v)
    out[i] = half_normalize(v)


@wp.kernel
def blend_fp16(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), t: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.vec3h)):
    i = wp.tid()
    out[i] = half_lerp(a[i], b[i], wp.clamp(t[i], wp.float16(0.0), wp.float16(1.0)))


@wp.kernel
def mat_fp16(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h), det: wp.array(dtype=wp.float16)):
    i = wp.tid()
    M = m[i]
    out[i] = M * v[i] + wp.transpose(M) * v[i]
    det[i] = wp.determinant(M)


@wp.kernel
def mixed_precision_accumulate(x: wp.array(dtype=wp.vec4h), acc: wp.array(dtype=wp.vec4), scale: float):
    i = wp.tid()
    v = x[i]
    f = wp.vec4(float(v[0]), float(v[1]), float(v[2]), float(v[3])) * scale
    wp.atomic_add(acc, 0, f)
    acc[i + 1] = f


@wp.kernel
def half_math(x: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):
    i = wp.tid()
    v = x[i]
    r = wp.sin(v) * wp.cos(v) + wp.exp(-wp.abs(v)) + wp.sqrt(wp.abs(v)) + wp.floor(v)
    r = wp.min(wp.max(r, wp.float16(-4.0)), wp.float16(4.0))
    out[i] = r * wp.float16(0.5) + wp.float16(1.0) / (wp.float16(1.0) + wp.abs(v))
