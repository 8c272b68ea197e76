#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

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
static wp::vec_t<4, wp::float32> sample_rgba_0(
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
    var_0 = &((var_s).scale);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_uvw, var_2);
    var_5 = &((var_s).background);
    var_7 = wp::load(var_5);
    var_6 = wp::volume_sample_index(var_id, var_1, var_4, var_colors, var_7);
    return var_6;
}


// corpus/852_volume_index_grids.py:35
static void adj_sample_rgba_0(
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
    var_0 = &((var_s).scale);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_uvw, var_2);
    var_5 = &((var_s).background);
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

struct wp_args_index_samples_c759e2eb {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::int32> ints;
    wp::array_t<wp::float64> doubles;
    wp::array_t<wp::vec_t<3, wp::float64>> vecs;
    wp::array_t<wp::int32> out_i;
    wp::array_t<wp::float64> out_d;
    wp::array_t<wp::vec_t<3, wp::float64>> out_v;
    wp::array_t<wp::int32> ids;
};


void index_samples_c759e2eb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_samples_c759e2eb *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_ints = _wp_args->ints;
    wp::array_t<wp::float64> var_doubles = _wp_args->doubles;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vecs = _wp_args->vecs;
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_v = _wp_args->out_v;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = -7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 3;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::vec_t<3, wp::float64> var_28;
    wp::vec_t<3, wp::float64> var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::int32> var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    const wp::int32 var_50 = 100;
    wp::int32 var_51;
    const wp::int32 var_52 = 0;
    wp::int32 var_53;
    wp::int32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    const wp::int32 var_57 = 2;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 0;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    wp::int32 var_65;
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
    var_8 = wp::volume_sample_index(var_grid, var_3, var_6, var_ints, var_7);
    var_12 = wp::volume_sample_index(var_grid, var_3, var_10, var_ints, var_11);
    var_13 = wp::add(var_8, var_12);
    wp::array_store(var_out_i, var_0, var_13);
    // out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))       <L 29>
    var_16 = 0.5;
    var_17 = wp::volume_sample_index(var_grid, var_3, var_15, var_doubles, var_16);
    var_20 = wp::volume_sample_f(var_grid, var_3, var_19);
    var_21 = wp::float64(var_20);
    var_22 = wp::add(var_17, var_21);
    wp::array_store(var_out_d, var_0, var_22);
    // out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))       <L 30>
    var_25 = 1.0;
    var_26 = -1.0;
    var_27 = 0.5;
    var_28 = wp::vec_t<3, wp::float64>(var_25, var_26, var_27);
    var_29 = wp::volume_sample_index(var_grid, var_3, var_24, var_vecs, var_28);
    wp::array_store(var_out_v, var_0, var_29);
    // c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))       <L 31>
    var_31 = wp::extract(var_3, var_30);
    var_32 = wp::floor(var_31);
    var_33 = wp::int(var_32);
    var_35 = wp::extract(var_3, var_34);
    var_36 = wp::floor(var_35);
    var_37 = wp::int(var_36);
    var_39 = wp::extract(var_3, var_38);
    var_40 = wp::floor(var_39);
    var_41 = wp::int(var_40);
    var_42 = wp::vec_t<3, wp::int32>(var_33, var_37, var_41);
    // ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)       <L 32>
    var_44 = wp::extract(var_42, var_43);
    var_46 = wp::extract(var_42, var_45);
    var_48 = wp::extract(var_42, var_47);
    var_49 = wp::volume_lookup_index(var_grid, var_44, var_46, var_48);
    var_51 = wp::mul(var_49, var_50);
    var_53 = wp::extract(var_42, var_52);
    var_54 = wp::neg(var_53);
    var_56 = wp::extract(var_42, var_55);
    var_58 = wp::extract(var_42, var_57);
    var_59 = wp::volume_lookup_index(var_grid, var_54, var_56, var_58);
    var_60 = wp::add(var_51, var_59);
    var_64 = wp::volume_lookup_i(var_grid, var_61, var_62, var_63);
    var_65 = wp::add(var_60, var_64);
    wp::array_store(var_ids, var_0, var_65);
}



