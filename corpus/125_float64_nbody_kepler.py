import warp as wp

G = wp.constant(6.674e-11)
SOFTENING = wp.constant(wp.float64(1.0e3))


@wp.func
def accel(p: wp.vec3d, q: wp.vec3d, mass: wp.float64) -> wp.vec3d:
    d = q - p
    r2 = wp.dot(d, d) + SOFTENING * SOFTENING
    inv = wp.float64(1.0) / wp.sqrt(r2)
    return d * (wp.float64(G) * mass * inv * inv * inv)


@wp.func
def kinetic(v: wp.vec3d, m: wp.float64) -> wp.float64:
    return wp.float64(0.5) * m * wp.dot(v, v)


@wp.kernel
def gravity_all_pairs(
    pos: wp.array(dtype=wp.vec3d),
    mass: wp.array(dtype=wp.float64),
    acc: wp.array(dtype=wp.vec3d),
):
    i = wp.tid()
    n = pos.shape[0]
    a = wp.vec3d()
    p = pos[i]
    for j in range(n):
        if j == i:
            continue
        a = a + accel(p, pos[j], mass[j])
    acc[i] = a


@wp.kernel
def leapfrog(
    pos: wp.array(dtype=wp.vec3d),
    vel: wp.array(dtype=wp.vec3d),
    acc: wp.array(dtype=wp.vec3d),
    dt: wp.float64,
    half_step: bool,
):
    i = wp.tid()
    if half_step:
        vel[i] = vel[i] + acc[i] * (dt * wp.float64(0.5))
    else:
        pos[i] = pos[i] + vel[i] * dt


@wp.kernel
def energy(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), e: wp.array(dtype=wp.float64)):
    i = wp.tid()
    n = pos.shape[0]
    ke = kinetic(vel[i], mass[i])
    pe = wp.float64(0.0)
    for j in range(i + 1, n):
        r = wp.length(pos[j] - pos[i])
        pe = pe - wp.float64(G) * mass[i] * mass[j] / r
    wp.atomic_add(e, 0, ke + pe)


@wp.kernel
def kepler_solve(mean_anom: wp.array(dtype=wp.float64), ecc: wp.array(dtype=wp.float64), ecc_anom: wp.array(dtype=wp.float64), tol: wp.float64):
    i = wp.tid()
    M = mean_anom[i]
    e = ecc[i]
    E = M
    it = int(0)
    while it < 50:
        f = E - e * wp.sin(E) - M
        fp = wp.float64(1.0) - e * wp.cos(E)
        dE = f / fp
        E = E - dE
        if wp.abs(dE) < tol:
            break
        it += 1
    ecc_anom[i] = E
