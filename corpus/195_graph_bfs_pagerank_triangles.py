import warp as wp

UNVISITED = -1


@wp.kernel
def bfs_expand(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), frontier: wp.array(dtype=int), frontier_size: int, depth: wp.array(dtype=int), level: int, next_frontier: wp.array(dtype=int), next_size: wp.array(dtype=int)):
    t = wp.tid()
    if t >= frontier_size:
        return
    u = frontier[t]
    for e in range(offsets[u], offsets[u + 1]):
        v = edges[e]
        if wp.atomic_cas(depth, v, UNVISITED, level + 1) == UNVISITED:
            slot = wp.atomic_add(next_size, 0, 1)
            next_frontier[slot] = v


@wp.kernel
def out_degree(offsets: wp.array(dtype=int), deg: wp.array(dtype=float)):
    u = wp.tid()
    deg[u] = float(offsets[u + 1] - offsets[u])


@wp.kernel
def pagerank_push(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), rank: wp.array(dtype=float), deg: wp.array(dtype=float), next_rank: wp.array(dtype=float), dangling: wp.array(dtype=float)):
    u = wp.tid()
    d = deg[u]
    if d == 0.0:
        wp.atomic_add(dangling, 0, rank[u])
        return
    share = rank[u] / d
    for e in range(offsets[u], offsets[u + 1]):
        wp.atomic_add(next_rank, edges[e], share)


@wp.kernel
def pagerank_finish(next_rank: wp.array(dtype=float), rank: wp.array(dtype=float), dangling: wp.array(dtype=float), damping: float, n: int, delta: wp.array(dtype=float)):
    u = wp.tid()
    r = (1.0 - damping) / float(n) + damping * (next_rank[u] + dangling[0] / float(n))
    wp.atomic_add(delta, 0, wp.abs(r - rank[u]))
    rank[u] = r
    next_rank[u] = 0.0


@wp.kernel
def label_propagation(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), labels: wp.array(dtype=int), changed: wp.array(dtype=int)):
    u = wp.tid()
    best = labels[u]
    for e in range(offsets[u], offsets[u + 1]):
        best = wp.min(best, labels[edges[e]])
    if best < labels[u]:
        wp.atomic_min(labels, u, best)
        wp.atomic_add(changed, 0, 1)


@wp.kernel
def triangle_count(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), count: wp.array(dtype=wp.int64)):
    u = wp.tid()
    local = wp.int64(0)
    for e in range(offsets[u], offsets[u + 1]):
        v = edges[e]
        if v <= u:
            continue
        a = offsets[u]
        b = offsets[v]
        while a < offsets[u + 1] and b < offsets[v + 1]:
            x = edges[a]
            y = edges[b]
            if x == y:
                if x > v:
                    local += wp.int64(1)
                a += 1
                b += 1
            elif x < y:
                a += 1
            else:
                b += 1
    wp.atomic_add(count, 0, local)
