import warp as wp


@wp.func
def spatial_cross_motion(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:
    w = wp.spatial_top(a)
    v = wp.spatial_bottom(a)
    bw = wp.spatial_top(b)
    bv = wp.spatial_bottom(b)
    return wp.spatial_vector(wp.cross(w, bw), wp.cross(w, bv) + wp.cross(v, bw))


@wp.func
def spatial_cross_force(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:
    w = wp.spatial_top(a)
    v = wp.spatial_bottom(a)
    bw = wp.spatial_top(b)
    bv = wp.spatial_bottom(b)
    return wp.spatial_vector(wp.cross(w, bw) + wp.cross(v, bv), wp.cross(w, bv))


@wp.func
def transform_twist_to_world(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:
    q = wp.transform_get_rotation(t)
    p = wp.transform_get_translation(t)
    w = wp.quat_rotate(q, wp.spatial_top(x))
    v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)
    return wp.spatial_vector(w, v)


@wp.func
def inertia_mul(mass: float, I: wp.mat33, com: wp.vec3, v: wp.spatial_vector) -> wp.spatial_vector:
    w = wp.spatial_top(v)
    lin = wp.spatial_bottom(v) - wp.cross(com, w)
    f = lin * mass
    tau = I * w + wp.cross(com, f)
    return wp.spatial_vector(tau, f)


@wp.kernel
def body_momentum(
    qd: wp.array(dtype=wp.spatial_vector),
    mass: wp.array(dtype=float),
    inertia: wp.array(dtype=wp.mat33),
    com: wp.array(dtype=wp.vec3),
    X: wp.array(dtype=wp.transform),
    momentum: wp.array(dtype=wp.spatial_vector),
    total: wp.array(dtype=wp.spatial_vector),
):
    i = wp.tid()
    h = inertia_mul(mass[i], inertia[i], com[i], qd[i])
    momentum[i] = h
    wp.atomic_add(total, 0, transform_twist_to_world(X[i], h))


@wp.kernel
def bias_forces(
    qd: wp.array(dtype=wp.spatial_vector),
    mass: wp.array(dtype=float),
    inertia: wp.array(dtype=wp.mat33),
    com: wp.array(dtype=wp.vec3),
    f_ext: wp.array(dtype=wp.spatial_vector),
    gravity: wp.vec3,
    bias: wp.array(dtype=wp.spatial_vector),
):
    i = wp.tid()
    v = qd[i]
    m = mass[i]
    h = inertia_mul(m, inertia[i], com[i], v)
    g = wp.spatial_vector(wp.cross(com[i], gravity * m), gravity * m)
    bias[i] = spatial_cross_force(v, h) - g - f_ext[i]


@wp.kernel
def integrate_twists(
    X: wp.array(dtype=wp.transform),
    qd: wp.array(dtype=wp.spatial_vector),
    qdd: wp.array(dtype=wp.spatial_vector),
    dt: float,
    angular_damping: float,
):
    i = wp.tid()
    v = qd[i] + qdd[i] * dt
    w = wp.spatial_top(v) * (1.0 - angular_damping * dt)
    lin = wp.spatial_bottom(v)
    t = X[i]
    p = wp.transform_get_translation(t)
    r = wp.transform_get_rotation(t)
    p = p + lin * dt
    r = wp.normalize(r + wp.quat(w[0], w[1], w[2], 0.0) * r * (0.5 * dt))
    X[i] = wp.transform(p, r)
    qd[i] = wp.spatial_vector(w, lin)


@wp.kernel
def twist_dot(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float), cross_out: wp.array(dtype=wp.spatial_vector)):
    i = wp.tid()
    power[i] = wp.dot(a[i], b[i])
    cross_out[i] = spatial_cross_motion(a[i], b[i])
