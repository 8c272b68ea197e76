# Warp 1.16 query features: float64 and float16 hash grids, grouped hash
# grid, BVH and mesh queries (group roots), ray any-hit and intersection
# counting, parity-signed point queries, bounded BVH ray traversal and
# double-precision volume transforms. (Warp 1.10 has none of them.)
import warp as wp


@wp.func
def count_neighbors_d(query: wp.HashGridQuery[wp.float64], x: wp.array(dtype=wp.vec3d), p: wp.vec3d, r: wp.float64):
    n = int(0)
    for j in query:
        if wp.length(x[j] - p) < r:
            n += 1
    return n


@wp.kernel
def neighbors_f64(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), group: wp.array(dtype=int), r: wp.float64, counts: wp.array(dtype=int)):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    p = x[i]
    counts[i] = count_neighbors_d(wp.hash_grid_query(grid, p, r, group[i]), x, p, r)
    q = wp.hash_grid_query(grid, p, r)
    j = int(0)
    while wp.hash_grid_query_next(q, j):
        counts[i] += 0


@wp.kernel
def neighbors_f16(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, counts: wp.array(dtype=int)):
    tid = wp.tid()
    p = x[tid]
    q = wp.hash_grid_query(grid, p, r)
    j = int(0)
    while wp.hash_grid_query_next(q, j):
        counts[tid] += 1
    for k in wp.hash_grid_query(grid, p, r, 1):
        counts[tid] += 1
    qf = wp.hash_grid_query(grid, wp.vec3(0.0), 1.0, 2)
    while wp.hash_grid_query_next(qf, j):
        counts[tid] -= 1


@wp.kernel
def grouped_queries(
    bvh: wp.uint64,
    mesh: wp.uint64,
    groups: wp.array(dtype=int),
    origins: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    hits: wp.array(dtype=int),
    crossings: wp.array(dtype=int),
    nearest: wp.array(dtype=float),
):
    tid = wp.tid()
    o = origins[tid]
    d = dirs[tid]
    root = wp.bvh_get_group_root(bvh, groups[tid])
    query = wp.bvh_query_ray(bvh, o, d, root)
    item = int(0)
    max_t = float(1.0e6)
    while wp.bvh_query_next(query, item, max_t):
        max_t = max_t * 0.5
        hits[tid] += 1
    box = wp.bvh_query_aabb(bvh, o - wp.vec3(1.0), o + wp.vec3(1.0), root)
    while wp.bvh_query_next(box, item):
        hits[tid] += 1
    mroot = wp.mesh_get_group_root(mesh, groups[tid])
    if wp.mesh_query_ray_anyhit(mesh, o, d, 100.0, mroot):
        crossings[tid] = wp.mesh_query_ray_count_intersections(mesh, o, d, mroot)
    r = wp.mesh_query_ray(mesh, o, d, 100.0, mroot)
    if r.result:
        nearest[tid] = r.t
    pq = wp.mesh_query_point_sign_parity(mesh, o, 10.0, n_sample=5, perturbation_scale=0.05)
    if pq.result and pq.sign < 0.0:
        nearest[tid] = -nearest[tid]


@wp.kernel
def volume_double(volume: wp.uint64, pts: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), count: wp.array(dtype=int)):
    tid = wp.tid()
    uvw = wp.volume_world_to_index(volume, pts[tid])
    dir = wp.volume_world_to_index_dir(volume, wp.vec3d(1.0, 0.0, 0.0))
    out[tid] = wp.volume_index_to_world(volume, uvw) + wp.volume_index_to_world_dir(volume, dir)
    count[tid] = wp.volume_voxel_count(volume)
