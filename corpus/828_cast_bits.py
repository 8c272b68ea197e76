import warp as wp

# wp.cast: a value's bits read as another type of the same size (the
# template argument is written as Warp prints the dtype: float, wp::uint32).


@wp.struct
class Packed:
    h: wp.int16
    s: wp.int16


@wp.kernel
def cast_bits(a: wp.array(dtype=float), bits: wp.array(dtype=wp.uint32), back: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), w: wp.array(dtype=wp.vec2i), p: wp.array(dtype=int)):
    i = wp.tid()
    u = wp.cast(a[i], wp.uint32)
    bits[i] = u
    back[i] = wp.cast(u ^ wp.uint32(0x80000000), float)
    w[i] = wp.cast(v[i], wp.vec2i)
    q = Packed()
    q.h = wp.int16(2)
    q.s = wp.int16(i)
    p[i] = wp.cast(q, int)
