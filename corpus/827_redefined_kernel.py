import warp as wp

# A kernel defined twice under one name: Warp's module keeps the later
# definition only (Module.register_kernel replaces it by key).


@wp.kernel
def step(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] + 1.0


@wp.kernel
def other(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    b[i] = a[i] * a[i]


@wp.kernel
def step(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * 2.0 - 1.0
