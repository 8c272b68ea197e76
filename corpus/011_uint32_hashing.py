import warp as wp

wp.set_module_options({"enable_backward": False})

FNV_OFFSET = wp.constant(wp.uint32(2166136261))
FNV_PRIME = wp.constant(wp.uint32(16777619))


@wp.func
def pcg_hash(v: wp.uint32) -> wp.uint32:
    state = v * wp.uint32(747796405) + wp.uint32(2891336453)
    word = ((state >> ((state >> wp.uint32(28)) + wp.uint32(4))) ^ state) * wp.uint32(277803737)
    return (word >> wp.uint32(22)) ^ word


@wp.func
def xorshift32(x: wp.uint32) -> wp.uint32:
    x = x ^ (x << wp.uint32(13))
    x = x ^ (x >> wp.uint32(17))
    x = x ^ (x << wp.uint32(5))
    return x


@wp.func
def rotl32(x: wp.uint32, r: wp.uint32) -> wp.uint32:
    return (x << r) | (x >> (wp.uint32(32) - r))


@wp.func
def murmur_mix(h: wp.uint32) -> wp.uint32:
    h = h ^ (h >> wp.uint32(16))
    h = h * wp.uint32(0x85EBCA6B)
    h = h ^ (h >> wp.uint32(13))
    h = h * wp.uint32(0xC2B2AE35)
    h = h ^ (h >> wp.uint32(16))
    return h


@wp.func
def popcount32(x: wp.uint32) -> int:
    c = int(0)
    v = x
    while v != wp.uint32(0):
        v = v & (v - wp.uint32(1))
        c += 1
    return c


@wp.kernel
def hash_keys(keys: wp.array(dtype=wp.uint32), seeds: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32), buckets: wp.array(dtype=int)):
    i = wp.tid()
    k = keys[i]
    h = pcg_hash(k ^ seeds[0])
    h = murmur_mix(h + rotl32(k, wp.uint32(7)))
    out[i] = h
    nb = wp.uint32(buckets.shape[0])
    b = h % nb
    wp.atomic_add(buckets, int(b), 1)


@wp.kernel
def fnv1a_bytes(data: wp.array2d(dtype=wp.uint8), lengths: wp.array(dtype=int), digests: wp.array(dtype=wp.uint32)):
    row = wp.tid()
    h = FNV_OFFSET
    n = lengths[row]
    for i in range(n):
        h = h ^ wp.uint32(data[row, i])
        h = h * FNV_PRIME
    digests[row] = h


@wp.kernel
def bloom_insert(keys: wp.array(dtype=wp.uint32), num_hashes: int, bits: wp.array(dtype=wp.uint32), num_bits: wp.uint32):
    i = wp.tid()
    h1 = pcg_hash(keys[i])
    h2 = xorshift32(keys[i] | wp.uint32(1))
    for k in range(num_hashes):
        pos = (h1 + wp.uint32(k) * h2) % num_bits
        word = int(pos >> wp.uint32(5))
        mask = wp.uint32(1) << (pos & wp.uint32(31))
        wp.atomic_or(bits, word, mask)


@wp.kernel
def bit_statistics(words: wp.array(dtype=wp.uint32), total_bits: wp.array(dtype=int), parity: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    w = words[i]
    c = popcount32(w)
    wp.atomic_add(total_bits, 0, c)
    p = w ^ (w >> wp.uint32(16))
    p = p ^ (p >> wp.uint32(8))
    p = p ^ (p >> wp.uint32(4))
    p = p ^ (p >> wp.uint32(2))
    p = p ^ (p >> wp.uint32(1))
    parity[i] = p & wp.uint32(1)


@wp.kernel
def cuckoo_insert(
    keys: wp.array(dtype=wp.uint32),
    table_keys: wp.array(dtype=wp.uint32),
    table_vals: wp.array(dtype=int),
    empty_key: wp.uint32,
    max_kicks: int,
    failed: wp.array(dtype=int),
    kicks_total: wp.array(dtype=int),
):
    i = wp.tid()
    cap = wp.uint32(table_keys.shape[0])
    half = cap / wp.uint32(2)
    key = keys[i]
    val = i
    kicks = int(0)
    use_second = int(0)
    done = int(0)
    while kicks < max_kicks:
        slot = wp.uint32(0)
        if use_second == 0:
            slot = pcg_hash(key) % half
        else:
            slot = half + murmur_mix(key) % half
        s = int(slot)
        prev_key = wp.atomic_exch(table_keys, s, key)
        prev_val = wp.atomic_exch(table_vals, s, val)
        if prev_key == empty_key:
            done = 1
            break
        if prev_key == key:
            # duplicate key: latest value wins
            done = 1
            break
        # evicted an entry: reinsert it into its other table
        key = prev_key
        val = prev_val
        h1 = pcg_hash(key) % half
        if h1 == slot:
            use_second = 1
        else:
            use_second = 0
        kicks += 1
    wp.atomic_add(kicks_total, 0, kicks)
    if done == 0:
        wp.atomic_add(failed, 0, 1)


@wp.kernel
def cuckoo_lookup(queries: wp.array(dtype=wp.uint32), table_keys: wp.array(dtype=wp.uint32), table_vals: wp.array(dtype=int), results: wp.array(dtype=int)):
    i = wp.tid()
    cap = wp.uint32(table_keys.shape[0])
    half = cap / wp.uint32(2)
    k = queries[i]
    s1 = int(pcg_hash(k) % half)
    s2 = int(half + murmur_mix(k) % half)
    if table_keys[s1] == k:
        results[i] = table_vals[s1]
    elif table_keys[s2] == k:
        results[i] = table_vals[s2]
    else:
        results[i] = -1
