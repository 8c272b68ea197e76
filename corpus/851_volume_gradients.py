# NanoVDB volume gradients: volume_sample_grad of float64, int32, int64,
# uint32, vec3f and vec3d volumes (vec3 gradients of scalars, 3x3 matrices
# of vectors), of index grids over external voxel data, through a function
# taking the volume id, with closest, linear and other sampling modes.
import warp as wp


@wp.func
def sample_both(v: wp.uint64, uvw: wp.vec3, mode: int):
    g = wp.vec3d()
    d = wp.volume_sample_grad(v, uvw, mode, g, dtype=wp.float64)
    return d, g


@wp.kernel
def scalar_grads(v: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.float64), grads: wp.array(dtype=wp.vec3d)):
    t = wp.tid()
    uvw = p[t] * 4.0
    d, g = sample_both(v, uvw, wp.Volume.LINEAR)
    d2, g2 = sample_both(v, uvw, wp.Volume.CLOSEST)
    d3, g3 = sample_both(v, uvw, t % 3)
    vals[t] = d + d2 + d3
    grads[t] = g + g2 + g3


@wp.kernel
def int_grads(
    vi: wp.uint64,
    vl: wp.uint64,
    vu: wp.uint64,
    p: wp.array(dtype=wp.vec3),
    c: wp.array(dtype=wp.vec3i),
    out: wp.array(dtype=wp.int64),
    gi: wp.array(dtype=wp.vec3i),
    gl: wp.array(dtype=wp.vec3l),
    gu: wp.array(dtype=wp.vec3ui),
):
    t = wp.tid()
    q = c[t]
    uvw = wp.vec3(float(q[0]), float(q[1]) + 0.5, float(-q[2])) + p[t]
    a = wp.vec3i()
    b = wp.vec3l()
    u = wp.vec3ui()
    x = wp.volume_sample_grad(vi, uvw, wp.Volume.LINEAR, a, dtype=wp.int32)
    y = wp.volume_sample_grad(vl, wp.vec3(float(q[0]), 1.0, 2.0), wp.Volume.LINEAR, b, dtype=wp.int64)
    z = wp.volume_sample_grad(vu, uvw, wp.Volume.CLOSEST, u, dtype=wp.uint32)
    out[t] = wp.int64(x) + y + wp.int64(z)
    gi[t] = a
    gl[t] = b
    gu[t] = u


@wp.kernel
def vector_grads(v3: wp.uint64, v3d: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d)):
    t = wp.tid()
    uvw = p[t] * 4.0
    g = wp.mat33()
    gd = wp.mat33d()
    s = wp.volume_sample_grad(v3, uvw, wp.Volume.LINEAR, g, dtype=wp.vec3)
    sd = wp.volume_sample_grad(v3d, uvw, wp.Volume.LINEAR, gd, dtype=wp.vec3d)
    vals[t] = s + wp.vec3(float(sd[0]), float(sd[1]), float(sd[2]))
    m[t] = g
    md[t] = gd


@wp.kernel
def index_grads(
    grid: wp.uint64,
    p: wp.array(dtype=wp.vec3),
    data: wp.array(dtype=wp.vec3),
    data_d: wp.array(dtype=wp.float64),
    vals: wp.array(dtype=wp.vec3),
    m: wp.array(dtype=wp.mat33),
    gd: wp.array(dtype=wp.vec3d),
):
    t = wp.tid()
    uvw = p[t] * 2.0
    g = wp.mat33()
    vals[t] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, data, wp.vec3(1.0, 2.0, 3.0), g)
    m[t] = g
    h = wp.vec3d()
    s = wp.volume_sample_grad_index(grid, uvw, wp.Volume.CLOSEST, data_d, wp.float64(-1.0), h)
    s += wp.volume_sample_grad_index(grid, uvw + wp.vec3(0.5), wp.Volume.LINEAR, data_d, wp.float64(0.25), h)
    gd[t] = h * s
