import warp as wp

ALPHA = wp.constant(0.24)


@wp.func
def sample_clamped(field: wp.array2d(dtype=float), i: int, j: int) -> float:
    ni = wp.clamp(i, 0, field.shape[0] - 1)
    nj = wp.clamp(j, 0, field.shape[1] - 1)
    return field[ni, nj]


@wp.func
def laplacian5(field: wp.array2d(dtype=float), i: int, j: int) -> float:
    c = field[i, j]
    l = sample_clamped(field, i - 1, j)
    r = sample_clamped(field, i + 1, j)
    d = sample_clamped(field, i, j - 1)
    u = sample_clamped(field, i, j + 1)
    return l + r + d + u - 4.0 * c


@wp.kernel
def diffuse_step(
    src: wp.array2d(dtype=float),
    dst: wp.array2d(dtype=float),
    conductivity: wp.array2d(dtype=float),
    heat_sources: wp.array2d(dtype=float),
    dt: float,
    ambient: float,
    cooling: float,
):
    i, j = wp.tid()
    rows = src.shape[0]
    cols = src.shape[1]
    t = src[i, j]

    # fixed boundary temperature
    if i == 0 or j == 0 or i == rows - 1 or j == cols - 1:
        dst[i, j] = ambient
        return

    k = conductivity[i, j]
    lap = laplacian5(src, i, j)
    q = heat_sources[i, j]
    t_new = t + ALPHA * k * lap + q * dt
    t_new = t_new - cooling * (t_new - ambient) * dt
    if t_new < ambient - 100.0:
        t_new = ambient - 100.0
    elif t_new > 5000.0:
        t_new = 5000.0
    dst[i, j] = t_new


@wp.kernel
def residual_norm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i, j = wp.tid()
    d = a[i, j] - b[i, j]
    wp.atomic_add(out, 0, d * d)
    wp.atomic_max(out, 1, wp.abs(d))


@wp.kernel
def paint_disc(field: wp.array2d(dtype=float), cx: float, cy: float, radius: float, value: float):
    i, j = wp.tid()
    dx = float(i) - cx
    dy = float(j) - cy
    r = wp.sqrt(dx * dx + dy * dy)
    w = 1.0 - wp.smoothstep(radius * 0.8, radius, r)
    field[i, j] = wp.lerp(field[i, j], value, w)


@wp.kernel
def row_profiles(field: wp.array2d(dtype=float), mean: wp.array(dtype=float), peak: wp.array(dtype=float)):
    i = wp.tid()
    cols = field.shape[1]
    s = float(0.0)
    m = float(-1.0e30)
    for j in range(cols):
        v = field[i, j]
        s += v
        m = wp.max(m, v)
    mean[i] = s / float(cols)
    peak[i] = m
