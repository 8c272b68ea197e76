import warp as wp


@wp.kernel
def head(a: wp.array(dtype=wp.vec4), n: int, out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    v = a[i]
    out[i] = v[0:n]
