import warp as wp


@wp.func
def catmull_rom(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:
    t2 = t * t
    t3 = t2 * t
    a = p1 * 2.0
    b = p2 - p0
    c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3
    d = -p0 + p1 * 3.0 - p2 * 3.0 + p3
    return (a + b * t + c * t2 + d * t3) * 0.5


@wp.func
def catmull_rom_tangent(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:
    t2 = t * t
    b = p2 - p0
    c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3
    d = -p0 + p1 * 3.0 - p2 * 3.0 + p3
    return (b + c * (2.0 * t) + d * (3.0 * t2)) * 0.5


@wp.func
def control_point(ctrl: wp.array(dtype=wp.vec3), i: int, closed: bool) -> wp.vec3:
    n = ctrl.shape[0]
    if closed:
        return ctrl[(i % n + n) % n]
    return ctrl[wp.clamp(i, 0, n - 1)]


@wp.func
def segment_and_param(u: float, num_segments: int):
    s = u * float(num_segments)
    seg = wp.clamp(int(wp.floor(s)), 0, num_segments - 1)
    return seg, s - float(seg)


@wp.kernel
def sample_spline(ctrl: wp.array(dtype=wp.vec3), closed: bool, samples: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    n_samples = samples.shape[0]
    n = ctrl.shape[0]
    num_segments = n - 1
    if closed:
        num_segments = n
    u = float(i) / float(n_samples - 1)
    if closed:
        u = float(i) / float(n_samples)
    seg, t = segment_and_param(u, num_segments)
    p0 = control_point(ctrl, seg - 1, closed)
    p1 = control_point(ctrl, seg, closed)
    p2 = control_point(ctrl, seg + 1, closed)
    p3 = control_point(ctrl, seg + 2, closed)
    samples[i] = catmull_rom(p0, p1, p2, p3, t)
    tangents[i] = wp.normalize(catmull_rom_tangent(p0, p1, p2, p3, t))


@wp.kernel
def arc_length_table(ctrl: wp.array(dtype=wp.vec3), steps_per_segment: int, seg_lengths: wp.array(dtype=float)):
    s = wp.tid()
    p0 = control_point(ctrl, s - 1, False)
    p1 = control_point(ctrl, s, False)
    p2 = control_point(ctrl, s + 1, False)
    p3 = control_point(ctrl, s + 2, False)
    prev = p1
    total = float(0.0)
    for k in range(1, steps_per_segment + 1):
        t = float(k) / float(steps_per_segment)
        q = catmull_rom(p0, p1, p2, p3, t)
        total += wp.length(q - prev)
        prev = q
    seg_lengths[s] = total


@wp.kernel
def move_along(ctrl: wp.array(dtype=wp.vec3), seg_lengths: wp.array(dtype=float), distances: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    d = distances[i]
    seg = int(0)
    num = seg_lengths.shape[0]
    while seg < num - 1 and d > seg_lengths[seg]:
        d -= seg_lengths[seg]
        seg += 1
    t = wp.clamp(d / seg_lengths[seg], 0.0, 1.0)
    out[i] = catmull_rom(control_point(ctrl, seg - 1, False), control_point(ctrl, seg, False), control_point(ctrl, seg + 1, False), control_point(ctrl, seg + 2, False), t)
