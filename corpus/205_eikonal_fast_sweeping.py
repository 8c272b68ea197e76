import warp as wp

INF = 1.0e20


@wp.func
def solve_eikonal_2d(a: float, b: float, h: float, f: float) -> float:
    hf = h / f
    if wp.abs(a - b) >= hf:
        return wp.min(a, b) + hf
    return 0.5 * (a + b + wp.sqrt(2.0 * hf * hf - (a - b) * (a - b)))


@wp.kernel
def fast_sweep(dist: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), h: float, dir_x: int, dir_y: int, changed: wp.array(dtype=int)):
    row = wp.tid()
    nx = dist.shape[0]
    ny = dist.shape[1]
    i = row
    if dir_x < 0:
        i = nx - 1 - row
    for jj in range(ny):
        j = jj
        if dir_y < 0:
            j = ny - 1 - jj
        if dist[i, j] == 0.0:
            continue
        a = INF
        if i > 0:
            a = wp.min(a, dist[i - 1, j])
        if i < nx - 1:
            a = wp.min(a, dist[i + 1, j])
        b = INF
        if j > 0:
            b = wp.min(b, dist[i, j - 1])
        if j < ny - 1:
            b = wp.min(b, dist[i, j + 1])
        if a >= INF and b >= INF:
            continue
        d = solve_eikonal_2d(a, b, h, wp.max(speed[i, j], 1.0e-6))
        if d < dist[i, j]:
            dist[i, j] = d
            wp.atomic_add(changed, 0, 1)


@wp.kernel
def init_distance(seeds: wp.array2d(dtype=wp.uint8), dist: wp.array2d(dtype=float)):
    i, j = wp.tid()
    dist[i, j] = wp.where(seeds[i, j] != wp.uint8(0), 0.0, INF)


@wp.kernel
def gradient_descent_paths(dist: wp.array2d(dtype=float), starts: wp.array(dtype=wp.vec2i), max_len: int, paths: wp.array2d(dtype=wp.vec2i), lengths: wp.array(dtype=int)):
    p = wp.tid()
    c = starts[p]
    n = int(0)
    while n < max_len:
        paths[p, n] = c
        n += 1
        if dist[c[0], c[1]] == 0.0:
            break
        best = c
        bd = dist[c[0], c[1]]
        for dx in range(-1, 2):
            for dy in range(-1, 2):
                ni = c[0] + dx
                nj = c[1] + dy
                if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:
                    continue
                if dist[ni, nj] < bd:
                    bd = dist[ni, nj]
                    best = wp.vec2i(ni, nj)
        if best[0] == c[0] and best[1] == c[1]:
            break
        c = best
    lengths[p] = n
