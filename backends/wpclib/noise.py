# noise.py: Perlin noise (noise.h): noise, pnoise of a float, vec2, vec3,
# vec4 and curlnoise of a vec2, vec3, vec4 (the forward functions; Warp
# 1.10 and 1.16 compute them alike).
#
# The lattice hash of noise.h multiplies int coordinates by uint32 primes:
# C++ converts the int to uint32 (wraparound), and `a * p1 ^ b * p2 + state`
# is `(a * p1) ^ ((b * p2) + state)`. randf(idx) and sample_unit_square /
# sample_unit_cube / sample_unit_hypercube(idx) advance a local copy of the
# hashed index, as the C++ does with its reference argument. (int)floor(x)
# is int(wp.floor(x)). Dot products are written as noise.h writes them:
# dx * g[0] + dy * g[1] + ... in the value functions, dot() in the
# gradient functions (curlnoise).

import warp as wp


@wp.func
def _noise_smootherstep(t: float):
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


@wp.func
def _noise_smootherstep_gradient(t: float):
    return 30.0 * t * t * (t * (t - 2.0) + 1.0)


@wp.func
def _noise_interpolate(a0: float, a1: float, t: float):
    return (a1 - a0) * _noise_smootherstep(t) + a0


@wp.func
def _noise_interpolate_gradient_2d(a0: float, a1: float, t: float, d_a0: wp.vec2, d_a1: wp.vec2, d_t: wp.vec2):
    return (d_a1 - d_a0) * _noise_smootherstep(t) + (a1 - a0) * _noise_smootherstep_gradient(t) * d_t + d_a0


@wp.func
def _noise_interpolate_gradient_3d(a0: float, a1: float, t: float, d_a0: wp.vec3, d_a1: wp.vec3, d_t: wp.vec3):
    return (d_a1 - d_a0) * _noise_smootherstep(t) + (a1 - a0) * _noise_smootherstep_gradient(t) * d_t + d_a0


@wp.func
def _noise_interpolate_gradient_4d(a0: float, a1: float, t: float, d_a0: wp.vec4, d_a1: wp.vec4, d_t: wp.vec4):
    return (d_a1 - d_a0) * _noise_smootherstep(t) + (a1 - a0) * _noise_smootherstep_gradient(t) * d_t + d_a0


# ---- lattice gradients ----


@wp.func
def _noise_random_gradient_1d(state: wp.uint32, ix: int):
    idx = wp.uint32(ix) * wp.uint32(73856093) + state
    return wp.randf(idx, -1.0, 1.0)


@wp.func
def _noise_random_gradient_2d(state: wp.uint32, ix: int, iy: int):
    idx = (wp.uint32(ix) * wp.uint32(73856093)) ^ ((wp.uint32(iy) * wp.uint32(19349663)) + state)
    return wp.normalize(wp.sample_unit_square(idx))


@wp.func
def _noise_random_gradient_3d(state: wp.uint32, ix: int, iy: int, iz: int):
    idx = (
        (wp.uint32(ix) * wp.uint32(73856093))
        ^ (wp.uint32(iy) * wp.uint32(19349663))
        ^ ((wp.uint32(iz) * wp.uint32(53471161)) + state)
    )
    return wp.normalize(wp.sample_unit_cube(idx))


@wp.func
def _noise_random_gradient_4d(state: wp.uint32, ix: int, iy: int, iz: int, it: int):
    idx = (
        (wp.uint32(ix) * wp.uint32(73856093))
        ^ (wp.uint32(iy) * wp.uint32(19349663))
        ^ (wp.uint32(iz) * wp.uint32(53471161))
        ^ ((wp.uint32(it) * wp.uint32(10000019)) + state)
    )
    # sample_unit_hypercube (rand.h): four randf(idx) - 0.5, idx advancing
    a = wp.randf(idx) - 0.5
    b = wp.randf(idx) - 0.5
    c = wp.randf(idx) - 0.5
    d = wp.randf(idx) - 0.5
    return wp.normalize(wp.vec4(a, b, c, d))


@wp.func
def _noise_dot_grid_gradient_1d(state: wp.uint32, ix: int, dx: float):
    gradient = _noise_random_gradient_1d(state, ix)
    return dx * gradient


@wp.func
def _noise_dot_grid_gradient_2d(state: wp.uint32, ix: int, iy: int, dx: float, dy: float):
    gradient = _noise_random_gradient_2d(state, ix, iy)
    return dx * gradient[0] + dy * gradient[1]


