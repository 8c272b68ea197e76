import warp as wp

# Lattice tables as constants of module-made vector types (LBM D2Q9):
# wp.constant(vec9(...)) of a wp.types.vector type, integer direction
# tables, and a matrix type made with wp.types.matrix.

vec9 = wp.types.vector(length=9, dtype=float)
vec9i = wp.types.vector(length=9, dtype=int)
mat23 = wp.types.matrix(shape=(2, 3), dtype=float)

W = wp.constant(vec9(4.0 / 9.0, 1.0 / 9.0, 1.0 / 9.0, 1.0 / 9.0, 1.0 / 9.0, 1.0 / 36.0, 1.0 / 36.0, 1.0 / 36.0, 1.0 / 36.0))
EX = wp.constant(vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1))
EY = wp.constant(vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1))
M = wp.constant(mat23(1.0, 2.0, 3.0, 4.0, 5.0, 6.0))


@wp.kernel
def equilibrium(rho: wp.array(dtype=float), u: wp.array(dtype=wp.vec2), f: wp.array2d(dtype=float)):
    i = wp.tid()
    ux = u[i][0]
    uy = u[i][1]
    usq = ux * ux + uy * uy
    for q in range(9):
        eu = float(EX[q]) * ux + float(EY[q]) * uy
        f[i, q] = W[q] * rho[i] * (1.0 + 3.0 * eu + 4.5 * eu * eu - 1.5 * usq) + M[q % 2, q % 3] * 0.0
