import warp as wp

EMPTY = wp.constant(-1)
MAX_PROBE = 128


@wp.func
def hash_u32(k: int) -> int:
    h = wp.uint32(k)
    h = h ^ (h >> wp.uint32(16))
    h = h * wp.uint32(0x7FEB352D)
    h = h ^ (h >> wp.uint32(15))
    h = h * wp.uint32(0x846CA68B)
    h = h ^ (h >> wp.uint32(16))
    return int(h & wp.uint32(0x7FFFFFFF))


@wp.kernel
def insert(keys_in: wp.array(dtype=int), vals_in: wp.array(dtype=float), keys: wp.array(dtype=int), vals: wp.array(dtype=float), failures: wp.array(dtype=int)):
    i = wp.tid()
    k = keys_in[i]
    cap = keys.shape[0]
    slot = hash_u32(k) % cap
    for p in range(MAX_PROBE):
        prev = wp.atomic_cas(keys, slot, EMPTY, k)
        if prev == EMPTY or prev == k:
            wp.atomic_add(vals, slot, vals_in[i])
            return
        slot = (slot + 1) % cap
    wp.atomic_add(failures, 0, 1)


@wp.kernel
def lookup(queries: wp.array(dtype=int), keys: wp.array(dtype=int), vals: wp.array(dtype=float), out: wp.array(dtype=float), found: wp.array(dtype=wp.bool)):
    i = wp.tid()
    q = queries[i]
    cap = keys.shape[0]
    slot = hash_u32(q) % cap
    out[i] = 0.0
    found[i] = False
    for p in range(MAX_PROBE):
        k = keys[slot]
        if k == q:
            out[i] = vals[slot]
            found[i] = True
            break
        if k == EMPTY:
            break
        slot = (slot + 1) % cap


@wp.kernel
def clear(keys: wp.array(dtype=int), vals: wp.array(dtype=float)):
    i = wp.tid()
    keys[i] = EMPTY
    vals[i] = 0.0


@wp.kernel
def load_factor(keys: wp.array(dtype=int), used: wp.array(dtype=int), longest_run: wp.array(dtype=int)):
    i = wp.tid()
    if keys[i] != EMPTY:
        wp.atomic_add(used, 0, 1)
        run = int(1)
        j = (i + 1) % keys.shape[0]
        while keys[j] != EMPTY and run < keys.shape[0]:
            run += 1
            j = (j + 1) % keys.shape[0]
        wp.atomic_max(longest_run, 0, run)
