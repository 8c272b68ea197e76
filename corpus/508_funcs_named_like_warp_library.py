import warp as wp


@wp.func
def norm_l2(v: wp.vec3):
    return wp.sqrt(wp.dot(v, v))


@wp.func
def transform_compose(p: wp.vec3, s: float):
    return p * s


@wp.func
def quat_to_rpy(q: wp.quat):
    return wp.vec3(q[0], q[1], q[2])


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = norm_l2(transform_compose(a[i], 2.0) + quat_to_rpy(q[i]))
