import warp as wp


@wp.func
def quat_exp(v: wp.vec3) -> wp.quat:
    theta = wp.length(v)
    if theta < 1.0e-8:
        return wp.normalize(wp.quat(v[0], v[1], v[2], 1.0))
    s = wp.sin(theta) / theta
    return wp.quat(v[0] * s, v[1] * s, v[2] * s, wp.cos(theta))


@wp.func
def quat_log(q: wp.quat) -> wp.vec3:
    v = wp.vec3(q[0], q[1], q[2])
    s = wp.length(v)
    if s < 1.0e-8:
        return v
    a = wp.atan2(s, q[3])
    return v * (a / s)


@wp.kernel
def integrate_gyro(q: wp.array(dtype=wp.quat), gyro: wp.array(dtype=wp.vec3), bias: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    w = gyro[i] - bias[i]
    q[i] = wp.normalize(q[i] * quat_exp(w * (0.5 * dt)))


@wp.kernel
def complementary(q: wp.array(dtype=wp.quat), accel: wp.array(dtype=wp.vec3), alpha: float):
    i = wp.tid()
    a = accel[i]
    la = wp.length(a)
    if la < 1.0e-6:
        return
    g_meas = a / la
    g_est = wp.quat_rotate_inv(q[i], wp.vec3(0.0, 0.0, 1.0))
    axis = wp.cross(g_est, g_meas)
    s = wp.length(axis)
    if s < 1.0e-9:
        return
    ang = wp.atan2(s, wp.dot(g_est, g_meas)) * (1.0 - alpha)
    corr = wp.quat_from_axis_angle(axis / s, ang)
    q[i] = wp.normalize(q[i] * corr)


@wp.kernel
def average_orientations(qs: wp.array2d(dtype=wp.quat), weights: wp.array2d(dtype=float), iters: int, out: wp.array(dtype=wp.quat)):
    i = wp.tid()
    n = qs.shape[1]
    mean = qs[i, 0]
    for it in range(iters):
        acc = wp.vec3()
        wsum = float(0.0)
        for k in range(n):
            d = wp.quat_inverse(mean) * qs[i, k]
            if d[3] < 0.0:
                d = -d
            acc += quat_log(d) * weights[i, k]
            wsum += weights[i, k]
        if wsum <= 0.0:
            break
        step = acc / wsum
        mean = wp.normalize(mean * quat_exp(step))
        if wp.length(step) < 1.0e-7:
            break
    out[i] = mean


@wp.kernel
def angular_distance(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), deg: wp.array(dtype=float)):
    i = wp.tid()
    d = wp.abs(wp.dot(a[i], b[i]))
    deg[i] = wp.degrees(2.0 * wp.acos(wp.min(d, 1.0)))
