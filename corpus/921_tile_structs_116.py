# Tiles, Warp 1.16 only: tiles of structs (the struct helpers Warp adds for them:
# operator -=, unary -, sub, atomic_add, warp shuffles; a nested struct gets
# them too), tile_map / tile_reduce with user functions on structs, a tile
# stack annotation wp.tile_stack(capacity=..., dtype=...) on a func parameter,
# @wp.func_native with a tile parameter (a template parameter), chained tile
# subscripts t[idx][k] (the view applied first).
import warp as wp

N = 16
CAP = 8


@wp.struct
class Inner:
    v: wp.vec3
    w: float


@wp.struct
class Item:
    key: int
    value: float
    inner: Inner


@wp.func
def item_max(a: Item, b: Item) -> Item:
    if a.value > b.value:
        return a
    return b


@wp.func
def bump(a: Item) -> Item:
    out = Item()
    out.key = a.key + 1
    out.value = a.value * 2.0
    out.inner = a.inner
    return out


@wp.kernel(enable_backward=False)
def struct_tiles(items: wp.array(dtype=Item), out: wp.array(dtype=Item)):
    i = wp.tid()
    t = wp.tile_load(items, shape=N, offset=i * N)
    u = wp.tile_map(bump, t)
    m = wp.tile_reduce(item_max, u)
    wp.tile_store(out, u, offset=i * N)
    wp.tile_atomic_add(out, m)


@wp.func
def push_all(s: wp.tile_stack(capacity=CAP, dtype=int), v: int):
    wp.tile_stack_push(s, v, v > 0)


@wp.func_native("""
    auto val = tile_extract(t, i);
    out[0] = val;
    """)
def native_extract(t: wp.tile[int, N], i: int, out: wp.array(dtype=int)): ...


@wp.kernel
def stacks_and_natives(a: wp.array(dtype=int), out: wp.array(dtype=int)):
    i, j = wp.tid()
    s = wp.tile_stack(capacity=CAP, dtype=int)
    push_all(s, a[j])
    t = wp.tile_load(a, shape=N)
    native_extract(t, j, out)


@wp.kernel
def chained(src: wp.array2d(dtype=float), dst: wp.array(dtype=float)):
    t = wp.tile_load(src, shape=(8, N))
    wp.tile_store(dst, t[wp.tile_arange(0, 4, dtype=int) * 2][3])
    r = t[2][1:5]
    wp.tile_store(dst, r)
