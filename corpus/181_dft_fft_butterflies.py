import warp as wp

TWO_PI = 6.283185307179586


@wp.func
def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:
    return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


@wp.func
def cexp(theta: float) -> wp.vec2:
    return wp.vec2(wp.cos(theta), wp.sin(theta))


@wp.func
def bit_reverse(x: int, bits: int) -> int:
    r = int(0)
    v = x
    for b in range(bits):
        r = (r << 1) | (v & 1)
        v = v >> 1
    return r


@wp.kernel
def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):
    row, k = wp.tid()
    n = x.shape[1]
    sign = -1.0
    if inverse != 0:
        sign = 1.0
    acc = wp.vec2()
    for j in range(n):
        acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))
    if inverse != 0:
        acc = acc / float(n)
    X[row, k] = acc


@wp.kernel
def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):
    row, i = wp.tid()
    y[row, bit_reverse(i, bits)] = x[row, i]


@wp.kernel
def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):
    row, t = wp.tid()
    size = half * 2
    group = t / half
    pos = t % half
    i = group * size + pos
    j = i + half
    w = cexp(-TWO_PI * float(pos) / float(size))
    a = y[row, i]
    b = cmul(y[row, j], w)
    y[row, i] = a + b
    y[row, j] = a - b


@wp.kernel
def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):
    row, k = wp.tid()
    v = X[row, k]
    m = wp.dot(v, v)
    p[row, k] = 10.0 * wp.log10(m + 1.0e-12)
    if k > 0 and k < X.shape[1] - 1:
        a = X[row, k - 1]
        b = X[row, k + 1]
        if m > wp.dot(a, a) and m > wp.dot(b, b):
            wp.atomic_max(peak, row, k)
