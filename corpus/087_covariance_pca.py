import warp as wp


@wp.func
def power_iteration(C: wp.mat33, iterations: int):
    v = wp.normalize(wp.vec3(1.0, 0.7, 0.3))
    lam = float(0.0)
    for it in range(iterations):
        w = C * v
        l = wp.length(w)
        if l < 1.0e-20:
            return wp.vec3(1.0, 0.0, 0.0), 0.0
        v = w / l
        lam = l
    return v, lam


@wp.func
def deflate(C: wp.mat33, v: wp.vec3, lam: float) -> wp.mat33:
    return C - wp.outer(v, v) * lam


@wp.kernel
def point_cloud_stats(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int)):
    i = wp.tid()
    c = cluster[i]
    p = points[i]
    wp.atomic_add(sums, c, p)
    wp.atomic_add(outer_sums, c, wp.outer(p, p))
    wp.atomic_add(counts, c, 1)


@wp.kernel
def principal_axes(sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int), iterations: int, axes: wp.array(dtype=wp.mat33), eigenvalues: wp.array(dtype=wp.vec3), means: wp.array(dtype=wp.vec3)):
    c = wp.tid()
    n = counts[c]
    if n < 2:
        axes[c] = wp.identity(n=3, dtype=float)
        eigenvalues[c] = wp.vec3()
        means[c] = wp.vec3()
        return
    inv_n = 1.0 / float(n)
    mu = sums[c] * inv_n
    C = outer_sums[c] * inv_n - wp.outer(mu, mu)
    v1, l1 = power_iteration(C, iterations)
    C2 = deflate(C, v1, l1)
    v2, l2 = power_iteration(C2, iterations)
    v2 = wp.normalize(v2 - v1 * wp.dot(v2, v1))
    v3 = wp.cross(v1, v2)
    l3 = wp.dot(v3, C * v3)
    axes[c] = wp.transpose(wp.mat33(v1[0], v1[1], v1[2], v2[0], v2[1], v2[2], v3[0], v3[1], v3[2]))
    eigenvalues[c] = wp.vec3(l1, l2, l3)
    means[c] = mu


@wp.kernel
def project_points(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), axes: wp.array(dtype=wp.mat33), means: wp.array(dtype=wp.vec3), coords: wp.array(dtype=wp.vec3), obb_lo: wp.array(dtype=wp.vec3), obb_hi: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c = cluster[i]
    q = wp.transpose(axes[c]) * (points[i] - means[c])
    coords[i] = q
    wp.atomic_min(obb_lo, c, q)
    wp.atomic_max(obb_hi, c, q)


@wp.kernel
def jacobi_eigen_symmetric(
    covs: wp.array(dtype=wp.mat33),
    sweeps: int,
    eigvecs: wp.array(dtype=wp.mat33),
    eigvals: wp.array(dtype=wp.vec3),
    off_norm: wp.array(dtype=float),
):
    i = wp.tid()
    A = covs[i]
    V = wp.identity(n=3, dtype=float)
    off = float(0.0)
    for s in range(sweeps):
        off = A[0, 1] * A[0, 1] + A[0, 2] * A[0, 2] + A[1, 2] * A[1, 2]
        if off < 1.0e-18:
            break
        for pq in range(3):
            p = 0
            q = 1
            if pq == 1:
                p = 0
                q = 2
            elif pq == 2:
                p = 1
                q = 2
            apq = A[p, q]
            if wp.abs(apq) < 1.0e-20:
                continue
            theta = (A[q, q] - A[p, p]) / (2.0 * apq)
            t = wp.sign(theta) / (wp.abs(theta) + wp.sqrt(theta * theta + 1.0))
            if theta == 0.0:
                t = 1.0
            c = 1.0 / wp.sqrt(t * t + 1.0)
            sn = t * c
            J = wp.identity(n=3, dtype=float)
            J[p, p] = c
            J[q, q] = c
            J[p, q] = sn
            J[q, p] = -sn
            A = wp.transpose(J) * A * J
            V = V * J
    ev = wp.vec3(A[0, 0], A[1, 1], A[2, 2])
    # sort eigenpairs by descending eigenvalue (3-element bubble sort)
    for pass_ in range(2):
        for k in range(2 - pass_):
            if ev[k] < ev[k + 1]:
                tmp = ev[k]
                ev[k] = ev[k + 1]
                ev[k + 1] = tmp
                Vt = wp.transpose(V)
                row = Vt[k]
                Vt[k] = Vt[k + 1]
                Vt[k + 1] = row
                V = wp.transpose(Vt)
    eigvecs[i] = V
    eigvals[i] = ev
    off_norm[i] = wp.sqrt(off)
