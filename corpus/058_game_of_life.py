import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def cell(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:
    h = grid.shape[0]
    w = grid.shape[1]
    yy = (y + h) % h
    xx = (x + w) % w
    return int(grid[yy, xx])


@wp.func
def count_neighbors(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:
    n = int(0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            if dy != 0 or dx != 0:
                n += cell(grid, y + dy, x + dx)
    return n


@wp.kernel
def life_step(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.int32), births: wp.array(dtype=int), deaths: wp.array(dtype=int)):
    y, x = wp.tid()
    n = count_neighbors(src, y, x)
    alive = src[y, x] != wp.uint8(0)
    next_alive = False
    if alive:
        if n == 2 or n == 3:
            next_alive = True
        else:
            wp.atomic_add(deaths, 0, 1)
    else:
        if n == 3:
            next_alive = True
            wp.atomic_add(births, 0, 1)
    if next_alive:
        dst[y, x] = wp.uint8(1)
        age[y, x] = age[y, x] + 1
    else:
        dst[y, x] = wp.uint8(0)
        age[y, x] = 0


@wp.kernel
def seed_glider(grid: wp.array2d(dtype=wp.uint8), oy: int, ox: int):
    k = wp.tid()
    dy = 0
    dx = 0
    if k == 0:
        dx = 1
    elif k == 1:
        dy = 1
        dx = 2
    elif k == 2:
        dy = 2
    elif k == 3:
        dy = 2
        dx = 1
    else:
        dy = 2
        dx = 2
    grid[oy + dy, ox + dx] = wp.uint8(1)


@wp.kernel
def population(grid: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.int32), count: wp.array(dtype=int), oldest: wp.array(dtype=int)):
    y, x = wp.tid()
    if grid[y, x] != wp.uint8(0):
        wp.atomic_add(count, 0, 1)
        wp.atomic_max(oldest, 0, age[y, x])
