import warp as wp


@wp.func
def find_first(a: wp.array(dtype=int), n: int, target: int):
    for i in range(n):
        if a[i] == target:
            return i
    return -1


@wp.func
def minmax(x: float, y: float):
    if x < y:
        return x, y
    return y, x


@wp.kernel
def search(a: wp.array(dtype=int), n: int, targets: wp.array(dtype=int), out: wp.array(dtype=int)):
    tid = wp.tid()
    out[tid] = find_first(a, n, targets[tid])


@wp.kernel
def sort2(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    tid = wp.tid()
    lo, hi = minmax(a[tid], b[tid])
    a[tid] = lo
    b[tid] = hi


@wp.kernel
def counters(flags: wp.array(dtype=int), counts: wp.array(dtype=int), offsets: wp.array(dtype=int)):
    tid = wp.tid()
    if flags[tid] != 0 and tid % 2 == 0 or tid > 100:
        idx = wp.atomic_add(counts, 0, 1)
        offsets[tid] = idx
    else:
        offsets[tid] = -1
    k = int(0)
    while k < 10:
        k += 1
        if k * k > tid:
            break
    offsets[tid] = offsets[tid] + k
