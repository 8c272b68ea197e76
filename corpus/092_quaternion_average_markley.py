import warp as wp


@wp.func
def quat_to_vec4(q: wp.quat) -> wp.vec4:
    return wp.vec4(q[0], q[1], q[2], q[3])


@wp.kernel
def accumulate_outer(rots: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), group: wp.array(dtype=int), M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float)):
    i = wp.tid()
    v = quat_to_vec4(rots[i])
    w = weights[i]
    g = group[i]
    wp.atomic_add(M, g, wp.outer(v, v) * w)
    wp.atomic_add(wsum, g, w)


@wp.kernel
def dominant_eigenvector(M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float), iterations: int, mean: wp.array(dtype=wp.quat), spread: wp.array(dtype=float)):
    g = wp.tid()
    W = wsum[g]
    if W <= 0.0:
        mean[g] = wp.quat_identity()
        spread[g] = 0.0
        return
    A = M[g] * (1.0 / W)
    v = wp.vec4(0.0, 0.0, 0.0, 1.0)
    lam = float(0.0)
    for it in range(iterations):
        w = A * v
        l = wp.length(w)
        if l < 1.0e-12:
            break
        v = w / l
        lam = l
    if v[3] < 0.0:
        v = -v
    mean[g] = wp.normalize(wp.quat(v[0], v[1], v[2], v[3]))
    spread[g] = 1.0 - lam


@wp.kernel
def deviation_angles(rots: wp.array(dtype=wp.quat), group: wp.array(dtype=int), mean: wp.array(dtype=wp.quat), angles: wp.array(dtype=float), max_angle: wp.array(dtype=float)):
    i = wp.tid()
    g = group[i]
    d = wp.quat_inverse(mean[g]) * rots[i]
    c = wp.clamp(wp.abs(d[3]), 0.0, 1.0)
    a = 2.0 * wp.acos(c)
    angles[i] = a
    wp.atomic_max(max_angle, g, a)
