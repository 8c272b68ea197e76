from __future__ import annotations

import warp as wp


@wp.func
def smooth(x: float) -> float:
    return x * x * (3.0 - 2.0 * x)


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a[i] = smooth(a[i])
    b[i] = b[i] * a[i]
