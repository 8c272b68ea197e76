import warp as wp

MAX_COLORS = 32


@wp.kernel
def jones_plassmann_round(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int), round_id: int, colored: wp.array(dtype=int)):
    v = wp.tid()
    if colors[v] >= 0:
        return
    wv = weights[v]
    is_max = bool(True)
    for e in range(offsets[v], offsets[v + 1]):
        u = adj[e]
        if colors[u] >= 0 and colors[u] != round_id:
            continue
        if colors[u] < 0:
            wu = weights[u]
            if wu > wv or (wu == wv and u > v):
                is_max = False
                break
    if not is_max:
        return
    used = wp.uint32(0)
    for e in range(offsets[v], offsets[v + 1]):
        c = colors[adj[e]]
        if c >= 0 and c < MAX_COLORS:
            used = used | (wp.uint32(1) << wp.uint32(c))
    c = int(0)
    while c < MAX_COLORS and (used & (wp.uint32(1) << wp.uint32(c))) != wp.uint32(0):
        c += 1
    colors[v] = c
    wp.atomic_add(colored, 0, 1)


@wp.kernel
def random_weights(seed: int, weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int)):
    v = wp.tid()
    state = wp.rand_init(seed, v)
    weights[v] = wp.randu(state)
    colors[v] = -1


@wp.kernel
def color_histogram(colors: wp.array(dtype=int), hist: wp.array(dtype=int), max_color: wp.array(dtype=int)):
    v = wp.tid()
    c = colors[v]
    if c >= 0:
        wp.atomic_add(hist, c, 1)
        wp.atomic_max(max_color, 0, c)


@wp.kernel
def validate(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), colors: wp.array(dtype=int), conflicts: wp.array(dtype=int)):
    v = wp.tid()
    for e in range(offsets[v], offsets[v + 1]):
        u = adj[e]
        if u > v and colors[u] == colors[v]:
            wp.atomic_add(conflicts, 0, 1)
