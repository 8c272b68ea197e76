import warp as wp


@wp.kernel
def pick(a: wp.array(dtype=float)):
    i = wp.tid()
    t = (1.0, 2.0)
    a[i] = t[i]
