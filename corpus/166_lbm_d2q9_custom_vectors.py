import warp as wp

Q = 9
CS2 = wp.constant(1.0 / 3.0)
vec9 = wp.types.vector(length=9, dtype=float)
vec9i = wp.types.vector(length=9, dtype=int)



@wp.func
def lattice_weight(q: int) -> float:
    if q == 0:
        return 4.0 / 9.0
    elif q < 5:
        return 1.0 / 9.0
    return 1.0 / 36.0


@wp.func
def lattice_dir(q: int) -> wp.vec2i:
    ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)
    ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)
    return wp.vec2i(ex[q], ey[q])


@wp.func
def opposite(q: int) -> int:
    opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)
    return opp[q]


@wp.func
def equilibrium(rho: float, u: wp.vec2, q: int) -> float:
    e = lattice_dir(q)
    eu = float(e[0]) * u[0] + float(e[1]) * u[1]
    uu = wp.dot(u, u)
    return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)


@wp.func
def moments(f: vec9):
    rho = float(0.0)
    mx = float(0.0)
    my = float(0.0)
    for q in range(Q):
        rho += f[q]
        e = lattice_dir(q)
        mx += f[q] * float(e[0])
        my += f[q] * float(e[1])
    if rho > 0.0:
        return rho, wp.vec2(mx / rho, my / rho)
    return rho, wp.vec2()


@wp.kernel
def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):
    x, y = wp.tid()
    nx = f_in.shape[0]
    ny = f_in.shape[1]
    f = vec9()
    for q in range(Q):
        f[q] = f_in[x, y, q]
    rho, u = moments(f)
    if y == ny - 1:
        u = wp.vec2(u_lid, 0.0)
    for q in range(Q):
        feq = equilibrium(rho, u, q)
        post = f[q] - omega * (f[q] - feq)
        e = lattice_dir(q)
        xn = x + e[0]
        yn = y + e[1]
        if xn < 0 or xn >= nx or yn < 0 or yn >= ny:
            f_out[x, y, opposite(q)] = post
            continue
        if solid[xn, yn]:
            f_out[x, y, opposite(q)] = post
        else:
            f_out[xn, yn, q] = post


@wp.kernel
def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):
    x, y = wp.tid()
    g = vec9()
    for q in range(Q):
        g[q] = f[x, y, q]
    rho, u = moments(g)
    rho_out[x, y] = rho
    u_out[x, y] = u
    if x > 0 and y > 0:
        vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])


@wp.kernel
def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):
    x, y = wp.tid()
    for q in range(Q):
        f[x, y, q] = equilibrium(rho0, u0, q)
