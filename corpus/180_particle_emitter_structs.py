import warp as wp


@wp.struct
class Emitter:
    position: wp.vec3
    direction: wp.vec3
    spread: float
    speed_min: float
    speed_max: float
    lifetime: float
    color: wp.vec4


@wp.struct
class ParticleBuffers:
    pos: wp.array(dtype=wp.vec3)
    vel: wp.array(dtype=wp.vec3)
    age: wp.array(dtype=float)
    life: wp.array(dtype=float)
    color: wp.array(dtype=wp.vec4)
    alive: wp.array(dtype=wp.int32)


@wp.func
def random_cone(state: wp.uint32, axis: wp.vec3, spread: float) -> wp.vec3:
    cos_t = 1.0 - wp.randf(state) * (1.0 - wp.cos(spread))
    sin_t = wp.sqrt(wp.max(0.0, 1.0 - cos_t * cos_t))
    phi = wp.randf(state) * 2.0 * wp.pi
    up = wp.vec3(0.0, 0.0, 1.0)
    if wp.abs(axis[2]) > 0.9:
        up = wp.vec3(1.0, 0.0, 0.0)
    t = wp.normalize(wp.cross(up, axis))
    b = wp.cross(axis, t)
    return t * (sin_t * wp.cos(phi)) + b * (sin_t * wp.sin(phi)) + axis * cos_t


@wp.kernel
def emit(e: Emitter, buf: ParticleBuffers, seed: int, count: int, cursor: wp.array(dtype=int)):
    k = wp.tid()
    if k >= count:
        return
    slot = wp.atomic_add(cursor, 0, 1) % buf.pos.shape[0]
    state = wp.rand_init(seed, k)
    d = random_cone(state, wp.normalize(e.direction), e.spread)
    speed = wp.randf(state, e.speed_min, e.speed_max)
    buf.pos[slot] = e.position
    buf.vel[slot] = d * speed
    buf.age[slot] = 0.0
    buf.life[slot] = e.lifetime * (0.75 + 0.5 * wp.randf(state))
    buf.color[slot] = e.color
    buf.alive[slot] = wp.int32(1)


@wp.kernel
def update(buf: ParticleBuffers, gravity: wp.vec3, drag: float, dt: float, alive_count: wp.array(dtype=int)):
    i = wp.tid()
    if buf.alive[i] == wp.int32(0):
        return
    a = buf.age[i] + dt
    if a >= buf.life[i]:
        buf.alive[i] = wp.int32(0)
        return
    buf.age[i] = a
    v = buf.vel[i]
    v = v + (gravity - v * drag) * dt
    buf.vel[i] = v
    buf.pos[i] = buf.pos[i] + v * dt
    t = a / buf.life[i]
    c = buf.color[i]
    buf.color[i] = wp.vec4(c[0], c[1], c[2], 1.0 - t * t)
    wp.atomic_add(alive_count, 0, 1)


@wp.kernel
def bounce_plane(buf: ParticleBuffers, n: wp.vec3, d: float, restitution: float):
    i = wp.tid()
    if buf.alive[i] == wp.int32(0):
        return
    p = buf.pos[i]
    s = wp.dot(p, n) - d
    if s < 0.0:
        v = buf.vel[i]
        vn = wp.dot(v, n)
        if vn < 0.0:
            buf.vel[i] = v - n * ((1.0 + restitution) * vn)
        buf.pos[i] = p - n * s
