# Tiles, Warp 1.16 only: tile / tile, tile / scalar, scalar / tile, scalar * tile
# (tile_mul with the tile first), tile * tile element-wise, tile_empty,
# tile_from_thread, n-ary tile_map and tile_map with a non-tile operand,
# tile_scan_max/min_inclusive, negative constant indices (wrapped at compile
# time) and runtime indices (wrapped with i < 0 ? i + n : i), explicit
# wp.tile_view with a shape, wp.tile_assign.
import warp as wp

N = 16


@wp.func
def fma3(x: float, y: float, z: float) -> float:
    return x * y + z


@wp.kernel
def divide(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=N, offset=i * N)
    q = t / 2.0
    r = 1.0 / t
    s = t / t
    p = 2.0 * t
    e = t * t
    wp.tile_store(out, q + r + s + p + e, offset=i * N)


@wp.kernel
def threads(a: wp.array(dtype=int), out: wp.array(dtype=float)):
    i, j = wp.tid()
    t = wp.tile_empty(shape=(N,), dtype=float, storage="shared")
    v = a[i]
    b = wp.tile_from_thread(shape=N, value=v, thread_idx=0)
    c = wp.tile_from_thread(shape=(N,), value=1.5, thread_idx=j, storage="shared")
    m = wp.tile_scan_max_inclusive(b)
    n = wp.tile_scan_min_inclusive(b)
    wp.tile_store(out, c + wp.tile_astype(m + n, dtype=float))


@wp.kernel
def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N)
    u = wp.tile_map(fma3, t, t, t)
    v = wp.tile_map(fma3, t, 2.0, u)
    w = wp.tile_map(wp.mul, v, 3.0)
    wp.tile_store(out, w)


@wp.kernel
def indices(a: wp.array2d(dtype=float), out: wp.array(dtype=float), k: int):
    t = wp.tile_load(a, shape=(4, N))
    x = t[-1, -2]
    y = t[k, 0]
    row = t[-2]
    z = row[k]
    view = wp.tile_view(t, offset=(1, 2), shape=(2, 8))
    s = wp.tile_sum(view)
    dst = wp.tile_zeros(shape=(4, N), dtype=float)
    wp.tile_assign(dst, t)
    wp.tile_assign(dst, view, offset=(0, 4))
    out[0] = x + y + z
    wp.tile_store(out, s)
