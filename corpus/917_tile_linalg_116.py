# Tiles, Warp 1.16 only: the in-place Cholesky factorisation and solves
# (tile_cholesky_inplace, tile_cholesky_solve_inplace, tile_lower_solve_inplace,
# tile_upper_solve_inplace) and fill_mode="upper" (a template argument), with
# and without the backward pass. CPU code only (see 916).
import warp as wp

TILE = 8


@wp.kernel(enable_backward=False)
def factor_inplace(A: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):
    a = wp.tile_load(A, shape=(TILE, TILE), storage="shared")
    wp.tile_cholesky_inplace(a, fill_mode="upper")
    y = wp.tile_load(X, shape=(TILE, 2))
    wp.tile_cholesky_solve_inplace(a, y, fill_mode="upper")
    wp.tile_lower_solve_inplace(a, y)
    wp.tile_upper_solve_inplace(a, y)
    b = wp.tile_cholesky(a, fill_mode="upper")
    c = wp.tile_cholesky_solve(b, y, fill_mode="upper")
    wp.tile_store(X, c)


@wp.kernel
def factor_upper(A: wp.array2d(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(TILE, TILE))
    u = wp.tile_cholesky(a, fill_mode="upper")
    l = wp.tile_cholesky(a, fill_mode="lower")
    y = wp.tile_load(Y, shape=TILE)
    z = wp.tile_lower_solve(l, y)
    wp.tile_store(Y, z)
    wp.tile_store(A, u)
