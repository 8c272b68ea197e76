import warp as wp


@wp.func
def fade(t: float) -> float:
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


@wp.func
def grad2(h: wp.uint32, x: float, y: float) -> float:
    k = h & wp.uint32(7)
    u = x
    v = y
    if k >= wp.uint32(4):
        u = y
        v = x
    su = u
    sv = 2.0 * v
    if (k & wp.uint32(1)) != wp.uint32(0):
        su = -u
    if (k & wp.uint32(2)) != wp.uint32(0):
        sv = -2.0 * v
    return su + sv


@wp.func
def hash2(perm: wp.array(dtype=wp.uint8), x: int, y: int) -> wp.uint32:
    return wp.uint32(perm[(int(perm[x & 255]) + y) & 255])


@wp.func
def perlin(perm: wp.array(dtype=wp.uint8), x: float, y: float) -> float:
    xi = int(wp.floor(x))
    yi = int(wp.floor(y))
    xf = x - float(xi)
    yf = y - float(yi)
    u = fade(xf)
    v = fade(yf)
    n00 = grad2(hash2(perm, xi, yi), xf, yf)
    n10 = grad2(hash2(perm, xi + 1, yi), xf - 1.0, yf)
    n01 = grad2(hash2(perm, xi, yi + 1), xf, yf - 1.0)
    n11 = grad2(hash2(perm, xi + 1, yi + 1), xf - 1.0, yf - 1.0)
    return wp.lerp(wp.lerp(n00, n10, u), wp.lerp(n01, n11, u), v)


@wp.kernel
def marble(perm: wp.array(dtype=wp.uint8), scale: float, octaves: int, img: wp.array2d(dtype=wp.vec4ub)):
    y, x = wp.tid()
    fx = float(x) * scale
    fy = float(y) * scale
    turb = float(0.0)
    amp = float(1.0)
    freq = float(1.0)
    for o in range(octaves):
        turb += wp.abs(perlin(perm, fx * freq, fy * freq)) * amp
        amp *= 0.5
        freq *= 2.0
    v = 0.5 + 0.5 * wp.sin(fx * 2.0 + turb * 5.0)
    c = wp.lerp(wp.vec3(0.2, 0.2, 0.25), wp.vec3(0.95, 0.93, 0.9), v)
    img[y, x] = wp.vec4ub(wp.uint8(c[0] * 255.0), wp.uint8(c[1] * 255.0), wp.uint8(c[2] * 255.0), wp.uint8(255))


@wp.kernel
def shuffle_perm(perm: wp.array(dtype=wp.uint8), seed: int):
    state = wp.rand_init(seed)
    for i in range(255, 0, -1):
        j = wp.randi(state, 0, i + 1)
        t = perm[i]
        perm[i] = perm[j]
        perm[j] = t
