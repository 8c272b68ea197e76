import warp as wp

wp.config.enable_backward = False


@wp.func
def f(x: float) -> float:
    return x * 2.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = f(a[i])
