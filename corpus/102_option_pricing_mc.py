import warp as wp


@wp.struct
class Option:
    spot: float
    strike: float
    rate: float
    vol: float
    maturity: float
    is_call: int
    barrier: float


@wp.func
def payoff(s: float, k: float, is_call: int) -> float:
    if is_call != 0:
        return wp.max(s - k, 0.0)
    return wp.max(k - s, 0.0)


@wp.func
def norm_cdf(x: float) -> float:
    # Abramowitz-Stegun approximation
    t = 1.0 / (1.0 + 0.2316419 * wp.abs(x))
    poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
    c = 1.0 - 0.3989422804 * wp.exp(-0.5 * x * x) * poly
    if x < 0.0:
        return 1.0 - c
    return c


@wp.func
def black_scholes(o: Option) -> float:
    sq = o.vol * wp.sqrt(o.maturity)
    d1 = (wp.log(o.spot / o.strike) + (o.rate + 0.5 * o.vol * o.vol) * o.maturity) / sq
    d2 = d1 - sq
    disc = wp.exp(-o.rate * o.maturity)
    if o.is_call != 0:
        return o.spot * norm_cdf(d1) - o.strike * disc * norm_cdf(d2)
    return o.strike * disc * norm_cdf(-d2) - o.spot * norm_cdf(-d1)


@wp.kernel
def price_european(options: wp.array(dtype=Option), seed: int, paths: int, mc_price: wp.array(dtype=float), bs_price: wp.array(dtype=float), std_err: wp.array(dtype=float)):
    k = wp.tid()
    o = options[k]
    state = wp.rand_init(seed, k)
    drift = (o.rate - 0.5 * o.vol * o.vol) * o.maturity
    diff = o.vol * wp.sqrt(o.maturity)
    s = float(0.0)
    s2 = float(0.0)
    for p in range(paths):
        z = wp.randn(state)
        # antithetic pair
        st1 = o.spot * wp.exp(drift + diff * z)
        st2 = o.spot * wp.exp(drift - diff * z)
        v = 0.5 * (payoff(st1, o.strike, o.is_call) + payoff(st2, o.strike, o.is_call))
        s += v
        s2 += v * v
    disc = wp.exp(-o.rate * o.maturity)
    mean = s / float(paths)
    var = wp.max(s2 / float(paths) - mean * mean, 0.0)
    mc_price[k] = disc * mean
    std_err[k] = disc * wp.sqrt(var / float(paths))
    bs_price[k] = black_scholes(o)


@wp.kernel
def price_barrier(options: wp.array(dtype=Option), seed: int, steps: int, prices: wp.array2d(dtype=float)):
    k, p = wp.tid()
    o = options[k]
    state = wp.rand_init(seed, k * prices.shape[1] + p)
    dt = o.maturity / float(steps)
    drift = (o.rate - 0.5 * o.vol * o.vol) * dt
    diff = o.vol * wp.sqrt(dt)
    s = o.spot
    knocked = int(0)
    for t in range(steps):
        s = s * wp.exp(drift + diff * wp.randn(state))
        if s >= o.barrier:
            knocked = 1
            break
    value = float(0.0)
    if knocked == 0:
        value = payoff(s, o.strike, o.is_call) * wp.exp(-o.rate * o.maturity)
    prices[k, p] = value


@wp.kernel
def price_asian_lookback(
    options: wp.array(dtype=Option),
    seed: int,
    steps: int,
    paths: int,
    asian: wp.array(dtype=float),
    lookback: wp.array(dtype=float),
    delta: wp.array(dtype=float),
):
    k = wp.tid()
    o = options[k]
    state = wp.rand_init(seed, k)
    dt = o.maturity / float(steps)
    drift = (o.rate - 0.5 * o.vol * o.vol) * dt
    diff = o.vol * wp.sqrt(dt)
    disc = wp.exp(-o.rate * o.maturity)
    bump = 0.01 * o.spot
    sum_asian = float(0.0)
    sum_look = float(0.0)
    sum_up = float(0.0)
    sum_down = float(0.0)
    for p in range(paths):
        s = o.spot
        s_up = o.spot + bump
        s_dn = o.spot - bump
        avg = float(0.0)
        avg_up = float(0.0)
        avg_dn = float(0.0)
        s_min = s
        s_max = s
        for t in range(steps):
            z = wp.randn(state)
            g = wp.exp(drift + diff * z)
            s = s * g
            s_up = s_up * g
            s_dn = s_dn * g
            avg += s
            avg_up += s_up
            avg_dn += s_dn
            s_min = wp.min(s_min, s)
            s_max = wp.max(s_max, s)
        avg = avg / float(steps)
        avg_up = avg_up / float(steps)
        avg_dn = avg_dn / float(steps)
        sum_asian += payoff(avg, o.strike, o.is_call)
        sum_up += payoff(avg_up, o.strike, o.is_call)
        sum_down += payoff(avg_dn, o.strike, o.is_call)
        if o.is_call != 0:
            sum_look += s - s_min
        else:
            sum_look += s_max - s
    inv = disc / float(paths)
    asian[k] = sum_asian * inv
    lookback[k] = sum_look * inv
    delta[k] = (sum_up - sum_down) * inv / (2.0 * bump)
