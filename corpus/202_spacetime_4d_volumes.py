import warp as wp


@wp.func
def idx4_clamp(i: int, n: int) -> int:
    return wp.clamp(i, 0, n - 1)


@wp.kernel
def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):
    t, x, y, z = wp.tid()
    nt = src.shape[0]
    prev = src[idx4_clamp(t - 1, nt), x, y, z]
    nxt = src[idx4_clamp(t + 1, nt), x, y, z]
    dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)


@wp.kernel
def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):
    t, x, y, z = wp.tid()
    if t == 0:
        motion[t, x, y, z] = 0.0
        return
    d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])
    motion[t, x, y, z] = d
    wp.atomic_add(energy, t, d * d)


@wp.kernel
def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):
    t, x, y, z = wp.tid()
    acc = wp.vec3()
    for dx in range(2):
        for dy in range(2):
            for dz in range(2):
                acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]
    dst[t, x, y, z] = acc * 0.125


@wp.kernel
def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):
    t, x, y, z = wp.tid()
    v = src[t, x, y, z]
    wp.atomic_add(axis_sums, t, 0, v)
    if x == 0:
        wp.atomic_add(axis_sums, t, 1, v)
    if y == 0 and z == 0:
        wp.atomic_add(axis_sums, t, 2, v)
