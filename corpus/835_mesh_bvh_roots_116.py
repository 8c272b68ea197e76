# Warp 1.16 query options: parity signs in the out-argument form with
# explicit samples and perturbation, rays from a group's subtree in the
# out-argument form, BVH ray queries bounded by a shrinking max_dist,
# groups that do not exist (root -1: the whole tree), any-hit and
# intersection counts from group roots. (Warp 1.10 has none of them.)
import warp as wp


@wp.kernel
def roots(
    mesh: wp.uint64,
    bvh: wp.uint64,
    groups: wp.array(dtype=int),
    x: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    out: wp.array2d(dtype=float),
    ids: wp.array2d(dtype=int),
):
    tid = wp.tid()
    p = x[tid]
    d = dirs[tid]
    g = groups[tid] % 4
    mroot = wp.mesh_get_group_root(mesh, g)
    broot = wp.bvh_get_group_root(bvh, g)
    ids[tid, 0] = mroot
    ids[tid, 1] = broot
    t = float(0.0)
    u = float(0.0)
    v = float(0.0)
    sign = float(0.0)
    n = wp.vec3()
    face = int(-1)
    if wp.mesh_query_ray(mesh, p, d, 50.0, t, u, v, sign, n, face, mroot):
        out[tid, 0] = t
        out[tid, 1] = u - v
        ids[tid, 2] = face
    ids[tid, 3] = wp.mesh_query_ray_count_intersections(mesh, p, d, mroot)
    ids[tid, 4] = wp.where(wp.mesh_query_ray_anyhit(mesh, p, d, 0.5, mroot), 1, 0)
    inside = float(0.0)
    pu = float(0.0)
    pv = float(0.0)
    pf = int(0)
    if wp.mesh_query_point_sign_parity(mesh, p, 100.0, inside, pf, pu, pv, 3, 0.2):
        out[tid, 2] = inside
        ids[tid, 5] = pf
    q = wp.bvh_query_ray(bvh, p, d, broot)
    item = int(0)
    limit = float(1.0e3)
    n_hits = int(0)
    while wp.bvh_query_next(q, item, limit):
        limit = wp.length(x[item] - p)
        n_hits += 1
    ids[tid, 6] = n_hits
    out[tid, 3] = limit
    box = wp.bvh_query_aabb(bvh, p - wp.vec3(0.5), p + wp.vec3(0.5), wp.bvh_get_group_root(bvh, 99))
    while wp.bvh_query_next(box, item):
        ids[tid, 7] += item
