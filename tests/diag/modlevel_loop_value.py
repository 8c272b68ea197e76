import warp as wp

# A value set in a module-level loop: wpc does not run loops, so it reports
# the name rather than guess its value.
SCALE = 1.0
for k in range(3):
    SCALE *= 2.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * SCALE
