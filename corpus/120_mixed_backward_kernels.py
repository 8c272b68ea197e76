import warp as wp


@wp.func
def smooth_abs(x: float, eps: float) -> float:
    return wp.sqrt(x * x + eps * eps) - eps


@wp.func
def soft_clamp(x: float, lo: float, hi: float, k: float) -> float:
    if x < lo:
        return lo - smooth_abs(lo - x, k)
    elif x > hi:
        return hi + smooth_abs(x - hi, k)
    return x


@wp.func
def pair_energy(a: wp.vec3, b: wp.vec3, rest: float):
    d = b - a
    l = wp.length(d)
    e = 0.5 * (l - rest) * (l - rest)
    return e, l


@wp.kernel
def energy_differentiable(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), energy: wp.array(dtype=float)):
    e = wp.tid()
    ij = edges[e]
    en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])
    wp.atomic_add(energy, 0, en)


@wp.kernel(enable_backward=False)
def energy_stats(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), max_strain: wp.array(dtype=float), compressed: wp.array(dtype=int)):
    e = wp.tid()
    ij = edges[e]
    en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])
    strain = (l - rest[e]) / rest[e]
    wp.atomic_max(max_strain, 0, wp.abs(strain))
    if strain < 0.0:
        wp.atomic_add(compressed, 0, 1)


@wp.kernel
def soft_limits(x: wp.array(dtype=float), lo: float, hi: float, k: float, y: wp.array(dtype=float)):
    i = wp.tid()
    y[i] = soft_clamp(x[i], lo, hi, k)


@wp.kernel(enable_backward=False)
def hard_limits_with_count(x: wp.array(dtype=float), lo: float, hi: float, clipped: wp.array(dtype=int)):
    i = wp.tid()
    v = x[i]
    if v < lo:
        x[i] = lo
        clipped[0] += 1
    elif v > hi:
        x[i] = hi
        clipped[1] += 1


@wp.kernel
def loss_with_early_exit(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), weight: float, loss: wp.array(dtype=float)):
    i = wp.tid()
    if not mask[i]:
        return
    d = pred[i] - target[i]
    l2 = wp.dot(d, d)
    l = smooth_abs(wp.sqrt(l2), 0.01)
    wp.atomic_add(loss, 0, weight * l)
