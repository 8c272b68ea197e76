import warp as wp

CUTOFF = wp.constant(2.5)


@wp.func
def minimum_image(d: wp.vec3, box: float) -> wp.vec3:
    r = d
    half = box * 0.5
    for k in range(3):
        if r[k] > half:
            r[k] = r[k] - box
        elif r[k] < -half:
            r[k] = r[k] + box
    return r


@wp.func
def lj_force_energy(r2: float, eps: float, sigma: float):
    s2 = sigma * sigma / r2
    s6 = s2 * s2 * s2
    s12 = s6 * s6
    e = 4.0 * eps * (s12 - s6)
    fmag = 24.0 * eps * (2.0 * s12 - s6) / r2
    return fmag, e


@wp.kernel
def lj_forces(
    pos: wp.array(dtype=wp.vec3),
    box: float,
    eps: float,
    sigma: float,
    forces: wp.array(dtype=wp.vec3),
    potential: wp.array(dtype=float),
    virial: wp.array(dtype=float),
):
    i = wp.tid()
    pi = pos[i]
    f = wp.vec3()
    e_sum = float(0.0)
    w_sum = float(0.0)
    rc2 = CUTOFF * CUTOFF * sigma * sigma
    for j in range(pos.shape[0]):
        if i == j:
            continue
        d = minimum_image(pi - pos[j], box)
        r2 = wp.dot(d, d)
        if r2 >= rc2:
            continue
        fmag, e = lj_force_energy(r2, eps, sigma)
        f += d * fmag
        e_sum += 0.5 * e
        w_sum += 0.5 * fmag * r2
    forces[i] = f
    wp.atomic_add(potential, 0, e_sum)
    wp.atomic_add(virial, 0, w_sum)


@wp.kernel
def velocity_verlet_1(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, box: float):
    i = wp.tid()
    v = vel[i] + forces[i] * (0.5 * dt / mass)
    p = pos[i] + v * dt
    for k in range(3):
        p[k] = p[k] - box * wp.floor(p[k] / box)
    pos[i] = p
    vel[i] = v


@wp.kernel
def velocity_verlet_2(vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, kinetic: wp.array(dtype=float)):
    i = wp.tid()
    v = vel[i] + forces[i] * (0.5 * dt / mass)
    vel[i] = v
    wp.atomic_add(kinetic, 0, 0.5 * mass * wp.dot(v, v))


@wp.kernel
def berendsen_thermostat(vel: wp.array(dtype=wp.vec3), kinetic: wp.array(dtype=float), n: int, target_temp: float, tau: float, dt: float):
    i = wp.tid()
    temp = 2.0 * kinetic[0] / (3.0 * float(n))
    if temp <= 0.0:
        return
    lam = wp.sqrt(1.0 + dt / tau * (target_temp / temp - 1.0))
    vel[i] = vel[i] * wp.clamp(lam, 0.8, 1.25)


@wp.kernel
def radial_distribution(pos: wp.array(dtype=wp.vec3), box: float, dr: float, hist: wp.array(dtype=int)):
    i, j = wp.tid()
    if j <= i:
        return
    d = minimum_image(pos[i] - pos[j], box)
    r = wp.length(d)
    b = int(r / dr)
    if b < hist.shape[0]:
        wp.atomic_add(hist, b, 2)
