import warp as wp


@wp.struct
class AABB:
    lower: wp.vec3
    upper: wp.vec3


@wp.struct
class Ray:
    origin: wp.vec3
    dir: wp.vec3
    tmax: float


@wp.struct
class Hit:
    t: float
    prim: int
    normal: wp.vec3
    valid: bool


@wp.struct
class Scene:
    boxes: wp.array(dtype=AABB)
    colors: wp.array(dtype=wp.vec4)
    background: wp.vec4
    bounds: AABB


@wp.func
def make_ray(o: wp.vec3, d: wp.vec3) -> Ray:
    r = Ray()
    r.origin = o
    r.dir = wp.normalize(d)
    r.tmax = 1.0e20
    return r


@wp.func
def miss() -> Hit:
    h = Hit()
    h.t = 1.0e20
    h.prim = -1
    h.valid = False
    return h


@wp.func
def box_center(b: AABB) -> wp.vec3:
    return (b.lower + b.upper) * 0.5


@wp.func
def intersect_box(r: Ray, b: AABB):
    inv = wp.cw_div(wp.vec3(1.0), r.dir)
    t0 = wp.cw_mul(b.lower - r.origin, inv)
    t1 = wp.cw_mul(b.upper - r.origin, inv)
    tmin = wp.min(t0, t1)
    tmax = wp.max(t0, t1)
    enter = wp.max(tmin[0], wp.max(tmin[1], tmin[2]))
    leave = wp.min(tmax[0], wp.min(tmax[1], tmax[2]))
    return enter, leave


@wp.func
def box_normal(b: AABB, p: wp.vec3) -> wp.vec3:
    c = box_center(b)
    d = p - c
    e = (b.upper - b.lower) * 0.5
    n = wp.vec3()
    best = float(-1.0)
    for k in range(3):
        s = wp.abs(d[k]) / e[k]
        if s > best:
            best = s
            n = wp.vec3()
            n[k] = wp.sign(d[k])
    return n


@wp.func
def trace(scene: Scene, r: Ray) -> Hit:
    h = miss()
    for i in range(scene.boxes.shape[0]):
        b = scene.boxes[i]
        t0, t1 = intersect_box(r, b)
        if t1 >= t0 and t1 > 0.0 and t0 < h.t:
            h.t = t0
            h.prim = i
            h.valid = True
            h.normal = box_normal(b, r.origin + r.dir * t0)
    return h


@wp.kernel
def render(scene: Scene, eye: wp.vec3, width: int, height: int, img: wp.array2d(dtype=wp.vec4), depth: wp.array2d(dtype=float)):
    y, x = wp.tid()
    u = (float(x) + 0.5) / float(width) * 2.0 - 1.0
    v = (float(y) + 0.5) / float(height) * 2.0 - 1.0
    r = make_ray(eye, wp.vec3(u, v, -1.0))
    h = trace(scene, r)
    if not h.valid:
        img[y, x] = scene.background
        depth[y, x] = r.tmax
        return
    light = wp.normalize(wp.vec3(1.0, 1.0, 1.0))
    ndl = wp.max(wp.dot(h.normal, light), 0.0)
    c = scene.colors[h.prim]
    img[y, x] = wp.vec4(c[0] * ndl, c[1] * ndl, c[2] * ndl, c[3])
    depth[y, x] = h.t


@wp.kernel
def compute_bounds(scene: Scene, out: wp.array(dtype=AABB), centers: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    b = scene.boxes[i]
    lo = wp.max(b.lower, scene.bounds.lower)
    hi = wp.min(b.upper, scene.bounds.upper)
    clipped = AABB()
    clipped.lower = lo
    clipped.upper = hi
    out[i] = clipped
    centers[i] = box_center(clipped)


@wp.kernel
def hits_to_array(rays: wp.array(dtype=Ray), scene: Scene, hits: wp.array(dtype=Hit), count: wp.array(dtype=int)):
    i = wp.tid()
    h = trace(scene, rays[i])
    hits[i] = h
    if h.valid:
        wp.atomic_add(count, h.prim, 1)
