import warp as wp

SEED_MULT = 1103515245
SEED_ADD = 12345


@wp.func
def lcg(x: wp.uint32) -> wp.uint32:
    return x * wp.uint32(SEED_MULT) + wp.uint32(SEED_ADD)


@wp.kernel
def int_aug(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    y = b[i] | 1
    x += y
    x -= 3
    x *= 2
    x //= y
    x %= 97
    x <<= 2
    x >>= 1
    x &= 0xFFFF
    x |= 0x10
    x ^= y
    out[i] = x


@wp.kernel
def uint_aug(a: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    s = a[i]
    for k in range(4):
        s = lcg(s)
        s ^= s >> wp.uint32(16)
        s *= wp.uint32(0x85EBCA6B)
        s ^= s >> wp.uint32(13)
    out[i] = s


@wp.kernel
def float_aug(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    x += 1.5
    x -= 0.25
    x *= 3.0
    x /= 7.0
    x **= 2.0
    x %= 5.0
    out[i] = x
    out[i] += x
    out[i] -= 1.0
    out[i] *= 0.5
    out[i] /= 3.0


@wp.kernel
def vec_aug(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3), out_m: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    a = v[i]
    a += wp.vec3(1.0, 2.0, 3.0)
    a -= wp.vec3(0.5)
    a *= 2.0
    a /= 4.0
    a[0] += 1.0
    a[1] *= 3.0
    a.z -= 2.0
    b = m[i]
    b += wp.identity(n=3, dtype=float)
    b *= 0.5
    b[0, 0] -= 1.0
    b[2, 1] += a[0]
    out_v[i] = a
    out_m[i] = b
    out_v[i] += b * a
    out_m[i] -= wp.outer(a, a)


@wp.kernel
def int64_aug(a: wp.array(dtype=wp.int64), out: wp.array(dtype=wp.int64)):
    i = wp.tid()
    x = a[i]
    x += wp.int64(1) << wp.int64(40)
    x //= wp.int64(3)
    x %= wp.int64(1000000007)
    x *= wp.int64(31)
    x >>= wp.int64(2)
    out[i] = x
    wp.atomic_add(out, 0, x)
