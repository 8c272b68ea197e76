# @wp.func_native snippets over the value types: vector and matrix
# parameters and results, a struct, 2-d array indexing with wp::index,
# atomics on array addresses, C++ loops and integer division, a snippet
# called from a @wp.func.
import warp as wp


@wp.struct
class Body:
    mass: float
    vel: wp.vec3
    flags: int


@wp.func_native("""
    wp::vec3 r(v[0] * s, v[1] - s, v[2] + s);
    return r;
""")
def scale_shift(v: wp.vec3, s: float) -> wp.vec3: ...


@wp.func_native("""
    float t = 0.0f;
    for (int i = 0; i < 3; ++i)
        t += m.data[i][i] * (float)(i + 1);
    return t + wp::dot(a, b) - wp::length(wp::cross(a, b));
""")
def weighted_trace(m: wp.mat33, a: wp.vec3, b: wp.vec3) -> float: ...


@wp.func_native("""
    return b.mass * b.vel[1] + (float)(b.flags / 3) + (float)(b.flags % 3);
""")
def body_energy(b: Body) -> float: ...


@wp.func_native("""
    float acc = 0.0f;
    for (int j = 0; j < grid.shape.dims[1]; ++j)
        acc += wp::index(grid, row, j);
    wp::atomic_add(&total[0], acc);
    wp::atomic_add(&hits[row % 2], 1);
""")
def row_sum(grid: wp.array2d(dtype=float), row: int, total: wp.array(dtype=float), hits: wp.array(dtype=int)): ...


@wp.func
def energy_plus(b: Body, extra: float):
    return body_energy(b) + extra


@wp.kernel
def values(
    vs: wp.array(dtype=wp.vec3),
    ms: wp.array(dtype=wp.mat33),
    s: float,
    bodies: wp.array(dtype=Body),
    out_v: wp.array(dtype=wp.vec3),
    out_f: wp.array(dtype=float),
):
    i = wp.tid()
    v = scale_shift(vs[i], s)
    out_v[i] = v
    out_f[i] = weighted_trace(ms[i], vs[i], v) + energy_plus(bodies[i], s)


@wp.kernel
def reduce_rows(grid: wp.array2d(dtype=float), total: wp.array(dtype=float), hits: wp.array(dtype=int)):
    i = wp.tid()
    row_sum(grid, i, total, hits)
