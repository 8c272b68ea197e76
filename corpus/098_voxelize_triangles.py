import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def point_in_triangle_2d(p: wp.vec2, a: wp.vec2, b: wp.vec2, c: wp.vec2) -> bool:
    d1 = (p[0] - b[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (p[1] - b[1])
    d2 = (p[0] - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (p[1] - c[1])
    d3 = (p[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (p[1] - a[1])
    has_neg = d1 < 0.0 or d2 < 0.0 or d3 < 0.0
    has_pos = d1 > 0.0 or d2 > 0.0 or d3 > 0.0
    return not (has_neg and has_pos)


@wp.func
def plane_z(a: wp.vec3, b: wp.vec3, c: wp.vec3, x: float, y: float):
    n = wp.cross(b - a, c - a)
    if wp.abs(n[2]) < 1.0e-12:
        return False, 0.0
    z = a[2] - (n[0] * (x - a[0]) + n[1] * (y - a[1])) / n[2]
    return True, z


@wp.kernel
def surface_voxels(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), origin: wp.vec3, voxel: float, grid: wp.array3d(dtype=wp.uint8), marked: wp.array(dtype=int)):
    f = wp.tid()
    ids = faces[f]
    a = (verts[ids[0]] - origin) / voxel
    b = (verts[ids[1]] - origin) / voxel
    c = (verts[ids[2]] - origin) / voxel
    lo = wp.min(wp.min(a, b), c)
    hi = wp.max(wp.max(a, b), c)
    nx = grid.shape[0]
    ny = grid.shape[1]
    nz = grid.shape[2]
    i0 = wp.max(int(wp.floor(lo[0])), 0)
    j0 = wp.max(int(wp.floor(lo[1])), 0)
    k0 = wp.max(int(wp.floor(lo[2])), 0)
    i1 = wp.min(int(wp.floor(hi[0])), nx - 1)
    j1 = wp.min(int(wp.floor(hi[1])), ny - 1)
    k1 = wp.min(int(wp.floor(hi[2])), nz - 1)
    n = wp.normalize(wp.cross(b - a, c - a))
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            for k in range(k0, k1 + 1):
                center = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)
                d = wp.abs(wp.dot(center - a, n))
                if d <= 0.87:
                    if grid[i, j, k] == wp.uint8(0):
                        grid[i, j, k] = wp.uint8(1)
                        wp.atomic_add(marked, 0, 1)


@wp.kernel
def parity_fill(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), origin: wp.vec3, voxel: float, grid: wp.array3d(dtype=wp.uint8)):
    i, j = wp.tid()
    x = origin[0] + (float(i) + 0.5) * voxel
    y = origin[1] + (float(j) + 0.5) * voxel
    p = wp.vec2(x, y)
    nz = grid.shape[2]
    for k in range(nz):
        z = origin[2] + (float(k) + 0.5) * voxel
        crossings = int(0)
        for f in range(faces.shape[0]):
            ids = faces[f]
            a = verts[ids[0]]
            b = verts[ids[1]]
            c = verts[ids[2]]
            if not point_in_triangle_2d(p, wp.vec2(a[0], a[1]), wp.vec2(b[0], b[1]), wp.vec2(c[0], c[1])):
                continue
            ok, zf = plane_z(a, b, c, x, y)
            if ok and zf > z:
                crossings += 1
        if crossings % 2 == 1 and grid[i, j, k] == wp.uint8(0):
            grid[i, j, k] = wp.uint8(2)
