import warp as wp


@wp.func
def blend(a: float, b: float, t: float):
    return a * (1.0 - t) + b * t


@wp.kernel
def misc(x: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), out: wp.array(dtype=float)):
    i = wp.tid()
    a = x[i]
    b = blend(a, 2.0, t=0.25)
    c = blend(t=0.5, a=a, b=b)
    d = abs(a) + min(a, b) + max(b, c) + a ** 2.0
    e = int(wp.floor(d)) % 7 + n[i] // 3 + n[i] / 2
    f = float(e) % 3.0 + d // 2.0
    w = -v[i]
    if w == v[i] or not n[i]:
        f = f + 1.0
    g = bool(n[i] & 1)
    if g:
        f = -f
    out[i] = f + wp.where(f > 0.0, 1.0, -1.0) + wp.length(w)
