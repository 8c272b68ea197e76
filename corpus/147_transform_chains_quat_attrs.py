import warp as wp


@wp.func
def pose_error(a: wp.transform, b: wp.transform):
    dp = wp.transform_get_translation(a) - wp.transform_get_translation(b)
    dq = wp.transform_get_rotation(a) * wp.quat_inverse(wp.transform_get_rotation(b))
    ang = 2.0 * wp.acos(wp.clamp(wp.abs(dq[3]), 0.0, 1.0))
    return wp.length(dp), ang


@wp.kernel
def quat_components(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec4), axis: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    r = q[i]
    out[i] = wp.vec4(r.x, r.y, r.z, r.w)
    s = wp.sqrt(wp.max(1.0 - r.w * r.w, 1.0e-12))
    axis[i] = wp.vec3(r.x / s, r.y / s, r.z / s)
    r.w = -r.w
    q[i] = r


@wp.kernel
def compare_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), lin: wp.array(dtype=float), ang: wp.array(dtype=float), worst: wp.array(dtype=float)):
    i = wp.tid()
    e_lin, e_ang = pose_error(a[i], b[i])
    lin[i] = e_lin
    ang[i] = e_ang
    wp.atomic_max(worst, 0, e_lin)
    wp.atomic_max(worst, 1, e_ang)


@wp.kernel
def compose_chain(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), world: wp.array(dtype=wp.transform), depth: wp.array(dtype=int)):
    i = wp.tid()
    X = local[i]
    j = parent[i]
    d = int(0)
    while j >= 0:
        X = local[j] * X
        j = parent[j]
        d += 1
        if d > 64:
            break
    world[i] = X
    depth[i] = d


@wp.kernel
def identities(out_t: wp.array(dtype=wp.transform), out_q: wp.array(dtype=wp.quat), out_m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    t = wp.transform_identity()
    q = wp.quat_identity()
    m = wp.identity(n=3, dtype=float)
    f = float(i)
    t = wp.transform(wp.vec3(f, 0.0, 0.0), q) * t
    out_t[i] = t
    out_q[i] = q
    out_m[i] = m * f
    out_v[i] = wp.transform_point(t, wp.vec3(1.0, 1.0, 1.0))


@wp.kernel
def transform_points_3d(t: wp.array(dtype=wp.transform), pts: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):
    b, j = wp.tid()
    X = t[b]
    out[b, j] = wp.transform_point(X, pts[b, j])
