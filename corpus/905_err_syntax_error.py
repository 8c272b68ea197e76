import warp as wp


@wp.kernel
def scale(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    if a[i] > 0.0
        a[i] = a[i] * s
