import warp as wp


@wp.func
def quat_dot(a: wp.quat, b: wp.quat) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]


@wp.func
def nlerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:
    bb = b
    if quat_dot(a, b) < 0.0:
        bb = -b
    return wp.normalize(a * (1.0 - t) + bb * t)


@wp.func
def slerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:
    d = quat_dot(a, b)
    bb = b
    if d < 0.0:
        d = -d
        bb = -b
    if d > 0.9995:
        return nlerp(a, bb, t)
    theta = wp.acos(d)
    s = wp.sin(theta)
    wa = wp.sin((1.0 - t) * theta) / s
    wb = wp.sin(t * theta) / s
    return a * wa + bb * wb


@wp.func
def quat_log(q: wp.quat) -> wp.vec3:
    v = wp.vec3(q[0], q[1], q[2])
    s = wp.length(v)
    if s < 1.0e-8:
        return wp.vec3()
    angle = wp.atan2(s, q[3])
    return v * (angle / s)


@wp.func
def quat_exp(w: wp.vec3) -> wp.quat:
    angle = wp.length(w)
    if angle < 1.0e-8:
        return wp.quat_identity()
    axis = w / angle
    return wp.quat_from_axis_angle(axis, 2.0 * angle)


@wp.kernel
def blend_poses(
    pose_a: wp.array2d(dtype=wp.transform),
    pose_b: wp.array2d(dtype=wp.transform),
    weights: wp.array(dtype=float),
    use_slerp: bool,
    out: wp.array2d(dtype=wp.transform),
):
    c, j = wp.tid()
    ta = pose_a[c, j]
    tb = pose_b[c, j]
    w = weights[c]
    p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), w)
    qa = wp.transform_get_rotation(ta)
    qb = wp.transform_get_rotation(tb)
    q = wp.quat_identity()
    if use_slerp:
        q = slerp(qa, qb, w)
    else:
        q = nlerp(qa, qb, w)
    out[c, j] = wp.transform(p, q)


@wp.kernel
def average_rotations(rots: wp.array2d(dtype=wp.quat), iterations: int, mean: wp.array(dtype=wp.quat)):
    r = wp.tid()
    n = rots.shape[1]
    m = rots[r, 0]
    for it in range(iterations):
        acc = wp.vec3()
        for k in range(n):
            acc += quat_log(wp.quat_inverse(m) * rots[r, k])
        acc = acc / float(n)
        m = wp.normalize(m * quat_exp(acc))
        if wp.length(acc) < 1.0e-7:
            break
    mean[r] = m


@wp.kernel
def angular_velocity_from_quats(q0: wp.array(dtype=wp.quat), q1: wp.array(dtype=wp.quat), dt: float, omega: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    dq = q1[i] * wp.quat_inverse(q0[i])
    if dq[3] < 0.0:
        dq = -dq
    omega[i] = quat_log(dq) * (2.0 / dt)
