# Tiles, Warp 1.16 only: the thread-block BVH and mesh queries of
# 915_tile_queries in a module built with block_dim 1, as Warp's CPU runs
# them: each next() is one step of the plain query, its index in element 0
# of a 1-wide tile (-1 once done) and tile_query_valid() whether that step
# found one.
import warp as wp

wp.set_module_options({"block_dim": 1})


@wp.kernel
def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):
    i = wp.tid()
    q = wp.bvh_query_aabb_tiled(bvh, lo, hi)
    while wp.tile_query_valid(q):
        r = wp.bvh_query_next_tiled(q)
        item = wp.untile(r)
        if item >= 0:
            wp.atomic_add(counts, item, 1)


@wp.kernel
def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int), first: wp.array(dtype=int)):
    q = wp.tile_bvh_query_ray(bvh, start, d)
    r = wp.tile_bvh_query_next(q)
    s = wp.tile_sum(r)
    wp.tile_store(first, s)
    q2 = wp.bvh_query_ray_tiled(bvh, start, d)
    steps = int(0)
    while wp.tile_query_valid(q2):
        t = wp.tile_bvh_query_next(q2)
        wp.tile_atomic_add(counts, t)
        steps += 1
    first[1] = steps


@wp.kernel
def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int), last: wp.array(dtype=int)):
    q = wp.mesh_query_aabb_tiled(mesh, lo, hi)
    n = int(0)
    while wp.tile_query_valid(q):
        r = wp.mesh_query_aabb_next_tiled(q)
        face = wp.untile(r)
        if face >= 0:
            counts[face] = counts[face] + 1
            n += 1
    last[0] = n
    q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)
    r2 = wp.tile_mesh_query_aabb_next(q2)
    wp.tile_store(last, r2, offset=1)
