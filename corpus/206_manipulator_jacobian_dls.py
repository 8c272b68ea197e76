import warp as wp

MAX_DOF = 7
vec7 = wp.types.vector(length=7, dtype=float)
mat67 = wp.types.matrix(shape=(6, 7), dtype=float)


@wp.func
def joint_transform(axis: wp.vec3, q: float, offset: wp.vec3) -> wp.transform:
    return wp.transform(offset, wp.quat_from_axis_angle(axis, q))


@wp.kernel
def forward_kinematics(q: wp.array(dtype=vec7), axes: wp.array(dtype=wp.vec3), offsets: wp.array(dtype=wp.vec3), n_dof: int, ee_offset: wp.vec3, frames: wp.array2d(dtype=wp.transform), ee: wp.array(dtype=wp.vec3)):
    r = wp.tid()
    X = wp.transform_identity()
    for j in range(MAX_DOF):
        if j >= n_dof:
            break
        X = X * joint_transform(axes[j], q[r][j], offsets[j])
        frames[r, j] = X
    ee[r] = wp.transform_point(X, ee_offset)


@wp.kernel
def geometric_jacobian(frames: wp.array2d(dtype=wp.transform), axes: wp.array(dtype=wp.vec3), ee: wp.array(dtype=wp.vec3), n_dof: int, J: wp.array(dtype=mat67)):
    r = wp.tid()
    M = mat67()
    p_ee = ee[r]
    for j in range(MAX_DOF):
        if j >= n_dof:
            continue
        X = frames[r, j]
        z = wp.transform_vector(X, axes[j])
        p = wp.transform_get_translation(X)
        lin = wp.cross(z, p_ee - p)
        for k in range(3):
            M[k, j] = z[k]
            M[k + 3, j] = lin[k]
    J[r] = M


@wp.kernel
def damped_least_squares(J: wp.array(dtype=mat67), err: wp.array(dtype=wp.spatial_vector), damping: float, dq: wp.array(dtype=vec7)):
    r = wp.tid()
    M = J[r]
    e = err[r]
    JJt = wp.spatial_matrix()
    for a in range(6):
        for b in range(6):
            s = float(0.0)
            for k in range(MAX_DOF):
                s += M[a, k] * M[b, k]
            if a == b:
                s += damping * damping
            JJt[a, b] = s
    # Gauss-Seidel on (J J^T + l^2 I) y = e
    y = wp.spatial_vector()
    for it in range(20):
        for a in range(6):
            s = e[a]
            for b in range(6):
                if b != a:
                    s -= JJt[a, b] * y[b]
            y[a] = s / JJt[a, a]
    out = vec7()
    for k in range(MAX_DOF):
        s = float(0.0)
        for a in range(6):
            s += M[a, k] * y[a]
        out[k] = s
    dq[r] = out


@wp.kernel
def apply_joint_limits(q: wp.array(dtype=vec7), dq: wp.array(dtype=vec7), lo: vec7, hi: vec7, step: float):
    r = wp.tid()
    v = q[r] + dq[r] * step
    for k in range(MAX_DOF):
        v[k] = wp.clamp(v[k], lo[k], hi[k])
    q[r] = v
