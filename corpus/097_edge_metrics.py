import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def edge_cost(a: wp.vec3, b: wp.vec3, na: wp.vec3, nb: wp.vec3, feature_weight: float) -> float:
    l = wp.length(b - a)
    crease = 1.0 - wp.dot(na, nb)
    return l * (1.0 + feature_weight * crease)


@wp.func
def triangle_aspect(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> float:
    la = wp.length(b - c)
    lb = wp.length(c - a)
    lc = wp.length(a - b)
    s = 0.5 * (la + lb + lc)
    area2 = s * (s - la) * (s - lb) * (s - lc)
    if area2 <= 0.0:
        return 1.0e10
    area = wp.sqrt(area2)
    lmax = wp.max(la, wp.max(lb, lc))
    return lmax * s / (2.0 * wp.sqrt(3.0) * area)


@wp.kernel
def compute_edge_costs(verts: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), feature_weight: float, costs: wp.array(dtype=float), shortest: wp.array(dtype=float)):
    e = wp.tid()
    ij = edges[e]
    c = edge_cost(verts[ij[0]], verts[ij[1]], normals[ij[0]], normals[ij[1]], feature_weight)
    costs[e] = c
    wp.atomic_min(shortest, 0, c)


@wp.kernel
def classify_triangles(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), max_aspect: float, min_area: float, flags: wp.array(dtype=wp.uint8), counts: wp.array(dtype=int)):
    f = wp.tid()
    ids = faces[f]
    a = verts[ids[0]]
    b = verts[ids[1]]
    c = verts[ids[2]]
    area = 0.5 * wp.length(wp.cross(b - a, c - a))
    asp = triangle_aspect(a, b, c)
    flag = wp.uint8(0)
    if area < min_area:
        flag = wp.uint8(1)
        wp.atomic_add(counts, 0, 1)
    elif asp > max_aspect:
        flag = wp.uint8(2)
        wp.atomic_add(counts, 1, 1)
    else:
        wp.atomic_add(counts, 2, 1)
    flags[f] = flag


@wp.kernel
def select_independent_edges(edges: wp.array(dtype=wp.vec2i), costs: wp.array(dtype=float), threshold: float, vertex_lock: wp.array(dtype=int), selected: wp.array(dtype=wp.bool)):
    e = wp.tid()
    selected[e] = False
    if costs[e] > threshold:
        return
    ij = edges[e]
    a = wp.min(ij[0], ij[1])
    b = wp.max(ij[0], ij[1])
    if wp.atomic_cas(vertex_lock, a, 0, e + 1) != 0:
        return
    if wp.atomic_cas(vertex_lock, b, 0, e + 1) != 0:
        wp.atomic_exch(vertex_lock, a, 0)
        return
    selected[e] = True
