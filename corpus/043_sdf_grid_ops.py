import warp as wp


@wp.func
def sd_box(p: wp.vec3, b: wp.vec3) -> float:
    q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - b
    outside = wp.length(wp.max(q, wp.vec3(0.0, 0.0, 0.0)))
    inside = wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)
    return outside + inside


@wp.func
def sd_torus(p: wp.vec3, r_major: float, r_minor: float) -> float:
    qx = wp.length(wp.vec2(p[0], p[2])) - r_major
    return wp.length(wp.vec2(qx, p[1])) - r_minor


@wp.func
def smooth_union(a: float, b: float, k: float) -> float:
    h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    return wp.lerp(b, a, h) - k * h * (1.0 - h)


@wp.func
def scene(p: wp.vec3, blend: float) -> float:
    d1 = sd_box(p - wp.vec3(-0.5, 0.0, 0.0), wp.vec3(0.3, 0.3, 0.3))
    d2 = sd_torus(p - wp.vec3(0.5, 0.0, 0.0), 0.4, 0.1)
    d3 = wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.25
    return smooth_union(smooth_union(d1, d2, blend), d3, blend)


@wp.kernel
def sample_sdf(origin: wp.vec3, spacing: float, blend: float, sdf: wp.array3d(dtype=float), inside_count: wp.array(dtype=int)):
    i, j, k = wp.tid()
    p = origin + wp.vec3(float(i), float(j), float(k)) * spacing
    d = scene(p, blend)
    sdf[i, j, k] = d
    if d < 0.0:
        wp.atomic_add(inside_count, 0, 1)


@wp.kernel
def sdf_normals(sdf: wp.array3d(dtype=float), spacing: float, normals: wp.array3d(dtype=wp.vec3)):
    i, j, k = wp.tid()
    nx = sdf.shape[0]
    ny = sdf.shape[1]
    nz = sdf.shape[2]
    ip = wp.min(i + 1, nx - 1)
    im = wp.max(i - 1, 0)
    jp = wp.min(j + 1, ny - 1)
    jm = wp.max(j - 1, 0)
    kp = wp.min(k + 1, nz - 1)
    km = wp.max(k - 1, 0)
    g = wp.vec3(sdf[ip, j, k] - sdf[im, j, k], sdf[i, jp, k] - sdf[i, jm, k], sdf[i, j, kp] - sdf[i, j, km])
    l = wp.length(g)
    if l > 0.0:
        normals[i, j, k] = g / l
    else:
        normals[i, j, k] = wp.vec3(0.0, 1.0, 0.0)


@wp.kernel
def count_surface_cells(sdf: wp.array3d(dtype=float), iso: float, cells: wp.array(dtype=wp.vec3i), count: wp.array(dtype=int)):
    i, j, k = wp.tid()
    mask = int(0)
    for c in range(8):
        di = c & 1
        dj = (c >> 1) & 1
        dk = (c >> 2) & 1
        if sdf[i + di, j + dj, k + dk] < iso:
            mask = mask | (1 << c)
    if mask == 0 or mask == 255:
        return
    slot = wp.atomic_add(count, 0, 1)
    if slot < cells.shape[0]:
        cells[slot] = wp.vec3i(i, j, k)


@wp.kernel
def project_to_surface(points: wp.array(dtype=wp.vec3), blend: float, iterations: int, h: float):
    t = wp.tid()
    p = points[t]
    for it in range(iterations):
        d = scene(p, blend)
        if wp.abs(d) < 1.0e-5:
            break
        gx = scene(p + wp.vec3(h, 0.0, 0.0), blend) - scene(p - wp.vec3(h, 0.0, 0.0), blend)
        gy = scene(p + wp.vec3(0.0, h, 0.0), blend) - scene(p - wp.vec3(0.0, h, 0.0), blend)
        gz = scene(p + wp.vec3(0.0, 0.0, h), blend) - scene(p - wp.vec3(0.0, 0.0, h), blend)
        g = wp.vec3(gx, gy, gz)
        gl = wp.length(g)
        if gl < 1.0e-12:
            break
        p = p - g * (d / gl)
    points[t] = p
