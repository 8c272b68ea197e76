import warp as wp

AMBIENT_TEMP = wp.constant(293.0)
IGNITION_TEMP = wp.constant(600.0)


@wp.struct
class FireParams:
    burn_rate: float
    heat_release: float
    smoke_yield: float
    cooling: float
    dissipation: float


@wp.func
def trilinear(f: wp.array3d(dtype=float), p: wp.vec3) -> float:
    nx = f.shape[0]
    ny = f.shape[1]
    nz = f.shape[2]
    x = wp.clamp(p[0], 0.0, float(nx - 1) - 1.0e-3)
    y = wp.clamp(p[1], 0.0, float(ny - 1) - 1.0e-3)
    z = wp.clamp(p[2], 0.0, float(nz - 1) - 1.0e-3)
    i = int(x)
    j = int(y)
    k = int(z)
    tx = x - float(i)
    ty = y - float(j)
    tz = z - float(k)
    c00 = wp.lerp(f[i, j, k], f[i + 1, j, k], tx)
    c10 = wp.lerp(f[i, j + 1, k], f[i + 1, j + 1, k], tx)
    c01 = wp.lerp(f[i, j, k + 1], f[i + 1, j, k + 1], tx)
    c11 = wp.lerp(f[i, j + 1, k + 1], f[i + 1, j + 1, k + 1], tx)
    return wp.lerp(wp.lerp(c00, c10, ty), wp.lerp(c01, c11, ty), tz)


@wp.kernel
def combust(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), params: FireParams, dt: float, burned: wp.array(dtype=float)):
    i, j, k = wp.tid()
    f = fuel[i, j, k]
    t = temp[i, j, k]
    if f <= 0.0 or t < IGNITION_TEMP:
        temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt
        smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)
        return
    b = wp.min(f, params.burn_rate * dt)
    fuel[i, j, k] = f - b
    temp[i, j, k] = t + b * params.heat_release
    smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield
    wp.atomic_add(burned, 0, b)


@wp.kernel
def advect_scalar3(src: wp.array3d(dtype=float), vel: wp.array3d(dtype=wp.vec3), dt: float, inv_h: float, dst: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    p = wp.vec3(float(i), float(j), float(k)) - vel[i, j, k] * (dt * inv_h)
    dst[i, j, k] = trilinear(src, p)


@wp.kernel
def buoyancy3(vel: wp.array3d(dtype=wp.vec3), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), alpha: float, beta: float, dt: float):
    i, j, k = wp.tid()
    up = beta * (temp[i, j, k] - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * smoke[i, j, k]
    vel[i, j, k] = vel[i, j, k] + wp.vec3(0.0, up * dt, 0.0)


@wp.kernel
def emit_source(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), center: wp.vec3, radius: float, fuel_rate: float, dt: float):
    i, j, k = wp.tid()
    d = wp.length(wp.vec3(float(i), float(j), float(k)) - center)
    if d > radius:
        return
    falloff = 1.0 - d / radius
    fuel[i, j, k] = fuel[i, j, k] + fuel_rate * falloff * dt
    temp[i, j, k] = wp.max(temp[i, j, k], IGNITION_TEMP + 100.0 * falloff)


@wp.kernel
def fused_fire_step(
    fuel: wp.array3d(dtype=float),
    temp: wp.array3d(dtype=float),
    smoke: wp.array3d(dtype=float),
    vel: wp.array3d(dtype=wp.vec3),
    fuel_out: wp.array3d(dtype=float),
    temp_out: wp.array3d(dtype=float),
    smoke_out: wp.array3d(dtype=float),
    params: FireParams,
    dt: float,
    inv_h: float,
    alpha: float,
    beta: float,
    stats: wp.array(dtype=float),
):
    i, j, k = wp.tid()
    nx = fuel.shape[0]
    ny = fuel.shape[1]
    nz = fuel.shape[2]
    # semi-Lagrangian backtrace shared by all scalar fields
    u = vel[i, j, k]
    p = wp.vec3(float(i), float(j), float(k)) - u * (dt * inv_h)
    f = trilinear(fuel, p)
    t = trilinear(temp, p)
    s = trilinear(smoke, p)

    # boundary cells: open top, closed sides
    if j == ny - 1:
        s = 0.0
        t = AMBIENT_TEMP
    elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:
        t = wp.lerp(t, AMBIENT_TEMP, 0.5)

    # combustion
    burned = float(0.0)
    if f > 0.0 and t >= IGNITION_TEMP:
        burned = wp.min(f, params.burn_rate * dt)
        f -= burned
        t += burned * params.heat_release
        s += burned * params.smoke_yield
    else:
        t = t - params.cooling * (t - AMBIENT_TEMP) * dt
        s = s * (1.0 - params.dissipation * dt)

    # diffuse temperature a little with the 6-neighbourhood
    lap = float(0.0)
    for axis in range(3):
        for side in range(2):
            off = side * 2 - 1
            ii = i
            jj = j
            kk = k
            if axis == 0:
                ii = wp.clamp(i + off, 0, nx - 1)
            elif axis == 1:
                jj = wp.clamp(j + off, 0, ny - 1)
            else:
                kk = wp.clamp(k + off, 0, nz - 1)
            lap += temp[ii, jj, kk] - temp[i, j, k]
    t += 0.05 * lap

    fuel_out[i, j, k] = f
    temp_out[i, j, k] = t
    smoke_out[i, j, k] = wp.max(s, 0.0)
    # buoyancy feeds back into the velocity
    up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s
    vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)
    wp.atomic_add(stats, 0, burned)
    wp.atomic_max(stats, 1, t)
