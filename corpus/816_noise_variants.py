import warp as wp


@wp.kernel
def noise_dims(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, out: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    p = pts[i] * scale
    n1 = wp.noise(state, p[0])
    n2 = wp.noise(state, wp.vec2(p[0], p[1]))
    n3 = wp.noise(state, wp.vec3(p[0], p[1], p[2]))
    n4 = wp.noise(state, p)
    out[i] = wp.vec4(n1, n2, n3, n4)


@wp.kernel
def noise_negative_and_large(seed: int, pts: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    state = wp.rand_init(seed)
    q = pts[i]
    neg = wp.vec4(-wp.abs(q[0]) * 9.5 - 0.25, -wp.abs(q[1]) * 13.0, -3.75 + q[2], -wp.abs(q[3]) - 100.5)
    big = q * 4096.0 + wp.vec4(1.0e5, -2.5e5, 7.0e4, -3.3e4)
    a = wp.noise(state, neg[0]) + wp.noise(state, big[0])
    b = wp.noise(state, wp.vec2(neg[0], neg[1])) - wp.noise(state, wp.vec2(big[0], big[1]))
    c = wp.noise(state, wp.vec3(neg[0], neg[1], neg[2])) * wp.noise(state, wp.vec3(big[0], big[1], big[2]))
    d = wp.noise(state, neg) + 2.0 * wp.noise(state, big)
    out[i] = wp.vec4(a, b, c, d)


@wp.kernel
def pnoise_periods(
    seed: int,
    pts: wp.array(dtype=wp.vec4),
    scale: float,
    px: int,
    py: int,
    pz: int,
    pt: int,
    out1: wp.array(dtype=wp.vec4),
    out2: wp.array(dtype=wp.vec4),
):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    p = pts[i] * scale
    out1[i] = wp.vec4(
        wp.pnoise(state, p[0], px),
        wp.pnoise(state, wp.vec2(p[0], p[1]), px, py),
        wp.pnoise(state, wp.vec3(p[0], p[1], p[2]), px, py, pz),
        wp.pnoise(state, p, px, py, pz, pt),
    )
    out2[i] = wp.vec4(
        wp.pnoise(state, p[3], 1),
        wp.pnoise(state, wp.vec2(p[1], p[2]) * 7.0, 3, 16),
        wp.pnoise(state, wp.vec3(p[2], p[0], p[1]) - wp.vec3(40.0), 256, 5, 2),
        wp.pnoise(state, p * 11.0 + wp.vec4(1.0e4), 8, 1, 33, 4),
    )


@wp.kernel
def curl_default(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, c2: wp.array(dtype=wp.vec2),
                 c3: wp.array(dtype=wp.vec3), c4: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    p = pts[i] * scale
    c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]))
    c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]))
    c4[i] = wp.curlnoise(state, p)


@wp.kernel
def curl_octaves(seed: int, pts: wp.array(dtype=wp.vec4), octaves: wp.uint32, c2: wp.array(dtype=wp.vec2),
                 c3: wp.array(dtype=wp.vec3), c4: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    state = wp.rand_init(seed)
    p = pts[i]
    c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]), octaves, 1.5, 0.6)
    c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]), octaves=wp.uint32(4), lacunarity=2.5, gain=0.4)
    c4[i] = wp.curlnoise(state, p - wp.vec4(3.5, 0.0, -2.0, 1.0e3), wp.uint32(3), lacunarity=1.9)


@wp.func
def fbm4(state: wp.uint32, p: wp.vec4, octaves: int) -> float:
    s = float(0.0)
    amp = float(1.0)
    q = p
    for o in range(octaves):
        s += amp * wp.pnoise(state, q, 4, 4, 4, 4)
        q = q * 2.0
        amp *= 0.5
    return s


@wp.kernel
def noise_in_func(seed: int, pts: wp.array(dtype=wp.vec4), octaves: int, out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = fbm4(wp.rand_init(seed, 17), pts[i] * 3.0, octaves)
