import warp as wp


@wp.kernel
def k(a: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = 1.5
