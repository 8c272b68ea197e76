import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def checksum8(a: wp.int8, b: wp.uint8) -> wp.uint8:
    return wp.uint8(int(a) & 0xFF) ^ b


@wp.func
def widen16(a: wp.int16, b: wp.uint16) -> wp.int32:
    return wp.int32(a) * 65536 + wp.int32(b)


@wp.func
def split64(x: wp.uint64):
    lo = wp.uint32(x & wp.uint64(0xFFFFFFFF))
    hi = wp.uint32(x >> wp.uint64(32))
    return lo, hi


@wp.func
def sat_add_u8(a: wp.uint8, b: wp.uint8) -> wp.uint8:
    s = int(a) + int(b)
    if s > 255:
        return wp.uint8(255)
    return wp.uint8(s)


@wp.kernel
def pack_records(
    i8: wp.array(dtype=wp.int8),
    u8: wp.array(dtype=wp.uint8),
    i16: wp.array(dtype=wp.int16),
    u16: wp.array(dtype=wp.uint16),
    i32: wp.array(dtype=wp.int32),
    u32: wp.array(dtype=wp.uint32),
    i64: wp.array(dtype=wp.int64),
    u64: wp.array(dtype=wp.uint64),
    out_u64: wp.array(dtype=wp.uint64),
    out_check: wp.array(dtype=wp.uint8),
):
    i = wp.tid()
    c8 = checksum8(i8[i], u8[i])
    w = widen16(i16[i], u16[i])
    a = wp.uint64(u32[i]) << wp.uint64(32)
    b = wp.uint64(wp.uint32(i32[i] + w))
    packed = (a | b) ^ u64[i]
    if i64[i] < wp.int64(0):
        packed = ~packed
    out_u64[i] = packed
    lo, hi = split64(packed)
    out_check[i] = sat_add_u8(c8, wp.uint8(int((lo ^ hi) & wp.uint32(0xFF))))


@wp.kernel
def type_ranges(i8: wp.array(dtype=wp.int8), i16: wp.array(dtype=wp.int16), i64: wp.array(dtype=wp.int64), u16: wp.array(dtype=wp.uint16), stats: wp.array(dtype=wp.int64)):
    i = wp.tid()
    v8 = wp.int64(i8[i])
    v16 = wp.int64(i16[i])
    v64 = i64[i]
    vu = wp.int64(u16[i])
    wp.atomic_min(stats, 0, v8)
    wp.atomic_max(stats, 1, v8)
    wp.atomic_min(stats, 2, v16)
    wp.atomic_max(stats, 3, v16)
    wp.atomic_add(stats, 4, v64)
    wp.atomic_add(stats, 5, vu)


@wp.kernel
def shifts_and_masks(x: wp.array(dtype=wp.uint32), y: wp.array(dtype=wp.int32), n: int, out: wp.array(dtype=wp.uint32), sout: wp.array(dtype=wp.int32)):
    i = wp.tid()
    v = x[i]
    s = y[i]
    for k in range(n):
        if (v & wp.uint32(1)) != wp.uint32(0):
            v = (v >> wp.uint32(1)) ^ wp.uint32(0xEDB88320)
        else:
            v = v >> wp.uint32(1)
        s = (s << 1) ^ (s >> 3)
    out[i] = v
    sout[i] = s % 1000003


@wp.kernel
def float_to_ints(f: wp.array(dtype=float), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), i8: wp.array(dtype=wp.int8), u16: wp.array(dtype=wp.uint16), i64: wp.array(dtype=wp.int64)):
    i = wp.tid()
    i8[i] = wp.int8(wp.clamp(int(f[i]), -128, 127))
    u16[i] = wp.uint16(wp.clamp(int(float(h[i]) * 100.0), 0, 65535))
    i64[i] = wp.int64(d[i] * wp.float64(1.0e6))


@wp.func
def b64_char(v: int) -> wp.uint8:
    if v < 26:
        return wp.uint8(65 + v)
    elif v < 52:
        return wp.uint8(97 + v - 26)
    elif v < 62:
        return wp.uint8(48 + v - 52)
    elif v == 62:
        return wp.uint8(43)
    return wp.uint8(47)


@wp.kernel
def crc32_and_base64(
    data: wp.array2d(dtype=wp.uint8),
    lengths: wp.array(dtype=wp.int32),
    crcs: wp.array(dtype=wp.uint32),
    encoded: wp.array2d(dtype=wp.uint8),
    encoded_len: wp.array(dtype=wp.int32),
):
    row = wp.tid()
    n = lengths[row]
    crc = wp.uint32(0xFFFFFFFF)
    for i in range(n):
        crc = crc ^ wp.uint32(data[row, i])
        for b in range(8):
            mask = wp.uint32(0) - (crc & wp.uint32(1))
            crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)
    crcs[row] = ~crc

    # base64 encode the payload
    out = int(0)
    cap = encoded.shape[1]
    i = int(0)
    while i < n:
        b0 = int(data[row, i])
        b1 = int(0)
        b2 = int(0)
        remain = n - i
        if remain > 1:
            b1 = int(data[row, i + 1])
        if remain > 2:
            b2 = int(data[row, i + 2])
        triple = (b0 << 16) | (b1 << 8) | b2
        if out + 4 > cap:
            break
        encoded[row, out] = b64_char((triple >> 18) & 63)
        encoded[row, out + 1] = b64_char((triple >> 12) & 63)
        if remain > 1:
            encoded[row, out + 2] = b64_char((triple >> 6) & 63)
        else:
            encoded[row, out + 2] = wp.uint8(61)
        if remain > 2:
            encoded[row, out + 3] = b64_char(triple & 63)
        else:
            encoded[row, out + 3] = wp.uint8(61)
        out += 4
        i += 3
    encoded_len[row] = wp.int32(out)
