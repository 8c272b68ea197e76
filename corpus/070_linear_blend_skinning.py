import warp as wp

MAX_INFLUENCES = wp.constant(4)


@wp.func
def blend_matrix(bones: wp.array(dtype=wp.mat44), ids: wp.vec4i, weights: wp.vec4) -> wp.mat44:
    M = wp.mat44()
    wsum = float(0.0)
    for k in range(MAX_INFLUENCES):
        b = ids[k]
        w = weights[k]
        if b >= 0 and w > 0.0:
            M = M + bones[b] * w
            wsum += w
    if wsum <= 0.0:
        return wp.identity(n=4, dtype=float)
    return M * (1.0 / wsum)


@wp.func
def xform_point(M: wp.mat44, p: wp.vec3) -> wp.vec3:
    h = M * wp.vec4(p[0], p[1], p[2], 1.0)
    return wp.vec3(h[0], h[1], h[2])


@wp.func
def xform_vector(M: wp.mat44, v: wp.vec3) -> wp.vec3:
    h = M * wp.vec4(v[0], v[1], v[2], 0.0)
    return wp.vec3(h[0], h[1], h[2])


@wp.kernel
def skin_vertices(
    rest_pos: wp.array(dtype=wp.vec3),
    rest_nrm: wp.array(dtype=wp.vec3),
    bone_ids: wp.array(dtype=wp.vec4i),
    bone_w: wp.array(dtype=wp.vec4),
    bones: wp.array(dtype=wp.mat44),
    out_pos: wp.array(dtype=wp.vec3),
    out_nrm: wp.array(dtype=wp.vec3),
):
    v = wp.tid()
    M = blend_matrix(bones, bone_ids[v], bone_w[v])
    out_pos[v] = xform_point(M, rest_pos[v])
    n = xform_vector(M, rest_nrm[v])
    l = wp.length(n)
    if l > 0.0:
        out_nrm[v] = n / l
    else:
        out_nrm[v] = rest_nrm[v]


@wp.kernel
def compose_bones(local: wp.array(dtype=wp.mat44), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), skin: wp.array(dtype=wp.mat44)):
    b = wp.tid()
    G = local[b]
    p = parent[b]
    while p >= 0:
        G = local[p] * G
        p = parent[p]
    skin[b] = G * inv_bind[b]


@wp.kernel
def normalize_weights(bone_w: wp.array(dtype=wp.vec4), bone_ids: wp.array(dtype=wp.vec4i), min_weight: float, pruned: wp.array(dtype=int)):
    v = wp.tid()
    w = bone_w[v]
    ids = bone_ids[v]
    s = float(0.0)
    for k in range(MAX_INFLUENCES):
        if w[k] < min_weight:
            if w[k] > 0.0:
                wp.atomic_add(pruned, 0, 1)
            w[k] = 0.0
            ids[k] = -1
        s += w[k]
    if s > 0.0:
        w = w / s
    bone_w[v] = w
    bone_ids[v] = ids


@wp.kernel
def bone_from_trs(t: wp.array(dtype=wp.vec3), r: wp.array(dtype=wp.quat), s: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.mat44)):
    b = wp.tid()
    R = wp.quat_to_matrix(r[b])
    sc = s[b]
    tr = t[b]
    out[b] = wp.mat44(
        R[0, 0] * sc[0], R[0, 1] * sc[1], R[0, 2] * sc[2], tr[0],
        R[1, 0] * sc[0], R[1, 1] * sc[1], R[1, 2] * sc[2], tr[1],
        R[2, 0] * sc[0], R[2, 1] * sc[1], R[2, 2] * sc[2], tr[2],
        0.0, 0.0, 0.0, 1.0,
    )
