import warp as wp

VERBOSE = wp.constant(1)


@wp.func
def residual_norm(r: wp.array(dtype=float), n: int) -> float:
    s = float(0.0)
    for i in range(n):
        s += r[i] * r[i]
    return wp.sqrt(s)


@wp.kernel
def report_convergence(r: wp.array(dtype=float), iteration: int, tol: float, converged: wp.array(dtype=int)):
    tid = wp.tid()
    if tid != 0:
        return
    n = r.shape[0]
    norm = residual_norm(r, n)
    if norm < tol:
        converged[0] = 1
        if VERBOSE > 0:
            wp.printf("converged after %d iterations, |r| = %e\n", iteration, norm)
    elif iteration % 10 == 0:
        wp.printf("iteration %d: |r| = %f (tol %f)\n", iteration, norm, tol)


@wp.kernel
def check_finite(x: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):
    i = wp.tid()
    v = x[i]
    for k in range(3):
        if wp.isnan(v[k]) or wp.isinf(v[k]):
            old = wp.atomic_add(bad, 0, 1)
            if old < 5:
                wp.printf("non-finite value at particle %d component %d\n", i, k)
            return


@wp.kernel
def summarize(values: wp.array(dtype=float), lo: float, hi: float):
    i = wp.tid()
    v = values[i]
    if v < lo:
        wp.printf("[%d] below range: %f < %f\n", i, v, lo)
    elif v > hi:
        wp.printf("[%d] above range: %f > %f\n", i, v, hi)
