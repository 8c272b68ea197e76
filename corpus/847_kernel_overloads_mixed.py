# Kernel overloads with generic functions, wp.Float, a type alias, struct
# parameters and a repeated signature (built once).
from typing import Any

import warp as wp

real = wp.float64


@wp.struct
class Pair:
    a: float
    b: float


@wp.func
def sq(x: Any):
    return x * x


@wp.kernel
def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):
    i = wp.tid()
    e[i] = k * sq(x[i])


wp.overload(energy, [wp.array(dtype=wp.float32), wp.array(dtype=wp.float32), wp.float32])
wp.overload(energy, [wp.array(dtype=real), wp.array(dtype=real), real])
wp.overload(energy, [wp.array(dtype=wp.float32), wp.array(dtype=wp.float32), wp.float32])


@wp.kernel
def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):
    i = wp.tid()
    out[i] = wp.length(v[i])


wp.overload(norms, {"v": wp.array(dtype=wp.vec3), "out": wp.array(dtype=float)})
wp.overload(norms, {"v": wp.array(dtype=wp.vec2d), "out": wp.array(dtype=wp.float64)})


@wp.kernel
def fill(p: wp.array(dtype=Any), v: Any):
    i = wp.tid()
    p[i] = v


@wp.overload
def fill(p: wp.array(dtype=Pair), v: Pair):
    pass


@wp.overload
def fill(p: wp.array(dtype=wp.int32), v: wp.int32):
    ...
