# geometry.py: triangle/triangle intersection (intersect.h, intersect_tri.h:
# Moller's NoDivTriTriIsect with its coplanar fallback), generic over the
# vertex type (vec3f and vec3d: the float and double instantiations of the
# C++ template). The macros of the C++ are functions here, each returning 1
# where the macro returns 1 from the whole test.

from typing import Any

import warp as wp


@wp.func
def _tt_edge_edge(ax: Any, ay: Any, v0: Any, u0: Any, u1: Any, i0: int, i1: int):
    # EDGE_EDGE_TEST(V0, U0, U1) against the edge (Ax, Ay) from V0
    zero = type(ax)(0.0)
    bx = u0[i0] - u1[i0]
    by = u0[i1] - u1[i1]
    cx = v0[i0] - u0[i0]
    cy = v0[i1] - u0[i1]
    f = ay * bx - ax * by
    d = by * cx - bx * cy
    if (f > zero and d >= zero and d <= f) or (f < zero and d <= zero and d >= f):
        e = ax * cy - ay * cx
        if f > zero:
            if e >= zero and e <= f:
                return 1
        else:
            if e <= zero and e >= f:
                return 1
    return 0


@wp.func
def _tt_edge_tri(v0: Any, v1: Any, u0: Any, u1: Any, u2: Any, i0: int, i1: int):
    # EDGE_AGAINST_TRI_EDGES(V0, V1, U0, U1, U2)
    ax = v1[i0] - v0[i0]
    ay = v1[i1] - v0[i1]
    if _tt_edge_edge(ax, ay, v0, u0, u1, i0, i1) == 1:
        return 1
    if _tt_edge_edge(ax, ay, v0, u1, u2, i0, i1) == 1:
        return 1
    if _tt_edge_edge(ax, ay, v0, u2, u0, i0, i1) == 1:
        return 1
    return 0


@wp.func
def _tt_point_in_tri(v0: Any, u0: Any, u1: Any, u2: Any, i0: int, i1: int):
    # POINT_IN_TRI(V0, U0, U1, U2)
    a = u1[i1] - u0[i1]
    zero = type(a)(0.0)
    b = -(u1[i0] - u0[i0])
    c = -a * u0[i0] - b * u0[i1]
    d0 = a * v0[i0] + b * v0[i1] + c

    a = u2[i1] - u1[i1]
    b = -(u2[i0] - u1[i0])
    c = -a * u1[i0] - b * u1[i1]
    d1 = a * v0[i0] + b * v0[i1] + c

    a = u0[i1] - u2[i1]
    b = -(u0[i0] - u2[i0])
    c = -a * u2[i0] - b * u2[i1]
    d2 = a * v0[i0] + b * v0[i1] + c
    if d0 * d1 > zero:
        if d0 * d2 > zero:
            return 1
    return 0


@wp.func
def _tt_coplanar(n: Any, v0: Any, v1: Any, v2: Any, u0: Any, u1: Any, u2: Any):
    # coplanar_tri_tri: project onto the axis-aligned plane that maximizes the area
    a0 = wp.abs(n[0])
    a1 = wp.abs(n[1])
    a2 = wp.abs(n[2])
    i0 = 0
    i1 = 1
    if a0 > a1:
        if a0 > a2:
            i0 = 1
            i1 = 2
        else:
            i0 = 0
            i1 = 1
    else:
        if a2 > a1:
            i0 = 0
            i1 = 1
        else:
            i0 = 0
            i1 = 2
    # all edges of triangle 1 against the edges of triangle 2
    if _tt_edge_tri(v0, v1, u0, u1, u2, i0, i1) == 1:
        return 1
    if _tt_edge_tri(v1, v2, u0, u1, u2, i0, i1) == 1:
        return 1
    if _tt_edge_tri(v2, v0, u0, u1, u2, i0, i1) == 1:
        return 1
    # one triangle inside the other
    if _tt_point_in_tri(v0, u0, u1, u2, i0, i1) == 1:
        return 1
    if _tt_point_in_tri(u0, v0, v1, v2, i0, i1) == 1:
        return 1
    return 0


@wp.func
def _tt_pivot(d0: Any, d1: Any, d2: Any, d0d1: Any, d0d2: Any):
    # the branch NEWCOMPUTE_INTERVALS takes: the vertex alone on its side of
    # the other plane (0, 1, 2), or -1: the triangles are coplanar
    zero = type(d0)(0.0)
    if d0d1 > zero:
        return 2
    if d0d2 > zero:
        return 1
    if d1 * d2 > zero or d0 != zero:
        return 0
    if d1 != zero:
        return 1
    if d2 != zero:
        return 2
    return -1


@wp.func
def _tt_plane_dist(n: Any, p: Any, d: Any):
    # DOT(N, P) + d, left to right
    return n[0] * p[0] + n[1] * p[1] + n[2] * p[2] + d


@wp.func
def _tt_sub(a: Any, b: Any):
    return type(a)(a[0] - b[0], a[1] - b[1], a[2] - b[2])


