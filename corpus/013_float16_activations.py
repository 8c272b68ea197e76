import warp as wp


@wp.func
def relu_h(x: wp.float16) -> wp.float16:
    return wp.max(x, wp.float16(0.0))


@wp.func
def leaky_relu_h(x: wp.float16, slope: wp.float16) -> wp.float16:
    if x > wp.float16(0.0):
        return x
    return x * slope


@wp.func
def sigmoid_h(x: wp.float16) -> wp.float16:
    return wp.float16(1.0) / (wp.float16(1.0) + wp.exp(-x))


@wp.func
def gelu_approx(x: float) -> float:
    c = 0.7978845608
    return 0.5 * x * (1.0 + wp.tanh(c * (x + 0.044715 * x * x * x)))


@wp.kernel
def dense_half(
    x: wp.array2d(dtype=wp.float16),
    w: wp.array2d(dtype=wp.float16),
    bias: wp.array(dtype=wp.float16),
    y: wp.array2d(dtype=wp.float16),
    activation: int,
):
    row, col = wp.tid()
    k_dim = x.shape[1]
    acc = float(0.0)
    for k in range(k_dim):
        acc += float(x[row, k]) * float(w[k, col])
    h = wp.float16(acc) + bias[col]
    if activation == 0:
        y[row, col] = h
    elif activation == 1:
        y[row, col] = relu_h(h)
    elif activation == 2:
        y[row, col] = leaky_relu_h(h, wp.float16(0.01))
    elif activation == 3:
        y[row, col] = sigmoid_h(h)
    else:
        y[row, col] = wp.float16(gelu_approx(float(h)))


@wp.kernel
def layer_norm_half(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):
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
    var = var / float(n)
    inv_std = 1.0 / wp.sqrt(var + eps)
    for j in range(n):
        z = (float(x[row, j]) - mean) * inv_std
        y[row, j] = wp.float16(z) * gamma[j] + beta[j]


@wp.kernel
def half_vector_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16), scaled: wp.array(dtype=wp.vec3h)):
    i = wp.tid()
    u = a[i]
    v = b[i]
    d = wp.dot(u, v)
    c = wp.cross(u, v)
    out[i] = d + wp.length(c)
    s = wp.float16(0.5)
    scaled[i] = u * s + v * (wp.float16(1.0) - s)


@wp.kernel
def half_clamp_cast(x: wp.array(dtype=float), y: wp.array(dtype=wp.float16), lo: wp.float16, hi: wp.float16):
    i = wp.tid()
    h = wp.float16(x[i])
    h = wp.clamp(h, lo, hi)
    h = h * h - wp.float16(0.25) * wp.abs(h)
    y[i] = wp.sqrt(wp.abs(h)) + wp.floor(h)


@wp.kernel
def attention_head_half(
    q: wp.array2d(dtype=wp.float16),
    k: wp.array2d(dtype=wp.float16),
    v: wp.array2d(dtype=wp.float16),
    causal: bool,
    scale: float,
    out: wp.array2d(dtype=wp.float16),
    lse: wp.array(dtype=float),
):
    row = wp.tid()
    seq = k.shape[0]
    d = q.shape[1]
    # online softmax: running max, running sum and running output accumulated in float32
    m = float(-1.0e30)
    s = float(0.0)
    acc0 = float(0.0)
    acc1 = float(0.0)
    acc2 = float(0.0)
    acc3 = float(0.0)
    for j in range(seq):
        if causal and j > row:
            break
        dot = float(0.0)
        for c in range(d):
            dot += float(q[row, c]) * float(k[j, c])
        logit = dot * scale
        m_new = wp.max(m, logit)
        corr = wp.exp(m - m_new)
        p = wp.exp(logit - m_new)
        s = s * corr + p
        acc0 = acc0 * corr + p * float(v[j, 0])
        if d > 1:
            acc1 = acc1 * corr + p * float(v[j, 1])
        if d > 2:
            acc2 = acc2 * corr + p * float(v[j, 2])
        if d > 3:
            acc3 = acc3 * corr + p * float(v[j, 3])
        m = m_new
    if s <= 0.0:
        for c in range(d):
            out[row, c] = wp.float16(0.0)
        lse[row] = -1.0e30
        return
    inv = 1.0 / s
    out[row, 0] = wp.float16(acc0 * inv)
    if d > 1:
        out[row, 1] = wp.float16(acc1 * inv)
    if d > 2:
        out[row, 2] = wp.float16(acc2 * inv)
    if d > 3:
        out[row, 3] = wp.float16(acc3 * inv)
    lse[row] = m + wp.log(s)
