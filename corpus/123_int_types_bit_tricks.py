import warp as wp

MASK8 = wp.constant(wp.uint8(0x0F))
SHIFT = 3


@wp.func
def popcount32(x: wp.uint32) -> int:
    c = int(0)
    v = x
    while v != wp.uint32(0):
        v = v & (v - wp.uint32(1))
        c += 1
    return c


@wp.func
def rotl64(x: wp.uint64, r: int) -> wp.uint64:
    return (x << wp.uint64(r)) | (x >> wp.uint64(64 - r))


@wp.func
def saturate_i8(v: int) -> wp.int8:
    if v > 127:
        return wp.int8(127)
    elif v < -128:
        return wp.int8(-128)
    return wp.int8(v)


@wp.kernel
def bit_stats(words: wp.array(dtype=wp.uint32), counts: wp.array(dtype=int), total: wp.array(dtype=int)):
    i = wp.tid()
    c = popcount32(words[i])
    counts[i] = c
    wp.atomic_add(total, 0, c)


@wp.kernel
def mix_hashes(keys: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64)):
    i = wp.tid()
    h = keys[i]
    h = h ^ (h >> wp.uint64(33))
    h = h * wp.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> wp.uint64(33))
    h = rotl64(h, 17)
    out[i] = h


@wp.kernel
def quantize(
    src: wp.array(dtype=float),
    scale: float,
    q8: wp.array(dtype=wp.int8),
    q16: wp.array(dtype=wp.int16),
    u8: wp.array(dtype=wp.uint8),
    u16: wp.array(dtype=wp.uint16),
):
    i = wp.tid()
    x = src[i] * scale
    q8[i] = saturate_i8(int(x))
    q16[i] = wp.int16(wp.clamp(int(x * 256.0), -32768, 32767))
    b = wp.uint8(wp.clamp(int(wp.abs(x)), 0, 255))
    u8[i] = (b & MASK8) | (b >> wp.uint8(4))
    u16[i] = wp.uint16(b) << wp.uint16(SHIFT)


@wp.kernel
def widen(
    a8: wp.array(dtype=wp.int8),
    a16: wp.array(dtype=wp.int16),
    a32: wp.array(dtype=wp.int32),
    a64: wp.array(dtype=wp.int64),
    out: wp.array(dtype=wp.int64),
):
    i = wp.tid()
    s = wp.int64(a8[i]) + wp.int64(a16[i]) * wp.int64(2)
    s = s + wp.int64(a32[i]) * wp.int64(4) - a64[i]
    if s < wp.int64(0):
        s = -s
    out[i] = s % wp.int64(1000003)


@wp.kernel
def unsigned_wrap(a: wp.array(dtype=wp.uint32), b: wp.array(dtype=wp.uint32), c: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    d = x - y
    if x < y:
        d = y - x
    c[i] = (d ^ ~x) % wp.uint32(65521)
    wp.atomic_max(c, 0, d)
    wp.atomic_min(c, 1, d)