@wp.func
def _tt_cross(a: Any, b: Any):
    # the CROSS macro
    return type(a)(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


@wp.func
def _tt_snap(x: Any):
    # USE_EPSILON_TEST: |x| < EPSILON (a double) -> 0
    if wp.float64(wp.abs(x)) < wp.float64(0.000001):
        return type(x)(0.0)
    return x


@wp.func
def intersect_tri_tri(v0: Any, v1: Any, v2: Any, u0: Any, u1: Any, u2: Any):
    # NoDivTriTriIsect<T>
    # plane of triangle (v0, v1, v2): n1.x + d1 = 0
    e1 = _tt_sub(v1, v0)
    e2 = _tt_sub(v2, v0)
    n1 = _tt_cross(e1, e2)
    d1 = -(n1[0] * v0[0] + n1[1] * v0[1] + n1[2] * v0[2])
    zero = type(d1)(0.0)

    # signed distances of u0, u1, u2 to it
    du0 = _tt_snap(_tt_plane_dist(n1, u0, d1))
    du1 = _tt_snap(_tt_plane_dist(n1, u1, d1))
    du2 = _tt_snap(_tt_plane_dist(n1, u2, d1))
    du0du1 = du0 * du1
    du0du2 = du0 * du2
    if du0du1 > zero and du0du2 > zero:
        return 0

    # plane of triangle (u0, u1, u2)
    e1 = _tt_sub(u1, u0)
    e2 = _tt_sub(u2, u0)
    n2 = _tt_cross(e1, e2)
    d2 = -(n2[0] * u0[0] + n2[1] * u0[1] + n2[2] * u0[2])

    dv0 = _tt_snap(_tt_plane_dist(n2, v0, d2))
    dv1 = _tt_snap(_tt_plane_dist(n2, v1, d2))
    dv2 = _tt_snap(_tt_plane_dist(n2, v2, d2))
    dv0dv1 = dv0 * dv1
    dv0dv2 = dv0 * dv2
    if dv0dv1 > zero and dv0dv2 > zero:
        return 0

    # direction of the intersection line, its largest component
    dd = _tt_cross(n1, n2)
    mx = wp.abs(dd[0])
    index = 0
    bb = wp.abs(dd[1])
    cc = wp.abs(dd[2])
    if bb > mx:
        mx = bb
        index = 1
    if cc > mx:
        mx = cc
        index = 2

    # the simplified projection onto the line
    vp0 = v0[index]
    vp1 = v1[index]
    vp2 = v2[index]
    up0 = u0[index]
    up1 = u1[index]
    up2 = u2[index]

    # interval of triangle 1 (NEWCOMPUTE_INTERVALS)
    pv = _tt_pivot(dv0, dv1, dv2, dv0dv1, dv0dv2)
    if pv < 0:
        return _tt_coplanar(n1, v0, v1, v2, u0, u1, u2)
    a = vp0
    b = (vp1 - vp0) * dv0
    c = (vp2 - vp0) * dv0
    x0 = dv0 - dv1
    x1 = dv0 - dv2
    if pv == 1:
        a = vp1
        b = (vp0 - vp1) * dv1
        c = (vp2 - vp1) * dv1
        x0 = dv1 - dv0
        x1 = dv1 - dv2
    elif pv == 2:
        a = vp2
        b = (vp0 - vp2) * dv2
        c = (vp1 - vp2) * dv2
        x0 = dv2 - dv0
        x1 = dv2 - dv1

    # interval of triangle 2
    pu = _tt_pivot(du0, du1, du2, du0du1, du0du2)
    if pu < 0:
        return _tt_coplanar(n1, v0, v1, v2, u0, u1, u2)
    d = up0
    e = (up1 - up0) * du0
    f = (up2 - up0) * du0
    y0 = du0 - du1
    y1 = du0 - du2
    if pu == 1:
        d = up1
        e = (up0 - up1) * du1
        f = (up2 - up1) * du1
        y0 = du1 - du0
        y1 = du1 - du2
    elif pu == 2:
        d = up2
        e = (up0 - up2) * du2
        f = (up1 - up2) * du2
        y0 = du2 - du0
        y1 = du2 - du1

    xx = x0 * x1
    yy = y0 * y1
    xxyy = xx * yy

    tmp = a * xxyy
    isect10 = tmp + b * x1 * yy
    isect11 = tmp + c * x0 * yy

    tmp = d * xxyy
    isect20 = tmp + e * xx * y1
    isect21 = tmp + f * xx * y0

    # SORT
    if isect10 > isect11:
        t = isect10
        isect10 = isect11
        isect11 = t
    if isect20 > isect21:
        t = isect20
        isect20 = isect21
        isect21 = t

    if isect11 < isect20 or isect21 < isect10:
        return 0
    return 1


@wp.kernel
def wpclib_geometry_refs(v: wp.array(dtype=wp.vec3f), vd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=int)):
    out[0] = intersect_tri_tri(v[0], v[1], v[2], v[3], v[4], v[5])
    out[1] = intersect_tri_tri(vd[0], vd[1], vd[2], vd[3], vd[4], vd[5])
