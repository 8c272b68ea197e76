import warp as wp


@wp.kernel
def poisson_rates(
    seed: int,
    lam: wp.array(dtype=float),
    small: wp.array(dtype=wp.uint32),
    large: wp.array(dtype=wp.uint32),
    fixed: wp.array(dtype=wp.uint32),
    states: wp.array(dtype=wp.uint32),
):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    x = lam[i]
    small[i] = wp.poisson(state, x) + wp.poisson(state, wp.abs(x) * 9.0)
    large[i] = wp.poisson(state, wp.abs(x) * 40.0 + 10.0)
    c0 = wp.poisson(state, 0.0)
    c1 = wp.poisson(state, 10.0)
    c2 = wp.poisson(state, 9.99)
    c3 = wp.poisson(state, 1.0e5)
    fixed[i] = c0 * wp.uint32(1000003) + c1 * wp.uint32(10007) + c2 * wp.uint32(101) + c3
    states[i] = state


@wp.kernel
def poisson_loop(seed: int, lam: float, n: int, hist: wp.array(dtype=int), states: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    state = wp.rand_init(seed + i)
    rate = wp.abs(lam) * 0.5 + 10.5
    for k in range(n * 5):
        c = wp.poisson(state, rate)
        wp.atomic_add(hist, int(c % wp.uint32(20)), 1)
    states[i] = state
