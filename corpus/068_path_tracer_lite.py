import warp as wp

MAX_BOUNCES = wp.constant(4)


@wp.struct
class Material:
    albedo: wp.vec3
    emission: wp.vec3
    roughness: float
    metallic: float


@wp.struct
class SphereObj:
    center: wp.vec3
    radius: float
    material: Material


@wp.func
def intersect(ro: wp.vec3, rd: wp.vec3, spheres: wp.array(dtype=SphereObj)):
    best_t = float(1.0e20)
    best_i = int(-1)
    for s in range(spheres.shape[0]):
        sp = spheres[s]
        oc = ro - sp.center
        b = wp.dot(oc, rd)
        c = wp.dot(oc, oc) - sp.radius * sp.radius
        disc = b * b - c
        if disc < 0.0:
            continue
        sq = wp.sqrt(disc)
        t = -b - sq
        if t < 1.0e-4:
            t = -b + sq
        if t > 1.0e-4 and t < best_t:
            best_t = t
            best_i = s
    return best_i, best_t


@wp.func
def cosine_hemisphere(n: wp.vec3, state: wp.uint32) -> wp.vec3:
    u1 = wp.randf(state)
    u2 = wp.randf(state)
    r = wp.sqrt(u1)
    phi = 2.0 * wp.pi * u2
    t = wp.normalize(wp.cross(n, wp.vec3(0.0, 1.0, 0.0)))
    if wp.length_sq(wp.cross(n, wp.vec3(0.0, 1.0, 0.0))) < 1.0e-6:
        t = wp.vec3(1.0, 0.0, 0.0)
    b = wp.cross(n, t)
    return wp.normalize(t * (r * wp.cos(phi)) + b * (r * wp.sin(phi)) + n * wp.sqrt(wp.max(0.0, 1.0 - u1)))


@wp.func
def reflect(d: wp.vec3, n: wp.vec3) -> wp.vec3:
    return d - n * (2.0 * wp.dot(d, n))


@wp.kernel
def trace_paths(
    spheres: wp.array(dtype=SphereObj),
    cam_pos: wp.vec3,
    width: int,
    height: int,
    spp: int,
    seed: int,
    sky: wp.vec3,
    image: wp.array2d(dtype=wp.vec3),
):
    y, x = wp.tid()
    state = wp.rand_init(seed, y * width + x)
    color = wp.vec3()
    for s in range(spp):
        u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0
        v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0
        ro = cam_pos
        rd = wp.normalize(wp.vec3(u, -v, -1.5))
        throughput = wp.vec3(1.0, 1.0, 1.0)
        radiance = wp.vec3()
        for bounce in range(MAX_BOUNCES):
            hit, t = intersect(ro, rd, spheres)
            if hit < 0:
                radiance += wp.cw_mul(throughput, sky)
                break
            sp = spheres[hit]
            m = sp.material
            p = ro + rd * t
            n = wp.normalize(p - sp.center)
            radiance += wp.cw_mul(throughput, m.emission)
            if wp.randf(state) < m.metallic:
                rd = wp.normalize(reflect(rd, n) + cosine_hemisphere(n, state) * m.roughness)
            else:
                rd = cosine_hemisphere(n, state)
            throughput = wp.cw_mul(throughput, m.albedo)
            ro = p + n * 1.0e-3
            pmax = wp.max(throughput[0], wp.max(throughput[1], throughput[2]))
            if pmax < 0.01:
                break
        color += radiance
    image[y, x] = color / float(spp)


@wp.kernel
def tonemap_aces(hdr: wp.array2d(dtype=wp.vec3), exposure: float, ldr: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    c = hdr[y, x] * exposure
    a = 2.51
    b = 0.03
    cc = 2.43
    d = 0.59
    e = 0.14
    out = wp.vec3()
    for k in range(3):
        v = c[k]
        out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)
    ldr[y, x] = out
