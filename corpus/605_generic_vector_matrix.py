from typing import Any

import warp as wp


@wp.func
def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):
    s = v[0]
    for i in range(1, len(v)):
        s += v[i]
    return s


@wp.func
def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):
    n = wp.length(v)
    if n > type(n)(0.0):
        return v / n
    return v


@wp.func
def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):
    return wp.ddot(m, m)


@wp.func
def rotate_all(q: wp.types.quaternion(dtype=wp.Float), pts: wp.array(dtype=Any), i: int):
    return wp.quat_rotate(q, pts[i])


@wp.kernel
def analyze(
    normals: wp.array(dtype=wp.vec3),
    normals64: wp.array(dtype=wp.vec3d),
    colors: wp.array(dtype=wp.vec4),
    counts: wp.array(dtype=wp.vec3i),
    stress: wp.array(dtype=wp.mat33),
    frames: wp.array(dtype=wp.quat),
    out_n: wp.array(dtype=wp.vec3),
    out_n64: wp.array(dtype=wp.vec3d),
    out_s: wp.array(dtype=float),
    out_c: wp.array(dtype=int),
):
    i = wp.tid()
    out_n[i] = rotate_all(frames[i], normals, i) + safe_normalize(normals[i])
    out_n64[i] = safe_normalize(normals64[i])
    out_s[i] = component_sum(colors[i]) + frobenius2(stress[i]) + frobenius2(wp.mat22(1.0, 0.0, 0.0, 1.0))
    out_c[i] = component_sum(counts[i])
