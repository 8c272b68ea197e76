import warp as wp

# In-place operators on arrays of int64 and of int64 vectors: Warp 1.10 lists
# int64 among its non-atomic types (load, op, array_store), Warp 1.16 uses
# atomics. Each thread writes its own element, so both are deterministic.


@wp.kernel
def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):
    i = wp.tid()
    a[i] += wp.int64(i) * wp.int64(3)
    a[i] -= wp.int64(2)
    vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))
    vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))
    m[i] |= wp.int64(i)
    m[i] &= wp.int64(0x7FFF)
    m[i] ^= wp.int64(5)
