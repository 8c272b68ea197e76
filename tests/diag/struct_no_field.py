import warp as wp


@wp.struct
class S:
    x: float


@wp.kernel
def k(a: wp.array(dtype=S)):
    i = wp.tid()
    s = a[i]
    a[i].x = s.y
