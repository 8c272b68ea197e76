import warp as wp

NOT_FOUND = -1
MAX_PROBES = wp.constant(64)


@wp.func
def lower_bound(keys: wp.array(dtype=int), n: int, key: int) -> int:
    lo = int(0)
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@wp.func
def probe_table(table: wp.array(dtype=int), key: int) -> int:
    cap = table.shape[0]
    h = (key * 2654435761) % cap
    if h < 0:
        h += cap
    for p in range(MAX_PROBES):
        slot = (h + p * p) % cap
        k = table[slot]
        if k == key:
            return slot
        elif k == NOT_FOUND:
            break
    return NOT_FOUND


@wp.func
def collatz_steps(n: int, limit: int) -> int:
    steps = int(0)
    x = n
    while x != 1:
        if steps >= limit:
            return -1
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    return steps


@wp.kernel
def sorted_lookup(keys: wp.array(dtype=int), queries: wp.array(dtype=int), found: wp.array(dtype=int)):
    i = wp.tid()
    n = keys.shape[0]
    q = queries[i]
    pos = lower_bound(keys, n, q)
    if pos < n and keys[pos] == q:
        found[i] = pos
    else:
        found[i] = NOT_FOUND


@wp.kernel
def hash_lookup(table: wp.array(dtype=int), queries: wp.array(dtype=int), slots: wp.array(dtype=int), misses: wp.array(dtype=int)):
    i = wp.tid()
    s = probe_table(table, queries[i])
    slots[i] = s
    if s == NOT_FOUND:
        wp.atomic_add(misses, 0, 1)


@wp.kernel
def collatz(start: wp.array(dtype=int), steps: wp.array(dtype=int), longest: wp.array(dtype=int)):
    i = wp.tid()
    s = collatz_steps(start[i], 1000)
    steps[i] = s
    wp.atomic_max(longest, 0, s)


@wp.kernel
def scan_runs(values: wp.array2d(dtype=int), run_len: wp.array(dtype=int), run_val: wp.array(dtype=int)):
    row = wp.tid()
    n = values.shape[1]
    best = int(0)
    best_v = int(0)
    j = int(0)
    while j < n:
        v = values[row, j]
        k = j + 1
        for t in range(j + 1, n):
            if values[row, t] != v:
                break
            k = t + 1
        length = k - j
        if length > best:
            best = length
            best_v = v
        if best >= n - j:
            break
        j = k
    run_len[row] = best
    run_val[row] = best_v


@wp.kernel
def classify(x: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):
    i = wp.tid()
    v = x[i]
    lab = wp.int8(0)
    if wp.isnan(v):
        lab = wp.int8(-1)
    elif v < -1.0:
        lab = wp.int8(1)
    elif v < 0.0:
        lab = wp.int8(2)
    elif v == 0.0:
        lab = wp.int8(3)
    elif v <= 1.0 and not wp.isinf(v):
        lab = wp.int8(4)
    else:
        lab = wp.int8(5)
    labels[i] = lab