@wp.func
def _noise_dot_grid_gradient_3d(state: wp.uint32, ix: int, iy: int, iz: int, dx: float, dy: float, dz: float):
    gradient = _noise_random_gradient_3d(state, ix, iy, iz)
    return dx * gradient[0] + dy * gradient[1] + dz * gradient[2]


@wp.func
def _noise_dot_grid_gradient_4d(
    state: wp.uint32, ix: int, iy: int, iz: int, it: int, dx: float, dy: float, dz: float, dt: float
):
    gradient = _noise_random_gradient_4d(state, ix, iy, iz, it)
    return dx * gradient[0] + dy * gradient[1] + dz * gradient[2] + dt * gradient[3]


# ---- noise on the lattice cell (noise.h's noise_1d .. noise_4d) ----


@wp.func
def _noise_cell_1d(state: wp.uint32, x0: int, x1: int, dx: float):
    v0 = _noise_dot_grid_gradient_1d(state, x0, dx)
    v1 = _noise_dot_grid_gradient_1d(state, x1, dx - 1.0)
    return _noise_interpolate(v0, v1, dx)


@wp.func
def _noise_cell_2d(state: wp.uint32, x0: int, y0: int, x1: int, y1: int, dx: float, dy: float):
    v00 = _noise_dot_grid_gradient_2d(state, x0, y0, dx, dy)
    v10 = _noise_dot_grid_gradient_2d(state, x1, y0, dx - 1.0, dy)
    xi0 = _noise_interpolate(v00, v10, dx)

    v01 = _noise_dot_grid_gradient_2d(state, x0, y1, dx, dy - 1.0)
    v11 = _noise_dot_grid_gradient_2d(state, x1, y1, dx - 1.0, dy - 1.0)
    xi1 = _noise_interpolate(v01, v11, dx)

    return _noise_interpolate(xi0, xi1, dy)


@wp.func
def _noise_cell_3d(
    state: wp.uint32, x0: int, y0: int, z0: int, x1: int, y1: int, z1: int, dx: float, dy: float, dz: float
):
    v000 = _noise_dot_grid_gradient_3d(state, x0, y0, z0, dx, dy, dz)
    v100 = _noise_dot_grid_gradient_3d(state, x1, y0, z0, dx - 1.0, dy, dz)
    xi00 = _noise_interpolate(v000, v100, dx)

    v010 = _noise_dot_grid_gradient_3d(state, x0, y1, z0, dx, dy - 1.0, dz)
    v110 = _noise_dot_grid_gradient_3d(state, x1, y1, z0, dx - 1.0, dy - 1.0, dz)
    xi10 = _noise_interpolate(v010, v110, dx)

    yi0 = _noise_interpolate(xi00, xi10, dy)

    v001 = _noise_dot_grid_gradient_3d(state, x0, y0, z1, dx, dy, dz - 1.0)
    v101 = _noise_dot_grid_gradient_3d(state, x1, y0, z1, dx - 1.0, dy, dz - 1.0)
    xi01 = _noise_interpolate(v001, v101, dx)

    v011 = _noise_dot_grid_gradient_3d(state, x0, y1, z1, dx, dy - 1.0, dz - 1.0)
    v111 = _noise_dot_grid_gradient_3d(state, x1, y1, z1, dx - 1.0, dy - 1.0, dz - 1.0)
    xi11 = _noise_interpolate(v011, v111, dx)

    yi1 = _noise_interpolate(xi01, xi11, dy)

    return _noise_interpolate(yi0, yi1, dz)


