import warp as wp


@wp.func
def hash2(ix: int, iy: int, seed: int) -> float:
    h = wp.uint32(ix) * wp.uint32(374761393) + wp.uint32(iy) * wp.uint32(668265263) + wp.uint32(seed) * wp.uint32(2147483647)
    h = (h ^ (h >> wp.uint32(13))) * wp.uint32(1274126177)
    h = h ^ (h >> wp.uint32(16))
    return float(h & wp.uint32(0xFFFFFF)) / 16777215.0


@wp.func
def fade(t: float) -> float:
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


@wp.func
def value_noise(x: float, y: float, seed: int) -> float:
    x0 = wp.floor(x)
    y0 = wp.floor(y)
    ix = int(x0)
    iy = int(y0)
    tx = fade(x - x0)
    ty = fade(y - y0)
    a = hash2(ix, iy, seed)
    b = hash2(ix + 1, iy, seed)
    c = hash2(ix, iy + 1, seed)
    d = hash2(ix + 1, iy + 1, seed)
    return wp.lerp(wp.lerp(a, b, tx), wp.lerp(c, d, tx), ty)


@wp.func
def fbm(x: float, y: float, octaves: int, lacunarity: float, gain: float, seed: int) -> float:
    s = float(0.0)
    amp = float(0.5)
    freq = float(1.0)
    norm = float(0.0)
    for o in range(octaves):
        s += amp * value_noise(x * freq, y * freq, seed + o * 17)
        norm += amp
        amp *= gain
        freq *= lacunarity
    return s / norm


@wp.kernel
def noise_texture(width: int, height: int, scale: float, octaves: int, seed: int, tex: wp.array2d(dtype=float)):
    y, x = wp.tid()
    u = float(x) / float(width) * scale
    v = float(y) / float(height) * scale
    tex[y, x] = fbm(u, v, octaves, 2.0, 0.5, seed)


@wp.kernel
def domain_warp(width: int, height: int, scale: float, warp_amount: float, seed: int, tex: wp.array2d(dtype=float)):
    y, x = wp.tid()
    u = float(x) / float(width) * scale
    v = float(y) / float(height) * scale
    qx = fbm(u, v, 4, 2.0, 0.5, seed)
    qy = fbm(u + 5.2, v + 1.3, 4, 2.0, 0.5, seed)
    tex[y, x] = fbm(u + warp_amount * qx, v + warp_amount * qy, 5, 2.0, 0.5, seed + 3)


@wp.kernel
def ridged_terrain(width: int, height: int, scale: float, seed: int, heights: wp.array2d(dtype=float), max_h: wp.array(dtype=float)):
    y, x = wp.tid()
    u = float(x) / float(width) * scale
    v = float(y) / float(height) * scale
    hsum = float(0.0)
    amp = float(1.0)
    freq = float(1.0)
    prev = float(1.0)
    for o in range(6):
        n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)
        n = n * n * prev
        hsum += n * amp
        prev = n
        amp *= 0.5
        freq *= 2.1
    heights[y, x] = hsum
    wp.atomic_max(max_h, 0, hsum)
