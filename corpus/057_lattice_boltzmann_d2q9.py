import warp as wp

wp.set_module_options({"enable_backward": False})

Q = wp.constant(9)
CS2 = wp.constant(1.0 / 3.0)


@wp.func
def lattice_dir(q: int) -> wp.vec2i:
    if q == 1:
        return wp.vec2i(1, 0)
    elif q == 2:
        return wp.vec2i(0, 1)
    elif q == 3:
        return wp.vec2i(-1, 0)
    elif q == 4:
        return wp.vec2i(0, -1)
    elif q == 5:
        return wp.vec2i(1, 1)
    elif q == 6:
        return wp.vec2i(-1, 1)
    elif q == 7:
        return wp.vec2i(-1, -1)
    elif q == 8:
        return wp.vec2i(1, -1)
    return wp.vec2i(0, 0)


@wp.func
def lattice_weight(q: int) -> float:
    if q == 0:
        return 4.0 / 9.0
    if q <= 4:
        return 1.0 / 9.0
    return 1.0 / 36.0


@wp.func
def opposite(q: int) -> int:
    if q == 0:
        return 0
    if q <= 4:
        return ((q - 1 + 2) % 4) + 1
    return ((q - 5 + 2) % 4) + 5


@wp.func
def equilibrium(q: int, rho: float, u: wp.vec2) -> float:
    c = lattice_dir(q)
    cu = float(c[0]) * u[0] + float(c[1]) * u[1]
    uu = wp.dot(u, u)
    return lattice_weight(q) * rho * (1.0 + cu / CS2 + 0.5 * cu * cu / (CS2 * CS2) - 0.5 * uu / CS2)


@wp.kernel
def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2)):
    x, y = wp.tid()
    nx = f_in.shape[0]
    ny = f_in.shape[1]
    if solid[x, y]:
        for q in range(Q):
            f_out[x, y, q] = f_in[x, y, opposite(q)]
        return
    rho = float(0.0)
    mom = wp.vec2(0.0, 0.0)
    for q in range(Q):
        fq = f_in[x, y, q]
        c = lattice_dir(q)
        rho += fq
        mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq
    u = wp.vec2(0.0, 0.0)
    if rho > 0.0:
        u = mom / rho
    rho_out[x, y] = rho
    u_out[x, y] = u
    for q in range(Q):
        feq = equilibrium(q, rho, u)
        post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)
        c = lattice_dir(q)
        xn = (x + c[0] + nx) % nx
        yn = (y + c[1] + ny) % ny
        if solid[xn, yn]:
            f_out[x, y, opposite(q)] = post
        else:
            f_out[xn, yn, q] = post


@wp.kernel
def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):
    x, y, q = wp.tid()
    f[x, y, q] = equilibrium(q, rho0, u0)


@wp.kernel
def inlet_outlet(f: wp.array3d(dtype=float), u_in: float):
    y = wp.tid()
    nx = f.shape[0]
    for q in range(Q):
        f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))
        f[nx - 1, y, q] = f[nx - 2, y, q]
