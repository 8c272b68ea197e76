import warp as wp


@wp.func
def spring_jacobian(d: wp.vec3, rest: float, k: float) -> wp.mat33:
    l = wp.length(d)
    if l < 1.0e-9:
        return wp.mat33()
    n = d / l
    nn = wp.outer(n, n)
    I = wp.identity(n=3, dtype=float)
    return -k * (nn + (I - nn) * (1.0 - rest / l))


@wp.kernel
def assemble_block_diag(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, mass: wp.array(dtype=float), dt: float, A_diag: wp.array(dtype=wp.mat33)):
    s = wp.tid()
    e = springs[s]
    J = spring_jacobian(x[e[1]] - x[e[0]], rest[s], k)
    wp.atomic_sub(A_diag, e[0], J * (dt * dt))
    wp.atomic_sub(A_diag, e[1], J * (dt * dt))


@wp.kernel
def add_mass(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float)):
    i = wp.tid()
    A_diag[i] = A_diag[i] + wp.identity(n=3, dtype=float) * mass[i]


@wp.kernel
def spring_forces(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, f: wp.array(dtype=wp.vec3)):
    s = wp.tid()
    e = springs[s]
    d = x[e[1]] - x[e[0]]
    l = wp.length(d)
    if l < 1.0e-9:
        return
    fs = d * (k * (l - rest[s]) / l)
    wp.atomic_add(f, e[0], fs)
    wp.atomic_sub(f, e[1], fs)


@wp.kernel
def block_jacobi_velocity(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), gravity: wp.vec3, dt: float, v_new: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    rhs = v[i] * mass[i] + (f[i] + gravity * mass[i]) * dt
    A = A_diag[i]
    if wp.abs(wp.determinant(A)) < 1.0e-12:
        v_new[i] = v[i]
        return
    v_new[i] = wp.inverse(A) * rhs


@wp.kernel
def commit(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), v_new: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), dt: float, f: wp.array(dtype=wp.vec3), A_diag: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    if not pinned[i]:
        v[i] = v_new[i]
        x[i] = x[i] + v[i] * dt
    f[i] = wp.vec3()
    A_diag[i] = wp.mat33()
