import warp as wp


@wp.func
def gcd(a: int, b: int) -> int:
    x = wp.abs(a)
    y = wp.abs(b)
    while y != 0:
        t = x % y
        x = y
        y = t
    return x


@wp.func
def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


@wp.func
def newton_cbrt(a: float) -> float:
    x = wp.max(wp.abs(a), 1.0)
    it = int(0)
    while True:
        nx = x - (x * x * x - wp.abs(a)) / (3.0 * x * x)
        if wp.abs(nx - x) < 1.0e-6 or it > 40:
            x = nx
            break
        x = nx
        it += 1
    return wp.sign(a) * x


@wp.func
def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = int(3)
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


@wp.kernel
def number_theory(a: wp.array(dtype=int), b: wp.array(dtype=int), g: wp.array(dtype=int), r: wp.array(dtype=int), primes: wp.array(dtype=wp.bool), nprimes: wp.array(dtype=int)):
    i = wp.tid()
    g[i] = gcd(a[i], b[i])
    r[i] = isqrt(wp.abs(a[i]))
    p = is_prime(a[i])
    primes[i] = p
    if p:
        wp.atomic_add(nprimes, 0, 1)


@wp.kernel
def cube_roots(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = newton_cbrt(a[i])


@wp.kernel
def bisect_roots(c: wp.array(dtype=wp.vec4), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):
    i = wp.tid()
    coef = c[i]
    lo = float(-10.0)
    hi = float(10.0)
    flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]
    n = int(0)
    while hi - lo > 1.0e-5:
        mid = 0.5 * (lo + hi)
        fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]
        n += 1
        if fm == 0.0:
            lo = mid
            hi = mid
            break
        if (fm < 0.0) == (flo < 0.0):
            lo = mid
            flo = fm
        else:
            hi = mid
        if n >= 100:
            break
    roots[i] = 0.5 * (lo + hi)
    iters[i] = n


@wp.kernel
def nested_while_for(grid: wp.array2d(dtype=int), out: wp.array(dtype=int)):
    row = wp.tid()
    cols = grid.shape[1]
    total = int(0)
    pass_no = int(0)
    changed = bool(True)
    while changed and pass_no < cols:
        changed = bool(False)
        for j in range(cols - 1):
            a = grid[row, j]
            b = grid[row, j + 1]
            if a > b:
                grid[row, j] = b
                grid[row, j + 1] = a
                changed = bool(True)
                total += 1
        pass_no += 1
    out[row] = total
