import warp as wp


@wp.struct
class Volume:
    tsdf: wp.array3d(dtype=float)
    weight: wp.array3d(dtype=float)
    color: wp.array3d(dtype=wp.vec3)
    origin: wp.vec3
    voxel: float
    trunc: float


@wp.func
def voxel_center(v: Volume, i: int, j: int, k: int) -> wp.vec3:
    return v.origin + (wp.vec3(float(i), float(j), float(k)) + wp.vec3(0.5)) * v.voxel


@wp.kernel
def integrate_depth(v: Volume, depth: wp.array2d(dtype=float), rgb: wp.array2d(dtype=wp.vec3), world_to_cam: wp.transform, fx: float, fy: float, cx: float, cy: float, max_weight: float):
    i, j, k = wp.tid()
    p = wp.transform_point(world_to_cam, voxel_center(v, i, j, k))
    if p[2] <= 0.0:
        return
    u = int(wp.round(fx * p[0] / p[2] + cx))
    w = int(wp.round(fy * p[1] / p[2] + cy))
    if u < 0 or w < 0 or u >= depth.shape[1] or w >= depth.shape[0]:
        return
    d = depth[w, u]
    if d <= 0.0:
        return
    sdf = d - p[2]
    if sdf < -v.trunc:
        return
    t = wp.min(1.0, sdf / v.trunc)
    w_old = v.weight[i, j, k]
    w_new = wp.min(w_old + 1.0, max_weight)
    v.tsdf[i, j, k] = (v.tsdf[i, j, k] * w_old + t) / (w_old + 1.0)
    v.color[i, j, k] = (v.color[i, j, k] * w_old + rgb[w, u]) / (w_old + 1.0)
    v.weight[i, j, k] = w_new


@wp.func
def sample_tsdf(v: Volume, p: wp.vec3) -> float:
    q = (p - v.origin) / v.voxel - wp.vec3(0.5)
    i = wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1)
    j = wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1)
    k = wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)
    return v.tsdf[i, j, k]


@wp.kernel
def raycast_tsdf(v: Volume, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec3)):
    r = wp.tid()
    o = origins[r]
    d = wp.normalize(dirs[r])
    t = float(0.0)
    prev = sample_tsdf(v, o)
    hits[r] = wp.vec3(0.0)
    while t < max_t:
        step = wp.max(prev * v.trunc, v.voxel * 0.5)
        t_next = t + step
        cur = sample_tsdf(v, o + d * t_next)
        if prev > 0.0 and cur <= 0.0:
            ts = t + step * prev / (prev - cur)
            hits[r] = o + d * ts
            q = (hits[r] - v.origin) / v.voxel
            colors[r] = v.color[wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1), wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1), wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)]
            break
        prev = cur
        t = t_next
