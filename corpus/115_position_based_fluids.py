import warp as wp

PBF_PI = wp.constant(3.14159265)


@wp.struct
class PBFParams:
    h: float
    rest_density: float
    mass: float
    relaxation: float
    s_corr_k: float
    s_corr_n: float
    s_corr_dq: float


@wp.func
def w_poly6(r2: float, h: float) -> float:
    h2 = h * h
    if r2 >= h2:
        return 0.0
    d = h2 - r2
    return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d


@wp.func
def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:
    l = wp.length(r)
    if l <= 1.0e-9 or l >= h:
        return wp.vec3()
    d = h - l
    return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)


@wp.kernel
def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):
    i = wp.tid()
    xi = x[i]
    rho = float(0.0)
    grad_i = wp.vec3()
    sum_grad2 = float(0.0)
    for j in range(x.shape[0]):
        r = xi - x[j]
        r2 = wp.dot(r, r)
        if r2 >= params.h * params.h:
            continue
        rho += params.mass * w_poly6(r2, params.h)
        if j != i:
            g = grad_spiky(r, params.h) * (params.mass / params.rest_density)
            grad_i += g
            sum_grad2 += wp.dot(g, g)
    C = rho / params.rest_density - 1.0
    sum_grad2 += wp.dot(grad_i, grad_i)
    lambdas[i] = -C / (sum_grad2 + params.relaxation)
    wp.atomic_add(density_err, 0, wp.abs(C))


@wp.kernel
def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    xi = x[i]
    li = lambdas[i]
    d = wp.vec3()
    w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)
    for j in range(x.shape[0]):
        if j == i:
            continue
        r = xi - x[j]
        r2 = wp.dot(r, r)
        if r2 >= params.h * params.h:
            continue
        s_corr = float(0.0)
        if w_dq > 0.0:
            s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)
        d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)
    dx[i] = d * (1.0 / params.rest_density)


@wp.kernel
def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):
    i = wp.tid()
    p = x[i] + dx[i]
    x[i] = wp.min(wp.max(p, lo), hi)


@wp.kernel
def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    acc = wp.vec3()
    for j in range(x.shape[0]):
        if j == i:
            continue
        r2 = wp.length_sq(x[i] - x[j])
        acc += (v[j] - v[i]) * w_poly6(r2, params.h)
    v_out[i] = v[i] + acc * c
