import warp as wp


@wp.func
def dda_init(o: float, d: float, cell: int, h: float):
    if d > 0.0:
        return 1, (float(cell + 1) * h - o) / d, h / d
    elif d < 0.0:
        return -1, (float(cell) * h - o) / d, -h / d
    return 0, 1.0e30, 1.0e30


@wp.kernel
def raycast_voxels(occ: wp.array3d(dtype=wp.uint8), h: float, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_steps: int, hit_cell: wp.array(dtype=wp.vec3i), hit_t: wp.array(dtype=float)):
    r = wp.tid()
    o = origins[r]
    d = wp.normalize(dirs[r])
    c = wp.vec3i(int(wp.floor(o[0] / h)), int(wp.floor(o[1] / h)), int(wp.floor(o[2] / h)))
    sx, tx, dx = dda_init(o[0], d[0], c[0], h)
    sy, ty, dy = dda_init(o[1], d[1], c[1], h)
    sz, tz, dz = dda_init(o[2], d[2], c[2], h)
    t = float(0.0)
    hit_cell[r] = wp.vec3i(-1, -1, -1)
    hit_t[r] = -1.0
    for s in range(max_steps):
        if c[0] < 0 or c[1] < 0 or c[2] < 0 or c[0] >= occ.shape[0] or c[1] >= occ.shape[1] or c[2] >= occ.shape[2]:
            return
        if occ[c[0], c[1], c[2]] != wp.uint8(0):
            hit_cell[r] = c
            hit_t[r] = t
            return
        if tx < ty and tx < tz:
            t = tx
            tx += dx
            c[0] = c[0] + sx
        elif ty < tz:
            t = ty
            ty += dy
            c[1] = c[1] + sy
        else:
            t = tz
            tz += dz
            c[2] = c[2] + sz


@wp.kernel
def voxelize_spheres(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), h: float, occ: wp.array3d(dtype=wp.uint8)):
    i, j, k = wp.tid()
    p = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5) * h
    for s in range(centers.shape[0]):
        if wp.length(p - centers[s]) <= radii[s]:
            occ[i, j, k] = wp.uint8(1)
            return
    occ[i, j, k] = wp.uint8(0)


@wp.kernel
def surface_voxels(occ: wp.array3d(dtype=wp.uint8), surface: wp.array(dtype=int)):
    i, j, k = wp.tid()
    if occ[i, j, k] == wp.uint8(0):
        return
    nx = occ.shape[0]
    ny = occ.shape[1]
    nz = occ.shape[2]
    exposed = bool(False)
    if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:
        exposed = True
    elif occ[i - 1, j, k] == wp.uint8(0) or occ[i + 1, j, k] == wp.uint8(0):
        exposed = True
    elif occ[i, j - 1, k] == wp.uint8(0) or occ[i, j + 1, k] == wp.uint8(0):
        exposed = True
    elif occ[i, j, k - 1] == wp.uint8(0) or occ[i, j, k + 1] == wp.uint8(0):
        exposed = True
    if exposed:
        wp.atomic_add(surface, 0, 1)
