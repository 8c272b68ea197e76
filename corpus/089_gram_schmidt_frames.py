import warp as wp


@wp.func
def orthonormalize(a: wp.vec3, b: wp.vec3):
    e1 = wp.normalize(a)
    u2 = b - e1 * wp.dot(b, e1)
    l2 = wp.length(u2)
    if l2 < 1.0e-8:
        # pick any perpendicular vector
        tmp = wp.vec3(1.0, 0.0, 0.0)
        if wp.abs(e1[0]) > 0.9:
            tmp = wp.vec3(0.0, 1.0, 0.0)
        u2 = tmp - e1 * wp.dot(tmp, e1)
        l2 = wp.length(u2)
    e2 = u2 / l2
    e3 = wp.cross(e1, e2)
    return e1, e2, e3


@wp.func
def frame_matrix(e1: wp.vec3, e2: wp.vec3, e3: wp.vec3) -> wp.mat33:
    return wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])


@wp.kernel
def tangent_frames(normals: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3), frames: wp.array(dtype=wp.mat33), handedness: wp.array(dtype=float)):
    i = wp.tid()
    n = normals[i]
    t = tangents[i]
    e1, e2, e3 = orthonormalize(n, t)
    frames[i] = frame_matrix(e2, e3, e1)
    handedness[i] = wp.where(wp.dot(wp.cross(n, t), e3) < 0.0, -1.0, 1.0)


@wp.kernel
def modified_gram_schmidt(vectors: wp.array2d(dtype=float), num_vectors: int, rank: wp.array(dtype=int)):
    tid = wp.tid()
    if tid != 0:
        return
    dim = vectors.shape[1]
    r = int(0)
    for k in range(num_vectors):
        for j in range(k):
            d = float(0.0)
            for c in range(dim):
                d += vectors[k, c] * vectors[j, c]
            for c in range(dim):
                vectors[k, c] = vectors[k, c] - d * vectors[j, c]
        n = float(0.0)
        for c in range(dim):
            n += vectors[k, c] * vectors[k, c]
        n = wp.sqrt(n)
        if n > 1.0e-6:
            r += 1
            for c in range(dim):
                vectors[k, c] = vectors[k, c] / n
        else:
            for c in range(dim):
                vectors[k, c] = 0.0
    rank[0] = r


@wp.kernel
def parallel_transport(tangents: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), n0: wp.vec3):
    tid = wp.tid()
    if tid != 0:
        return
    n = n0
    count = tangents.shape[0]
    for i in range(count):
        if i > 0:
            t0 = tangents[i - 1]
            t1 = tangents[i]
            axis = wp.cross(t0, t1)
            s = wp.length(axis)
            if s > 1.0e-8:
                angle = wp.atan2(s, wp.dot(t0, t1))
                q = wp.quat_from_axis_angle(axis / s, angle)
                n = wp.quat_rotate(q, n)
        normals[i] = n
