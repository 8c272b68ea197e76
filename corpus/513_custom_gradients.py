import warp as wp


@wp.func
def polar(x: float, y: float):
    r = wp.sqrt(x * x + y * y)
    return r, wp.atan2(y, x)


@wp.func_grad(polar)
def adj_polar(x: float, y: float, adj_r: float, adj_theta: float):
    r2 = x * x + y * y
    if r2 > 1.0e-12:
        r = wp.sqrt(r2)
        wp.adjoint[x] += adj_r * x / r - adj_theta * y / r2
        wp.adjoint[y] += adj_r * y / r + adj_theta * x / r2


@wp.func
def clip_grad(v: wp.vec3):
    return v


@wp.func_grad(clip_grad)
def adj_clip_grad(v: wp.vec3, adj_ret: wp.vec3):
    wp.adjoint[v] = wp.vec3(wp.clamp(adj_ret[0], -1.0, 1.0), wp.clamp(adj_ret[1], -1.0, 1.0), wp.clamp(adj_ret[2], -1.0, 1.0))


@wp.kernel
def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    r, t = polar(p[i][0], p[i][1])
    w = clip_grad(v[i])
    out[i] = r * t + wp.length(w)
