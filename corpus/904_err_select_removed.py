import warp as wp


@wp.func
def relu(x: float) -> float:
    return wp.max(x, 0.0)


@wp.kernel
def leaky(a: wp.array(dtype=float), slope: float, out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    out[i] = wp.select(x > 0.0, x * slope, relu(x))
