import warp as wp


@wp.func
def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:
    x2 = size[0] * size[0]
    y2 = size[1] * size[1]
    z2 = size[2] * size[2]
    k = mass / 12.0
    return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))


@wp.func
def sphere_inertia(mass: float, radius: float) -> wp.mat33:
    i = 0.4 * mass * radius * radius
    return wp.diag(wp.vec3(i, i, i))


@wp.func
def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:
    d2 = wp.dot(offset, offset)
    eye = wp.identity(n=3, dtype=float)
    return I + (eye * d2 - wp.outer(offset, offset)) * mass


@wp.func
def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:
    return R * I * wp.transpose(R)


@wp.kernel
def compound_inertia(
    shape_type: wp.array(dtype=int),
    shape_mass: wp.array(dtype=float),
    shape_size: wp.array(dtype=wp.vec3),
    shape_offset: wp.array(dtype=wp.vec3),
    shape_rot: wp.array(dtype=wp.mat33),
    shape_body: wp.array(dtype=int),
    body_inertia: wp.array(dtype=wp.mat33),
    body_mass: wp.array(dtype=float),
):
    s = wp.tid()
    t = shape_type[s]
    m = shape_mass[s]
    I = wp.mat33()
    if t == 0:
        I = box_inertia(m, shape_size[s])
    elif t == 1:
        I = sphere_inertia(m, shape_size[s][0])
    else:
        r = shape_size[s][0]
        h = shape_size[s][1]
        ixx = m * (3.0 * r * r + h * h) / 12.0
        iyy = 0.5 * m * r * r
        I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)
    I = rotate_inertia(I, shape_rot[s])
    I = parallel_axis(I, m, shape_offset[s])
    b = shape_body[s]
    wp.atomic_add(body_inertia, b, I)
    wp.atomic_add(body_mass, b, m)


@wp.kernel
def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):
    i = wp.tid()
    I = inertia[i]
    det = wp.determinant(I)
    if wp.abs(det) < 1.0e-12:
        inv_inertia[i] = wp.mat33()
        wp.atomic_add(singular, 0, 1)
        return
    inv_inertia[i] = wp.inverse(I)


@wp.kernel
def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    R = rot[i]
    Iw = rotate_inertia(inertia[i], R)
    l = Iw * omega[i]
    L[i] = l
    wp.atomic_add(total, 0, l)


@wp.kernel
def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    w = omega[i]
    I = inertia[i]
    gyro = wp.cross(w, I * w)
    dw = inv_inertia[i] * (torque[i] - gyro)
    w = w + dw * dt
    m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))
    if m > 100.0:
        w = w * (100.0 / m)
    omega[i] = w
