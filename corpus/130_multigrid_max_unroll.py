import warp as wp

wp.set_module_options({"max_unroll": 4})


@wp.func
def idx_clamp(i: int, n: int) -> int:
    return wp.clamp(i, 0, n - 1)


@wp.func
def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:
    nx = u.shape[0]
    ny = u.shape[1]
    nz = u.shape[2]
    c = u[i, j, k]
    s = float(0.0)
    s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]
    s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]
    s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]
    return (s - 6.0 * c) * inv_h2


@wp.kernel
def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):
    i, j, k = wp.tid()
    if (i + j + k) % 2 != color:
        return
    nx = u.shape[0]
    ny = u.shape[1]
    nz = u.shape[2]
    if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:
        return
    s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]
    u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0


@wp.kernel
def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):
    i, j, k = wp.tid()
    res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))
    r[i, j, k] = res
    wp.atomic_add(norm, 0, res * res)


@wp.kernel
def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    acc = float(0.0)
    wsum = float(0.0)
    for di in range(-1, 2):
        for dj in range(-1, 2):
            for dk in range(-1, 2):
                w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))
                fi = idx_clamp(2 * i + di, fine.shape[0])
                fj = idx_clamp(2 * j + dj, fine.shape[1])
                fk = idx_clamp(2 * k + dk, fine.shape[2])
                acc += w * fine[fi, fj, fk]
                wsum += w
    coarse[i, j, k] = acc / wsum


@wp.kernel
def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    ci = i // 2
    cj = j // 2
    ck = k // 2
    fx = float(i % 2) * 0.5
    fy = float(j % 2) * 0.5
    fz = float(k % 2) * 0.5
    ci1 = idx_clamp(ci + 1, coarse.shape[0])
    cj1 = idx_clamp(cj + 1, coarse.shape[1])
    ck1 = idx_clamp(ck + 1, coarse.shape[2])
    c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)
    c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)
    c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)
    c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)
    v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)
    fine[i, j, k] += v


@wp.kernel
def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):
    i = wp.tid()
    n = src.shape[0]
    acc = float(0.0)
    for k in range(3):
        acc += src[idx_clamp(i + k - 1, n)]
    for k in range(8):
        acc += 0.01 * src[idx_clamp(i + k - 4, n)]
    dst[i] = acc
