# NanoVDB volume transforms in double precision (Warp 1.16): world/index
# positions and directions of vec3d through the grid's double map, next to
# the float ones, and volume_voxel_count.
import warp as wp


@wp.kernel
def transforms(v: wp.uint64, p: wp.array(dtype=wp.vec3d), pf: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3d), outf: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):
    t = wp.tid()
    uvw = wp.volume_world_to_index(v, p[t])
    back = wp.volume_index_to_world(v, uvw)
    out[t] = back - p[t] + wp.volume_world_to_index_dir(v, p[t]) + wp.volume_index_to_world_dir(v, uvw)
    u = wp.volume_world_to_index(v, pf[t])
    outf[t] = wp.volume_index_to_world(v, u) + wp.volume_world_to_index_dir(v, pf[t]) + wp.volume_index_to_world_dir(v, u)
    n[t] = wp.volume_voxel_count(v)
