import warp as wp


@wp.func
def fetch_vec(f: wp.array3d(dtype=wp.vec3), i: int, j: int, k: int) -> wp.vec3:
    ii = wp.clamp(i, 0, f.shape[0] - 1)
    jj = wp.clamp(j, 0, f.shape[1] - 1)
    kk = wp.clamp(k, 0, f.shape[2] - 1)
    return f[ii, jj, kk]


@wp.func
def fetch_scalar(f: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:
    ii = wp.clamp(i, 0, f.shape[0] - 1)
    jj = wp.clamp(j, 0, f.shape[1] - 1)
    kk = wp.clamp(k, 0, f.shape[2] - 1)
    return f[ii, jj, kk]


@wp.kernel
def compute_curl(vel: wp.array3d(dtype=wp.vec3), inv_2h: float, curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    dvx_dy = (fetch_vec(vel, i, j + 1, k)[0] - fetch_vec(vel, i, j - 1, k)[0]) * inv_2h
    dvx_dz = (fetch_vec(vel, i, j, k + 1)[0] - fetch_vec(vel, i, j, k - 1)[0]) * inv_2h
    dvy_dx = (fetch_vec(vel, i + 1, j, k)[1] - fetch_vec(vel, i - 1, j, k)[1]) * inv_2h
    dvy_dz = (fetch_vec(vel, i, j, k + 1)[1] - fetch_vec(vel, i, j, k - 1)[1]) * inv_2h
    dvz_dx = (fetch_vec(vel, i + 1, j, k)[2] - fetch_vec(vel, i - 1, j, k)[2]) * inv_2h
    dvz_dy = (fetch_vec(vel, i, j + 1, k)[2] - fetch_vec(vel, i, j - 1, k)[2]) * inv_2h
    w = wp.vec3(dvz_dy - dvy_dz, dvx_dz - dvz_dx, dvy_dx - dvx_dy)
    curl[i, j, k] = w
    curl_mag[i, j, k] = wp.length(w)


@wp.kernel
def confinement_force(vel: wp.array3d(dtype=wp.vec3), curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float), epsilon: float, h: float, dt: float):
    i, j, k = wp.tid()
    inv_2h = 0.5 / h
    gx = (fetch_scalar(curl_mag, i + 1, j, k) - fetch_scalar(curl_mag, i - 1, j, k)) * inv_2h
    gy = (fetch_scalar(curl_mag, i, j + 1, k) - fetch_scalar(curl_mag, i, j - 1, k)) * inv_2h
    gz = (fetch_scalar(curl_mag, i, j, k + 1) - fetch_scalar(curl_mag, i, j, k - 1)) * inv_2h
    g = wp.vec3(gx, gy, gz)
    gl = wp.length(g)
    if gl < 1.0e-9:
        return
    N = g / gl
    f = wp.cross(N, curl[i, j, k]) * (epsilon * h)
    vel[i, j, k] = vel[i, j, k] + f * dt


@wp.kernel
def enstrophy(curl_mag: wp.array3d(dtype=float), h: float, total: wp.array(dtype=float), peak: wp.array(dtype=float)):
    i, j, k = wp.tid()
    w = curl_mag[i, j, k]
    wp.atomic_add(total, 0, 0.5 * w * w * h * h * h)
    wp.atomic_max(peak, 0, w)


@wp.kernel
def swirl_init(vel: wp.array3d(dtype=wp.vec3), center: wp.vec3, h: float, strength: float, core: float):
    i, j, k = wp.tid()
    p = wp.vec3(float(i), float(j), float(k)) * h - center
    r2 = p[0] * p[0] + p[2] * p[2]
    fall = wp.exp(-r2 / (core * core))
    vel[i, j, k] = wp.vec3(-p[2], 0.0, p[0]) * (strength * fall)
