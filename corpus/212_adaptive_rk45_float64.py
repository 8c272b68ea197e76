import warp as wp


@wp.func
def lorenz(s: wp.vec3d, sigma: wp.float64, rho: wp.float64, beta: wp.float64) -> wp.vec3d:
    return wp.vec3d(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])


@wp.func
def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):
    k1 = lorenz(s, sigma, rho, beta)
    k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)
    k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)
    k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)
    k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)
    k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)
    y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h
    y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h
    return y5, wp.length(y5 - y4)


@wp.kernel
def integrate_ensemble(states: wp.array(dtype=wp.vec3d), t_end: wp.float64, tol: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64, steps_taken: wp.array(dtype=int), rejected: wp.array(dtype=int)):
    i = wp.tid()
    s = states[i]
    t = wp.float64(0.0)
    h = wp.float64(0.01)
    n = int(0)
    nrej = int(0)
    while t < t_end and n < 100000:
        if t + h > t_end:
            h = t_end - t
        y, err = rk45_step(s, h, sigma, rho, beta)
        if err <= tol or h < wp.float64(1.0e-10):
            s = y
            t = t + h
            n += 1
        else:
            nrej += 1
        scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))
        h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))
    states[i] = s
    steps_taken[i] = n
    rejected[i] = nrej
