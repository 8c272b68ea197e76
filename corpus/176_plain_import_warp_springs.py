import warp


@warp.struct
class Spring:
    i: int
    j: int
    rest: float
    stiffness: float


@warp.func
def spring_force(xi: warp.vec3, xj: warp.vec3, vi: warp.vec3, vj: warp.vec3, s: Spring, damping: float) -> warp.vec3:
    d = xj - xi
    l = warp.length(d)
    if l < 1.0e-9:
        return warp.vec3()
    n = d / l
    c = l - s.rest
    rel = warp.dot(vj - vi, n)
    return n * (s.stiffness * c + damping * rel)


@warp.kernel()
def eval_springs(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), damping: float, f: warp.array(dtype=warp.vec3)):
    tid = warp.tid()
    s = springs[tid]
    fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s, damping)
    warp.atomic_add(f, s.i, fs)
    warp.atomic_sub(f, s.j, fs)


@warp.kernel
def symplectic_euler(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), f: warp.array(dtype=warp.vec3), inv_mass: warp.array(dtype=float), gravity: warp.vec3, dt: float):
    tid = warp.tid()
    w = inv_mass[tid]
    if w > 0.0:
        v[tid] = v[tid] + (f[tid] * w + gravity) * dt
        x[tid] = x[tid] + v[tid] * dt
    f[tid] = warp.vec3()


@warp.kernel(enable_backward=False)
def spring_lengths(x: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), max_strain: warp.array(dtype=float)):
    tid = warp.tid()
    s = springs[tid]
    l = warp.length(x[s.j] - x[s.i])
    e = (l - s.rest) / s.rest
    strain[tid] = e
    warp.atomic_max(max_strain, 0, warp.abs(e))


@warp.kernel
def tear_springs(springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), limit: float, torn: warp.array(dtype=int)):
    tid = warp.tid()
    if strain[tid] > limit:
        s = springs[tid]
        s.stiffness = 0.0
        springs[tid] = s
        warp.atomic_add(torn, 0, 1)
