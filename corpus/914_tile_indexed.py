# Tiles: wp.tile_load_indexed / wp.tile_store_indexed / wp.tile_atomic_add_indexed
# (an index tile moved to shared storage; axis and offset arguments, default
# offsets as new constants), with index tiles made by tile_load and tile_arange.
import warp as wp

M = 4
N = 8


@wp.kernel
def gather_rows(src: wp.array2d(dtype=float), rows: wp.array(dtype=int), dst: wp.array2d(dtype=float)):
    i = wp.tid()
    idx = wp.tile_load(rows, shape=M)
    t = wp.tile_load_indexed(src, indices=idx, shape=(M, N), offset=(0, i * N), axis=0)
    u = wp.tile_load_indexed(src, idx, shape=(M, N))
    wp.tile_store(dst, t + u, offset=(0, i * N))


@wp.kernel
def scatter_cols(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):
    t = wp.tile_load(src, shape=(M, N))
    cols = wp.tile_arange(0, 16, 2, dtype=int)
    wp.tile_store_indexed(dst, indices=cols, t=t, axis=1)
    wp.tile_store_indexed(dst, cols, t, offset=(M, 0), axis=1)
    old = wp.tile_atomic_add_indexed(dst, indices=cols, t=t, axis=1)
    wp.tile_store(src, old)
