import warp as wp


@wp.func
def is_fluid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:
    if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:
        return False
    return flags[i, j] == 1


@wp.func
def is_solid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:
    if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:
        return True
    return flags[i, j] == 2


@wp.kernel
def divergence(u: wp.array2d(dtype=float), v: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), inv_h: float, div: wp.array2d(dtype=float)):
    i, j = wp.tid()
    if not is_fluid(flags, i, j):
        div[i, j] = 0.0
        return
    div[i, j] = (u[i + 1, j] - u[i, j] + v[i, j + 1] - v[i, j]) * inv_h


@wp.kernel
def pressure_rbgs(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), rho: float, dt: float, h: float, color: int):
    i, j = wp.tid()
    if (i + j) % 2 != color:
        return
    if not is_fluid(flags, i, j):
        return
    scale = rho * h * h / dt
    s = float(0.0)
    n = int(0)
    for k in range(4):
        di = 0
        dj = 0
        if k == 0:
            di = -1
        elif k == 1:
            di = 1
        elif k == 2:
            dj = -1
        else:
            dj = 1
        ni = i + di
        nj = j + dj
        if is_solid(flags, ni, nj):
            continue
        n += 1
        if is_fluid(flags, ni, nj):
            s += p[ni, nj]
    if n == 0:
        return
    p[i, j] = (s - scale * div[i, j]) / float(n)


@wp.kernel
def subtract_gradient_u(u: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):
    i, j = wp.tid()
    nx = flags.shape[0]
    if i == 0 or i >= nx:
        u[i, j] = 0.0
        return
    if is_solid(flags, i - 1, j) or is_solid(flags, i, j):
        u[i, j] = 0.0
        return
    if is_fluid(flags, i - 1, j) or is_fluid(flags, i, j):
        pl = wp.where(is_fluid(flags, i - 1, j), p[i - 1, j], 0.0)
        pr = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)
        u[i, j] = u[i, j] - dt / rho * (pr - pl) * inv_h


@wp.kernel
def subtract_gradient_v(v: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):
    i, j = wp.tid()
    ny = flags.shape[1]
    if j == 0 or j >= ny:
        v[i, j] = 0.0
        return
    if is_solid(flags, i, j - 1) or is_solid(flags, i, j):
        v[i, j] = 0.0
        return
    if is_fluid(flags, i, j - 1) or is_fluid(flags, i, j):
        pb = wp.where(is_fluid(flags, i, j - 1), p[i, j - 1], 0.0)
        pt = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)
        v[i, j] = v[i, j] - dt / rho * (pt - pb) * inv_h


@wp.kernel
def max_divergence(div: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i, j = wp.tid()
    wp.atomic_max(out, 0, wp.abs(div[i, j]))
