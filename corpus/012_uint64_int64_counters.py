import warp as wp

GOLDEN_GAMMA = wp.constant(wp.uint64(0x9E3779B97F4A7C15))


@wp.func
def splitmix64(x: wp.uint64) -> wp.uint64:
    z = x + GOLDEN_GAMMA
    z = (z ^ (z >> wp.uint64(30))) * wp.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> wp.uint64(27))) * wp.uint64(0x94D049BB133111EB)
    return z ^ (z >> wp.uint64(31))


@wp.func
def to_unit_double(x: wp.uint64) -> wp.float64:
    top = x >> wp.uint64(11)
    return wp.float64(top) * wp.float64(1.1102230246251565e-16)


@wp.func
def abs64(x: wp.int64) -> wp.int64:
    if x < wp.int64(0):
        return -x
    return x


@wp.kernel
def timestamps_delta(stamps: wp.array(dtype=wp.int64), deltas: wp.array(dtype=wp.int64), max_gap: wp.array(dtype=wp.int64), total: wp.array(dtype=wp.int64)):
    i = wp.tid()
    if i == 0:
        deltas[i] = wp.int64(0)
        return
    d = stamps[i] - stamps[i - 1]
    deltas[i] = d
    wp.atomic_max(max_gap, 0, abs64(d))
    wp.atomic_add(total, 0, d)


@wp.kernel
def random_doubles(seed: wp.uint64, out: wp.array(dtype=wp.float64), sums: wp.array(dtype=wp.float64)):
    i = wp.tid()
    s = splitmix64(seed + wp.uint64(i))
    u = to_unit_double(s)
    s = splitmix64(s)
    v = to_unit_double(s)
    out[i] = u * wp.float64(2.0) - wp.float64(1.0) + v * wp.float64(1.0e-3)
    wp.atomic_add(sums, 0, u)


@wp.kernel
def count_events(
    event_ids: wp.array(dtype=wp.uint64),
    num_buckets: int,
    counts: wp.array(dtype=wp.uint64),
    bytes_per_bucket: wp.array(dtype=wp.int64),
    sizes: wp.array(dtype=wp.int32),
):
    i = wp.tid()
    h = splitmix64(event_ids[i])
    b = int(h % wp.uint64(num_buckets))
    wp.atomic_add(counts, b, wp.uint64(1))
    wp.atomic_add(bytes_per_bucket, b, wp.int64(sizes[i]))


@wp.kernel
def fixed_point_accumulate(values: wp.array(dtype=float), scale: float, acc: wp.array(dtype=wp.int64), lo: wp.array(dtype=wp.int64), hi: wp.array(dtype=wp.int64)):
    i = wp.tid()
    q = wp.int64(values[i] * scale)
    wp.atomic_add(acc, 0, q)
    wp.atomic_min(lo, 0, q)
    wp.atomic_max(hi, 0, q)


@wp.kernel
def mix_bits(a: wp.array(dtype=wp.uint64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64), rounds: int):
    i = wp.tid()
    x = a[i]
    y = b[i]
    for r in range(rounds):
        x = x + y
        y = (y << wp.uint64(13)) | (y >> wp.uint64(51))
        y = y ^ x
        x = (x << wp.uint64(32)) | (x >> wp.uint64(32))
    out[i] = x ^ y
