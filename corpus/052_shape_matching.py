import warp as wp


@wp.func
def polar_rotation(A: wp.mat33, iterations: int) -> wp.mat33:
    # Higham iteration R <- 0.5 (R + R^-T)
    R = A
    for it in range(iterations):
        det = wp.determinant(R)
        if wp.abs(det) < 1.0e-12:
            return wp.identity(n=3, dtype=float)
        R = (R + wp.transpose(wp.inverse(R))) * 0.5
    return R


@wp.kernel
def cluster_centroids(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float)):
    i = wp.tid()
    c = cluster_of[i]
    m = mass[i]
    wp.atomic_add(com_sum, c, x[i] * m)
    wp.atomic_add(mass_sum, c, m)


@wp.kernel
def cluster_covariance(
    x: wp.array(dtype=wp.vec3),
    rest: wp.array(dtype=wp.vec3),
    mass: wp.array(dtype=float),
    cluster_of: wp.array(dtype=int),
    com_sum: wp.array(dtype=wp.vec3),
    mass_sum: wp.array(dtype=float),
    rest_com: wp.array(dtype=wp.vec3),
    Apq: wp.array(dtype=wp.mat33),
):
    i = wp.tid()
    c = cluster_of[i]
    com = com_sum[c] / mass_sum[c]
    p = x[i] - com
    q = rest[i] - rest_com[c]
    wp.atomic_add(Apq, c, wp.outer(p, q) * mass[i])


@wp.kernel
def shape_match_goals(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    rest: wp.array(dtype=wp.vec3),
    cluster_of: wp.array(dtype=int),
    com_sum: wp.array(dtype=wp.vec3),
    mass_sum: wp.array(dtype=float),
    rest_com: wp.array(dtype=wp.vec3),
    Apq: wp.array(dtype=wp.mat33),
    stiffness: float,
    dt: float,
    iterations: int,
):
    i = wp.tid()
    c = cluster_of[i]
    com = com_sum[c] / mass_sum[c]
    R = polar_rotation(Apq[c], iterations)
    goal = R * (rest[i] - rest_com[c]) + com
    dx = (goal - x[i]) * stiffness
    v[i] = v[i] + dx / dt
    x[i] = x[i] + dx


@wp.kernel
def reset_clusters(com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):
    c = wp.tid()
    com_sum[c] = wp.vec3()
    mass_sum[c] = 0.0
    Apq[c] = wp.mat33()
