import warp as wp

EVAPORATION = 0.02
CAPACITY = 4.0
DEPOSITION = 0.3
EROSION = 0.3


@wp.func
def height_grad(h: wp.array2d(dtype=float), p: wp.vec2):
    nx = h.shape[0]
    ny = h.shape[1]
    x = wp.clamp(p[0], 0.0, float(nx) - 1.001)
    y = wp.clamp(p[1], 0.0, float(ny) - 1.001)
    i = int(x)
    j = int(y)
    u = x - float(i)
    v = y - float(j)
    h00 = h[i, j]
    h10 = h[i + 1, j]
    h01 = h[i, j + 1]
    h11 = h[i + 1, j + 1]
    g = wp.vec2((h10 - h00) * (1.0 - v) + (h11 - h01) * v, (h01 - h00) * (1.0 - u) + (h11 - h10) * u)
    height = h00 * (1.0 - u) * (1.0 - v) + h10 * u * (1.0 - v) + h01 * (1.0 - u) * v + h11 * u * v
    return height, g


@wp.func
def deposit(h: wp.array2d(dtype=float), p: wp.vec2, amount: float):
    i = int(p[0])
    j = int(p[1])
    u = p[0] - float(i)
    v = p[1] - float(j)
    wp.atomic_add(h, i, j, amount * (1.0 - u) * (1.0 - v))
    wp.atomic_add(h, i + 1, j, amount * u * (1.0 - v))
    wp.atomic_add(h, i, j + 1, amount * (1.0 - u) * v)
    wp.atomic_add(h, i + 1, j + 1, amount * u * v)


@wp.kernel
def droplets(h: wp.array2d(dtype=float), seed: int, steps: int, inertia: float, eroded: wp.array(dtype=float)):
    d = wp.tid()
    state = wp.rand_init(seed, d)
    nx = h.shape[0]
    ny = h.shape[1]
    p = wp.vec2(wp.randf(state) * float(nx - 2), wp.randf(state) * float(ny - 2))
    dir = wp.vec2()
    speed = float(1.0)
    water = float(1.0)
    sediment = float(0.0)
    for s in range(steps):
        hp, g = height_grad(h, p)
        dir = dir * inertia - g * (1.0 - inertia)
        l = wp.length(dir)
        if l < 1.0e-6:
            break
        dir = dir / l
        np_ = p + dir
        if np_[0] < 0.0 or np_[1] < 0.0 or np_[0] >= float(nx - 1) or np_[1] >= float(ny - 1):
            break
        hn, gn = height_grad(h, np_)
        dh = hn - hp
        cap = wp.max(-dh * speed * water * CAPACITY, 0.01)
        if sediment > cap or dh > 0.0:
            amt = wp.min(dh, sediment) if dh > 0.0 else (sediment - cap) * DEPOSITION
            sediment -= amt
            deposit(h, p, amt)
        else:
            amt = wp.min((cap - sediment) * EROSION, -dh)
            sediment += amt
            deposit(h, p, -amt)
            wp.atomic_add(eroded, 0, amt)
        speed = wp.sqrt(wp.max(speed * speed + dh * 4.0, 0.0))
        water *= 1.0 - EVAPORATION
        p = np_


@wp.kernel
def thermal_relax(h: wp.array2d(dtype=float), out: wp.array2d(dtype=float), talus: float, rate: float):
    i, j = wp.tid()
    nx = h.shape[0]
    ny = h.shape[1]
    c = h[i, j]
    delta = float(0.0)
    for di in range(-1, 2):
        for dj in range(-1, 2):
            if di == 0 and dj == 0:
                continue
            ii = wp.clamp(i + di, 0, nx - 1)
            jj = wp.clamp(j + dj, 0, ny - 1)
            diff = h[ii, jj] - c
            if diff > talus:
                delta += rate * (diff - talus)
            elif diff < -talus:
                delta += rate * (diff + talus)
    out[i, j] = c + delta / 8.0
