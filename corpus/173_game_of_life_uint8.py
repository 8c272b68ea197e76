import warp as wp

wp.set_module_options({"enable_backward": False})

ALIVE = wp.constant(wp.uint8(1))
DEAD = wp.constant(wp.uint8(0))


@wp.func
def wrap(i: int, n: int) -> int:
    if i < 0:
        return i + n
    if i >= n:
        return i - n
    return i


@wp.func
def count_neighbors(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:
    h = grid.shape[0]
    w = grid.shape[1]
    n = int(0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            if dx == 0 and dy == 0:
                continue
            n += int(grid[wrap(y + dy, h), wrap(x + dx, w)])
    return n


@wp.kernel
def life_step(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8), births: wp.array(dtype=int)):
    y, x = wp.tid()
    n = count_neighbors(src, y, x)
    alive = src[y, x] == ALIVE
    if alive and (n == 2 or n == 3):
        dst[y, x] = ALIVE
    elif not alive and n == 3:
        dst[y, x] = ALIVE
        wp.atomic_add(births, 0, 1)
    else:
        dst[y, x] = DEAD


@wp.kernel
def age_cells(state: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.uint16), color: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    if state[y, x] == ALIVE:
        if age[y, x] < wp.uint16(65535):
            age[y, x] = age[y, x] + wp.uint16(1)
    else:
        age[y, x] = wp.uint16(0)
    t = wp.min(float(age[y, x]) / 64.0, 1.0)
    color[y, x] = wp.lerp(wp.vec3(0.1, 0.8, 0.2), wp.vec3(0.9, 0.1, 0.1), t) * float(state[y, x])


@wp.kernel
def random_fill(seed: int, density: float, grid: wp.array2d(dtype=wp.uint8)):
    y, x = wp.tid()
    state = wp.rand_init(seed, y * grid.shape[1] + x)
    grid[y, x] = wp.where(wp.randf(state) < density, ALIVE, DEAD)


@wp.kernel
def population(grid: wp.array2d(dtype=wp.uint8), rows: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64)):
    y = wp.tid()
    c = wp.int32(0)
    for x in range(grid.shape[1]):
        c += wp.int32(grid[y, x])
    rows[y] = c
    wp.atomic_add(total, 0, wp.int64(c))
