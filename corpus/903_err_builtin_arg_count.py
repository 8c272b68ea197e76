import warp as wp


@wp.kernel
def project(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    n = wp.normalize(b[i])
    # error: wp.dot takes two arguments
    out[i] = wp.dot(a[i], n, 1.0)
