import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def expand_bits_10(v: wp.uint32) -> wp.uint32:
    x = v & wp.uint32(0x3FF)
    x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)
    x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)
    x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)
    x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)
    return x


@wp.func
def expand_bits_21(v: wp.uint64) -> wp.uint64:
    x = v & wp.uint64(0x1FFFFF)
    x = (x | (x << wp.uint64(32))) & wp.uint64(0x1F00000000FFFF)
    x = (x | (x << wp.uint64(16))) & wp.uint64(0x1F0000FF0000FF)
    x = (x | (x << wp.uint64(8))) & wp.uint64(0x100F00F00F00F00F)
    x = (x | (x << wp.uint64(4))) & wp.uint64(0x10C30C30C30C30C3)
    x = (x | (x << wp.uint64(2))) & wp.uint64(0x1249249249249249)
    return x


@wp.func
def quantize(p: wp.vec3, lo: wp.vec3, hi: wp.vec3, levels: float) -> wp.vec3:
    t = wp.cw_div(p - lo, hi - lo)
    return wp.vec3(wp.clamp(t[0] * levels, 0.0, levels - 1.0), wp.clamp(t[1] * levels, 0.0, levels - 1.0), wp.clamp(t[2] * levels, 0.0, levels - 1.0))


@wp.kernel
def morton30(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, codes: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    q = quantize(points[i], lo, hi, 1024.0)
    xx = expand_bits_10(wp.uint32(int(q[0])))
    yy = expand_bits_10(wp.uint32(int(q[1])))
    zz = expand_bits_10(wp.uint32(int(q[2])))
    codes[i] = (xx << wp.uint32(2)) | (yy << wp.uint32(1)) | zz


@wp.kernel
def morton63(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, codes: wp.array(dtype=wp.uint64)):
    i = wp.tid()
    q = quantize(points[i], lo, hi, 2097152.0)
    xx = expand_bits_21(wp.uint64(int(q[0])))
    yy = expand_bits_21(wp.uint64(int(q[1])))
    zz = expand_bits_21(wp.uint64(int(q[2])))
    codes[i] = (xx << wp.uint64(2)) | (yy << wp.uint64(1)) | zz


@wp.kernel
def common_prefix(codes: wp.array(dtype=wp.uint32), lengths: wp.array(dtype=int)):
    i = wp.tid()
    if i + 1 >= codes.shape[0]:
        lengths[i] = -1
        return
    x = codes[i] ^ codes[i + 1]
    n = int(0)
    bit = wp.uint32(0x80000000)
    while n < 32 and (x & bit) == wp.uint32(0):
        n += 1
        bit = bit >> wp.uint32(1)
    lengths[i] = n


@wp.kernel
def decode_morton30(codes: wp.array(dtype=wp.uint32), cells: wp.array(dtype=wp.vec3i)):
    i = wp.tid()
    c = codes[i]
    x = int(0)
    y = int(0)
    z = int(0)
    for b in range(10):
        x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)
        y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)
        z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)
    cells[i] = wp.vec3i(x, y, z)