@wp.func
def _noise_cell_4d(
    state: wp.uint32,
    x0: int,
    y0: int,
    z0: int,
    t0: int,
    x1: int,
    y1: int,
    z1: int,
    t1: int,
    dx: float,
    dy: float,
    dz: float,
    dt: float,
):
    v0000 = _noise_dot_grid_gradient_4d(state, x0, y0, z0, t0, dx, dy, dz, dt)
    v1000 = _noise_dot_grid_gradient_4d(state, x1, y0, z0, t0, dx - 1.0, dy, dz, dt)
    xi000 = _noise_interpolate(v0000, v1000, dx)

    v0100 = _noise_dot_grid_gradient_4d(state, x0, y1, z0, t0, dx, dy - 1.0, dz, dt)
    v1100 = _noise_dot_grid_gradient_4d(state, x1, y1, z0, t0, dx - 1.0, dy - 1.0, dz, dt)
    xi100 = _noise_interpolate(v0100, v1100, dx)

    yi00 = _noise_interpolate(xi000, xi100, dy)

    v0010 = _noise_dot_grid_gradient_4d(state, x0, y0, z1, t0, dx, dy, dz - 1.0, dt)
    v1010 = _noise_dot_grid_gradient_4d(state, x1, y0, z1, t0, dx - 1.0, dy, dz - 1.0, dt)
    xi010 = _noise_interpolate(v0010, v1010, dx)

    v0110 = _noise_dot_grid_gradient_4d(state, x0, y1, z1, t0, dx, dy - 1.0, dz - 1.0, dt)
    v1110 = _noise_dot_grid_gradient_4d(state, x1, y1, z1, t0, dx - 1.0, dy - 1.0, dz - 1.0, dt)
    xi110 = _noise_interpolate(v0110, v1110, dx)

    yi10 = _noise_interpolate(xi010, xi110, dy)

    zi0 = _noise_interpolate(yi00, yi10, dz)

    v0001 = _noise_dot_grid_gradient_4d(state, x0, y0, z0, t1, dx, dy, dz, dt - 1.0)
    v1001 = _noise_dot_grid_gradient_4d(state, x1, y0, z0, t1, dx - 1.0, dy, dz, dt - 1.0)
    xi001 = _noise_interpolate(v0001, v1001, dx)

    v0101 = _noise_dot_grid_gradient_4d(state, x0, y1, z0, t1, dx, dy - 1.0, dz, dt - 1.0)
    v1101 = _noise_dot_grid_gradient_4d(state, x1, y1, z0, t1, dx - 1.0, dy - 1.0, dz, dt - 1.0)
    xi101 = _noise_interpolate(v0101, v1101, dx)

    yi01 = _noise_interpolate(xi001, xi101, dy)

    v0011 = _noise_dot_grid_gradient_4d(state, x0, y0, z1, t1, dx, dy, dz - 1.0, dt - 1.0)
    v1011 = _noise_dot_grid_gradient_4d(state, x1, y0, z1, t1, dx - 1.0, dy, dz - 1.0, dt - 1.0)
    xi011 = _noise_interpolate(v0011, v1011, dx)

    v0111 = _noise_dot_grid_gradient_4d(state, x0, y1, z1, t1, dx, dy - 1.0, dz - 1.0, dt - 1.0)
    v1111 = _noise_dot_grid_gradient_4d(state, x1, y1, z1, t1, dx - 1.0, dy - 1.0, dz - 1.0, dt - 1.0)
    xi111 = _noise_interpolate(v0111, v1111, dx)

    yi11 = _noise_interpolate(xi011, xi111, dy)

    zi1 = _noise_interpolate(yi01, yi11, dz)

    return _noise_interpolate(zi0, zi1, dt)


# ---- gradients of the noise on the lattice cell (noise_2d_gradient .. 4d), for curlnoise ----


@wp.func
def _noise_cell_2d_gradient(state: wp.uint32, x0: int, y0: int, x1: int, y1: int, dx: float, dy: float):
    d00 = wp.vec2(dx, dy)
    gradient_v00 = _noise_random_gradient_2d(state, x0, y0)
    v00 = wp.dot(d00, gradient_v00)

    d10 = wp.vec2(dx - 1.0, dy)
    gradient_v10 = _noise_random_gradient_2d(state, x1, y0)
    v10 = wp.dot(d10, gradient_v10)

    d01 = wp.vec2(dx, dy - 1.0)
    gradient_v01 = _noise_random_gradient_2d(state, x0, y1)
    v01 = wp.dot(d01, gradient_v01)

    d11 = wp.vec2(dx - 1.0, dy - 1.0)
    gradient_v11 = _noise_random_gradient_2d(state, x1, y1)
    v11 = wp.dot(d11, gradient_v11)

    dx_dt = wp.vec2(1.0, 0.0)

    xi0 = _noise_interpolate(v00, v10, dx)
    gradient_xi0 = _noise_interpolate_gradient_2d(v00, v10, dx, gradient_v00, gradient_v10, dx_dt)

    xi1 = _noise_interpolate(v01, v11, dx)
    gradient_xi1 = _noise_interpolate_gradient_2d(v01, v11, dx, gradient_v01, gradient_v11, dx_dt)

    dy_dt = wp.vec2(0.0, 1.0)

    return _noise_interpolate_gradient_2d(xi0, xi1, dy, gradient_xi0, gradient_xi1, dy_dt)


