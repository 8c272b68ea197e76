import warp as wp


@wp.struct
class ClothParams:
    stretch_k: float
    bend_k: float
    damping: float
    thickness: float
    gravity: wp.vec3


@wp.func
def tri_area_normal(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3):
    n = wp.cross(x1 - x0, x2 - x0)
    a = wp.length(n)
    if a > 0.0:
        return 0.5 * a, n / a
    return 0.0, wp.vec3(0.0, 1.0, 0.0)


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e: wp.vec3) -> float:
    c = wp.clamp(wp.dot(n1, n2), -1.0, 1.0)
    s = wp.dot(wp.cross(n1, n2), wp.normalize(e))
    return wp.atan2(s, c)


@wp.kernel
def stretch_forces(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    edges: wp.array(dtype=wp.vec2i),
    rest: wp.array(dtype=float),
    params: ClothParams,
    f: wp.array(dtype=wp.vec3),
):
    e = wp.tid()
    ij = edges[e]
    i = ij[0]
    j = ij[1]
    d = x[j] - x[i]
    l = wp.length(d)
    if l < 1.0e-8:
        return
    n = d / l
    rel_v = wp.dot(v[j] - v[i], n)
    fs = n * (params.stretch_k * (l - rest[e]) + params.damping * rel_v)
    wp.atomic_add(f, i, fs)
    wp.atomic_sub(f, j, fs)


@wp.kernel
def bending_forces(
    x: wp.array(dtype=wp.vec3),
    quads: wp.array(dtype=wp.vec4i),
    rest_angle: wp.array(dtype=float),
    params: ClothParams,
    f: wp.array(dtype=wp.vec3),
):
    q = wp.tid()
    idx = quads[q]
    x0 = x[idx[0]]
    x1 = x[idx[1]]
    x2 = x[idx[2]]
    x3 = x[idx[3]]
    a1, n1 = tri_area_normal(x0, x1, x2)
    a2, n2 = tri_area_normal(x1, x0, x3)
    if a1 == 0.0 or a2 == 0.0:
        return
    e = x1 - x0
    theta = dihedral_angle(n1, n2, e)
    el = wp.length(e)
    c = params.bend_k * (theta - rest_angle[q]) * el / (a1 + a2)
    f2 = n1 * (c * el / (2.0 * a1))
    f3 = n2 * (c * el / (2.0 * a2))
    wp.atomic_add(f, idx[2], -f2)
    wp.atomic_add(f, idx[3], -f3)
    wp.atomic_add(f, idx[0], (f2 + f3) * 0.5)
    wp.atomic_add(f, idx[1], (f2 + f3) * 0.5)


@wp.kernel
def integrate_cloth(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), params: ClothParams, dt: float):
    i = wp.tid()
    w = inv_m[i]
    if w == 0.0:
        f[i] = wp.vec3()
        return
    vel = v[i] + (f[i] * w + params.gravity) * dt
    pos = x[i] + vel * dt
    if pos[1] < params.thickness:
        pos = wp.vec3(pos[0], params.thickness, pos[2])
        vel = wp.vec3(vel[0] * 0.9, wp.max(vel[1], 0.0), vel[2] * 0.9)
    x[i] = pos
    v[i] = vel
    f[i] = wp.vec3()


@wp.kernel
def self_collide_brute(x: wp.array(dtype=wp.vec3), params: ClothParams, dx: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    n = x.shape[0]
    d2 = 2.0 * params.thickness
    corr = wp.vec3()
    for j in range(n):
        if j == i:
            continue
        r = x[i] - x[j]
        l = wp.length(r)
        if l < d2 and l > 1.0e-9:
            corr += r * ((d2 - l) / l * 0.5)
    dx[i] = corr
