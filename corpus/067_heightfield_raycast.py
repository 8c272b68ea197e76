import warp as wp


@wp.func
def sample_height(h: wp.array2d(dtype=float), x: float, z: float, spacing: float) -> float:
    fx = x / spacing
    fz = z / spacing
    nx = h.shape[0]
    nz = h.shape[1]
    if fx < 0.0 or fz < 0.0 or fx >= float(nx - 1) or fz >= float(nz - 1):
        return -1.0e10
    i = int(fx)
    j = int(fz)
    tx = fx - float(i)
    tz = fz - float(j)
    a = wp.lerp(h[i, j], h[i + 1, j], tx)
    b = wp.lerp(h[i, j + 1], h[i + 1, j + 1], tx)
    return wp.lerp(a, b, tz)


@wp.func
def march(h: wp.array2d(dtype=float), spacing: float, ro: wp.vec3, rd: wp.vec3, t_max: float, step: float):
    t = float(0.0)
    prev_t = float(0.0)
    prev_gap = ro[1] - sample_height(h, ro[0], ro[2], spacing)
    while t < t_max:
        t += step
        p = ro + rd * t
        gap = p[1] - sample_height(h, p[0], p[2], spacing)
        if gap < 0.0:
            # refine with secant step
            w = prev_gap / (prev_gap - gap)
            return True, prev_t + (t - prev_t) * w
        prev_t = t
        prev_gap = gap
    return False, t_max


@wp.kernel
def render_terrain(
    h: wp.array2d(dtype=float),
    spacing: float,
    cam_pos: wp.vec3,
    cam_rot: wp.mat33,
    fov: float,
    sun_dir: wp.vec3,
    t_max: float,
    image: wp.array2d(dtype=wp.vec3),
    depth: wp.array2d(dtype=float),
):
    y, x = wp.tid()
    height = image.shape[0]
    width = image.shape[1]
    aspect = float(width) / float(height)
    sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * wp.tan(fov * 0.5) * aspect
    sy = (1.0 - 2.0 * (float(y) + 0.5) / float(height)) * wp.tan(fov * 0.5)
    rd = wp.normalize(cam_rot * wp.vec3(sx, sy, -1.0))
    hit, t = march(h, spacing, cam_pos, rd, t_max, spacing * 0.5)
    if not hit:
        sky = wp.vec3(0.5, 0.7, 1.0) * (0.6 + 0.4 * wp.max(rd[1], 0.0))
        image[y, x] = sky
        depth[y, x] = t_max
        return
    p = cam_pos + rd * t
    e = spacing
    hx = sample_height(h, p[0] + e, p[2], spacing) - sample_height(h, p[0] - e, p[2], spacing)
    hz = sample_height(h, p[0], p[2] + e, spacing) - sample_height(h, p[0], p[2] - e, spacing)
    n = wp.normalize(wp.vec3(-hx, 2.0 * e, -hz))
    diffuse = wp.max(wp.dot(n, sun_dir), 0.0)
    albedo = wp.vec3(0.3, 0.5, 0.2)
    if p[1] > 5.0:
        albedo = wp.vec3(0.9, 0.9, 0.95)
    elif n[1] < 0.7:
        albedo = wp.vec3(0.45, 0.4, 0.35)
    fog = wp.exp(-0.002 * t)
    col = albedo * (0.15 + 0.85 * diffuse)
    image[y, x] = col * fog + wp.vec3(0.6, 0.7, 0.8) * (1.0 - fog)
    depth[y, x] = t


@wp.kernel
def shadow_mask(h: wp.array2d(dtype=float), spacing: float, sun_dir: wp.vec3, t_max: float, shadow: wp.array2d(dtype=float)):
    i, j = wp.tid()
    p = wp.vec3(float(i) * spacing, h[i, j] + 1.0e-3, float(j) * spacing)
    hit, t = march(h, spacing, p, sun_dir, t_max, spacing)
    shadow[i, j] = wp.where(hit, 0.3, 1.0)
