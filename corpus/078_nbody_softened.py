import warp as wp

G_CONST = wp.constant(1.0)
BLOCK_SIZE = wp.constant(8)


@wp.func
def body_accel(pi: wp.vec3, pj: wp.vec3, mj: float, eps2: float):
    r = pj - pi
    d2 = wp.dot(r, r) + eps2
    inv_d = 1.0 / wp.sqrt(d2)
    inv_d3 = inv_d * inv_d * inv_d
    return r * (G_CONST * mj * inv_d3), -G_CONST * mj * inv_d


@wp.kernel
def nbody_blocked(pos: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), eps: float, acc: wp.array(dtype=wp.vec3), potential: wp.array(dtype=float)):
    i = wp.tid()
    n = pos.shape[0]
    pi = pos[i]
    a = wp.vec3()
    phi = float(0.0)
    eps2 = eps * eps
    num_blocks = (n + BLOCK_SIZE - 1) // BLOCK_SIZE
    for b in range(num_blocks):
        base = b * BLOCK_SIZE
        for k in range(BLOCK_SIZE):
            j = base + k
            if j >= n:
                break
            if j == i:
                continue
            da, dphi = body_accel(pi, pos[j], mass[j], eps2)
            a += da
            phi += dphi
    acc[i] = a
    potential[i] = phi * mass[i]


@wp.kernel
def leapfrog(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), acc: wp.array(dtype=wp.vec3), dt: float, first: bool):
    i = wp.tid()
    if first:
        vel[i] = vel[i] + acc[i] * (0.5 * dt)
    else:
        vel[i] = vel[i] + acc[i] * dt
    pos[i] = pos[i] + vel[i] * dt


@wp.kernel
def energy_momentum(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), potential: wp.array(dtype=float), kinetic: wp.array(dtype=float), pot_total: wp.array(dtype=float), momentum: wp.array(dtype=wp.vec3), ang_mom: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    m = mass[i]
    v = vel[i]
    wp.atomic_add(kinetic, 0, 0.5 * m * wp.dot(v, v))
    wp.atomic_add(pot_total, 0, 0.5 * potential[i])
    wp.atomic_add(momentum, 0, v * m)
    wp.atomic_add(ang_mom, 0, wp.cross(pos[i], v * m))


@wp.kernel
def adaptive_timestep(acc: wp.array(dtype=wp.vec3), eps: float, eta: float, dt_min: wp.array(dtype=float)):
    i = wp.tid()
    a = wp.length(acc[i])
    if a <= 0.0:
        return
    dt = eta * wp.sqrt(eps / a)
    wp.atomic_min(dt_min, 0, dt)
