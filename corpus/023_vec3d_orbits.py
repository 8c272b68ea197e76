import warp as wp

G = wp.constant(wp.float64(6.674e-11))


@wp.func
def accel_from(pi: wp.vec3d, pj: wp.vec3d, mj: wp.float64, soft2: wp.float64) -> wp.vec3d:
    r = pj - pi
    d2 = wp.dot(r, r) + soft2
    inv = wp.float64(1.0) / (d2 * wp.sqrt(d2))
    return r * (G * mj * inv)


@wp.func
def total_accel(i: int, pos: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), soft2: wp.float64) -> wp.vec3d:
    a = wp.vec3d()
    for j in range(pos.shape[0]):
        if j != i:
            a = a + accel_from(pos[i], pos[j], mass[j], soft2)
    return a


@wp.kernel
def kick(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), dt: wp.float64, soft2: wp.float64):
    i = wp.tid()
    a = total_accel(i, pos, mass, soft2)
    vel[i] = vel[i] + a * (dt * wp.float64(0.5))


@wp.kernel
def drift(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), dt: wp.float64):
    i = wp.tid()
    pos[i] = pos[i] + vel[i] * dt


@wp.kernel
def orbital_elements(
    pos: wp.array(dtype=wp.vec3d),
    vel: wp.array(dtype=wp.vec3d),
    mu: wp.float64,
    semi_major: wp.array(dtype=wp.float64),
    ecc: wp.array(dtype=wp.float64),
    incl: wp.array(dtype=wp.float64),
):
    i = wp.tid()
    r = pos[i]
    v = vel[i]
    rn = wp.length(r)
    vn2 = wp.dot(v, v)
    energy = vn2 * wp.float64(0.5) - mu / rn
    if energy >= wp.float64(0.0):
        semi_major[i] = wp.float64(-1.0)
    else:
        semi_major[i] = -mu / (wp.float64(2.0) * energy)
    h = wp.cross(r, v)
    hn = wp.length(h)
    e_vec = wp.cross(v, h) / mu - r / rn
    ecc[i] = wp.length(e_vec)
    if hn > wp.float64(0.0):
        incl[i] = wp.acos(wp.clamp(h[2] / hn, wp.float64(-1.0), wp.float64(1.0)))
    else:
        incl[i] = wp.float64(0.0)


@wp.kernel
def center_of_mass(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), com: wp.array(dtype=wp.vec3d), mom: wp.array(dtype=wp.vec3d), mtot: wp.array(dtype=wp.float64)):
    i = wp.tid()
    m = mass[i]
    wp.atomic_add(com, 0, pos[i] * m)
    wp.atomic_add(mom, 0, vel[i] * m)
    wp.atomic_add(mtot, 0, m)


@wp.kernel
def to_single(pos: wp.array(dtype=wp.vec3d), origin: wp.vec3d, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    d = pos[i] - origin
    out[i] = wp.vec3(wp.float32(d[0]), wp.float32(d[1]), wp.float32(d[2]))
