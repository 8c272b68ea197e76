import warp as wp


@wp.func
def apq_term(p: wp.vec3, q: wp.vec3, m: float) -> wp.mat33:
    return wp.outer(p, q) * m


@wp.kernel
def cluster_centroid(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float)):
    i = wp.tid()
    c = cluster_of[i]
    wp.atomic_add(sum_mx, c, x[i] * mass[i])
    wp.atomic_add(sum_m, c, mass[i])


@wp.kernel
def cluster_apq(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), Apq: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    c = cluster_of[i]
    com = sum_mx[c] / sum_m[c]
    p = x[i] - com
    q = rest[i] - rest_com[c]
    wp.atomic_add(Apq, c, apq_term(p, q, mass[i]))


@wp.kernel
def extract_rotation(Apq: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), iters: int):
    c = wp.tid()
    A = Apq[c]
    U = wp.mat33()
    s = wp.vec3()
    V = wp.mat33()
    wp.svd3(A, U, s, V)
    Rc = U * wp.transpose(V)
    if wp.determinant(Rc) < 0.0:
        U = wp.matrix_from_cols(wp.vec3(U[0, 0], U[1, 0], U[2, 0]), wp.vec3(U[0, 1], U[1, 1], U[2, 1]), -wp.vec3(U[0, 2], U[1, 2], U[2, 2]))
        Rc = U * wp.transpose(V)
    # a few polar iterations to clean up
    for k in range(iters):
        Rc = (Rc + wp.transpose(wp.inverse(Rc))) * 0.5
    R[c] = Rc


@wp.kernel
def goal_positions(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), R: wp.array(dtype=wp.mat33), stiffness: float, dx: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c = cluster_of[i]
    com = sum_mx[c] / sum_m[c]
    g = R[c] * (rest[i] - rest_com[c]) + com
    dx[i] = (g - x[i]) * stiffness


@wp.kernel
def clear_clusters(sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):
    c = wp.tid()
    sum_mx[c] = wp.vec3()
    sum_m[c] = 0.0
    Apq[c] = wp.mat33()
