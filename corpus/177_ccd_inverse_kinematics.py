import warp as wp
from warp.types import vector

MAX_JOINTS = 8
vec8 = vector(length=8, dtype=float)


@wp.func
def chain_positions(angles: vec8, lengths: vec8, n: int, k: int) -> wp.vec2:
    p = wp.vec2()
    a = float(0.0)
    for j in range(MAX_JOINTS):
        if j >= k or j >= n:
            break
        a += angles[j]
        p += wp.vec2(wp.cos(a), wp.sin(a)) * lengths[j]
    return p


@wp.func
def wrap_angle(a: float) -> float:
    x = a
    while x > wp.pi:
        x -= 2.0 * wp.pi
    while x < -wp.pi:
        x += 2.0 * wp.pi
    return x


@wp.kernel
def ccd_solve(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, iters: int, tol: float, angles: wp.array(dtype=vec8), err: wp.array(dtype=float)):
    c = wp.tid()
    ang = angles[c]
    L = lengths[c]
    t = targets[c]
    e = float(0.0)
    for it in range(iters):
        end = chain_positions(ang, L, n_joints, n_joints)
        e = wp.length(end - t)
        if e < tol:
            break
        for jj in range(n_joints):
            j = n_joints - 1 - jj
            pivot = chain_positions(ang, L, n_joints, j)
            end = chain_positions(ang, L, n_joints, n_joints)
            to_end = end - pivot
            to_t = t - pivot
            a1 = wp.atan2(to_end[1], to_end[0])
            a2 = wp.atan2(to_t[1], to_t[0])
            ang[j] = wrap_angle(ang[j] + wrap_angle(a2 - a1))
    angles[c] = ang
    err[c] = e


@wp.kernel
def reachable(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, ok: wp.array(dtype=wp.bool)):
    c = wp.tid()
    total = float(0.0)
    longest = float(0.0)
    for j in range(n_joints):
        total += lengths[c][j]
        longest = wp.max(longest, lengths[c][j])
    d = wp.length(targets[c])
    ok[c] = d <= total and d >= wp.max(0.0, 2.0 * longest - total)
