import warp as wp

# Typed scalar constants: Warp prints the Python number each was made from
# (str(value.value)), unrounded and unwrapped; the C++ compiler converts it.

C2 = wp.constant(wp.float32(0.1))
C6 = wp.constant(wp.float32(1.0 / 3.0))
ONE = wp.constant(wp.float32(1))
TWO = wp.constant(wp.float64(2))
A = wp.constant(wp.int8(300))
B = wp.constant(wp.uint8(-1))
C = wp.constant(wp.uint32(-1))
D = wp.constant(wp.int32(2**31))
H = wp.constant(wp.int64(-(2**63)))
U = wp.constant(wp.uint64(2**63 + 1))


@wp.kernel
def typed_constants(
    f: wp.array(dtype=float),
    d: wp.array(dtype=wp.float64),
    a: wp.array(dtype=int),
    b: wp.array(dtype=wp.uint32),
    g: wp.array(dtype=wp.int64),
    u: wp.array(dtype=wp.uint64),
):
    i = wp.tid()
    f[i] = f[i] * C2 + C6 + ONE
    d[i] = d[i] * TWO
    a[i] = int(A) + int(B) + D
    b[i] = C
    g[i] = H
    u[i] = U
