import warp as wp

vec5 = wp.types.vector(length=5, dtype=float)
mat23 = wp.types.matrix(shape=(2, 3), dtype=wp.float64)
transformh = wp.types.transformation(dtype=wp.float16)


@wp.kernel
def custom_types(a: wp.array(dtype=vec5), m: wp.array(dtype=mat23), out: wp.array(dtype=float)):
    i = wp.tid()
    v = a[i]
    w = vec5(1.0, 2.0, 3.0, 4.0, 5.0)
    s = wp.dot(v, w)
    n = int(0)
    for j in reversed(range(3)):
        n += j
    x = wp.types.vector(1.0, 2.0, 3.0, dtype=float)
    out[i] = s + float(m[i][1, 2]) + float(n) + x[0]
