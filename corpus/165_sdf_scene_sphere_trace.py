import warp as wp


@wp.func
def sdf_torus(p: wp.vec3, r1: float, r2: float) -> float:
    q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - r1, p[1])
    return wp.length(q) - r2


@wp.func
def sdf_box(p: wp.vec3, b: wp.vec3) -> float:
    q = wp.abs(p) - b
    return wp.length(wp.max(q, wp.vec3(0.0))) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)


@wp.func
def smooth_union(a: float, b: float, k: float) -> float:
    h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    return wp.lerp(b, a, h) - k * h * (1.0 - h)


@wp.func
def scene(p: wp.vec3) -> float:
    d = sdf_torus(p, 0.6, 0.2)
    d = smooth_union(d, sdf_box(p - wp.vec3(0.0, 0.4, 0.0), wp.vec3(0.3, 0.1, 0.3)), 0.1)
    return d


@wp.func
def grad_scene(p: wp.vec3) -> wp.vec3:
    e = 1.0e-3
    dx = scene(p + wp.vec3(e, 0.0, 0.0)) - scene(p - wp.vec3(e, 0.0, 0.0))
    dy = scene(p + wp.vec3(0.0, e, 0.0)) - scene(p - wp.vec3(0.0, e, 0.0))
    dz = scene(p + wp.vec3(0.0, 0.0, e)) - scene(p - wp.vec3(0.0, 0.0, e))
    return wp.normalize(wp.vec3(dx, dy, dz))


@wp.kernel
def sample_field(origin: wp.vec3, h: float, field: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    p = origin + wp.vec3(float(i), float(j), float(k)) * h
    field[i, j, k] = scene(p)


@wp.kernel
def classify_cells(field: wp.array3d(dtype=float), iso: float, cube_index: wp.array3d(dtype=wp.uint8), active: wp.array(dtype=int)):
    i, j, k = wp.tid()
    code = int(0)
    bit = int(1)
    for c in range(8):
        di = c & 1
        dj = (c >> 1) & 1
        dk = (c >> 2) & 1
        if field[i + di, j + dj, k + dk] < iso:
            code = code | bit
        bit = bit << 1
    cube_index[i, j, k] = wp.uint8(code)
    if code != 0 and code != 255:
        wp.atomic_add(active, 0, 1)


@wp.kernel
def project_points(pts: wp.array(dtype=wp.vec3), iters: int, out: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = pts[i]
    for it in range(iters):
        d = scene(p)
        if wp.abs(d) < 1.0e-5:
            break
        p = p - grad_scene(p) * d
    out[i] = p
    normals[i] = grad_scene(p)


@wp.kernel
def sphere_trace(origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), t_out: wp.array(dtype=float), steps: wp.array(dtype=wp.int32)):
    i = wp.tid()
    o = origins[i]
    d = wp.normalize(dirs[i])
    t = float(0.0)
    n = wp.int32(0)
    hit = bool(False)
    while n < wp.int32(128):
        dist = scene(o + d * t)
        if dist < 1.0e-4:
            hit = True
            break
        t += dist
        if t > 100.0:
            break
        n += wp.int32(1)
    t_out[i] = wp.where(hit, t, -1.0)
    steps[i] = n
