# Tiles in control flow: a tile rebound in if/elif/else branches (1.10 merges
# with where(), whose tile result is the register operand's type or a new
# owning shared tile; 1.16 with assign), tiles reassigned in for loops and
# accumulated over iterations, tile_reduce with a builtin operator.
import warp as wp

M = 8


@wp.kernel
def select(mode: int, x: wp.array(dtype=float), y: wp.array(dtype=float), z: wp.array(dtype=float)):
    x_reg = wp.tile_load(x, shape=(M,), storage="register")
    y_reg = wp.tile_load(y, shape=(M,), storage="register")
    x_shared = wp.tile_load(x, shape=(M,), storage="shared")
    y_shared = wp.tile_load(y, shape=(M,), storage="shared")
    if mode == 0:
        s = x_reg
    elif mode == 1:
        s = y_reg
    elif mode == 2:
        s = x_shared
    else:
        s = y_shared
    wp.tile_store(z, s)


@wp.kernel
def loops(a: wp.array(dtype=float), out: wp.array(dtype=float), n: int):
    t = wp.tile_load(a, shape=16)
    if n > 2:
        t = t * 2.0
    else:
        t = t + t
    for k in range(n):
        t = t + wp.tile_ones(shape=16, dtype=float)
    s = wp.tile_zeros(shape=16, dtype=float)
    for k in range(3):
        s = s + t
    r = wp.tile_reduce(wp.max, s)
    wp.tile_store(out, t + s)
    wp.tile_store(out, r)
