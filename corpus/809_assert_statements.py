import warp as wp

# assert statements in kernels and functions: Warp 1.16 writes
# assert(((void)"message", cond)), Warp 1.10 assert(("message", cond)).


@wp.func
def expect_one(value: int):
    assert value == 1, "Array element must be 1"
    return value * 2


@wp.kernel
def assert_kernel(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array(dtype=int)):
    i = wp.tid()
    assert a[i] == 1
    assert a[i] > 0 and a[i] < 2
    assert b[i] >= 0.0, "b must be non-negative"
    out[i] = expect_one(a[i])
