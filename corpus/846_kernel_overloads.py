# Generic kernels instantiated with wp.overload: a list of argument types, a
# dict by parameter name, and the @wp.overload decorator form.
from typing import Any

import warp as wp


@wp.kernel
def scale(a: wp.array(dtype=Any), s: Any):
    i = wp.tid()
    a[i] = a[i] * s


wp.overload(scale, [wp.array(dtype=wp.float32), wp.float32])
wp.overload(scale, {"a": wp.array(dtype=wp.float64), "s": wp.float64})


@wp.kernel
def add(a: wp.array(dtype=Any), b: wp.array(dtype=Any)):
    i = wp.tid()
    a[i] = a[i] + b[i]


@wp.overload
def add(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3)):
    ...


@wp.kernel
def plain(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0
