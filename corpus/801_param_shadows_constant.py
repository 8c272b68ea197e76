import warp as wp

# Globals with the same names as parameters: Warp's reference walk looks bare
# names up among the module globals without regard to the parameters, so these
# values enter the kernel and function hashes.
step = wp.constant(2)
epsilon = 0.00001
scale = wp.constant(wp.vec3(1.0, 2.0, 3.0))


@wp.func
def clamp_dist(d: float, epsilon: float):
    return wp.max(d, epsilon)


@wp.kernel
def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):
    n = int(0)
    for i in range(start, end, step):
        result[n] = i
        n += 1


@wp.kernel
def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):
    tid = wp.tid()
    v = wp.cw_mul(xs[tid], scale)
    out[tid] = clamp_dist(wp.length(v), 0.5)
