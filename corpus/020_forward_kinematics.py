import warp as wp


@wp.struct
class Joint:
    parent: int
    joint_type: int
    axis: wp.vec3
    parent_xform: wp.transform
    q_start: int


@wp.func
def joint_transform(j: Joint, q: wp.array(dtype=float)) -> wp.transform:
    if j.joint_type == 0:
        # revolute
        angle = q[j.q_start]
        return wp.transform(wp.vec3(0.0, 0.0, 0.0), wp.quat_from_axis_angle(j.axis, angle))
    elif j.joint_type == 1:
        # prismatic
        d = q[j.q_start]
        return wp.transform(j.axis * d, wp.quat_identity())
    elif j.joint_type == 2:
        # free: position + quaternion
        s = j.q_start
        p = wp.vec3(q[s], q[s + 1], q[s + 2])
        r = wp.normalize(wp.quat(q[s + 3], q[s + 4], q[s + 5], q[s + 6]))
        return wp.transform(p, r)
    return wp.transform_identity()


@wp.kernel
def eval_fk_serial(joints: wp.array(dtype=Joint), q: wp.array(dtype=float), num_joints: int, body_xform: wp.array(dtype=wp.transform)):
    articulation = wp.tid()
    base = articulation * num_joints
    for k in range(num_joints):
        j = joints[base + k]
        X_pj = j.parent_xform
        X_j = joint_transform(j, q)
        X_wp = wp.transform_identity()
        if j.parent >= 0:
            X_wp = body_xform[base + j.parent]
        body_xform[base + k] = wp.transform_multiply(X_wp, wp.transform_multiply(X_pj, X_j))


@wp.kernel
def body_points_world(body_xform: wp.array(dtype=wp.transform), point_body: wp.array(dtype=int), local_points: wp.array(dtype=wp.vec3), world_points: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    b = point_body[i]
    if b < 0:
        world_points[i] = local_points[i]
        return
    world_points[i] = wp.transform_point(body_xform[b], local_points[i])


@wp.kernel
def relative_transforms(body_xform: wp.array(dtype=wp.transform), pairs: wp.array(dtype=wp.vec2i), rel: wp.array(dtype=wp.transform), dist: wp.array(dtype=float)):
    i = wp.tid()
    p = pairs[i]
    a = body_xform[p[0]]
    b = body_xform[p[1]]
    r = wp.transform_multiply(wp.transform_inverse(a), b)
    rel[i] = r
    dist[i] = wp.length(wp.transform_get_translation(r))


@wp.kernel
def end_effector_error(
    body_xform: wp.array(dtype=wp.transform),
    ee_body: int,
    ee_offset: wp.vec3,
    target: wp.vec3,
    target_rot: wp.quat,
    pos_err: wp.array(dtype=wp.vec3),
    rot_err: wp.array(dtype=wp.vec3),
):
    X = body_xform[ee_body]
    p = wp.transform_point(X, ee_offset)
    pos_err[0] = target - p
    r = wp.transform_get_rotation(X)
    dq = target_rot * wp.quat_inverse(r)
    sgn = wp.where(dq[3] < 0.0, -1.0, 1.0)
    rot_err[0] = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * sgn)
