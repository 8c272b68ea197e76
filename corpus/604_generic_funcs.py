from typing import Any

import warp as wp


@wp.func
def smoothstep(edge0: Any, edge1: Any, x: Any):
    t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))
    return t * t * (type(x)(3.0) - type(x)(2.0) * t)


@wp.func
def lerp_any(a: Any, b: Any, t: Any):
    return a + (b - a) * t


@wp.func
def array_mean(values: wp.array(dtype=Any), count: int):
    acc = values[0]
    for i in range(1, count):
        acc += values[i]
    return acc * (1.0 / float(count))


@wp.func
def safe_inv(x: wp.Float):
    if x == type(x)(0.0):
        return type(x)(0.0)
    return type(x)(1.0) / x


@wp.func
def wrap_index(i: wp.Int, n: wp.Int):
    r = i % n
    if r < type(i)(0):
        r += n
    return r


@wp.kernel
def blend_fields(
    a32: wp.array(dtype=float),
    b32: wp.array(dtype=float),
    a64: wp.array(dtype=wp.float64),
    b64: wp.array(dtype=wp.float64),
    out32: wp.array(dtype=float),
    out64: wp.array(dtype=wp.float64),
):
    i = wp.tid()
    w = smoothstep(0.0, 1.0, a32[i])
    out32[i] = lerp_any(a32[i], b32[i], w) * safe_inv(b32[i] + 1.0)
    w64 = smoothstep(wp.float64(0.0), wp.float64(1.0), a64[i])
    out64[i] = lerp_any(a64[i], b64[i], w64) * safe_inv(b64[i] + wp.float64(1.0))


@wp.kernel
def neighbor_means(
    pos: wp.array(dtype=wp.vec3),
    weights: wp.array(dtype=float),
    ids: wp.array(dtype=wp.int64),
    n: int,
    out_pos: wp.array(dtype=wp.vec3),
    out_w: wp.array(dtype=float),
):
    i = wp.tid()
    j = wrap_index(i + 1, n)
    k = wrap_index(ids[i], wp.int64(n))
    out_pos[i] = lerp_any(pos[i], pos[j], 0.5) + array_mean(pos, n) * 0.0 + pos[int(k)] * 0.0
    out_w[i] = array_mean(weights, n)
