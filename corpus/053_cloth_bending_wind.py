import warp as wp


@wp.struct
class WindParams:
    direction: wp.vec3
    speed: float
    turbulence: float
    lift: float
    drag: float


@wp.func
def triangle_normal_area(a: wp.vec3, b: wp.vec3, c: wp.vec3):
    n = wp.cross(b - a, c - a)
    l = wp.length(n)
    if l < 1.0e-12:
        return wp.vec3(0.0, 0.0, 0.0), 0.0
    return n / l, 0.5 * l


@wp.func
def wind_velocity(p: wp.vec3, t: float, w: WindParams) -> wp.vec3:
    phase = wp.dot(p, wp.vec3(0.3, 0.7, 0.1)) + t
    gust = wp.vec3(wp.sin(phase * 1.3), wp.sin(phase * 0.7) * 0.3, wp.cos(phase * 1.1)) * w.turbulence
    return w.direction * w.speed + gust


@wp.kernel
def aero_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), wind: WindParams, t: float, f: wp.array(dtype=wp.vec3)):
    tri = wp.tid()
    ids = tris[tri]
    a = x[ids[0]]
    b = x[ids[1]]
    c = x[ids[2]]
    n, area = triangle_normal_area(a, b, c)
    if area == 0.0:
        return
    vc = (v[ids[0]] + v[ids[1]] + v[ids[2]]) / 3.0
    center = (a + b + c) / 3.0
    rel = wind_velocity(center, t, wind) - vc
    rl = wp.length(rel)
    if rl < 1.0e-6:
        return
    rd = rel / rl
    cos_t = wp.dot(n, rd)
    fd = rd * (wind.drag * area * rl * rl * wp.abs(cos_t))
    lift_dir = wp.cross(wp.cross(n, rd), rd)
    fl = lift_dir * (wind.lift * area * rl * rl * cos_t * wp.sqrt(wp.max(1.0 - cos_t * cos_t, 0.0)))
    ft = (fd + fl) / 3.0
    for k in range(3):
        wp.atomic_add(f, ids[k], ft)


@wp.kernel
def dihedral_bending(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec4i), rest_angle: wp.array(dtype=float), k_bend: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):
    e = wp.tid()
    ids = edges[e]
    x1 = x[ids[0]]
    x2 = x[ids[1]]
    x3 = x[ids[2]]
    x4 = x[ids[3]]
    e0 = x2 - x1
    n1 = wp.cross(x3 - x1, e0)
    n2 = wp.cross(e0, x4 - x1)
    l1 = wp.length_sq(n1)
    l2 = wp.length_sq(n2)
    le = wp.length(e0)
    if l1 < 1.0e-12 or l2 < 1.0e-12 or le < 1.0e-6:
        return
    c = wp.dot(n1, n2) / wp.sqrt(l1 * l2)
    s = wp.dot(wp.cross(n1, n2), e0) / (le * wp.sqrt(l1 * l2))
    angle = wp.atan2(s, c)
    d = angle - rest_angle[e]
    g3 = n1 * (le / l1)
    g4 = n2 * (le / l2)
    g1 = n1 * (wp.dot(x3 - x2, e0) / (le * l1)) + n2 * (wp.dot(x4 - x2, e0) / (le * l2))
    g2 = -(g1 + g3 + g4)
    k = -k_bend * d
    wp.atomic_add(f, ids[0], g1 * k)
    wp.atomic_add(f, ids[1], g2 * k)
    wp.atomic_add(f, ids[2], g3 * k)
    wp.atomic_add(f, ids[3], g4 * k)
    wp.atomic_add(energy, 0, 0.5 * k_bend * d * d)
