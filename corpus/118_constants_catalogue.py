import warp as wp

# plain Python globals and wp.constant values of several types
WIDTH = 64
HEIGHT = 48
INV_GAMMA = 1.0 / 2.2
ENABLE_FOG = True
NUM_TAPS = wp.constant(5)
EPS = wp.constant(1.0e-6)
SKY = wp.constant(wp.vec3(0.4, 0.6, 0.9))
ROT90 = wp.constant(wp.mat22(0.0, -1.0, 1.0, 0.0))
TAPS = wp.constant(wp.vec4(0.1, 0.2, 0.4, 0.2))
ORIGIN_CELL = wp.constant(wp.vec2i(3, 5))
HALF_ONE = wp.constant(wp.float16(1.0))
DOUBLE_PI = wp.constant(wp.float64(3.141592653589793))
MASK = wp.constant(wp.uint32(0xFF00FF00))


@wp.func
def fog_factor(depth: float) -> float:
    if ENABLE_FOG:
        return wp.exp(-depth * 0.05)
    return 1.0


@wp.kernel
def shade_pixels(depth: wp.array2d(dtype=float), albedo: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    if y >= HEIGHT or x >= WIDTH:
        return
    d = depth[y, x]
    f = fog_factor(d)
    c = albedo[y, x] * f + SKY * (1.0 - f)
    out[y, x] = wp.vec3(wp.pow(c[0], INV_GAMMA), wp.pow(c[1], INV_GAMMA), wp.pow(c[2], INV_GAMMA))


@wp.kernel
def filter_taps(src: wp.array(dtype=float), dst: wp.array(dtype=float)):
    i = wp.tid()
    n = src.shape[0]
    acc = float(0.0)
    for k in range(NUM_TAPS - 1):
        j = wp.clamp(i + k - 2, 0, n - 1)
        acc += src[j] * TAPS[k]
    dst[i] = acc / (TAPS[0] + TAPS[1] + TAPS[2] + TAPS[3] + EPS)


@wp.kernel
def rotate_cells(cells: wp.array(dtype=wp.vec2i), dirs: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    c = cells[i] - ORIGIN_CELL
    d = wp.vec2(float(c[0]), float(c[1]))
    dirs[i] = ROT90 * d


@wp.kernel
def typed_constants(h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), u: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    h[i] = h[i] * HALF_ONE + HALF_ONE
    d[i] = wp.sin(d[i] * DOUBLE_PI)
    u[i] = (u[i] & MASK) | (~u[i] & ~MASK)
