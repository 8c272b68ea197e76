import warp as wp


@wp.struct
class Spring:
    i: int
    j: int
    rest_length: float
    stiffness: float
    damping: float


@wp.func
def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, s: Spring) -> wp.vec3:
    d = xj - xi
    l = wp.length(d)
    if l < 1.0e-6:
        return wp.vec3()
    dir = d / l
    stretch = l - s.rest_length
    rel_v = wp.dot(vj - vi, dir)
    return dir * (s.stiffness * stretch + s.damping * rel_v)


@wp.kernel
def eval_springs(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    springs: wp.array(dtype=Spring),
    f: wp.array(dtype=wp.vec3),
    strain: wp.array(dtype=float),
):
    tid = wp.tid()
    s = springs[tid]
    fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s)
    wp.atomic_add(f, s.i, fs)
    wp.atomic_sub(f, s.j, fs)
    strain[tid] = wp.length(x[s.j] - x[s.i]) / s.rest_length - 1.0


@wp.kernel
def integrate_cloth(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    f: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    gravity: wp.vec3,
    dt: float,
):
    tid = wp.tid()
    w = inv_mass[tid]
    if w == 0.0:
        v[tid] = wp.vec3()
        f[tid] = wp.vec3()
        return
    vel = v[tid] + (f[tid] * w + gravity) * dt
    x[tid] = x[tid] + vel * dt
    v[tid] = vel
    f[tid] = wp.vec3()


@wp.kernel
def tear_springs(springs: wp.array(dtype=Spring), strain: wp.array(dtype=float), max_strain: float, torn: wp.array(dtype=int)):
    tid = wp.tid()
    if strain[tid] > max_strain:
        s = springs[tid]
        s.stiffness = 0.0
        s.damping = 0.0
        springs[tid] = s
        torn[0] += 1


@wp.kernel
def grid_springs(
    x: wp.array2d(dtype=wp.vec3),
    v: wp.array2d(dtype=wp.vec3),
    f: wp.array2d(dtype=wp.vec3),
    rest: float,
    k_struct: float,
    k_shear: float,
    kd: float,
):
    i, j = wp.tid()
    rows = x.shape[0]
    cols = x.shape[1]
    xi = x[i, j]
    vi = v[i, j]
    total = wp.vec3()
    for di in range(-1, 2):
        for dj in range(-1, 2):
            if di == 0 and dj == 0:
                continue
            ni = i + di
            nj = j + dj
            if ni < 0 or ni >= rows or nj < 0 or nj >= cols:
                continue
            k = k_struct
            r = rest
            if di != 0 and dj != 0:
                k = k_shear
                r = rest * 1.41421356
            s = Spring()
            s.rest_length = r
            s.stiffness = k
            s.damping = kd
            total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)
    f[i, j] = total
