# NanoVDB volumes: SDF collision with sampled gradients, trilinear velocity
# advection (world/index transforms), typed lookups, index-grid sampling
# with external voxel data, and voxel writes.
import warp as wp


@wp.kernel
def sdf_collide(
    sdf: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    radius: float,
):
    tid = wp.tid()
    p = x[tid]
    uvw = wp.volume_world_to_index(sdf, p)
    grad = wp.vec3()
    d = wp.volume_sample_grad_f(sdf, uvw, wp.Volume.LINEAR, grad)
    if d < radius:
        n = wp.normalize(wp.volume_index_to_world_dir(sdf, grad))
        x[tid] = p + n * (radius - d)
        vn = wp.dot(v[tid], n)
        if vn < 0.0:
            v[tid] = v[tid] - n * vn


@wp.kernel
def advect(
    velocity: wp.uint64,
    density: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    dt: float,
    out_density: wp.array(dtype=float),
):
    tid = wp.tid()
    p = x[tid]
    u = wp.volume_sample_v(velocity, wp.volume_world_to_index(velocity, p), wp.Volume.LINEAR)
    back = p - u * dt
    idx = wp.volume_world_to_index(density, back)
    out_density[tid] = wp.volume_sample(density, idx, wp.Volume.LINEAR, dtype=float)
    x[tid] = wp.volume_index_to_world(density, idx)


@wp.kernel
def typed_access(
    field: wp.uint64,
    labels: wp.uint64,
    coords: wp.array(dtype=wp.vec3i),
    scalars: wp.array(dtype=float),
    vectors: wp.array(dtype=wp.vec3),
    ids: wp.array(dtype=int),
):
    tid = wp.tid()
    c = coords[tid]
    s = wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.float32)
    g = wp.vec3(0.0)
    s2 = wp.volume_sample_grad(field, wp.vec3(float(c[0]), float(c[1]), float(c[2])), wp.Volume.CLOSEST, g, dtype=wp.float32)
    scalars[tid] = s + s2 + wp.volume_lookup_f(field, c[0], c[1], c[2]) + wp.volume_sample_f(field, wp.vec3(0.5), wp.Volume.CLOSEST)
    vectors[tid] = wp.volume_lookup_v(field, c[0], c[1], c[2]) + g + wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.vec3)
    ids[tid] = wp.volume_lookup_i(labels, c[0], c[1], c[2]) + wp.volume_sample_i(labels, wp.vec3(0.5)) + wp.volume_lookup(labels, 0, 0, 0, dtype=int)


@wp.kernel
def index_grid_sample(
    grid: wp.uint64,
    pts: wp.array(dtype=wp.vec3),
    voxel_values: wp.array(dtype=float),
    voxel_colors: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=float),
    out_color: wp.array(dtype=wp.vec3),
    voxel_ids: wp.array(dtype=int),
):
    tid = wp.tid()
    uvw = wp.volume_world_to_index(grid, pts[tid])
    g = wp.vec3()
    out[tid] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, voxel_values, 0.0, g) + wp.length(g)
    out_color[tid] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, voxel_colors, wp.vec3(0.0))
    voxel_ids[tid] = wp.volume_lookup_index(grid, int(uvw[0]), int(uvw[1]), int(uvw[2]))


@wp.kernel
def splat(field: wp.uint64, ids: wp.uint64, coords: wp.array(dtype=wp.vec3i), values: wp.array(dtype=float)):
    tid = wp.tid()
    c = coords[tid]
    wp.volume_store(field, c[0], c[1], c[2], values[tid])
    wp.volume_store_f(field, c[0] + 1, c[1], c[2], values[tid] * 0.5)
    wp.volume_store_v(field, c[0], c[1] + 1, c[2], wp.vec3(values[tid]))
    wp.volume_store_i(ids, c[0], c[1], c[2], tid)
