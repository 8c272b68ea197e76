import warp as wp


@wp.kernel
def index_with_types(a: wp.array(dtype=float), idx32: wp.array(dtype=wp.uint32), idx64: wp.array(dtype=wp.int64), out: wp.array(dtype=float)):
    i = wp.tid()
    u = idx32[i]
    l = idx64[i]
    out[i] = a[u] + a[l] + a[wp.int32(u)]
    out[wp.uint32(i)] += 1.0
    wp.atomic_add(out, wp.int64(i), 0.5)


@wp.kernel
def index_2d_types(g: wp.array2d(dtype=float), rows: wp.array(dtype=wp.int64), cols: wp.array(dtype=wp.uint32), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = g[rows[i], cols[i]] + g[rows[i], int(cols[i])]


@wp.kernel
def shifts_mixed(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.int64)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    s = x << wp.int64(3)
    t = y >> wp.uint64(7)
    out[i] = s + wp.int64(t) + wp.int64(wp.uint64(x) & y)


@wp.kernel
def loop_types(n: wp.int32, out: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    acc = wp.uint32(0)
    for k in range(n):
        acc = acc * wp.uint32(31) + wp.uint32(k)
    out[i] = acc