@wp.func
def _noise_cell_3d_gradient(
    state: wp.uint32, x0: int, y0: int, z0: int, x1: int, y1: int, z1: int, dx: float, dy: float, dz: float
):
    d000 = wp.vec3(dx, dy, dz)
    gradient_v000 = _noise_random_gradient_3d(state, x0, y0, z0)
    v000 = wp.dot(d000, gradient_v000)

    d100 = wp.vec3(dx - 1.0, dy, dz)
    gradient_v100 = _noise_random_gradient_3d(state, x1, y0, z0)
    v100 = wp.dot(d100, gradient_v100)

    d010 = wp.vec3(dx, dy - 1.0, dz)
    gradient_v010 = _noise_random_gradient_3d(state, x0, y1, z0)
    v010 = wp.dot(d010, gradient_v010)

    d110 = wp.vec3(dx - 1.0, dy - 1.0, dz)
    gradient_v110 = _noise_random_gradient_3d(state, x1, y1, z0)
    v110 = wp.dot(d110, gradient_v110)

    d001 = wp.vec3(dx, dy, dz - 1.0)
    gradient_v001 = _noise_random_gradient_3d(state, x0, y0, z1)
    v001 = wp.dot(d001, gradient_v001)

    d101 = wp.vec3(dx - 1.0, dy, dz - 1.0)
    gradient_v101 = _noise_random_gradient_3d(state, x1, y0, z1)
    v101 = wp.dot(d101, gradient_v101)

    d011 = wp.vec3(dx, dy - 1.0, dz - 1.0)
    gradient_v011 = _noise_random_gradient_3d(state, x0, y1, z1)
    v011 = wp.dot(d011, gradient_v011)

    d111 = wp.vec3(dx - 1.0, dy - 1.0, dz - 1.0)
    gradient_v111 = _noise_random_gradient_3d(state, x1, y1, z1)
    v111 = wp.dot(d111, gradient_v111)

    dx_dt = wp.vec3(1.0, 0.0, 0.0)

    xi00 = _noise_interpolate(v000, v100, dx)
    gradient_xi00 = _noise_interpolate_gradient_3d(v000, v100, dx, gradient_v000, gradient_v100, dx_dt)

    xi10 = _noise_interpolate(v010, v110, dx)
    gradient_xi10 = _noise_interpolate_gradient_3d(v010, v110, dx, gradient_v010, gradient_v110, dx_dt)

    xi01 = _noise_interpolate(v001, v101, dx)
    gradient_xi01 = _noise_interpolate_gradient_3d(v001, v101, dx, gradient_v001, gradient_v101, dx_dt)

    xi11 = _noise_interpolate(v011, v111, dx)
    gradient_xi11 = _noise_interpolate_gradient_3d(v011, v111, dx, gradient_v011, gradient_v111, dx_dt)

    dy_dt = wp.vec3(0.0, 1.0, 0.0)

    yi0 = _noise_interpolate(xi00, xi10, dy)
    gradient_yi0 = _noise_interpolate_gradient_3d(xi00, xi10, dy, gradient_xi00, gradient_xi10, dy_dt)

    yi1 = _noise_interpolate(xi01, xi11, dy)
    gradient_yi1 = _noise_interpolate_gradient_3d(xi01, xi11, dy, gradient_xi01, gradient_xi11, dy_dt)

    dz_dt = wp.vec3(0.0, 0.0, 1.0)

    return _noise_interpolate_gradient_3d(yi0, yi1, dz, gradient_yi0, gradient_yi1, dz_dt)


