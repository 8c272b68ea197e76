# Tiles: wp.tile_matmul in both forms (accumulating into an out tile, with
# alpha and beta, and returning a new shared tile), mixed-precision operands,
# its operands moved to shared storage after they were declared, and its
# adjoint in a loop. Warp writes the CUDA code of tile_matmul only with
# libmathdx at hand, so only the CPU code is compared.
import warp as wp

TILE_M = wp.constant(8)
TILE_N = wp.constant(4)
TILE_K = wp.constant(8)


@wp.kernel
def gemm(A: wp.array2d(dtype=float), B: wp.array2d(dtype=wp.float16), C: wp.array2d(dtype=wp.float64)):
    i, j = wp.tid()
    acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=wp.float64)
    count = int(A.shape[1] / TILE_K)
    for k in range(0, count):
        a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))
        b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))
        wp.tile_matmul(a, b, acc)
    wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))


@wp.kernel
def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):
    a = wp.tile_load(A, shape=(8, 8))
    b = wp.tile_load(B, shape=(8, 8))
    c = wp.tile_matmul(a, b)
    d = wp.tile_map(wp.sin, c)
    e = wp.tile_matmul(d, b)
    wp.tile_store(C, e)
