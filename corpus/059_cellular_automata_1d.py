import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def get_bit(words: wp.array(dtype=wp.uint32), i: int, n: int) -> wp.uint32:
    j = (i + n) % n
    w = words[j >> 5]
    return (w >> wp.uint32(j & 31)) & wp.uint32(1)


@wp.func
def apply_rule(rule: wp.uint32, l: wp.uint32, c: wp.uint32, r: wp.uint32) -> wp.uint32:
    pattern = (l << wp.uint32(2)) | (c << wp.uint32(1)) | r
    return (rule >> pattern) & wp.uint32(1)


@wp.kernel
def step_rule(src: wp.array(dtype=wp.uint32), dst: wp.array(dtype=wp.uint32), n: int, rule: wp.uint32):
    word = wp.tid()
    out = wp.uint32(0)
    for b in range(32):
        i = word * 32 + b
        if i >= n:
            break
        l = get_bit(src, i - 1, n)
        c = get_bit(src, i, n)
        r = get_bit(src, i + 1, n)
        bit = apply_rule(rule, l, c, r)
        out = out | (bit << wp.uint32(b))
    dst[word] = out


@wp.kernel
def run_generations(rows: wp.array2d(dtype=wp.uint8), rule: int, generations: int):
    tid = wp.tid()
    if tid != 0:
        return
    n = rows.shape[1]
    for g in range(1, generations):
        for i in range(n):
            l = int(rows[g - 1, (i - 1 + n) % n])
            c = int(rows[g - 1, i])
            r = int(rows[g - 1, (i + 1) % n])
            idx = l * 4 + c * 2 + r
            rows[g, i] = wp.uint8((rule >> idx) & 1)


@wp.kernel
def density_per_row(rows: wp.array2d(dtype=wp.uint8), density: wp.array(dtype=float)):
    g, i = wp.tid()
    if rows[g, i] != wp.uint8(0):
        wp.atomic_add(density, g, 1.0 / float(rows.shape[1]))
