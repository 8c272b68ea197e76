import math

import warp as wp

DEBUG = False
USE_DAMPING = True
NEG_OFFSET = -7
BIG = 3000000000
SMALL_I8 = wp.constant(wp.int8(-3))
U32_SEED = wp.constant(wp.uint32(2654435761))
CELL = wp.constant(wp.vec3i(4, 4, 4))
F64_EPS = wp.constant(wp.float64(1.0e-12))


SIM_GRAVITY = -9.81
SIM_SUBSTEPS = 4
SIM_DAMPING = 0.02
MAX_SPEED = 25.0
MIN_HEIGHT = 0.0


@wp.func
def limit_speed(v: wp.vec3) -> wp.vec3:
    s = wp.length(v)
    if s > MAX_SPEED:
        return v * (MAX_SPEED / s)
    return v


@wp.kernel
def substep(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    h = dt / float(SIM_SUBSTEPS)
    p = x[i]
    vel = v[i]
    for s in range(SIM_SUBSTEPS):
        vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h
        if USE_DAMPING:
            vel = vel * (1.0 - SIM_DAMPING)
        vel = limit_speed(vel)
        p = p + vel * h
        if p[1] < MIN_HEIGHT:
            p[1] = MIN_HEIGHT
            vel[1] = -vel[1] * 0.5
    if DEBUG:
        print(p)
    x[i] = p
    v[i] = vel


@wp.kernel
def math_module_consts(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = a[i]
    out[i] = wp.sin(t * math.pi) + math.e * wp.cos(t * math.tau) + float(NEG_OFFSET)


@wp.kernel
def typed_consts(
    a: wp.array(dtype=wp.int8),
    h: wp.array(dtype=wp.uint32),
    cells: wp.array(dtype=wp.vec3i),
    d: wp.array(dtype=wp.float64),
    big: wp.array(dtype=wp.int64),
):
    i = wp.tid()
    a[i] = a[i] + SMALL_I8
    h[i] = wp.uint32(i) * U32_SEED
    cells[i] = cells[i] * CELL[0] + CELL
    if wp.abs(d[i]) < F64_EPS:
        d[i] = F64_EPS
    big[i] = wp.int64(BIG) + wp.int64(i)
