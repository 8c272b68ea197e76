import warp as wp


@wp.kernel
def row_sums(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    total = 0.0
    for j in range(a.shape[1]):
        total += a[i, j]
    out[i] = total
