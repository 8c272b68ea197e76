import warp as wp


@wp.func
def tri_normal(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:
    return wp.normalize(wp.cross(b - a, c - a))


@wp.func
def barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):
    v0 = b - a
    v1 = c - a
    v2 = p - a
    d00 = wp.dot(v0, v0)
    d01 = wp.dot(v0, v1)
    d11 = wp.dot(v1, v1)
    d20 = wp.dot(v2, v0)
    d21 = wp.dot(v2, v1)
    denom = d00 * d11 - d01 * d01
    if denom == 0.0:
        return 1.0, 0.0, 0.0
    v = (d11 * d20 - d01 * d21) / denom
    w = (d00 * d21 - d01 * d20) / denom
    return 1.0 - v - w, v, w


@wp.kernel
def edge_edge(p1: wp.array(dtype=wp.vec3), q1: wp.array(dtype=wp.vec3), p2: wp.array(dtype=wp.vec3), q2: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), dist: wp.array(dtype=float)):
    i = wp.tid()
    r = wp.closest_point_edge_edge(p1[i], q1[i], p2[i], q2[i], 1.0e-6)
    s = r[0]
    t = r[1]
    a = p1[i] + (q1[i] - p1[i]) * s
    b = p2[i] + (q2[i] - p2[i]) * t
    out[i] = r
    dist[i] = wp.length(a - b)


@wp.kernel
def tri_tri(v0: wp.array(dtype=wp.vec3), v1: wp.array(dtype=wp.vec3), v2: wp.array(dtype=wp.vec3), u0: wp.array(dtype=wp.vec3), u1: wp.array(dtype=wp.vec3), u2: wp.array(dtype=wp.vec3), hit: wp.array(dtype=int), normals: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])
    normals[i] = tri_normal(v0[i], v1[i], v2[i])


@wp.kernel
def point_triangle(p: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3), bary: wp.array(dtype=wp.vec3), closest: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    u, v, w = barycentric(a[i], b[i], c[i], p[i])
    bary[i] = wp.vec3(u, v, w)
    closest[i] = a[i] * u + b[i] * v + c[i] * w


@wp.kernel
def quat_constructions(rpy: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.quat), twist: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat44)):
    i = wp.tid()
    e = rpy[i]
    q = wp.quat_rpy(e[0], e[1], e[2])
    q2 = wp.quat_from_axis_angle(wp.normalize(wp.cross(a[i], b[i])), wp.acos(wp.clamp(wp.dot(wp.normalize(a[i]), wp.normalize(b[i])), -1.0, 1.0)))
    out[i] = q * q2
    twist[i] = wp.quat_inverse(q) * q2
    mats[i] = wp.mat44(wp.quat_to_matrix(q)[0, 0], 0.0, 0.0, a[i][0], 0.0, 1.0, 0.0, a[i][1], 0.0, 0.0, 1.0, a[i][2], 0.0, 0.0, 0.0, 1.0)
