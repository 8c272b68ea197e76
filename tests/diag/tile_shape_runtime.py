import warp as wp


@wp.kernel
def k(a: wp.array2d(dtype=float), n: int):
    i = wp.tid()
    t = wp.tile_load(a, shape=(n, 16))
