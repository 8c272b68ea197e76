import warp as wp


@wp.func
def inside_box(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> bool:
    return p[0] >= lo[0] and p[0] <= hi[0] and p[1] >= lo[1] and p[1] <= hi[1] and p[2] >= lo[2] and p[2] <= hi[2]


@wp.func
def any3(a: bool, b: bool, c: bool) -> bool:
    return a or b or c


@wp.kernel
def select_in_box(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, mask: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):
    i = wp.tid()
    m = inside_box(points[i], lo, hi)
    mask[i] = m
    if m:
        wp.atomic_add(count, 0, 1)


@wp.kernel
def combine_masks(a: wp.array(dtype=wp.bool), b: wp.array(dtype=wp.bool), op: int, out: wp.array(dtype=wp.bool)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    r = False
    if op == 0:
        r = x and y
    elif op == 1:
        r = x or y
    elif op == 2:
        r = x != y
    else:
        r = not x
    out[i] = r


@wp.kernel
def dilate_mask(src: wp.array2d(dtype=wp.bool), dst: wp.array2d(dtype=wp.bool)):
    i, j = wp.tid()
    rows = src.shape[0]
    cols = src.shape[1]
    hit = src[i, j]
    if not hit:
        up = i > 0 and src[i - 1, j]
        down = i < rows - 1 and src[i + 1, j]
        left = j > 0 and src[i, j - 1]
        right = j < cols - 1 and src[i, j + 1]
        hit = any3(up, down, left) or right
    dst[i, j] = hit


@wp.kernel
def masked_average(values: wp.array(dtype=float), mask: wp.array(dtype=wp.bool), invert: bool, sums: wp.array(dtype=float)):
    i = wp.tid()
    m = mask[i]
    if invert:
        m = not m
    if m:
        wp.atomic_add(sums, 0, values[i])
        wp.atomic_add(sums, 1, 1.0)


@wp.kernel
def flag_outliers(values: wp.array(dtype=float), mean: float, std: float, k: float, flags: wp.array(dtype=wp.bool), n_out: wp.array(dtype=int)):
    i = wp.tid()
    z = (values[i] - mean) / std
    bad = wp.abs(z) > k or wp.isnan(values[i]) or wp.isinf(values[i])
    flags[i] = bad
    if bad:
        n_out[0] += 1
