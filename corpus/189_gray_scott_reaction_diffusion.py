import warp as wp

wp.set_module_options({"enable_backward": False})

DU = 0.16
DV = 0.08


@wp.func
def lap5(f: wp.array2d(dtype=wp.vec2), i: int, j: int) -> wp.vec2:
    nx = f.shape[0]
    ny = f.shape[1]
    ip = (i + 1) % nx
    im = (i - 1 + nx) % nx
    jp = (j + 1) % ny
    jm = (j - 1 + ny) % ny
    return f[ip, j] + f[im, j] + f[i, jp] + f[i, jm] - 4.0 * f[i, j]


@wp.kernel
def gray_scott(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), feed: float, kill: float, dt: float):
    i, j = wp.tid()
    c = src[i, j]
    u = c[0]
    v = c[1]
    L = lap5(src, i, j)
    uvv = u * v * v
    du = DU * L[0] - uvv + feed * (1.0 - u)
    dv = DV * L[1] + uvv - (feed + kill) * v
    dst[i, j] = wp.vec2(wp.clamp(u + du * dt, 0.0, 1.0), wp.clamp(v + dv * dt, 0.0, 1.0))


@wp.kernel
def seed_spots(f: wp.array2d(dtype=wp.vec2), seed: int, count: int, radius: float):
    i, j = wp.tid()
    f[i, j] = wp.vec2(1.0, 0.0)
    state = wp.rand_init(seed)
    for s in range(count):
        cx = wp.randf(state) * float(f.shape[0])
        cy = wp.randf(state) * float(f.shape[1])
        dx = float(i) - cx
        dy = float(j) - cy
        if dx * dx + dy * dy < radius * radius:
            f[i, j] = wp.vec2(0.5, 0.25)


@wp.kernel
def colorize(f: wp.array2d(dtype=wp.vec2), img: wp.array2d(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):
    i, j = wp.tid()
    v = f[i, j][1]
    t = wp.smoothstep(0.0, 0.4, v)
    img[i, j] = wp.lerp(lo, hi, t)


@wp.kernel
def stats(f: wp.array2d(dtype=wp.vec2), sums: wp.array(dtype=float), hist: wp.array(dtype=int)):
    i, j = wp.tid()
    c = f[i, j]
    wp.atomic_add(sums, 0, c[0])
    wp.atomic_add(sums, 1, c[1])
    b = wp.min(int(c[1] * float(hist.shape[0])), hist.shape[0] - 1)
    wp.atomic_add(hist, b, 1)
