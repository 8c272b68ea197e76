import warp as wp

# @wp.func parameters with default values: a call that leaves them out binds
# the default as a constant, registered after the call's outputs. A default
# must have the parameter's type (a Python int is int32, a float float32).

SCALE = wp.constant(3.0)
OFFSET = wp.constant(wp.vec2(0.5, 0.25))


@wp.func
def user_func_with_defaults(a: int = 123, b: int = 234) -> int:
    return a + b


@wp.func
def affine(x: float, s: float = SCALE, o: wp.vec2 = OFFSET, n: wp.int64 = wp.int64(7), neg: int = -2):
    return x * s + o[1] + float(n) + float(neg)


@wp.func
def pick(x: wp.vec3, flag: bool = False) -> float:
    if flag:
        return x[0]
    return x[1]


@wp.func
def blend(x: float, v: wp.vec3 = wp.vec3(1.0, 2.0, 3.0), w: float = 0.5):
    return x * w + pick(v, True)


@wp.kernel
def defaults_kernel(out: wp.array(dtype=int), outf: wp.array(dtype=float), a: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = user_func_with_defaults() + user_func_with_defaults(5) + user_func_with_defaults(b=5)
    outf[i] = affine(1.0) + affine(2.0, neg=3) + pick(a[i]) + pick(a[i], True)
    outf[i] += blend(outf[i]) + blend(1.0, w=0.25) + blend(2.0, a[i])
