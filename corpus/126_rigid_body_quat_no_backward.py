import warp as wp

wp.set_module_options({"enable_backward": False})

ANGULAR_LIMIT = 50.0


@wp.struct
class Body:
    pose: wp.transform
    twist: wp.spatial_vector
    inv_mass: float
    inv_inertia: wp.mat33


@wp.func
def world_inertia(q: wp.quat, inv_I: wp.mat33) -> wp.mat33:
    R = wp.quat_to_matrix(q)
    return R * inv_I * wp.transpose(R)


@wp.func
def integrate_quat(q: wp.quat, w: wp.vec3, dt: float) -> wp.quat:
    dq = wp.quat(w[0], w[1], w[2], 0.0) * q
    out = q + dq * (0.5 * dt)
    return wp.normalize(out)


@wp.func
def clamp_angular(w: wp.vec3) -> wp.vec3:
    speed = wp.length(w)
    if speed > ANGULAR_LIMIT:
        return w * (ANGULAR_LIMIT / speed)
    return w


@wp.kernel
def integrate_bodies(bodies: wp.array(dtype=Body), forces: wp.array(dtype=wp.spatial_vector), gravity: wp.vec3, dt: float):
    i = wp.tid()
    b = bodies[i]
    if b.inv_mass == 0.0:
        return
    p = wp.transform_get_translation(b.pose)
    q = wp.transform_get_rotation(b.pose)
    w = wp.spatial_top(b.twist)
    v = wp.spatial_bottom(b.twist)
    f = forces[i]
    tau = wp.spatial_top(f)
    lin = wp.spatial_bottom(f)
    v = v + (lin * b.inv_mass + gravity) * dt
    Iinv = world_inertia(q, b.inv_inertia)
    w = clamp_angular(w + Iinv * tau * dt)
    p = p + v * dt
    q = integrate_quat(q, w, dt)
    b.pose = wp.transform(p, q)
    b.twist = wp.spatial_vector(w, v)
    bodies[i] = b


@wp.kernel
def relative_poses(bodies: wp.array(dtype=Body), parent: wp.array(dtype=int), rel: wp.array(dtype=wp.transform), angles: wp.array(dtype=float)):
    i = wp.tid()
    j = parent[i]
    X = bodies[i].pose
    if j >= 0:
        Xp = bodies[j].pose
        X = wp.transform_inverse(Xp) * X
    rel[i] = X
    q = wp.transform_get_rotation(X)
    axis = wp.vec3()
    angle = float(0.0)
    wp.quat_to_axis_angle(q, axis, angle)
    angles[i] = angle


@wp.kernel
def slerp_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), t: float, out: wp.array(dtype=wp.transform), pts: wp.array(dtype=wp.vec3), moved: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    ta = a[i]
    tb = b[i]
    p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), t)
    q = wp.quat_slerp(wp.transform_get_rotation(ta), wp.transform_get_rotation(tb), t)
    X = wp.transform(p, q)
    out[i] = X
    moved[i] = wp.transform_point(X, pts[i]) + wp.transform_vector(X, wp.vec3(0.0, 1.0, 0.0))


@wp.kernel
def quat_checks(qs: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):
    i = wp.tid()
    q = qs[i]
    R = wp.quat_to_matrix(q)
    q2 = wp.quat_from_matrix(R)
    mats[i] = R
    d = wp.abs(wp.dot(q, q2))
    qi = wp.quat_inverse(q)
    e = q * qi
    err[i] = (1.0 - d) + wp.abs(e[3] - 1.0) + wp.length(wp.quat_rotate_inv(q, wp.quat_rotate(q, wp.vec3(1.0, 2.0, 3.0))) - wp.vec3(1.0, 2.0, 3.0))
