import warp as wp


@wp.kernel(enable_backward=False)
def fill(a: wp.array3d(dtype=wp.float16), value: wp.float16):
    i, j, k = wp.tid()
    a[i, j, k] = value * wp.float16(2.0)


@wp.kernel
def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):
    i = wp.tid()
    x = int(a[i])
    y = wp.int64(x) * b[i]
    z = wp.float64(y) / wp.float64(3.0)
    c[i] = wp.sqrt(z) + wp.float64(1.5)
    b[i] = y >> wp.int64(2)


@wp.kernel
def rng(seed: int, out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    x = wp.randf(state)
    y = wp.randf(state, -1.0, 1.0)
    out[i] = wp.vec2(x, y)


@wp.kernel
def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    tf = t[i]
    q = wp.transform_get_rotation(tf)
    out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])
    inv = wp.transform_inverse(tf)
    out[i] = out[i] + wp.transform_vector(inv, p[i])
