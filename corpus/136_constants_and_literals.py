import math

import warp as wp

THIRD = 1.0 / 3.0
TENTH_SUM = 0.1 + 0.2
BIG_INT = 2**40
NEG_SMALL = -1.0e-30
HUGE = 3.4e38
TINY = 1.17549435e-38
ORIGIN = wp.constant(wp.vec3(0.0, 0.0, 0.0))
UP = wp.constant(wp.vec3(0.0, 1.0, 0.0))
ROT90 = wp.constant(wp.mat22(0.0, -1.0, 1.0, 0.0))
QID = wp.constant(wp.quat(0.0, 0.0, 0.0, 1.0))
K_SPRING = wp.constant(123.456)
N_BINS = wp.constant(32)
MASK64 = wp.constant(wp.uint64(0xFFFFFFFFFFFFFFFF))
HALF16 = wp.constant(wp.float16(0.5))
DPI = wp.constant(wp.float64(math.pi))
SQRT2 = 2.0 ** 0.5
INV_SQRT2 = 1.0 / SQRT2


@wp.func
def bin_of(x: float, lo: float, hi: float) -> int:
    t = (x - lo) / (hi - lo)
    b = int(t * float(N_BINS))
    return wp.clamp(b, 0, N_BINS - 1)


@wp.kernel
def use_constants(x: wp.array(dtype=float), out: wp.array(dtype=float), bins: wp.array(dtype=int)):
    i = wp.tid()
    v = x[i]
    y = v * THIRD + TENTH_SUM - NEG_SMALL
    y = wp.min(y, HUGE)
    y = wp.max(y, TINY)
    y += K_SPRING * SQRT2 * INV_SQRT2
    y += float(BIG_INT % 1000)
    out[i] = y + wp.pi * 0.0 + wp.tau - wp.half_pi + wp.e
    wp.atomic_add(bins, bin_of(v, -1.0, 1.0), 1)


@wp.kernel
def use_vec_constants(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), d: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    rel = p[i] - ORIGIN
    h = wp.dot(rel, UP)
    r = wp.quat_rotate(q[i] * QID, rel)
    e = ROT90 * d[i]
    out[i] = r + UP * h + wp.vec3(e[0], e[1], 0.0)


@wp.kernel
def use_typed_constants(a: wp.array(dtype=wp.uint64), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64)):
    i = wp.tid()
    a[i] = a[i] ^ MASK64
    h[i] = h[i] * HALF16 + wp.float16(1.0)
    d[i] = d[i] * DPI + wp.float64(THIRD)


@wp.kernel
def literal_forms(out: wp.array(dtype=float), iout: wp.array(dtype=int), u: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    out[i] = 1e-3 + 2.5e+2 + 0.0001 + 100000000.0 + 1.5e-7 + 123456789.0 + 0.3333333333 + 7e10
    iout[i] = 0x7FFFFFFF - 0o17 + 0b1011 + 1_000_000
    u[i] = wp.uint32(0xDEADBEEF) + wp.uint32(4294967295)
