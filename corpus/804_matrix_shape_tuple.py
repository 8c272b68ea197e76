import warp as wp

# wp.matrix / wp.types.matrix with a shape=(rows, cols) tuple given at the call:
# the tuple is built as a tuple_t value and its constant elements give the shape.

mat32d = wp.types.matrix(shape=(3, 2), dtype=wp.float64)


@wp.kernel
def shaped_matrices(out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):
    i = wp.tid()
    x = out[i]
    a = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))
    b = wp.types.matrix(x, 0.0, 0.0, x, shape=(2, 2), dtype=float)
    c = wp.matrix(b, shape=(2, 2))
    f = wp.types.matrix(x, shape=(3, 2))
    z = wp.matrix(shape=(4, 4), dtype=wp.float64)
    m = mat32d()
    n = mat32d(m, shape=(3, 2))
    big = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0,
                    17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, shape=(5, 5))
    out[i] = a[1, 2] + c[0, 0] + f[2, 1] + wp.trace(big) + wp.determinant(b)
    outd[i] = z[3, 3] + n[2, 1]
