
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()


struct IndexSampling_04bba155
{
    wp::vec_t<4, wp::float32> background;
    wp::float32 scale;


    IndexSampling_04bba155() = default;
    CUDA_CALLABLE IndexSampling_04bba155(wp::vec_t<4, wp::float32> const& background,
    wp::float32 const& scale = {})
        : background{background}
        , scale{scale}

    {
    }

    CUDA_CALLABLE IndexSampling_04bba155& operator += (const IndexSampling_04bba155& rhs)
    {    background += rhs.background;
    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_IndexSampling_04bba155(wp::vec_t<4, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<4, wp::float32> & adj_background,
    wp::float32 & adj_scale,
    IndexSampling_04bba155 & adj_ret)
{
    adj_background += adj_ret.background;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE IndexSampling_04bba155 add(const IndexSampling_04bba155& a, const IndexSampling_04bba155& b)
{
    return IndexSampling_04bba155();
}

CUDA_CALLABLE void adj_atomic_add(IndexSampling_04bba155* p, IndexSampling_04bba155 t)
{
    wp::adj_atomic_add(&p->background, t.background);
    wp::adj_atomic_add(&p->scale, t.scale);
}



// corpus/852_volume_index_grids.py:35
static CUDA_CALLABLE wp::vec_t<4, wp::float32> sample_rgba_0(
    wp::uint64 var_id,
    IndexSampling_04bba155 var_s,
    wp::vec_t<3, wp::float32> var_uvw,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 1;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    //---------
    // forward
    // def sample_rgba(id: wp.uint64, s: IndexSampling, uvw: wp.vec3, colors: wp.array(dtype=wp.vec4)):       <L 36>
    // return wp.volume_sample_index(id, uvw * s.scale, wp.Volume.LINEAR, colors, s.background)       <L 37>
    var_0 = &(var_s.scale);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_uvw, var_2);
    var_5 = &(var_s.background);
    var_7 = wp::load(var_5);
    var_6 = wp::volume_sample_index(var_id, var_1, var_4, var_colors, var_7);
    return var_6;
}


// corpus/852_volume_index_grids.py:35
static CUDA_CALLABLE void adj_sample_rgba_0(
    wp::uint64 var_id,
    IndexSampling_04bba155 var_s,
    wp::vec_t<3, wp::float32> var_uvw,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::uint64 & adj_id,
    IndexSampling_04bba155 & adj_s,
    wp::vec_t<3, wp::float32> & adj_uvw,
    wp::array_t<wp::vec_t<4, wp::float32>> & adj_colors,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 1;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    //---------
    // forward
    // def sample_rgba(id: wp.uint64, s: IndexSampling, uvw: wp.vec3, colors: wp.array(dtype=wp.vec4)):       <L 36>
    // return wp.volume_sample_index(id, uvw * s.scale, wp.Volume.LINEAR, colors, s.background)       <L 37>
    var_0 = &(var_s.scale);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_uvw, var_2);
    var_5 = &(var_s.background);
    var_7 = wp::load(var_5);
    var_6 = wp::volume_sample_index(var_id, var_1, var_4, var_colors, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_volume_sample_index(var_id, var_1, var_4, var_colors, var_7, adj_id, adj_1, adj_4, adj_colors, adj_5, adj_6);
    adj_s.background += adj_5;
    wp::adj_mul(var_uvw, var_2, adj_uvw, adj_0, adj_1);
    adj_s.scale += adj_0;
    // adj: return wp.volume_sample_index(id, uvw * s.scale, wp.Volume.LINEAR, colors, s.background)  <L 37>
    // adj: def sample_rgba(id: wp.uint64, s: IndexSampling, uvw: wp.vec3, colors: wp.array(dtype=wp.vec4)):  <L 36>
    return;
}



extern "C" __global__ void index_samples_c759e2eb_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_ints,
    wp::array_t<wp::float64> var_doubles,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vecs,
    wp::array_t<wp::int32> var_out_i,
    wp::array_t<wp::float64> var_out_d,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_v,
    wp::array_t<wp::int32> var_ids)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        const wp::float32 var_2 = 2.0;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 7;
        const wp::int32 var_8 = -7;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 3;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 1;
        const wp::float32 var_17 = 0.5;
        wp::float64 var_18;
        wp::float64 var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        const wp::int32 var_26 = 1;
        const wp::float32 var_27 = 1.0;
        wp::float64 var_28;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = -1.0;
        wp::float64 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float64 var_33;
        wp::vec_t<3, wp::float64> var_34;
        wp::vec_t<3, wp::float64> var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 2;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::int32> var_48;
        const wp::int32 var_49 = 0;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        const wp::int32 var_53 = 2;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 100;
        wp::int32 var_57;
        const wp::int32 var_58 = 0;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 0;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::int32 var_71;
        //---------
        // forward
        // def index_samples(                                                                     <L 15>
        // t = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // uvw = p[t] * 2.0                                                                       <L 27>
        var_1 = wp::address(var_p, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // out_i[t] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, ints, -7) + wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, ints, 3)       <L 28>
        var_9 = wp::volume_sample_index(var_grid, var_3, var_6, var_ints, var_8);
        var_13 = wp::volume_sample_index(var_grid, var_3, var_11, var_ints, var_12);
        var_14 = wp::add(var_9, var_13);
        wp::array_store(var_out_i, var_0, var_14);
        // out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))       <L 29>
        var_18 = wp::float64(var_17);
        var_19 = wp::volume_sample_index(var_grid, var_3, var_16, var_doubles, var_18);
        var_22 = wp::volume_sample_f(var_grid, var_3, var_21);
        var_23 = wp::float64(var_22);
        var_24 = wp::add(var_19, var_23);
        wp::array_store(var_out_d, var_0, var_24);
        // out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))       <L 30>
        var_28 = wp::float64(var_27);
        var_31 = wp::float64(var_30);
        var_33 = wp::float64(var_32);
        var_34 = wp::vec_t<3, wp::float64>(var_28, var_31, var_33);
        var_35 = wp::volume_sample_index(var_grid, var_3, var_26, var_vecs, var_34);
        wp::array_store(var_out_v, var_0, var_35);
        // c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))       <L 31>
        var_37 = wp::extract(var_3, var_36);
        var_38 = wp::floor(var_37);
        var_39 = wp::int(var_38);
        var_41 = wp::extract(var_3, var_40);
        var_42 = wp::floor(var_41);
        var_43 = wp::int(var_42);
        var_45 = wp::extract(var_3, var_44);
        var_46 = wp::floor(var_45);
        var_47 = wp::int(var_46);
        var_48 = wp::vec_t<3, wp::int32>(var_39, var_43, var_47);
        // ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)       <L 32>
        var_50 = wp::extract(var_48, var_49);
        var_52 = wp::extract(var_48, var_51);
        var_54 = wp::extract(var_48, var_53);
        var_55 = wp::volume_lookup_index(var_grid, var_50, var_52, var_54);
        var_57 = wp::mul(var_55, var_56);
        var_59 = wp::extract(var_48, var_58);
        var_60 = wp::neg(var_59);
        var_62 = wp::extract(var_48, var_61);
        var_64 = wp::extract(var_48, var_63);
        var_65 = wp::volume_lookup_index(var_grid, var_60, var_62, var_64);
        var_66 = wp::add(var_57, var_65);
        var_70 = wp::volume_lookup_i(var_grid, var_67, var_68, var_69);
        var_71 = wp::add(var_66, var_70);
        wp::array_store(var_ids, var_0, var_71);
    }
}



