import warp as wp


@wp.struct
class OscParams:
    omega: float
    zeta: float
    drive_amp: float
    drive_freq: float
    nonlinear: float


@wp.func
def deriv(t: float, x: float, v: float, p: OscParams):
    drive = p.drive_amp * wp.cos(p.drive_freq * t)
    a = -2.0 * p.zeta * p.omega * v - p.omega * p.omega * x - p.nonlinear * x * x * x + drive
    return v, a


@wp.func
def rk4_step(t: float, x: float, v: float, h: float, p: OscParams):
    k1x, k1v = deriv(t, x, v, p)
    k2x, k2v = deriv(t + 0.5 * h, x + 0.5 * h * k1x, v + 0.5 * h * k1v, p)
    k3x, k3v = deriv(t + 0.5 * h, x + 0.5 * h * k2x, v + 0.5 * h * k2v, p)
    k4x, k4v = deriv(t + h, x + h * k3x, v + h * k3v, p)
    xn = x + h / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x)
    vn = v + h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v)
    return xn, vn


@wp.func
def lorenz(s: wp.vec3, sigma: float, rho: float, beta: float) -> wp.vec3:
    return wp.vec3(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])


@wp.kernel
def duffing_sweep(params: wp.array(dtype=OscParams), x0: float, v0: float, h: float, steps: int, out_x: wp.array2d(dtype=float), amplitude: wp.array(dtype=float)):
    i = wp.tid()
    p = params[i]
    x = x0
    v = v0
    t = float(0.0)
    amp = float(0.0)
    samples = out_x.shape[1]
    stride = wp.max(steps // samples, 1)
    for s in range(steps):
        x, v = rk4_step(t, x, v, h, p)
        t += h
        if s % stride == 0 and s // stride < samples:
            out_x[i, s // stride] = x
        if s > steps / 2:
            amp = wp.max(amp, wp.abs(x))
    amplitude[i] = amp


@wp.kernel
def lorenz_trajectories(states: wp.array(dtype=wp.vec3), sigma: float, rho: float, beta: float, h: float, steps: int, bounds: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    s = states[i]
    lo = s
    hi = s
    for k in range(steps):
        k1 = lorenz(s, sigma, rho, beta)
        k2 = lorenz(s + k1 * (0.5 * h), sigma, rho, beta)
        k3 = lorenz(s + k2 * (0.5 * h), sigma, rho, beta)
        k4 = lorenz(s + k3 * h, sigma, rho, beta)
        s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (h / 6.0)
        lo = wp.min(lo, s)
        hi = wp.max(hi, s)
    states[i] = s
    wp.atomic_min(bounds, 0, lo)
    wp.atomic_max(bounds, 1, hi)


@wp.kernel(enable_backward=False)
def euler_vs_rk4(params: wp.array(dtype=OscParams), h: float, steps: int, err: wp.array(dtype=float)):
    i = wp.tid()
    p = params[i]
    xe = float(1.0)
    ve = float(0.0)
    xr = float(1.0)
    vr = float(0.0)
    t = float(0.0)
    for s in range(steps):
        dx, dv = deriv(t, xe, ve, p)
        xe = xe + h * dx
        ve = ve + h * dv
        xr, vr = rk4_step(t, xr, vr, h, p)
        t += h
    err[i] = wp.abs(xe - xr) + wp.abs(ve - vr)
