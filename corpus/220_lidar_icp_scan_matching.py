import warp as wp


@wp.func
def rot2(theta: float) -> wp.mat22:
    c = wp.cos(theta)
    s = wp.sin(theta)
    return wp.mat22(c, -s, s, c)


@wp.kernel
def scan_to_points(ranges: wp.array(dtype=float), angle_min: float, angle_inc: float, max_range: float, pts: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool)):
    i = wp.tid()
    r = ranges[i]
    a = angle_min + angle_inc * float(i)
    ok = r > 0.05 and r < max_range and not wp.isnan(r)
    valid[i] = ok
    pts[i] = wp.where(ok, wp.vec2(r * wp.cos(a), r * wp.sin(a)), wp.vec2())


@wp.kernel
def nearest_neighbors(src: wp.array(dtype=wp.vec2), src_valid: wp.array(dtype=wp.bool), dst: wp.array(dtype=wp.vec2), dst_valid: wp.array(dtype=wp.bool), pose: wp.vec3, max_dist: float, match: wp.array(dtype=int), sums: wp.array(dtype=float)):
    i = wp.tid()
    match[i] = -1
    if not src_valid[i]:
        return
    p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1])
    best = max_dist * max_dist
    bj = int(-1)
    for j in range(dst.shape[0]):
        if not dst_valid[j]:
            continue
        d = wp.length_sq(dst[j] - p)
        if d < best:
            best = d
            bj = j
    match[i] = bj
    if bj < 0:
        return
    q = dst[bj]
    wp.atomic_add(sums, 0, 1.0)
    wp.atomic_add(sums, 1, p[0])
    wp.atomic_add(sums, 2, p[1])
    wp.atomic_add(sums, 3, q[0])
    wp.atomic_add(sums, 4, q[1])


@wp.kernel
def cross_covariance(src: wp.array(dtype=wp.vec2), dst: wp.array(dtype=wp.vec2), match: wp.array(dtype=int), pose: wp.vec3, sums: wp.array(dtype=float), H: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    j = match[i]
    if j < 0:
        return
    n = sums[0]
    mp = wp.vec2(sums[1], sums[2]) / n
    mq = wp.vec2(sums[3], sums[4]) / n
    p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1]) - mp
    q = dst[j] - mq
    wp.atomic_add(H, 0, wp.outer(p, q))


@wp.kernel
def update_pose(H: wp.array(dtype=wp.mat22), sums: wp.array(dtype=float), pose: wp.array(dtype=wp.vec3)):
    M = H[0]
    dtheta = wp.atan2(M[0, 1] - M[1, 0], M[0, 0] + M[1, 1])
    n = wp.max(sums[0], 1.0)
    mp = wp.vec2(sums[1], sums[2]) / n
    mq = wp.vec2(sums[3], sums[4]) / n
    t = mq - rot2(dtheta) * mp
    old = pose[0]
    R = rot2(dtheta)
    nt = R * wp.vec2(old[0], old[1]) + t
    pose[0] = wp.vec3(nt[0], nt[1], old[2] + dtheta)
    H[0] = wp.mat22()
    for k in range(5):
        sums[k] = 0.0
