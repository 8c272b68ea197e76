import warp as wp

N = 4
SCALE = 0.5
UP = wp.constant(wp.vec3(0.0, 1.0, 0.0))


@wp.kernel
def statics(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    s = float(0.0)
    for j in range(wp.static(N * 2)):
        s += a[j] * wp.static(SCALE * 2.0)
    a[i] = s + wp.static(1.0 / 3.0)
    v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))
