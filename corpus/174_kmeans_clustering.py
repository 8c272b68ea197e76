import warp as wp


@wp.func
def nearest_center(p: wp.vec3, centers: wp.array(dtype=wp.vec3)):
    best = int(0)
    best_d = wp.length_sq(p - centers[0])
    for c in range(1, centers.shape[0]):
        d = wp.length_sq(p - centers[c])
        if d < best_d:
            best_d = d
            best = c
    return best, best_d


@wp.kernel
def assign(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), inertia: wp.array(dtype=float), changed: wp.array(dtype=int)):
    i = wp.tid()
    c, d = nearest_center(points[i], centers)
    if labels[i] != c:
        wp.atomic_add(changed, 0, 1)
    labels[i] = c
    wp.atomic_add(sums, c, points[i])
    wp.atomic_add(counts, c, 1)
    wp.atomic_add(inertia, 0, d)


@wp.kernel
def update_centers(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centers: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):
    c = wp.tid()
    n = counts[c]
    if n > 0:
        nc = sums[c] / float(n)
        wp.atomic_max(shift, 0, wp.length(nc - centers[c]))
        centers[c] = nc
    sums[c] = wp.vec3()
    counts[c] = 0


@wp.kernel
def kmeans_pp_distances(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), num_centers: int, dist: wp.array(dtype=float), total: wp.array(dtype=float)):
    i = wp.tid()
    p = points[i]
    best = float(1.0e30)
    for c in range(num_centers):
        best = wp.min(best, wp.length_sq(p - centers[c]))
    dist[i] = best
    wp.atomic_add(total, 0, best)


@wp.kernel
def pick_next_center(seed: int, dist: wp.array(dtype=float), total: wp.array(dtype=float), points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), slot: int):
    state = wp.rand_init(seed)
    target = wp.randf(state) * total[0]
    acc = float(0.0)
    chosen = int(dist.shape[0] - 1)
    for i in range(dist.shape[0]):
        acc += dist[i]
        if acc >= target:
            chosen = i
            break
    centers[slot] = points[chosen]
