import warp as wp

GRAVITY = wp.constant(wp.vec3(0.0, -9.81, 0.0))
GROUND_HEIGHT = wp.constant(0.0)
MAX_SPEED = wp.constant(50.0)


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    inv_mass: float
    radius: float
    flags: int


@wp.func
def clamp_speed(v: wp.vec3, max_speed: float) -> wp.vec3:
    speed = wp.length(v)
    if speed > max_speed:
        return v * (max_speed / speed)
    return v


@wp.func
def ground_contact(p: wp.vec3, v: wp.vec3, radius: float, restitution: float, friction: float):
    depth = GROUND_HEIGHT + radius - p[1]
    if depth <= 0.0:
        return p, v
    n = wp.vec3(0.0, 1.0, 0.0)
    vn = wp.dot(v, n)
    vt = v - n * vn
    if vn < 0.0:
        vn = -vn * restitution
    vt_len = wp.length(vt)
    if vt_len > 0.0:
        scale = wp.max(vt_len - friction * vn, 0.0) / vt_len
        vt = vt * scale
    return p + n * depth, vt + n * vn


@wp.kernel
def integrate_particles(
    particles: wp.array(dtype=Particle),
    external_forces: wp.array(dtype=wp.vec3),
    dt: float,
    damping: float,
    restitution: float,
    friction: float,
    active_count: wp.array(dtype=int),
):
    tid = wp.tid()
    p = particles[tid]
    if p.flags == 0:
        return
    if p.inv_mass == 0.0:
        wp.atomic_add(active_count, 1, 1)
        return

    f = external_forces[tid]
    accel = GRAVITY + f * p.inv_mass
    v = p.vel + accel * dt
    v = v * (1.0 - damping * dt)
    v = clamp_speed(v, MAX_SPEED)

    x = p.pos + v * dt
    x, v = ground_contact(x, v, p.radius, restitution, friction)

    # kill particles that escaped the domain
    if wp.abs(x[0]) > 100.0 or wp.abs(x[2]) > 100.0:
        p.flags = 0
    elif x[1] > 1000.0:
        p.flags = 0
    else:
        wp.atomic_add(active_count, 0, 1)

    p.pos = x
    p.vel = v
    particles[tid] = p
    external_forces[tid] = wp.vec3()


@wp.kernel
def kinetic_energy(particles: wp.array(dtype=Particle), energy: wp.array(dtype=float)):
    tid = wp.tid()
    p = particles[tid]
    if p.inv_mass > 0.0:
        m = 1.0 / p.inv_mass
        e = 0.5 * m * wp.dot(p.vel, p.vel) + m * (-GRAVITY[1]) * p.pos[1]
        wp.atomic_add(energy, 0, e)


@wp.kernel
def apply_wind(particles: wp.array(dtype=Particle), forces: wp.array(dtype=wp.vec3), wind: wp.vec3, drag: float):
    tid = wp.tid()
    rel = wind - particles[tid].vel
    area = wp.pi * particles[tid].radius * particles[tid].radius
    forces[tid] += rel * (drag * area * wp.length(rel))


@wp.kernel
def substep_particles_with_obstacles(
    particles: wp.array(dtype=Particle),
    sphere_centers: wp.array(dtype=wp.vec3),
    sphere_radii: wp.array(dtype=float),
    dt: float,
    substeps: int,
    damping: float,
    restitution: float,
    friction: float,
    max_penetration: wp.array(dtype=float),
    collisions: wp.array(dtype=int),
):
    tid = wp.tid()
    p = particles[tid]
    if p.flags == 0 or p.inv_mass == 0.0:
        return

    h = dt / float(substeps)
    x = p.pos
    v = p.vel
    hits = int(0)
    worst = float(0.0)
    for s in range(substeps):
        # explicit force step
        v = v + GRAVITY * h
        v = v * (1.0 - damping * h)
        v = clamp_speed(v, MAX_SPEED)
        x = x + v * h

        # static sphere obstacles
        for o in range(sphere_centers.shape[0]):
            d = x - sphere_centers[o]
            dist = wp.length(d)
            pen = sphere_radii[o] + p.radius - dist
            if pen <= 0.0:
                continue
            n = wp.vec3(0.0, 1.0, 0.0)
            if dist > 1.0e-6:
                n = d / dist
            x = x + n * pen
            vn = wp.dot(v, n)
            if vn < 0.0:
                vt = v - n * vn
                v = vt * (1.0 - friction) - n * (vn * restitution)
            hits += 1
            worst = wp.max(worst, pen)

        # ground plane
        x, v = ground_contact(x, v, p.radius, restitution, friction)

        # stop early when the particle has come to rest on the ground
        if wp.length(v) < 1.0e-4 and x[1] <= GROUND_HEIGHT + p.radius + 1.0e-4:
            v = wp.vec3()
            break

    p.pos = x
    p.vel = v
    particles[tid] = p
    if hits > 0:
        wp.atomic_add(collisions, 0, hits)
        wp.atomic_max(max_penetration, 0, worst)
