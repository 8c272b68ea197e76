import warp as wp


@wp.struct
class Body2D:
    pos: wp.vec2
    angle: float
    vel: wp.vec2
    omega: float
    inv_mass: float
    inv_inertia: float


@wp.func
def rotation2(theta: float) -> wp.mat22:
    c = wp.cos(theta)
    s = wp.sin(theta)
    return wp.mat22(c, -s, s, c)


@wp.func
def cross2(a: wp.vec2, b: wp.vec2) -> float:
    return a[0] * b[1] - a[1] * b[0]


@wp.func
def perp(a: wp.vec2) -> wp.vec2:
    return wp.vec2(-a[1], a[0])


@wp.kernel
def integrate_bodies(bodies: wp.array(dtype=Body2D), gravity: wp.vec2, dt: float):
    i = wp.tid()
    b = bodies[i]
    if b.inv_mass == 0.0:
        return
    b.vel = b.vel + gravity * dt
    b.pos = b.pos + b.vel * dt
    b.angle = b.angle + b.omega * dt
    if b.angle > wp.pi:
        b.angle = b.angle - 2.0 * wp.pi
    elif b.angle < -wp.pi:
        b.angle = b.angle + 2.0 * wp.pi
    bodies[i] = b


@wp.kernel
def box_corners(bodies: wp.array(dtype=Body2D), half_extents: wp.array(dtype=wp.vec2), corners: wp.array2d(dtype=wp.vec2)):
    i = wp.tid()
    b = bodies[i]
    R = rotation2(b.angle)
    h = half_extents[i]
    for k in range(4):
        sx = 1.0
        sy = 1.0
        if k == 1 or k == 2:
            sx = -1.0
        if k >= 2:
            sy = -1.0
        local = wp.vec2(h[0] * sx, h[1] * sy)
        corners[i, k] = b.pos + R * local


@wp.kernel
def ground_impulses(
    bodies: wp.array(dtype=Body2D),
    half_extents: wp.array(dtype=wp.vec2),
    ground_y: float,
    restitution: float,
    friction: float,
    contacts: wp.array(dtype=int),
):
    i = wp.tid()
    b = bodies[i]
    if b.inv_mass == 0.0:
        return
    R = rotation2(b.angle)
    h = half_extents[i]
    n = wp.vec2(0.0, 1.0)
    t = wp.vec2(1.0, 0.0)
    for k in range(4):
        sx = wp.where(k == 1 or k == 2, -1.0, 1.0)
        sy = wp.where(k >= 2, -1.0, 1.0)
        r = R * wp.vec2(h[0] * sx, h[1] * sy)
        p = b.pos + r
        if p[1] >= ground_y:
            continue
        wp.atomic_add(contacts, 0, 1)
        v = b.vel + perp(r) * b.omega
        vn = wp.dot(v, n)
        if vn >= 0.0:
            continue
        rn = cross2(r, n)
        k_n = b.inv_mass + b.inv_inertia * rn * rn
        jn = -(1.0 + restitution) * vn / k_n
        vt = wp.dot(v, t)
        rt = cross2(r, t)
        k_t = b.inv_mass + b.inv_inertia * rt * rt
        jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)
        impulse = n * jn + t * jt
        b.vel = b.vel + impulse * b.inv_mass
        b.omega = b.omega + b.inv_inertia * cross2(r, impulse)
        b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))
    bodies[i] = b


@wp.kernel
def strain_2d(F: wp.array(dtype=wp.mat22), strain: wp.array(dtype=wp.mat22), energy: wp.array(dtype=float), mu: float, lam: float):
    i = wp.tid()
    f = F[i]
    C = wp.transpose(f) * f
    E = (C - wp.identity(n=2, dtype=float)) * 0.5
    strain[i] = E
    tr = E[0, 0] + E[1, 1]
    ee = E[0, 0] * E[0, 0] + E[0, 1] * E[0, 1] + E[1, 0] * E[1, 0] + E[1, 1] * E[1, 1]
    J = wp.determinant(f)
    energy[i] = mu * ee + 0.5 * lam * tr * tr
    if J <= 0.0:
        energy[i] = 1.0e10
