import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v = a[i]
    a[i] = wp.vec3(v.x, v.y, v.w)
