import warp as wp

# Types spelled through warp._src.types: wp._src.types.matrix(...) and
# wp._src.types.vector(...) in annotations and module-level type aliases.

vec5 = wp._src.types.vector(length=5, dtype=wp.float32)


@wp.kernel
def src_types_kernel(
    expected: wp._src.types.matrix(shape=(10, 3), dtype=float),
    v: wp.array(dtype=vec5),
    out: wp.array(dtype=float),
):
    i = wp.tid()
    m = wp._src.types.matrix(shape=(10, 3), dtype=float)
    m[1, 2] = v[i][4]
    out[i] = m[1, 2] + expected[9, 2] + wp.length(v[i])
