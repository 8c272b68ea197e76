# Tiles, Warp 1.16 only: wp.tile_randi / wp.tile_randf (with and without
# min/max, which come back as new constants), wp.tile_scatter_add (atomic and
# not) and wp.tile_scatter_masked, tile stacks (wp.tile_stack and its push,
# pop (two results), count and clear; uninitialized adjoints), advanced
# indexing t[indices, :] / t[:, indices] (tile_slice_indexed).
import warp as wp


@wp.kernel
def rnd(seed: int, out: wp.array(dtype=float), iout: wp.array(dtype=int)):
    i, j = wp.tid()
    rng = wp.rand_init(seed, i)
    a = wp.tile_randi(shape=16, rng=rng)
    b = wp.tile_randi(shape=(16,), rng=rng, min=0, max=10, storage="shared")
    c = wp.tile_randf(shape=16, rng=rng)
    d = wp.tile_randf(shape=(16,), rng=rng, min=-1.0, max=1.0)
    t = wp.tile_zeros(shape=16, dtype=float)
    wp.tile_scatter_add(t, j, 1.5, j < 8)
    wp.tile_scatter_add(t, j, 2.5, True, atomic=False)
    u = wp.tile_zeros(shape=(4, 4), dtype=int)
    wp.tile_scatter_masked(u, j, 0, 3, j > 2)
    wp.tile_store(out, c + d + t)
    wp.tile_store(iout, a + b)


@wp.kernel
def stacks(a: wp.array(dtype=int), out: wp.array(dtype=int)):
    i, j = wp.tid()
    s = wp.tile_stack(capacity=64, dtype=int)
    n = wp.tile_stack_push(s, a[j], a[j] > 0)
    v, ok = wp.tile_stack_pop(s)
    c = wp.tile_stack_count(s)
    wp.tile_stack_clear(s)
    for k in range(3):
        s2 = wp.tile_stack(capacity=8, dtype=float)
        wp.tile_stack_push(s2, 1.0, True)
    out[j] = v + c + n


@wp.kernel
def gather(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array2d(dtype=float)):
    t = wp.tile_load(a, shape=(8, 16))
    ix = wp.tile_load(idx, shape=4)
    g = t[ix, :]
    h = t[:, ix]
    wp.tile_store(out, g)
    wp.tile_store(out, h)
