import warp as wp

K = wp.constant(4)


@wp.func
def insert_sorted(dists: wp.vec4, ids: wp.vec4i, d: float, id: int):
    nd = dists
    ni = ids
    if d >= nd[3]:
        return nd, ni
    pos = int(3)
    while pos > 0 and nd[pos - 1] > d:
        nd[pos] = nd[pos - 1]
        ni[pos] = ni[pos - 1]
        pos -= 1
    nd[pos] = d
    ni[pos] = id
    return nd, ni


@wp.kernel
def knn_bruteforce(queries: wp.array(dtype=wp.vec3), points: wp.array(dtype=wp.vec3), out_ids: wp.array(dtype=wp.vec4i), out_d: wp.array(dtype=wp.vec4)):
    q = wp.tid()
    p = queries[q]
    dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)
    ids = wp.vec4i(-1, -1, -1, -1)
    for j in range(points.shape[0]):
        d = wp.length_sq(points[j] - p)
        dists, ids = insert_sorted(dists, ids, d, j)
    for k in range(K):
        if ids[k] >= 0:
            dists[k] = wp.sqrt(dists[k])
    out_ids[q] = ids
    out_d[q] = dists


@wp.kernel
def knn_mean_normal(points: wp.array(dtype=wp.vec3), ids: wp.array(dtype=wp.vec4i), normals: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    nb = ids[i]
    c = points[i]
    cnt = int(1)
    for k in range(K):
        if nb[k] >= 0:
            c = c + points[nb[k]]
            cnt += 1
    c = c / float(cnt)
    cov = wp.outer(points[i] - c, points[i] - c)
    for k in range(K):
        if nb[k] >= 0:
            d = points[nb[k]] - c
            cov = cov + wp.outer(d, d)
    # power iteration for the largest eigenvector, then take the cross product of two columns
    v = wp.vec3(1.0, 0.0, 0.0)
    for it in range(8):
        v = cov * v
        l = wp.length(v)
        if l > 0.0:
            v = v / l
    a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))
    if wp.length(a) < 1.0e-3:
        a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))
    normals[i] = wp.normalize(a)


@wp.kernel
def radius_count(points: wp.array(dtype=wp.vec3), radius: float, counts: wp.array(dtype=int), density: wp.array(dtype=float)):
    i = wp.tid()
    r2 = radius * radius
    n = int(0)
    s = float(0.0)
    for j in range(points.shape[0]):
        d2 = wp.length_sq(points[j] - points[i])
        if d2 < r2:
            n += 1
            s += 1.0 - d2 / r2
    counts[i] = n
    density[i] = s


@wp.kernel
def knn_grid_search(
    queries: wp.array(dtype=wp.vec3),
    points: wp.array(dtype=wp.vec3),
    cell_start: wp.array(dtype=int),
    cell_end: wp.array(dtype=int),
    sorted_ids: wp.array(dtype=int),
    cell_size: float,
    dims: wp.vec3i,
    max_rings: int,
    out_ids: wp.array(dtype=wp.vec4i),
    out_d: wp.array(dtype=wp.vec4),
    visited: wp.array(dtype=int),
):
    q = wp.tid()
    p = queries[q]
    cx = wp.clamp(int(p[0] / cell_size), 0, dims[0] - 1)
    cy = wp.clamp(int(p[1] / cell_size), 0, dims[1] - 1)
    cz = wp.clamp(int(p[2] / cell_size), 0, dims[2] - 1)
    dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)
    ids = wp.vec4i(-1, -1, -1, -1)
    seen = int(0)
    ring = int(0)
    while ring <= max_rings:
        for dz in range(-ring, ring + 1):
            for dy in range(-ring, ring + 1):
                for dx in range(-ring, ring + 1):
                    # only the shell of the current ring
                    if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:
                        continue
                    x = cx + dx
                    y = cy + dy
                    z = cz + dz
                    if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:
                        continue
                    c = (z * dims[1] + y) * dims[0] + x
                    for k in range(cell_start[c], cell_end[c]):
                        j = sorted_ids[k]
                        d = wp.length_sq(points[j] - p)
                        dists, ids = insert_sorted(dists, ids, d, j)
                        seen += 1
        # stop once the K-th neighbour is closer than the unexplored region
        reach = float(ring) * cell_size
        if ids[3] >= 0 and dists[3] <= reach * reach:
            break
        ring += 1
    for k in range(K):
        if ids[k] >= 0:
            dists[k] = wp.sqrt(dists[k])
    out_ids[q] = ids
    out_d[q] = dists
    wp.atomic_add(visited, 0, seen)
