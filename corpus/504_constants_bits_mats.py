import math

import warp as wp

DT = 0.01
NUM_ITERS = wp.constant(4)


@wp.struct
class Params:
    gain: float
    offset: wp.vec3
    count: int


@wp.func
def make_params(g: float) -> Params:
    p = Params()
    p.gain = g
    p.offset = wp.vec3(1.0, 2.0, 3.0)
    p.count = 3
    return p


@wp.func
def smooth(x: float, k: float) -> float:
    return x * x / (x * x + k * k)


@wp.kernel
def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    n = a.shape[1]
    s = float(0.0)
    for j in range(n - 1, -1, -1):
        v = a[i, j]
        if v < 0.0:
            continue
        s += smooth(v, 0.5) * DT
    for it in range(NUM_ITERS):
        s = s * 0.5 + float(it)
    out[i] = s + math.pi


@wp.kernel
def use_struct(x: wp.array(dtype=wp.vec3), g: float):
    i = wp.tid()
    p = make_params(g)
    y = x[i] * p.gain + p.offset
    if 0.0 < y[0] < 10.0:
        y[1] = y[1] * float(p.count)
    x[i] = y
    wp.printf("%d %f\n", i, y[0])
    wp.expect_eq(p.count, 3)


@wp.kernel
def bits(keys: wp.array(dtype=wp.uint64), flags: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    k = keys[i]
    h = wp.uint32(k & wp.uint64(0xFFFFFFFF)) ^ wp.uint32(k >> wp.uint64(32))
    h = h * wp.uint32(2654435761)
    if flags[i]:
        h = ~h
    out[i] = h % wp.uint32(1024)


@wp.kernel
def mats(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    r = wp.quat_to_matrix(q[i])
    a = wp.mat33(1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0)
    b = wp.outer(wp.vec3(1.0, 2.0, 3.0), wp.vec3(0.5, 0.5, 0.5))
    c = r * m[i] * wp.transpose(r) + a - b
    out[i] = c * wp.determinant(c) + wp.identity(n=3, dtype=float)
    t = wp.transform_identity()
    qi = wp.quat_identity()
    out[i] = out[i] + wp.quat_to_matrix(wp.mul(qi, wp.transform_get_rotation(t)))
