import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=float)):
    i = wp.tid()
    b[i] = wp.dot(a[i], b[i])
