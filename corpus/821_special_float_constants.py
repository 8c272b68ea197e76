# Special float constants: 1.10 prints -inf, inf and nan of typed constants as
# Python's str() does, 1.16 uses INFINITY and NAN.
import math

import warp as wp

NEG = -math.inf
POS = math.inf
NN = math.nan
TNEG = wp.constant(wp.float32(-math.inf))
TPOS = wp.constant(wp.float64(math.inf))
TNAN = wp.constant(wp.float32(math.nan))


@wp.kernel
def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):
    i = wp.tid()
    a[i] = wp.max(float(NEG), a[i]) + wp.min(float(POS), a[i])
    if a[i] != float(NN):
        a[i] = wp.max(TNEG, a[i])
    d[i] = wp.min(TPOS, d[i]) + wp.float64(TNAN) * wp.float64(0.0)
