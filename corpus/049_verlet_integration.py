import warp as wp


@wp.func
def accel_field(p: wp.vec3, t: float, strength: float) -> wp.vec3:
    swirl = wp.vec3(-p[2], 0.0, p[0]) * strength
    pull = -p * (0.5 * strength)
    gust = wp.vec3(wp.sin(t * 1.7), 0.0, wp.cos(t * 1.3)) * 0.1
    return swirl + pull + gust + wp.vec3(0.0, -9.8, 0.0)


@wp.func
def constrain_sphere(p: wp.vec3, center: wp.vec3, radius: float) -> wp.vec3:
    d = p - center
    l = wp.length(d)
    if l > radius:
        return center + d * (radius / l)
    return p


@wp.kernel
def position_verlet(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), t: float, dt: float, damping: float, strength: float, bound_radius: float):
    i = wp.tid()
    if pinned[i]:
        return
    p = x[i]
    pp = x_prev[i]
    a = accel_field(p, t, strength)
    vel = (p - pp) * (1.0 - damping)
    p_new = p + vel + a * (dt * dt)
    p_new = constrain_sphere(p_new, wp.vec3(0.0, 0.0, 0.0), bound_radius)
    x_prev[i] = p
    x[i] = p_new


@wp.kernel
def rope_constraints(x: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), segment: float, parity: int):
    s = wp.tid()
    i = s * 2 + parity
    j = i + 1
    if j >= x.shape[0]:
        return
    a = x[i]
    b = x[j]
    d = b - a
    l = wp.length(d)
    if l < 1.0e-9:
        return
    diff = (l - segment) / l
    pa = pinned[i]
    pb = pinned[j]
    if pa and pb:
        return
    elif pa:
        x[j] = b - d * diff
    elif pb:
        x[i] = a + d * diff
    else:
        x[i] = a + d * (0.5 * diff)
        x[j] = b - d * (0.5 * diff)


@wp.kernel
def rope_stats(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), dt: float, length: wp.array(dtype=float), speed: wp.array(dtype=float)):
    i = wp.tid()
    if i + 1 < x.shape[0]:
        wp.atomic_add(length, 0, wp.length(x[i + 1] - x[i]))
    v = wp.length(x[i] - x_prev[i]) / dt
    wp.atomic_max(speed, 0, v)
