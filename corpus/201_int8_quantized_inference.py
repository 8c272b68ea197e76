import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def requantize(acc: int, scale: float, zero_point: int) -> wp.int8:
    v = int(wp.round(float(acc) * scale)) + zero_point
    return wp.int8(wp.clamp(v, -128, 127))


@wp.kernel
def int8_gemm(a: wp.array2d(dtype=wp.int8), b: wp.array2d(dtype=wp.int8), bias: wp.array(dtype=wp.int32), scale: float, zp: int, c: wp.array2d(dtype=wp.int8)):
    i, j = wp.tid()
    acc = int(0)
    for k in range(a.shape[1]):
        acc += int(a[i, k]) * int(b[k, j])
    acc += int(bias[j])
    c[i, j] = requantize(acc, scale, zp)


@wp.kernel
def quantize_per_channel(w: wp.array2d(dtype=float), scales: wp.array(dtype=float), q: wp.array2d(dtype=wp.int8)):
    oc, k = wp.tid()
    s = scales[oc]
    v = int(wp.round(w[oc, k] / s))
    q[oc, k] = wp.int8(wp.clamp(v, -127, 127))


@wp.kernel
def channel_absmax(w: wp.array2d(dtype=float), scales: wp.array(dtype=float)):
    oc = wp.tid()
    m = float(0.0)
    for k in range(w.shape[1]):
        m = wp.max(m, wp.abs(w[oc, k]))
    scales[oc] = wp.max(m / 127.0, 1.0e-8)


@wp.kernel
def dequant_relu_fp16(q: wp.array2d(dtype=wp.int8), scale: float, zp: int, out: wp.array2d(dtype=wp.float16)):
    i, j = wp.tid()
    v = float(int(q[i, j]) - zp) * scale
    out[i, j] = wp.float16(wp.max(v, 0.0))


@wp.kernel
def uint4_pack(q: wp.array2d(dtype=wp.int8), packed: wp.array2d(dtype=wp.uint8)):
    i, j = wp.tid()
    lo = wp.uint8(int(q[i, 2 * j]) + 8) & wp.uint8(0x0F)
    hi = wp.uint8(int(q[i, 2 * j + 1]) + 8) & wp.uint8(0x0F)
    packed[i, j] = lo | (hi << wp.uint8(4))


@wp.kernel
def uint4_unpack(packed: wp.array2d(dtype=wp.uint8), q: wp.array2d(dtype=wp.int8)):
    i, j = wp.tid()
    p = packed[i, j]
    q[i, 2 * j] = wp.int8(int(p & wp.uint8(0x0F)) - 8)
    q[i, 2 * j + 1] = wp.int8(int(p >> wp.uint8(4)) - 8)
