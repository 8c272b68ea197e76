import warp as wp


@wp.func
def look_at(eye: wp.vec3, target: wp.vec3, up: wp.vec3) -> wp.mat44:
    f = wp.normalize(target - eye)
    s = wp.normalize(wp.cross(f, up))
    u = wp.cross(s, f)
    return wp.mat44(
        s[0], s[1], s[2], -wp.dot(s, eye),
        u[0], u[1], u[2], -wp.dot(u, eye),
        -f[0], -f[1], -f[2], wp.dot(f, eye),
        0.0, 0.0, 0.0, 1.0,
    )


@wp.func
def perspective(fovy: float, aspect: float, znear: float, zfar: float) -> wp.mat44:
    t = wp.tan(fovy * 0.5)
    m = wp.mat44()
    m[0, 0] = 1.0 / (aspect * t)
    m[1, 1] = 1.0 / t
    m[2, 2] = -(zfar + znear) / (zfar - znear)
    m[2, 3] = -2.0 * zfar * znear / (zfar - znear)
    m[3, 2] = -1.0
    return m


@wp.func
def project_point(mvp: wp.mat44, p: wp.vec3):
    h = mvp * wp.vec4(p[0], p[1], p[2], 1.0)
    w = h[3]
    if w <= 0.0:
        return wp.vec3(0.0, 0.0, -1.0), False
    return wp.vec3(h[0] / w, h[1] / w, h[2] / w), True


@wp.kernel
def build_mvp(eyes: wp.array(dtype=wp.vec3), targets: wp.array(dtype=wp.vec3), fovy: float, aspect: float, mvp: wp.array(dtype=wp.mat44)):
    c = wp.tid()
    view = look_at(eyes[c], targets[c], wp.vec3(0.0, 1.0, 0.0))
    proj = perspective(fovy, aspect, 0.1, 100.0)
    mvp[c] = proj * view


@wp.kernel
def rasterize_points(
    points: wp.array(dtype=wp.vec3),
    colors: wp.array(dtype=wp.vec4),
    mvp: wp.array(dtype=wp.mat44),
    cam: int,
    width: int,
    height: int,
    depth: wp.array2d(dtype=float),
    image: wp.array2d(dtype=wp.vec4),
    visible: wp.array(dtype=int),
):
    i = wp.tid()
    ndc, ok = project_point(mvp[cam], points[i])
    if not ok:
        return
    if ndc[0] < -1.0 or ndc[0] > 1.0 or ndc[1] < -1.0 or ndc[1] > 1.0:
        return
    px = int((ndc[0] * 0.5 + 0.5) * float(width - 1))
    py = int((1.0 - (ndc[1] * 0.5 + 0.5)) * float(height - 1))
    z = ndc[2] * 0.5 + 0.5
    old = wp.atomic_min(depth, py, px, z)
    if z <= old:
        c = colors[i]
        fog = wp.exp(-2.0 * z)
        image[py, px] = wp.vec4(c[0] * fog, c[1] * fog, c[2] * fog, c[3])
        wp.atomic_add(visible, cam, 1)


@wp.kernel
def transform_normals(model: wp.array(dtype=wp.mat44), normals: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    M = model[0]
    upper = wp.mat33(M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1], M[2, 2])
    nm = wp.transpose(wp.inverse(upper))
    out[i] = wp.normalize(nm * normals[i])


@wp.kernel
def compose_chain(locals: wp.array(dtype=wp.mat44), parents: wp.array(dtype=int), world: wp.array(dtype=wp.mat44)):
    i = wp.tid()
    M = locals[i]
    p = parents[i]
    depth = int(0)
    while p >= 0 and depth < 32:
        M = locals[p] * M
        p = parents[p]
        depth += 1
    world[i] = M
