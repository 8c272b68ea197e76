import warp as wp

HIDDEN = wp.constant(16)


@wp.func
def activation(x: float, kind: int) -> float:
    if kind == 0:
        return wp.max(x, 0.0)
    elif kind == 1:
        return wp.tanh(x)
    elif kind == 2:
        return 1.0 / (1.0 + wp.exp(-x))
    return x


@wp.func
def activation_grad(y: float, kind: int) -> float:
    if kind == 0:
        return wp.where(y > 0.0, 1.0, 0.0)
    elif kind == 1:
        return 1.0 - y * y
    elif kind == 2:
        return y * (1.0 - y)
    return 1.0


@wp.kernel
def dense_forward(x: wp.array2d(dtype=float), W: wp.array2d(dtype=float), b: wp.array(dtype=float), kind: int, y: wp.array2d(dtype=float)):
    n, o = wp.tid()
    acc = b[o]
    for i in range(x.shape[1]):
        acc += x[n, i] * W[o, i]
    y[n, o] = activation(acc, kind)


@wp.kernel
def mlp_small(x: wp.array(dtype=wp.vec3), W1: wp.array2d(dtype=float), b1: wp.array(dtype=float), W2: wp.array2d(dtype=float), b2: wp.array(dtype=float), out: wp.array(dtype=float)):
    n = wp.tid()
    inp = x[n]
    acc_out = b2[0]
    for h in range(HIDDEN):
        z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]
        a = activation(z, 1)
        acc_out += W2[0, h] * a
    out[n] = acc_out


@wp.kernel
def dense_backward(x: wp.array2d(dtype=float), y: wp.array2d(dtype=float), dy: wp.array2d(dtype=float), W: wp.array2d(dtype=float), kind: int, dW: wp.array2d(dtype=float), db: wp.array(dtype=float), dx: wp.array2d(dtype=float)):
    n, o = wp.tid()
    g = dy[n, o] * activation_grad(y[n, o], kind)
    wp.atomic_add(db, o, g)
    for i in range(x.shape[1]):
        wp.atomic_add(dW, o, i, g * x[n, i])
        wp.atomic_add(dx, n, i, g * W[o, i])


@wp.kernel
def mse_loss(pred: wp.array2d(dtype=float), target: wp.array2d(dtype=float), grad: wp.array2d(dtype=float), loss: wp.array(dtype=float)):
    n, o = wp.tid()
    scale = 1.0 / float(pred.shape[0] * pred.shape[1])
    d = pred[n, o] - target[n, o]
    grad[n, o] = 2.0 * d * scale
    wp.atomic_add(loss, 0, d * d * scale)
