import warp as wp

GRAV = wp.constant(9.81)


@wp.func
def pendulum_accel(theta: float, omega: float, length: float, damping: float, torque: float) -> float:
    return -GRAV / length * wp.sin(theta) - damping * omega + torque


@wp.func
def double_pendulum_rhs(s: wp.vec4, m1: float, m2: float, l1: float, l2: float) -> wp.vec4:
    t1 = s[0]
    t2 = s[1]
    w1 = s[2]
    w2 = s[3]
    d = t1 - t2
    den = 2.0 * m1 + m2 - m2 * wp.cos(2.0 * d)
    a1 = (-GRAV * (2.0 * m1 + m2) * wp.sin(t1) - m2 * GRAV * wp.sin(t1 - 2.0 * t2) - 2.0 * wp.sin(d) * m2 * (w2 * w2 * l2 + w1 * w1 * l1 * wp.cos(d))) / (l1 * den)
    a2 = (2.0 * wp.sin(d) * (w1 * w1 * l1 * (m1 + m2) + GRAV * (m1 + m2) * wp.cos(t1) + w2 * w2 * l2 * m2 * wp.cos(d))) / (l2 * den)
    return wp.vec4(w1, w2, a1, a2)


@wp.kernel
def simple_pendulums(theta: wp.array(dtype=float), omega: wp.array(dtype=float), lengths: wp.array(dtype=float), damping: float, torque: wp.array(dtype=float), dt: float, substeps: int):
    i = wp.tid()
    th = theta[i]
    om = omega[i]
    L = lengths[i]
    h = dt / float(substeps)
    for s in range(substeps):
        a = pendulum_accel(th, om, L, damping, torque[i])
        om = om + a * h
        th = th + om * h
    if th > wp.pi:
        th = th - 2.0 * wp.pi
    elif th < -wp.pi:
        th = th + 2.0 * wp.pi
    theta[i] = th
    omega[i] = om


@wp.kernel
def double_pendulums(states: wp.array(dtype=wp.vec4), masses: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=wp.vec2), dt: float, steps: int, tips: wp.array(dtype=wp.vec2), flips: wp.array(dtype=int)):
    i = wp.tid()
    s = states[i]
    m = masses[i]
    l = lengths[i]
    flipped = int(0)
    for k in range(steps):
        k1 = double_pendulum_rhs(s, m[0], m[1], l[0], l[1])
        k2 = double_pendulum_rhs(s + k1 * (0.5 * dt), m[0], m[1], l[0], l[1])
        k3 = double_pendulum_rhs(s + k2 * (0.5 * dt), m[0], m[1], l[0], l[1])
        k4 = double_pendulum_rhs(s + k3 * dt, m[0], m[1], l[0], l[1])
        prev = s[1]
        s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (dt / 6.0)
        if wp.abs(s[1]) > wp.pi and wp.abs(prev) <= wp.pi:
            flipped += 1
    states[i] = s
    x1 = l[0] * wp.sin(s[0])
    y1 = -l[0] * wp.cos(s[0])
    tips[i] = wp.vec2(x1 + l[1] * wp.sin(s[1]), y1 - l[1] * wp.cos(s[1]))
    flips[i] = flipped


@wp.kernel
def chain_positions(angles: wp.array2d(dtype=float), seg_len: float, pos: wp.array2d(dtype=wp.vec2)):
    c = wp.tid()
    n = angles.shape[1]
    p = wp.vec2(0.0, 0.0)
    acc_angle = float(0.0)
    for k in range(n):
        acc_angle += angles[c, k]
        p = p + wp.vec2(wp.sin(acc_angle), -wp.cos(acc_angle)) * seg_len
        pos[c, k] = p
