import warp as wp

MU0_OVER_4PI = wp.constant(1.0e-7)


@wp.func
def dipole_field(m: wp.vec3, r: wp.vec3, soft: float) -> wp.vec3:
    d2 = wp.dot(r, r) + soft * soft
    d = wp.sqrt(d2)
    rhat = r / d
    return (rhat * (3.0 * wp.dot(m, rhat)) - m) * (MU0_OVER_4PI / (d2 * d))


@wp.func
def dipole_torque(m: wp.vec3, B: wp.vec3) -> wp.vec3:
    return wp.cross(m, B)


@wp.kernel
def dipole_interactions(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), soft: float, B_ext: wp.vec3, field: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):
    i = wp.tid()
    B = B_ext
    for j in range(pos.shape[0]):
        if j == i:
            continue
        B = B + dipole_field(moment[j], pos[i] - pos[j], soft)
    field[i] = B
    torque[i] = dipole_torque(moment[i], B)
    wp.atomic_add(energy, 0, -0.5 * wp.dot(moment[i], B))


@wp.kernel
def align_moments(moment: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), inertia: float, damping: float, omega: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    w = omega[i] + torque[i] * (dt / inertia)
    w = w * (1.0 - damping * dt)
    omega[i] = w
    angle = wp.length(w) * dt
    if angle < 1.0e-9:
        return
    q = wp.quat_from_axis_angle(wp.normalize(w), angle)
    m = wp.quat_rotate(q, moment[i])
    moment[i] = m


@wp.kernel
def field_slice(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), z: float, origin: wp.vec2, spacing: float, soft: float, out: wp.array2d(dtype=wp.vec3), mag: wp.array2d(dtype=float)):
    i, j = wp.tid()
    p = wp.vec3(origin[0] + float(i) * spacing, origin[1] + float(j) * spacing, z)
    B = wp.vec3()
    for k in range(pos.shape[0]):
        B = B + dipole_field(moment[k], p - pos[k], soft)
    out[i, j] = B
    mag[i, j] = wp.length(B)


@wp.kernel
def magnetization(moment: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3), order: wp.array(dtype=float), axis: wp.vec3):
    i = wp.tid()
    m = moment[i]
    wp.atomic_add(total, 0, m)
    l = wp.length(m)
    if l > 0.0:
        c = wp.dot(m / l, axis)
        wp.atomic_add(order, 0, 1.5 * c * c - 0.5)