@wp.func
def _noise_cell_4d_gradient(
    state: wp.uint32,
    x0: int,
    y0: int,
    z0: int,
    t0: int,
    x1: int,
    y1: int,
    z1: int,
    t1: int,
    dx: float,
    dy: float,
    dz: float,
    dt: float,
):
    d0000 = wp.vec4(dx, dy, dz, dt)
    gradient_v0000 = _noise_random_gradient_4d(state, x0, y0, z0, t0)
    v0000 = wp.dot(d0000, gradient_v0000)

    d1000 = wp.vec4(dx - 1.0, dy, dz, dt)
    gradient_v1000 = _noise_random_gradient_4d(state, x1, y0, z0, t0)
    v1000 = wp.dot(d1000, gradient_v1000)

    d0100 = wp.vec4(dx, dy - 1.0, dz, dt)
    gradient_v0100 = _noise_random_gradient_4d(state, x0, y1, z0, t0)
    v0100 = wp.dot(d0100, gradient_v0100)

    d1100 = wp.vec4(dx - 1.0, dy - 1.0, dz, dt)
    gradient_v1100 = _noise_random_gradient_4d(state, x1, y1, z0, t0)
    v1100 = wp.dot(d1100, gradient_v1100)

    d0010 = wp.vec4(dx, dy, dz - 1.0, dt)
    gradient_v0010 = _noise_random_gradient_4d(state, x0, y0, z1, t0)
    v0010 = wp.dot(d0010, gradient_v0010)

    d1010 = wp.vec4(dx - 1.0, dy, dz - 1.0, dt)
    gradient_v1010 = _noise_random_gradient_4d(state, x1, y0, z1, t0)
    v1010 = wp.dot(d1010, gradient_v1010)

    d0110 = wp.vec4(dx, dy - 1.0, dz - 1.0, dt)
    gradient_v0110 = _noise_random_gradient_4d(state, x0, y1, z1, t0)
    v0110 = wp.dot(d0110, gradient_v0110)

    d1110 = wp.vec4(dx - 1.0, dy - 1.0, dz - 1.0, dt)
    gradient_v1110 = _noise_random_gradient_4d(state, x1, y1, z1, t0)
    v1110 = wp.dot(d1110, gradient_v1110)

    d0001 = wp.vec4(dx, dy, dz, dt - 1.0)
    gradient_v0001 = _noise_random_gradient_4d(state, x0, y0, z0, t1)
    v0001 = wp.dot(d0001, gradient_v0001)

    d1001 = wp.vec4(dx - 1.0, dy, dz, dt - 1.0)
    gradient_v1001 = _noise_random_gradient_4d(state, x1, y0, z0, t1)
    v1001 = wp.dot(d1001, gradient_v1001)

    d0101 = wp.vec4(dx, dy - 1.0, dz, dt - 1.0)
    gradient_v0101 = _noise_random_gradient_4d(state, x0, y1, z0, t1)
    v0101 = wp.dot(d0101, gradient_v0101)

    d1101 = wp.vec4(dx - 1.0, dy - 1.0, dz, dt - 1.0)
    gradient_v1101 = _noise_random_gradient_4d(state, x1, y1, z0, t1)
    v1101 = wp.dot(d1101, gradient_v1101)

    d0011 = wp.vec4(dx, dy, dz - 1.0, dt - 1.0)
    gradient_v0011 = _noise_random_gradient_4d(state, x0, y0, z1, t1)
    v0011 = wp.dot(d0011, gradient_v0011)

    d1011 = wp.vec4(dx - 1.0, dy, dz - 1.0, dt - 1.0)
    gradient_v1011 = _noise_random_gradient_4d(state, x1, y0, z1, t1)
    v1011 = wp.dot(d1011, gradient_v1011)

    d0111 = wp.vec4(dx, dy - 1.0, dz - 1.0, dt - 1.0)
    gradient_v0111 = _noise_random_gradient_4d(state, x0, y1, z1, t1)
    v0111 = wp.dot(d0111, gradient_v0111)

    d1111 = wp.vec4(dx - 1.0, dy - 1.0, dz - 1.0, dt - 1.0)
    gradient_v1111 = _noise_random_gradient_4d(state, x1, y1, z1, t1)
    v1111 = wp.dot(d1111, gradient_v1111)

    dx_dt = wp.vec4(1.0, 0.0, 0.0, 0.0)

    xi000 = _noise_interpolate(v0000, v1000, dx)
    gradient_xi000 = _noise_interpolate_gradient_4d(v0000, v1000, dx, gradient_v0000, gradient_v1000, dx_dt)

    xi100 = _noise_interpolate(v0100, v1100, dx)
    gradient_xi100 = _noise_interpolate_gradient_4d(v0100, v1100, dx, gradient_v0100, gradient_v1100, dx_dt)

    xi010 = _noise_interpolate(v0010, v1010, dx)
    gradient_xi010 = _noise_interpolate_gradient_4d(v0010, v1010, dx, gradient_v0010, gradient_v1010, dx_dt)

    xi110 = _noise_interpolate(v0110, v1110, dx)
    gradient_xi110 = _noise_interpolate_gradient_4d(v0110, v1110, dx, gradient_v0110, gradient_v1110, dx_dt)

    xi001 = _noise_interpolate(v0001, v1001, dx)
    gradient_xi001 = _noise_interpolate_gradient_4d(v0001, v1001, dx, gradient_v0001, gradient_v1001, dx_dt)

    xi101 = _noise_interpolate(v0101, v1101, dx)
    gradient_xi101 = _noise_interpolate_gradient_4d(v0101, v1101, dx, gradient_v0101, gradient_v1101, dx_dt)

    xi011 = _noise_interpolate(v0011, v1011, dx)
    gradient_xi011 = _noise_interpolate_gradient_4d(v0011, v1011, dx, gradient_v0011, gradient_v1011, dx_dt)

    xi111 = _noise_interpolate(v0111, v1111, dx)
    gradient_xi111 = _noise_interpolate_gradient_4d(v0111, v1111, dx, gradient_v0111, gradient_v1111, dx_dt)

    dy_dt = wp.vec4(0.0, 1.0, 0.0, 0.0)

    yi00 = _noise_interpolate(xi000, xi100, dy)
    gradient_yi00 = _noise_interpolate_gradient_4d(xi000, xi100, dy, gradient_xi000, gradient_xi100, dy_dt)

    yi10 = _noise_interpolate(xi010, xi110, dy)
    gradient_yi10 = _noise_interpolate_gradient_4d(xi010, xi110, dy, gradient_xi010, gradient_xi110, dy_dt)

    yi01 = _noise_interpolate(xi001, xi101, dy)
    gradient_yi01 = _noise_interpolate_gradient_4d(xi001, xi101, dy, gradient_xi001, gradient_xi101, dy_dt)

    yi11 = _noise_interpolate(xi011, xi111, dy)
    gradient_yi11 = _noise_interpolate_gradient_4d(xi011, xi111, dy, gradient_xi011, gradient_xi111, dy_dt)

    dz_dt = wp.vec4(0.0, 0.0, 1.0, 0.0)

    zi0 = _noise_interpolate(yi00, yi10, dz)
    gradient_zi0 = _noise_interpolate_gradient_4d(yi00, yi10, dz, gradient_yi00, gradient_yi10, dz_dt)

    zi1 = _noise_interpolate(yi01, yi11, dz)
    gradient_zi1 = _noise_interpolate_gradient_4d(yi01, yi11, dz, gradient_yi01, gradient_yi11, dz_dt)

    dt_dt = wp.vec4(0.0, 0.0, 0.0, 1.0)

    return _noise_interpolate_gradient_4d(zi0, zi1, dt, gradient_zi0, gradient_zi1, dt_dt)


