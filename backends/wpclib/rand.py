# rand.py: wp.poisson (rand.h: random_loggam, random_poisson_mult,
# random_poisson; the same in Warp 1.10 and 1.16).
#
# Warp's poisson takes the random state by reference; the library function
# returns the count and the state after it (lower_lib_call stores the
# second result back into the builtin's state argument). randf(s) advances
# the local s as the C++ advances its reference.

import warp as wp


@wp.func
def _rand_loggam(x: float):
    # log-gamma (SPECFUN); the coefficients a[0..9] of the C++ array
    if (x == 1.0) or (x == 2.0):
        return 0.0
    n = wp.uint32(0)
    if x < 7.0:
        n = wp.uint32(7.0 - x)
    x0 = x + float(n)
    x2 = (1.0 / x0) * (1.0 / x0)
    lg2pi = float(1.8378770664093453)
    gl0 = float(-1.39243221690590e00)
    gl0 *= x2
    gl0 += 1.796443723688307e-01
    gl0 *= x2
    gl0 += -2.955065359477124e-02
    gl0 *= x2
    gl0 += 6.410256410256410e-03
    gl0 *= x2
    gl0 += -1.917526917526918e-03
    gl0 *= x2
    gl0 += 8.417508417508418e-04
    gl0 *= x2
    gl0 += -5.952380952380952e-04
    gl0 *= x2
    gl0 += 7.936507936507937e-04
    gl0 *= x2
    gl0 += -2.777777777777778e-03
    gl0 *= x2
    gl0 += 8.333333333333333e-02
    gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * wp.log(x0) - x0
    if x < 7.0:
        k = wp.uint32(1)
        while k <= n:
            gl -= wp.log(x0 - 1.0)
            x0 -= 1.0
            k += wp.uint32(1)
    return gl


@wp.func
def _rand_poisson_mult(state: wp.uint32, lam: float):
    s = state
    enlam = wp.exp(-lam)
    X = wp.uint32(0)
    prod = float(1.0)
    while True:
        U = wp.randf(s)
        prod *= U
        if prod > enlam:
            X += wp.uint32(1)
        else:
            return X, s
    return X, s


@wp.func
def _rand_poisson_ptrs(state: wp.uint32, lam: float):
    # the transformed rejection method (Hoermann 1993)
    s = state
    slam = wp.sqrt(lam)
    loglam = wp.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2.0)
    k = wp.uint32(0)
    while True:
        U = wp.randf(s) - 0.5
        V = wp.randf(s)
        us = 0.5 - wp.abs(U)
        k = wp.uint32(wp.floor((2.0 * a / us + b) * U + lam + 0.43))
        if (us >= 0.07) and (V <= vr):
            return k, s
        if (us < 0.013) and (V > us):
            continue
        if (wp.log(V) + wp.log(invalpha) - wp.log(a / (us * us) + b)) <= (
            -lam + float(k) * loglam - _rand_loggam(float(k + wp.uint32(1)))
        ):
            return k, s
    return k, s


@wp.func
def poisson(state: wp.uint32, lam: float):
    k = wp.uint32(0)
    s = state
    if lam >= 10.0:
        k, s = _rand_poisson_ptrs(state, lam)
    elif lam == 0.0:
        k = wp.uint32(0)
    else:
        k, s = _rand_poisson_mult(state, lam)
    return k, s


@wp.kernel
def wpclib_rand_refs(seed: int, lam: float, out: wp.array(dtype=wp.uint32)):
    k, s = poisson(wp.uint32(seed), lam)
    out[0] = k + s
