# Tiles, Warp 1.16 only: thread-block BVH and mesh queries (wp.bvh_query_aabb_tiled,
# wp.bvh_query_ray_tiled, wp.bvh_query_next_tiled and their tile_* aliases,
# wp.mesh_query_aabb_tiled / _next_tiled, wp.tile_query_valid): the query
# objects, the int tiles of one result per thread and wp.untile of them.
import warp as wp


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
def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int)):
    q = wp.tile_bvh_query_ray(bvh, start, d)
    r = wp.tile_bvh_query_next(q)
    s = wp.tile_sum(r)
    q2 = wp.bvh_query_ray_tiled(bvh, start, d)
    while wp.tile_query_valid(q2):
        t = wp.tile_bvh_query_next(q2)
        wp.tile_atomic_add(counts, t)


@wp.kernel
def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):
    q = wp.mesh_query_aabb_tiled(mesh, lo, hi)
    while wp.tile_query_valid(q):
        r = wp.mesh_query_aabb_next_tiled(q)
        face = wp.untile(r)
        if face >= 0:
            counts[face] = 1
    q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)
    r2 = wp.tile_mesh_query_aabb_next(q2)
    wp.tile_store(counts, r2)
