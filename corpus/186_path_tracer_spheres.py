import warp as wp

MAX_BOUNCES = 4


@wp.struct
class Sphere:
    center: wp.vec3
    radius: float
    albedo: wp.vec3
    emission: wp.vec3
    metal: wp.bool


@wp.func
def hit_sphere(s: Sphere, o: wp.vec3, d: wp.vec3, tmin: float, tmax: float) -> float:
    oc = o - s.center
    b = wp.dot(oc, d)
    c = wp.dot(oc, oc) - s.radius * s.radius
    disc = b * b - c
    if disc < 0.0:
        return -1.0
    sq = wp.sqrt(disc)
    t = -b - sq
    if t < tmin or t > tmax:
        t = -b + sq
        if t < tmin or t > tmax:
            return -1.0
    return t


@wp.func
def scatter_dir(state: wp.uint32, n: wp.vec3, d: wp.vec3, metal: bool) -> wp.vec3:
    if metal:
        r = d - n * (2.0 * wp.dot(d, n))
        return wp.normalize(r + wp.sample_unit_sphere(state) * 0.05)
    return wp.normalize(n + wp.sample_unit_sphere_surface(state))


@wp.func
def sky(d: wp.vec3) -> wp.vec3:
    t = 0.5 * (d[1] + 1.0)
    return wp.lerp(wp.vec3(1.0, 1.0, 1.0), wp.vec3(0.5, 0.7, 1.0), t)


@wp.kernel
def render(spheres: wp.array(dtype=Sphere), width: int, height: int, spp: int, seed: int, frame: int, accum: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    state = wp.rand_init(seed, (frame * height + y) * width + x)
    color = wp.vec3()
    for s in range(spp):
        u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0
        v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0
        o = wp.vec3(0.0, 0.0, 3.0)
        d = wp.normalize(wp.vec3(u * float(width) / float(height), v, -1.5))
        throughput = wp.vec3(1.0)
        radiance = wp.vec3()
        for bounce in range(MAX_BOUNCES):
            best = float(1.0e20)
            hit = int(-1)
            for k in range(spheres.shape[0]):
                t = hit_sphere(spheres[k], o, d, 1.0e-3, best)
                if t > 0.0:
                    best = t
                    hit = k
            if hit < 0:
                radiance += wp.cw_mul(throughput, sky(d))
                break
            sp = spheres[hit]
            p = o + d * best
            n = wp.normalize(p - sp.center)
            radiance += wp.cw_mul(throughput, sp.emission)
            throughput = wp.cw_mul(throughput, sp.albedo)
            o = p
            d = scatter_dir(state, n, d, sp.metal)
        color += radiance
    accum[y, x] = accum[y, x] + color / float(spp)


@wp.kernel
def tonemap(accum: wp.array2d(dtype=wp.vec3), frames: int, exposure: float, out: wp.array2d(dtype=wp.vec4ub)):
    y, x = wp.tid()
    c = accum[y, x] * (exposure / float(frames))
    c = wp.cw_div(c, c + wp.vec3(1.0))
    r = wp.pow(c[0], 1.0 / 2.2)
    g = wp.pow(c[1], 1.0 / 2.2)
    b = wp.pow(c[2], 1.0 / 2.2)
    out[y, x] = wp.vec4ub(wp.uint8(r * 255.0), wp.uint8(g * 255.0), wp.uint8(b * 255.0), wp.uint8(255))
