import warp as wp

SQRT_HALF = 0.7071067811865476


@wp.func
def norm_cdf(x: wp.float64) -> wp.float64:
    # Abramowitz-Stegun approximation
    t = wp.float64(1.0) / (wp.float64(1.0) + wp.float64(0.2316419) * wp.abs(x))
    poly = t * (wp.float64(0.319381530) + t * (wp.float64(-0.356563782) + t * (wp.float64(1.781477937) + t * (wp.float64(-1.821255978) + t * wp.float64(1.330274429)))))
    pdf = wp.exp(-x * x * wp.float64(0.5)) * wp.float64(0.3989422804014327)
    c = wp.float64(1.0) - pdf * poly
    if x < wp.float64(0.0):
        return wp.float64(1.0) - c
    return c


@wp.func
def black_scholes(S: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64):
    sq = sigma * wp.sqrt(T)
    d1 = (wp.log(S / K) + (r + wp.float64(0.5) * sigma * sigma) * T) / sq
    d2 = d1 - sq
    disc = wp.exp(-r * T)
    call = S * norm_cdf(d1) - K * disc * norm_cdf(d2)
    put = K * disc * norm_cdf(-d2) - S * norm_cdf(-d1)
    return call, put


@wp.kernel
def price_analytic(S: wp.array(dtype=wp.float64), K: wp.array(dtype=wp.float64), T: wp.array(dtype=wp.float64), r: wp.float64, sigma: wp.float64, calls: wp.array(dtype=wp.float64), puts: wp.array(dtype=wp.float64)):
    i = wp.tid()
    c, p = black_scholes(S[i], K[i], T[i], r, sigma)
    calls[i] = c
    puts[i] = p


@wp.kernel
def price_monte_carlo(S0: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64, steps: int, seed: int, payoff_sum: wp.array(dtype=wp.float64), payoff_sq: wp.array(dtype=wp.float64)):
    path = wp.tid()
    state = wp.rand_init(seed, path)
    dt = T / wp.float64(steps)
    drift = (r - wp.float64(0.5) * sigma * sigma) * dt
    vol = sigma * wp.sqrt(dt)
    s = S0
    running_max = S0
    for k in range(steps):
        z = wp.float64(wp.randn(state))
        s = s * wp.exp(drift + vol * z)
        running_max = wp.max(running_max, s)
    payoff = wp.max(s - K, wp.float64(0.0)) * wp.exp(-r * T)
    wp.atomic_add(payoff_sum, 0, payoff)
    wp.atomic_add(payoff_sq, 0, payoff * payoff)
    wp.atomic_add(payoff_sum, 1, wp.max(running_max - K, wp.float64(0.0)) * wp.exp(-r * T))


@wp.kernel
def implied_vol(price: wp.array(dtype=wp.float64), S: wp.float64, K: wp.array(dtype=wp.float64), T: wp.float64, r: wp.float64, out: wp.array(dtype=wp.float64)):
    i = wp.tid()
    lo = wp.float64(1.0e-4)
    hi = wp.float64(3.0)
    for it in range(60):
        mid = wp.float64(0.5) * (lo + hi)
        c, p = black_scholes(S, K[i], T, r, mid)
        if c > price[i]:
            hi = mid
        else:
            lo = mid
    out[i] = wp.float64(0.5) * (lo + hi) + wp.float64(SQRT_HALF) * wp.float64(0.0)
