import warp as wp

wp.set_module_options({"enable_backward": False})

RADIX_BITS = wp.constant(4)
RADIX = wp.constant(16)


@wp.func
def float_to_sortable(f: float) -> wp.uint32:
    # monotone mapping of float ordering to unsigned ordering, via integer tricks
    scaled = wp.int64(f * 1024.0)
    biased = scaled + wp.int64(2147483648)
    if biased < wp.int64(0):
        biased = wp.int64(0)
    if biased > wp.int64(4294967295):
        biased = wp.int64(4294967295)
    return wp.uint32(biased)


@wp.func
def digit(key: wp.uint32, shift: int) -> int:
    return int((key >> wp.uint32(shift)) & wp.uint32(RADIX - 1))


@wp.kernel
def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):
    i = wp.tid()
    keys[i] = float_to_sortable(values[i])
    ids[i] = i


@wp.kernel
def digit_histogram(keys: wp.array(dtype=wp.uint32), shift: int, block: int, hist: wp.array2d(dtype=int)):
    b = wp.tid()
    n = keys.shape[0]
    start = b * block
    for k in range(block):
        i = start + k
        if i >= n:
            break
        d = digit(keys[i], shift)
        hist[b, d] = hist[b, d] + 1


@wp.kernel
def digit_offsets(hist: wp.array2d(dtype=int), offsets: wp.array2d(dtype=int)):
    num_blocks = hist.shape[0]
    running = int(0)
    for d in range(RADIX):
        for b in range(num_blocks):
            offsets[b, d] = running
            running += hist[b, d]


@wp.kernel
def scatter_pass(keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int), shift: int, block: int, offsets: wp.array2d(dtype=int), keys_out: wp.array(dtype=wp.uint32), ids_out: wp.array(dtype=int)):
    b = wp.tid()
    n = keys.shape[0]
    start = b * block
    local = wp.vec4i(0, 0, 0, 0)
    for k in range(block):
        i = start + k
        if i >= n:
            break
        key = keys[i]
        d = digit(key, shift)
        dst = offsets[b, d]
        offsets[b, d] = dst + 1
        keys_out[dst] = key
        ids_out[dst] = ids[i]
        if d < 4:
            local[d] = local[d] + 1


@wp.kernel
def clear_hist(hist: wp.array2d(dtype=int)):
    b, d = wp.tid()
    hist[b, d] = 0
