import warp as wp

# Starred call arguments (Warp 1.16): *v, *v[a:b:c] and *arr[a:b] expand into
# one extract (vectors, matrices, quaternions, transforms) or address (1-D
# arrays) per element. Warp 1.10 rejects ast.Starred.


@wp.func
def sum3(a: float, b: float, c: float):
    return a + b + c


@wp.kernel
def unpack_kernel(
    vs: wp.array(dtype=wp.vec4),
    qs: wp.array(dtype=wp.quat),
    ms: wp.array(dtype=wp.mat33),
    arr: wp.array(dtype=float),
    out: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    v = vs[i]
    q = qs[i]
    a = wp.vec3(*v[:3])
    b = wp.vec2(*v[1:4:2])
    c = wp.vec3(*q[:-1])
    d = wp.vec4(*b, *b)
    e = wp.vec4(*a, 4.0)
    m = wp.matrix_from_rows(*ms[i])
    n = wp.matrix_from_cols(*m[:2])
    t = wp.transform_identity()
    p = wp.vec3(*t[:3])
    s = sum3(*arr[0:6:2]) + wp.max(*b) + sum3(*c)
    r = wp.vec2(*v[::-2])
    out[i] = a + c + wp.vec3(d[0], e[3], s) + wp.vec3(*arr[1:4]) + wp.vec3(n[0, 0], n[1, 1], n[2, 0]) + p + wp.vec3(r[0], r[1], 0.0)
