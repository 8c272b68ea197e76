# Tiles: wp.tile_load / wp.tile_store / wp.tile_atomic_add with tuple, int and
# omitted offsets (constant tuple elements come back as new constants), shape
# given as a tuple, an int or a module constant, register and shared storage,
# bounds_check / aligned arguments, 1-D to 3-D arrays of scalars and vectors,
# tiles inside for and while loops (adjoint tiles zeroed with grad_zero), the
# forward and backward code of each.
import warp as wp

TILE_M = wp.constant(8)
TILE_N = 4
SHAPE_K = 16


@wp.kernel
def copy_rows(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):
    i, j = wp.tid()
    t = wp.tile_load(src, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))
    wp.tile_store(dst, t, offset=(i * TILE_M, j * TILE_N))


@wp.kernel
def shared_1d(src: wp.array(dtype=float), dst: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(src, shape=SHAPE_K, offset=i * SHAPE_K, storage="shared")
    u = wp.tile_load(src, SHAPE_K, bounds_check=False)
    wp.tile_store(dst, t, offset=i * SHAPE_K, bounds_check=False)
    wp.tile_store(dst, u)


@wp.kernel
def vec_tiles(src: wp.array(dtype=wp.vec3), dst: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    t = wp.tile_load(src, shape=(16,), offset=(i * 16,))
    old = wp.tile_atomic_add(dst, t, offset=(i * 16,))
    wp.tile_atomic_add(dst, old)


@wp.kernel
def constant_offsets(src: wp.array3d(dtype=wp.float64), dst: wp.array3d(dtype=wp.float64)):
    i = wp.tid()
    t = wp.tile_load(src, shape=(2, 4, 4), offset=(0, i, 2))
    wp.tile_store(dst, t, offset=(1, 0, i))
    s = wp.tile_load(src, shape=(2, 4, 4), storage="shared")
    wp.tile_atomic_add(dst, s, offset=(0, 0, 0), bounds_check=False)


@wp.kernel
def accumulate(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):
    i = wp.tid()
    acc = wp.tile_zeros(shape=(4, SHAPE_K), dtype=float, storage="shared")
    for k in range(n):
        t = wp.tile_load(a, shape=(4, SHAPE_K), offset=(i * 4, k * SHAPE_K))
        acc += t
    j = int(0)
    while j < n:
        t2 = wp.tile_load(a, shape=(4, SHAPE_K), offset=(0, j))
        acc -= t2
        j += 1
    wp.tile_store(out, acc, offset=(i * 4, 0))


@wp.kernel
def register_loop(a: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):
    i = wp.tid()
    for k in range(3):
        t = wp.tile_load(a, shape=8, offset=k * 8)
        wp.tile_store(out, t, offset=k * 8)