extern "C" __global__ void index_samples_c759e2eb_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_ints,
    wp::array_t<wp::float64> var_doubles,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vecs,
    wp::array_t<wp::int32> var_out_i,
    wp::array_t<wp::float64> var_out_d,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_v,
    wp::array_t<wp::int32> var_ids,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::int32> adj_ints,
    wp::array_t<wp::float64> adj_doubles,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vecs,
    wp::array_t<wp::int32> adj_out_i,
    wp::array_t<wp::float64> adj_out_d,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out_v,
    wp::array_t<wp::int32> adj_ids)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        const wp::float32 var_2 = 2.0;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 7;
        const wp::int32 var_8 = -7;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 3;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 1;
        const wp::float32 var_17 = 0.5;
        wp::float64 var_18;
        wp::float64 var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        const wp::int32 var_26 = 1;
        const wp::float32 var_27 = 1.0;
        wp::float64 var_28;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = -1.0;
        wp::float64 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float64 var_33;
        wp::vec_t<3, wp::float64> var_34;
        wp::vec_t<3, wp::float64> var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 2;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::int32> var_48;
        const wp::int32 var_49 = 0;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        const wp::int32 var_53 = 2;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 100;
        wp::int32 var_57;
        const wp::int32 var_58 = 0;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 0;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::int32 var_71;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::vec_t<3, wp::float64> adj_34 = {};
        wp::vec_t<3, wp::float64> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::vec_t<3, wp::int32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        //---------
        // forward
        // def index_samples(                                                                     <L 15>
        // t = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // uvw = p[t] * 2.0                                                                       <L 27>
        var_1 = wp::address(var_p, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // out_i[t] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, ints, -7) + wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, ints, 3)       <L 28>
        var_9 = wp::volume_sample_index(var_grid, var_3, var_6, var_ints, var_8);
        var_13 = wp::volume_sample_index(var_grid, var_3, var_11, var_ints, var_12);
        var_14 = wp::add(var_9, var_13);
        // wp::array_store(var_out_i, var_0, var_14);
        // out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))       <L 29>
        var_18 = wp::float64(var_17);
        var_19 = wp::volume_sample_index(var_grid, var_3, var_16, var_doubles, var_18);
        var_22 = wp::volume_sample_f(var_grid, var_3, var_21);
        var_23 = wp::float64(var_22);
        var_24 = wp::add(var_19, var_23);
        // wp::array_store(var_out_d, var_0, var_24);
        // out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))       <L 30>
        var_28 = wp::float64(var_27);
        var_31 = wp::float64(var_30);
        var_33 = wp::float64(var_32);
        var_34 = wp::vec_t<3, wp::float64>(var_28, var_31, var_33);
        var_35 = wp::volume_sample_index(var_grid, var_3, var_26, var_vecs, var_34);
        // wp::array_store(var_out_v, var_0, var_35);
        // c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))       <L 31>
        var_37 = wp::extract(var_3, var_36);
        var_38 = wp::floor(var_37);
        var_39 = wp::int(var_38);
        var_41 = wp::extract(var_3, var_40);
        var_42 = wp::floor(var_41);
        var_43 = wp::int(var_42);
        var_45 = wp::extract(var_3, var_44);
        var_46 = wp::floor(var_45);
        var_47 = wp::int(var_46);
        var_48 = wp::vec_t<3, wp::int32>(var_39, var_43, var_47);
        // ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)       <L 32>
        var_50 = wp::extract(var_48, var_49);
        var_52 = wp::extract(var_48, var_51);
        var_54 = wp::extract(var_48, var_53);
        var_55 = wp::volume_lookup_index(var_grid, var_50, var_52, var_54);
        var_57 = wp::mul(var_55, var_56);
        var_59 = wp::extract(var_48, var_58);
        var_60 = wp::neg(var_59);
        var_62 = wp::extract(var_48, var_61);
        var_64 = wp::extract(var_48, var_63);
        var_65 = wp::volume_lookup_index(var_grid, var_60, var_62, var_64);
        var_66 = wp::add(var_57, var_65);
        var_70 = wp::volume_lookup_i(var_grid, var_67, var_68, var_69);
        var_71 = wp::add(var_66, var_70);
        // wp::array_store(var_ids, var_0, var_71);
        //---------
        // reverse
        wp::adj_array_store(var_ids, var_0, var_71, adj_ids, adj_0, adj_71);
        wp::adj_add(var_66, var_70, adj_66, adj_70, adj_71);
        wp::adj_add(var_57, var_65, adj_57, adj_65, adj_66);
        wp::adj_extract(var_48, var_63, adj_48, adj_63, adj_64);
        wp::adj_extract(var_48, var_61, adj_48, adj_61, adj_62);
        wp::adj_neg(var_59, adj_59, adj_60);
        wp::adj_extract(var_48, var_58, adj_48, adj_58, adj_59);
        wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_extract(var_48, var_53, adj_48, adj_53, adj_54);
        wp::adj_extract(var_48, var_51, adj_48, adj_51, adj_52);
        wp::adj_extract(var_48, var_49, adj_48, adj_49, adj_50);
        // adj: ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)  <L 32>
        wp::adj_vec_t(var_39, var_43, var_47, adj_39, adj_43, adj_47, adj_48);
        wp::adj_int(var_46, adj_46, adj_47);
        wp::adj_extract(var_3, var_44, adj_3, adj_44, adj_45);
        wp::adj_int(var_42, adj_42, adj_43);
        wp::adj_extract(var_3, var_40, adj_3, adj_40, adj_41);
        wp::adj_int(var_38, adj_38, adj_39);
        wp::adj_extract(var_3, var_36, adj_3, adj_36, adj_37);
        // adj: c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))  <L 31>
        wp::adj_array_store(var_out_v, var_0, var_35, adj_out_v, adj_0, adj_35);
        wp::adj_volume_sample_index(var_grid, var_3, var_26, var_vecs, var_34, adj_grid, adj_3, adj_26, adj_vecs, adj_34, adj_35);
        wp::adj_vec_t(var_28, var_31, var_33, adj_28, adj_31, adj_33, adj_34);
        wp::adj_float64(var_32, adj_32, adj_33);
        wp::adj_float64(var_30, adj_30, adj_31);
        wp::adj_float64(var_27, adj_27, adj_28);
        // adj: out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))  <L 30>
        wp::adj_array_store(var_out_d, var_0, var_24, adj_out_d, adj_0, adj_24);
        wp::adj_add(var_19, var_23, adj_19, adj_23, adj_24);
        wp::adj_float64(var_22, adj_22, adj_23);
        wp::adj_volume_sample_f(var_grid, var_3, var_21, adj_grid, adj_3, adj_21, adj_22);
        wp::adj_volume_sample_index(var_grid, var_3, var_16, var_doubles, var_18, adj_grid, adj_3, adj_16, adj_doubles, adj_18, adj_19);
        wp::adj_float64(var_17, adj_17, adj_18);
        // adj: out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))  <L 29>
        wp::adj_array_store(var_out_i, var_0, var_14, adj_out_i, adj_0, adj_14);
        wp::adj_add(var_9, var_13, adj_9, adj_13, adj_14);
        wp::adj_volume_sample_index(var_grid, var_3, var_11, var_ints, var_12, adj_grid, adj_3, adj_11, adj_ints, adj_12, adj_13);
        wp::adj_volume_sample_index(var_grid, var_3, var_6, var_ints, var_8, adj_grid, adj_3, adj_6, adj_ints, adj_8, adj_9);
        // adj: out_i[t] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, ints, -7) + wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, ints, 3)  <L 28>
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: uvw = p[t] * 2.0                                                                  <L 27>
        // adj: t = wp.tid()                                                                      <L 26>
        // adj: def index_samples(                                                                <L 15>
        continue;
    }
}



