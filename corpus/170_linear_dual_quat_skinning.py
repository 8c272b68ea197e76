import warp as wp

MAX_INFLUENCES = 4


@wp.func
def dq_from_transform(t: wp.transform):
    q = wp.transform_get_rotation(t)
    p = wp.transform_get_translation(t)
    d = wp.quat(p[0], p[1], p[2], 0.0) * q * 0.5
    return q, d


@wp.func
def dq_transform_point(r: wp.quat, d: wp.quat, p: wp.vec3) -> wp.vec3:
    n = wp.length(r)
    rn = r / n
    dn = d / n
    t = dn * wp.quat_inverse(rn) * 2.0
    return wp.quat_rotate(rn, p) + wp.vec3(t[0], t[1], t[2])


@wp.kernel
def linear_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = rest[i]
    ph = wp.vec4(p[0], p[1], p[2], 1.0)
    j = joints[i]
    w = weights[i]
    acc = wp.vec4()
    for k in range(MAX_INFLUENCES):
        if w[k] > 0.0:
            acc += bones[j[k]] * ph * w[k]
    out[i] = wp.vec3(acc[0], acc[1], acc[2])


@wp.kernel
def dual_quat_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.transform), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    j = joints[i]
    w = weights[i]
    r0, d0 = dq_from_transform(bones[j[0]])
    br = r0 * w[0]
    bd = d0 * w[0]
    for k in range(1, MAX_INFLUENCES):
        r, d = dq_from_transform(bones[j[k]])
        s = w[k]
        if wp.dot(r, r0) < 0.0:
            s = -s
        br = br + r * s
        bd = bd + d * s
    out[i] = dq_transform_point(br, bd, rest[i])


@wp.kernel
def bone_matrices(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), world: wp.array(dtype=wp.transform), mats: wp.array(dtype=wp.mat44)):
    b = wp.tid()
    X = local[b]
    p = parent[b]
    while p >= 0:
        X = local[p] * X
        p = parent[p]
    world[b] = X
    R = wp.quat_to_matrix(wp.transform_get_rotation(X))
    t = wp.transform_get_translation(X)
    M = wp.mat44(R[0, 0], R[0, 1], R[0, 2], t[0], R[1, 0], R[1, 1], R[1, 2], t[1], R[2, 0], R[2, 1], R[2, 2], t[2], 0.0, 0.0, 0.0, 1.0)
    mats[b] = M * inv_bind[b]


@wp.kernel
def normalize_weights(weights: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    w = weights[i]
    s = w[0] + w[1] + w[2] + w[3]
    if s > 0.0:
        weights[i] = w / s
    else:
        weights[i] = wp.vec4(1.0, 0.0, 0.0, 0.0)
