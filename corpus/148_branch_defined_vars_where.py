import warp as wp


@wp.func
def piecewise(x: float) -> wp.vec2:
    if x < -1.0:
        y = -1.0
        dy = 0.0
    elif x > 1.0:
        y = 1.0
        dy = 0.0
    else:
        y = x * (1.5 - 0.5 * x * x)
        dy = 1.5 - 1.5 * x * x
    return wp.vec2(y, dy)


@wp.kernel
def branch_defined(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2), m: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    x = a[i]
    if x > 0.0:
        v = wp.vec2(x, 1.0)
        M = wp.mat22(x, 0.0, 0.0, 1.0)
    else:
        v = wp.vec2(0.0, -x)
        M = wp.mat22(1.0, x, x, 1.0)
    b[i] = M * v + piecewise(x)
    m[i] = M


@wp.kernel
def reassign_args(x: wp.array(dtype=float), dt: float, steps: int, gain: float):
    i = wp.tid()
    if steps > 10:
        steps = 10
    dt = dt / float(steps)
    v = x[i]
    for s in range(steps):
        v = v - gain * v * dt
        gain *= 0.99
    x[i] = v


@wp.kernel
def vector_where(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = wp.where(mask[i], a[i], b[i])
    if a[i] == b[i]:
        out[i] = wp.vec3(0.0)
    elif a[i] != wp.vec3(1.0, 1.0, 1.0):
        out[i] = out[i] * 2.0


@wp.kernel
def loop_carried(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    acc = wp.vec3()
    prev = a[i]
    best = float(-1.0e9)
    bestk = int(-1)
    for k in range(8):
        cur = prev * 0.5 + float(k)
        if cur > best:
            best = cur
            bestk = k
        acc = acc + wp.vec3(cur, prev, float(k))
        prev = cur
    out[i] = acc + wp.vec3(best, float(bestk), prev)


@wp.kernel
def early_exit_loop(a: wp.array2d(dtype=float), thresh: float, first: wp.array(dtype=int)):
    row = wp.tid()
    for j in range(a.shape[1]):
        if a[row, j] > thresh:
            first[row] = j
            return
    first[row] = -1
