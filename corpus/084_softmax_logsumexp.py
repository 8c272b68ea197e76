import warp as wp


@wp.func
def row_max(x: wp.array2d(dtype=float), r: int) -> float:
    m = x[r, 0]
    for j in range(1, x.shape[1]):
        m = wp.max(m, x[r, j])
    return m


@wp.func
def row_logsumexp(x: wp.array2d(dtype=float), r: int, temperature: float) -> float:
    m = row_max(x, r) / temperature
    s = float(0.0)
    for j in range(x.shape[1]):
        s += wp.exp(x[r, j] / temperature - m)
    return m + wp.log(s)


@wp.kernel
def softmax_rows(logits: wp.array2d(dtype=float), temperature: float, probs: wp.array2d(dtype=float), lse: wp.array(dtype=float)):
    r = wp.tid()
    l = row_logsumexp(logits, r, temperature)
    lse[r] = l
    for j in range(logits.shape[1]):
        probs[r, j] = wp.exp(logits[r, j] / temperature - l)


@wp.kernel
def cross_entropy(logits: wp.array2d(dtype=float), labels: wp.array(dtype=int), label_smoothing: float, loss: wp.array(dtype=float), grad: wp.array2d(dtype=float), correct: wp.array(dtype=int)):
    r = wp.tid()
    n = logits.shape[1]
    l = row_logsumexp(logits, r, 1.0)
    y = labels[r]
    off = label_smoothing / float(n)
    on = 1.0 - label_smoothing + off
    best = int(0)
    best_v = logits[r, 0]
    total = float(0.0)
    for j in range(n):
        v = logits[r, j]
        p = wp.exp(v - l)
        t = wp.where(j == y, on, off)
        total -= t * (v - l)
        grad[r, j] = p - t
        if v > best_v:
            best_v = v
            best = j
    wp.atomic_add(loss, 0, total / float(logits.shape[0]))
    if best == y:
        wp.atomic_add(correct, 0, 1)


@wp.kernel
def gumbel_sample(logits: wp.array2d(dtype=float), seed: int, samples: wp.array(dtype=int)):
    r = wp.tid()
    state = wp.rand_init(seed, r)
    best = int(-1)
    best_v = float(-1.0e30)
    for j in range(logits.shape[1]):
        u = wp.randf(state, 1.0e-7, 1.0)
        g = -wp.log(-wp.log(u))
        v = logits[r, j] + g
        if v > best_v:
            best_v = v
            best = j
    samples[r] = best


@wp.kernel
def entropy_rows(probs: wp.array2d(dtype=float), ent: wp.array(dtype=float)):
    r, j = wp.tid()
    p = probs[r, j]
    if p > 0.0:
        wp.atomic_sub(ent, r, p * wp.log(p))
