import warp as wp

LOG_ODDS_HIT = wp.constant(0.85)
LOG_ODDS_MISS = wp.constant(-0.4)
LOG_ODDS_MIN = wp.constant(-2.0)
LOG_ODDS_MAX = wp.constant(3.5)


@wp.func
def update_cell(grid: wp.array2d(dtype=float), ix: int, iy: int, delta: float):
    if ix < 0 or iy < 0 or ix >= grid.shape[0] or iy >= grid.shape[1]:
        return
    v = grid[ix, iy] + delta
    grid[ix, iy] = wp.clamp(v, LOG_ODDS_MIN, LOG_ODDS_MAX)


@wp.kernel
def integrate_scan(grid: wp.array2d(dtype=float), pose: wp.vec3, ranges: wp.array(dtype=float), angle_min: float, angle_step: float, max_range: float, resolution: float, origin: wp.vec2):
    r = wp.tid()
    dist = ranges[r]
    hit = True
    if dist >= max_range or dist <= 0.0:
        dist = max_range
        hit = False
    theta = pose[2] + angle_min + float(r) * angle_step
    ox = (pose[0] - origin[0]) / resolution
    oy = (pose[1] - origin[1]) / resolution
    ex = ox + wp.cos(theta) * dist / resolution
    ey = oy + wp.sin(theta) * dist / resolution
    # Bresenham-style DDA
    x0 = int(wp.floor(ox))
    y0 = int(wp.floor(oy))
    x1 = int(wp.floor(ex))
    y1 = int(wp.floor(ey))
    dx = wp.abs(x1 - x0)
    dy = -wp.abs(y1 - y0)
    sx = wp.where(x0 < x1, 1, -1)
    sy = wp.where(y0 < y1, 1, -1)
    err = dx + dy
    x = x0
    y = y0
    steps = int(0)
    while (x != x1 or y != y1) and steps < 4096:
        update_cell(grid, x, y, LOG_ODDS_MISS)
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x += sx
        if e2 <= dx:
            err += dx
            y += sy
        steps += 1
    if hit:
        update_cell(grid, x1, y1, LOG_ODDS_HIT)


@wp.kernel
def occupancy_probability(grid: wp.array2d(dtype=float), prob: wp.array2d(dtype=float), occupied: wp.array2d(dtype=wp.bool), threshold: float, known: wp.array(dtype=int)):
    i, j = wp.tid()
    l = grid[i, j]
    p = 1.0 - 1.0 / (1.0 + wp.exp(l))
    prob[i, j] = p
    occupied[i, j] = p > threshold
    if l != 0.0:
        wp.atomic_add(known, 0, 1)


@wp.kernel
def inflate_obstacles(occupied: wp.array2d(dtype=wp.bool), radius: int, cost: wp.array2d(dtype=float)):
    i, j = wp.tid()
    best = float(1.0e10)
    for di in range(-radius, radius + 1):
        for dj in range(-radius, radius + 1):
            ni = i + di
            nj = j + dj
            if ni < 0 or nj < 0 or ni >= occupied.shape[0] or nj >= occupied.shape[1]:
                continue
            if occupied[ni, nj]:
                d = wp.sqrt(float(di * di + dj * dj))
                best = wp.min(best, d)
    if best > float(radius):
        cost[i, j] = 0.0
    else:
        cost[i, j] = 1.0 - best / (float(radius) + 1.0)


@wp.kernel
def frontier_clusters(
    prob: wp.array2d(dtype=float),
    free_thresh: float,
    occ_thresh: float,
    robot: wp.vec2i,
    max_radius: int,
    frontier: wp.array2d(dtype=wp.uint8),
    scores: wp.array2d(dtype=float),
    best_score: wp.array(dtype=float),
    frontier_count: wp.array(dtype=int),
):
    i, j = wp.tid()
    h = prob.shape[0]
    w = prob.shape[1]
    p = prob[i, j]
    frontier[i, j] = wp.uint8(0)
    scores[i, j] = 0.0
    # a frontier cell is known-free and touches at least one unknown cell
    if p >= free_thresh:
        return
    unknown = int(0)
    occupied_near = int(0)
    for di in range(-1, 2):
        for dj in range(-1, 2):
            if di == 0 and dj == 0:
                continue
            ni = i + di
            nj = j + dj
            if ni < 0 or nj < 0 or ni >= h or nj >= w:
                continue
            q = prob[ni, nj]
            if q > free_thresh and q < occ_thresh:
                unknown += 1
            elif q >= occ_thresh:
                occupied_near += 1
    if unknown == 0:
        return
    frontier[i, j] = wp.uint8(1)
    wp.atomic_add(frontier_count, 0, 1)
    # information gain: unknown cells within a radius, discounted by distance to the robot
    gain = float(0.0)
    for di in range(-max_radius, max_radius + 1):
        ni = i + di
        if ni < 0 or ni >= h:
            continue
        for dj in range(-max_radius, max_radius + 1):
            nj = j + dj
            if nj < 0 or nj >= w:
                continue
            if di * di + dj * dj > max_radius * max_radius:
                continue
            q = prob[ni, nj]
            if q > free_thresh and q < occ_thresh:
                gain += 1.0
    dx = float(i - robot[0])
    dy = float(j - robot[1])
    dist = wp.sqrt(dx * dx + dy * dy)
    score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)
    scores[i, j] = score
    wp.atomic_max(best_score, 0, score)
