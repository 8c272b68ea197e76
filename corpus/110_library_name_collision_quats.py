import warp as wp

# quat_twist, quat_to_euler, quat_to_rpy, transform_wrench and transform_twist are also
# @wp.func names in Warp's own library; these user-defined versions get suffixed native names.


@wp.func
def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:
    a = wp.vec3(q[0], q[1], q[2])
    proj = axis * wp.dot(a, axis)
    t = wp.quat(proj[0], proj[1], proj[2], q[3])
    l = wp.length(wp.vec4(t[0], t[1], t[2], t[3]))
    if l < 1.0e-9:
        return wp.quat_identity()
    return t / l


@wp.func
def quat_to_rpy(q: wp.quat) -> wp.vec3:
    x = q[0]
    y = q[1]
    z = q[2]
    w = q[3]
    roll = wp.atan2(2.0 * (w * x + y * z), 1.0 - 2.0 * (x * x + y * y))
    s = wp.clamp(2.0 * (w * y - z * x), -1.0, 1.0)
    pitch = wp.asin(s)
    yaw = wp.atan2(2.0 * (w * z + x * y), 1.0 - 2.0 * (y * y + z * z))
    return wp.vec3(roll, pitch, yaw)


@wp.func
def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:
    # only the xyz convention is supported here; other orders fall back to rpy
    if i == 0 and j == 1 and k == 2:
        return quat_to_rpy(q)
    r = quat_to_rpy(q)
    return wp.vec3(r[2], r[1], r[0])


@wp.func
def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:
    q = wp.transform_get_rotation(t)
    p = wp.transform_get_translation(t)
    w = wp.quat_rotate(q, wp.spatial_top(x))
    v = wp.quat_rotate(q, wp.spatial_bottom(x))
    return wp.spatial_vector(w + wp.cross(p, v), v)


@wp.func
def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:
    q = wp.transform_get_rotation(t)
    p = wp.transform_get_translation(t)
    w = wp.quat_rotate(q, wp.spatial_top(x))
    v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)
    return wp.spatial_vector(w, v)


@wp.kernel
def joint_angles(rots: wp.array(dtype=wp.quat), axes: wp.array(dtype=wp.vec3), twist_angle: wp.array(dtype=float), euler: wp.array(dtype=wp.vec3), order: wp.vec3i):
    i = wp.tid()
    q = rots[i]
    t = quat_twist(axes[i], q)
    twist_angle[i] = 2.0 * wp.atan2(wp.length(wp.vec3(t[0], t[1], t[2])), t[3])
    euler[i] = quat_to_euler(q, order[0], order[1], order[2])


@wp.kernel
def world_wrenches(X: wp.array(dtype=wp.transform), f_body: wp.array(dtype=wp.spatial_vector), qd_body: wp.array(dtype=wp.spatial_vector), f_world: wp.array(dtype=wp.spatial_vector), qd_world: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float)):
    i = wp.tid()
    fw = transform_wrench(X[i], f_body[i])
    vw = transform_twist(X[i], qd_body[i])
    f_world[i] = fw
    qd_world[i] = vw
    wp.atomic_add(power, 0, wp.dot(fw, vw))


@wp.kernel
def attitude_report(rots: wp.array(dtype=wp.quat), rpy: wp.array(dtype=wp.vec3), max_tilt: wp.array(dtype=float)):
    i = wp.tid()
    r = quat_to_rpy(rots[i])
    rpy[i] = r
    wp.atomic_max(max_tilt, 0, wp.max(wp.abs(r[0]), wp.abs(r[1])))
