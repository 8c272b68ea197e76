import warp as wp


@wp.func
def nearest_centroid(p: wp.vec3, centroids: wp.array(dtype=wp.vec3)):
    best = int(-1)
    best_d = float(1.0e30)
    second_d = float(1.0e30)
    for c in range(centroids.shape[0]):
        d = wp.length_sq(p - centroids[c])
        if d < best_d:
            second_d = best_d
            best_d = d
            best = c
        elif d < second_d:
            second_d = d
    return best, best_d, second_d


@wp.kernel
def assign_clusters(
    points: wp.array(dtype=wp.vec3),
    centroids: wp.array(dtype=wp.vec3),
    labels: wp.array(dtype=int),
    sums: wp.array(dtype=wp.vec3),
    counts: wp.array(dtype=int),
    inertia: wp.array(dtype=float),
    changed: wp.array(dtype=int),
    ambiguous: wp.array(dtype=int),
):
    i = wp.tid()
    p = points[i]
    c, d, d2 = nearest_centroid(p, centroids)
    if labels[i] != c:
        wp.atomic_add(changed, 0, 1)
    labels[i] = c
    wp.atomic_add(sums, c, p)
    wp.atomic_add(counts, c, 1)
    wp.atomic_add(inertia, 0, d)
    if d2 - d < 1.0e-3 * (d + 1.0e-6):
        wp.atomic_add(ambiguous, 0, 1)


@wp.kernel
def update_centroids(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centroids: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):
    c = wp.tid()
    n = counts[c]
    if n == 0:
        return
    new_c = sums[c] / float(n)
    wp.atomic_max(shift, 0, wp.length(new_c - centroids[c]))
    centroids[c] = new_c
    sums[c] = wp.vec3()
    counts[c] = 0


@wp.kernel
def kmeanspp_distances(points: wp.array(dtype=wp.vec3), centroids: wp.array(dtype=wp.vec3), num_chosen: int, dist2: wp.array(dtype=float), total: wp.array(dtype=float)):
    i = wp.tid()
    p = points[i]
    best = float(1.0e30)
    for c in range(num_chosen):
        best = wp.min(best, wp.length_sq(p - centroids[c]))
    dist2[i] = best
    wp.atomic_add(total, 0, best)


@wp.kernel
def silhouette_partial(points: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), num_clusters: int, sums: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):
    i, j = wp.tid()
    if i == j:
        return
    lj = labels[j]
    d = wp.length(points[i] - points[j])
    wp.atomic_add(sums, i, lj, d)
    wp.atomic_add(counts, i, lj, 1)
