import warp as wp


@wp.func
def bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:
    nx = f.shape[0]
    ny = f.shape[1]
    fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)
    fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)
    i = int(fx)
    j = int(fy)
    tx = fx - float(i)
    ty = fy - float(j)
    a = wp.lerp(f[i, j], f[i + 1, j], tx)
    b = wp.lerp(f[i, j + 1], f[i + 1, j + 1], tx)
    return wp.lerp(a, b, ty)


@wp.func
def bilinear_vec(f: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:
    nx = f.shape[0]
    ny = f.shape[1]
    fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)
    fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)
    i = int(fx)
    j = int(fy)
    tx = fx - float(i)
    ty = fy - float(j)
    a = f[i, j] * (1.0 - tx) + f[i + 1, j] * tx
    b = f[i, j + 1] * (1.0 - tx) + f[i + 1, j + 1] * tx
    return a * (1.0 - ty) + b * ty


@wp.func
def backtrace_rk2(vel: wp.array2d(dtype=wp.vec2), x: float, y: float, dt: float, inv_h: float):
    v0 = bilinear_vec(vel, x, y)
    mx = x - 0.5 * dt * v0[0] * inv_h
    my = y - 0.5 * dt * v0[1] * inv_h
    v1 = bilinear_vec(vel, mx, my)
    return x - dt * v1[0] * inv_h, y - dt * v1[1] * inv_h


@wp.kernel
def advect_scalar(src: wp.array2d(dtype=float), vel: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=float), dt: float, inv_h: float, decay: float):
    i, j = wp.tid()
    px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)
    dst[i, j] = bilinear(src, px, py) * (1.0 - decay * dt)


@wp.kernel
def advect_velocity(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), dt: float, inv_h: float):
    i, j = wp.tid()
    px, py = backtrace_rk2(src, float(i), float(j), dt, inv_h)
    dst[i, j] = bilinear_vec(src, px, py)


@wp.kernel
def maccormack_correct(
    phi_n: wp.array2d(dtype=float),
    phi_fwd: wp.array2d(dtype=float),
    phi_back: wp.array2d(dtype=float),
    vel: wp.array2d(dtype=wp.vec2),
    dt: float,
    inv_h: float,
    out: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    corrected = phi_fwd[i, j] + 0.5 * (phi_n[i, j] - phi_back[i, j])
    px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)
    ci = wp.clamp(int(px), 0, phi_n.shape[0] - 2)
    cj = wp.clamp(int(py), 0, phi_n.shape[1] - 2)
    lo = wp.min(wp.min(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.min(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))
    hi = wp.max(wp.max(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.max(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))
    if corrected < lo or corrected > hi:
        out[i, j] = phi_fwd[i, j]
    else:
        out[i, j] = corrected


@wp.kernel
def add_buoyancy(vel: wp.array2d(dtype=wp.vec2), density: wp.array2d(dtype=float), temperature: wp.array2d(dtype=float), ambient: float, alpha: float, beta: float, dt: float):
    i, j = wp.tid()
    fb = -alpha * density[i, j] + beta * (temperature[i, j] - ambient)
    vel[i, j] = vel[i, j] + wp.vec2(0.0, fb * dt)
