import typing
from math import pi, tau
from typing import Tuple

import warp as wp

# Python-side conveniences Warp accepts without a trace in the code: default
# values of struct fields and kernel parameters; typing.Tuple return
# annotations; math constants imported by name used directly in kernels.


@wp.struct
class Params:
    k: float = 2.0
    n: int = 3
    g: wp.vec3 = wp.vec3(0.0, -9.8, 0.0)


@wp.func
def split(x: float) -> Tuple[float, float]:
    f = wp.floor(x)
    return f, x - f


@wp.func
def polar(v: wp.vec2) -> typing.Tuple[float, float]:
    return wp.length(v), wp.atan2(v[1], v[0])


@wp.kernel
def conveniences(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), p: Params, scale: float = 2.0, n: int = 3):
    i = wp.tid()
    whole, frac = split(a[i] * scale)
    r, th = polar(v[i])
    a[i] = whole + frac * float(n) + wp.sin(th * pi) + r / tau + p.k * float(p.n) + p.g[1]
