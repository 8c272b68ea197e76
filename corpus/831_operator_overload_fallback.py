import warp as wp

# Operators on structs through module-level @wp.func add/mul/sub: Warp tries
# the module's function first and falls back to the builtin when no overload
# accepts the operands (float * float inside mul itself, x + 1.0 below).


@wp.struct
class Complex:
    re: float
    im: float


@wp.func
def add(a: Complex, b: Complex):
    return Complex(a.re + b.re, a.im + b.im)


@wp.func
def sub(a: Complex, b: Complex):
    return Complex(a.re - b.re, a.im - b.im)


@wp.func
def mul(a: Complex, b: Complex):
    return Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)


@wp.kernel
def complex_ops(a: wp.array(dtype=Complex), b: wp.array(dtype=Complex), out: wp.array(dtype=Complex), x: wp.array(dtype=float)):
    i = wp.tid()
    z = a[i] * b[i] + a[i]
    z += b[i]
    z = z - a[i]
    out[i] = z
    x[i] = x[i] * 2.0 + 1.0
    x[i] -= 0.5
