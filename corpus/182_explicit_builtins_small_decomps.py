import warp as wp


@wp.kernel
def explicit_builtins(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), s: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v = a[i]
    M = m[i]
    x = wp.add(v, wp.vec3(1.0))
    x = wp.sub(x, wp.mul(M, v))
    x = wp.div(x, 2.0)
    x = wp.neg(x)
    y = wp.mul(s[i], x)
    z = wp.mod(s[i], 3.0)
    out[i] = wp.add(y, wp.vec3(z))


@wp.kernel
def quat_math(q: wp.array(dtype=wp.quat), r: wp.array(dtype=wp.quat), out: wp.array(dtype=float), qo: wp.array(dtype=wp.quat)):
    i = wp.tid()
    a = q[i]
    b = r[i]
    out[i] = wp.dot(a, b) + wp.length(a) + wp.length_sq(b)
    qo[i] = wp.normalize(a * 2.0 + b / 3.0 - a)


@wp.kernel
def small_decomps(m2: wp.array(dtype=wp.mat22), m4: wp.array(dtype=wp.mat44), u2: wp.array(dtype=wp.mat22), s2: wp.array(dtype=wp.vec2), v2: wp.array(dtype=wp.mat22), inv4: wp.array(dtype=wp.mat44), dets: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    U = wp.mat22()
    sig = wp.vec2()
    V = wp.mat22()
    wp.svd2(m2[i], U, sig, V)
    u2[i] = U
    s2[i] = sig
    v2[i] = V
    inv4[i] = wp.inverse(m4[i])
    dets[i] = wp.vec2(wp.determinant(m2[i]), wp.determinant(m4[i]))


@wp.kernel
def int_builtins(a: wp.array(dtype=wp.int8), b: wp.array(dtype=wp.int16), c: wp.array(dtype=wp.uint16), out: wp.array(dtype=int)):
    i = wp.tid()
    x = wp.min(a[i], wp.int8(5))
    y = wp.max(b[i], wp.int16(-100))
    z = wp.clamp(c[i], wp.uint16(10), wp.uint16(1000))
    out[i] = int(x) + int(y) + int(z) + wp.sign(int(a[i])) + wp.abs(int(b[i]))


@wp.kernel
def double_vectors(a: wp.array(dtype=wp.vec3d), b: wp.array(dtype=wp.vec3d), m: wp.array(dtype=wp.mat33d), q: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.vec3d)):
    i = wp.tid()
    c = wp.cross(a[i], b[i])
    n = wp.normalize(c + wp.vec3d(wp.float64(1.0e-9)))
    r = wp.quat_rotate(q[i], n)
    out[i] = m[i] * r + wp.transpose(m[i]) * a[i] * wp.dot(a[i], b[i])


@wp.kernel
def vec2d_component_aug(grid: wp.array2d(dtype=wp.vec2), g: wp.vec2):
    i, j = wp.tid()
    grid[i, j][0] = grid[i, j][0] + g[0]
    wp.atomic_add(grid, i, j, g * 0.5)
