import warp as wp


@wp.func
def h_lerp(a: wp.float16, b: wp.float16, t: wp.float16) -> wp.float16:
    return a + (b - a) * t


@wp.func
def h_stencil(f: wp.array2d(dtype=wp.float16), i: int, j: int) -> wp.float16:
    c = f[i, j]
    n = f[wp.max(i - 1, 0), j]
    s = f[wp.min(i + 1, f.shape[0] - 1), j]
    w = f[i, wp.max(j - 1, 0)]
    e = f[i, wp.min(j + 1, f.shape[1] - 1)]
    return n + s + w + e - wp.float16(4.0) * c


@wp.kernel
def diffuse_half(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), k: wp.float16, steps: int):
    i, j = wp.tid()
    v = src[i, j]
    lap = h_stencil(src, i, j)
    v = v + k * lap
    if wp.isnan(v):
        v = wp.float16(0.0)
    dst[i, j] = wp.clamp(v, wp.float16(-100.0), wp.float16(100.0))


@wp.kernel
def half_velocity_field(vel: wp.array2d(dtype=wp.vec2h), t: float, scale: wp.float16):
    i, j = wp.tid()
    x = float(i) * 0.1
    y = float(j) * 0.1
    u = wp.float16(wp.sin(x + t) * wp.cos(y))
    v = wp.float16(-wp.cos(x + t) * wp.sin(y))
    vel[i, j] = wp.vec2h(u, v) * scale


@wp.kernel
def half_advect(src: wp.array2d(dtype=wp.float16), vel: wp.array2d(dtype=wp.vec2h), dt: float, dst: wp.array2d(dtype=wp.float16)):
    i, j = wp.tid()
    v = vel[i, j]
    x = float(i) - float(v[0]) * dt
    y = float(j) - float(v[1]) * dt
    x = wp.clamp(x, 0.0, float(src.shape[0] - 2))
    y = wp.clamp(y, 0.0, float(src.shape[1] - 2))
    i0 = int(x)
    j0 = int(y)
    tx = wp.float16(x - float(i0))
    ty = wp.float16(y - float(j0))
    a = h_lerp(src[i0, j0], src[i0 + 1, j0], tx)
    b = h_lerp(src[i0, j0 + 1], src[i0 + 1, j0 + 1], tx)
    dst[i, j] = h_lerp(a, b, ty)


@wp.kernel
def half_stats(f: wp.array2d(dtype=wp.float16), total: wp.array(dtype=float), half_total: wp.array(dtype=wp.float16), peak: wp.array(dtype=float)):
    i, j = wp.tid()
    v = f[i, j]
    wp.atomic_add(total, 0, float(v))
    wp.atomic_add(half_total, 0, v)
    # atomic_max has no float16 overload, so track the peak in float32
    wp.atomic_max(peak, 0, float(wp.abs(v)))


@wp.kernel
def half_mat_ops(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h)):
    i = wp.tid()
    a = m[i]
    x = v[i]
    y = a * x
    det = wp.determinant(a)
    if wp.abs(det) > wp.float16(0.001):
        y = wp.inverse(a) * y
    out[i] = y + x * wp.float16(0.5)


@wp.kernel
def shallow_water_half(
    h: wp.array2d(dtype=wp.float16),
    hu: wp.array2d(dtype=wp.float16),
    hv: wp.array2d(dtype=wp.float16),
    h_out: wp.array2d(dtype=wp.float16),
    hu_out: wp.array2d(dtype=wp.float16),
    hv_out: wp.array2d(dtype=wp.float16),
    g: float,
    dt_dx: float,
    dry: wp.array(dtype=int),
):
    i, j = wp.tid()
    nx = h.shape[0]
    ny = h.shape[1]
    if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:
        # reflective walls
        h_out[i, j] = h[i, j]
        hu_out[i, j] = wp.float16(0.0)
        hv_out[i, j] = wp.float16(0.0)
        return
    # Lax-Friedrichs update; state is stored in half precision, fluxes computed in float32
    hc = float(h[i, j])
    hl = float(h[i - 1, j])
    hr = float(h[i + 1, j])
    hd = float(h[i, j - 1])
    hup = float(h[i, j + 1])
    qul = float(hu[i - 1, j])
    qur = float(hu[i + 1, j])
    qvd = float(hv[i, j - 1])
    qvu = float(hv[i, j + 1])
    avg_h = 0.25 * (hl + hr + hd + hup)
    new_h = avg_h - 0.5 * dt_dx * ((qur - qul) + (qvu - qvd))
    fl = float(0.0)
    fr = float(0.0)
    if hl > 1.0e-3:
        fl = qul * qul / hl + 0.5 * g * hl * hl
    if hr > 1.0e-3:
        fr = qur * qur / hr + 0.5 * g * hr * hr
    avg_hu = 0.25 * (qul + qur + float(hu[i, j - 1]) + float(hu[i, j + 1]))
    new_hu = avg_hu - 0.5 * dt_dx * (fr - fl)
    gd = float(0.0)
    gu = float(0.0)
    if hd > 1.0e-3:
        gd = qvd * qvd / hd + 0.5 * g * hd * hd
    if hup > 1.0e-3:
        gu = qvu * qvu / hup + 0.5 * g * hup * hup
    avg_hv = 0.25 * (float(hv[i - 1, j]) + float(hv[i + 1, j]) + qvd + qvu)
    new_hv = avg_hv - 0.5 * dt_dx * (gu - gd)
    if new_h < 1.0e-3:
        new_h = 0.0
        new_hu = 0.0
        new_hv = 0.0
        wp.atomic_add(dry, 0, 1)
    h_out[i, j] = wp.float16(new_h)
    hu_out[i, j] = wp.float16(new_hu)
    hv_out[i, j] = wp.float16(new_hv)
    if hc < 0.0:
        h_out[i, j] = wp.float16(0.0)
