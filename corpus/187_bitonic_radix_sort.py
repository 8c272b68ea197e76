import warp as wp

RADIX_BITS = 4
RADIX = 16


@wp.kernel
def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), j: int, k: int):
    i = wp.tid()
    l = i ^ j
    if l <= i:
        return
    ascending = (i & k) == 0
    a = keys[i]
    b = keys[l]
    if (a > b) == ascending:
        keys[i] = b
        keys[l] = a
        t = vals[i]
        vals[i] = vals[l]
        vals[l] = t


@wp.func
def float_to_sortable(f: float) -> wp.uint32:
    # IEEE-754 order trick on the integer image of a non-negative float
    u = wp.uint32(f * 16777216.0)
    return u


@wp.kernel
def radix_histogram(keys: wp.array(dtype=wp.uint32), shift: int, hist: wp.array(dtype=int)):
    i = wp.tid()
    d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))
    wp.atomic_add(hist, d, 1)


@wp.kernel
def exclusive_scan_small(hist: wp.array(dtype=int), offsets: wp.array(dtype=int)):
    acc = int(0)
    for d in range(RADIX):
        offsets[d] = acc
        acc += hist[d]


@wp.kernel
def radix_scatter_serial(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), shift: int, offsets: wp.array(dtype=int), keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):
    # single-thread stable scatter
    for i in range(keys.shape[0]):
        d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))
        dst = offsets[d]
        offsets[d] = dst + 1
        keys_out[dst] = keys[i]
        vals_out[dst] = vals[i]


@wp.kernel
def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):
    i = wp.tid()
    keys[i] = float_to_sortable(wp.clamp(values[i], 0.0, 255.0))
    ids[i] = i


@wp.kernel
def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):
    i = wp.tid()
    if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:
        wp.atomic_add(violations, 0, 1)
