# Tiles, Warp 1.16 only: slicing tiles (t[a:b, ::2], t[i, 4:], t[::-1, j], t[:, -4:-1]:
# shared views with the slice's strides, the normalized start as a new
# constant), slices of slices, view assignment (t[2] = row, t[a:b, :] = src:
# tile_view then tile_assign), element stores with wrapped indices, tile
# annotations wp.tile[T, M, N] / wp.tile[T, (M, N)] (template parameters),
# tile_dot and tile_axpy.
import warp as wp

M = 8
N = 16


@wp.func
def row_sum(t: wp.tile[float, M, N], r: int) -> float:
    return wp.tile_sum(t[r])[0]


@wp.func
def scaled(t: wp.tile[float, (M, N)], s: float):
    return t * s


@wp.kernel
def slices(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(M, N))
    u = t[2:6, ::2]
    v = t[1, 4:]
    w = t[::-1, 3]
    x = t[:, -4:-1]
    y = u[1:3]
    s = wp.tile_sum(u) + wp.tile_sum(v) + wp.tile_sum(w) + wp.tile_sum(x) + wp.tile_sum(y)
    wp.tile_store(out, scaled(t, row_sum(t, i)))


@wp.kernel
def stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    t = wp.tile_zeros(shape=(M, N), dtype=float)
    u = wp.tile_load(a, shape=(M, N))
    t[1, 2] = 3.0
    t[i, -1] = u[0, 0]
    r = wp.tile_load(a[0], shape=(N,))
    t[2] = r
    t[2:4, 0:N] = wp.tile_load(a, shape=(2, N))
    t[5, ::2] = wp.tile_zeros(shape=(8,), dtype=float)
    wp.tile_store(out, t)


@wp.kernel
def dots(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N)
    u = wp.tile_load(a, shape=N, offset=N)
    d = wp.tile_dot(t, u)
    v = wp.tile_zeros(shape=N, dtype=float)
    wp.tile_axpy(2.0, t, v)
    wp.tile_store(out, v)
    wp.tile_store(out, d)
