from typing import Any

import warp as wp

# wp.intersect_tri_tri (Moller's test, intersect_tri.h) on float and double
# triangles. Random triangles rarely meet, so each thread derives from its
# inputs pairs that pierce each other, share a vertex or an edge, lie in one
# plane (exactly: axis-aligned planes; nearly: within the test's epsilon),
# contain one another, are degenerate, or just miss.


@wp.func
def flat(v: Any, axis: int, c: Any):
    # v with component `axis` replaced by c (an exactly planar copy)
    x = v[0]
    y = v[1]
    z = v[2]
    if axis == 0:
        x = c
    if axis == 1:
        y = c
    if axis == 2:
        z = c
    return type(v)(x, y, z)


@wp.func
def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):
    third = type(v0[0])(1.0 / 3.0)
    half = type(v0[0])(0.5)
    g = (v0 + v1 + v2) * third
    n = wp.cross(v1 - v0, v2 - v0)
    e = v1 - v0
    # random pairs
    hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)
    hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)
    # piercing through the centroid, and the same pushed past an edge
    hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)
    hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))
    hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)
    # a shared vertex, a shared edge out of the plane, an edge reflected in the plane
    hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)
    hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)
    hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)
    # parallel planes, and planes closer than the epsilon
    w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)
    # a shared vertex with the other two on either side of the plane
    w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)
    w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)
    w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)
    hit[i, 8] = w
    s = type(v0[0])(1.0e-9)
    hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)
    # exactly coplanar in the planes z = c, x = c, y = c
    for axis in range(3):
        c = v0[axis]
        a0 = flat(v0, axis, c)
        a1 = flat(v1, axis, c)
        a2 = flat(v2, axis, c)
        sh = flat(e * half, axis, type(c)(0.0))
        gf = flat(g, axis, c)
        # overlapping edges (shifted copy), contained (shrunk, grown), apart, shared edge, identical
        hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)
        k = type(c)(0.25)
        hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)
        k = type(c)(3.0)
        m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)
        far = sh * type(c)(8.0)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)
        m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))
        hit[i, 16 + axis] = m
    # degenerate: a point, two points, a segment
    d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)
    d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)
    d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)
    d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)
    d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)
    hit[i, 19] = d


@wp.kernel
def tri_tri_f32(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),
                p: wp.array(dtype=wp.vec3), hit: wp.array2d(dtype=int)):
    i = wp.tid()
    j = (i + 3) % 16
    tri_cases(a[i], b[i], c[i], p[i], a[j], hit, i)


@wp.kernel
def tri_tri_f64(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),
                p: wp.array(dtype=wp.vec3), hit: wp.array2d(dtype=int)):
    i = wp.tid()
    j = (i + 3) % 16
    tri_cases(wp.vec3d(a[i]), wp.vec3d(b[i]), wp.vec3d(c[i]), wp.vec3d(p[i]), wp.vec3d(a[j]), hit, i)


@wp.kernel
def tri_tri_plain(v0: wp.array(dtype=wp.vec3d), v1: wp.array(dtype=wp.vec3d), v2: wp.array(dtype=wp.vec3d),
                  u0: wp.array(dtype=wp.vec3d), u1: wp.array(dtype=wp.vec3d), u2: wp.array(dtype=wp.vec3d),
                  hit: wp.array(dtype=wp.int32)):
    i = wp.tid()
    hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])
