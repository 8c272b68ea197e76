import warp as wp

MAX_NEIGHBORS = wp.constant(64)


@wp.struct
class FlockParams:
    view_radius: float
    separation_radius: float
    w_align: float
    w_cohesion: float
    w_separation: float
    max_speed: float
    max_force: float


@wp.func
def limit(v: wp.vec3, m: float) -> wp.vec3:
    l2 = wp.length_sq(v)
    if l2 > m * m:
        return v * (m / wp.sqrt(l2))
    return v


@wp.func
def steer_towards(desired: wp.vec3, vel: wp.vec3, max_speed: float, max_force: float) -> wp.vec3:
    l = wp.length(desired)
    if l < 1.0e-6:
        return wp.vec3()
    return limit(desired * (max_speed / l) - vel, max_force)


@wp.kernel
def flock_forces(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), params: FlockParams, accel: wp.array(dtype=wp.vec3), neighbor_counts: wp.array(dtype=int)):
    i = wp.tid()
    p = pos[i]
    v = vel[i]
    align = wp.vec3()
    center = wp.vec3()
    separate = wp.vec3()
    n = int(0)
    n_close = int(0)
    r2 = params.view_radius * params.view_radius
    s2 = params.separation_radius * params.separation_radius
    for j in range(pos.shape[0]):
        if j == i:
            continue
        d = pos[j] - p
        dist2 = wp.dot(d, d)
        if dist2 > r2:
            continue
        n += 1
        align += vel[j]
        center += pos[j]
        if dist2 < s2 and dist2 > 0.0:
            separate -= d / dist2
            n_close += 1
        if n >= MAX_NEIGHBORS:
            break
    neighbor_counts[i] = n
    a = wp.vec3()
    if n > 0:
        inv = 1.0 / float(n)
        a += steer_towards(align * inv, v, params.max_speed, params.max_force) * params.w_align
        a += steer_towards(center * inv - p, v, params.max_speed, params.max_force) * params.w_cohesion
    if n_close > 0:
        a += steer_towards(separate, v, params.max_speed, params.max_force) * params.w_separation
    accel[i] = a


@wp.kernel
def flock_integrate(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), accel: wp.array(dtype=wp.vec3), params: FlockParams, dt: float, world_size: float):
    i = wp.tid()
    v = limit(vel[i] + accel[i] * dt, params.max_speed)
    p = pos[i] + v * dt
    for k in range(3):
        if p[k] < 0.0:
            p[k] = p[k] + world_size
        elif p[k] >= world_size:
            p[k] = p[k] - world_size
    pos[i] = p
    vel[i] = v


@wp.kernel
def flock_polarization(vel: wp.array(dtype=wp.vec3), sum_dir: wp.array(dtype=wp.vec3), sum_speed: wp.array(dtype=float)):
    i = wp.tid()
    v = vel[i]
    s = wp.length(v)
    if s > 0.0:
        wp.atomic_add(sum_dir, 0, v / s)
    wp.atomic_add(sum_speed, 0, s)
