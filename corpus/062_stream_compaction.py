import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    age: float
    alive: int


@wp.func
def keep(p: Particle, max_age: float, bound: float) -> bool:
    if p.alive == 0:
        return False
    if p.age > max_age:
        return False
    if wp.length(p.pos) > bound:
        return False
    return True


@wp.kernel
def compact_atomic(src: wp.array(dtype=Particle), max_age: float, bound: float, dst: wp.array(dtype=Particle), counter: wp.array(dtype=int)):
    i = wp.tid()
    p = src[i]
    if not keep(p, max_age, bound):
        return
    slot = wp.atomic_add(counter, 0, 1)
    dst[slot] = p


@wp.kernel
def mark_flags(src: wp.array(dtype=Particle), max_age: float, bound: float, flags: wp.array(dtype=int)):
    i = wp.tid()
    flags[i] = wp.where(keep(src[i], max_age, bound), 1, 0)


@wp.kernel
def scatter_stable(src: wp.array(dtype=Particle), flags: wp.array(dtype=int), scan: wp.array(dtype=int), dst: wp.array(dtype=Particle)):
    i = wp.tid()
    if flags[i] == 0:
        return
    dst[scan[i]] = src[i]


@wp.kernel
def compact_indices_2d(mask: wp.array2d(dtype=wp.bool), coords: wp.array(dtype=wp.vec2i), counter: wp.array(dtype=int), capacity: int, overflow: wp.array(dtype=int)):
    y, x = wp.tid()
    if not mask[y, x]:
        return
    slot = wp.atomic_add(counter, 0, 1)
    if slot >= capacity:
        wp.atomic_add(overflow, 0, 1)
        return
    coords[slot] = wp.vec2i(x, y)


@wp.kernel
def age_particles(ps: wp.array(dtype=Particle), dt: float, drag: float):
    i = wp.tid()
    p = ps[i]
    if p.alive == 0:
        return
    p.age = p.age + dt
    p.vel = p.vel * (1.0 - drag * dt)
    p.pos = p.pos + p.vel * dt
    ps[i] = p
