import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def in_bounds(c: wp.vec2i, dims: wp.vec2i) -> bool:
    return c[0] >= 0 and c[1] >= 0 and c[0] < dims[0] and c[1] < dims[1]


@wp.func
def linear_index(c: wp.vec2i, dims: wp.vec2i) -> int:
    return c[1] * dims[0] + c[0]


@wp.func
def manhattan(a: wp.vec2i, b: wp.vec2i) -> int:
    d = a - b
    return wp.abs(d[0]) + wp.abs(d[1])


@wp.kernel
def world_to_grid(points: wp.array(dtype=wp.vec2), origin: wp.vec2, cell: float, dims: wp.vec2i, coords: wp.array(dtype=wp.vec2i), occupancy: wp.array(dtype=int)):
    i = wp.tid()
    p = (points[i] - origin) / cell
    c = wp.vec2i(int(wp.floor(p[0])), int(wp.floor(p[1])))
    coords[i] = c
    if in_bounds(c, dims):
        wp.atomic_add(occupancy, linear_index(c, dims), 1)


@wp.kernel
def flood_step(dist: wp.array(dtype=int), dims: wp.vec2i, blocked: wp.array(dtype=wp.uint8), changed: wp.array(dtype=int)):
    x, y = wp.tid()
    c = wp.vec2i(x, y)
    idx = linear_index(c, dims)
    if blocked[idx] != wp.uint8(0):
        return
    best = dist[idx]
    for k in range(4):
        off = wp.vec2i(0, 0)
        if k == 0:
            off = wp.vec2i(1, 0)
        elif k == 1:
            off = wp.vec2i(-1, 0)
        elif k == 2:
            off = wp.vec2i(0, 1)
        else:
            off = wp.vec2i(0, -1)
        n = c + off
        if not in_bounds(n, dims):
            continue
        nd = dist[linear_index(n, dims)]
        if nd >= 0 and (best < 0 or nd + 1 < best):
            best = nd + 1
    if best != dist[idx]:
        dist[idx] = best
        changed[0] = 1


@wp.kernel
def nearest_seed(seeds: wp.array(dtype=wp.vec2i), dims: wp.vec2i, label: wp.array2d(dtype=int), dist: wp.array2d(dtype=int)):
    x, y = wp.tid()
    c = wp.vec2i(x, y)
    best = int(1000000)
    best_id = int(-1)
    for s in range(seeds.shape[0]):
        d = manhattan(c, seeds[s])
        if d < best:
            best = d
            best_id = s
    label[x, y] = best_id
    dist[x, y] = best


@wp.kernel
def bounding_rects(coords: wp.array(dtype=wp.vec2i), labels: wp.array(dtype=int), rect_min: wp.array(dtype=wp.vec2i), rect_max: wp.array(dtype=wp.vec2i)):
    i = wp.tid()
    l = labels[i]
    c = coords[i]
    wp.atomic_min(rect_min, l, c)
    wp.atomic_max(rect_max, l, c)


@wp.kernel
def trace_grid_paths(
    starts: wp.array(dtype=wp.vec2i),
    goals: wp.array(dtype=wp.vec2i),
    dims: wp.vec2i,
    cost: wp.array(dtype=float),
    blocked: wp.array(dtype=wp.uint8),
    max_steps: int,
    paths: wp.array2d(dtype=wp.vec2i),
    path_len: wp.array(dtype=int),
    path_cost: wp.array(dtype=float),
    reached: wp.array(dtype=int),
):
    a = wp.tid()
    cur = starts[a]
    goal = goals[a]
    total = float(0.0)
    steps = int(0)
    capacity = paths.shape[1]
    while steps < max_steps:
        if steps < capacity:
            paths[a, steps] = cur
        if cur[0] == goal[0] and cur[1] == goal[1]:
            wp.atomic_add(reached, 0, 1)
            break
        # greedy descent on (cost + heuristic) over the 8-neighbourhood
        best = cur
        best_score = float(1.0e30)
        for dy in range(-1, 2):
            for dx in range(-1, 2):
                if dx == 0 and dy == 0:
                    continue
                n = cur + wp.vec2i(dx, dy)
                if not in_bounds(n, dims):
                    continue
                idx = linear_index(n, dims)
                if blocked[idx] != wp.uint8(0):
                    continue
                step_len = 1.0
                if dx != 0 and dy != 0:
                    step_len = 1.41421356
                h = float(manhattan(n, goal))
                score = cost[idx] * step_len + h
                if score < best_score:
                    best_score = score
                    best = n
        if best[0] == cur[0] and best[1] == cur[1]:
            # stuck: no admissible neighbour
            break
        total += cost[linear_index(best, dims)]
        cur = best
        steps += 1
    path_len[a] = wp.min(steps + 1, capacity)
    path_cost[a] = total
