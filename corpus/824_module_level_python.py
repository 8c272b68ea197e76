import math
from math import pi, sqrt

import warp as wp

# Module-level Python that Warp sees only through its results: augmented
# assignments, if/elif/else on constants, conditional expressions (values and
# type aliases), tuple unpacking, item assignment on a vector constant, math
# functions, comparisons and boolean operators, and a __main__ block that
# does not run on import.

USE_DOUBLE = False
real = wp.float64 if USE_DOUBLE else wp.float32
SCALE = 2.0 if USE_DOUBLE else 0.5

NX, NY = 16, 8
NX *= 2
NY += NX // 4
DT = 1.0
DT /= 60.0

LEVEL = 3
if LEVEL > 5:
    GAIN = 4.0
elif LEVEL > 2 and NX == 32:
    GAIN = 2.5
else:
    GAIN = 1.0

if not USE_DOUBLE or LEVEL < 0:
    OFFSET = math.cos(0.25) * sqrt(2.0) + math.log(8.0, 2.0)
else:
    OFFSET = 0.0

HALF_PI = pi / 2.0
STEPS = math.floor(7.9) + math.ceil(0.1)
ORDERED = 0 < LEVEL < 10

G = wp.vec3(0.0, -9.8, 0.0)
G[1] = -1.0
G[-1] = 0.25

total = 0
for k in range(3):
    total += k

if __name__ == "__main__":
    GAIN = 100.0


@wp.kernel
def module_values(a: wp.array(dtype=real), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = a[i] * real(SCALE * GAIN) + real(OFFSET + DT + HALF_PI)
    v[i] = v[i] + G
    if ORDERED:
        n[i] = NX * NY + STEPS
