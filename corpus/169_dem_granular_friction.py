import warp as wp


@wp.struct
class ContactParams:
    kn: float
    kd: float
    kt: float
    mu: float
    radius: float


@wp.func
def contact_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, wi: wp.vec3, wj: wp.vec3, p: ContactParams):
    d = xj - xi
    dist = wp.length(d)
    overlap = 2.0 * p.radius - dist
    if overlap <= 0.0 or dist < 1.0e-9:
        return wp.vec3(), wp.vec3()
    n = d / dist
    vrel = vj - vi + wp.cross(wj, -n * p.radius) - wp.cross(wi, n * p.radius)
    vn = wp.dot(vrel, n)
    vt = vrel - n * vn
    fn = wp.max(p.kn * overlap - p.kd * vn, 0.0)
    ft = vt * p.kt
    ft_len = wp.length(ft)
    if ft_len > p.mu * fn:
        ft = ft * (p.mu * fn / ft_len)
    f = -n * fn + ft
    torque = wp.cross(n * p.radius, ft)
    return f, torque


@wp.kernel
def dem_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), p: ContactParams, f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    n = x.shape[0]
    fi = wp.vec3()
    ti = wp.vec3()
    for j in range(n):
        if i == j:
            continue
        fc, tc = contact_force(x[i], x[j], v[i], v[j], w[i], w[j], p)
        fi += fc
        ti += tc
    # ground plane
    pen = p.radius - x[i][1]
    if pen > 0.0:
        fi += wp.vec3(0.0, p.kn * pen - p.kd * wp.min(v[i][1], 0.0), 0.0)
        fi -= wp.vec3(v[i][0], 0.0, v[i][2]) * p.kt
    f[i] = fi
    tau[i] = ti


@wp.kernel
def dem_integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3), m: float, inertia: float, gravity: wp.vec3, dt: float):
    i = wp.tid()
    v[i] = v[i] + (f[i] / m + gravity) * dt
    w[i] = w[i] + tau[i] / inertia * dt
    x[i] = x[i] + v[i] * dt


@wp.kernel
def kinetic_stats(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), m: float, inertia: float, stats: wp.array(dtype=float)):
    i = wp.tid()
    lin = 0.5 * m * wp.length_sq(v[i])
    ang = 0.5 * inertia * wp.length_sq(w[i])
    wp.atomic_add(stats, 0, lin)
    wp.atomic_add(stats, 1, ang)
    wp.atomic_max(stats, 2, wp.length(v[i]))
