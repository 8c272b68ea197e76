# Tiles: @wp.func parameters annotated wp.tile(dtype=..., shape=...) (1.16:
# template parameters passed by reference; 1.10: register tiles by value), a
# func returning a tile, element stores t[i, j] = x (the hidden assign builtin),
# tile_squeeze, tile_reshape (with -1), tile_sort (keys and values moved to
# shared storage), tile_diag_add.
import warp as wp

N = 16


@wp.func
def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):
    return t * s


@wp.func
def total(t: wp.tile(dtype=float, shape=(N,))) -> float:
    return wp.tile_sum(t)[0]


@wp.kernel
def funcs(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N)
    u = scale(t, 2.0)
    out[0] = total(u)
    wp.tile_store(out, u)


@wp.kernel
def element_stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    t = wp.tile_zeros(shape=(8, N), dtype=float)
    u = wp.tile_load(a, shape=(8, N))
    t[1, 2] = 3.0
    t[i, 3] = u[0, 0]
    wp.tile_store(out, t)


@wp.kernel
def shapes(a: wp.array2d(dtype=float), k: wp.array(dtype=int), out: wp.array2d(dtype=float)):
    t = wp.tile_load(a, shape=(1, N))
    s = wp.tile_squeeze(t)
    r = wp.tile_reshape(s, shape=(4, 4))
    r2 = wp.tile_reshape(s, shape=(2, -1))
    keys = wp.tile_load(k, shape=N)
    vals = wp.tile_load(a[0], shape=N)
    wp.tile_sort(keys, vals)
    d = wp.tile_load(a[1], shape=4)
    m = wp.tile_diag_add(r, d)
    q = wp.tile_squeeze(t, axis=(0,))
    wp.tile_store(out, m)
    wp.tile_store(out, r2)
