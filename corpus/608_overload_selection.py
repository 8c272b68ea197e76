from typing import Any

import warp as wp


@wp.func
def accumulate(values: wp.array(dtype=float)) -> float:
    s = float(0.0)
    for i in range(values.shape[0]):
        s += values[i]
    return s


@wp.func
def accumulate(values: wp.array2d(dtype=float)) -> float:
    # never chosen: Warp binds arrays by dtype, the 1-D overload comes first
    return values[0, 0]


@wp.func
def scale(x: float, s: float) -> float:
    return x * s


@wp.func
def scale(x: int, s: int) -> int:
    return x * s


@wp.func
def scale(x: Any, s: float):
    return x * s


@wp.func
def scale(x: float, s: float) -> float:
    # same signature as the first overload: replaces it
    return x * s * 1.0


@wp.kernel
def row_totals(m: wp.array2d(dtype=float), counts: wp.array(dtype=int), vel: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = scale(accumulate(m[i]), 0.5) + float(scale(counts[i], 2))
    v = scale(vel[i], 0.25)
    out[i] += wp.length(v) + accumulate(m)
