import warp as wp

scale = 2.0
offset = wp.constant(1.5)


@wp.kernel
def uses_later_func(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    b[i] = helper_defined_later(a[i]) + chain_a(a[i])


@wp.func
def chain_c(x: float) -> float:
    return x * scale + offset


@wp.func
def chain_b(x: float) -> float:
    if x > 0.0:
        return chain_c(x) - 1.0
    return chain_c(-x) + 1.0


@wp.func
def chain_a(x: float) -> float:
    y = chain_b(x)
    z = chain_b(y * 0.5)
    return y + z


@wp.func
def helper_defined_later(x: float) -> float:
    return x * x


@wp.kernel
def cpp_keyword_names(a: wp.array(dtype=int), out: wp.array(dtype=int)):
    i = wp.tid()
    new = a[i]
    delete = new * 2
    auto = delete + 1
    register = auto - new
    this = register * 3
    default = this + 1
    template = default % 7
    namespace = template ^ 5
    out[i] = namespace + new


@wp.kernel
def underscore_names(a: wp.array3d(dtype=float), out: wp.array(dtype=float)):
    _, j, _k = wp.tid()
    _0 = a[0, j, _k]
    _tmp_ = _0 * 2.0
    adj_x = _tmp_ + 1.0
    var_y = adj_x * 0.5
    wp.atomic_add(out, j, var_y)


@wp.kernel
def shadowing(a: wp.array(dtype=float), factor: float, out: wp.array(dtype=float)):
    i = wp.tid()
    offset = a[i] * factor
    out[i] = offset + chain_c(offset)


@wp.kernel
def no_args_kernel():
    i = wp.tid()
    x = float(i) * 2.0
    if x > 100.0:
        print(x)


@wp.kernel
def unused_params(a: wp.array(dtype=float), unused: wp.array(dtype=wp.vec3), flag: bool, k: int, out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = a[i]
