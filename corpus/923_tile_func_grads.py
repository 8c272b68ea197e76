# Tiles through functions: a @wp.func_grad for a function of tiles (1.16:
# template parameters for the inputs and for adj_ret), return annotations of
# tile type, a generic (typing.Any) function instantiated for two tile types,
# a function moving its tile parameter to shared storage, print() of a tile.
from typing import Any

import warp as wp

N = 16


@wp.func
def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):
    return t * s


@wp.func_grad(scale)
def adj_scale(t: wp.tile(dtype=float, shape=(N,)), s: float, adj_ret: wp.tile(dtype=float, shape=(N,))):
    wp.adjoint[t] += adj_ret * s


@wp.func
def make(x: float) -> wp.tile(dtype=float, shape=(N,)):
    return wp.tile_full(shape=N, value=x, dtype=float)


@wp.func
def twice(t: Any):
    return t + t


@wp.func
def trans_sum(t: wp.tile(dtype=float, shape=(4, 8))) -> float:
    u = wp.tile_transpose(t)
    return wp.tile_sum(u)[0]


@wp.kernel
def grads(a: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N)
    u = scale(t, 2.0)
    v = make(a[0])
    print(v)
    wp.tile_store(a, u + v)


@wp.kernel
def generic(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    u = twice(t)
    s = trans_sum(u)
    v = wp.tile_load(a, shape=(2, 2))
    w = twice(v)
    out[0] = s + trans_sum(t)
    wp.tile_store(a, w)