extern "C" __global__ void index_struct_ee42dcfd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_grid,
    IndexSampling_04bba155 var_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        //---------
        // forward
        // def index_struct(grid: wp.uint64, s: IndexSampling, p: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):       <L 41>
        // t = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // out[t] = sample_rgba(grid, s, p[t], colors)                                            <L 43>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = sample_rgba_0(var_grid, var_s, var_3, var_colors);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void index_struct_ee42dcfd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_grid,
    IndexSampling_04bba155 var_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::uint64 adj_grid,
    IndexSampling_04bba155 adj_s,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_colors,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        //---------
        // forward
        // def index_struct(grid: wp.uint64, s: IndexSampling, p: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):       <L 41>
        // t = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // out[t] = sample_rgba(grid, s, p[t], colors)                                            <L 43>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = sample_rgba_0(var_grid, var_s, var_3, var_colors);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        adj_sample_rgba_0(var_grid, var_s, var_3, var_colors, adj_grid, adj_s, adj_1, adj_colors, adj_2);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: out[t] = sample_rgba(grid, s, p[t], colors)                                       <L 43>
        // adj: t = wp.tid()                                                                      <L 42>
        // adj: def index_struct(grid: wp.uint64, s: IndexSampling, p: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):  <L 41>
        continue;
    }
}

