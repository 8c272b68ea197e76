import warp as wp


@wp.func
def integrate_quat(q: wp.quat, omega: wp.vec3, dt: float) -> wp.quat:
    w = wp.quat(omega[0], omega[1], omega[2], 0.0)
    dq = w * q * (0.5 * dt)
    return wp.normalize(q + dq)


@wp.func
def quat_angle_between(a: wp.quat, b: wp.quat) -> float:
    d = wp.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
    d = wp.min(d, 1.0)
    return 2.0 * wp.acos(d)


@wp.func
def swing_limit(q: wp.quat, axis: wp.vec3, max_angle: float) -> wp.quat:
    v = wp.quat_rotate(q, axis)
    c = wp.clamp(wp.dot(v, axis), -1.0, 1.0)
    angle = wp.acos(c)
    if angle <= max_angle:
        return q
    corr_axis = wp.cross(v, axis)
    l = wp.length(corr_axis)
    if l < 1.0e-6:
        return q
    corr = wp.quat_from_axis_angle(corr_axis / l, angle - max_angle)
    return corr * q


@wp.kernel
def integrate_orientations(
    rot: wp.array(dtype=wp.quat),
    omega: wp.array(dtype=wp.vec3),
    axes: wp.array(dtype=wp.vec3),
    max_swing: float,
    dt: float,
    substeps: int,
    err: wp.array(dtype=float),
):
    i = wp.tid()
    q = rot[i]
    w = omega[i]
    q0 = q
    h = dt / float(substeps)
    for s in range(substeps):
        q = integrate_quat(q, w, h)
        q = swing_limit(q, axes[i], max_swing)
    rot[i] = q
    err[i] = quat_angle_between(q0, q)


@wp.kernel
def quat_to_frames(rot: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec3), ys: wp.array(dtype=wp.vec3), zs: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    q = rot[i]
    xs[i] = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    ys[i] = wp.quat_rotate(q, wp.vec3(0.0, 1.0, 0.0))
    zs[i] = wp.quat_rotate(q, wp.vec3(0.0, 0.0, 1.0))


@wp.kernel
def relative_rotation(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), rel: wp.array(dtype=wp.quat), axis_angle: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    r = wp.quat_inverse(a[i]) * b[i]
    if r[3] < 0.0:
        r = r * -1.0
    rel[i] = r
    s = wp.sqrt(wp.max(1.0 - r[3] * r[3], 0.0))
    angle = 2.0 * wp.acos(wp.clamp(r[3], -1.0, 1.0))
    ax = wp.vec3(1.0, 0.0, 0.0)
    if s > 1.0e-6:
        ax = wp.vec3(r[0], r[1], r[2]) / s
    axis_angle[i] = wp.vec4(ax[0], ax[1], ax[2], angle)


@wp.kernel
def blend_orientations(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), out: wp.array(dtype=wp.quat)):
    i = wp.tid()
    qa = a[i]
    qb = b[i]
    d = qa[0] * qb[0] + qa[1] * qb[1] + qa[2] * qb[2] + qa[3] * qb[3]
    if d < 0.0:
        qb = -qb
    t = weights[i]
    out[i] = wp.normalize(qa * (1.0 - t) + qb * t)
