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


// corpus/158_vector_matrix_scalar_conversions.py:4
static wp::vec_t<3, wp::float64> to_double_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    //---------
    // forward
    // def to_double(v: wp.vec3) -> wp.vec3d:                                                 <L 5>
    // return wp.vec3d(v)                                                                     <L 6>
    var_0 = wp::vec_t<3, wp::float64>(var_v);
    return var_0;
}


// corpus/158_vector_matrix_scalar_conversions.py:4
static void adj_to_double_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    //---------
    // forward
    // def to_double(v: wp.vec3) -> wp.vec3d:                                                 <L 5>
    // return wp.vec3d(v)                                                                     <L 6>
    var_0 = wp::vec_t<3, wp::float64>(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_vec_t(var_v, adj_v, adj_0);
    // adj: return wp.vec3d(v)                                                                <L 6>
    // adj: def to_double(v: wp.vec3) -> wp.vec3d:                                            <L 5>
    return;
}

struct wp_args_vector_casts_ddec871e {
    wp::array_t<wp::vec_t<3, wp::float32>> vf;
    wp::array_t<wp::vec_t<3, wp::float64>> vd;
    wp::array_t<wp::vec_t<3, wp::int32>> vi;
    wp::array_t<wp::vec_t<3, wp::float16>> vh;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void vector_casts_ddec871e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vector_casts_ddec871e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vf = _wp_args->vf;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vd = _wp_args->vd;
    wp::array_t<wp::vec_t<3, wp::int32>> var_vi = _wp_args->vi;
    wp::array_t<wp::vec_t<3, wp::float16>> var_vh = _wp_args->vh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64>* var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    wp::vec_t<3, wp::int32> var_8;
    wp::vec_t<3, wp::float16> var_9;
    wp::vec_t<3, wp::int32>* var_10;
    wp::vec_t<3, wp::int32> var_11;
    wp::vec_t<3, wp::int32> var_12;
    const wp::float32 var_13 = 2.0;
    wp::float16 var_14;
    wp::vec_t<3, wp::float16> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float16>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float16> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def vector_casts(                                                                      <L 10>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // a = vf[i]                                                                              <L 18>
    var_1 = wp::address(var_vf, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = to_double(a) + vd[i]                                                               <L 19>
    var_4 = to_double_0(var_2);
    var_5 = wp::address(var_vd, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_4, var_7);
    // n = wp.vec3i(a)                                                                        <L 20>
    var_8 = wp::vec_t<3, wp::int32>(var_2);
    // h = wp.vec3h(a)                                                                        <L 21>
    var_9 = wp::vec_t<3, wp::float16>(var_2);
    // vi[i] = n + vi[i]                                                                      <L 22>
    var_10 = wp::address(var_vi, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_8, var_12);
    wp::array_store(var_vi, var_0, var_11);
    // vh[i] = h * wp.float16(2.0)                                                            <L 23>
    var_14 = wp::float16(var_13);
    var_15 = wp::mul(var_9, var_14);
    wp::array_store(var_vh, var_0, var_15);
    // vd[i] = d                                                                              <L 24>
    wp::array_store(var_vd, var_0, var_6);
    // out[i] = wp.vec3(d) + wp.vec3(n) + wp.vec3(vh[i])                                      <L 25>
    var_16 = wp::vec_t<3, wp::float32>(var_6);
    var_17 = wp::vec_t<3, wp::float32>(var_8);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::address(var_vh, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::vec_t<3, wp::float32>(var_21);
    var_22 = wp::add(var_18, var_20);
    wp::array_store(var_out, var_0, var_22);
}



void vector_casts_ddec871e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vector_casts_ddec871e *_wp_args,
    wp_args_vector_casts_ddec871e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vf = _wp_args->vf;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vd = _wp_args->vd;
    wp::array_t<wp::vec_t<3, wp::int32>> var_vi = _wp_args->vi;
    wp::array_t<wp::vec_t<3, wp::float16>> var_vh = _wp_args->vh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vf = _wp_adj_args->vf;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vd = _wp_adj_args->vd;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_vi = _wp_adj_args->vi;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_vh = _wp_adj_args->vh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64>* var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    wp::vec_t<3, wp::int32> var_8;
    wp::vec_t<3, wp::float16> var_9;
    wp::vec_t<3, wp::int32>* var_10;
    wp::vec_t<3, wp::int32> var_11;
    wp::vec_t<3, wp::int32> var_12;
    const wp::float32 var_13 = 2.0;
    wp::float16 var_14;
    wp::vec_t<3, wp::float16> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float16>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float16> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::vec_t<3, wp::float64> adj_7 = {};
    wp::vec_t<3, wp::int32> adj_8 = {};
    wp::vec_t<3, wp::float16> adj_9 = {};
    wp::vec_t<3, wp::int32> adj_10 = {};
    wp::vec_t<3, wp::int32> adj_11 = {};
    wp::vec_t<3, wp::int32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float16 adj_14 = {};
    wp::vec_t<3, wp::float16> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float16> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float16> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def vector_casts(                                                                      <L 10>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // a = vf[i]                                                                              <L 18>
    var_1 = wp::address(var_vf, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = to_double(a) + vd[i]                                                               <L 19>
    var_4 = to_double_0(var_2);
    var_5 = wp::address(var_vd, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_4, var_7);
    // n = wp.vec3i(a)                                                                        <L 20>
    var_8 = wp::vec_t<3, wp::int32>(var_2);
    // h = wp.vec3h(a)                                                                        <L 21>
    var_9 = wp::vec_t<3, wp::float16>(var_2);
    // vi[i] = n + vi[i]                                                                      <L 22>
    var_10 = wp::address(var_vi, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_8, var_12);
    // wp::array_store(var_vi, var_0, var_11);
    // vh[i] = h * wp.float16(2.0)                                                            <L 23>
    var_14 = wp::float16(var_13);
    var_15 = wp::mul(var_9, var_14);
    // wp::array_store(var_vh, var_0, var_15);
    // vd[i] = d                                                                              <L 24>
    // wp::array_store(var_vd, var_0, var_6);
    // out[i] = wp.vec3(d) + wp.vec3(n) + wp.vec3(vh[i])                                      <L 25>
    var_16 = wp::vec_t<3, wp::float32>(var_6);
    var_17 = wp::vec_t<3, wp::float32>(var_8);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::address(var_vh, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::vec_t<3, wp::float32>(var_21);
    var_22 = wp::add(var_18, var_20);
    // wp::array_store(var_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
    wp::adj_add(var_18, var_20, adj_18, adj_20, adj_22);
    wp::adj_vec_t(var_21, adj_19, adj_20);
    wp::adj_address(var_vh, var_0, adj_vh, adj_0, adj_19);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_vec_t(var_8, adj_8, adj_17);
    wp::adj_vec_t(var_6, adj_6, adj_16);
    // adj: out[i] = wp.vec3(d) + wp.vec3(n) + wp.vec3(vh[i])                                 <L 25>
    wp::adj_array_store(var_vd, var_0, var_6, adj_vd, adj_0, adj_6);
    // adj: vd[i] = d                                                                         <L 24>
    wp::adj_array_store(var_vh, var_0, var_15, adj_vh, adj_0, adj_15);
    wp::adj_mul(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_float16(var_13, adj_13, adj_14);
    // adj: vh[i] = h * wp.float16(2.0)                                                       <L 23>
    wp::adj_array_store(var_vi, var_0, var_11, adj_vi, adj_0, adj_11);
    wp::adj_add(var_8, var_12, adj_8, adj_10, adj_11);
    wp::adj_address(var_vi, var_0, adj_vi, adj_0, adj_10);
    // adj: vi[i] = n + vi[i]                                                                 <L 22>
    wp::adj_vec_t(var_2, adj_2, adj_9);
    // adj: h = wp.vec3h(a)                                                                   <L 21>
    wp::adj_vec_t(var_2, adj_2, adj_8);
    // adj: n = wp.vec3i(a)                                                                   <L 20>
    wp::adj_add(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_5);
    adj_to_double_0(var_2, adj_2, adj_4);
    // adj: d = to_double(a) + vd[i]                                                          <L 19>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_vf, var_0, adj_vf, adj_0, adj_1);
    // adj: a = vf[i]                                                                         <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def vector_casts(                                                                 <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_casts_ddec871e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vector_casts_ddec871e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        vector_casts_ddec871e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_casts_ddec871e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vector_casts_ddec871e *_wp_args,
    wp_args_vector_casts_ddec871e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        vector_casts_ddec871e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_matrix_casts_d951cb56 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> mf;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> md;
    wp::array_t<wp::mat_t<2, 2, wp::float16>> mh;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out;
};


void matrix_casts_d951cb56_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_matrix_casts_d951cb56 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mf = _wp_args->mf;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_md = _wp_args->md;
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_mh = _wp_args->mh;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float64> var_4;
    wp::float64 var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    wp::mat_t<3, 3, wp::float64>* var_7;
    wp::mat_t<3, 3, wp::float64> var_8;
    wp::mat_t<3, 3, wp::float64> var_9;
    wp::mat_t<2, 2, wp::float16>* var_10;
    wp::mat_t<2, 2, wp::float16> var_11;
    wp::mat_t<2, 2, wp::float16> var_12;
    const wp::float32 var_13 = 0.5;
    wp::float16 var_14;
    wp::mat_t<2, 2, wp::float16> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    //---------
    // forward
    // def matrix_casts(mf: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d), mh: wp.array(dtype=wp.mat22h), out: wp.array(dtype=wp.mat33)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // m = mf[i]                                                                              <L 31>
    var_1 = wp::address(var_mf, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.mat33d(m) * wp.float64(2.0)                                                     <L 32>
    var_4 = wp::mat_t<3, 3, wp::float64>(var_2);
    var_5 = 2.0;
    var_6 = wp::mul(var_4, var_5);
    // md[i] = d + md[i]                                                                      <L 33>
    var_7 = wp::address(var_md, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_6, var_9);
    wp::array_store(var_md, var_0, var_8);
    // h = mh[i]                                                                              <L 34>
    var_10 = wp::address(var_mh, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // mh[i] = h * wp.float16(0.5)                                                            <L 35>
    var_14 = wp::float16(var_13);
    var_15 = wp::mul(var_11, var_14);
    wp::array_store(var_mh, var_0, var_15);
    // out[i] = wp.mat33(d)                                                                   <L 36>
    var_16 = wp::mat_t<3, 3, wp::float32>(var_6);
    wp::array_store(var_out, var_0, var_16);
}



void matrix_casts_d951cb56_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_matrix_casts_d951cb56 *_wp_args,
    wp_args_matrix_casts_d951cb56 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mf = _wp_args->mf;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_md = _wp_args->md;
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_mh = _wp_args->mh;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_mf = _wp_adj_args->mf;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_md = _wp_adj_args->md;
    wp::array_t<wp::mat_t<2, 2, wp::float16>> adj_mh = _wp_adj_args->mh;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float64> var_4;
    wp::float64 var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    wp::mat_t<3, 3, wp::float64>* var_7;
    wp::mat_t<3, 3, wp::float64> var_8;
    wp::mat_t<3, 3, wp::float64> var_9;
    wp::mat_t<2, 2, wp::float16>* var_10;
    wp::mat_t<2, 2, wp::float16> var_11;
    wp::mat_t<2, 2, wp::float16> var_12;
    const wp::float32 var_13 = 0.5;
    wp::float16 var_14;
    wp::mat_t<2, 2, wp::float16> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float64> adj_4 = {};
    wp::float64 adj_5 = {};
    wp::mat_t<3, 3, wp::float64> adj_6 = {};
    wp::mat_t<3, 3, wp::float64> adj_7 = {};
    wp::mat_t<3, 3, wp::float64> adj_8 = {};
    wp::mat_t<3, 3, wp::float64> adj_9 = {};
    wp::mat_t<2, 2, wp::float16> adj_10 = {};
    wp::mat_t<2, 2, wp::float16> adj_11 = {};
    wp::mat_t<2, 2, wp::float16> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float16 adj_14 = {};
    wp::mat_t<2, 2, wp::float16> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def matrix_casts(mf: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d), mh: wp.array(dtype=wp.mat22h), out: wp.array(dtype=wp.mat33)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // m = mf[i]                                                                              <L 31>
    var_1 = wp::address(var_mf, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.mat33d(m) * wp.float64(2.0)                                                     <L 32>
    var_4 = wp::mat_t<3, 3, wp::float64>(var_2);
    var_5 = 2.0;
    var_6 = wp::mul(var_4, var_5);
    // md[i] = d + md[i]                                                                      <L 33>
    var_7 = wp::address(var_md, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_6, var_9);
    // wp::array_store(var_md, var_0, var_8);
    // h = mh[i]                                                                              <L 34>
    var_10 = wp::address(var_mh, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // mh[i] = h * wp.float16(0.5)                                                            <L 35>
    var_14 = wp::float16(var_13);
    var_15 = wp::mul(var_11, var_14);
    // wp::array_store(var_mh, var_0, var_15);
    // out[i] = wp.mat33(d)                                                                   <L 36>
    var_16 = wp::mat_t<3, 3, wp::float32>(var_6);
    // wp::array_store(var_out, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
    wp::adj_mat_t(var_6, adj_6, adj_16);
    // adj: out[i] = wp.mat33(d)                                                              <L 36>
    wp::adj_array_store(var_mh, var_0, var_15, adj_mh, adj_0, adj_15);
    wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_float16(var_13, adj_13, adj_14);
    // adj: mh[i] = h * wp.float16(0.5)                                                       <L 35>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_mh, var_0, adj_mh, adj_0, adj_10);
    // adj: h = mh[i]                                                                         <L 34>
    wp::adj_array_store(var_md, var_0, var_8, adj_md, adj_0, adj_8);
    wp::adj_add(var_6, var_9, adj_6, adj_7, adj_8);
    wp::adj_address(var_md, var_0, adj_md, adj_0, adj_7);
    // adj: md[i] = d + md[i]                                                                 <L 33>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mat_t(var_2, adj_2, adj_4);
    // adj: d = wp.mat33d(m) * wp.float64(2.0)                                                <L 32>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mf, var_0, adj_mf, adj_0, adj_1);
    // adj: m = mf[i]                                                                         <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def matrix_casts(mf: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d), mh: wp.array(dtype=wp.mat22h), out: wp.array(dtype=wp.mat33)):  <L 29>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void matrix_casts_d951cb56_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_matrix_casts_d951cb56 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        matrix_casts_d951cb56_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void matrix_casts_d951cb56_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_matrix_casts_d951cb56 *_wp_args,
    wp_args_matrix_casts_d951cb56 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        matrix_casts_d951cb56_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_constructors_06123c6e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v3;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::transform_t<wp::float32>> t;
    wp::array_t<wp::vec_t<6, wp::float32>> s;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
};


void constructors_06123c6e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constructors_06123c6e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v3 = _wp_args->v3;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<6, wp::float32>> var_s = _wp_args->s;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::quat_t<wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.0;
    wp::vec_t<6, wp::float32> var_25;
    wp::vec_t<6, wp::float32> var_26;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_29;
    const wp::float32 var_30 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_31;
    wp::mat_t<2, 2, wp::float32> var_32;
    //---------
    // forward
    // def constructors(a: wp.array(dtype=float), v3: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), s: wp.array(dtype=wp.spatial_vector), m: wp.array(dtype=wp.mat22)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 42>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = wp.vec3(x)                                                                         <L 43>
    var_4 = wp::vec_t<3, wp::float32>(var_2);
    // c = wp.vec3(1.0, 2.0, x)                                                               <L 44>
    var_7 = wp::vec_t<3, wp::float32>(var_5, var_6, var_2);
    // v3[i] = b + c                                                                          <L 45>
    var_8 = wp::add(var_4, var_7);
    wp::array_store(var_v3, var_0, var_8);
    // axis = wp.normalize(c)                                                                 <L 46>
    var_9 = wp::normalize(var_7);
    // q[i] = wp.quat(axis * wp.sin(x * 0.5), wp.cos(x * 0.5))                                <L 47>
    var_11 = wp::mul(var_2, var_10);
    var_12 = wp::sin(var_11);
    var_13 = wp::mul(var_9, var_12);
    var_15 = wp::mul(var_2, var_14);
    var_16 = wp::cos(var_15);
    var_17 = wp::quat_t<wp::float32>(var_13, var_16);
    wp::array_store(var_q, var_0, var_17);
    // t[i] = wp.transform(c, q[i])                                                           <L 48>
    var_18 = wp::address(var_q, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::transform_t<wp::float32>(var_7, var_20);
    wp::array_store(var_t, var_0, var_19);
    // s[i] = wp.spatial_vector(b, c) + wp.spatial_vector(x, x, x, 1.0, 2.0, 3.0)             <L 49>
    var_21 = wp::vec_t<6, wp::float32>(var_4, var_7);
    var_25 = wp::vec_t<6, wp::float32>({var_2, var_2, var_2, var_22, var_23, var_24});
    var_26 = wp::add(var_21, var_25);
    wp::array_store(var_s, var_0, var_26);
    // m[i] = wp.mat22(x, 1.0, 2.0, x) + wp.mat22(1.0)                                        <L 50>
    var_29 = wp::mat_t<2, 2, wp::float32>(var_2, var_27, var_28, var_2);
    var_31 = wp::mat_t<2, 2, wp::float32>(var_30);
    var_32 = wp::add(var_29, var_31);
    wp::array_store(var_m, var_0, var_32);
}



void constructors_06123c6e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constructors_06123c6e *_wp_args,
    wp_args_constructors_06123c6e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v3 = _wp_args->v3;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<6, wp::float32>> var_s = _wp_args->s;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v3 = _wp_adj_args->v3;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::transform_t<wp::float32>> adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_s = _wp_adj_args->s;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::quat_t<wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.0;
    wp::vec_t<6, wp::float32> var_25;
    wp::vec_t<6, wp::float32> var_26;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_29;
    const wp::float32 var_30 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_31;
    wp::mat_t<2, 2, wp::float32> var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::quat_t<wp::float32> adj_20 = {};
    wp::vec_t<6, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<6, wp::float32> adj_25 = {};
    wp::vec_t<6, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mat_t<2, 2, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::mat_t<2, 2, wp::float32> adj_31 = {};
    wp::mat_t<2, 2, wp::float32> adj_32 = {};
    //---------
    // forward
    // def constructors(a: wp.array(dtype=float), v3: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), s: wp.array(dtype=wp.spatial_vector), m: wp.array(dtype=wp.mat22)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 42>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = wp.vec3(x)                                                                         <L 43>
    var_4 = wp::vec_t<3, wp::float32>(var_2);
    // c = wp.vec3(1.0, 2.0, x)                                                               <L 44>
    var_7 = wp::vec_t<3, wp::float32>(var_5, var_6, var_2);
    // v3[i] = b + c                                                                          <L 45>
    var_8 = wp::add(var_4, var_7);
    // wp::array_store(var_v3, var_0, var_8);
    // axis = wp.normalize(c)                                                                 <L 46>
    var_9 = wp::normalize(var_7);
    // q[i] = wp.quat(axis * wp.sin(x * 0.5), wp.cos(x * 0.5))                                <L 47>
    var_11 = wp::mul(var_2, var_10);
    var_12 = wp::sin(var_11);
    var_13 = wp::mul(var_9, var_12);
    var_15 = wp::mul(var_2, var_14);
    var_16 = wp::cos(var_15);
    var_17 = wp::quat_t<wp::float32>(var_13, var_16);
    // wp::array_store(var_q, var_0, var_17);
    // t[i] = wp.transform(c, q[i])                                                           <L 48>
    var_18 = wp::address(var_q, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::transform_t<wp::float32>(var_7, var_20);
    // wp::array_store(var_t, var_0, var_19);
    // s[i] = wp.spatial_vector(b, c) + wp.spatial_vector(x, x, x, 1.0, 2.0, 3.0)             <L 49>
    var_21 = wp::vec_t<6, wp::float32>(var_4, var_7);
    var_25 = wp::vec_t<6, wp::float32>({var_2, var_2, var_2, var_22, var_23, var_24});
    var_26 = wp::add(var_21, var_25);
    // wp::array_store(var_s, var_0, var_26);
    // m[i] = wp.mat22(x, 1.0, 2.0, x) + wp.mat22(1.0)                                        <L 50>
    var_29 = wp::mat_t<2, 2, wp::float32>(var_2, var_27, var_28, var_2);
    var_31 = wp::mat_t<2, 2, wp::float32>(var_30);
    var_32 = wp::add(var_29, var_31);
    // wp::array_store(var_m, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_m, var_0, var_32, adj_m, adj_0, adj_32);
    wp::adj_add(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_mat_t(var_30, adj_30, adj_31);
    wp::adj_mat_t(var_2, var_27, var_28, var_2, adj_2, adj_27, adj_28, adj_2, adj_29);
    // adj: m[i] = wp.mat22(x, 1.0, 2.0, x) + wp.mat22(1.0)                                   <L 50>
    wp::adj_array_store(var_s, var_0, var_26, adj_s, adj_0, adj_26);
    wp::adj_add(var_21, var_25, adj_21, adj_25, adj_26);
    wp::adj_vec_t({var_2, var_2, var_2, var_22, var_23, var_24}, {&adj_2, &adj_2, &adj_2, &adj_22, &adj_23, &adj_24}, adj_25);
    wp::adj_vec_t(var_4, var_7, adj_4, adj_7, adj_21);
    // adj: s[i] = wp.spatial_vector(b, c) + wp.spatial_vector(x, x, x, 1.0, 2.0, 3.0)        <L 49>
    wp::adj_array_store(var_t, var_0, var_19, adj_t, adj_0, adj_19);
    wp::adj_transform_t(var_7, var_20, adj_7, adj_18, adj_19);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_18);
    // adj: t[i] = wp.transform(c, q[i])                                                      <L 48>
    wp::adj_array_store(var_q, var_0, var_17, adj_q, adj_0, adj_17);
    wp::adj_quat_t(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_cos(var_15, adj_15, adj_16);
    wp::adj_mul(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_mul(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_sin(var_11, adj_11, adj_12);
    wp::adj_mul(var_2, var_10, adj_2, adj_10, adj_11);
    // adj: q[i] = wp.quat(axis * wp.sin(x * 0.5), wp.cos(x * 0.5))                           <L 47>
    wp::adj_normalize(var_7, var_9, adj_7, adj_9);
    // adj: axis = wp.normalize(c)                                                            <L 46>
    wp::adj_array_store(var_v3, var_0, var_8, adj_v3, adj_0, adj_8);
    wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
    // adj: v3[i] = b + c                                                                     <L 45>
    wp::adj_vec_t(var_5, var_6, var_2, adj_5, adj_6, adj_2, adj_7);
    // adj: c = wp.vec3(1.0, 2.0, x)                                                          <L 44>
    wp::adj_vec_t(var_2, adj_2, adj_4);
    // adj: b = wp.vec3(x)                                                                    <L 43>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def constructors(a: wp.array(dtype=float), v3: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), s: wp.array(dtype=wp.spatial_vector), m: wp.array(dtype=wp.mat22)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void constructors_06123c6e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constructors_06123c6e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        constructors_06123c6e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void constructors_06123c6e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constructors_06123c6e *_wp_args,
    wp_args_constructors_06123c6e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        constructors_06123c6e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scalar_casts_157001c0 {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::int8> out_i8;
    wp::array_t<wp::uint16> out_u16;
    wp::array_t<wp::int64> out_i64;
    wp::array_t<bool> out_b;
    wp::array_t<wp::float16> out_h;
    wp::array_t<wp::float64> out_d;
};


void scalar_casts_157001c0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scalar_casts_157001c0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::int8> var_out_i8 = _wp_args->out_i8;
    wp::array_t<wp::uint16> var_out_u16 = _wp_args->out_u16;
    wp::array_t<wp::int64> var_out_i64 = _wp_args->out_i64;
    wp::array_t<bool> var_out_b = _wp_args->out_b;
    wp::array_t<wp::float16> var_out_h = _wp_args->out_h;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int8 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 100.0;
    wp::float32 var_7;
    wp::uint16 var_8;
    const wp::float32 var_9 = 1000000.0;
    wp::float32 var_10;
    wp::int64 var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    bool var_14;
    wp::float16 var_15;
    wp::float64 var_16;
    wp::float16* var_17;
    wp::float64 var_18;
    wp::float16 var_19;
    wp::float64 var_20;
    bool* var_21;
    wp::int32 var_22;
    bool var_23;
    bool* var_24;
    bool var_25;
    wp::int64* var_26;
    wp::int64 var_27;
    wp::int64 var_28;
    wp::int64 var_29;
    bool var_30;
    //---------
    // forward
    // def scalar_casts(f: wp.array(dtype=float), out_i8: wp.array(dtype=wp.int8), out_u16: wp.array(dtype=wp.uint16), out_i64: wp.array(dtype=wp.int64), out_b: wp.array(dtype=wp.bool), out_h: wp.array(dtype=wp.float16), out_d: wp.array(dtype=wp.float64)):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // x = f[i]                                                                               <L 56>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out_i8[i] = wp.int8(x)                                                                 <L 57>
    var_4 = wp::int8(var_2);
    wp::array_store(var_out_i8, var_0, var_4);
    // out_u16[i] = wp.uint16(wp.abs(x) * 100.0)                                              <L 58>
    var_5 = wp::abs(var_2);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::uint16(var_7);
    wp::array_store(var_out_u16, var_0, var_8);
    // out_i64[i] = wp.int64(x * 1.0e6)                                                       <L 59>
    var_10 = wp::mul(var_2, var_9);
    var_11 = wp::int64(var_10);
    wp::array_store(var_out_i64, var_0, var_11);
    // out_b[i] = bool(x > 0.0)                                                               <L 60>
    var_13 = (var_2 > var_12);
    var_14 = bool(var_13);
    wp::array_store(var_out_b, var_0, var_14);
    // out_h[i] = wp.float16(x)                                                               <L 61>
    var_15 = wp::float16(var_2);
    wp::array_store(var_out_h, var_0, var_15);
    // out_d[i] = wp.float64(x) + wp.float64(out_h[i])                                        <L 62>
    var_16 = wp::float64(var_2);
    var_17 = wp::address(var_out_h, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::float64(var_19);
    var_20 = wp::add(var_16, var_18);
    wp::array_store(var_out_d, var_0, var_20);
    // k = int(out_b[i])                                                                      <L 63>
    var_21 = wp::address(var_out_b, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::int(var_23);
    // if out_b[i]:                                                                           <L 64>
    var_24 = wp::address(var_out_b, var_0);
    var_25 = wp::load(var_24);
    if (var_25) {
        // out_i64[i] = out_i64[i] + wp.int64(k)                                              <L 65>
        var_26 = wp::address(var_out_i64, var_0);
        var_27 = wp::int64(var_22);
        var_29 = wp::load(var_26);
        var_28 = wp::add(var_29, var_27);
        wp::array_store(var_out_i64, var_0, var_28);
    }
    var_30 = wp::load(var_24);
}



void scalar_casts_157001c0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scalar_casts_157001c0 *_wp_args,
    wp_args_scalar_casts_157001c0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::int8> var_out_i8 = _wp_args->out_i8;
    wp::array_t<wp::uint16> var_out_u16 = _wp_args->out_u16;
    wp::array_t<wp::int64> var_out_i64 = _wp_args->out_i64;
    wp::array_t<bool> var_out_b = _wp_args->out_b;
    wp::array_t<wp::float16> var_out_h = _wp_args->out_h;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::int8> adj_out_i8 = _wp_adj_args->out_i8;
    wp::array_t<wp::uint16> adj_out_u16 = _wp_adj_args->out_u16;
    wp::array_t<wp::int64> adj_out_i64 = _wp_adj_args->out_i64;
    wp::array_t<bool> adj_out_b = _wp_adj_args->out_b;
    wp::array_t<wp::float16> adj_out_h = _wp_adj_args->out_h;
    wp::array_t<wp::float64> adj_out_d = _wp_adj_args->out_d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int8 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 100.0;
    wp::float32 var_7;
    wp::uint16 var_8;
    const wp::float32 var_9 = 1000000.0;
    wp::float32 var_10;
    wp::int64 var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    bool var_14;
    wp::float16 var_15;
    wp::float64 var_16;
    wp::float16* var_17;
    wp::float64 var_18;
    wp::float16 var_19;
    wp::float64 var_20;
    bool* var_21;
    wp::int32 var_22;
    bool var_23;
    bool* var_24;
    bool var_25;
    wp::int64* var_26;
    wp::int64 var_27;
    wp::int64 var_28;
    wp::int64 var_29;
    bool var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::uint16 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int64 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::float16 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float16 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float16 adj_19 = {};
    wp::float64 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::int64 adj_26 = {};
    wp::int64 adj_27 = {};
    wp::int64 adj_28 = {};
    wp::int64 adj_29 = {};
    bool adj_30 = {};
    //---------
    // forward
    // def scalar_casts(f: wp.array(dtype=float), out_i8: wp.array(dtype=wp.int8), out_u16: wp.array(dtype=wp.uint16), out_i64: wp.array(dtype=wp.int64), out_b: wp.array(dtype=wp.bool), out_h: wp.array(dtype=wp.float16), out_d: wp.array(dtype=wp.float64)):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // x = f[i]                                                                               <L 56>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out_i8[i] = wp.int8(x)                                                                 <L 57>
    var_4 = wp::int8(var_2);
    // wp::array_store(var_out_i8, var_0, var_4);
    // out_u16[i] = wp.uint16(wp.abs(x) * 100.0)                                              <L 58>
    var_5 = wp::abs(var_2);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::uint16(var_7);
    // wp::array_store(var_out_u16, var_0, var_8);
    // out_i64[i] = wp.int64(x * 1.0e6)                                                       <L 59>
    var_10 = wp::mul(var_2, var_9);
    var_11 = wp::int64(var_10);
    // wp::array_store(var_out_i64, var_0, var_11);
    // out_b[i] = bool(x > 0.0)                                                               <L 60>
    var_13 = (var_2 > var_12);
    var_14 = bool(var_13);
    // wp::array_store(var_out_b, var_0, var_14);
    // out_h[i] = wp.float16(x)                                                               <L 61>
    var_15 = wp::float16(var_2);
    // wp::array_store(var_out_h, var_0, var_15);
    // out_d[i] = wp.float64(x) + wp.float64(out_h[i])                                        <L 62>
    var_16 = wp::float64(var_2);
    var_17 = wp::address(var_out_h, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::float64(var_19);
    var_20 = wp::add(var_16, var_18);
    // wp::array_store(var_out_d, var_0, var_20);
    // k = int(out_b[i])                                                                      <L 63>
    var_21 = wp::address(var_out_b, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::int(var_23);
    // if out_b[i]:                                                                           <L 64>
    var_24 = wp::address(var_out_b, var_0);
    var_25 = wp::load(var_24);
    if (var_25) {
        // out_i64[i] = out_i64[i] + wp.int64(k)                                              <L 65>
        var_26 = wp::address(var_out_i64, var_0);
        var_27 = wp::int64(var_22);
        var_29 = wp::load(var_26);
        var_28 = wp::add(var_29, var_27);
        // wp::array_store(var_out_i64, var_0, var_28);
    }
    var_30 = wp::load(var_24);
    //---------
    // reverse
    if (var_30) {
        wp::adj_array_store(var_out_i64, var_0, var_28, adj_out_i64, adj_0, adj_28);
        wp::adj_add(var_29, var_27, adj_26, adj_27, adj_28);
        wp::adj_address(var_out_i64, var_0, adj_out_i64, adj_0, adj_26);
        // adj: out_i64[i] = out_i64[i] + wp.int64(k)                                         <L 65>
    }
    wp::adj_address(var_out_b, var_0, adj_out_b, adj_0, adj_24);
    // adj: if out_b[i]:                                                                      <L 64>
    wp::adj_address(var_out_b, var_0, adj_out_b, adj_0, adj_21);
    // adj: k = int(out_b[i])                                                                 <L 63>
    wp::adj_array_store(var_out_d, var_0, var_20, adj_out_d, adj_0, adj_20);
    wp::adj_add(var_16, var_18, adj_16, adj_18, adj_20);
    wp::adj_float64(var_19, adj_17, adj_18);
    wp::adj_address(var_out_h, var_0, adj_out_h, adj_0, adj_17);
    wp::adj_float64(var_2, adj_2, adj_16);
    // adj: out_d[i] = wp.float64(x) + wp.float64(out_h[i])                                   <L 62>
    wp::adj_array_store(var_out_h, var_0, var_15, adj_out_h, adj_0, adj_15);
    wp::adj_float16(var_2, adj_2, adj_15);
    // adj: out_h[i] = wp.float16(x)                                                          <L 61>
    wp::adj_array_store(var_out_b, var_0, var_14, adj_out_b, adj_0, adj_14);
    // adj: out_b[i] = bool(x > 0.0)                                                          <L 60>
    wp::adj_array_store(var_out_i64, var_0, var_11, adj_out_i64, adj_0, adj_11);
    wp::adj_mul(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: out_i64[i] = wp.int64(x * 1.0e6)                                                  <L 59>
    wp::adj_array_store(var_out_u16, var_0, var_8, adj_out_u16, adj_0, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_abs(var_2, adj_2, adj_5);
    // adj: out_u16[i] = wp.uint16(wp.abs(x) * 100.0)                                         <L 58>
    wp::adj_array_store(var_out_i8, var_0, var_4, adj_out_i8, adj_0, adj_4);
    // adj: out_i8[i] = wp.int8(x)                                                            <L 57>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: x = f[i]                                                                          <L 56>
    // adj: i = wp.tid()                                                                      <L 55>
    // adj: def scalar_casts(f: wp.array(dtype=float), out_i8: wp.array(dtype=wp.int8), out_u16: wp.array(dtype=wp.uint16), out_i64: wp.array(dtype=wp.int64), out_b: wp.array(dtype=wp.bool), out_h: wp.array(dtype=wp.float16), out_d: wp.array(dtype=wp.float64)):  <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scalar_casts_157001c0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scalar_casts_157001c0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scalar_casts_157001c0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scalar_casts_157001c0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scalar_casts_157001c0 *_wp_args,
    wp_args_scalar_casts_157001c0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scalar_casts_157001c0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

