import warp as wp

SUSCEPTIBLE = wp.constant(0)
INFECTED = wp.constant(1)
RECOVERED = wp.constant(2)
DEAD = wp.constant(3)


@wp.struct
class DiseaseParams:
    beta: float
    gamma: float
    mortality: float
    immunity_loss: float
    radius: int


@wp.func
def infected_neighbors(state: wp.array2d(dtype=wp.int8), i: int, j: int, radius: int) -> int:
    n = int(0)
    h = state.shape[0]
    w = state.shape[1]
    for di in range(-radius, radius + 1):
        for dj in range(-radius, radius + 1):
            if di == 0 and dj == 0:
                continue
            ii = i + di
            jj = j + dj
            if ii < 0 or jj < 0 or ii >= h or jj >= w:
                continue
            if int(state[ii, jj]) == INFECTED:
                n += 1
    return n


@wp.kernel
def sir_step(state: wp.array2d(dtype=wp.int8), next_state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), params: DiseaseParams, seed: int, day: int, counts: wp.array(dtype=int)):
    i, j = wp.tid()
    s = int(state[i, j])
    rng = wp.rand_init(seed, (day * state.shape[0] + i) * state.shape[1] + j)
    ns = s
    if s == SUSCEPTIBLE:
        k = infected_neighbors(state, i, j, params.radius)
        p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))
        if wp.randf(rng) < p_inf:
            ns = INFECTED
            days_sick[i, j] = wp.int16(0)
    elif s == INFECTED:
        d = days_sick[i, j] + wp.int16(1)
        days_sick[i, j] = d
        u = wp.randf(rng)
        if u < params.mortality:
            ns = DEAD
        elif u < params.mortality + params.gamma:
            ns = RECOVERED
    elif s == RECOVERED:
        if wp.randf(rng) < params.immunity_loss:
            ns = SUSCEPTIBLE
    next_state[i, j] = wp.int8(ns)
    wp.atomic_add(counts, ns, 1)


@wp.kernel
def seed_infections(state: wp.array2d(dtype=wp.int8), seed: int, fraction: float):
    i, j = wp.tid()
    rng = wp.rand_init(seed, i * state.shape[1] + j)
    if wp.randf(rng) < fraction:
        state[i, j] = wp.int8(INFECTED)
    else:
        state[i, j] = wp.int8(SUSCEPTIBLE)


@wp.kernel
def sick_duration_histogram(state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), hist: wp.array(dtype=int)):
    i, j = wp.tid()
    if int(state[i, j]) != INFECTED:
        return
    d = int(days_sick[i, j])
    b = wp.min(d, hist.shape[0] - 1)
    hist[b] += 1


@wp.struct
class Agent:
    pos: wp.vec2
    vel: wp.vec2
    state: int
    timer: int
    home: wp.vec2


@wp.kernel
def agent_step(
    agents: wp.array(dtype=Agent),
    params: DiseaseParams,
    seed: int,
    day: int,
    world: float,
    contact_radius: float,
    speed: float,
    new_infections: wp.array(dtype=int),
):
    i = wp.tid()
    a = agents[i]
    rng = wp.rand_init(seed, day * agents.shape[0] + i)
    if a.state == DEAD:
        return
    # random walk with a pull back towards home
    theta = wp.randf(rng, 0.0, 2.0 * wp.pi)
    a.vel = a.vel * 0.8 + wp.vec2(wp.cos(theta), wp.sin(theta)) * (0.2 * speed)
    to_home = a.home - a.pos
    a.vel = a.vel + to_home * 0.01
    a.pos = a.pos + a.vel
    for k in range(2):
        if a.pos[k] < 0.0:
            a.pos[k] = -a.pos[k]
            a.vel[k] = -a.vel[k]
        elif a.pos[k] > world:
            a.pos[k] = 2.0 * world - a.pos[k]
            a.vel[k] = -a.vel[k]
    if a.state == SUSCEPTIBLE:
        r2 = contact_radius * contact_radius
        exposures = int(0)
        for j in range(agents.shape[0]):
            if j == i:
                continue
            b = agents[j]
            if b.state != INFECTED:
                continue
            d = b.pos - a.pos
            if wp.dot(d, d) < r2:
                exposures += 1
                if exposures >= 8:
                    break
        if exposures > 0:
            p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))
            if wp.randf(rng) < p_inf:
                a.state = INFECTED
                a.timer = 0
                wp.atomic_add(new_infections, 0, 1)
    elif a.state == INFECTED:
        a.timer = a.timer + 1
        u = wp.randf(rng)
        if u < params.mortality:
            a.state = DEAD
            a.vel = wp.vec2(0.0, 0.0)
        elif u < params.mortality + params.gamma:
            a.state = RECOVERED
    else:
        if wp.randf(rng) < params.immunity_loss:
            a.state = SUSCEPTIBLE
    agents[i] = a
