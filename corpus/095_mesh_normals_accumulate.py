import warp as wp


@wp.func
def face_normal_weighted(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:
    # area-weighted normal (not normalized)
    return wp.cross(b - a, c - a) * 0.5


@wp.func
def corner_angle(p: wp.vec3, q: wp.vec3, r: wp.vec3) -> float:
    u = q - p
    v = r - p
    lu = wp.length(u)
    lv = wp.length(v)
    if lu < 1.0e-12 or lv < 1.0e-12:
        return 0.0
    return wp.acos(wp.clamp(wp.dot(u, v) / (lu * lv), -1.0, 1.0))


@wp.kernel
def accumulate_vertex_normals(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), angle_weighted: bool, normals: wp.array(dtype=wp.vec3), face_areas: wp.array(dtype=float)):
    f = wp.tid()
    ids = faces[f]
    a = verts[ids[0]]
    b = verts[ids[1]]
    c = verts[ids[2]]
    n = face_normal_weighted(a, b, c)
    area = wp.length(n)
    face_areas[f] = area
    if area < 1.0e-12:
        return
    if angle_weighted:
        nu = n / area
        wp.atomic_add(normals, ids[0], nu * corner_angle(a, b, c))
        wp.atomic_add(normals, ids[1], nu * corner_angle(b, c, a))
        wp.atomic_add(normals, ids[2], nu * corner_angle(c, a, b))
    else:
        normals[ids[0]] += n
        normals[ids[1]] += n
        normals[ids[2]] += n


@wp.kernel
def normalize_normals(normals: wp.array(dtype=wp.vec3), degenerate: wp.array(dtype=int)):
    v = wp.tid()
    n = normals[v]
    l = wp.length(n)
    if l > 0.0:
        normals[v] = n / l
    else:
        normals[v] = wp.vec3(0.0, 0.0, 1.0)
        wp.atomic_add(degenerate, 0, 1)


@wp.kernel
def mesh_volume_area(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), volume: wp.array(dtype=float), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec3)):
    f = wp.tid()
    ids = faces[f]
    a = verts[ids[0]]
    b = verts[ids[1]]
    c = verts[ids[2]]
    v = wp.dot(a, wp.cross(b, c)) / 6.0
    wp.atomic_add(volume, 0, v)
    wp.atomic_add(area, 0, wp.length(wp.cross(b - a, c - a)) * 0.5)
    wp.atomic_add(centroid, 0, (a + b + c) * (v * 0.25))


@wp.kernel
def vertex_valence(faces: wp.array(dtype=wp.vec3i), valence: wp.array(dtype=int)):
    f = wp.tid()
    ids = faces[f]
    for k in range(3):
        valence[ids[k]] += 1
