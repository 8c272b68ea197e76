import warp as wp


@wp.func
def sample_bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:
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
def sample_vel(u: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:
    nx = u.shape[0]
    ny = u.shape[1]
    fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)
    fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)
    i = int(fx)
    j = int(fy)
    tx = fx - float(i)
    ty = fy - float(j)
    return wp.lerp(wp.lerp(u[i, j], u[i + 1, j], tx), wp.lerp(u[i, j + 1], u[i + 1, j + 1], tx), ty)


@wp.kernel
def advect(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), dt: float, u_out: wp.array2d(dtype=wp.vec2), dens_out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    v = u[i, j]
    # RK2 backtrace
    mid = wp.vec2(float(i), float(j)) - v * (0.5 * dt)
    vm = sample_vel(u, mid[0], mid[1])
    p = wp.vec2(float(i), float(j)) - vm * dt
    u_out[i, j] = sample_vel(u, p[0], p[1])
    dens_out[i, j] = sample_bilinear(dens, p[0], p[1])


@wp.kernel
def divergence(u: wp.array2d(dtype=wp.vec2), div: wp.array2d(dtype=float), p: wp.array2d(dtype=float)):
    i, j = wp.tid()
    nx = u.shape[0]
    ny = u.shape[1]
    if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:
        div[i, j] = 0.0
        return
    div[i, j] = 0.5 * (u[i + 1, j][0] - u[i - 1, j][0] + u[i, j + 1][1] - u[i, j - 1][1])
    p[i, j] = 0.0


@wp.kernel
def jacobi_pressure(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), p_out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    nx = p.shape[0]
    ny = p.shape[1]
    s = float(0.0)
    n = int(0)
    if i > 0:
        s += p[i - 1, j]
        n += 1
    if i < nx - 1:
        s += p[i + 1, j]
        n += 1
    if j > 0:
        s += p[i, j - 1]
        n += 1
    if j < ny - 1:
        s += p[i, j + 1]
        n += 1
    p_out[i, j] = (s - div[i, j]) / float(wp.max(n, 1))


@wp.kernel
def subtract_gradient(u: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float)):
    i, j = wp.tid()
    nx = u.shape[0]
    ny = u.shape[1]
    if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:
        u[i, j] = wp.vec2()
        return
    g = wp.vec2(p[i + 1, j] - p[i - 1, j], p[i, j + 1] - p[i, j - 1]) * 0.5
    u[i, j] = u[i, j] - g


@wp.kernel
def add_source(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), center: wp.vec2, radius: float, force: wp.vec2, amount: float, dt: float):
    i, j = wp.tid()
    d = wp.vec2(float(i), float(j)) - center
    r2 = wp.dot(d, d)
    if r2 < radius * radius:
        w = wp.exp(-r2 / (radius * radius))
        u[i, j] = u[i, j] + force * (w * dt)
        dens[i, j] = dens[i, j] + amount * w * dt
