import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), n: int):
    s = 0.0
    for j in range(n):
        s += a[j]
    a[0] = s
