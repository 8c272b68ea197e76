import warp as wp


@wp.struct
class Intrinsics:
    K: wp.mat33
    dist: wp.vec4
    width: int
    height: int


@wp.func
def distort(p: wp.vec2, d: wp.vec4) -> wp.vec2:
    r2 = wp.dot(p, p)
    radial = 1.0 + d[0] * r2 + d[1] * r2 * r2
    x = p[0]
    y = p[1]
    tx = 2.0 * d[2] * x * y + d[3] * (r2 + 2.0 * x * x)
    ty = d[2] * (r2 + 2.0 * y * y) + 2.0 * d[3] * x * y
    return wp.vec2(x * radial + tx, y * radial + ty)


@wp.func
def undistort(p: wp.vec2, d: wp.vec4, iters: int) -> wp.vec2:
    q = p
    for it in range(iters):
        e = distort(q, d) - p
        q = q - e
    return q


@wp.func
def project(K: wp.mat33, d: wp.vec4, pc: wp.vec3):
    if pc[2] <= 1.0e-6:
        return False, wp.vec2()
    n = wp.vec2(pc[0] / pc[2], pc[1] / pc[2])
    nd = distort(n, d)
    uv = K * wp.vec3(nd[0], nd[1], 1.0)
    return True, wp.vec2(uv[0], uv[1])


@wp.kernel
def project_points(pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, uv: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool), depth_img: wp.array2d(dtype=float)):
    i = wp.tid()
    pc = wp.transform_point(world_to_cam, pts[i])
    ok, p = project(intr.K, intr.dist, pc)
    uv[i] = p
    inside = ok and p[0] >= 0.0 and p[1] >= 0.0 and p[0] < float(intr.width) and p[1] < float(intr.height)
    valid[i] = inside
    if inside:
        wp.atomic_min(depth_img, int(p[1]), int(p[0]), pc[2])


@wp.kernel
def backproject(depth: wp.array2d(dtype=float), intr: Intrinsics, cam_to_world: wp.transform, pts: wp.array2d(dtype=wp.vec3)):
    v, u = wp.tid()
    z = depth[v, u]
    Kinv = wp.inverse(intr.K)
    h = Kinv * wp.vec3(float(u) + 0.5, float(v) + 0.5, 1.0)
    n = undistort(wp.vec2(h[0], h[1]), intr.dist, 5)
    pts[v, u] = wp.transform_point(cam_to_world, wp.vec3(n[0] * z, n[1] * z, z))


@wp.kernel
def reprojection_error(obs: wp.array(dtype=wp.vec2), pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, err: wp.array(dtype=float)):
    i = wp.tid()
    pc = wp.transform_point(world_to_cam, pts[i])
    ok, p = project(intr.K, intr.dist, pc)
    if not ok:
        return
    e = wp.length(p - obs[i])
    wp.atomic_add(err, 0, e * e)
    wp.atomic_max(err, 1, e)
