import warp as wp


@wp.struct
class Light:
    position: wp.vec3
    color: wp.vec3
    radius: float
    intensity: float


@wp.func
def occluded(o: wp.vec3, d: wp.vec3, t_max: float, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float)) -> bool:
    for s in range(centers.shape[0]):
        oc = o - centers[s]
        b = wp.dot(oc, d)
        c = wp.dot(oc, oc) - radii[s] * radii[s]
        if c > 0.0 and b > 0.0:
            continue
        disc = b * b - c
        if disc < 0.0:
            continue
        t = -b - wp.sqrt(disc)
        if t > 1.0e-4 and t < t_max:
            return True
    return False


@wp.func
def attenuation(dist: float, radius: float) -> float:
    x = dist / radius
    f = wp.clamp(1.0 - x * x * x * x, 0.0, 1.0)
    return f * f / (dist * dist + 1.0)


@wp.kernel
def direct_lighting(
    points: wp.array(dtype=wp.vec3),
    normals: wp.array(dtype=wp.vec3),
    albedo: wp.array(dtype=wp.vec3),
    lights: wp.array(dtype=Light),
    centers: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    seed: int,
    shadow_samples: int,
    out: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    p = points[i]
    n = normals[i]
    state = wp.rand_init(seed, i)
    total = wp.vec3()
    for l in range(lights.shape[0]):
        light = lights[l]
        to_l = light.position - p
        dist = wp.length(to_l)
        ldir = to_l / dist
        ndotl = wp.dot(n, ldir)
        if ndotl <= 0.0:
            continue
        visible = int(0)
        for s in range(shadow_samples):
            jitter = wp.vec3(wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0)) * light.radius
            target = light.position + jitter
            d = target - p
            dl = wp.length(d)
            if not occluded(p + n * 1.0e-3, d / dl, dl, centers, radii):
                visible += 1
        vis = float(visible) / float(wp.max(shadow_samples, 1))
        total += wp.cw_mul(albedo[i], light.color) * (light.intensity * ndotl * vis * attenuation(dist, 50.0))
    out[i] = total


@wp.kernel
def hard_shadow_count(points: wp.array(dtype=wp.vec3), light_pos: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), shadowed: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):
    i = wp.tid()
    d = light_pos - points[i]
    l = wp.length(d)
    s = occluded(points[i], d / l, l, centers, radii)
    shadowed[i] = s
    if s:
        wp.atomic_add(count, 0, 1)
