# NanoVDB volumes of every value type Warp supports: templated sampling
# (closest and trilinear, integer weights truncated for int volumes),
# lookups and stores of float64, int32, int64, uint32, vec3d, vec4f and
# vec4d grids, and reads of a grid of another type (zero).
import warp as wp


@wp.kernel
def double_field(v: wp.uint64, p: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3i), out: wp.array(dtype=wp.float64)):
    t = wp.tid()
    q = c[t]
    uvw = p[t] * 4.0
    s = wp.volume_sample(v, uvw, wp.Volume.LINEAR, dtype=wp.float64)
    s += wp.volume_sample(v, uvw, wp.Volume.CLOSEST, dtype=wp.float64)
    out[t] = s + wp.volume_lookup(v, q[0], q[1], q[2], dtype=wp.float64) + wp.float64(wp.volume_lookup_f(v, q[0], q[1], q[2]))
    wp.volume_store(v, q[0] - 1, q[1], -q[2], s)


@wp.kernel
def int_fields(
    vi: wp.uint64,
    vl: wp.uint64,
    vu: wp.uint64,
    p: wp.array(dtype=wp.vec3),
    c: wp.array(dtype=wp.vec3i),
    out_i: wp.array(dtype=wp.int32),
    out_l: wp.array(dtype=wp.int64),
    out_u: wp.array(dtype=wp.uint32),
):
    t = wp.tid()
    q = c[t]
    uvw = p[t] * 4.0
    grid_point = wp.vec3(float(q[0]), float(-q[1]), float(q[2]))
    out_i[t] = wp.volume_sample(vi, uvw, wp.Volume.LINEAR, dtype=wp.int32) + wp.volume_sample(vi, grid_point, wp.Volume.LINEAR, dtype=wp.int32)
    out_l[t] = wp.volume_sample(vl, uvw, wp.Volume.CLOSEST, dtype=wp.int64) + wp.volume_lookup(vl, -q[0], q[1], q[2], dtype=wp.int64)
    out_u[t] = wp.volume_sample(vu, grid_point, wp.Volume.LINEAR, dtype=wp.uint32) + wp.volume_lookup(vu, q[0], q[1], -q[2], dtype=wp.uint32)
    wp.volume_store(vl, q[0], q[1], q[2], wp.int64(t) * wp.int64(1000000007))
    wp.volume_store(vu, -q[0], q[1], q[2], wp.uint32(t) + wp.uint32(4000000000))


@wp.kernel
def vector_fields(
    v3d: wp.uint64,
    v4f: wp.uint64,
    v4d: wp.uint64,
    p: wp.array(dtype=wp.vec3),
    c: wp.array(dtype=wp.vec3i),
    out3: wp.array(dtype=wp.vec3d),
    out4: wp.array(dtype=wp.vec4),
    out4d: wp.array(dtype=wp.vec4d),
):
    t = wp.tid()
    q = c[t]
    uvw = p[t] * 4.0
    out3[t] = wp.volume_sample(v3d, uvw, wp.Volume.LINEAR, dtype=wp.vec3d) + wp.volume_lookup(v3d, q[0], q[1], q[2], dtype=wp.vec3d)
    out4[t] = wp.volume_sample(v4f, uvw, wp.Volume.LINEAR, dtype=wp.vec4) - wp.volume_sample(v4f, uvw, wp.Volume.CLOSEST, dtype=wp.vec4)
    out4d[t] = wp.volume_sample(v4d, uvw, wp.Volume.LINEAR, dtype=wp.vec4d) + wp.volume_lookup(v4d, -q[0], -q[1], q[2], dtype=wp.vec4d)
    wp.volume_store(v3d, q[0], q[1], q[2], out3[t])
    wp.volume_store(v4f, q[0], -q[1], q[2], out4[t])
    wp.volume_store(v4d, q[2], q[1], q[0], out4d[t])
    # a vec3d volume read as float, or with a sampling mode neither closest nor linear: zero
    out4[t] += wp.vec4(wp.volume_sample_f(v3d, uvw, wp.Volume.LINEAR), wp.volume_lookup_f(v3d, q[0], q[1], q[2]), wp.volume_sample_v(v3d, uvw, 0)[0], 0.0)
    out3[t] += wp.volume_sample(v3d, uvw, 2, dtype=wp.vec3d)
