import warp as wp


@wp.func
def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:
    return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0


@wp.kernel
def total_volume(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), vol: wp.array(dtype=float)):
    t = wp.tid()
    f = tris[t]
    wp.atomic_add(vol, 0, tet_volume(wp.vec3(), x[f[0]], x[f[1]], x[f[2]]))


@wp.kernel
def volume_gradient(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), grad: wp.array(dtype=wp.vec3)):
    t = wp.tid()
    f = tris[t]
    a = x[f[0]]
    b = x[f[1]]
    c = x[f[2]]
    wp.atomic_add(grad, f[0], wp.cross(b, c) / 6.0)
    wp.atomic_add(grad, f[1], wp.cross(c, a) / 6.0)
    wp.atomic_add(grad, f[2], wp.cross(a, b) / 6.0)


@wp.kernel
def project_volume(x: wp.array(dtype=wp.vec3), grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), vol: wp.array(dtype=float), rest_volume: float, denom: wp.array(dtype=float), stiffness: float):
    i = wp.tid()
    c = vol[0] - rest_volume
    d = denom[0]
    if d <= 1.0e-12:
        return
    lam = -c / d * stiffness
    x[i] = x[i] + grad[i] * (lam * inv_m[i])


@wp.kernel
def gradient_norm(grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), denom: wp.array(dtype=float)):
    i = wp.tid()
    wp.atomic_add(denom, 0, inv_m[i] * wp.length_sq(grad[i]))


@wp.kernel
def pressure_inflate(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), pressure: float, vol: wp.array(dtype=float), f: wp.array(dtype=wp.vec3)):
    t = wp.tid()
    idx = tris[t]
    a = x[idx[0]]
    b = x[idx[1]]
    c = x[idx[2]]
    n = wp.cross(b - a, c - a) * 0.5
    p = pressure / wp.max(vol[0], 1.0e-6)
    fp = n * (p / 3.0)
    for k in range(3):
        wp.atomic_add(f, idx[k], fp)
