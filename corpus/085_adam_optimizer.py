import warp as wp


@wp.struct
class AdamConfig:
    lr: float
    beta1: float
    beta2: float
    eps: float
    weight_decay: float
    max_grad_norm: float


@wp.func
def bias_correction(beta: float, t: int) -> float:
    return 1.0 - wp.pow(beta, float(t))


@wp.kernel
def grad_norm_sq(grads: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    g = grads[i]
    wp.atomic_add(out, 0, g * g)


@wp.kernel
def adam_step(
    params: wp.array(dtype=float),
    grads: wp.array(dtype=float),
    m: wp.array(dtype=float),
    v: wp.array(dtype=float),
    cfg: AdamConfig,
    t: int,
    grad_norm2: wp.array(dtype=float),
    nonfinite: wp.array(dtype=int),
):
    i = wp.tid()
    g = grads[i]
    if wp.isnan(g) or wp.isinf(g):
        wp.atomic_add(nonfinite, 0, 1)
        return
    # global gradient clipping
    gn = wp.sqrt(grad_norm2[0])
    if cfg.max_grad_norm > 0.0 and gn > cfg.max_grad_norm:
        g = g * (cfg.max_grad_norm / gn)
    p = params[i]
    # decoupled weight decay
    p = p - cfg.lr * cfg.weight_decay * p
    mi = cfg.beta1 * m[i] + (1.0 - cfg.beta1) * g
    vi = cfg.beta2 * v[i] + (1.0 - cfg.beta2) * g * g
    m[i] = mi
    v[i] = vi
    m_hat = mi / bias_correction(cfg.beta1, t)
    v_hat = vi / bias_correction(cfg.beta2, t)
    params[i] = p - cfg.lr * m_hat / (wp.sqrt(v_hat) + cfg.eps)


@wp.kernel
def sgd_momentum_vec3(params: wp.array(dtype=wp.vec3), grads: wp.array(dtype=wp.vec3), velocity: wp.array(dtype=wp.vec3), lr: float, momentum: float, nesterov: bool):
    i = wp.tid()
    g = grads[i]
    vel = velocity[i] * momentum + g
    velocity[i] = vel
    if nesterov:
        params[i] = params[i] - (g + vel * momentum) * lr
    else:
        params[i] = params[i] - vel * lr
    grads[i] = wp.vec3()


@wp.kernel
def ema_update(params: wp.array(dtype=float), ema: wp.array(dtype=float), decay: float, step: int):
    i = wp.tid()
    d = wp.min(decay, (1.0 + float(step)) / (10.0 + float(step)))
    ema[i] = d * ema[i] + (1.0 - d) * params[i]
