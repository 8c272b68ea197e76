import warp as wp


@wp.func
def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:
    return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz


@wp.func
def fetch(p: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:
    if idx_valid(i, j, k, p.shape[0], p.shape[1], p.shape[2]):
        return p[i, j, k]
    return 0.0


@wp.kernel
def jacobi_iteration(
    phi: wp.array3d(dtype=float),
    phi_out: wp.array3d(dtype=float),
    rhs: wp.array3d(dtype=float),
    solid: wp.array3d(dtype=wp.uint8),
    h: float,
    omega: float,
):
    i, j, k = wp.tid()
    if solid[i, j, k] != wp.uint8(0):
        phi_out[i, j, k] = 0.0
        return
    h2 = h * h
    s = float(0.0)
    n = int(0)
    for axis in range(3):
        for side in range(2):
            di = 0
            dj = 0
            dk = 0
            off = side * 2 - 1
            if axis == 0:
                di = off
            elif axis == 1:
                dj = off
            else:
                dk = off
            ni = i + di
            nj = j + dj
            nk = k + dk
            if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):
                if solid[ni, nj, nk] == wp.uint8(0):
                    s += phi[ni, nj, nk]
                    n += 1
    if n == 0:
        phi_out[i, j, k] = phi[i, j, k]
        return
    jac = (s - h2 * rhs[i, j, k]) / float(n)
    phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac


@wp.kernel
def compute_residual(
    phi: wp.array3d(dtype=float),
    rhs: wp.array3d(dtype=float),
    h: float,
    res: wp.array3d(dtype=float),
    total: wp.array(dtype=float),
):
    i, j, k = wp.tid()
    c = phi[i, j, k]
    lap = fetch(phi, i - 1, j, k) + fetch(phi, i + 1, j, k)
    lap += fetch(phi, i, j - 1, k) + fetch(phi, i, j + 1, k)
    lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)
    lap = (lap - 6.0 * c) / (h * h)
    r = rhs[i, j, k] - lap
    res[i, j, k] = r
    wp.atomic_add(total, 0, r * r)


@wp.kernel
def gradient_field(phi: wp.array3d(dtype=float), h: float, grad: wp.array3d(dtype=wp.vec3)):
    i, j, k = wp.tid()
    inv = 0.5 / h
    gx = (fetch(phi, i + 1, j, k) - fetch(phi, i - 1, j, k)) * inv
    gy = (fetch(phi, i, j + 1, k) - fetch(phi, i, j - 1, k)) * inv
    gz = (fetch(phi, i, j, k + 1) - fetch(phi, i, j, k - 1)) * inv
    grad[i, j, k] = wp.vec3(gx, gy, gz)
