import warp as wp


@wp.func
def fbm(state: wp.uint32, p: wp.vec3, octaves: int) -> float:
    amp = float(0.5)
    freq = float(1.0)
    s = float(0.0)
    for o in range(octaves):
        s += amp * wp.noise(state, p * freq)
        amp *= 0.5
        freq *= 2.0
    return s


@wp.kernel
def terrain(seed: int, heights: wp.array2d(dtype=float), scale: float, octaves: int):
    y, x = wp.tid()
    state = wp.rand_init(seed)
    p = wp.vec3(float(x) * scale, float(y) * scale, 0.0)
    heights[y, x] = fbm(state, p, octaves)


@wp.kernel
def noise_variants(seed: int, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec4), curl: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    state = wp.rand_init(seed)
    p = pts[i]
    n1 = wp.noise(state, p[0])
    n2 = wp.noise(state, p)
    n3 = wp.pnoise(state, p, 4, 4)
    n4 = wp.noise(state, wp.vec4(p[0], p[1], 0.5, 0.25))
    out[i] = wp.vec4(n1, n2, n3, n4)
    curl[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], 0.0))


@wp.kernel
def sampling(seed: int, cdf: wp.array(dtype=float), tri: wp.array(dtype=wp.vec2), square: wp.array(dtype=wp.vec2), cube: wp.array(dtype=wp.vec3), counts: wp.array(dtype=wp.uint32), bins: wp.array(dtype=int)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    tri[i] = wp.sample_triangle(state)
    square[i] = wp.sample_unit_square(state)
    cube[i] = wp.sample_unit_cube(state) + wp.sample_unit_hemisphere_surface(state)
    counts[i] = wp.poisson(state, 3.5)
    b = wp.sample_cdf(state, cdf)
    wp.atomic_add(bins, b, 1)


@wp.kernel
def advect_by_curl(seed: int, x: wp.array(dtype=wp.vec3), dt: float, t: float):
    i = wp.tid()
    state = wp.rand_init(seed)
    p = x[i]
    v = wp.curlnoise(state, wp.vec4(p[0], p[1], p[2], t))
    x[i] = p + v * dt
