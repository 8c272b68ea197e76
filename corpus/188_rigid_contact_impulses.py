import warp as wp


@wp.struct
class Contact:
    body_a: int
    body_b: int
    point: wp.vec3
    normal: wp.vec3
    depth: float


@wp.func
def inv_inertia_world(q: wp.quat, I_inv_body: wp.mat33) -> wp.mat33:
    R = wp.quat_to_matrix(q)
    return R * I_inv_body * wp.transpose(R)


@wp.func
def velocity_at(v: wp.vec3, w: wp.vec3, r: wp.vec3) -> wp.vec3:
    return v + wp.cross(w, r)


@wp.func
def effective_mass(inv_m_a: float, inv_m_b: float, Ia: wp.mat33, Ib: wp.mat33, ra: wp.vec3, rb: wp.vec3, n: wp.vec3) -> float:
    ca = wp.cross(ra, n)
    cb = wp.cross(rb, n)
    k = inv_m_a + inv_m_b + wp.dot(ca, Ia * ca) + wp.dot(cb, Ib * cb)
    if k <= 0.0:
        return 0.0
    return 1.0 / k


@wp.kernel
def solve_contacts(
    contacts: wp.array(dtype=Contact),
    x: wp.array(dtype=wp.vec3),
    q: wp.array(dtype=wp.quat),
    v: wp.array(dtype=wp.vec3),
    w: wp.array(dtype=wp.vec3),
    inv_m: wp.array(dtype=float),
    I_inv: wp.array(dtype=wp.mat33),
    restitution: float,
    friction: float,
    bias_factor: float,
    dt: float,
    dv: wp.array(dtype=wp.vec3),
    dw: wp.array(dtype=wp.vec3),
):
    c = wp.tid()
    ct = contacts[c]
    a = ct.body_a
    b = ct.body_b
    n = ct.normal
    ra = ct.point - x[a]
    rb = ct.point - x[b]
    Ia = inv_inertia_world(q[a], I_inv[a])
    Ib = inv_inertia_world(q[b], I_inv[b])
    vrel = velocity_at(v[b], w[b], rb) - velocity_at(v[a], w[a], ra)
    vn = wp.dot(vrel, n)
    if vn > 0.0 and ct.depth <= 0.0:
        return
    m_eff = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, n)
    bias = bias_factor / dt * wp.max(ct.depth - 0.001, 0.0)
    jn = wp.max(-(1.0 + restitution) * vn * m_eff + bias * m_eff, 0.0)
    impulse = n * jn
    vt = vrel - n * vn
    vt_len = wp.length(vt)
    if vt_len > 1.0e-6:
        t = vt / vt_len
        mt = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, t)
        jt = wp.min(vt_len * mt, friction * jn)
        impulse = impulse - t * jt
    wp.atomic_sub(dv, a, impulse * inv_m[a])
    wp.atomic_add(dv, b, impulse * inv_m[b])
    wp.atomic_sub(dw, a, Ia * wp.cross(ra, impulse))
    wp.atomic_add(dw, b, Ib * wp.cross(rb, impulse))


@wp.kernel
def apply_impulses(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), dv: wp.array(dtype=wp.vec3), dw: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v[i] = v[i] + dv[i]
    w[i] = w[i] + dw[i]
    dv[i] = wp.vec3()
    dw[i] = wp.vec3()


@wp.kernel
def sphere_plane_contacts(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), ground: int, contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):
    i = wp.tid()
    if i == ground:
        return
    d = radius[i] - x[i][1]
    if d > 0.0:
        slot = wp.atomic_add(count, 0, 1)
        if slot < contacts.shape[0]:
            c = Contact()
            c.body_a = ground
            c.body_b = i
            c.point = wp.vec3(x[i][0], 0.0, x[i][2])
            c.normal = wp.vec3(0.0, 1.0, 0.0)
            c.depth = d
            contacts[slot] = c
