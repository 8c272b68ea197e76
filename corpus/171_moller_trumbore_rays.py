import warp as wp

EPS = 1.0e-7


@wp.func
def moller_trumbore(o: wp.vec3, d: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):
    e1 = b - a
    e2 = c - a
    p = wp.cross(d, e2)
    det = wp.dot(e1, p)
    if wp.abs(det) < EPS:
        return False, 0.0, 0.0, 0.0
    inv = 1.0 / det
    s = o - a
    u = wp.dot(s, p) * inv
    if u < 0.0 or u > 1.0:
        return False, 0.0, 0.0, 0.0
    q = wp.cross(s, e1)
    v = wp.dot(d, q) * inv
    if v < 0.0 or u + v > 1.0:
        return False, 0.0, 0.0, 0.0
    t = wp.dot(e2, q) * inv
    return t > EPS, t, u, v


@wp.kernel
def closest_hits(
    origins: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    verts: wp.array(dtype=wp.vec3),
    tris: wp.array(dtype=wp.vec3i),
    t_hit: wp.array(dtype=float),
    tri_hit: wp.array(dtype=int),
    bary: wp.array(dtype=wp.vec2),
):
    r = wp.tid()
    o = origins[r]
    d = dirs[r]
    best = float(1.0e30)
    best_tri = int(-1)
    best_uv = wp.vec2()
    for f in range(tris.shape[0]):
        tri = tris[f]
        hit, t, u, v = moller_trumbore(o, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])
        if hit and t < best:
            best = t
            best_tri = f
            best_uv = wp.vec2(u, v)
    t_hit[r] = best
    tri_hit[r] = best_tri
    bary[r] = best_uv


@wp.kernel
def any_hit_shadow(points: wp.array(dtype=wp.vec3), light: wp.vec3, verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), lit: wp.array(dtype=wp.bool)):
    i = wp.tid()
    p = points[i]
    to_light = light - p
    dist = wp.length(to_light)
    d = to_light / dist
    visible = bool(True)
    for f in range(tris.shape[0]):
        tri = tris[f]
        hit, t, u, v = moller_trumbore(p + d * 1.0e-4, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])
        if hit and t < dist:
            visible = False
            break
    lit[i] = visible


@wp.kernel
def face_normals(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), normals: wp.array(dtype=wp.vec3), vnormals: wp.array(dtype=wp.vec3), area: wp.array(dtype=float)):
    f = wp.tid()
    tri = tris[f]
    a = verts[tri[0]]
    n = wp.cross(verts[tri[1]] - a, verts[tri[2]] - a)
    l = wp.length(n)
    normals[f] = n / wp.max(l, 1.0e-12)
    wp.atomic_add(area, 0, 0.5 * l)
    for k in range(3):
        wp.atomic_add(vnormals, tri[k], n)
