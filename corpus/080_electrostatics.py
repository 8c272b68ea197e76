import warp as wp

COULOMB_K = wp.constant(8.9875517923e9)
EPS0 = wp.constant(8.8541878128e-12)


@wp.func
def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:
    r = p - src
    d2 = wp.dot(r, r) + soft * soft
    return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))


@wp.func
def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:
    r = p - src
    return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)


@wp.kernel
def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    p = origin + wp.vec3(float(i), float(j), float(k)) * spacing
    e = wp.vec3()
    v = float(0.0)
    for c in range(charges.shape[0]):
        e += coulomb_field(charges[c], positions[c], p, soft)
        v += coulomb_potential(charges[c], positions[c], p, soft)
    E[i, j, k] = e
    V[i, j, k] = v


@wp.kernel
def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):
    s = wp.tid()
    p = seeds[s]
    max_pts = lines.shape[1]
    n = int(0)
    while n < max_pts:
        lines[s, n] = p
        n += 1
        e = wp.vec3()
        for c in range(charges.shape[0]):
            e += coulomb_field(charges[c], positions[c], p, soft)
        el = wp.length(e)
        if el < 1.0e-12:
            break
        p = p + e * (step / el)
        hit_sink = bool(False)
        for c in range(charges.shape[0]):
            if charges[c] < 0.0 and wp.length(p - positions[c]) < step:
                hit_sink = True
        if hit_sink:
            break
    lengths[s] = n


@wp.kernel
def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):
    i, j = wp.tid()
    if j <= i:
        return
    u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)
    wp.atomic_add(energy, 0, u)


@wp.kernel
def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):
    i, j, k = wp.tid()
    nx = E.shape[0]
    ny = E.shape[1]
    nz = E.shape[2]
    a = spacing * spacing
    f = float(0.0)
    if i == 0:
        f -= E[i, j, k][0] * a
    if i == nx - 1:
        f += E[i, j, k][0] * a
    if j == 0:
        f -= E[i, j, k][1] * a
    if j == ny - 1:
        f += E[i, j, k][1] * a
    if k == 0:
        f -= E[i, j, k][2] * a
    if k == nz - 1:
        f += E[i, j, k][2] * a
    if f != 0.0:
        wp.atomic_add(flux, 0, f * EPS0)