# ---- wp.noise ----


@wp.func
def noise_1d(state: wp.uint32, x: float):
    dx = x - wp.floor(x)
    x0 = int(wp.floor(x))
    x1 = x0 + 1
    return _noise_cell_1d(state, x0, x1, dx)


@wp.func
def noise_2d(state: wp.uint32, xy: wp.vec2):
    dx = xy[0] - wp.floor(xy[0])
    dy = xy[1] - wp.floor(xy[1])
    x0 = int(wp.floor(xy[0]))
    y0 = int(wp.floor(xy[1]))
    x1 = x0 + 1
    y1 = y0 + 1
    return _noise_cell_2d(state, x0, y0, x1, y1, dx, dy)


@wp.func
def noise_3d(state: wp.uint32, xyz: wp.vec3):
    dx = xyz[0] - wp.floor(xyz[0])
    dy = xyz[1] - wp.floor(xyz[1])
    dz = xyz[2] - wp.floor(xyz[2])
    x0 = int(wp.floor(xyz[0]))
    y0 = int(wp.floor(xyz[1]))
    z0 = int(wp.floor(xyz[2]))
    x1 = x0 + 1
    y1 = y0 + 1
    z1 = z0 + 1
    return _noise_cell_3d(state, x0, y0, z0, x1, y1, z1, dx, dy, dz)


@wp.func
def noise_4d(state: wp.uint32, xyzt: wp.vec4):
    dx = xyzt[0] - wp.floor(xyzt[0])
    dy = xyzt[1] - wp.floor(xyzt[1])
    dz = xyzt[2] - wp.floor(xyzt[2])
    dt = xyzt[3] - wp.floor(xyzt[3])
    x0 = int(wp.floor(xyzt[0]))
    y0 = int(wp.floor(xyzt[1]))
    z0 = int(wp.floor(xyzt[2]))
    t0 = int(wp.floor(xyzt[3]))
    x1 = x0 + 1
    y1 = y0 + 1
    z1 = z0 + 1
    t1 = t0 + 1
    return _noise_cell_4d(state, x0, y0, z0, t0, x1, y1, z1, t1, dx, dy, dz, dt)


