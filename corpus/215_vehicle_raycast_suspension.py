import warp as wp

wp.set_module_options({"enable_backward": False})

NUM_WHEELS = 4


@wp.struct
class Wheel:
    mount: wp.vec3
    rest_length: float
    radius: float
    stiffness: float
    damping: float


@wp.func
def ground_height(x: float, z: float) -> float:
    return 0.1 * wp.sin(x * 0.5) * wp.cos(z * 0.3)


@wp.func
def ground_normal(x: float, z: float) -> wp.vec3:
    dx = 0.05 * wp.cos(x * 0.5) * wp.cos(z * 0.3)
    dz = -0.03 * wp.sin(x * 0.5) * wp.sin(z * 0.3)
    return wp.normalize(wp.vec3(-dx, 1.0, -dz))


@wp.func
def suspension(X: wp.transform, v: wp.vec3, w: wp.vec3, wh: Wheel, prev_comp: float, dt: float):
    p = wp.transform_point(X, wh.mount)
    down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))
    gh = ground_height(p[0], p[2])
    if down[1] >= -1.0e-3:
        return wp.vec3(), wp.vec3(), 0.0
    t = (p[1] - gh - wh.radius) / -down[1]
    comp = wh.rest_length - t
    if comp <= 0.0:
        return wp.vec3(), wp.vec3(), 0.0
    comp = wp.min(comp, wh.rest_length)
    n = ground_normal(p[0], p[2])
    r = p - wp.transform_get_translation(X)
    vel_p = v + wp.cross(w, r)
    f = n * (wh.stiffness * comp + wh.damping * (comp - prev_comp) / dt)
    f = f - (vel_p - n * wp.dot(vel_p, n)) * 50.0
    return f, wp.cross(r, f), comp


@wp.kernel
def vehicle_step(X: wp.array(dtype=wp.transform), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), wheels: wp.array(dtype=Wheel), comp: wp.array2d(dtype=float), mass: float, inertia: wp.mat33, dt: float):
    c = wp.tid()
    T = X[c]
    f_total = wp.vec3(0.0, -9.81 * mass, 0.0)
    tau_total = wp.vec3()
    for k in range(NUM_WHEELS):
        f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)
        f_total += f
        tau_total += tau
        comp[c, k] = cmp
    v[c] = v[c] + f_total / mass * dt
    R = wp.quat_to_matrix(wp.transform_get_rotation(T))
    I_world = R * inertia * wp.transpose(R)
    w[c] = w[c] + wp.inverse(I_world) * (tau_total - wp.cross(w[c], I_world * w[c])) * dt
    q = wp.transform_get_rotation(T)
    q = wp.normalize(q + wp.quat(w[c][0], w[c][1], w[c][2], 0.0) * q * (0.5 * dt))
    X[c] = wp.transform(wp.transform_get_translation(T) + v[c] * dt, q)
