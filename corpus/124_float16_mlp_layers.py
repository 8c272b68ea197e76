import warp as wp


@wp.func
def gelu_h(x: wp.float16) -> wp.float16:
    c = wp.float16(0.7978845608)
    k = wp.float16(0.044715)
    half = wp.float16(0.5)
    one = wp.float16(1.0)
    return half * x * (one + wp.tanh(c * (x + k * x * x * x)))


@wp.func
def silu_h(x: wp.float16) -> wp.float16:
    return x / (wp.float16(1.0) + wp.exp(-x))


@wp.kernel
def dense_fp16(
    x: wp.array2d(dtype=wp.float16),
    w: wp.array2d(dtype=wp.float16),
    b: wp.array(dtype=wp.float16),
    y: wp.array2d(dtype=wp.float16),
    act: int,
):
    row, col = wp.tid()
    k_dim = x.shape[1]
    acc = float(0.0)
    for k in range(k_dim):
        acc += float(x[row, k]) * float(w[k, col])
    h = wp.float16(acc) + b[col]
    if act == 0:
        y[row, col] = wp.max(h, wp.float16(0.0))
    elif act == 1:
        y[row, col] = gelu_h(h)
    else:
        y[row, col] = silu_h(h)


@wp.kernel
def layer_norm_fp16(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):
    row = wp.tid()
    n = x.shape[1]
    mean = float(0.0)
    for j in range(n):
        mean += float(x[row, j])
    mean = mean / float(n)
    var = float(0.0)
    for j in range(n):
        d = float(x[row, j]) - mean
        var += d * d
    inv = 1.0 / wp.sqrt(var / float(n) + eps)
    for j in range(n):
        v = (float(x[row, j]) - mean) * inv
        y[row, j] = wp.float16(v) * gamma[j] + beta[j]


@wp.kernel
def softmax_rows(logits: wp.array2d(dtype=float), probs: wp.array2d(dtype=wp.float16)):
    row = wp.tid()
    n = logits.shape[1]
    m = logits[row, 0]
    for j in range(1, n):
        m = wp.max(m, logits[row, j])
    s = float(0.0)
    for j in range(n):
        s += wp.exp(logits[row, j] - m)
    for j in range(n):
        probs[row, j] = wp.float16(wp.exp(logits[row, j] - m) / s)


@wp.kernel
def half_vec_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16)):
    i = wp.tid()
    va = a[i]
    vb = b[i]
    d = wp.dot(va, vb)
    l = wp.length(va + vb)
    out[i] = d + l * wp.float16(0.25) - wp.abs(va[0])
