import warp as wp

wp.set_module_options({"max_unroll": 4})

PML_WIDTH = 6
C0 = 1.0


@wp.func
def damping_profile(i: int, n: int, strength: float) -> float:
    d = int(0)
    if i < PML_WIDTH:
        d = PML_WIDTH - i
    elif i >= n - PML_WIDTH:
        d = i - (n - PML_WIDTH - 1)
    x = float(d) / float(PML_WIDTH)
    return strength * x * x


@wp.func
def lap7(u: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:
    return u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1] - 6.0 * u[i, j, k]


@wp.kernel
def wave_step(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), u_next: wp.array3d(dtype=float), speed: wp.array3d(dtype=float), dt: float, h: float, strength: float):
    i, j, k = wp.tid()
    nx = u.shape[0]
    ny = u.shape[1]
    nz = u.shape[2]
    if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:
        u_next[i, j, k] = 0.0
        return
    c = speed[i, j, k] * C0
    sigma = damping_profile(i, nx, strength) + damping_profile(j, ny, strength) + damping_profile(k, nz, strength)
    r = c * c * dt * dt / (h * h)
    a = 1.0 / (1.0 + sigma * dt)
    u_next[i, j, k] = a * (2.0 * u[i, j, k] - (1.0 - sigma * dt) * u_prev[i, j, k] + r * lap7(u, i, j, k))


@wp.kernel
def inject_ricker(u: wp.array3d(dtype=float), src: wp.vec3i, t: float, f0: float, amp: float):
    a = (wp.pi * f0 * (t - 1.0 / f0)) * (wp.pi * f0 * (t - 1.0 / f0))
    w = amp * (1.0 - 2.0 * a) * wp.exp(-a)
    u[src[0], src[1], src[2]] = u[src[0], src[1], src[2]] + w


@wp.kernel
def record_receivers(u: wp.array3d(dtype=float), receivers: wp.array(dtype=wp.vec3i), step: int, traces: wp.array2d(dtype=float)):
    r = wp.tid()
    p = receivers[r]
    s = float(0.0)
    for di in range(-1, 2):
        for dj in range(-1, 2):
            s += u[p[0] + di, p[1] + dj, p[2]]
    traces[r, step] = s / 9.0


@wp.kernel
def energy_density(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), dt: float, total: wp.array(dtype=float)):
    i, j, k = wp.tid()
    v = (u[i, j, k] - u_prev[i, j, k]) / dt
    wp.atomic_add(total, 0, 0.5 * v * v)
