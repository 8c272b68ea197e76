import warp as wp

N_TAPS = 5
N_BIG = 24
STEP = 3


@wp.func
def tap_weight(k: int) -> float:
    return 1.0 / float(k + 1)


@wp.kernel
def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    n = x.shape[0]
    acc = float(0.0)
    for k in range(N_TAPS):
        j = i - k
        if j >= 0:
            acc += tap_weight(k) * x[j]
    y[i] = acc


@wp.kernel
def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    acc = float(0.0)
    for k in range(N_BIG):
        acc += x[(i + k) % x.shape[0]] * float(k)
    y[i] = acc


@wp.kernel
def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    acc = float(0.0)
    for k in range(0, 10, STEP):
        acc += float(k)
    for k in range(10, 0, -2):
        acc -= float(k) * 0.5
    for k in range(2, 5):
        acc *= 1.0 + 0.1 * float(k)
    y[i] = x[i] + acc


@wp.kernel
def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):
    i = wp.tid()
    found = int(-1)
    for k in range(8):
        if x[(i + k) % x.shape[0]] > 0.5:
            found = k
            break
    count = int(0)
    for k in range(6):
        if k == 2:
            continue
        if x[(i * k) % x.shape[0]] < 0.0:
            count += 1
    y[i] = found * 100 + count


@wp.kernel
def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):
    i = wp.tid()
    A = m[i]
    B = wp.mat44()
    for r in range(4):
        for c in range(4):
            s = float(0.0)
            for k in range(4):
                s += A[r, k] * A[k, c]
            B[r, c] = s
    out[i] = B


@wp.kernel
def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    last = float(0.0)
    for k in range(4):
        last = x[i] * float(k)
    n = x.shape[0]
    for k in range(n):
        last += x[k]
    y[i] = last
