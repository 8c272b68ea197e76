import warp as wp

# wp.config.mode = "debug" (read when the module is built) turns the #line
# directives on like lineinfo; here for a kernel that is not grid-stride in
# Warp 1.16 and one with an early return.
wp.config.mode = "debug"


@wp.kernel
def scale(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = a[i] * s


@wp.kernel
def accumulate(a: wp.array(dtype=float), total: wp.array(dtype=float)):
    i = wp.tid()
    wp.atomic_add(total, 0, a[i])
