import warp as wp


@wp.func
def distance_correction(xa: wp.vec3, xb: wp.vec3, wa: float, wb: float, rest: float, compliance: float, dt: float):
    d = xa - xb
    l = wp.length(d)
    w = wa + wb
    if l < 1.0e-9 or w == 0.0:
        return wp.vec3(), 0.0
    n = d / l
    c = l - rest
    alpha = compliance / (dt * dt)
    lam = -c / (w + alpha)
    return n * lam, c


@wp.func
def bending_angle(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3) -> float:
    e = p3 - p2
    n1 = wp.cross(p2 - p0, p3 - p0)
    n2 = wp.cross(p3 - p1, p2 - p1)
    l1 = wp.length(n1)
    l2 = wp.length(n2)
    if l1 < 1.0e-9 or l2 < 1.0e-9:
        return 0.0
    c = wp.clamp(wp.dot(n1, n2) / (l1 * l2), -1.0, 1.0)
    s = wp.dot(wp.cross(n1, n2), e)
    angle = wp.acos(c)
    if s < 0.0:
        angle = -angle
    return angle


@wp.kernel
def solve_distance_constraints(
    x: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    edges: wp.array(dtype=wp.vec2i),
    rest: wp.array(dtype=float),
    compliance: float,
    dt: float,
    delta: wp.array(dtype=wp.vec3),
    counts: wp.array(dtype=int),
    error: wp.array(dtype=float),
):
    e = wp.tid()
    ij = edges[e]
    a = ij[0]
    b = ij[1]
    wa = inv_mass[a]
    wb = inv_mass[b]
    corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)
    if wa > 0.0:
        wp.atomic_add(delta, a, corr * wa)
        wp.atomic_add(counts, a, 1)
    if wb > 0.0:
        wp.atomic_sub(delta, b, corr * wb)
        wp.atomic_add(counts, b, 1)
    wp.atomic_add(error, 0, wp.abs(c))


@wp.kernel
def apply_jacobi_deltas(x: wp.array(dtype=wp.vec3), delta: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), relax: float):
    i = wp.tid()
    c = counts[i]
    if c > 0:
        x[i] = x[i] + delta[i] * (relax / float(c))
    delta[i] = wp.vec3()
    counts[i] = 0


@wp.kernel
def measure_bending(x: wp.array(dtype=wp.vec3), quads: wp.array2d(dtype=int), rest_angle: wp.array(dtype=float), err: wp.array(dtype=float)):
    q = wp.tid()
    a = bending_angle(x[quads[q, 0]], x[quads[q, 1]], x[quads[q, 2]], x[quads[q, 3]])
    err[q] = a - rest_angle[q]


@wp.kernel
def update_velocities(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float, max_v: float):
    i = wp.tid()
    vel = (x[i] - x_prev[i]) / dt
    s = wp.length(vel)
    if s > max_v:
        vel = vel * (max_v / s)
    v[i] = vel
    x_prev[i] = x[i]


@wp.kernel
def solve_cloth_gauss_seidel(
    x: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    edges: wp.array(dtype=wp.vec2i),
    rest: wp.array(dtype=float),
    edge_color: wp.array(dtype=int),
    num_colors: int,
    iterations: int,
    compliance: float,
    dt: float,
    ground: float,
    friction: float,
    residual: wp.array(dtype=float),
):
    # single-threaded reference solver: sweeps all edges colour by colour
    tid = wp.tid()
    if tid != 0:
        return
    num_edges = edges.shape[0]
    num_points = x.shape[0]
    last_err = float(0.0)
    for it in range(iterations):
        err = float(0.0)
        for color in range(num_colors):
            for e in range(num_edges):
                if edge_color[e] != color:
                    continue
                ij = edges[e]
                a = ij[0]
                b = ij[1]
                wa = inv_mass[a]
                wb = inv_mass[b]
                corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)
                x[a] = x[a] + corr * wa
                x[b] = x[b] - corr * wb
                err += wp.abs(c)
        # ground collision with simple friction
        for i in range(num_points):
            p = x[i]
            if p[1] < ground and inv_mass[i] > 0.0:
                pen = ground - p[1]
                x[i] = wp.vec3(p[0] * (1.0 - friction * pen), ground, p[2] * (1.0 - friction * pen))
        last_err = err
        if err < 1.0e-6:
            break
    residual[0] = last_err
