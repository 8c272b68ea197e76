import warp as wp


@wp.kernel
def scatter_add_2d(idx: wp.array(dtype=wp.vec2i), vals: wp.array(dtype=float), grid: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):
    i = wp.tid()
    c = idx[i]
    wp.atomic_add(grid, c[0], c[1], vals[i])
    old = wp.atomic_add(counts, c[0], c[1], 1)
    if old == 0:
        grid[c[0], c[1]] += 0.0


@wp.kernel
def bounds_atomic(points: wp.array(dtype=wp.vec3), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = points[i]
    wp.atomic_min(lo, 0, p)
    wp.atomic_max(hi, 0, p)


@wp.kernel
def voxel_counts(points: wp.array(dtype=wp.vec3), h: float, grid: wp.array3d(dtype=wp.int32), mx: wp.array(dtype=wp.int32)):
    i = wp.tid()
    p = points[i] / h
    x = wp.clamp(int(wp.floor(p[0])), 0, grid.shape[0] - 1)
    y = wp.clamp(int(wp.floor(p[1])), 0, grid.shape[1] - 1)
    z = wp.clamp(int(wp.floor(p[2])), 0, grid.shape[2] - 1)
    n = wp.atomic_add(grid, x, y, z, 1)
    wp.atomic_max(mx, 0, n + 1)


@wp.kernel
def typed_atomics(
    f64: wp.array(dtype=wp.float64),
    i64: wp.array(dtype=wp.int64),
    u32: wp.array(dtype=wp.uint32),
    u64: wp.array(dtype=wp.uint64),
    h: wp.array(dtype=wp.float16),
    m: wp.array(dtype=wp.mat22),
    q: wp.array(dtype=wp.vec4),
):
    i = wp.tid()
    wp.atomic_add(f64, 0, wp.float64(i) * wp.float64(0.5))
    wp.atomic_sub(i64, 0, wp.int64(i))
    wp.atomic_max(u32, 0, wp.uint32(i))
    wp.atomic_min(u32, 1, wp.uint32(i))
    wp.atomic_add(u64, 0, wp.uint64(1))
    wp.atomic_add(h, 0, wp.float16(0.25))
    wp.atomic_add(m, 0, wp.mat22(1.0, 0.0, 0.0, 1.0))
    q[0] += wp.vec4(1.0, 2.0, 3.0, 4.0)
    q[1] -= wp.vec4(0.5)
    f64[1] += wp.float64(1.0)
    wp.atomic_add(i64, 1, wp.int64(-2))


@wp.kernel
def cas_lock(locks: wp.array(dtype=int), owner: wp.array(dtype=int), exch: wp.array(dtype=float)):
    i = wp.tid()
    slot = i % locks.shape[0]
    prev = wp.atomic_cas(locks, slot, 0, i + 1)
    if prev == 0:
        owner[slot] = i
    old = wp.atomic_exch(exch, slot, float(i))
    if old > float(i):
        wp.atomic_add(owner, slot, 0)
