import warp as wp

N = 8
GRAVITY = wp.constant(wp.vec3(0.0, -9.8, 0.0))


@wp.struct
class State:
    x: wp.array(dtype=wp.vec3)
    v: wp.array(dtype=wp.vec3)
    inv_mass: wp.array(dtype=float)


@wp.func
def clamp_len(v: wp.vec3, max_len: float) -> wp.vec3:
    l = wp.length(v)
    if l > max_len:
        return v * (max_len / l)
    return v


@wp.func
def sdf_sphere(p: wp.vec3, c: wp.vec3, r: float):
    return wp.length(p - c) - r


@wp.kernel
def integrate(s: State, dt: float, damping: float):
    tid = wp.tid()
    w = s.inv_mass[tid]
    if w == 0.0:
        return
    v = s.v[tid] + GRAVITY * dt
    v = clamp_len(v * damping, 10.0)
    x = s.x[tid] + v * dt
    d = sdf_sphere(x, wp.vec3(0.0, 0.0, 0.0), 1.0)
    if d < 0.0:
        n = wp.normalize(x)
        x = x - n * d
        v = v - n * wp.dot(v, n)
    s.x[tid] = x
    s.v[tid] = v


@wp.kernel
def reduce_sum(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i, j = wp.tid()
    wp.atomic_add(out, i, a[i, j])


@wp.kernel
def mat_ops(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    A = m[i]
    b = v[i]
    r = wp.vec3()
    for k in range(3):
        r[k] = wp.dot(A[k], b)
    t = wp.transpose(A) * b
    out[i] = r + t
    q = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)
    out[i] += wp.quat_rotate(q, b)
