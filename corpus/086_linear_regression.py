import warp as wp


@wp.func
def solve_2x2(a: float, b: float, c: float, d: float, e: float, f: float):
    det = a * d - b * c
    if wp.abs(det) < 1.0e-12:
        return 0.0, 0.0, False
    x = (e * d - b * f) / det
    y = (a * f - e * c) / det
    return x, y, True


@wp.kernel
def accumulate_moments(xs: wp.array(dtype=float), ys: wp.array(dtype=float), weights: wp.array(dtype=float), group: wp.array(dtype=int), moments: wp.array2d(dtype=float)):
    i = wp.tid()
    g = group[i]
    w = weights[i]
    x = xs[i]
    y = ys[i]
    wp.atomic_add(moments, g, 0, w)
    wp.atomic_add(moments, g, 1, w * x)
    wp.atomic_add(moments, g, 2, w * y)
    wp.atomic_add(moments, g, 3, w * x * x)
    wp.atomic_add(moments, g, 4, w * x * y)
    wp.atomic_add(moments, g, 5, w * y * y)


@wp.kernel
def fit_lines(moments: wp.array2d(dtype=float), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), r2: wp.array(dtype=float), valid: wp.array(dtype=wp.bool)):
    g = wp.tid()
    sw = moments[g, 0]
    sx = moments[g, 1]
    sy = moments[g, 2]
    sxx = moments[g, 3]
    sxy = moments[g, 4]
    syy = moments[g, 5]
    # normal equations: [sxx sx; sx sw] [m; c] = [sxy; sy]
    m, c, ok = solve_2x2(sxx, sx, sx, sw, sxy, sy)
    valid[g] = ok
    if not ok:
        slope[g] = 0.0
        intercept[g] = 0.0
        r2[g] = 0.0
        return
    slope[g] = m
    intercept[g] = c
    mean_y = sy / sw
    ss_tot = syy - sw * mean_y * mean_y
    ss_res = syy - 2.0 * m * sxy - 2.0 * c * sy + m * m * sxx + 2.0 * m * c * sx + c * c * sw
    if ss_tot > 0.0:
        r2[g] = 1.0 - ss_res / ss_tot
    else:
        r2[g] = 1.0


@wp.kernel
def residuals(xs: wp.array(dtype=float), ys: wp.array(dtype=float), group: wp.array(dtype=int), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), res: wp.array(dtype=float), max_abs: wp.array(dtype=float)):
    i = wp.tid()
    g = group[i]
    r = ys[i] - (slope[g] * xs[i] + intercept[g])
    res[i] = r
    wp.atomic_max(max_abs, g, wp.abs(r))


@wp.kernel
def huber_reweight(res: wp.array(dtype=float), delta: float, weights: wp.array(dtype=float)):
    i = wp.tid()
    a = wp.abs(res[i])
    if a <= delta:
        weights[i] = 1.0
    else:
        weights[i] = delta / a
