# Tiles as Warp's CPU runs them: the kernels of 911_tile_ops in a module
# built with block_dim 1 (Warp launches every CPU kernel with block_dim 1 and
# builds its CPU module with that option), so wp.tile(x) / wp.untile of a
# per-thread value make 1-wide tiles and the generated C++ is the code the CPU
# executes (911's is for 256 threads).
import warp as wp

wp.set_module_options({"block_dim": 1})

N = 16


@wp.func
def add_one(x: float) -> float:
    return x + 1.0


@wp.func
def blend(x: float, y: float) -> float:
    return 0.5 * x + y


@wp.kernel
def arith(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=N, offset=i * N)
    u = wp.tile_ones(shape=N, dtype=float)
    f = wp.tile_full(shape=(N,), value=1.5, dtype=float)
    r = wp.tile_arange(N, dtype=float)
    x = t + u - f
    y = -x * 2.0
    z = 3.0 * y + r
    z += t
    z -= u
    wp.tile_store(out, z, offset=i * N)


@wp.kernel
def elements(a: wp.array2d(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(4, N))
    e = t[1, 2]
    f = t[3, 0]
    row = t[2]
    g = row[5]
    h = wp.tile_extract(t, 0, 1)
    w = wp.tile_load(v, shape=N)
    p = w[3]
    q = w[4, 1]
    s = wp.tile_sum(row)
    n = len(t)
    t[1, 1] += e
    t[0, 2] -= f
    out[i] = e + f + g + h + p[0] + q + float(n)


@wp.kernel
def reductions(a: wp.array2d(dtype=float), out: wp.array(dtype=float), idx: wp.array(dtype=int)):
    t = wp.tile_load(a, shape=(8, N))
    s = wp.tile_sum(t)
    s0 = wp.tile_sum(t, axis=0)
    s1 = wp.tile_sum(t, axis=1)
    lo = wp.tile_min(t)
    hi = wp.tile_max(t)
    alo = wp.tile_argmin(t)
    ahi = wp.tile_argmax(t)
    r = wp.tile_reduce(wp.add, t)
    rm = wp.tile_reduce(wp.max, t, axis=1)
    c = wp.tile_scan_inclusive(s0)
    e = wp.tile_scan_exclusive(s0)
    wp.tile_store(out, c + e)
    wp.tile_store(out, s1 + rm)
    wp.tile_atomic_add(out, s + lo + hi + r)
    wp.tile_store(idx, alo)
    wp.tile_store(idx, ahi, offset=1)


@wp.kernel
def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N)
    s = wp.tile_map(wp.sin, t)
    p = wp.tile_map(add_one, s)
    q = wp.tile_map(wp.add, p, s)
    b = wp.tile_map(blend, q, t)
    m = wp.tile_map(wp.min, b, t)
    wp.tile_store(out, m)


@wp.kernel
def layouts(a: wp.array2d(dtype=float), out: wp.array2d(dtype=wp.float64)):
    t = wp.tile_load(a, shape=(8, 4))
    tt = wp.tile_transpose(t)
    s = wp.tile_sum(tt)
    b = wp.tile_broadcast(s, shape=(4, 8))
    c = tt + b
    col = wp.tile_load(a, shape=(4, 1))
    d = wp.tile_broadcast(col, shape=(4, 8))
    e = wp.tile_astype(c + d, dtype=wp.float64)
    wp.tile_store(out, e)


@wp.kernel
def bitwise(a: wp.array(dtype=int), out: wp.array(dtype=int)):
    t = wp.tile_load(a, shape=N, storage="shared")
    u = wp.tile_arange(0, 32, 2, dtype=int)
    t &= u
    t |= u
    t ^= u
    v = (t & u) | (t ^ u)
    t[2] += 5
    t[3] -= 1
    wp.tile_store(out, v)


@wp.kernel
def threads(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    t = wp.tile(x)
    s = wp.tile_sum(t)
    vi = v[i]
    w = wp.tile(vi)
    y = wp.untile(t * 2.0)
    u = wp.untile(w)
    out[i] = y + u[1]


@wp.kernel
def copies(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=N, storage="shared")
    c = t
    r = wp.tile_load(a, shape=N)
    d = r
    wp.tile_store(out, c + d)
