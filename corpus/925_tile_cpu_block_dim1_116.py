# Tiles as Warp's CPU runs them (module block_dim 1, the option Warp builds
# its CPU modules with): tile_fft / tile_ifft of power-of-two sizes (radix-2)
# and other sizes (the DFT fallback), in float32 and float64 (with
# block_dim 1 each thread holds a whole row: ept = the row's length),
# tile_cholesky and the triangular solves, tile_sort of sizes that are not a
# power of two (padded bitonic networks) with float and int keys, and the
# min / max scans of int tiles.
import warp as wp

wp.set_module_options({"block_dim": 1})

TILE = 8


@wp.kernel
def factor_and_solve(A: wp.array2d(dtype=wp.float64), X: wp.array(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(TILE, TILE))
    l = wp.tile_cholesky(a)
    y = wp.tile_load(Y, shape=TILE)
    x = wp.tile_cholesky_solve(l, y)
    z = wp.tile_lower_solve(l, y)
    w = wp.tile_upper_solve(wp.tile_transpose(l), z)
    wp.tile_store(X, x + w)
    wp.tile_store(A, l)


@wp.kernel
def row_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):
    a = wp.tile_load(x, shape=(2, 16))
    wp.tile_fft(a)
    wp.tile_ifft(a)
    wp.tile_store(x, a)
    b = wp.tile_load(y, shape=(4, 32))
    wp.tile_fft(b)
    wp.tile_store(y, b)


@wp.kernel
def odd_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):
    a = wp.tile_load(x, shape=(3, 12))
    wp.tile_fft(a)
    wp.tile_store(x, a)
    b = wp.tile_load(y, shape=(2, 5))
    wp.tile_ifft(b)
    wp.tile_store(y, b)


@wp.kernel
def sorts(kf: wp.array(dtype=float), ki: wp.array(dtype=int), v: wp.array(dtype=float), out: wp.array(dtype=int)):
    keys = wp.tile_load(kf, shape=12)
    vals = wp.tile_load(v, shape=12)
    wp.tile_sort(keys, vals)
    wp.tile_store(kf, keys)
    wp.tile_store(v, vals)
    ik = wp.tile_load(ki, shape=20)
    iv = wp.tile_arange(20, dtype=int)
    wp.tile_sort(ik, iv)
    wp.tile_store(ki, ik)
    lo = wp.tile_scan_min_inclusive(iv)
    hi = wp.tile_scan_max_inclusive(iv)
    wp.tile_store(out, lo + hi)
