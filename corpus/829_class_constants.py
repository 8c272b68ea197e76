import enum

import warp as wp

# Constants held by plain Python classes and enums: Warp resolves the
# attribute path (Cfg.GAIN, Sim.Limits.MAX_SPEED) to the value. IntEnum and
# IntFlag members are ints (Warp 1.10 does not count them in the hash).


class Cfg:
    GAIN = 2.0
    SUBSTEPS = 4
    GRAVITY = wp.vec3(0.0, -9.8, 0.0)
    SCALE = GAIN if False else 0.5


class Sim:
    DT = 1.0 / 60.0

    class Limits:
        MAX_SPEED = 10.0


class Mode(enum.IntEnum):
    CLAMP = 0
    WRAP = 1


class Flags(enum.IntFlag):
    ACTIVE = 1
    FIXED = 2



@wp.func
def address(i: int, n: int, mode: int):
    if mode == Mode.CLAMP:
        return wp.clamp(i, 0, n - 1)
    return ((i % n) + n) % n


@wp.kernel
def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), flags: wp.array(dtype=int), mode: int):
    i = wp.tid()
    if flags[i] & Flags.FIXED:
        return
    vi = v[i]
    for s in range(Cfg.SUBSTEPS):
        vi = vi + Cfg.GRAVITY * (Sim.DT * Cfg.GAIN * Cfg.SCALE)
    if wp.length(vi) > Sim.Limits.MAX_SPEED:
        vi = wp.normalize(vi) * Sim.Limits.MAX_SPEED
    v[i] = vi
    j = address(i + 1, x.shape[0], mode)
    k = address(i - 1, x.shape[0], Mode.WRAP)
    x[i] = x[i] + vi * Sim.DT + (x[j] - x[k]) * 0.0
