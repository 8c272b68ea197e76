# NanoVDB index grids: volume_sample_index of int32, float64, vec3d and
# vec4 voxel data (closest and trilinear), volume_lookup_index, and typed
# reads of an index grid (zero); an index grid sampled in a function with a
# struct of parameters.
import warp as wp


@wp.struct
class IndexSampling:
    background: wp.vec4
    scale: float


@wp.kernel
def index_samples(
    grid: wp.uint64,
    p: wp.array(dtype=wp.vec3),
    ints: wp.array(dtype=wp.int32),
    doubles: wp.array(dtype=wp.float64),
    vecs: wp.array(dtype=wp.vec3d),
    out_i: wp.array(dtype=wp.int32),
    out_d: wp.array(dtype=wp.float64),
    out_v: wp.array(dtype=wp.vec3d),
    ids: wp.array(dtype=wp.int32),
):
    t = wp.tid()
    uvw = p[t] * 2.0
    out_i[t] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, ints, -7) + wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, ints, 3)
    out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))
    out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))
    c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))
    ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)


@wp.func
def sample_rgba(id: wp.uint64, s: IndexSampling, uvw: wp.vec3, colors: wp.array(dtype=wp.vec4)):
    return wp.volume_sample_index(id, uvw * s.scale, wp.Volume.LINEAR, colors, s.background)


@wp.kernel
def index_struct(grid: wp.uint64, s: IndexSampling, p: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):
    t = wp.tid()
    out[t] = sample_rgba(grid, s, p[t], colors)
