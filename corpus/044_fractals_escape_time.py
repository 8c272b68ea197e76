import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def complex_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:
    return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


@wp.func
def escape_time(z0: wp.vec2, c: wp.vec2, max_iter: int, bailout: float):
    z = z0
    n = int(0)
    while n < max_iter:
        if wp.dot(z, z) > bailout * bailout:
            return n, z
        z = complex_mul(z, z) + c
        n += 1
    return max_iter, z


@wp.func
def smooth_iter(n: int, z: wp.vec2, max_iter: int) -> float:
    if n >= max_iter:
        return float(max_iter)
    l = wp.log(wp.dot(z, z)) * 0.5
    nu = wp.log(l / wp.log(2.0)) / wp.log(2.0)
    return float(n) + 1.0 - nu


@wp.kernel
def mandelbrot(width: int, height: int, center: wp.vec2, scale: float, max_iter: int, image: wp.array2d(dtype=float), interior: wp.array(dtype=int)):
    y, x = wp.tid()
    u = (float(x) - 0.5 * float(width)) * scale + center[0]
    v = (float(y) - 0.5 * float(height)) * scale + center[1]
    c = wp.vec2(u, v)
    # main cardioid check
    q = (u - 0.25) * (u - 0.25) + v * v
    if q * (q + (u - 0.25)) <= 0.25 * v * v:
        image[y, x] = float(max_iter)
        wp.atomic_add(interior, 0, 1)
        return
    n, z = escape_time(wp.vec2(0.0, 0.0), c, max_iter, 4.0)
    image[y, x] = smooth_iter(n, z, max_iter)
    if n >= max_iter:
        wp.atomic_add(interior, 0, 1)


@wp.kernel
def julia(width: int, height: int, c: wp.vec2, scale: float, max_iter: int, image: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    z0 = wp.vec2((float(x) / float(width) - 0.5) * scale, (float(y) / float(height) - 0.5) * scale)
    n, z = escape_time(z0, c, max_iter, 2.0)
    t = smooth_iter(n, z, max_iter) / float(max_iter)
    image[y, x] = wp.vec3(0.5 + 0.5 * wp.cos(6.2831 * t), 0.5 + 0.5 * wp.cos(6.2831 * (t + 0.33)), 0.5 + 0.5 * wp.cos(6.2831 * (t + 0.67)))


@wp.kernel
def burning_ship(width: int, height: int, center: wp.vec2, scale: float, max_iter: int, counts: wp.array2d(dtype=int)):
    y, x = wp.tid()
    c = wp.vec2((float(x) - 0.5 * float(width)) * scale + center[0], (float(y) - 0.5 * float(height)) * scale + center[1])
    z = wp.vec2(0.0, 0.0)
    n = int(0)
    while n < max_iter and wp.dot(z, z) <= 4.0:
        zr = wp.abs(z[0])
        zi = wp.abs(z[1])
        z = wp.vec2(zr * zr - zi * zi + c[0], 2.0 * zr * zi + c[1])
        n += 1
    counts[y, x] = n


@wp.kernel
def buddhabrot_orbits(
    seed: int,
    samples_per_thread: int,
    max_iter: int,
    width: int,
    height: int,
    center: wp.vec2,
    scale: float,
    density: wp.array2d(dtype=int),
    escaped: wp.array(dtype=int),
):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    for s in range(samples_per_thread):
        c = wp.vec2(wp.randf(state, -2.0, 1.0), wp.randf(state, -1.5, 1.5))
        # skip points inside the main cardioid and the period-2 bulb
        q = (c[0] - 0.25) * (c[0] - 0.25) + c[1] * c[1]
        if q * (q + (c[0] - 0.25)) <= 0.25 * c[1] * c[1]:
            continue
        if (c[0] + 1.0) * (c[0] + 1.0) + c[1] * c[1] <= 0.0625:
            continue
        n, z = escape_time(wp.vec2(0.0, 0.0), c, max_iter, 2.0)
        if n >= max_iter:
            continue
        wp.atomic_add(escaped, 0, 1)
        # replay the orbit and splat it into the density image
        z = wp.vec2(0.0, 0.0)
        k = int(0)
        while k < n:
            z = complex_mul(z, z) + c
            px = int((z[0] - center[0]) / scale + 0.5 * float(width))
            py = int((z[1] - center[1]) / scale + 0.5 * float(height))
            if px >= 0 and px < width and py >= 0 and py < height:
                wp.atomic_add(density, py, px, 1)
                if py != height - 1 - py:
                    wp.atomic_add(density, height - 1 - py, px, 1)
            k += 1
