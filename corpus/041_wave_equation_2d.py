import warp as wp


@wp.func
def sample_or_zero(f: wp.array2d(dtype=float), i: int, j: int) -> float:
    if i < 0 or j < 0 or i >= f.shape[0] or j >= f.shape[1]:
        return 0.0
    return f[i, j]


@wp.func
def absorbing_factor(i: int, j: int, nx: int, ny: int, width: int, strength: float) -> float:
    d = wp.min(wp.min(i, j), wp.min(nx - 1 - i, ny - 1 - j))
    if d >= width:
        return 1.0
    t = float(width - d) / float(width)
    return 1.0 - strength * t * t


@wp.kernel
def wave_step(
    u_prev: wp.array2d(dtype=float),
    u: wp.array2d(dtype=float),
    u_next: wp.array2d(dtype=float),
    speed: wp.array2d(dtype=float),
    dt: float,
    h: float,
    sponge_width: int,
    sponge_strength: float,
):
    i, j = wp.tid()
    nx = u.shape[0]
    ny = u.shape[1]
    c = speed[i, j]
    lap = sample_or_zero(u, i - 1, j) + sample_or_zero(u, i + 1, j) + sample_or_zero(u, i, j - 1) + sample_or_zero(u, i, j + 1) - 4.0 * u[i, j]
    k = c * dt / h
    val = 2.0 * u[i, j] - u_prev[i, j] + k * k * lap
    val = val * absorbing_factor(i, j, nx, ny, sponge_width, sponge_strength)
    u_next[i, j] = val


@wp.kernel
def add_sources(u: wp.array2d(dtype=float), src_i: wp.array(dtype=int), src_j: wp.array(dtype=int), freq: float, t: float, amplitude: float):
    s = wp.tid()
    # Ricker wavelet
    a = wp.pi * freq * (t - 1.0 / freq)
    a2 = a * a
    w = (1.0 - 2.0 * a2) * wp.exp(-a2)
    u[src_i[s], src_j[s]] += amplitude * w


@wp.kernel
def record_receivers(u: wp.array2d(dtype=float), rec_i: wp.array(dtype=int), rec_j: wp.array(dtype=int), step: int, traces: wp.array2d(dtype=float)):
    r = wp.tid()
    traces[r, step] = u[rec_i[r], rec_j[r]]


@wp.kernel
def wave_energy(u_prev: wp.array2d(dtype=float), u: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), dt: float, h: float, energy: wp.array(dtype=float)):
    i, j = wp.tid()
    ut = (u[i, j] - u_prev[i, j]) / dt
    gx = (sample_or_zero(u, i + 1, j) - u[i, j]) / h
    gy = (sample_or_zero(u, i, j + 1) - u[i, j]) / h
    c = speed[i, j]
    e = 0.5 * (ut * ut + c * c * (gx * gx + gy * gy)) * h * h
    wp.atomic_add(energy, 0, e)
