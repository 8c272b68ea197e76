import warp as wp

MAX_LINKS = wp.constant(16)


@wp.func
def rotate_about(p: wp.vec3, pivot: wp.vec3, q: wp.quat) -> wp.vec3:
    return pivot + wp.quat_rotate(q, p - pivot)


@wp.func
def rotation_between(a: wp.vec3, b: wp.vec3) -> wp.quat:
    la = wp.length(a)
    lb = wp.length(b)
    if la < 1.0e-8 or lb < 1.0e-8:
        return wp.quat_identity()
    u = a / la
    v = b / lb
    c = wp.clamp(wp.dot(u, v), -1.0, 1.0)
    axis = wp.cross(u, v)
    s = wp.length(axis)
    if s < 1.0e-8:
        return wp.quat_identity()
    return wp.quat_from_axis_angle(axis / s, wp.acos(c))


@wp.kernel
def ccd_solve(
    joints: wp.array2d(dtype=wp.vec3),
    targets: wp.array(dtype=wp.vec3),
    num_links: int,
    iterations: int,
    tolerance: float,
    max_step_angle: float,
    final_error: wp.array(dtype=float),
    iters_used: wp.array(dtype=int),
):
    c = wp.tid()
    target = targets[c]
    n = wp.min(num_links, MAX_LINKS)
    err = wp.length(joints[c, n - 1] - target)
    used = int(0)
    for it in range(iterations):
        if err < tolerance:
            break
        used += 1
        j = n - 2
        while j >= 0:
            pivot = joints[c, j]
            eff = joints[c, n - 1]
            q = rotation_between(eff - pivot, target - pivot)
            # limit step angle
            angle = 2.0 * wp.acos(wp.clamp(q[3], -1.0, 1.0))
            if angle > max_step_angle:
                axis = wp.vec3(q[0], q[1], q[2])
                al = wp.length(axis)
                if al > 1.0e-8:
                    q = wp.quat_from_axis_angle(axis / al, max_step_angle)
            for k in range(j + 1, n):
                joints[c, k] = rotate_about(joints[c, k], pivot, q)
            j -= 1
        err = wp.length(joints[c, n - 1] - target)
    final_error[c] = err
    iters_used[c] = used


@wp.kernel
def fabrik_forward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), targets: wp.array(dtype=wp.vec3), num_links: int):
    c = wp.tid()
    n = num_links
    joints[c, n - 1] = targets[c]
    for k in range(n - 2, -1, -1):
        d = joints[c, k] - joints[c, k + 1]
        l = wp.length(d)
        if l > 1.0e-9:
            joints[c, k] = joints[c, k + 1] + d * (lengths[c, k] / l)


@wp.kernel
def fabrik_backward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), roots: wp.array(dtype=wp.vec3), num_links: int):
    c = wp.tid()
    joints[c, 0] = roots[c]
    for k in range(1, num_links):
        d = joints[c, k] - joints[c, k - 1]
        l = wp.length(d)
        if l > 1.0e-9:
            joints[c, k] = joints[c, k - 1] + d * (lengths[c, k - 1] / l)
