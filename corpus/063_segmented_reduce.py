import warp as wp


@wp.func
def segment_bounds(offsets: wp.array(dtype=int), s: int):
    return offsets[s], offsets[s + 1]


@wp.kernel
def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):
    s = wp.tid()
    start, end = segment_bounds(offsets, s)
    if end <= start:
        sums[s] = 0.0
        maxs[s] = 0.0
        argmaxs[s] = -1
        return
    total = float(0.0)
    best = values[start]
    best_i = start
    for i in range(start, end):
        v = values[i]
        total += v
        if v > best:
            best = v
            best_i = i
    sums[s] = total
    maxs[s] = best
    argmaxs[s] = best_i


@wp.kernel
def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):
    s = wp.tid()
    start, end = segment_bounds(offsets, s)
    m = float(-1.0e30)
    for i in range(start, end):
        m = wp.max(m, values[i])
    z = float(0.0)
    for i in range(start, end):
        z += wp.exp(values[i] - m)
    for i in range(start, end):
        out[i] = wp.exp(values[i] - m) / z


@wp.kernel
def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):
    i = wp.tid()
    k = keys[i]
    if k < 0:
        return
    sums[k] += values[i]
    counts[k] += 1


@wp.kernel
def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):
    k = wp.tid()
    c = counts[k]
    if c > 0:
        means[k] = sums[k] / float(c)
    else:
        means[k] = wp.vec3()


@wp.kernel
def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):
    i = wp.tid()
    if i == 0 or keys[i] != keys[i - 1]:
        heads[i] = 1
        wp.atomic_add(num_runs, 0, 1)
    else:
        heads[i] = 0
