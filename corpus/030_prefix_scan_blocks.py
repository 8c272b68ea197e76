import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def block_range(b: int, block: int, n: int):
    start = b * block
    end = wp.min(start + block, n)
    return start, end


@wp.kernel
def block_reduce(values: wp.array(dtype=int), block: int, block_sums: wp.array(dtype=int)):
    b = wp.tid()
    start, end = block_range(b, block, values.shape[0])
    s = int(0)
    for i in range(start, end):
        s += values[i]
    block_sums[b] = s


@wp.kernel
def scan_block_sums(block_sums: wp.array(dtype=int), block_offsets: wp.array(dtype=int), num_blocks: int, total: wp.array(dtype=int)):
    acc = int(0)
    for b in range(num_blocks):
        block_offsets[b] = acc
        acc += block_sums[b]
    total[0] = acc


@wp.kernel
def block_scan_inclusive(values: wp.array(dtype=int), block: int, block_offsets: wp.array(dtype=int), out: wp.array(dtype=int)):
    b = wp.tid()
    start, end = block_range(b, block, values.shape[0])
    acc = block_offsets[b]
    for i in range(start, end):
        acc += values[i]
        out[i] = acc


@wp.kernel
def scan_float_exclusive(values: wp.array(dtype=float), block: int, block_offsets: wp.array(dtype=float), out: wp.array(dtype=float)):
    b = wp.tid()
    start, end = block_range(b, block, values.shape[0])
    acc = block_offsets[b]
    i = start
    while i < end:
        out[i] = acc
        acc += values[i]
        i += 1


@wp.kernel
def segmented_offsets(flags: wp.array(dtype=int), segment_id: wp.array(dtype=int), seg_starts: wp.array(dtype=int)):
    tid = wp.tid()
    if tid != 0:
        return
    seg = int(-1)
    for i in range(flags.shape[0]):
        if flags[i] != 0 or i == 0:
            seg += 1
            seg_starts[seg] = i
        segment_id[i] = seg
