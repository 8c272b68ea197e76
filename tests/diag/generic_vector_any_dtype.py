from typing import Any

import warp as wp


@wp.func
def first(v: wp.types.vector(length=Any, dtype=Any)):
    return v[0]


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = first(a[i])
