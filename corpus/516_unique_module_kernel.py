import warp as wp


@wp.kernel(module="unique")
def k1(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0


@wp.kernel
def k2(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 2.0
