import warp as wp


@wp.kernel
def k(a: wp.array2d(dtype=float)):
    i = wp.tid()
    s = wp.tile_stack(capacity=16, dtype=int)
