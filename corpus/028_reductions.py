import warp as wp

BLOCK = wp.constant(64)


@wp.kernel
def block_sum_minmax(values: wp.array(dtype=float), sums: wp.array(dtype=float), mins: wp.array(dtype=float), maxs: wp.array(dtype=float), global_stats: wp.array(dtype=float)):
    b = wp.tid()
    n = values.shape[0]
    start = b * BLOCK
    s = float(0.0)
    lo = float(1.0e30)
    hi = float(-1.0e30)
    for k in range(BLOCK):
        idx = start + k
        if idx < n:
            v = values[idx]
            s += v
            lo = wp.min(lo, v)
            hi = wp.max(hi, v)
    sums[b] = s
    mins[b] = lo
    maxs[b] = hi
    wp.atomic_add(global_stats, 0, s)
    wp.atomic_min(global_stats, 1, lo)
    wp.atomic_max(global_stats, 2, hi)


@wp.kernel
def welford_rows(data: wp.array2d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float)):
    r = wp.tid()
    m = float(0.0)
    m2 = float(0.0)
    n = data.shape[1]
    for k in range(n):
        x = data[r, k]
        delta = x - m
        m += delta / float(k + 1)
        m2 += delta * (x - m)
    mean[r] = m
    if n > 1:
        var[r] = m2 / float(n - 1)
    else:
        var[r] = 0.0


@wp.kernel
def argmax_rows(data: wp.array2d(dtype=float), idx: wp.array(dtype=int), val: wp.array(dtype=float)):
    r = wp.tid()
    best = data[r, 0]
    best_i = int(0)
    for k in range(1, data.shape[1]):
        v = data[r, k]
        if v > best:
            best = v
            best_i = k
    idx[r] = best_i
    val[r] = best


@wp.kernel
def column_sums_2d(data: wp.array2d(dtype=float), col_sums: wp.array(dtype=float), total_sq: wp.array(dtype=float)):
    i, j = wp.tid()
    v = data[i, j]
    col_sums[j] += v
    total_sq[0] += v * v


@wp.kernel
def vec_reduce(vs: wp.array(dtype=wp.vec3), sum_v: wp.array(dtype=wp.vec3), bbox_lo: wp.array(dtype=wp.vec3), bbox_hi: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v = vs[i]
    wp.atomic_add(sum_v, 0, v)
    wp.atomic_min(bbox_lo, 0, v)
    wp.atomic_max(bbox_hi, 0, v)


@wp.kernel
def count_if(values: wp.array(dtype=int), threshold: int, below: wp.array(dtype=int), above: wp.array(dtype=int), equal: wp.array(dtype=int)):
    i = wp.tid()
    v = values[i]
    if v < threshold:
        wp.atomic_add(below, 0, 1)
    elif v > threshold:
        wp.atomic_add(above, 0, 1)
    else:
        wp.atomic_add(equal, 0, 1)
