import warp as wp


@wp.func
def sample_sphere_surface(state: wp.uint32):
    z = wp.randf(state, -1.0, 1.0)
    phi = wp.randf(state, 0.0, 2.0 * wp.pi)
    r = wp.sqrt(wp.max(1.0 - z * z, 0.0))
    return wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)


@wp.func
def integrand(x: float, y: float) -> float:
    return wp.exp(-(x * x + y * y)) * wp.cos(3.0 * x) * wp.cos(3.0 * x)


@wp.kernel
def estimate_pi(seed: int, samples_per_thread: int, inside: wp.array(dtype=int)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    count = int(0)
    for s in range(samples_per_thread):
        x = wp.randf(state)
        y = wp.randf(state)
        if x * x + y * y <= 1.0:
            count += 1
    wp.atomic_add(inside, 0, count)


@wp.kernel
def integrate_2d(seed: int, samples: int, lo: float, hi: float, sums: wp.array(dtype=float), sq_sums: wp.array(dtype=float)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    s = float(0.0)
    s2 = float(0.0)
    area = (hi - lo) * (hi - lo)
    for k in range(samples):
        x = wp.randf(state, lo, hi)
        y = wp.randf(state, lo, hi)
        f = integrand(x, y) * area
        s += f
        s2 += f * f
    wp.atomic_add(sums, 0, s)
    wp.atomic_add(sq_sums, 0, s2)


@wp.kernel
def ambient_occlusion(
    seed: int,
    points: wp.array(dtype=wp.vec3),
    normals: wp.array(dtype=wp.vec3),
    sphere_centers: wp.array(dtype=wp.vec3),
    sphere_radii: wp.array(dtype=float),
    num_rays: int,
    max_dist: float,
    ao: wp.array(dtype=float),
):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    p = points[i]
    n = normals[i]
    occluded = int(0)
    for r in range(num_rays):
        d = sample_sphere_surface(state)
        if wp.dot(d, n) < 0.0:
            d = -d
        origin = p + n * 1.0e-3
        hit = bool(False)
        for s in range(sphere_centers.shape[0]):
            oc = origin - sphere_centers[s]
            b = wp.dot(oc, d)
            c = wp.dot(oc, oc) - sphere_radii[s] * sphere_radii[s]
            disc = b * b - c
            if disc >= 0.0:
                t = -b - wp.sqrt(disc)
                if t > 0.0 and t < max_dist:
                    hit = True
                    break
        if hit:
            occluded += 1
    ao[i] = 1.0 - float(occluded) / float(num_rays)


@wp.kernel
def importance_exponential(seed: int, rate: float, samples: wp.array(dtype=float), weights: wp.array(dtype=float)):
    i = wp.tid()
    state = wp.rand_init(seed, i * 7 + 1)
    u = wp.randf(state)
    x = -wp.log(1.0 - u) / rate
    samples[i] = x
    pdf = rate * wp.exp(-rate * x)
    weights[i] = wp.where(pdf > 0.0, wp.sin(x) * wp.sin(x) / pdf, 0.0)
