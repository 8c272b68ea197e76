# Tiles: wp.tile_cholesky, wp.tile_cholesky_solve, wp.tile_lower_solve,
# wp.tile_upper_solve and wp.tile_fft / wp.tile_ifft with Warp's CPU (no
# MathDx) dispatch: unused LTO handles as constants, operands moved to shared
# storage (the FFT's to registers), 1.16's adjoint calls with their template
# arguments. Warp writes their CUDA code with libmathdx: CPU code only.
import warp as wp

TILE = 8


@wp.kernel
def solve(A: wp.array2d(dtype=wp.float64), X: wp.array(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(TILE, TILE))
    l = wp.tile_cholesky(a)
    y = wp.tile_load(Y, shape=TILE)
    x = wp.tile_cholesky_solve(l, y)
    z = wp.tile_lower_solve(l, y)
    w = wp.tile_upper_solve(wp.tile_transpose(l), z)
    wp.tile_store(X, x + w)
    wp.tile_store(A, l)


@wp.kernel
def spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):
    a = wp.tile_load(x, shape=(2, 16))
    wp.tile_fft(a)
    wp.tile_ifft(a)
    wp.tile_store(x, a)
    b = wp.tile_load(y, shape=(4, 32))
    wp.tile_fft(b)
    wp.tile_store(y, b)
