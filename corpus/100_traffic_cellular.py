import warp as wp

wp.set_module_options({"enable_backward": False})

VMAX = wp.constant(5)


@wp.func
def gap_ahead(road: wp.array2d(dtype=int), lane: int, pos: int, max_look: int) -> int:
    n = road.shape[1]
    g = int(0)
    for k in range(1, max_look + 1):
        if road[lane, (pos + k) % n] >= 0:
            return g
        g += 1
    return g


@wp.kernel
def nagel_schreckenberg(road: wp.array2d(dtype=int), next_road: wp.array2d(dtype=int), seed: int, step: int, p_slow: float, flow: wp.array(dtype=int)):
    lane, pos = wp.tid()
    v = road[lane, pos]
    if v < 0:
        return
    n = road.shape[1]
    state = wp.rand_init(seed, (step * road.shape[0] + lane) * n + pos)
    # acceleration
    v = wp.min(v + 1, VMAX)
    # braking
    g = gap_ahead(road, lane, pos, VMAX)
    v = wp.min(v, g)
    # randomization
    if v > 0 and wp.randf(state) < p_slow:
        v -= 1
    new_pos = pos + v
    if new_pos >= n:
        wp.atomic_add(flow, lane, 1)
    next_road[lane, new_pos % n] = v


@wp.kernel
def lane_change(road: wp.array2d(dtype=int), next_road: wp.array2d(dtype=int), seed: int, p_change: float):
    lane, pos = wp.tid()
    v = road[lane, pos]
    if v < 0:
        return
    num_lanes = road.shape[0]
    state = wp.rand_init(seed, lane * road.shape[1] + pos)
    target = lane
    if gap_ahead(road, lane, pos, VMAX) < v + 1:
        for side in range(2):
            other = lane - 1 + side * 2
            if other < 0 or other >= num_lanes:
                continue
            if road[other, pos] >= 0:
                continue
            if gap_ahead(road, other, pos, VMAX) > v and wp.randf(state) < p_change:
                target = other
                break
    next_road[target, pos] = v


@wp.kernel
def clear_road(road: wp.array2d(dtype=int)):
    lane, pos = wp.tid()
    road[lane, pos] = -1


@wp.kernel
def density_speed(road: wp.array2d(dtype=int), cars: wp.array(dtype=int), speed_sum: wp.array(dtype=int), stopped: wp.array(dtype=int)):
    lane, pos = wp.tid()
    v = road[lane, pos]
    if v >= 0:
        wp.atomic_add(cars, lane, 1)
        wp.atomic_add(speed_sum, lane, v)
        if v == 0:
            wp.atomic_add(stopped, 0, 1)