# ---- wp.pnoise: lattice coordinates taken mod the period (C++ %, truncating) ----


@wp.func
def pnoise_1d(state: wp.uint32, x: float, px: int):
    dx = x - wp.floor(x)
    x0 = wp.mod(int(wp.floor(x)), px)
    x1 = wp.mod(x0 + 1, px)
    return _noise_cell_1d(state, x0, x1, dx)


@wp.func
def pnoise_2d(state: wp.uint32, xy: wp.vec2, px: int, py: int):
    dx = xy[0] - wp.floor(xy[0])
    dy = xy[1] - wp.floor(xy[1])
    x0 = wp.mod(int(wp.floor(xy[0])), px)
    y0 = wp.mod(int(wp.floor(xy[1])), py)
    x1 = wp.mod(x0 + 1, px)
    y1 = wp.mod(y0 + 1, py)
    return _noise_cell_2d(state, x0, y0, x1, y1, dx, dy)


@wp.func
def pnoise_3d(state: wp.uint32, xyz: wp.vec3, px: int, py: int, pz: int):
    dx = xyz[0] - wp.floor(xyz[0])
    dy = xyz[1] - wp.floor(xyz[1])
    dz = xyz[2] - wp.floor(xyz[2])
    x0 = wp.mod(int(wp.floor(xyz[0])), px)
    y0 = wp.mod(int(wp.floor(xyz[1])), py)
    z0 = wp.mod(int(wp.floor(xyz[2])), pz)
    x1 = wp.mod(x0 + 1, px)
    y1 = wp.mod(y0 + 1, py)
    z1 = wp.mod(z0 + 1, pz)
    return _noise_cell_3d(state, x0, y0, z0, x1, y1, z1, dx, dy, dz)


@wp.func
def pnoise_4d(state: wp.uint32, xyzt: wp.vec4, px: int, py: int, pz: int, pt: int):
    dx = xyzt[0] - wp.floor(xyzt[0])
    dy = xyzt[1] - wp.floor(xyzt[1])
    dz = xyzt[2] - wp.floor(xyzt[2])
    dt = xyzt[3] - wp.floor(xyzt[3])
    x0 = wp.mod(int(wp.floor(xyzt[0])), px)
    y0 = wp.mod(int(wp.floor(xyzt[1])), py)
    z0 = wp.mod(int(wp.floor(xyzt[2])), pz)
    t0 = wp.mod(int(wp.floor(xyzt[3])), pt)
    x1 = wp.mod(x0 + 1, px)
    y1 = wp.mod(y0 + 1, py)
    z1 = wp.mod(z0 + 1, pz)
    t1 = wp.mod(t0 + 1, pt)
    return _noise_cell_4d(state, x0, y0, z0, t0, x1, y1, z1, t1, dx, dy, dz, dt)


# ---- wp.curlnoise: octaves of noise gradients; the 3d and 4d forms use three
# fields, the state rehashed with rand_init(state, offset) between them ----
# (C++'s `for (int i = 0; i < octaves; i++)` compares i as uint32)


@wp.func
def curlnoise_2d(state: wp.uint32, xy: wp.vec2, octaves: wp.uint32, lacunarity: float, gain: float):
    curl_sum = wp.vec2(0.0)
    freq = float(1.0)
    amplitude = float(1.0)

    i = wp.uint32(0)
    while i < octaves:
        pt = freq * xy
        dx = pt[0] - wp.floor(pt[0])
        dy = pt[1] - wp.floor(pt[1])
        x0 = int(wp.floor(pt[0]))
        y0 = int(wp.floor(pt[1]))
        x1 = x0 + 1
        y1 = y0 + 1

        grad_field = _noise_cell_2d_gradient(state, x0, y0, x1, y1, dx, dy)
        curl_sum += amplitude * grad_field

        amplitude *= gain
        freq *= lacunarity
        i += wp.uint32(1)
    return wp.vec2(-curl_sum[1], curl_sum[0])


