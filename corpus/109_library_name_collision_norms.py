import warp as wp

# These @wp.func names collide with functions in Warp's own library (warp/_src/math.py),
# so their generated C++ names carry a shifted numeric suffix.


@wp.func
def norm_l1(v: wp.vec3) -> float:
    return wp.abs(v[0]) + wp.abs(v[1]) + wp.abs(v[2])


@wp.func
def norm_huber(v: wp.vec3, delta: float) -> float:
    a = wp.length(v)
    if a <= delta:
        return 0.5 * a * a
    return delta * (a - 0.5 * delta)


@wp.func
def smooth_normalize(v: wp.vec3, delta: float) -> wp.vec3:
    l = wp.length(v)
    if l < delta:
        return v * (1.0 / delta)
    return v / l


@wp.func
def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:
    return wp.cross(wp.spatial_top(qd), r) + wp.spatial_bottom(qd)


@wp.func
def robust_length(v: wp.vec3) -> float:
    return norm_huber(v, 0.1) + 0.01 * norm_l1(v)


@wp.kernel
def robust_losses(residuals: wp.array(dtype=wp.vec3), delta: float, l1: wp.array(dtype=float), huber: wp.array(dtype=float), total: wp.array(dtype=float)):
    i = wp.tid()
    r = residuals[i]
    a = norm_l1(r)
    h = norm_huber(r, delta)
    l1[i] = a
    huber[i] = h
    wp.atomic_add(total, 0, robust_length(r))


@wp.kernel
def smooth_directions(v: wp.array(dtype=wp.vec3), delta: float, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = smooth_normalize(v[i], delta)


@wp.kernel
def contact_point_velocities(body_qd: wp.array(dtype=wp.spatial_vector), body_com: wp.array(dtype=wp.vec3), contact_body: wp.array(dtype=int), contact_point: wp.array(dtype=wp.vec3), contact_normal: wp.array(dtype=wp.vec3), vn: wp.array(dtype=float), vt: wp.array(dtype=wp.vec3)):
    c = wp.tid()
    b = contact_body[c]
    if b < 0:
        vn[c] = 0.0
        vt[c] = wp.vec3()
        return
    v = velocity_at_point(body_qd[b], contact_point[c] - body_com[b])
    n = contact_normal[c]
    s = wp.dot(v, n)
    vn[c] = s
    vt[c] = v - n * s
