import warp as wp

NUM_BUCKETS = wp.constant(16)


@wp.func
def record(hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), bucket: int) -> int:
    b = wp.clamp(bucket, 0, NUM_BUCKETS - 1)
    wp.atomic_add(hist, b, wp.int32(1))
    wp.atomic_add(total, 0, wp.int64(1))
    return b


@wp.func
def log_bucket(x: float) -> int:
    if x <= 0.0:
        return 0
    return int(wp.floor(wp.log2(x))) + NUM_BUCKETS // 2


@wp.func
def flush(out: wp.array(dtype=float), i: int, v: float):
    if v == 0.0:
        return
    out[i] = v


@wp.func
def ignore(x: float):
    pass


@wp.kernel
def latency_histogram(samples: wp.array(dtype=float), hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), buckets: wp.array(dtype=int)):
    i = wp.tid()
    "bucket samples on a log2 scale"
    b = record(hist, total, log_bucket(samples[i]))
    buckets[i] = b
    ignore(samples[i])


@wp.kernel
def threshold_events(signal: wp.array(dtype=float), threshold: float, hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), onsets: wp.array(dtype=float)):
    i = wp.tid()
    if i == 0:
        return
    prev = signal[i - 1]
    cur = signal[i]
    if prev < threshold and cur >= threshold:
        record(hist, total, i % NUM_BUCKETS)
        flush(onsets, i, cur - prev)


@wp.kernel
def rolling_max(signal: wp.array(dtype=float), window: int, out: wp.array(dtype=float)):
    i = wp.tid()
    n = signal.shape[0]
    m = signal[i]
    for k in range(1, window):
        j = i - k
        if j < 0:
            break
        m = wp.max(m, signal[j])
    for k in range(3):
        k = k + 1
        m += 0.0 * float(k)
    out[i] = m
    if i == n - 1:
        wp.printf("last window max %f over %d samples\n", m, window)
