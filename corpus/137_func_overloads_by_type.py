import warp as wp


@wp.func
def lerp_clamped(a: float, b: float, t: float) -> float:
    return a + (b - a) * wp.clamp(t, 0.0, 1.0)


@wp.func
def lerp_clamped(a: wp.vec3, b: wp.vec3, t: float) -> wp.vec3:
    return a + (b - a) * wp.clamp(t, 0.0, 1.0)


@wp.func
def lerp_clamped(a: wp.vec2, b: wp.vec2, t: float) -> wp.vec2:
    return a + (b - a) * wp.clamp(t, 0.0, 1.0)


@wp.func
def norm_sq(v: wp.vec2) -> float:
    return wp.dot(v, v)


@wp.func
def norm_sq(v: wp.vec3) -> float:
    return wp.dot(v, v)


@wp.func
def norm_sq(v: wp.vec4) -> float:
    return wp.dot(v, v)


@wp.func
def norm_sq(x: int) -> int:
    return x * x


@wp.func
def smooth_kernel(r: float, h: float, power: int) -> float:
    if r >= h:
        return 0.0
    x = 1.0 - r / h
    out = float(1.0)
    for k in range(power):
        out *= x
    return out


@wp.kernel
def blend_all(
    a1: wp.array(dtype=float),
    b1: wp.array(dtype=float),
    a3: wp.array(dtype=wp.vec3),
    b3: wp.array(dtype=wp.vec3),
    a2: wp.array(dtype=wp.vec2),
    t: float,
    o1: wp.array(dtype=float),
    o3: wp.array(dtype=wp.vec3),
    o2: wp.array(dtype=wp.vec2),
):
    i = wp.tid()
    o1[i] = lerp_clamped(a1[i], b1[i], t)
    o3[i] = lerp_clamped(a3[i], b3[i], t)
    o2[i] = lerp_clamped(a2[i], wp.vec2(1.0, 1.0), t)


@wp.kernel
def norms(a2: wp.array(dtype=wp.vec2), a3: wp.array(dtype=wp.vec3), a4: wp.array(dtype=wp.vec4), ai: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):
    i = wp.tid()
    out[i] = norm_sq(a2[i]) + norm_sq(a3[i]) + norm_sq(a4[i])
    iout[i] = norm_sq(ai[i])


@wp.kernel
def kernels_defaults(r: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    x = r[i]
    out[i] = wp.vec3(smooth_kernel(x, 1.0, 3), smooth_kernel(x, 2.0, 3), smooth_kernel(x, 0.5, 5))
