import warp as wp

NUM_STEPS = wp.constant(32)


@wp.func
def reflect_into_box(p: wp.vec3, lo: float, hi: float) -> wp.vec3:
    r = p
    for k in range(3):
        if r[k] < lo:
            r[k] = 2.0 * lo - r[k]
        elif r[k] > hi:
            r[k] = 2.0 * hi - r[k]
    return r


@wp.kernel
def brownian_motion(seed: int, pos: wp.array(dtype=wp.vec3), sigma: float, lo: float, hi: float, msd: wp.array(dtype=float)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    p0 = pos[i]
    p = p0
    for s in range(NUM_STEPS):
        step = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state)) * sigma
        p = reflect_into_box(p + step, lo, hi)
    pos[i] = p
    d = p - p0
    wp.atomic_add(msd, 0, wp.dot(d, d))


@wp.kernel
def lattice_walk(seed: int, width: int, height: int, steps: int, visits: wp.array2d(dtype=int), final: wp.array(dtype=wp.vec2i)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    x = width // 2
    y = height // 2
    for s in range(steps):
        dir = wp.randi(state, 0, 4)
        if dir == 0:
            x += 1
        elif dir == 1:
            x -= 1
        elif dir == 2:
            y += 1
        else:
            y -= 1
        x = (x + width) % width
        y = (y + height) % height
        wp.atomic_add(visits, y, x, 1)
    final[i] = wp.vec2i(x, y)


@wp.kernel
def levy_flight(seed: int, pos: wp.array(dtype=wp.vec2), alpha: float, scale: float, max_step: float):
    i = wp.tid()
    state = wp.rand_init(seed, i * 3 + 11)
    u = wp.randf(state, 1.0e-6, 1.0)
    angle = wp.randf(state, 0.0, 2.0 * wp.pi)
    length = wp.min(scale * wp.pow(u, -1.0 / alpha), max_step)
    pos[i] = pos[i] + wp.vec2(wp.cos(angle), wp.sin(angle)) * length


@wp.kernel
def ornstein_uhlenbeck(seed: int, x: wp.array(dtype=float), theta: float, mu: float, sigma: float, dt: float, steps: int):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    v = x[i]
    sq = wp.sqrt(dt)
    for s in range(steps):
        v = v + theta * (mu - v) * dt + sigma * sq * wp.randn(state)
    x[i] = v


@wp.kernel
def gillespie_birth_death(
    seed: int,
    birth_rate: float,
    death_rate: float,
    immigration: float,
    t_end: float,
    max_events: int,
    initial: int,
    final_pop: wp.array(dtype=int),
    events: wp.array(dtype=int),
    peak_pop: wp.array(dtype=int),
    extinct: wp.array(dtype=int),
):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    n = initial
    t = float(0.0)
    count = int(0)
    peak = n
    while t < t_end and count < max_events:
        a_birth = birth_rate * float(n)
        a_death = death_rate * float(n)
        a_imm = immigration
        a0 = a_birth + a_death + a_imm
        if a0 <= 0.0:
            break
        # time to next reaction
        u1 = wp.randf(state, 1.0e-7, 1.0)
        tau = -wp.log(u1) / a0
        t += tau
        if t > t_end:
            break
        # choose reaction
        r = wp.randf(state) * a0
        if r < a_birth:
            n += 1
        elif r < a_birth + a_death:
            n -= 1
        else:
            n += 1
        count += 1
        if n > peak:
            peak = n
        if n == 0 and immigration == 0.0:
            wp.atomic_add(extinct, 0, 1)
            break
    final_pop[i] = n
    events[i] = count
    peak_pop[i] = peak
