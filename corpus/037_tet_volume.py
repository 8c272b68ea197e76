import warp as wp


@wp.func
def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:
    return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0


@wp.func
def tet_gradients(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3):
    g1 = wp.cross(d - b, c - b) / 6.0
    g2 = wp.cross(c - a, d - a) / 6.0
    g3 = wp.cross(d - a, b - a) / 6.0
    g4 = wp.cross(b - a, c - a) / 6.0
    return g1, g2, g3, g4


@wp.kernel
def solve_volume(
    x: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    tets: wp.array(dtype=wp.vec4i),
    rest_volume: wp.array(dtype=float),
    compliance: float,
    dt: float,
    delta: wp.array(dtype=wp.vec3),
    inverted: wp.array(dtype=int),
):
    t = wp.tid()
    ids = tets[t]
    i0 = ids[0]
    i1 = ids[1]
    i2 = ids[2]
    i3 = ids[3]
    a = x[i0]
    b = x[i1]
    c = x[i2]
    d = x[i3]
    vol = tet_volume(a, b, c, d)
    if vol < 0.0:
        wp.atomic_add(inverted, 0, 1)
    g1, g2, g3, g4 = tet_gradients(a, b, c, d)
    w1 = inv_mass[i0]
    w2 = inv_mass[i1]
    w3 = inv_mass[i2]
    w4 = inv_mass[i3]
    denom = w1 * wp.dot(g1, g1) + w2 * wp.dot(g2, g2) + w3 * wp.dot(g3, g3) + w4 * wp.dot(g4, g4)
    alpha = compliance / (dt * dt)
    if denom + alpha < 1.0e-12:
        return
    lam = -(vol - rest_volume[t]) / (denom + alpha)
    wp.atomic_add(delta, i0, g1 * (lam * w1))
    wp.atomic_add(delta, i1, g2 * (lam * w2))
    wp.atomic_add(delta, i2, g3 * (lam * w3))
    wp.atomic_add(delta, i3, g4 * (lam * w4))


@wp.kernel
def tet_quality(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), quality: wp.array(dtype=float), worst: wp.array(dtype=float)):
    t = wp.tid()
    ids = tets[t]
    p0 = x[ids[0]]
    p1 = x[ids[1]]
    p2 = x[ids[2]]
    p3 = x[ids[3]]
    v = wp.abs(tet_volume(p0, p1, p2, p3))
    s = float(0.0)
    s += wp.length_sq(p1 - p0)
    s += wp.length_sq(p2 - p0)
    s += wp.length_sq(p3 - p0)
    s += wp.length_sq(p2 - p1)
    s += wp.length_sq(p3 - p1)
    s += wp.length_sq(p3 - p2)
    rms = wp.sqrt(s / 6.0)
    q = 6.0 * wp.sqrt(2.0) * v / (rms * rms * rms)
    quality[t] = q
    wp.atomic_min(worst, 0, q)


@wp.kernel
def deformation_gradients(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), F: wp.array(dtype=wp.mat33), J: wp.array(dtype=float)):
    t = wp.tid()
    ids = tets[t]
    p0 = x[ids[0]]
    e1 = x[ids[1]] - p0
    e2 = x[ids[2]] - p0
    e3 = x[ids[3]] - p0
    Ds = wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])
    Ft = Ds * Dm_inv[t]
    F[t] = Ft
    J[t] = wp.determinant(Ft)
