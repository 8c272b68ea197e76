import warp as wp


@wp.struct
class Emitter:
    origin: wp.vec3
    direction: wp.vec3
    spread: float
    speed_min: float
    speed_max: float
    lifetime: float
    rate: int


@wp.struct
class ParticleState:
    pos: wp.vec3
    vel: wp.vec3
    color: wp.vec4
    life: float
    emitter: int


@wp.func
def random_cone(state: wp.uint32, dir: wp.vec3, spread: float) -> wp.vec3:
    cos_max = wp.cos(spread)
    z = wp.randf(state, cos_max, 1.0)
    phi = wp.randf(state, 0.0, 2.0 * wp.pi)
    r = wp.sqrt(wp.max(1.0 - z * z, 0.0))
    local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)
    up = wp.vec3(0.0, 0.0, 1.0)
    if wp.abs(dir[2]) > 0.999:
        up = wp.vec3(1.0, 0.0, 0.0)
    t = wp.normalize(wp.cross(up, dir))
    b = wp.cross(dir, t)
    return t * local[0] + b * local[1] + dir * local[2]


@wp.kernel
def emit(emitters: wp.array(dtype=Emitter), seed: int, frame: int, particles: wp.array(dtype=ParticleState), free_count: wp.array(dtype=int), free_list: wp.array(dtype=int), emitted: wp.array(dtype=int)):
    e, k = wp.tid()
    em = emitters[e]
    if k >= em.rate:
        return
    slot_idx = wp.atomic_sub(free_count, 0, 1) - 1
    if slot_idx < 0:
        wp.atomic_add(free_count, 0, 1)
        return
    slot = free_list[slot_idx]
    state = wp.rand_init(seed + frame * 7919, e * 65536 + k)
    d = random_cone(state, wp.normalize(em.direction), em.spread)
    speed = wp.randf(state, em.speed_min, em.speed_max)
    p = ParticleState()
    p.pos = em.origin
    p.vel = d * speed
    p.color = wp.vec4(1.0, wp.randf(state, 0.5, 1.0), 0.2, 1.0)
    p.life = em.lifetime * wp.randf(state, 0.8, 1.2)
    p.emitter = e
    particles[slot] = p
    wp.atomic_add(emitted, e, 1)


@wp.kernel
def update_particles(particles: wp.array(dtype=ParticleState), gravity: wp.vec3, drag: float, dt: float, free_count: wp.array(dtype=int), free_list: wp.array(dtype=int)):
    i = wp.tid()
    p = particles[i]
    if p.life <= 0.0:
        return
    p.life = p.life - dt
    if p.life <= 0.0:
        p.color = wp.vec4(0.0, 0.0, 0.0, 0.0)
        particles[i] = p
        slot = wp.atomic_add(free_count, 0, 1)
        free_list[slot] = i
        return
    p.vel = p.vel + gravity * dt
    p.vel = p.vel * (1.0 - drag * dt)
    p.pos = p.pos + p.vel * dt
    fade = wp.min(p.life, 1.0)
    p.color = wp.vec4(p.color[0], p.color[1] * 0.99, p.color[2], fade)
    if p.pos[1] < 0.0:
        p.pos = wp.vec3(p.pos[0], 0.0, p.pos[2])
        p.vel = wp.vec3(p.vel[0] * 0.6, -p.vel[1] * 0.3, p.vel[2] * 0.6)
    particles[i] = p


@wp.kernel
def alive_stats(particles: wp.array(dtype=ParticleState), count: wp.array(dtype=int), centroid: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = particles[i]
    if p.life > 0.0:
        wp.atomic_add(count, 0, 1)
        wp.atomic_add(centroid, 0, p.pos)
