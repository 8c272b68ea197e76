# Broad phase with a wp.Bvh over particle boxes (bvh_query_aabb, ray picking
# with bvh_query_ray) and triangle-mesh AABB queries (mesh_query_aabb in a
# while loop and as a for-loop iterator), narrow phase by sphere tests.
import warp as wp


@wp.kernel
def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    r = wp.vec3(radius[i])
    lowers[i] = x[i] - r
    uppers[i] = x[i] + r


@wp.kernel
def find_pairs(
    bvh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    radius: wp.array(dtype=float),
    lowers: wp.array(dtype=wp.vec3),
    uppers: wp.array(dtype=wp.vec3),
    max_pairs: int,
    pair_count: wp.array(dtype=int),
    pairs: wp.array(dtype=wp.vec2i),
):
    i = wp.tid()
    query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])
    j = int(0)
    while wp.bvh_query_next(query, j):
        if j <= i:
            continue
        d = wp.length(x[i] - x[j])
        if d < radius[i] + radius[j]:
            slot = wp.atomic_add(pair_count, 0, 1)
            if slot < max_pairs:
                pairs[slot] = wp.vec2i(i, j)


@wp.func
def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:
    oc = o - c
    b = wp.dot(oc, d)
    disc = b * b - wp.dot(oc, oc) + r * r
    if disc < 0.0:
        return -1.0
    return -b - wp.sqrt(disc)


@wp.kernel
def pick(
    bvh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    radius: wp.array(dtype=float),
    origins: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    picked: wp.array(dtype=int),
):
    tid = wp.tid()
    o = origins[tid]
    d = wp.normalize(dirs[tid])
    best = int(-1)
    best_t = float(1.0e30)
    query = wp.bvh_query_ray(bvh, o, d)
    item = int(0)
    while wp.bvh_query_next(query, item):
        t = ray_sphere(o, d, x[item], radius[item])
        if t >= 0.0 and t < best_t:
            best_t = t
            best = item
    picked[tid] = best


@wp.kernel
def particle_triangle_candidates(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    radius: float,
    counts: wp.array(dtype=int),
    first_face: wp.array(dtype=int),
):
    tid = wp.tid()
    p = x[tid]
    lo = p - wp.vec3(radius)
    hi = p + wp.vec3(radius)
    n = int(0)
    for face in wp.mesh_query_aabb(mesh, lo, hi):
        n += 1
    counts[tid] = n
    q = wp.mesh_query_aabb(mesh, lo, hi)
    f = int(0)
    first = int(-1)
    while wp.mesh_query_aabb_next(q, f):
        if first < 0:
            first = f
    first_face[tid] = first
