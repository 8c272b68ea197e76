import warp as wp

# wp.erfinv and wp.erfcinv (Warp's host erfinv: Cephes' ndtri in double) on
# float16, float32 and float64: the central and both tail branches, the
# arguments near -1 and 1 where the tail's second polynomial takes over,
# the special cases (0, -0, 1, -1, out of range, inf, nan).


@wp.func
def special(k: int, v: float):
    # argument k of a table of special values (v: some input, for a nan)
    r = float(0.0)
    if k == 1:
        r = -0.0
    elif k == 2:
        r = 1.0
    elif k == 3:
        r = -1.0
    elif k == 4:
        r = 1.5
    elif k == 5:
        r = -3.0
    elif k == 6:
        r = 1.0e30 * 1.0e30
    elif k == 7:
        r = (1.0e30 * 1.0e30) * 0.0 + v
    elif k == 8:
        r = 0.99999994
    elif k == 9:
        r = -0.99999994
    elif k == 10:
        r = 0.7293294
    elif k == 11:
        r = -0.7293294
    elif k == 12:
        r = 1.0e-30
    return r


@wp.kernel
def erfinv_f32(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    v = x[i]
    a = wp.abs(v)
    out[i, 0] = wp.erfinv(v)
    out[i, 1] = wp.erfcinv(v + 1.0)
    out[i, 2] = wp.erfinv(wp.clamp(v, -1.0, 1.0) * 0.999)
    out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)
    out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)
    out[i, 5] = wp.erfcinv(a * 1.0e-7)
    out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)
    out[i, 7] = wp.erfinv(special(i, v))
    out[i, 8] = wp.erfcinv(special(i, v) + 1.0)
    out[i, 9] = wp.erfinv(wp.sin(v))


@wp.kernel
def erfinv_f64(x: wp.array(dtype=wp.float64), out: wp.array2d(dtype=wp.float64)):
    i = wp.tid()
    v = x[i]
    a = wp.abs(v)
    one = wp.float64(1.0)
    out[i, 0] = wp.erfinv(v)
    out[i, 1] = wp.erfcinv(v + one)
    out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))
    # tails where sqrt(-2 log y) passes 8 (y below exp(-32))
    out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))
    out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))
    out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))
    out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))
    out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))
    out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))
    out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))


@wp.kernel
def erfinv_f16(x: wp.array(dtype=wp.float16), out: wp.array2d(dtype=wp.float16)):
    i = wp.tid()
    h = wp.float16(float(i) / 8.0 - 1.0) * x[i] * wp.float16(2.0)
    out[i, 0] = wp.erfinv(h)
    out[i, 1] = wp.erfcinv(h + wp.float16(1.0))
    out[i, 2] = wp.erfinv(wp.float16(special(i, 0.5)))
