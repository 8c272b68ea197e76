import warp as wp


@wp.func
def spatial_transform_twist(t: wp.transform, v: wp.spatial_vector) -> wp.spatial_vector:
    q = wp.transform_get_rotation(t)
    p = wp.transform_get_translation(t)
    w = wp.quat_rotate(q, wp.spatial_top(v))
    lin = wp.quat_rotate(q, wp.spatial_bottom(v)) + wp.cross(p, w)
    return wp.spatial_vector(w, lin)


@wp.func
def spatial_inertia(m: float, I: wp.mat33) -> wp.spatial_matrix:
    M = wp.spatial_matrix()
    for i in range(3):
        for j in range(3):
            M[i, j] = I[i, j]
        M[i + 3, i + 3] = m
    return M


@wp.kernel
def articulation_velocity(
    parent: wp.array(dtype=int),
    X_pj: wp.array(dtype=wp.transform),
    joint_qd: wp.array(dtype=float),
    joint_axis: wp.array(dtype=wp.vec3),
    body_v: wp.array(dtype=wp.spatial_vector),
    S: wp.array(dtype=wp.spatial_vector),
):
    i = wp.tid()
    axis = joint_axis[i]
    s = wp.spatial_vector(axis, wp.vec3())
    s = spatial_transform_twist(X_pj[i], s)
    S[i] = s
    v = s * joint_qd[i]
    p = parent[i]
    if p >= 0:
        v = v + body_v[p]
    body_v[i] = v


@wp.kernel
def composite_inertia(
    mass: wp.array(dtype=float),
    I: wp.array(dtype=wp.mat33),
    X: wp.array(dtype=wp.transform),
    M_out: wp.array(dtype=wp.spatial_matrix),
):
    i = wp.tid()
    M = spatial_inertia(mass[i], I[i])
    T = wp.spatial_adjoint(wp.quat_to_matrix(wp.transform_get_rotation(X[i])), wp.skew(wp.transform_get_translation(X[i])))
    M_out[i] = wp.mul(wp.mul(wp.transpose(T), M), T)


@wp.kernel
def spatial_products(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), M: wp.array(dtype=wp.spatial_matrix), dots: wp.array(dtype=float), crosses: wp.array(dtype=wp.spatial_vector), duals: wp.array(dtype=wp.spatial_vector)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    dots[i] = wp.spatial_dot(x, y)
    crosses[i] = wp.spatial_cross(x, y) + M[i] * y
    duals[i] = wp.spatial_cross_dual(x, y) - wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) * 0.1
    wp.atomic_add(duals, 0, x)


@wp.kernel
def double_transforms(t: wp.array(dtype=wp.transformd), p: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), tinv: wp.array(dtype=wp.transformd)):
    i = wp.tid()
    T = t[i]
    Ti = wp.transform_inverse(T)
    tinv[i] = Ti * T
    out[i] = wp.transform_point(Ti, p[i]) + wp.transform_vector(T, p[i])
