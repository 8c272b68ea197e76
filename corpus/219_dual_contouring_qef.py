import warp as wp


@wp.func
def sphere_sdf(p: wp.vec3, c: wp.vec3, r: float) -> float:
    return wp.length(p - c) - r


@wp.func
def field(p: wp.vec3) -> float:
    a = sphere_sdf(p, wp.vec3(0.0, 0.0, 0.0), 0.7)
    b = sphere_sdf(p, wp.vec3(0.5, 0.2, 0.0), 0.4)
    return wp.min(a, b)


@wp.func
def field_normal(p: wp.vec3) -> wp.vec3:
    e = 1.0e-3
    return wp.normalize(wp.vec3(field(p + wp.vec3(e, 0.0, 0.0)) - field(p - wp.vec3(e, 0.0, 0.0)), field(p + wp.vec3(0.0, e, 0.0)) - field(p - wp.vec3(0.0, e, 0.0)), field(p + wp.vec3(0.0, 0.0, e)) - field(p - wp.vec3(0.0, 0.0, e))))


@wp.func
def corner(c: int) -> wp.vec3:
    return wp.vec3(float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1))


@wp.kernel
def cell_vertices(origin: wp.vec3, h: float, verts: wp.array3d(dtype=wp.vec3), active: wp.array3d(dtype=wp.bool), count: wp.array(dtype=int)):
    i, j, k = wp.tid()
    base = origin + wp.vec3(float(i), float(j), float(k)) * h
    ATA = wp.mat33()
    ATb = wp.vec3()
    mass = wp.vec3()
    n_cross = int(0)
    for e in range(12):
        axis = e // 4
        m = e % 4
        c0 = wp.vec3()
        if axis == 0:
            c0 = wp.vec3(0.0, float(m & 1), float(m >> 1))
        elif axis == 1:
            c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))
        else:
            c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)
        c1 = c0
        c1[axis] = 1.0
        p0 = base + c0 * h
        p1 = base + c1 * h
        f0 = field(p0)
        f1 = field(p1)
        if (f0 < 0.0) == (f1 < 0.0):
            continue
        t = f0 / (f0 - f1)
        p = wp.lerp(p0, p1, t)
        n = field_normal(p)
        ATA += wp.outer(n, n)
        ATb += n * wp.dot(n, p)
        mass += p
        n_cross += 1
    if n_cross == 0:
        active[i, j, k] = False
        return
    centroid = mass / float(n_cross)
    reg = wp.identity(n=3, dtype=float) * 0.05
    x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid
    lo = base
    hi = base + wp.vec3(h)
    verts[i, j, k] = wp.min(wp.max(x, lo), hi)
    active[i, j, k] = True
    wp.atomic_add(count, 0, 1)


@wp.kernel
def corner_signs(origin: wp.vec3, h: float, signs: wp.array3d(dtype=wp.uint8)):
    i, j, k = wp.tid()
    base = origin + wp.vec3(float(i), float(j), float(k)) * h
    bits = int(0)
    for c in range(8):
        if field(base + corner(c) * h) < 0.0:
            bits |= 1 << c
    signs[i, j, k] = wp.uint8(bits)
