import warp as wp


@wp.struct
class Sphere:
    center: wp.vec3
    radius: float
    inv_mass: float
    velocity: wp.vec3


@wp.func
def contact_normal(a: Sphere, b: Sphere):
    d = b.center - a.center
    dist = wp.length(d)
    pen = a.radius + b.radius - dist
    n = wp.vec3(0.0, 1.0, 0.0)
    if dist > 1.0e-8:
        n = d / dist
    return n, pen


@wp.func
def resolve_velocity(va: wp.vec3, vb: wp.vec3, n: wp.vec3, wa: float, wb: float, e: float) -> float:
    rel = wp.dot(vb - va, n)
    if rel > 0.0:
        return 0.0
    return -(1.0 + e) * rel / (wa + wb)


@wp.kernel
def sphere_pairs(spheres: wp.array(dtype=Sphere), restitution: float, dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):
    i = wp.tid()
    a = spheres[i]
    for j in range(spheres.shape[0]):
        if j == i:
            continue
        b = spheres[j]
        n, pen = contact_normal(a, b)
        if pen <= 0.0:
            continue
        w = a.inv_mass + b.inv_mass
        if w == 0.0:
            continue
        if j > i:
            wp.atomic_add(contacts, 0, 1)
        jn = resolve_velocity(a.velocity, b.velocity, n, a.inv_mass, b.inv_mass, restitution)
        dv[i] = dv[i] - n * (jn * a.inv_mass)
        dx[i] = dx[i] - n * (pen * a.inv_mass / w)


@wp.kernel
def apply_corrections(spheres: wp.array(dtype=Sphere), dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):
    i = wp.tid()
    s = spheres[i]
    s.center = s.center + dx[i] * relax
    s.velocity = s.velocity + dv[i]
    spheres[i] = s
    dv[i] = wp.vec3()
    dx[i] = wp.vec3()


@wp.kernel
def sphere_vs_planes(spheres: wp.array(dtype=Sphere), plane_n: wp.array(dtype=wp.vec3), plane_d: wp.array(dtype=float), restitution: float):
    i = wp.tid()
    s = spheres[i]
    if s.inv_mass == 0.0:
        return
    for p in range(plane_n.shape[0]):
        n = plane_n[p]
        dist = wp.dot(n, s.center) + plane_d[p] - s.radius
        if dist < 0.0:
            s.center = s.center - n * dist
            vn = wp.dot(s.velocity, n)
            if vn < 0.0:
                s.velocity = s.velocity - n * ((1.0 + restitution) * vn)
    spheres[i] = s


@wp.kernel
def total_overlap(spheres: wp.array(dtype=Sphere), out: wp.array(dtype=float)):
    i, j = wp.tid()
    if j <= i:
        return
    n, pen = contact_normal(spheres[i], spheres[j])
    if pen > 0.0:
        wp.atomic_add(out, 0, pen)
        wp.atomic_max(out, 1, pen)
