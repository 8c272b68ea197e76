import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def compare_swap_keys(keys: wp.array(dtype=float), vals: wp.array(dtype=int), i: int, j: int, ascending: bool):
    a = keys[i]
    b = keys[j]
    if (a > b) == ascending:
        keys[i] = b
        keys[j] = a
        tmp = vals[i]
        vals[i] = vals[j]
        vals[j] = tmp


@wp.kernel
def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), k: int, j: int):
    i = wp.tid()
    partner = i ^ j
    if partner <= i:
        return
    if partner >= keys.shape[0]:
        return
    ascending = (i & k) == 0
    compare_swap_keys(keys, vals, i, partner, ascending)


@wp.kernel
def pad_to_pow2(keys: wp.array(dtype=float), vals: wp.array(dtype=int), n: int):
    i = wp.tid()
    if i >= n:
        keys[i] = 3.4e38
        vals[i] = -1


@wp.kernel
def odd_even_transposition(keys: wp.array(dtype=int), phase: int, swaps: wp.array(dtype=int)):
    t = wp.tid()
    i = 2 * t + (phase & 1)
    if i + 1 >= keys.shape[0]:
        return
    a = keys[i]
    b = keys[i + 1]
    if a > b:
        keys[i] = b
        keys[i + 1] = a
        wp.atomic_add(swaps, 0, 1)


@wp.kernel
def check_sorted(keys: wp.array(dtype=float), violations: wp.array(dtype=int), first_bad: wp.array(dtype=int)):
    i = wp.tid()
    if i == 0:
        return
    if keys[i - 1] > keys[i]:
        wp.atomic_add(violations, 0, 1)
        wp.atomic_min(first_bad, 0, i)


@wp.kernel
def insertion_sort_rows(data: wp.array2d(dtype=float)):
    r = wp.tid()
    n = data.shape[1]
    for i in range(1, n):
        key = data[r, i]
        j = i - 1
        while j >= 0 and data[r, j] > key:
            data[r, j + 1] = data[r, j]
            j -= 1
        data[r, j + 1] = key
