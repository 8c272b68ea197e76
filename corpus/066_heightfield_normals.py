import warp as wp


@wp.func
def height_at(h: wp.array2d(dtype=float), i: int, j: int) -> float:
    ii = wp.clamp(i, 0, h.shape[0] - 1)
    jj = wp.clamp(j, 0, h.shape[1] - 1)
    return h[ii, jj]


@wp.func
def normal_at(h: wp.array2d(dtype=float), i: int, j: int, spacing: float, vscale: float) -> wp.vec3:
    dx = (height_at(h, i + 1, j) - height_at(h, i - 1, j)) * vscale / (2.0 * spacing)
    dz = (height_at(h, i, j + 1) - height_at(h, i, j - 1)) * vscale / (2.0 * spacing)
    return wp.normalize(wp.vec3(-dx, 1.0, -dz))


@wp.kernel
def compute_normals(h: wp.array2d(dtype=float), spacing: float, vscale: float, normals: wp.array2d(dtype=wp.vec3), slope: wp.array2d(dtype=float)):
    i, j = wp.tid()
    n = normal_at(h, i, j, spacing, vscale)
    normals[i, j] = n
    slope[i, j] = wp.acos(wp.clamp(n[1], -1.0, 1.0))


@wp.kernel
def thermal_erosion(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float), talus: float, rate: float):
    i, j = wp.tid()
    c = h[i, j]
    total_diff = float(0.0)
    max_diff = float(0.0)
    for k in range(4):
        di = 0
        dj = 0
        if k == 0:
            di = 1
        elif k == 1:
            di = -1
        elif k == 2:
            dj = 1
        else:
            dj = -1
        d = c - height_at(h, i + di, j + dj)
        if d > talus:
            total_diff += d
            max_diff = wp.max(max_diff, d)
    if total_diff <= 0.0:
        return
    moved = rate * (max_diff - talus)
    wp.atomic_sub(delta, i, j, moved)
    for k in range(4):
        di = 0
        dj = 0
        if k == 0:
            di = 1
        elif k == 1:
            di = -1
        elif k == 2:
            dj = 1
        else:
            dj = -1
        ni = i + di
        nj = j + dj
        if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:
            continue
        d = c - h[ni, nj]
        if d > talus:
            wp.atomic_add(delta, ni, nj, moved * d / total_diff)


@wp.kernel
def apply_delta(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float)):
    i, j = wp.tid()
    h[i, j] = h[i, j] + delta[i, j]
    delta[i, j] = 0.0


@wp.kernel
def terrain_mesh(h: wp.array2d(dtype=float), spacing: float, vscale: float, verts: wp.array(dtype=wp.vec3), uvs: wp.array(dtype=wp.vec2)):
    i, j = wp.tid()
    nx = h.shape[0]
    nz = h.shape[1]
    idx = i * nz + j
    verts[idx] = wp.vec3(float(i) * spacing, h[i, j] * vscale, float(j) * spacing)
    uvs[idx] = wp.vec2(float(i) / float(nx - 1), float(j) / float(nz - 1))
