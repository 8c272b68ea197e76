import warp as wp

PI = wp.constant(3.14159265358979)
NUM_SAMPLES = 16


@wp.func
def sample_hemisphere(state: wp.uint32, n: wp.vec3):
    u1 = wp.randf(state)
    u2 = wp.randf(state)
    r = wp.sqrt(u1)
    phi = 2.0 * PI * u2
    local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), wp.sqrt(wp.max(0.0, 1.0 - u1)))
    up = wp.vec3(0.0, 1.0, 0.0)
    if wp.abs(n[1]) > 0.99:
        up = wp.vec3(1.0, 0.0, 0.0)
    t = wp.normalize(wp.cross(up, n))
    b = wp.cross(n, t)
    return t * local[0] + b * local[1] + n * local[2]


@wp.kernel
def ambient_occlusion(normals: wp.array(dtype=wp.vec3), positions: wp.array(dtype=wp.vec3), seed: int, centers: wp.array(dtype=wp.vec3), radius: float, ao: wp.array(dtype=float)):
    i = wp.tid()
    rng = wp.rand_init(seed, i)
    n = normals[i]
    p = positions[i]
    hits = int(0)
    for s in range(NUM_SAMPLES):
        d = sample_hemisphere(rng, n)
        for c in range(centers.shape[0]):
            oc = p - centers[c]
            b = wp.dot(oc, d)
            cc = wp.dot(oc, oc) - radius * radius
            if b * b - cc > 0.0 and b < 0.0:
                hits += 1
                break
    ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)


@wp.kernel
def jitter_particles(x: wp.array(dtype=wp.vec3), seed: int, amount: float, kinds: wp.array(dtype=int)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    dx = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state))
    x[i] = x[i] + dx * amount
    kinds[i] = wp.randi(state, 0, 4)


@wp.kernel
def estimate_pi(seed: int, per_thread: int, inside: wp.array(dtype=int)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    count = int(0)
    for k in range(per_thread):
        x = wp.randf(state, -1.0, 1.0)
        y = wp.randf(state, -1.0, 1.0)
        if x * x + y * y <= 1.0:
            count += 1
    wp.atomic_add(inside, 0, count)


@wp.kernel
def random_directions(seed: int, dirs: wp.array(dtype=wp.vec3), disk: wp.array(dtype=wp.vec2), bits: wp.array(dtype=wp.uint32)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    dirs[tid] = wp.sample_unit_sphere_surface(state)
    disk[tid] = wp.sample_unit_disk(state)
    bits[tid] = wp.randu(state)
