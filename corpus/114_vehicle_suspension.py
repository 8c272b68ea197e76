import warp as wp


@wp.struct
class Wheel:
    mount: wp.vec3
    radius: float
    rest_length: float
    stiffness: float
    damping: float
    compression: float


@wp.func
def ray_ground(o: wp.vec3, d: wp.vec3, ground_h: wp.array2d(dtype=float), cell: float, max_t: float):
    t = float(0.0)
    step = cell * 0.25
    while t < max_t:
        p = o + d * t
        i = wp.clamp(int(p[0] / cell), 0, ground_h.shape[0] - 1)
        j = wp.clamp(int(p[2] / cell), 0, ground_h.shape[1] - 1)
        if p[1] <= ground_h[i, j]:
            return True, t
        t += step
    return False, max_t


@wp.kernel
def suspension_forces(
    chassis: wp.array(dtype=wp.transform),
    chassis_qd: wp.array(dtype=wp.spatial_vector),
    wheels: wp.array2d(dtype=Wheel),
    ground_h: wp.array2d(dtype=float),
    cell: float,
    dt: float,
    wrench: wp.array(dtype=wp.spatial_vector),
    contacts: wp.array(dtype=int),
):
    v, w = wp.tid()
    X = chassis[v]
    wh = wheels[v, w]
    origin = wp.transform_point(X, wh.mount)
    down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))
    max_len = wh.rest_length + wh.radius
    hit, t = ray_ground(origin, down, ground_h, cell, max_len)
    if not hit:
        wh.compression = 0.0
        wheels[v, w] = wh
        return
    wp.atomic_add(contacts, v, 1)
    comp = max_len - t
    comp_rate = (comp - wh.compression) / dt
    wh.compression = comp
    wheels[v, w] = wh
    f_mag = wp.max(wh.stiffness * comp + wh.damping * comp_rate, 0.0)
    f = -down * f_mag
    r = origin - wp.transform_get_translation(X)
    wp.atomic_add(wrench, v, wp.spatial_vector(wp.cross(r, f), f))


@wp.kernel
def integrate_chassis(chassis: wp.array(dtype=wp.transform), chassis_qd: wp.array(dtype=wp.spatial_vector), wrench: wp.array(dtype=wp.spatial_vector), mass: float, inv_inertia: wp.mat33, gravity: wp.vec3, dt: float):
    v = wp.tid()
    X = chassis[v]
    qd = chassis_qd[v]
    f = wrench[v]
    q = wp.transform_get_rotation(X)
    lin = wp.spatial_bottom(qd) + (wp.spatial_bottom(f) / mass + gravity) * dt
    tau_local = wp.quat_rotate_inv(q, wp.spatial_top(f))
    ang = wp.spatial_top(qd) + wp.quat_rotate(q, inv_inertia * tau_local) * dt
    p = wp.transform_get_translation(X) + lin * dt
    q = wp.normalize(q + wp.quat(ang[0], ang[1], ang[2], 0.0) * q * (0.5 * dt))
    chassis[v] = wp.transform(p, q)
    chassis_qd[v] = wp.spatial_vector(ang, lin)
    wrench[v] = wp.spatial_vector()