@wp.func
def curlnoise_3d(state: wp.uint32, xyz: wp.vec3, octaves: wp.uint32, lacunarity: float, gain: float):
    curl_sum_1 = wp.vec3(0.0)
    curl_sum_2 = wp.vec3(0.0)
    curl_sum_3 = wp.vec3(0.0)
    freq = float(1.0)
    amplitude = float(1.0)

    s = state
    i = wp.uint32(0)
    while i < octaves:
        pt = freq * xyz
        dx = pt[0] - wp.floor(pt[0])
        dy = pt[1] - wp.floor(pt[1])
        dz = pt[2] - wp.floor(pt[2])
        x0 = int(wp.floor(pt[0]))
        y0 = int(wp.floor(pt[1]))
        z0 = int(wp.floor(pt[2]))
        x1 = x0 + 1
        y1 = y0 + 1
        z1 = z0 + 1

        grad_field_1 = _noise_cell_3d_gradient(s, x0, y0, z0, x1, y1, z1, dx, dy, dz)
        s = wp.rand_init(int(s), 10019689)
        grad_field_2 = _noise_cell_3d_gradient(s, x0, y0, z0, x1, y1, z1, dx, dy, dz)
        s = wp.rand_init(int(s), 13112221)
        grad_field_3 = _noise_cell_3d_gradient(s, x0, y0, z0, x1, y1, z1, dx, dy, dz)

        curl_sum_1 += amplitude * grad_field_1
        curl_sum_2 += amplitude * grad_field_2
        curl_sum_3 += amplitude * grad_field_3

        amplitude *= gain
        freq *= lacunarity
        i += wp.uint32(1)

    return wp.vec3(curl_sum_3[1] - curl_sum_2[2], curl_sum_1[2] - curl_sum_3[0], curl_sum_2[0] - curl_sum_1[1])


@wp.func
def curlnoise_4d(state: wp.uint32, xyzt: wp.vec4, octaves: wp.uint32, lacunarity: float, gain: float):
    curl_sum_1 = wp.vec4(0.0)
    curl_sum_2 = wp.vec4(0.0)
    curl_sum_3 = wp.vec4(0.0)
    freq = float(1.0)
    amplitude = float(1.0)

    s = state
    i = wp.uint32(0)
    while i < octaves:
        pt = freq * xyzt
        dx = pt[0] - wp.floor(pt[0])
        dy = pt[1] - wp.floor(pt[1])
        dz = pt[2] - wp.floor(pt[2])
        dt = pt[3] - wp.floor(pt[3])
        x0 = int(wp.floor(pt[0]))
        y0 = int(wp.floor(pt[1]))
        z0 = int(wp.floor(pt[2]))
        t0 = int(wp.floor(pt[3]))
        x1 = x0 + 1
        y1 = y0 + 1
        z1 = z0 + 1
        t1 = t0 + 1

        grad_field_1 = _noise_cell_4d_gradient(s, x0, y0, z0, t0, x1, y1, z1, t1, dx, dy, dz, dt)
        s = wp.rand_init(int(s), 10019689)
        grad_field_2 = _noise_cell_4d_gradient(s, x0, y0, z0, t0, x1, y1, z1, t1, dx, dy, dz, dt)
        s = wp.rand_init(int(s), 13112221)
        grad_field_3 = _noise_cell_4d_gradient(s, x0, y0, z0, t0, x1, y1, z1, t1, dx, dy, dz, dt)

        curl_sum_1 += amplitude * grad_field_1
        curl_sum_2 += amplitude * grad_field_2
        curl_sum_3 += amplitude * grad_field_3

        amplitude *= gain
        freq *= lacunarity
        i += wp.uint32(1)

    return wp.vec3(curl_sum_3[1] - curl_sum_2[2], curl_sum_1[2] - curl_sum_3[0], curl_sum_2[0] - curl_sum_1[1])


@wp.kernel
def wpclib_noise_refs(seed: int, x: float, out: wp.array(dtype=float), curl: wp.array(dtype=wp.vec4)):
    s = wp.rand_init(seed)
    v2 = wp.vec2(x, x)
    v3 = wp.vec3(x, x, x)
    v4 = wp.vec4(x, x, x, x)
    out[0] = noise_1d(s, x) + noise_2d(s, v2) + noise_3d(s, v3) + noise_4d(s, v4)
    out[1] = pnoise_1d(s, x, 2) + pnoise_2d(s, v2, 2, 2) + pnoise_3d(s, v3, 2, 2, 2) + pnoise_4d(s, v4, 2, 2, 2, 2)
    c2 = curlnoise_2d(s, v2, wp.uint32(1), 2.0, 0.5)
    c3 = curlnoise_3d(s, v3, wp.uint32(1), 2.0, 0.5)
    c4 = curlnoise_4d(s, v4, wp.uint32(1), 2.0, 0.5)
    curl[0] = wp.vec4(c2[0], c2[1], c3[0] + c4[0], c3[1] + c4[1])
