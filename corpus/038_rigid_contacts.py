import warp as wp


@wp.struct
class Contact:
    body_a: int
    body_b: int
    point: wp.vec3
    normal: wp.vec3
    depth: float


@wp.func
def velocity_at(qd: wp.spatial_vector, com: wp.vec3, p: wp.vec3) -> wp.vec3:
    w = wp.spatial_top(qd)
    v = wp.spatial_bottom(qd)
    return v + wp.cross(w, p - com)


@wp.func
def effective_mass(inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:
    rn = wp.cross(r, n)
    return inv_m + wp.dot(rn, inv_I * rn)


@wp.kernel
def contact_impulses(
    contacts: wp.array(dtype=Contact),
    body_qd: wp.array(dtype=wp.spatial_vector),
    body_com: wp.array(dtype=wp.vec3),
    body_inv_mass: wp.array(dtype=float),
    body_inv_inertia: wp.array(dtype=wp.mat33),
    mu: float,
    restitution: float,
    baumgarte: float,
    dt: float,
    impulses: wp.array(dtype=wp.spatial_vector),
):
    c = wp.tid()
    ct = contacts[c]
    a = ct.body_a
    b = ct.body_b
    n = ct.normal
    va = wp.vec3()
    vb = wp.vec3()
    ra = wp.vec3()
    rb = wp.vec3()
    ka = float(0.0)
    kb = float(0.0)
    if a >= 0:
        ra = ct.point - body_com[a]
        va = velocity_at(body_qd[a], body_com[a], ct.point)
        ka = effective_mass(body_inv_mass[a], body_inv_inertia[a], ra, n)
    if b >= 0:
        rb = ct.point - body_com[b]
        vb = velocity_at(body_qd[b], body_com[b], ct.point)
        kb = effective_mass(body_inv_mass[b], body_inv_inertia[b], rb, n)
    k = ka + kb
    if k <= 0.0:
        return
    rel = vb - va
    vn = wp.dot(rel, n)
    bias = baumgarte * wp.max(ct.depth, 0.0) / dt
    jn = wp.max((-(1.0 + restitution) * vn + bias) / k, 0.0)
    vt = rel - n * vn
    vt_len = wp.length(vt)
    jt = wp.vec3()
    if vt_len > 1.0e-6:
        tdir = vt / vt_len
        jt = -tdir * wp.min(vt_len / k, mu * jn)
    J = n * jn + jt
    if a >= 0:
        wp.atomic_sub(impulses, a, wp.spatial_vector(wp.cross(ra, J), J))
    if b >= 0:
        wp.atomic_add(impulses, b, wp.spatial_vector(wp.cross(rb, J), J))


@wp.kernel
def apply_impulses(body_qd: wp.array(dtype=wp.spatial_vector), impulses: wp.array(dtype=wp.spatial_vector), body_inv_mass: wp.array(dtype=float), body_inv_inertia: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    imp = impulses[i]
    dw = body_inv_inertia[i] * wp.spatial_top(imp)
    dv = wp.spatial_bottom(imp) * body_inv_mass[i]
    body_qd[i] = body_qd[i] + wp.spatial_vector(dw, dv)
    impulses[i] = wp.spatial_vector()


@wp.kernel
def box_ground_contacts(body_q: wp.array(dtype=wp.transform), half: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):
    b = wp.tid()
    X = body_q[b]
    h = half[b]
    for corner in range(8):
        sx = wp.where((corner & 1) != 0, 1.0, -1.0)
        sy = wp.where((corner & 2) != 0, 1.0, -1.0)
        sz = wp.where((corner & 4) != 0, 1.0, -1.0)
        p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))
        if p[1] < 0.0:
            slot = wp.atomic_add(count, 0, 1)
            if slot < contacts.shape[0]:
                ct = Contact()
                ct.body_a = -1
                ct.body_b = b
                ct.point = p
                ct.normal = wp.vec3(0.0, 1.0, 0.0)
                ct.depth = -p[1]
                contacts[slot] = ct
