import warp as wp

EPSILON = wp.constant(1.0e-7)
NO_HIT = wp.constant(1.0e20)


@wp.struct
class Ray:
    origin: wp.vec3
    direction: wp.vec3
    t_max: float


@wp.struct
class HitRecord:
    t: float
    normal: wp.vec3
    prim: int
    u: float
    v: float


@wp.func
def ray_sphere(r: Ray, center: wp.vec3, radius: float):
    oc = r.origin - center
    b = wp.dot(oc, r.direction)
    c = wp.dot(oc, oc) - radius * radius
    disc = b * b - c
    if disc < 0.0:
        return False, NO_HIT
    s = wp.sqrt(disc)
    t = -b - s
    if t < 0.0:
        t = -b + s
    if t < 0.0 or t > r.t_max:
        return False, NO_HIT
    return True, t


@wp.func
def ray_plane(r: Ray, n: wp.vec3, d: float):
    denom = wp.dot(n, r.direction)
    if wp.abs(denom) < EPSILON:
        return False, NO_HIT
    t = -(wp.dot(n, r.origin) + d) / denom
    return t > 0.0 and t < r.t_max, t


@wp.func
def ray_triangle(r: Ray, a: wp.vec3, b: wp.vec3, c: wp.vec3):
    e1 = b - a
    e2 = c - a
    pvec = wp.cross(r.direction, e2)
    det = wp.dot(e1, pvec)
    if wp.abs(det) < EPSILON:
        return NO_HIT, 0.0, 0.0
    inv_det = 1.0 / det
    tvec = r.origin - a
    u = wp.dot(tvec, pvec) * inv_det
    if u < 0.0 or u > 1.0:
        return NO_HIT, 0.0, 0.0
    qvec = wp.cross(tvec, e1)
    v = wp.dot(r.direction, qvec) * inv_det
    if v < 0.0 or u + v > 1.0:
        return NO_HIT, 0.0, 0.0
    t = wp.dot(e2, qvec) * inv_det
    if t <= EPSILON:
        return NO_HIT, 0.0, 0.0
    return t, u, v


@wp.kernel
def trace_spheres(
    rays: wp.array(dtype=Ray),
    centers: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    hits: wp.array(dtype=HitRecord),
):
    tid = wp.tid()
    r = rays[tid]
    rec = HitRecord()
    rec.t = NO_HIT
    rec.prim = -1
    for s in range(centers.shape[0]):
        ok, t = ray_sphere(r, centers[s], radii[s])
        if ok and t < rec.t:
            rec.t = t
            rec.prim = s
    if rec.prim >= 0:
        p = r.origin + r.direction * rec.t
        rec.normal = wp.normalize(p - centers[rec.prim])
    hits[tid] = rec


@wp.kernel
def trace_mesh(
    rays: wp.array(dtype=Ray),
    vertices: wp.array(dtype=wp.vec3),
    indices: wp.array(dtype=int),
    num_tris: int,
    ground_normal: wp.vec3,
    ground_offset: float,
    hits: wp.array(dtype=HitRecord),
):
    tid = wp.tid()
    r = rays[tid]
    best_t = float(NO_HIT)
    best_prim = int(-1)
    best_u = float(0.0)
    best_v = float(0.0)
    best_n = wp.vec3(0.0, 0.0, 0.0)
    for f in range(num_tris):
        a = vertices[indices[f * 3 + 0]]
        b = vertices[indices[f * 3 + 1]]
        c = vertices[indices[f * 3 + 2]]
        t, u, v = ray_triangle(r, a, b, c)
        if t < best_t and t < r.t_max:
            best_t = t
            best_prim = f
            best_u = u
            best_v = v
            best_n = wp.normalize(wp.cross(b - a, c - a))
    hit_ground, tg = ray_plane(r, ground_normal, ground_offset)
    if hit_ground and tg < best_t:
        best_t = tg
        best_prim = num_tris
        best_n = ground_normal
        best_u = 0.0
        best_v = 0.0
    rec = HitRecord()
    rec.t = best_t
    rec.normal = best_n
    rec.prim = best_prim
    rec.u = best_u
    rec.v = best_v
    hits[tid] = rec


@wp.kernel
def shade_hits(rays: wp.array(dtype=Ray), hits: wp.array(dtype=HitRecord), light_dir: wp.vec3, image: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    h = hits[tid]
    if h.prim < 0:
        image[tid] = wp.vec3(0.2, 0.3, 0.5)
        return
    lambert = wp.max(wp.dot(h.normal, -light_dir), 0.0)
    base = wp.vec3(h.u, h.v, 1.0 - h.u - h.v)
    image[tid] = base * (0.1 + 0.9 * lambert)