void index_samples_c759e2eb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_samples_c759e2eb *_wp_args,
    wp_args_index_samples_c759e2eb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_ints = _wp_args->ints;
    wp::array_t<wp::float64> var_doubles = _wp_args->doubles;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vecs = _wp_args->vecs;
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_v = _wp_args->out_v;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::int32> adj_ints = _wp_adj_args->ints;
    wp::array_t<wp::float64> adj_doubles = _wp_adj_args->doubles;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vecs = _wp_adj_args->vecs;
    wp::array_t<wp::int32> adj_out_i = _wp_adj_args->out_i;
    wp::array_t<wp::float64> adj_out_d = _wp_adj_args->out_d;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out_v = _wp_adj_args->out_v;
    wp::array_t<wp::int32> adj_ids = _wp_adj_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = -7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 3;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::vec_t<3, wp::float64> var_28;
    wp::vec_t<3, wp::float64> var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::int32> var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    const wp::int32 var_50 = 100;
    wp::int32 var_51;
    const wp::int32 var_52 = 0;
    wp::int32 var_53;
    wp::int32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    const wp::int32 var_57 = 2;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 0;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    wp::int32 var_65;
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
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::vec_t<3, wp::float64> adj_28 = {};
    wp::vec_t<3, wp::float64> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::int32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
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
    var_8 = wp::volume_sample_index(var_grid, var_3, var_6, var_ints, var_7);
    var_12 = wp::volume_sample_index(var_grid, var_3, var_10, var_ints, var_11);
    var_13 = wp::add(var_8, var_12);
    // wp::array_store(var_out_i, var_0, var_13);
    // out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))       <L 29>
    var_16 = 0.5;
    var_17 = wp::volume_sample_index(var_grid, var_3, var_15, var_doubles, var_16);
    var_20 = wp::volume_sample_f(var_grid, var_3, var_19);
    var_21 = wp::float64(var_20);
    var_22 = wp::add(var_17, var_21);
    // wp::array_store(var_out_d, var_0, var_22);
    // out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))       <L 30>
    var_25 = 1.0;
    var_26 = -1.0;
    var_27 = 0.5;
    var_28 = wp::vec_t<3, wp::float64>(var_25, var_26, var_27);
    var_29 = wp::volume_sample_index(var_grid, var_3, var_24, var_vecs, var_28);
    // wp::array_store(var_out_v, var_0, var_29);
    // c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))       <L 31>
    var_31 = wp::extract(var_3, var_30);
    var_32 = wp::floor(var_31);
    var_33 = wp::int(var_32);
    var_35 = wp::extract(var_3, var_34);
    var_36 = wp::floor(var_35);
    var_37 = wp::int(var_36);
    var_39 = wp::extract(var_3, var_38);
    var_40 = wp::floor(var_39);
    var_41 = wp::int(var_40);
    var_42 = wp::vec_t<3, wp::int32>(var_33, var_37, var_41);
    // ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)       <L 32>
    var_44 = wp::extract(var_42, var_43);
    var_46 = wp::extract(var_42, var_45);
    var_48 = wp::extract(var_42, var_47);
    var_49 = wp::volume_lookup_index(var_grid, var_44, var_46, var_48);
    var_51 = wp::mul(var_49, var_50);
    var_53 = wp::extract(var_42, var_52);
    var_54 = wp::neg(var_53);
    var_56 = wp::extract(var_42, var_55);
    var_58 = wp::extract(var_42, var_57);
    var_59 = wp::volume_lookup_index(var_grid, var_54, var_56, var_58);
    var_60 = wp::add(var_51, var_59);
    var_64 = wp::volume_lookup_i(var_grid, var_61, var_62, var_63);
    var_65 = wp::add(var_60, var_64);
    // wp::array_store(var_ids, var_0, var_65);
    //---------
    // reverse
    wp::adj_array_store(var_ids, var_0, var_65, adj_ids, adj_0, adj_65);
    wp::adj_add(var_60, var_64, adj_60, adj_64, adj_65);
    wp::adj_add(var_51, var_59, adj_51, adj_59, adj_60);
    wp::adj_extract(var_42, var_57, adj_42, adj_57, adj_58);
    wp::adj_extract(var_42, var_55, adj_42, adj_55, adj_56);
    wp::adj_neg(var_53, adj_53, adj_54);
    wp::adj_extract(var_42, var_52, adj_42, adj_52, adj_53);
    wp::adj_mul(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_extract(var_42, var_47, adj_42, adj_47, adj_48);
    wp::adj_extract(var_42, var_45, adj_42, adj_45, adj_46);
    wp::adj_extract(var_42, var_43, adj_42, adj_43, adj_44);
    // adj: ids[t] = wp.volume_lookup_index(grid, c[0], c[1], c[2]) * 100 + wp.volume_lookup_index(grid, -c[0], c[1], c[2]) + wp.volume_lookup_i(grid, 0, 0, 0)  <L 32>
    wp::adj_vec_t(var_33, var_37, var_41, adj_33, adj_37, adj_41, adj_42);
    wp::adj_extract(var_3, var_38, adj_3, adj_38, adj_39);
    wp::adj_extract(var_3, var_34, adj_3, adj_34, adj_35);
    wp::adj_extract(var_3, var_30, adj_3, adj_30, adj_31);
    // adj: c = wp.vec3i(int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])))  <L 31>
    wp::adj_array_store(var_out_v, var_0, var_29, adj_out_v, adj_0, adj_29);
    wp::adj_volume_sample_index(var_grid, var_3, var_24, var_vecs, var_28, adj_grid, adj_3, adj_24, adj_vecs, adj_28, adj_29);
    wp::adj_vec_t(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
    // adj: out_v[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, vecs, wp.vec3d(wp.float64(1.0), wp.float64(-1.0), wp.float64(0.5)))  <L 30>
    wp::adj_array_store(var_out_d, var_0, var_22, adj_out_d, adj_0, adj_22);
    wp::adj_add(var_17, var_21, adj_17, adj_21, adj_22);
    wp::adj_float64(var_20, adj_20, adj_21);
    wp::adj_volume_sample_f(var_grid, var_3, var_19, adj_grid, adj_3, adj_19, adj_20);
    wp::adj_volume_sample_index(var_grid, var_3, var_15, var_doubles, var_16, adj_grid, adj_3, adj_15, adj_doubles, adj_16, adj_17);
    // adj: out_d[t] = wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, doubles, wp.float64(0.5)) + wp.float64(wp.volume_sample_f(grid, uvw, wp.Volume.CLOSEST))  <L 29>
    wp::adj_array_store(var_out_i, var_0, var_13, adj_out_i, adj_0, adj_13);
    wp::adj_add(var_8, var_12, adj_8, adj_12, adj_13);
    wp::adj_volume_sample_index(var_grid, var_3, var_10, var_ints, var_11, adj_grid, adj_3, adj_10, adj_ints, adj_11, adj_12);
    wp::adj_volume_sample_index(var_grid, var_3, var_6, var_ints, var_7, adj_grid, adj_3, adj_6, adj_ints, adj_7, adj_8);
    // adj: out_i[t] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, ints, -7) + wp.volume_sample_index(grid, uvw, wp.Volume.LINEAR, ints, 3)  <L 28>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: uvw = p[t] * 2.0                                                                  <L 27>
    // adj: t = wp.tid()                                                                      <L 26>
    // adj: def index_samples(                                                                <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_samples_c759e2eb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_samples_c759e2eb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_samples_c759e2eb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_samples_c759e2eb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_samples_c759e2eb *_wp_args,
    wp_args_index_samples_c759e2eb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_samples_c759e2eb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_index_struct_ee42dcfd {
    wp::uint64 grid;
    IndexSampling_04bba155 s;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<4, wp::float32>> colors;
    wp::array_t<wp::vec_t<4, wp::float32>> out;
};


void index_struct_ee42dcfd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_struct_ee42dcfd *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    IndexSampling_04bba155 var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
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



void index_struct_ee42dcfd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_struct_ee42dcfd *_wp_args,
    wp_args_index_struct_ee42dcfd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    IndexSampling_04bba155 var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    IndexSampling_04bba155 adj_s = _wp_adj_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_colors = _wp_adj_args->colors;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out = _wp_adj_args->out;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_struct_ee42dcfd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_struct_ee42dcfd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_struct_ee42dcfd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_struct_ee42dcfd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_struct_ee42dcfd *_wp_args,
    wp_args_index_struct_ee42dcfd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_struct_ee42dcfd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

