import warp as wp


@wp.func
def barycentric(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:
    v0 = b - a
    v1 = c - a
    v2 = p - a
    d00 = wp.dot(v0, v0)
    d01 = wp.dot(v0, v1)
    d11 = wp.dot(v1, v1)
    d20 = wp.dot(v2, v0)
    d21 = wp.dot(v2, v1)
    denom = d00 * d11 - d01 * d01
    if wp.abs(denom) < 1.0e-12:
        return wp.vec3(1.0, 0.0, 0.0)
    v = (d11 * d20 - d01 * d21) / denom
    w = (d00 * d21 - d01 * d20) / denom
    return wp.vec3(1.0 - v - w, v, w)


@wp.func
def closest_point_triangle(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):
    bary = barycentric(p, a, b, c)
    u = bary[0]
    v = bary[1]
    w = bary[2]
    if u >= 0.0 and v >= 0.0 and w >= 0.0:
        return a * u + b * v + c * w, bary
    # clamp to edges
    best = a
    best_b = wp.vec3(1.0, 0.0, 0.0)
    best_d = wp.length_sq(p - a)
    for e in range(3):
        s = a
        t = b
        if e == 1:
            s = b
            t = c
        elif e == 2:
            s = c
            t = a
        d = t - s
        l2 = wp.dot(d, d)
        k = float(0.0)
        if l2 > 0.0:
            k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)
        q = s + d * k
        dist = wp.length_sq(p - q)
        if dist < best_d:
            best_d = dist
            best = q
            best_b = barycentric(q, a, b, c)
    return best, best_b


@wp.kernel
def interpolate_attributes(
    points: wp.array(dtype=wp.vec3),
    tri_ids: wp.array(dtype=int),
    verts: wp.array(dtype=wp.vec3),
    indices: wp.array2d(dtype=int),
    colors: wp.array(dtype=wp.vec4),
    uvs: wp.array(dtype=wp.vec2),
    out_color: wp.array(dtype=wp.vec4),
    out_uv: wp.array(dtype=wp.vec2),
    dist: wp.array(dtype=float),
):
    i = wp.tid()
    t = tri_ids[i]
    ia = indices[t, 0]
    ib = indices[t, 1]
    ic = indices[t, 2]
    q, bary = closest_point_triangle(points[i], verts[ia], verts[ib], verts[ic])
    dist[i] = wp.length(points[i] - q)
    out_color[i] = colors[ia] * bary[0] + colors[ib] * bary[1] + colors[ic] * bary[2]
    out_uv[i] = uvs[ia] * bary[0] + uvs[ib] * bary[1] + uvs[ic] * bary[2]


@wp.kernel
def closest_on_mesh(points: wp.array(dtype=wp.vec3), verts: wp.array(dtype=wp.vec3), indices: wp.array2d(dtype=int), closest: wp.array(dtype=wp.vec3), face: wp.array(dtype=int)):
    i = wp.tid()
    p = points[i]
    best_d = float(1.0e30)
    best_q = wp.vec3()
    best_f = int(-1)
    for f in range(indices.shape[0]):
        q, bary = closest_point_triangle(p, verts[indices[f, 0]], verts[indices[f, 1]], verts[indices[f, 2]])
        d = wp.length_sq(p - q)
        if d < best_d:
            best_d = d
            best_q = q
            best_f = f
    closest[i] = best_q
    face[i] = best_f
