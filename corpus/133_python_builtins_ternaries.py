import warp as wp

SCALE = 2.5
OFFSET = -3
ENABLED = True
NAMES = 4


@wp.func
def wrap_index(i: int, n: int) -> int:
    r = i % n
    return r + n if r < 0 else r


@wp.kernel
def py_builtins(a: wp.array(dtype=float), b: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    k = b[i]
    y = abs(x) + min(x, 1.0) + max(x, -1.0)
    z = float(k) * SCALE + float(OFFSET)
    n = int(x * 10.0)
    m = min(k, n) + max(k, 0) + abs(k)
    if ENABLED:
        y = y + z
    out[i] = y
    iout[i] = wrap_index(m + OFFSET, NAMES)


@wp.kernel
def ternaries(a: wp.array(dtype=float), out: wp.array(dtype=float), flags: wp.array(dtype=wp.bool)):
    i = wp.tid()
    x = a[i]
    s = 1.0 if x >= 0.0 else -1.0
    t = x * x if x < 2.0 else 2.0 * x
    f = flags[i]
    g = (not f) and x > 0.0 or (f and x < 0.0)
    out[i] = wp.where(g, s * t, t - s)
    flags[i] = g


@wp.kernel
def chained_compare(a: wp.array(dtype=int), lo: int, hi: int, inside: wp.array(dtype=int)):
    i = wp.tid()
    v = a[i]
    c = 0
    if lo <= v < hi:
        c = 1
    elif v < lo < hi:
        c = 2
    if 0 < v <= 10 <= hi:
        c += 10
    inside[i] = c


@wp.kernel
def int_float_mix(a: wp.array(dtype=int), out: wp.array(dtype=float)):
    i = wp.tid()
    k = a[i]
    x = float(k) / 3.0
    y = float(k // 3)
    z = float(k % 3)
    w = wp.float32(k) * 0.5
    q = wp.pow(x, 2.0) + wp.sqrt(wp.abs(w)) + 2.0 ** z
    out[i] = x + y + z + q + float(-k) + float(+k)


@wp.kernel
def swap_sort(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    if x > y:
        tmp = x
        x = y
        y = tmp
    a[i] = x
    b[i] = y
