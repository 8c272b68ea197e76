import warp as wp

wp.set_module_options({"enable_backward": False})

HASH_P1 = wp.constant(73856093)
HASH_P2 = wp.constant(19349663)
HASH_P3 = wp.constant(83492791)


@wp.func
def hash_cell(cx: int, cy: int, cz: int, table_size: int) -> int:
    h = (cx * HASH_P1) ^ (cy * HASH_P2) ^ (cz * HASH_P3)
    if h < 0:
        h = -h
    return h % table_size


@wp.func
def world_to_cell(p: wp.vec3, cell_size: float):
    inv = 1.0 / cell_size
    return int(wp.floor(p[0] * inv)), int(wp.floor(p[1] * inv)), int(wp.floor(p[2] * inv))


@wp.kernel
def assign_cells(
    points: wp.array(dtype=wp.vec3),
    cell_size: float,
    table_size: int,
    point_cell: wp.array(dtype=int),
    cell_counts: wp.array(dtype=int),
):
    tid = wp.tid()
    cx, cy, cz = world_to_cell(points[tid], cell_size)
    h = hash_cell(cx, cy, cz, table_size)
    point_cell[tid] = h
    wp.atomic_add(cell_counts, h, 1)


@wp.kernel
def exclusive_scan_serial(counts: wp.array(dtype=int), offsets: wp.array(dtype=int), n: int):
    running = int(0)
    for i in range(n):
        offsets[i] = running
        running += counts[i]
    offsets[n] = running


@wp.kernel
def scatter_points(
    point_cell: wp.array(dtype=int),
    offsets: wp.array(dtype=int),
    fill: wp.array(dtype=int),
    sorted_ids: wp.array(dtype=int),
):
    tid = wp.tid()
    c = point_cell[tid]
    slot = wp.atomic_add(fill, c, 1)
    sorted_ids[offsets[c] + slot] = tid


@wp.kernel
def neighbor_query(
    points: wp.array(dtype=wp.vec3),
    sorted_ids: wp.array(dtype=int),
    offsets: wp.array(dtype=int),
    cell_size: float,
    table_size: int,
    radius: float,
    neighbor_count: wp.array(dtype=int),
    closest: wp.array(dtype=int),
):
    tid = wp.tid()
    p = points[tid]
    cx, cy, cz = world_to_cell(p, cell_size)
    r2 = radius * radius
    count = int(0)
    best = int(-1)
    best_d2 = float(1.0e30)
    for dz in range(-1, 2):
        for dy in range(-1, 2):
            for dx in range(-1, 2):
                h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)
                start = offsets[h]
                end = offsets[h + 1]
                k = start
                while k < end:
                    j = sorted_ids[k]
                    k += 1
                    if j == tid:
                        continue
                    d = points[j] - p
                    d2 = wp.dot(d, d)
                    if d2 < r2:
                        count += 1
                        if d2 < best_d2:
                            best_d2 = d2
                            best = j
    neighbor_count[tid] = count
    closest[tid] = best
