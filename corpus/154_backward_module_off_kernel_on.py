import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def soft_clamp(x: float, lo: float, hi: float) -> float:
    if x < lo:
        return lo + wp.tanh(x - lo)
    if x > hi:
        return hi + wp.tanh(x - hi)
    return x


@wp.func
def loss_term(pred: wp.vec3, target: wp.vec3) -> float:
    d = pred - target
    return wp.dot(d, d)


@wp.kernel(enable_backward=True)
def differentiable_loss(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), loss: wp.array(dtype=float)):
    i = wp.tid()
    l = loss_term(pred[i], target[i])
    wp.atomic_add(loss, 0, soft_clamp(l, 0.0, 10.0))


@wp.kernel
def forward_only(pred: wp.array(dtype=wp.vec3), step: float, grad: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    pred[i] = pred[i] - grad[i] * step
    grad[i] = wp.vec3()


@wp.kernel(enable_backward=False)
def explicit_off(pred: wp.array(dtype=wp.vec3), lo: float, hi: float):
    i = wp.tid()
    p = pred[i]
    for k in range(3):
        p[k] = soft_clamp(p[k], lo, hi)
    pred[i] = p
