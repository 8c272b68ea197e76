import warp as wp


@wp.struct
class Adjacency:
    offsets: wp.array(dtype=int)
    neighbors: wp.array(dtype=int)
    weights: wp.array(dtype=float)


@wp.func
def umbrella(adj: Adjacency, x: wp.array(dtype=wp.vec3), v: int, cotan: bool) -> wp.vec3:
    start = adj.offsets[v]
    end = adj.offsets[v + 1]
    if end <= start:
        return wp.vec3()
    s = wp.vec3()
    wsum = float(0.0)
    for k in range(start, end):
        w = float(1.0)
        if cotan:
            w = adj.weights[k]
        s += (x[adj.neighbors[k]] - x[v]) * w
        wsum += w
    if wsum == 0.0:
        return wp.vec3()
    return s / wsum


@wp.kernel
def smooth_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, cotan: bool, x_out: wp.array(dtype=wp.vec3)):
    v = wp.tid()
    if boundary[v]:
        x_out[v] = x[v]
        return
    x_out[v] = x[v] + umbrella(adj, x, v, cotan) * lam


@wp.kernel
def taubin_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, mu: float, tmp: wp.array(dtype=wp.vec3), shrink: bool):
    v = wp.tid()
    if boundary[v]:
        tmp[v] = x[v]
        return
    f = lam
    if not shrink:
        f = mu
    tmp[v] = x[v] + umbrella(adj, x, v, False) * f


@wp.kernel
def cotan_weights(adj: Adjacency, x: wp.array(dtype=wp.vec3), opp_a: wp.array(dtype=int), opp_b: wp.array(dtype=int), owner: wp.array(dtype=int), clamp_min: float):
    k = wp.tid()
    i = owner[k]
    j = adj.neighbors[k]
    w = float(0.0)
    for side in range(2):
        o = opp_a[k]
        if side == 1:
            o = opp_b[k]
        if o < 0:
            continue
        u = x[i] - x[o]
        v = x[j] - x[o]
        c = wp.dot(u, v)
        s = wp.length(wp.cross(u, v))
        if s > 1.0e-12:
            w += 0.5 * c / s
    adj.weights[k] = wp.max(w, clamp_min)


@wp.kernel
def displacement_stats(x0: wp.array(dtype=wp.vec3), x1: wp.array(dtype=wp.vec3), total: wp.array(dtype=float), peak: wp.array(dtype=float)):
    v = wp.tid()
    d = wp.length(x1[v] - x0[v])
    wp.atomic_add(total, 0, d)
    wp.atomic_max(peak, 0, d)
