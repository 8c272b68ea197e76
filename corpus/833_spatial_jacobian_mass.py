import warp as wp

# wp.spatial_jacobian and wp.spatial_mass (float and double): Warp prints
# the calls, but its C++ does not compile (spatial.h's templates take raw
# pointers, which the arrays passed cannot deduce); wpc's CPU runtime says so.


@wp.kernel
def jacobian_f32(
    S: wp.array(dtype=wp.spatial_vector),
    parents: wp.array(dtype=int),
    qd_start: wp.array(dtype=int),
    starts: wp.array(dtype=int),
    J: wp.array(dtype=float),
):
    i = wp.tid()
    wp.spatial_jacobian(S, parents, qd_start, starts[i], 2, i * 36, J)


@wp.kernel
def jacobian_f64(
    S: wp.array(dtype=wp.spatial_vectord),
    parents: wp.array(dtype=int),
    qd_start: wp.array(dtype=int),
    J: wp.array(dtype=wp.float64),
):
    wp.spatial_jacobian(S, parents, qd_start, 0, 3, 0, J)


@wp.kernel
def mass_f32(I_s: wp.array(dtype=wp.spatial_matrix), M: wp.array(dtype=float)):
    i = wp.tid()
    wp.spatial_mass(I_s, i, 1, i * 36, M)


@wp.kernel
def mass_f64(I_s: wp.array(dtype=wp.spatial_matrixd), M: wp.array(dtype=wp.float64)):
    wp.spatial_mass(I_s, 0, 2, 0, M)
