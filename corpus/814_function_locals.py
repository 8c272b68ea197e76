import warp as wp

# Warp 1.16: a local bound to a function (f = my_func, g = wp.sin, h = f)
# names that function; calls through it call the function, which enters the
# kernel's hash through the assignment. Warp 1.10 copies the function object
# and then finds no function to call.


@wp.func
def double_it(a: float):
    return a * 2.0


@wp.func
def scale_vec(v: wp.vec3, s: float):
    return v * s


@wp.kernel
def function_locals(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    f = double_it
    g = wp.sin
    h = f
    sv, c = scale_vec, wp.cos
    x = xs[i]
    v = sv(vs[i], f(x))
    out[i] = h(g(x)) + c(x) + wp.length(v)
