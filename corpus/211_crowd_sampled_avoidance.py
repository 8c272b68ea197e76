import warp as wp

MAX_NEIGHBORS = 8


@wp.struct
class Agent:
    pos: wp.vec2
    vel: wp.vec2
    goal: wp.vec2
    radius: float
    max_speed: float


@wp.func
def preferred_velocity(a: Agent) -> wp.vec2:
    d = a.goal - a.pos
    l = wp.length(d)
    if l < 1.0e-4:
        return wp.vec2()
    return d * (wp.min(a.max_speed, l) / l)


@wp.func
def time_to_collision(p: wp.vec2, v: wp.vec2, r: float) -> float:
    a = wp.dot(v, v)
    b = wp.dot(p, v)
    c = wp.dot(p, p) - r * r
    if c < 0.0:
        return 0.0
    disc = b * b - a * c
    if disc <= 0.0 or a < 1.0e-9:
        return 1.0e9
    t = (b - wp.sqrt(disc)) / a
    if t < 0.0:
        return 1.0e9
    return t


@wp.kernel
def sample_velocities(agents: wp.array(dtype=Agent), seed: int, samples: int, horizon: float, new_vel: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    me = agents[i]
    pref = preferred_velocity(me)
    state = wp.rand_init(seed, i)
    best = pref
    best_cost = float(1.0e20)
    for s in range(samples):
        cand = pref
        if s > 0:
            cand = wp.sample_unit_disk(state) * me.max_speed
        tmin = horizon
        for j in range(agents.shape[0]):
            if j == i:
                continue
            other = agents[j]
            rel_p = other.pos - me.pos
            if wp.length(rel_p) > horizon * me.max_speed * 2.0:
                continue
            rel_v = 2.0 * cand - me.vel - other.vel
            t = time_to_collision(rel_p, rel_v, me.radius + other.radius)
            tmin = wp.min(tmin, t)
        cost = 1.0 / wp.max(tmin, 1.0e-3) + wp.length(cand - pref)
        if cost < best_cost:
            best_cost = cost
            best = cand
    new_vel[i] = best


@wp.kernel
def advance(agents: wp.array(dtype=Agent), new_vel: wp.array(dtype=wp.vec2), dt: float, arrived: wp.array(dtype=int)):
    i = wp.tid()
    a = agents[i]
    a.vel = new_vel[i]
    a.pos = a.pos + a.vel * dt
    if wp.length(a.goal - a.pos) < a.radius:
        wp.atomic_add(arrived, 0, 1)
    agents[i] = a
