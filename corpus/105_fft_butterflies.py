import warp as wp

wp.set_module_options({"enable_backward": False})

TWO_PI = wp.constant(6.283185307179586)


@wp.func
def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:
    return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


@wp.func
def twiddle(k: int, n: int, inverse: bool) -> wp.vec2:
    angle = -TWO_PI * float(k) / float(n)
    if inverse:
        angle = -angle
    return wp.vec2(wp.cos(angle), wp.sin(angle))


@wp.func
def reverse_bits(x: int, bits: int) -> int:
    r = int(0)
    v = x
    for b in range(bits):
        r = (r << 1) | (v & 1)
        v = v >> 1
    return r


@wp.kernel
def bit_reverse_permute(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), log2n: int):
    row, i = wp.tid()
    dst[row, reverse_bits(i, log2n)] = src[row, i]


@wp.kernel
def butterfly_stage(data: wp.array2d(dtype=wp.vec2), stage: int, inverse: bool):
    row, t = wp.tid()
    half = 1 << stage
    span = half << 1
    group = t // half
    k = t % half
    i = group * span + k
    j = i + half
    w = twiddle(k, span, inverse)
    a = data[row, i]
    b = cmul(data[row, j], w)
    data[row, i] = a + b
    data[row, j] = a - b


@wp.kernel
def normalize_inverse(data: wp.array2d(dtype=wp.vec2)):
    row, i = wp.tid()
    n = data.shape[1]
    data[row, i] = data[row, i] / float(n)


@wp.kernel
def naive_dft(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2)):
    row, k = wp.tid()
    n = src.shape[1]
    acc = wp.vec2(0.0, 0.0)
    for j in range(n):
        acc = acc + cmul(src[row, j], twiddle((j * k) % n, n, False))
    dst[row, k] = acc


@wp.kernel
def power_spectrum(data: wp.array2d(dtype=wp.vec2), power: wp.array2d(dtype=float), peak_bin: wp.array(dtype=int)):
    row = wp.tid()
    n = data.shape[1]
    best = float(-1.0)
    best_k = int(0)
    for k in range(n // 2 + 1):
        c = data[row, k]
        p = wp.dot(c, c)
        power[row, k] = p
        if k > 0 and p > best:
            best = p
            best_k = k
    peak_bin[row] = best_k
