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


// corpus/134_custom_vector_matrix_types.py:11
static wp::float32 vec5_sum_0(
    wp::vec_t<5, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 4;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def vec5_sum(v: vec5) -> float:                                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(5):                                                                     <L 14>
    // s += v[i]                                                                              <L 15>
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::add(var_1, var_3);
    var_6 = wp::extract(var_v, var_5);
    var_7 = wp::add(var_4, var_6);
    var_9 = wp::extract(var_v, var_8);
    var_10 = wp::add(var_7, var_9);
    var_12 = wp::extract(var_v, var_11);
    var_13 = wp::add(var_10, var_12);
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::add(var_13, var_15);
    // return s                                                                               <L 16>
    return var_16;
}


// corpus/134_custom_vector_matrix_types.py:19
static wp::vec_t<4, wp::uint8> pack_color_0(
    wp::vec_t<4, wp::float32> var_c)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::uint8> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 255.0;
    wp::float32 var_7;
    wp::uint8 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 255.0;
    wp::float32 var_15;
    wp::uint8 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 255.0;
    wp::float32 var_23;
    wp::uint8 var_24;
    const wp::int32 var_25 = 3;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 255.0;
    wp::float32 var_31;
    wp::uint8 var_32;
    //---------
    // forward
    // def pack_color(c: wp.vec4) -> vec4ub:                                                  <L 20>
    // out = vec4ub()                                                                         <L 21>
    var_0 = wp::vec_t<4, wp::uint8>();
    // for k in range(4):                                                                     <L 22>
    // out[k] = wp.uint8(wp.clamp(c[k], 0.0, 1.0) * 255.0)                                    <L 23>
    var_2 = wp::extract(var_c, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::uint8(var_7);
    wp::assign_inplace(var_0, var_1, var_8);
    var_10 = wp::extract(var_c, var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::uint8(var_15);
    wp::assign_inplace(var_0, var_9, var_16);
    var_18 = wp::extract(var_c, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::uint8(var_23);
    wp::assign_inplace(var_0, var_17, var_24);
    var_26 = wp::extract(var_c, var_25);
    var_29 = wp::clamp(var_26, var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::uint8(var_31);
    wp::assign_inplace(var_0, var_25, var_32);
    // return out                                                                             <L 24>
    return var_0;
}


// corpus/134_custom_vector_matrix_types.py:11
static void adj_vec5_sum_0(
    wp::vec_t<5, wp::float32> var_v,
    wp::vec_t<5, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 4;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def vec5_sum(v: vec5) -> float:                                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(5):                                                                     <L 14>
    // s += v[i]                                                                              <L 15>
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::add(var_1, var_3);
    var_6 = wp::extract(var_v, var_5);
    var_7 = wp::add(var_4, var_6);
    var_9 = wp::extract(var_v, var_8);
    var_10 = wp::add(var_7, var_9);
    var_12 = wp::extract(var_v, var_11);
    var_13 = wp::add(var_10, var_12);
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::add(var_13, var_15);
    // return s                                                                               <L 16>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_16 += adj_ret;
    // adj: return s                                                                          <L 16>
    wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_extract(var_v, var_14, adj_v, adj_14, adj_15);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_v, var_11, adj_v, adj_11, adj_12);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_v, var_8, adj_v, adj_8, adj_9);
    wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_extract(var_v, var_5, adj_v, adj_5, adj_6);
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_3);
    // adj: s += v[i]                                                                         <L 15>
    // adj: for i in range(5):                                                                <L 14>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 13>
    // adj: def vec5_sum(v: vec5) -> float:                                                   <L 12>
    return;
}


// corpus/134_custom_vector_matrix_types.py:19
static void adj_pack_color_0(
    wp::vec_t<4, wp::float32> var_c,
    wp::vec_t<4, wp::float32> & adj_c,
    wp::vec_t<4, wp::uint8> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::uint8> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 255.0;
    wp::float32 var_7;
    wp::uint8 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 255.0;
    wp::float32 var_15;
    wp::uint8 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 255.0;
    wp::float32 var_23;
    wp::uint8 var_24;
    const wp::int32 var_25 = 3;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 255.0;
    wp::float32 var_31;
    wp::uint8 var_32;
    //---------
    // dual vars
    wp::vec_t<4, wp::uint8> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::uint8 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::uint8 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::uint8 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::uint8 adj_32 = {};
    //---------
    // forward
    // def pack_color(c: wp.vec4) -> vec4ub:                                                  <L 20>
    // out = vec4ub()                                                                         <L 21>
    var_0 = wp::vec_t<4, wp::uint8>();
    // for k in range(4):                                                                     <L 22>
    // out[k] = wp.uint8(wp.clamp(c[k], 0.0, 1.0) * 255.0)                                    <L 23>
    var_2 = wp::extract(var_c, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::uint8(var_7);
    wp::assign_inplace(var_0, var_1, var_8);
    var_10 = wp::extract(var_c, var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::uint8(var_15);
    wp::assign_inplace(var_0, var_9, var_16);
    var_18 = wp::extract(var_c, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::uint8(var_23);
    wp::assign_inplace(var_0, var_17, var_24);
    var_26 = wp::extract(var_c, var_25);
    var_29 = wp::clamp(var_26, var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::uint8(var_31);
    wp::assign_inplace(var_0, var_25, var_32);
    // return out                                                                             <L 24>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return out                                                                        <L 24>
    wp::adj_assign_inplace(var_0, var_25, var_32, adj_0, adj_25, adj_32);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_clamp(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
    wp::adj_extract(var_c, var_25, adj_c, adj_25, adj_26);
    wp::adj_assign_inplace(var_0, var_17, var_24, adj_0, adj_17, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_extract(var_c, var_17, adj_c, adj_17, adj_18);
    wp::adj_assign_inplace(var_0, var_9, var_16, adj_0, adj_9, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_clamp(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_extract(var_c, var_9, adj_c, adj_9, adj_10);
    wp::adj_assign_inplace(var_0, var_1, var_8, adj_0, adj_1, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_clamp(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    wp::adj_extract(var_c, var_1, adj_c, adj_1, adj_2);
    // adj: out[k] = wp.uint8(wp.clamp(c[k], 0.0, 1.0) * 255.0)                               <L 23>
    // adj: for k in range(4):                                                                <L 22>
    // adj: out = vec4ub()                                                                    <L 21>
    // adj: def pack_color(c: wp.vec4) -> vec4ub:                                             <L 20>
    return;
}

struct wp_args_features_17b3c297 {
    wp::array_t<wp::vec_t<5, wp::float32>> x;
    wp::array_t<wp::vec_t<5, wp::float32>> w;
    wp::array_t<wp::float32> out;
};


void features_17b3c297_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_features_17b3c297 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<5, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<5, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<5, wp::float32>* var_1;
    wp::vec_t<5, wp::float32> var_2;
    wp::vec_t<5, wp::float32> var_3;
    wp::vec_t<5, wp::float32>* var_4;
    wp::vec_t<5, wp::float32> var_5;
    wp::vec_t<5, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def features(x: wp.array(dtype=vec5), w: wp.array(dtype=vec5), out: wp.array(dtype=float)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // a = x[i]                                                                               <L 30>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = w[i]                                                                               <L 31>
    var_4 = wp::address(var_w, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.dot(a, b) + vec5_sum(a) + wp.length(b)                                     <L 32>
    var_7 = wp::dot(var_2, var_5);
    var_8 = vec5_sum_0(var_2);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::length(var_5);
    var_11 = wp::add(var_9, var_10);
    wp::array_store(var_out, var_0, var_11);
}



void features_17b3c297_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_features_17b3c297 *_wp_args,
    wp_args_features_17b3c297 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<5, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<5, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<5, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<5, wp::float32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<5, wp::float32>* var_1;
    wp::vec_t<5, wp::float32> var_2;
    wp::vec_t<5, wp::float32> var_3;
    wp::vec_t<5, wp::float32>* var_4;
    wp::vec_t<5, wp::float32> var_5;
    wp::vec_t<5, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<5, wp::float32> adj_1 = {};
    wp::vec_t<5, wp::float32> adj_2 = {};
    wp::vec_t<5, wp::float32> adj_3 = {};
    wp::vec_t<5, wp::float32> adj_4 = {};
    wp::vec_t<5, wp::float32> adj_5 = {};
    wp::vec_t<5, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def features(x: wp.array(dtype=vec5), w: wp.array(dtype=vec5), out: wp.array(dtype=float)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // a = x[i]                                                                               <L 30>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = w[i]                                                                               <L 31>
    var_4 = wp::address(var_w, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.dot(a, b) + vec5_sum(a) + wp.length(b)                                     <L 32>
    var_7 = wp::dot(var_2, var_5);
    var_8 = vec5_sum_0(var_2);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::length(var_5);
    var_11 = wp::add(var_9, var_10);
    // wp::array_store(var_out, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_length(var_5, var_10, adj_5, adj_10);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    adj_vec5_sum_0(var_2, adj_2, adj_8);
    wp::adj_dot(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: out[i] = wp.dot(a, b) + vec5_sum(a) + wp.length(b)                                <L 32>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_w, var_0, adj_w, adj_0, adj_4);
    // adj: b = w[i]                                                                          <L 31>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: a = x[i]                                                                          <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def features(x: wp.array(dtype=vec5), w: wp.array(dtype=vec5), out: wp.array(dtype=float)):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void features_17b3c297_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_features_17b3c297 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        features_17b3c297_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void features_17b3c297_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_features_17b3c297 *_wp_args,
    wp_args_features_17b3c297 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        features_17b3c297_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_project_d87ddd4e {
    wp::array_t<wp::mat_t<2, 3, wp::float32>> m;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
    wp::array_t<wp::mat_t<3, 2, wp::float32>> mt;
};


void project_d87ddd4e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_d87ddd4e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 2, wp::float32>> var_mt = _wp_args->mt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 3, wp::float32>* var_1;
    wp::mat_t<2, 3, wp::float32> var_2;
    wp::mat_t<2, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 2, wp::float32> var_7;
    //---------
    // forward
    // def project(m: wp.array(dtype=mat23), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec2), mt: wp.array(dtype=mat32)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 38>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = A * v[i]                                                                      <L 39>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    wp::array_store(var_out, var_0, var_5);
    // mt[i] = wp.transpose(A)                                                                <L 40>
    var_7 = wp::transpose(var_2);
    wp::array_store(var_mt, var_0, var_7);
}



void project_d87ddd4e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_d87ddd4e *_wp_args,
    wp_args_project_d87ddd4e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 2, wp::float32>> var_mt = _wp_args->mt;
    wp::array_t<wp::mat_t<2, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<3, 2, wp::float32>> adj_mt = _wp_adj_args->mt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 3, wp::float32>* var_1;
    wp::mat_t<2, 3, wp::float32> var_2;
    wp::mat_t<2, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 2, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 3, wp::float32> adj_1 = {};
    wp::mat_t<2, 3, wp::float32> adj_2 = {};
    wp::mat_t<2, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 2, wp::float32> adj_7 = {};
    //---------
    // forward
    // def project(m: wp.array(dtype=mat23), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec2), mt: wp.array(dtype=mat32)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 38>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = A * v[i]                                                                      <L 39>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // wp::array_store(var_out, var_0, var_5);
    // mt[i] = wp.transpose(A)                                                                <L 40>
    var_7 = wp::transpose(var_2);
    // wp::array_store(var_mt, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_mt, var_0, var_7, adj_mt, adj_0, adj_7);
    wp::adj_transpose(var_2, adj_2, adj_7);
    // adj: mt[i] = wp.transpose(A)                                                           <L 40>
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: out[i] = A * v[i]                                                                 <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: A = m[i]                                                                          <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def project(m: wp.array(dtype=mat23), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec2), mt: wp.array(dtype=mat32)):  <L 36>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void project_d87ddd4e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_d87ddd4e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_d87ddd4e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_d87ddd4e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_d87ddd4e *_wp_args,
    wp_args_project_d87ddd4e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_d87ddd4e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gram_5eada94e {
    wp::array_t<wp::mat_t<3, 2, wp::float32>> m;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out3;
};


void gram_5eada94e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gram_5eada94e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out3 = _wp_args->out3;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 2, wp::float32>* var_1;
    wp::mat_t<3, 2, wp::float32> var_2;
    wp::mat_t<3, 2, wp::float32> var_3;
    wp::mat_t<2, 3, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // forward
    // def gram(m: wp.array(dtype=mat32), out: wp.array(dtype=wp.mat22), out3: wp.array(dtype=wp.mat33)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 46>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = wp.transpose(A) * A                                                           <L 47>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    wp::array_store(var_out, var_0, var_5);
    // out3[i] = A * wp.transpose(A)                                                          <L 48>
    var_6 = wp::transpose(var_2);
    var_7 = wp::mul(var_2, var_6);
    wp::array_store(var_out3, var_0, var_7);
}



void gram_5eada94e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gram_5eada94e *_wp_args,
    wp_args_gram_5eada94e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out3 = _wp_args->out3;
    wp::array_t<wp::mat_t<3, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out3 = _wp_adj_args->out3;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 2, wp::float32>* var_1;
    wp::mat_t<3, 2, wp::float32> var_2;
    wp::mat_t<3, 2, wp::float32> var_3;
    wp::mat_t<2, 3, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 2, wp::float32> adj_1 = {};
    wp::mat_t<3, 2, wp::float32> adj_2 = {};
    wp::mat_t<3, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 3, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def gram(m: wp.array(dtype=mat32), out: wp.array(dtype=wp.mat22), out3: wp.array(dtype=wp.mat33)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 46>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = wp.transpose(A) * A                                                           <L 47>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    // wp::array_store(var_out, var_0, var_5);
    // out3[i] = A * wp.transpose(A)                                                          <L 48>
    var_6 = wp::transpose(var_2);
    var_7 = wp::mul(var_2, var_6);
    // wp::array_store(var_out3, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out3, var_0, var_7, adj_out3, adj_0, adj_7);
    wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_transpose(var_2, adj_2, adj_6);
    // adj: out3[i] = A * wp.transpose(A)                                                     <L 48>
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
    wp::adj_transpose(var_2, adj_2, adj_4);
    // adj: out[i] = wp.transpose(A) * A                                                      <L 47>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: A = m[i]                                                                          <L 46>
    // adj: i = wp.tid()                                                                      <L 45>
    // adj: def gram(m: wp.array(dtype=mat32), out: wp.array(dtype=wp.mat22), out3: wp.array(dtype=wp.mat33)):  <L 44>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gram_5eada94e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gram_5eada94e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gram_5eada94e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gram_5eada94e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gram_5eada94e *_wp_args,
    wp_args_gram_5eada94e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gram_5eada94e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_colors_a976ea1e {
    wp::array_t<wp::vec_t<4, wp::float32>> c;
    wp::array_t<wp::vec_t<4, wp::uint8>> packed;
    wp::array_t<wp::uint8> lum;
};


void colors_a976ea1e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_colors_a976ea1e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_packed = _wp_args->packed;
    wp::array_t<wp::uint8> var_lum = _wp_args->lum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::uint8> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::uint8 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 77;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint8 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 150;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::uint8 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 29;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 8;
    wp::int32 var_22;
    wp::uint8 var_23;
    //---------
    // forward
    // def colors(c: wp.array(dtype=wp.vec4), packed: wp.array(dtype=vec4ub), lum: wp.array(dtype=wp.uint8)):       <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // p = pack_color(c[i])                                                                   <L 54>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = pack_color_0(var_3);
    // packed[i] = p                                                                          <L 55>
    wp::array_store(var_packed, var_0, var_2);
    // lum[i] = wp.uint8((int(p[0]) * 77 + int(p[1]) * 150 + int(p[2]) * 29) >> 8)            <L 56>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::int(var_5);
    var_8 = wp::mul(var_6, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::int(var_10);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::add(var_8, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::add(var_14, var_19);
    var_22 = wp::rshift(var_20, var_21);
    var_23 = wp::uint8(var_22);
    wp::array_store(var_lum, var_0, var_23);
}



void colors_a976ea1e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_colors_a976ea1e *_wp_args,
    wp_args_colors_a976ea1e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_packed = _wp_args->packed;
    wp::array_t<wp::uint8> var_lum = _wp_args->lum;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<4, wp::uint8>> adj_packed = _wp_adj_args->packed;
    wp::array_t<wp::uint8> adj_lum = _wp_adj_args->lum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::uint8> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::uint8 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 77;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint8 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 150;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::uint8 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 29;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 8;
    wp::int32 var_22;
    wp::uint8 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::uint8> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint8 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint8 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::uint8 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::uint8 adj_23 = {};
    //---------
    // forward
    // def colors(c: wp.array(dtype=wp.vec4), packed: wp.array(dtype=vec4ub), lum: wp.array(dtype=wp.uint8)):       <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // p = pack_color(c[i])                                                                   <L 54>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = pack_color_0(var_3);
    // packed[i] = p                                                                          <L 55>
    // wp::array_store(var_packed, var_0, var_2);
    // lum[i] = wp.uint8((int(p[0]) * 77 + int(p[1]) * 150 + int(p[2]) * 29) >> 8)            <L 56>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::int(var_5);
    var_8 = wp::mul(var_6, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::int(var_10);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::add(var_8, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::add(var_14, var_19);
    var_22 = wp::rshift(var_20, var_21);
    var_23 = wp::uint8(var_22);
    // wp::array_store(var_lum, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_lum, var_0, var_23, adj_lum, adj_0, adj_23);
    wp::adj_add(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: lum[i] = wp.uint8((int(p[0]) * 77 + int(p[1]) * 150 + int(p[2]) * 29) >> 8)       <L 56>
    wp::adj_array_store(var_packed, var_0, var_2, adj_packed, adj_0, adj_2);
    // adj: packed[i] = p                                                                     <L 55>
    adj_pack_color_0(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: p = pack_color(c[i])                                                              <L 54>
    // adj: i = wp.tid()                                                                      <L 53>
    // adj: def colors(c: wp.array(dtype=wp.vec4), packed: wp.array(dtype=vec4ub), lum: wp.array(dtype=wp.uint8)):  <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void colors_a976ea1e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_colors_a976ea1e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        colors_a976ea1e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void colors_a976ea1e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_colors_a976ea1e *_wp_args,
    wp_args_colors_a976ea1e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        colors_a976ea1e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_big_state_0a90630c {
    wp::array_t<wp::vec_t<6, wp::float64>> s;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> k;
    wp::float64 dt;
    wp::array_t<wp::vec_t<6, wp::float64>> out;
};


void big_state_0a90630c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_big_state_0a90630c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float64>> var_s = _wp_args->s;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_k = _wp_args->k;
    wp::float64 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<6, wp::float64>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float64>* var_1;
    wp::vec_t<6, wp::float64> var_2;
    wp::vec_t<6, wp::float64> var_3;
    wp::vec_t<6, wp::float64> var_4;
    wp::mat_t<6, 6, wp::float32>* var_5;
    wp::mat_t<6, 6, wp::float32> var_6;
    wp::mat_t<6, 6, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float64 var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    const wp::int32 var_28 = 3;
    wp::float32 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    const wp::int32 var_34 = 4;
    wp::float32 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::int32 var_40 = 5;
    wp::float32 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::int32 var_49 = 1;
    wp::float64 var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float64 var_56;
    const wp::int32 var_57 = 1;
    wp::float32 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    wp::float64 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    wp::float64 var_65;
    wp::float64 var_66;
    wp::float64 var_67;
    wp::float64 var_68;
    const wp::int32 var_69 = 3;
    wp::float32 var_70;
    wp::float64 var_71;
    wp::float64 var_72;
    wp::float64 var_73;
    wp::float64 var_74;
    const wp::int32 var_75 = 4;
    wp::float32 var_76;
    wp::float64 var_77;
    wp::float64 var_78;
    wp::float64 var_79;
    wp::float64 var_80;
    const wp::int32 var_81 = 5;
    wp::float32 var_82;
    wp::float64 var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    wp::float64 var_87;
    wp::float64 var_88;
    wp::float64 var_89;
    const wp::int32 var_90 = 2;
    wp::float64 var_91;
    const wp::int32 var_92 = 0;
    wp::float32 var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    wp::float64 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float64 var_102;
    wp::float64 var_103;
    const wp::int32 var_104 = 2;
    wp::float32 var_105;
    wp::float64 var_106;
    wp::float64 var_107;
    wp::float64 var_108;
    wp::float64 var_109;
    const wp::int32 var_110 = 3;
    wp::float32 var_111;
    wp::float64 var_112;
    wp::float64 var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    const wp::int32 var_116 = 4;
    wp::float32 var_117;
    wp::float64 var_118;
    wp::float64 var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    const wp::int32 var_122 = 5;
    wp::float32 var_123;
    wp::float64 var_124;
    wp::float64 var_125;
    wp::float64 var_126;
    wp::float64 var_127;
    wp::float64 var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    const wp::int32 var_131 = 3;
    wp::float64 var_132;
    const wp::int32 var_133 = 0;
    wp::float32 var_134;
    wp::float64 var_135;
    wp::float64 var_136;
    wp::float64 var_137;
    wp::float64 var_138;
    const wp::int32 var_139 = 1;
    wp::float32 var_140;
    wp::float64 var_141;
    wp::float64 var_142;
    wp::float64 var_143;
    wp::float64 var_144;
    const wp::int32 var_145 = 2;
    wp::float32 var_146;
    wp::float64 var_147;
    wp::float64 var_148;
    wp::float64 var_149;
    wp::float64 var_150;
    const wp::int32 var_151 = 3;
    wp::float32 var_152;
    wp::float64 var_153;
    wp::float64 var_154;
    wp::float64 var_155;
    wp::float64 var_156;
    const wp::int32 var_157 = 4;
    wp::float32 var_158;
    wp::float64 var_159;
    wp::float64 var_160;
    wp::float64 var_161;
    wp::float64 var_162;
    const wp::int32 var_163 = 5;
    wp::float32 var_164;
    wp::float64 var_165;
    wp::float64 var_166;
    wp::float64 var_167;
    wp::float64 var_168;
    wp::float64 var_169;
    wp::float64 var_170;
    wp::float64 var_171;
    const wp::int32 var_172 = 4;
    wp::float64 var_173;
    const wp::int32 var_174 = 0;
    wp::float32 var_175;
    wp::float64 var_176;
    wp::float64 var_177;
    wp::float64 var_178;
    wp::float64 var_179;
    const wp::int32 var_180 = 1;
    wp::float32 var_181;
    wp::float64 var_182;
    wp::float64 var_183;
    wp::float64 var_184;
    wp::float64 var_185;
    const wp::int32 var_186 = 2;
    wp::float32 var_187;
    wp::float64 var_188;
    wp::float64 var_189;
    wp::float64 var_190;
    wp::float64 var_191;
    const wp::int32 var_192 = 3;
    wp::float32 var_193;
    wp::float64 var_194;
    wp::float64 var_195;
    wp::float64 var_196;
    wp::float64 var_197;
    const wp::int32 var_198 = 4;
    wp::float32 var_199;
    wp::float64 var_200;
    wp::float64 var_201;
    wp::float64 var_202;
    wp::float64 var_203;
    const wp::int32 var_204 = 5;
    wp::float32 var_205;
    wp::float64 var_206;
    wp::float64 var_207;
    wp::float64 var_208;
    wp::float64 var_209;
    wp::float64 var_210;
    wp::float64 var_211;
    wp::float64 var_212;
    const wp::int32 var_213 = 5;
    wp::float64 var_214;
    const wp::int32 var_215 = 0;
    wp::float32 var_216;
    wp::float64 var_217;
    wp::float64 var_218;
    wp::float64 var_219;
    wp::float64 var_220;
    const wp::int32 var_221 = 1;
    wp::float32 var_222;
    wp::float64 var_223;
    wp::float64 var_224;
    wp::float64 var_225;
    wp::float64 var_226;
    const wp::int32 var_227 = 2;
    wp::float32 var_228;
    wp::float64 var_229;
    wp::float64 var_230;
    wp::float64 var_231;
    wp::float64 var_232;
    const wp::int32 var_233 = 3;
    wp::float32 var_234;
    wp::float64 var_235;
    wp::float64 var_236;
    wp::float64 var_237;
    wp::float64 var_238;
    const wp::int32 var_239 = 4;
    wp::float32 var_240;
    wp::float64 var_241;
    wp::float64 var_242;
    wp::float64 var_243;
    wp::float64 var_244;
    const wp::int32 var_245 = 5;
    wp::float32 var_246;
    wp::float64 var_247;
    wp::float64 var_248;
    wp::float64 var_249;
    wp::float64 var_250;
    wp::float64 var_251;
    wp::float64 var_252;
    wp::float64 var_253;
    //---------
    // forward
    // def big_state(s: wp.array(dtype=vec6d), k: wp.array(dtype=mat66), dt: wp.float64, out: wp.array(dtype=vec6d)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // x = s[i]                                                                               <L 62>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = vec6d()                                                                            <L 63>
    var_4 = wp::vec_t<6, wp::float64>();
    // K = k[i]                                                                               <L 64>
    var_5 = wp::address(var_k, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for r in range(6):                                                                     <L 65>
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_9 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_11 = wp::extract(var_6, var_8, var_10);
    var_12 = wp::float64(var_11);
    var_13 = wp::extract(var_2, var_10);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::add(var_9, var_14);
    var_17 = wp::extract(var_6, var_8, var_16);
    var_18 = wp::float64(var_17);
    var_19 = wp::extract(var_2, var_16);
    var_20 = wp::mul(var_18, var_19);
    var_21 = wp::add(var_15, var_20);
    var_23 = wp::extract(var_6, var_8, var_22);
    var_24 = wp::float64(var_23);
    var_25 = wp::extract(var_2, var_22);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::add(var_21, var_26);
    var_29 = wp::extract(var_6, var_8, var_28);
    var_30 = wp::float64(var_29);
    var_31 = wp::extract(var_2, var_28);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_27, var_32);
    var_35 = wp::extract(var_6, var_8, var_34);
    var_36 = wp::float64(var_35);
    var_37 = wp::extract(var_2, var_34);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_41 = wp::extract(var_6, var_8, var_40);
    var_42 = wp::float64(var_41);
    var_43 = wp::extract(var_2, var_40);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::add(var_39, var_44);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_46 = wp::extract(var_2, var_8);
    var_47 = wp::mul(var_dt, var_45);
    var_48 = wp::add(var_46, var_47);
    wp::assign_inplace(var_4, var_8, var_48);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_50 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_52 = wp::extract(var_6, var_49, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::extract(var_2, var_51);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::add(var_50, var_55);
    var_58 = wp::extract(var_6, var_49, var_57);
    var_59 = wp::float64(var_58);
    var_60 = wp::extract(var_2, var_57);
    var_61 = wp::mul(var_59, var_60);
    var_62 = wp::add(var_56, var_61);
    var_64 = wp::extract(var_6, var_49, var_63);
    var_65 = wp::float64(var_64);
    var_66 = wp::extract(var_2, var_63);
    var_67 = wp::mul(var_65, var_66);
    var_68 = wp::add(var_62, var_67);
    var_70 = wp::extract(var_6, var_49, var_69);
    var_71 = wp::float64(var_70);
    var_72 = wp::extract(var_2, var_69);
    var_73 = wp::mul(var_71, var_72);
    var_74 = wp::add(var_68, var_73);
    var_76 = wp::extract(var_6, var_49, var_75);
    var_77 = wp::float64(var_76);
    var_78 = wp::extract(var_2, var_75);
    var_79 = wp::mul(var_77, var_78);
    var_80 = wp::add(var_74, var_79);
    var_82 = wp::extract(var_6, var_49, var_81);
    var_83 = wp::float64(var_82);
    var_84 = wp::extract(var_2, var_81);
    var_85 = wp::mul(var_83, var_84);
    var_86 = wp::add(var_80, var_85);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_87 = wp::extract(var_2, var_49);
    var_88 = wp::mul(var_dt, var_86);
    var_89 = wp::add(var_87, var_88);
    wp::assign_inplace(var_4, var_49, var_89);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_91 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_93 = wp::extract(var_6, var_90, var_92);
    var_94 = wp::float64(var_93);
    var_95 = wp::extract(var_2, var_92);
    var_96 = wp::mul(var_94, var_95);
    var_97 = wp::add(var_91, var_96);
    var_99 = wp::extract(var_6, var_90, var_98);
    var_100 = wp::float64(var_99);
    var_101 = wp::extract(var_2, var_98);
    var_102 = wp::mul(var_100, var_101);
    var_103 = wp::add(var_97, var_102);
    var_105 = wp::extract(var_6, var_90, var_104);
    var_106 = wp::float64(var_105);
    var_107 = wp::extract(var_2, var_104);
    var_108 = wp::mul(var_106, var_107);
    var_109 = wp::add(var_103, var_108);
    var_111 = wp::extract(var_6, var_90, var_110);
    var_112 = wp::float64(var_111);
    var_113 = wp::extract(var_2, var_110);
    var_114 = wp::mul(var_112, var_113);
    var_115 = wp::add(var_109, var_114);
    var_117 = wp::extract(var_6, var_90, var_116);
    var_118 = wp::float64(var_117);
    var_119 = wp::extract(var_2, var_116);
    var_120 = wp::mul(var_118, var_119);
    var_121 = wp::add(var_115, var_120);
    var_123 = wp::extract(var_6, var_90, var_122);
    var_124 = wp::float64(var_123);
    var_125 = wp::extract(var_2, var_122);
    var_126 = wp::mul(var_124, var_125);
    var_127 = wp::add(var_121, var_126);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_128 = wp::extract(var_2, var_90);
    var_129 = wp::mul(var_dt, var_127);
    var_130 = wp::add(var_128, var_129);
    wp::assign_inplace(var_4, var_90, var_130);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_132 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_134 = wp::extract(var_6, var_131, var_133);
    var_135 = wp::float64(var_134);
    var_136 = wp::extract(var_2, var_133);
    var_137 = wp::mul(var_135, var_136);
    var_138 = wp::add(var_132, var_137);
    var_140 = wp::extract(var_6, var_131, var_139);
    var_141 = wp::float64(var_140);
    var_142 = wp::extract(var_2, var_139);
    var_143 = wp::mul(var_141, var_142);
    var_144 = wp::add(var_138, var_143);
    var_146 = wp::extract(var_6, var_131, var_145);
    var_147 = wp::float64(var_146);
    var_148 = wp::extract(var_2, var_145);
    var_149 = wp::mul(var_147, var_148);
    var_150 = wp::add(var_144, var_149);
    var_152 = wp::extract(var_6, var_131, var_151);
    var_153 = wp::float64(var_152);
    var_154 = wp::extract(var_2, var_151);
    var_155 = wp::mul(var_153, var_154);
    var_156 = wp::add(var_150, var_155);
    var_158 = wp::extract(var_6, var_131, var_157);
    var_159 = wp::float64(var_158);
    var_160 = wp::extract(var_2, var_157);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_156, var_161);
    var_164 = wp::extract(var_6, var_131, var_163);
    var_165 = wp::float64(var_164);
    var_166 = wp::extract(var_2, var_163);
    var_167 = wp::mul(var_165, var_166);
    var_168 = wp::add(var_162, var_167);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_169 = wp::extract(var_2, var_131);
    var_170 = wp::mul(var_dt, var_168);
    var_171 = wp::add(var_169, var_170);
    wp::assign_inplace(var_4, var_131, var_171);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_173 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_175 = wp::extract(var_6, var_172, var_174);
    var_176 = wp::float64(var_175);
    var_177 = wp::extract(var_2, var_174);
    var_178 = wp::mul(var_176, var_177);
    var_179 = wp::add(var_173, var_178);
    var_181 = wp::extract(var_6, var_172, var_180);
    var_182 = wp::float64(var_181);
    var_183 = wp::extract(var_2, var_180);
    var_184 = wp::mul(var_182, var_183);
    var_185 = wp::add(var_179, var_184);
    var_187 = wp::extract(var_6, var_172, var_186);
    var_188 = wp::float64(var_187);
    var_189 = wp::extract(var_2, var_186);
    var_190 = wp::mul(var_188, var_189);
    var_191 = wp::add(var_185, var_190);
    var_193 = wp::extract(var_6, var_172, var_192);
    var_194 = wp::float64(var_193);
    var_195 = wp::extract(var_2, var_192);
    var_196 = wp::mul(var_194, var_195);
    var_197 = wp::add(var_191, var_196);
    var_199 = wp::extract(var_6, var_172, var_198);
    var_200 = wp::float64(var_199);
    var_201 = wp::extract(var_2, var_198);
    var_202 = wp::mul(var_200, var_201);
    var_203 = wp::add(var_197, var_202);
    var_205 = wp::extract(var_6, var_172, var_204);
    var_206 = wp::float64(var_205);
    var_207 = wp::extract(var_2, var_204);
    var_208 = wp::mul(var_206, var_207);
    var_209 = wp::add(var_203, var_208);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_210 = wp::extract(var_2, var_172);
    var_211 = wp::mul(var_dt, var_209);
    var_212 = wp::add(var_210, var_211);
    wp::assign_inplace(var_4, var_172, var_212);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_214 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_216 = wp::extract(var_6, var_213, var_215);
    var_217 = wp::float64(var_216);
    var_218 = wp::extract(var_2, var_215);
    var_219 = wp::mul(var_217, var_218);
    var_220 = wp::add(var_214, var_219);
    var_222 = wp::extract(var_6, var_213, var_221);
    var_223 = wp::float64(var_222);
    var_224 = wp::extract(var_2, var_221);
    var_225 = wp::mul(var_223, var_224);
    var_226 = wp::add(var_220, var_225);
    var_228 = wp::extract(var_6, var_213, var_227);
    var_229 = wp::float64(var_228);
    var_230 = wp::extract(var_2, var_227);
    var_231 = wp::mul(var_229, var_230);
    var_232 = wp::add(var_226, var_231);
    var_234 = wp::extract(var_6, var_213, var_233);
    var_235 = wp::float64(var_234);
    var_236 = wp::extract(var_2, var_233);
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_232, var_237);
    var_240 = wp::extract(var_6, var_213, var_239);
    var_241 = wp::float64(var_240);
    var_242 = wp::extract(var_2, var_239);
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::add(var_238, var_243);
    var_246 = wp::extract(var_6, var_213, var_245);
    var_247 = wp::float64(var_246);
    var_248 = wp::extract(var_2, var_245);
    var_249 = wp::mul(var_247, var_248);
    var_250 = wp::add(var_244, var_249);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_251 = wp::extract(var_2, var_213);
    var_252 = wp::mul(var_dt, var_250);
    var_253 = wp::add(var_251, var_252);
    wp::assign_inplace(var_4, var_213, var_253);
    // out[i] = y                                                                             <L 70>
    wp::array_store(var_out, var_0, var_4);
}



void big_state_0a90630c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_big_state_0a90630c *_wp_args,
    wp_args_big_state_0a90630c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float64>> var_s = _wp_args->s;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_k = _wp_args->k;
    wp::float64 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<6, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<6, wp::float64>> adj_s = _wp_adj_args->s;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_k = _wp_adj_args->k;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<6, wp::float64>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float64>* var_1;
    wp::vec_t<6, wp::float64> var_2;
    wp::vec_t<6, wp::float64> var_3;
    wp::vec_t<6, wp::float64> var_4;
    wp::mat_t<6, 6, wp::float32>* var_5;
    wp::mat_t<6, 6, wp::float32> var_6;
    wp::mat_t<6, 6, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float64 var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    const wp::int32 var_28 = 3;
    wp::float32 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    const wp::int32 var_34 = 4;
    wp::float32 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::int32 var_40 = 5;
    wp::float32 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::int32 var_49 = 1;
    wp::float64 var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float64 var_56;
    const wp::int32 var_57 = 1;
    wp::float32 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    wp::float64 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    wp::float64 var_65;
    wp::float64 var_66;
    wp::float64 var_67;
    wp::float64 var_68;
    const wp::int32 var_69 = 3;
    wp::float32 var_70;
    wp::float64 var_71;
    wp::float64 var_72;
    wp::float64 var_73;
    wp::float64 var_74;
    const wp::int32 var_75 = 4;
    wp::float32 var_76;
    wp::float64 var_77;
    wp::float64 var_78;
    wp::float64 var_79;
    wp::float64 var_80;
    const wp::int32 var_81 = 5;
    wp::float32 var_82;
    wp::float64 var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    wp::float64 var_87;
    wp::float64 var_88;
    wp::float64 var_89;
    const wp::int32 var_90 = 2;
    wp::float64 var_91;
    const wp::int32 var_92 = 0;
    wp::float32 var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    wp::float64 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float64 var_102;
    wp::float64 var_103;
    const wp::int32 var_104 = 2;
    wp::float32 var_105;
    wp::float64 var_106;
    wp::float64 var_107;
    wp::float64 var_108;
    wp::float64 var_109;
    const wp::int32 var_110 = 3;
    wp::float32 var_111;
    wp::float64 var_112;
    wp::float64 var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    const wp::int32 var_116 = 4;
    wp::float32 var_117;
    wp::float64 var_118;
    wp::float64 var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    const wp::int32 var_122 = 5;
    wp::float32 var_123;
    wp::float64 var_124;
    wp::float64 var_125;
    wp::float64 var_126;
    wp::float64 var_127;
    wp::float64 var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    const wp::int32 var_131 = 3;
    wp::float64 var_132;
    const wp::int32 var_133 = 0;
    wp::float32 var_134;
    wp::float64 var_135;
    wp::float64 var_136;
    wp::float64 var_137;
    wp::float64 var_138;
    const wp::int32 var_139 = 1;
    wp::float32 var_140;
    wp::float64 var_141;
    wp::float64 var_142;
    wp::float64 var_143;
    wp::float64 var_144;
    const wp::int32 var_145 = 2;
    wp::float32 var_146;
    wp::float64 var_147;
    wp::float64 var_148;
    wp::float64 var_149;
    wp::float64 var_150;
    const wp::int32 var_151 = 3;
    wp::float32 var_152;
    wp::float64 var_153;
    wp::float64 var_154;
    wp::float64 var_155;
    wp::float64 var_156;
    const wp::int32 var_157 = 4;
    wp::float32 var_158;
    wp::float64 var_159;
    wp::float64 var_160;
    wp::float64 var_161;
    wp::float64 var_162;
    const wp::int32 var_163 = 5;
    wp::float32 var_164;
    wp::float64 var_165;
    wp::float64 var_166;
    wp::float64 var_167;
    wp::float64 var_168;
    wp::float64 var_169;
    wp::float64 var_170;
    wp::float64 var_171;
    const wp::int32 var_172 = 4;
    wp::float64 var_173;
    const wp::int32 var_174 = 0;
    wp::float32 var_175;
    wp::float64 var_176;
    wp::float64 var_177;
    wp::float64 var_178;
    wp::float64 var_179;
    const wp::int32 var_180 = 1;
    wp::float32 var_181;
    wp::float64 var_182;
    wp::float64 var_183;
    wp::float64 var_184;
    wp::float64 var_185;
    const wp::int32 var_186 = 2;
    wp::float32 var_187;
    wp::float64 var_188;
    wp::float64 var_189;
    wp::float64 var_190;
    wp::float64 var_191;
    const wp::int32 var_192 = 3;
    wp::float32 var_193;
    wp::float64 var_194;
    wp::float64 var_195;
    wp::float64 var_196;
    wp::float64 var_197;
    const wp::int32 var_198 = 4;
    wp::float32 var_199;
    wp::float64 var_200;
    wp::float64 var_201;
    wp::float64 var_202;
    wp::float64 var_203;
    const wp::int32 var_204 = 5;
    wp::float32 var_205;
    wp::float64 var_206;
    wp::float64 var_207;
    wp::float64 var_208;
    wp::float64 var_209;
    wp::float64 var_210;
    wp::float64 var_211;
    wp::float64 var_212;
    const wp::int32 var_213 = 5;
    wp::float64 var_214;
    const wp::int32 var_215 = 0;
    wp::float32 var_216;
    wp::float64 var_217;
    wp::float64 var_218;
    wp::float64 var_219;
    wp::float64 var_220;
    const wp::int32 var_221 = 1;
    wp::float32 var_222;
    wp::float64 var_223;
    wp::float64 var_224;
    wp::float64 var_225;
    wp::float64 var_226;
    const wp::int32 var_227 = 2;
    wp::float32 var_228;
    wp::float64 var_229;
    wp::float64 var_230;
    wp::float64 var_231;
    wp::float64 var_232;
    const wp::int32 var_233 = 3;
    wp::float32 var_234;
    wp::float64 var_235;
    wp::float64 var_236;
    wp::float64 var_237;
    wp::float64 var_238;
    const wp::int32 var_239 = 4;
    wp::float32 var_240;
    wp::float64 var_241;
    wp::float64 var_242;
    wp::float64 var_243;
    wp::float64 var_244;
    const wp::int32 var_245 = 5;
    wp::float32 var_246;
    wp::float64 var_247;
    wp::float64 var_248;
    wp::float64 var_249;
    wp::float64 var_250;
    wp::float64 var_251;
    wp::float64 var_252;
    wp::float64 var_253;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float64> adj_1 = {};
    wp::vec_t<6, wp::float64> adj_2 = {};
    wp::vec_t<6, wp::float64> adj_3 = {};
    wp::vec_t<6, wp::float64> adj_4 = {};
    wp::mat_t<6, 6, wp::float32> adj_5 = {};
    wp::mat_t<6, 6, wp::float32> adj_6 = {};
    wp::mat_t<6, 6, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float64 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float64 adj_54 = {};
    wp::float64 adj_55 = {};
    wp::float64 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float64 adj_59 = {};
    wp::float64 adj_60 = {};
    wp::float64 adj_61 = {};
    wp::float64 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float64 adj_65 = {};
    wp::float64 adj_66 = {};
    wp::float64 adj_67 = {};
    wp::float64 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float64 adj_71 = {};
    wp::float64 adj_72 = {};
    wp::float64 adj_73 = {};
    wp::float64 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float64 adj_77 = {};
    wp::float64 adj_78 = {};
    wp::float64 adj_79 = {};
    wp::float64 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float64 adj_83 = {};
    wp::float64 adj_84 = {};
    wp::float64 adj_85 = {};
    wp::float64 adj_86 = {};
    wp::float64 adj_87 = {};
    wp::float64 adj_88 = {};
    wp::float64 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::float64 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float64 adj_94 = {};
    wp::float64 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::float64 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float64 adj_100 = {};
    wp::float64 adj_101 = {};
    wp::float64 adj_102 = {};
    wp::float64 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float64 adj_106 = {};
    wp::float64 adj_107 = {};
    wp::float64 adj_108 = {};
    wp::float64 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float64 adj_112 = {};
    wp::float64 adj_113 = {};
    wp::float64 adj_114 = {};
    wp::float64 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float64 adj_118 = {};
    wp::float64 adj_119 = {};
    wp::float64 adj_120 = {};
    wp::float64 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float64 adj_124 = {};
    wp::float64 adj_125 = {};
    wp::float64 adj_126 = {};
    wp::float64 adj_127 = {};
    wp::float64 adj_128 = {};
    wp::float64 adj_129 = {};
    wp::float64 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::float64 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float64 adj_135 = {};
    wp::float64 adj_136 = {};
    wp::float64 adj_137 = {};
    wp::float64 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float64 adj_141 = {};
    wp::float64 adj_142 = {};
    wp::float64 adj_143 = {};
    wp::float64 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float64 adj_147 = {};
    wp::float64 adj_148 = {};
    wp::float64 adj_149 = {};
    wp::float64 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::float32 adj_152 = {};
    wp::float64 adj_153 = {};
    wp::float64 adj_154 = {};
    wp::float64 adj_155 = {};
    wp::float64 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::float32 adj_158 = {};
    wp::float64 adj_159 = {};
    wp::float64 adj_160 = {};
    wp::float64 adj_161 = {};
    wp::float64 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::float32 adj_164 = {};
    wp::float64 adj_165 = {};
    wp::float64 adj_166 = {};
    wp::float64 adj_167 = {};
    wp::float64 adj_168 = {};
    wp::float64 adj_169 = {};
    wp::float64 adj_170 = {};
    wp::float64 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::float64 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float64 adj_176 = {};
    wp::float64 adj_177 = {};
    wp::float64 adj_178 = {};
    wp::float64 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float64 adj_182 = {};
    wp::float64 adj_183 = {};
    wp::float64 adj_184 = {};
    wp::float64 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float64 adj_188 = {};
    wp::float64 adj_189 = {};
    wp::float64 adj_190 = {};
    wp::float64 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::float32 adj_193 = {};
    wp::float64 adj_194 = {};
    wp::float64 adj_195 = {};
    wp::float64 adj_196 = {};
    wp::float64 adj_197 = {};
    wp::int32 adj_198 = {};
    wp::float32 adj_199 = {};
    wp::float64 adj_200 = {};
    wp::float64 adj_201 = {};
    wp::float64 adj_202 = {};
    wp::float64 adj_203 = {};
    wp::int32 adj_204 = {};
    wp::float32 adj_205 = {};
    wp::float64 adj_206 = {};
    wp::float64 adj_207 = {};
    wp::float64 adj_208 = {};
    wp::float64 adj_209 = {};
    wp::float64 adj_210 = {};
    wp::float64 adj_211 = {};
    wp::float64 adj_212 = {};
    wp::int32 adj_213 = {};
    wp::float64 adj_214 = {};
    wp::int32 adj_215 = {};
    wp::float32 adj_216 = {};
    wp::float64 adj_217 = {};
    wp::float64 adj_218 = {};
    wp::float64 adj_219 = {};
    wp::float64 adj_220 = {};
    wp::int32 adj_221 = {};
    wp::float32 adj_222 = {};
    wp::float64 adj_223 = {};
    wp::float64 adj_224 = {};
    wp::float64 adj_225 = {};
    wp::float64 adj_226 = {};
    wp::int32 adj_227 = {};
    wp::float32 adj_228 = {};
    wp::float64 adj_229 = {};
    wp::float64 adj_230 = {};
    wp::float64 adj_231 = {};
    wp::float64 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::float32 adj_234 = {};
    wp::float64 adj_235 = {};
    wp::float64 adj_236 = {};
    wp::float64 adj_237 = {};
    wp::float64 adj_238 = {};
    wp::int32 adj_239 = {};
    wp::float32 adj_240 = {};
    wp::float64 adj_241 = {};
    wp::float64 adj_242 = {};
    wp::float64 adj_243 = {};
    wp::float64 adj_244 = {};
    wp::int32 adj_245 = {};
    wp::float32 adj_246 = {};
    wp::float64 adj_247 = {};
    wp::float64 adj_248 = {};
    wp::float64 adj_249 = {};
    wp::float64 adj_250 = {};
    wp::float64 adj_251 = {};
    wp::float64 adj_252 = {};
    wp::float64 adj_253 = {};
    //---------
    // forward
    // def big_state(s: wp.array(dtype=vec6d), k: wp.array(dtype=mat66), dt: wp.float64, out: wp.array(dtype=vec6d)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // x = s[i]                                                                               <L 62>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = vec6d()                                                                            <L 63>
    var_4 = wp::vec_t<6, wp::float64>();
    // K = k[i]                                                                               <L 64>
    var_5 = wp::address(var_k, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for r in range(6):                                                                     <L 65>
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_9 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_11 = wp::extract(var_6, var_8, var_10);
    var_12 = wp::float64(var_11);
    var_13 = wp::extract(var_2, var_10);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::add(var_9, var_14);
    var_17 = wp::extract(var_6, var_8, var_16);
    var_18 = wp::float64(var_17);
    var_19 = wp::extract(var_2, var_16);
    var_20 = wp::mul(var_18, var_19);
    var_21 = wp::add(var_15, var_20);
    var_23 = wp::extract(var_6, var_8, var_22);
    var_24 = wp::float64(var_23);
    var_25 = wp::extract(var_2, var_22);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::add(var_21, var_26);
    var_29 = wp::extract(var_6, var_8, var_28);
    var_30 = wp::float64(var_29);
    var_31 = wp::extract(var_2, var_28);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_27, var_32);
    var_35 = wp::extract(var_6, var_8, var_34);
    var_36 = wp::float64(var_35);
    var_37 = wp::extract(var_2, var_34);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_41 = wp::extract(var_6, var_8, var_40);
    var_42 = wp::float64(var_41);
    var_43 = wp::extract(var_2, var_40);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::add(var_39, var_44);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_46 = wp::extract(var_2, var_8);
    var_47 = wp::mul(var_dt, var_45);
    var_48 = wp::add(var_46, var_47);
    wp::assign_inplace(var_4, var_8, var_48);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_50 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_52 = wp::extract(var_6, var_49, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::extract(var_2, var_51);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::add(var_50, var_55);
    var_58 = wp::extract(var_6, var_49, var_57);
    var_59 = wp::float64(var_58);
    var_60 = wp::extract(var_2, var_57);
    var_61 = wp::mul(var_59, var_60);
    var_62 = wp::add(var_56, var_61);
    var_64 = wp::extract(var_6, var_49, var_63);
    var_65 = wp::float64(var_64);
    var_66 = wp::extract(var_2, var_63);
    var_67 = wp::mul(var_65, var_66);
    var_68 = wp::add(var_62, var_67);
    var_70 = wp::extract(var_6, var_49, var_69);
    var_71 = wp::float64(var_70);
    var_72 = wp::extract(var_2, var_69);
    var_73 = wp::mul(var_71, var_72);
    var_74 = wp::add(var_68, var_73);
    var_76 = wp::extract(var_6, var_49, var_75);
    var_77 = wp::float64(var_76);
    var_78 = wp::extract(var_2, var_75);
    var_79 = wp::mul(var_77, var_78);
    var_80 = wp::add(var_74, var_79);
    var_82 = wp::extract(var_6, var_49, var_81);
    var_83 = wp::float64(var_82);
    var_84 = wp::extract(var_2, var_81);
    var_85 = wp::mul(var_83, var_84);
    var_86 = wp::add(var_80, var_85);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_87 = wp::extract(var_2, var_49);
    var_88 = wp::mul(var_dt, var_86);
    var_89 = wp::add(var_87, var_88);
    wp::assign_inplace(var_4, var_49, var_89);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_91 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_93 = wp::extract(var_6, var_90, var_92);
    var_94 = wp::float64(var_93);
    var_95 = wp::extract(var_2, var_92);
    var_96 = wp::mul(var_94, var_95);
    var_97 = wp::add(var_91, var_96);
    var_99 = wp::extract(var_6, var_90, var_98);
    var_100 = wp::float64(var_99);
    var_101 = wp::extract(var_2, var_98);
    var_102 = wp::mul(var_100, var_101);
    var_103 = wp::add(var_97, var_102);
    var_105 = wp::extract(var_6, var_90, var_104);
    var_106 = wp::float64(var_105);
    var_107 = wp::extract(var_2, var_104);
    var_108 = wp::mul(var_106, var_107);
    var_109 = wp::add(var_103, var_108);
    var_111 = wp::extract(var_6, var_90, var_110);
    var_112 = wp::float64(var_111);
    var_113 = wp::extract(var_2, var_110);
    var_114 = wp::mul(var_112, var_113);
    var_115 = wp::add(var_109, var_114);
    var_117 = wp::extract(var_6, var_90, var_116);
    var_118 = wp::float64(var_117);
    var_119 = wp::extract(var_2, var_116);
    var_120 = wp::mul(var_118, var_119);
    var_121 = wp::add(var_115, var_120);
    var_123 = wp::extract(var_6, var_90, var_122);
    var_124 = wp::float64(var_123);
    var_125 = wp::extract(var_2, var_122);
    var_126 = wp::mul(var_124, var_125);
    var_127 = wp::add(var_121, var_126);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_128 = wp::extract(var_2, var_90);
    var_129 = wp::mul(var_dt, var_127);
    var_130 = wp::add(var_128, var_129);
    wp::assign_inplace(var_4, var_90, var_130);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_132 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_134 = wp::extract(var_6, var_131, var_133);
    var_135 = wp::float64(var_134);
    var_136 = wp::extract(var_2, var_133);
    var_137 = wp::mul(var_135, var_136);
    var_138 = wp::add(var_132, var_137);
    var_140 = wp::extract(var_6, var_131, var_139);
    var_141 = wp::float64(var_140);
    var_142 = wp::extract(var_2, var_139);
    var_143 = wp::mul(var_141, var_142);
    var_144 = wp::add(var_138, var_143);
    var_146 = wp::extract(var_6, var_131, var_145);
    var_147 = wp::float64(var_146);
    var_148 = wp::extract(var_2, var_145);
    var_149 = wp::mul(var_147, var_148);
    var_150 = wp::add(var_144, var_149);
    var_152 = wp::extract(var_6, var_131, var_151);
    var_153 = wp::float64(var_152);
    var_154 = wp::extract(var_2, var_151);
    var_155 = wp::mul(var_153, var_154);
    var_156 = wp::add(var_150, var_155);
    var_158 = wp::extract(var_6, var_131, var_157);
    var_159 = wp::float64(var_158);
    var_160 = wp::extract(var_2, var_157);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_156, var_161);
    var_164 = wp::extract(var_6, var_131, var_163);
    var_165 = wp::float64(var_164);
    var_166 = wp::extract(var_2, var_163);
    var_167 = wp::mul(var_165, var_166);
    var_168 = wp::add(var_162, var_167);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_169 = wp::extract(var_2, var_131);
    var_170 = wp::mul(var_dt, var_168);
    var_171 = wp::add(var_169, var_170);
    wp::assign_inplace(var_4, var_131, var_171);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_173 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_175 = wp::extract(var_6, var_172, var_174);
    var_176 = wp::float64(var_175);
    var_177 = wp::extract(var_2, var_174);
    var_178 = wp::mul(var_176, var_177);
    var_179 = wp::add(var_173, var_178);
    var_181 = wp::extract(var_6, var_172, var_180);
    var_182 = wp::float64(var_181);
    var_183 = wp::extract(var_2, var_180);
    var_184 = wp::mul(var_182, var_183);
    var_185 = wp::add(var_179, var_184);
    var_187 = wp::extract(var_6, var_172, var_186);
    var_188 = wp::float64(var_187);
    var_189 = wp::extract(var_2, var_186);
    var_190 = wp::mul(var_188, var_189);
    var_191 = wp::add(var_185, var_190);
    var_193 = wp::extract(var_6, var_172, var_192);
    var_194 = wp::float64(var_193);
    var_195 = wp::extract(var_2, var_192);
    var_196 = wp::mul(var_194, var_195);
    var_197 = wp::add(var_191, var_196);
    var_199 = wp::extract(var_6, var_172, var_198);
    var_200 = wp::float64(var_199);
    var_201 = wp::extract(var_2, var_198);
    var_202 = wp::mul(var_200, var_201);
    var_203 = wp::add(var_197, var_202);
    var_205 = wp::extract(var_6, var_172, var_204);
    var_206 = wp::float64(var_205);
    var_207 = wp::extract(var_2, var_204);
    var_208 = wp::mul(var_206, var_207);
    var_209 = wp::add(var_203, var_208);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_210 = wp::extract(var_2, var_172);
    var_211 = wp::mul(var_dt, var_209);
    var_212 = wp::add(var_210, var_211);
    wp::assign_inplace(var_4, var_172, var_212);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_214 = 0.0;
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_216 = wp::extract(var_6, var_213, var_215);
    var_217 = wp::float64(var_216);
    var_218 = wp::extract(var_2, var_215);
    var_219 = wp::mul(var_217, var_218);
    var_220 = wp::add(var_214, var_219);
    var_222 = wp::extract(var_6, var_213, var_221);
    var_223 = wp::float64(var_222);
    var_224 = wp::extract(var_2, var_221);
    var_225 = wp::mul(var_223, var_224);
    var_226 = wp::add(var_220, var_225);
    var_228 = wp::extract(var_6, var_213, var_227);
    var_229 = wp::float64(var_228);
    var_230 = wp::extract(var_2, var_227);
    var_231 = wp::mul(var_229, var_230);
    var_232 = wp::add(var_226, var_231);
    var_234 = wp::extract(var_6, var_213, var_233);
    var_235 = wp::float64(var_234);
    var_236 = wp::extract(var_2, var_233);
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_232, var_237);
    var_240 = wp::extract(var_6, var_213, var_239);
    var_241 = wp::float64(var_240);
    var_242 = wp::extract(var_2, var_239);
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::add(var_238, var_243);
    var_246 = wp::extract(var_6, var_213, var_245);
    var_247 = wp::float64(var_246);
    var_248 = wp::extract(var_2, var_245);
    var_249 = wp::mul(var_247, var_248);
    var_250 = wp::add(var_244, var_249);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_251 = wp::extract(var_2, var_213);
    var_252 = wp::mul(var_dt, var_250);
    var_253 = wp::add(var_251, var_252);
    wp::assign_inplace(var_4, var_213, var_253);
    // out[i] = y                                                                             <L 70>
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    // adj: out[i] = y                                                                        <L 70>
    wp::adj_assign_inplace(var_4, var_213, var_253, adj_4, adj_213, adj_253);
    wp::adj_add(var_251, var_252, adj_251, adj_252, adj_253);
    wp::adj_mul(var_dt, var_250, adj_dt, adj_250, adj_252);
    wp::adj_extract(var_2, var_213, adj_2, adj_213, adj_251);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_244, var_249, adj_244, adj_249, adj_250);
    wp::adj_mul(var_247, var_248, adj_247, adj_248, adj_249);
    wp::adj_extract(var_2, var_245, adj_2, adj_245, adj_248);
    wp::adj_float64(var_246, adj_246, adj_247);
    wp::adj_extract(var_6, var_213, var_245, adj_6, adj_213, adj_245, adj_246);
    wp::adj_add(var_238, var_243, adj_238, adj_243, adj_244);
    wp::adj_mul(var_241, var_242, adj_241, adj_242, adj_243);
    wp::adj_extract(var_2, var_239, adj_2, adj_239, adj_242);
    wp::adj_float64(var_240, adj_240, adj_241);
    wp::adj_extract(var_6, var_213, var_239, adj_6, adj_213, adj_239, adj_240);
    wp::adj_add(var_232, var_237, adj_232, adj_237, adj_238);
    wp::adj_mul(var_235, var_236, adj_235, adj_236, adj_237);
    wp::adj_extract(var_2, var_233, adj_2, adj_233, adj_236);
    wp::adj_float64(var_234, adj_234, adj_235);
    wp::adj_extract(var_6, var_213, var_233, adj_6, adj_213, adj_233, adj_234);
    wp::adj_add(var_226, var_231, adj_226, adj_231, adj_232);
    wp::adj_mul(var_229, var_230, adj_229, adj_230, adj_231);
    wp::adj_extract(var_2, var_227, adj_2, adj_227, adj_230);
    wp::adj_float64(var_228, adj_228, adj_229);
    wp::adj_extract(var_6, var_213, var_227, adj_6, adj_213, adj_227, adj_228);
    wp::adj_add(var_220, var_225, adj_220, adj_225, adj_226);
    wp::adj_mul(var_223, var_224, adj_223, adj_224, adj_225);
    wp::adj_extract(var_2, var_221, adj_2, adj_221, adj_224);
    wp::adj_float64(var_222, adj_222, adj_223);
    wp::adj_extract(var_6, var_213, var_221, adj_6, adj_213, adj_221, adj_222);
    wp::adj_add(var_214, var_219, adj_214, adj_219, adj_220);
    wp::adj_mul(var_217, var_218, adj_217, adj_218, adj_219);
    wp::adj_extract(var_2, var_215, adj_2, adj_215, adj_218);
    wp::adj_float64(var_216, adj_216, adj_217);
    wp::adj_extract(var_6, var_213, var_215, adj_6, adj_213, adj_215, adj_216);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_172, var_212, adj_4, adj_172, adj_212);
    wp::adj_add(var_210, var_211, adj_210, adj_211, adj_212);
    wp::adj_mul(var_dt, var_209, adj_dt, adj_209, adj_211);
    wp::adj_extract(var_2, var_172, adj_2, adj_172, adj_210);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_203, var_208, adj_203, adj_208, adj_209);
    wp::adj_mul(var_206, var_207, adj_206, adj_207, adj_208);
    wp::adj_extract(var_2, var_204, adj_2, adj_204, adj_207);
    wp::adj_float64(var_205, adj_205, adj_206);
    wp::adj_extract(var_6, var_172, var_204, adj_6, adj_172, adj_204, adj_205);
    wp::adj_add(var_197, var_202, adj_197, adj_202, adj_203);
    wp::adj_mul(var_200, var_201, adj_200, adj_201, adj_202);
    wp::adj_extract(var_2, var_198, adj_2, adj_198, adj_201);
    wp::adj_float64(var_199, adj_199, adj_200);
    wp::adj_extract(var_6, var_172, var_198, adj_6, adj_172, adj_198, adj_199);
    wp::adj_add(var_191, var_196, adj_191, adj_196, adj_197);
    wp::adj_mul(var_194, var_195, adj_194, adj_195, adj_196);
    wp::adj_extract(var_2, var_192, adj_2, adj_192, adj_195);
    wp::adj_float64(var_193, adj_193, adj_194);
    wp::adj_extract(var_6, var_172, var_192, adj_6, adj_172, adj_192, adj_193);
    wp::adj_add(var_185, var_190, adj_185, adj_190, adj_191);
    wp::adj_mul(var_188, var_189, adj_188, adj_189, adj_190);
    wp::adj_extract(var_2, var_186, adj_2, adj_186, adj_189);
    wp::adj_float64(var_187, adj_187, adj_188);
    wp::adj_extract(var_6, var_172, var_186, adj_6, adj_172, adj_186, adj_187);
    wp::adj_add(var_179, var_184, adj_179, adj_184, adj_185);
    wp::adj_mul(var_182, var_183, adj_182, adj_183, adj_184);
    wp::adj_extract(var_2, var_180, adj_2, adj_180, adj_183);
    wp::adj_float64(var_181, adj_181, adj_182);
    wp::adj_extract(var_6, var_172, var_180, adj_6, adj_172, adj_180, adj_181);
    wp::adj_add(var_173, var_178, adj_173, adj_178, adj_179);
    wp::adj_mul(var_176, var_177, adj_176, adj_177, adj_178);
    wp::adj_extract(var_2, var_174, adj_2, adj_174, adj_177);
    wp::adj_float64(var_175, adj_175, adj_176);
    wp::adj_extract(var_6, var_172, var_174, adj_6, adj_172, adj_174, adj_175);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_131, var_171, adj_4, adj_131, adj_171);
    wp::adj_add(var_169, var_170, adj_169, adj_170, adj_171);
    wp::adj_mul(var_dt, var_168, adj_dt, adj_168, adj_170);
    wp::adj_extract(var_2, var_131, adj_2, adj_131, adj_169);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_162, var_167, adj_162, adj_167, adj_168);
    wp::adj_mul(var_165, var_166, adj_165, adj_166, adj_167);
    wp::adj_extract(var_2, var_163, adj_2, adj_163, adj_166);
    wp::adj_float64(var_164, adj_164, adj_165);
    wp::adj_extract(var_6, var_131, var_163, adj_6, adj_131, adj_163, adj_164);
    wp::adj_add(var_156, var_161, adj_156, adj_161, adj_162);
    wp::adj_mul(var_159, var_160, adj_159, adj_160, adj_161);
    wp::adj_extract(var_2, var_157, adj_2, adj_157, adj_160);
    wp::adj_float64(var_158, adj_158, adj_159);
    wp::adj_extract(var_6, var_131, var_157, adj_6, adj_131, adj_157, adj_158);
    wp::adj_add(var_150, var_155, adj_150, adj_155, adj_156);
    wp::adj_mul(var_153, var_154, adj_153, adj_154, adj_155);
    wp::adj_extract(var_2, var_151, adj_2, adj_151, adj_154);
    wp::adj_float64(var_152, adj_152, adj_153);
    wp::adj_extract(var_6, var_131, var_151, adj_6, adj_131, adj_151, adj_152);
    wp::adj_add(var_144, var_149, adj_144, adj_149, adj_150);
    wp::adj_mul(var_147, var_148, adj_147, adj_148, adj_149);
    wp::adj_extract(var_2, var_145, adj_2, adj_145, adj_148);
    wp::adj_float64(var_146, adj_146, adj_147);
    wp::adj_extract(var_6, var_131, var_145, adj_6, adj_131, adj_145, adj_146);
    wp::adj_add(var_138, var_143, adj_138, adj_143, adj_144);
    wp::adj_mul(var_141, var_142, adj_141, adj_142, adj_143);
    wp::adj_extract(var_2, var_139, adj_2, adj_139, adj_142);
    wp::adj_float64(var_140, adj_140, adj_141);
    wp::adj_extract(var_6, var_131, var_139, adj_6, adj_131, adj_139, adj_140);
    wp::adj_add(var_132, var_137, adj_132, adj_137, adj_138);
    wp::adj_mul(var_135, var_136, adj_135, adj_136, adj_137);
    wp::adj_extract(var_2, var_133, adj_2, adj_133, adj_136);
    wp::adj_float64(var_134, adj_134, adj_135);
    wp::adj_extract(var_6, var_131, var_133, adj_6, adj_131, adj_133, adj_134);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_90, var_130, adj_4, adj_90, adj_130);
    wp::adj_add(var_128, var_129, adj_128, adj_129, adj_130);
    wp::adj_mul(var_dt, var_127, adj_dt, adj_127, adj_129);
    wp::adj_extract(var_2, var_90, adj_2, adj_90, adj_128);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_121, var_126, adj_121, adj_126, adj_127);
    wp::adj_mul(var_124, var_125, adj_124, adj_125, adj_126);
    wp::adj_extract(var_2, var_122, adj_2, adj_122, adj_125);
    wp::adj_float64(var_123, adj_123, adj_124);
    wp::adj_extract(var_6, var_90, var_122, adj_6, adj_90, adj_122, adj_123);
    wp::adj_add(var_115, var_120, adj_115, adj_120, adj_121);
    wp::adj_mul(var_118, var_119, adj_118, adj_119, adj_120);
    wp::adj_extract(var_2, var_116, adj_2, adj_116, adj_119);
    wp::adj_float64(var_117, adj_117, adj_118);
    wp::adj_extract(var_6, var_90, var_116, adj_6, adj_90, adj_116, adj_117);
    wp::adj_add(var_109, var_114, adj_109, adj_114, adj_115);
    wp::adj_mul(var_112, var_113, adj_112, adj_113, adj_114);
    wp::adj_extract(var_2, var_110, adj_2, adj_110, adj_113);
    wp::adj_float64(var_111, adj_111, adj_112);
    wp::adj_extract(var_6, var_90, var_110, adj_6, adj_90, adj_110, adj_111);
    wp::adj_add(var_103, var_108, adj_103, adj_108, adj_109);
    wp::adj_mul(var_106, var_107, adj_106, adj_107, adj_108);
    wp::adj_extract(var_2, var_104, adj_2, adj_104, adj_107);
    wp::adj_float64(var_105, adj_105, adj_106);
    wp::adj_extract(var_6, var_90, var_104, adj_6, adj_90, adj_104, adj_105);
    wp::adj_add(var_97, var_102, adj_97, adj_102, adj_103);
    wp::adj_mul(var_100, var_101, adj_100, adj_101, adj_102);
    wp::adj_extract(var_2, var_98, adj_2, adj_98, adj_101);
    wp::adj_float64(var_99, adj_99, adj_100);
    wp::adj_extract(var_6, var_90, var_98, adj_6, adj_90, adj_98, adj_99);
    wp::adj_add(var_91, var_96, adj_91, adj_96, adj_97);
    wp::adj_mul(var_94, var_95, adj_94, adj_95, adj_96);
    wp::adj_extract(var_2, var_92, adj_2, adj_92, adj_95);
    wp::adj_float64(var_93, adj_93, adj_94);
    wp::adj_extract(var_6, var_90, var_92, adj_6, adj_90, adj_92, adj_93);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_49, var_89, adj_4, adj_49, adj_89);
    wp::adj_add(var_87, var_88, adj_87, adj_88, adj_89);
    wp::adj_mul(var_dt, var_86, adj_dt, adj_86, adj_88);
    wp::adj_extract(var_2, var_49, adj_2, adj_49, adj_87);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_80, var_85, adj_80, adj_85, adj_86);
    wp::adj_mul(var_83, var_84, adj_83, adj_84, adj_85);
    wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_84);
    wp::adj_float64(var_82, adj_82, adj_83);
    wp::adj_extract(var_6, var_49, var_81, adj_6, adj_49, adj_81, adj_82);
    wp::adj_add(var_74, var_79, adj_74, adj_79, adj_80);
    wp::adj_mul(var_77, var_78, adj_77, adj_78, adj_79);
    wp::adj_extract(var_2, var_75, adj_2, adj_75, adj_78);
    wp::adj_float64(var_76, adj_76, adj_77);
    wp::adj_extract(var_6, var_49, var_75, adj_6, adj_49, adj_75, adj_76);
    wp::adj_add(var_68, var_73, adj_68, adj_73, adj_74);
    wp::adj_mul(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_72);
    wp::adj_float64(var_70, adj_70, adj_71);
    wp::adj_extract(var_6, var_49, var_69, adj_6, adj_49, adj_69, adj_70);
    wp::adj_add(var_62, var_67, adj_62, adj_67, adj_68);
    wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
    wp::adj_extract(var_2, var_63, adj_2, adj_63, adj_66);
    wp::adj_float64(var_64, adj_64, adj_65);
    wp::adj_extract(var_6, var_49, var_63, adj_6, adj_49, adj_63, adj_64);
    wp::adj_add(var_56, var_61, adj_56, adj_61, adj_62);
    wp::adj_mul(var_59, var_60, adj_59, adj_60, adj_61);
    wp::adj_extract(var_2, var_57, adj_2, adj_57, adj_60);
    wp::adj_float64(var_58, adj_58, adj_59);
    wp::adj_extract(var_6, var_49, var_57, adj_6, adj_49, adj_57, adj_58);
    wp::adj_add(var_50, var_55, adj_50, adj_55, adj_56);
    wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
    wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_54);
    wp::adj_float64(var_52, adj_52, adj_53);
    wp::adj_extract(var_6, var_49, var_51, adj_6, adj_49, adj_51, adj_52);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_8, var_48, adj_4, adj_8, adj_48);
    wp::adj_add(var_46, var_47, adj_46, adj_47, adj_48);
    wp::adj_mul(var_dt, var_45, adj_dt, adj_45, adj_47);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_46);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_39, var_44, adj_39, adj_44, adj_45);
    wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
    wp::adj_extract(var_2, var_40, adj_2, adj_40, adj_43);
    wp::adj_float64(var_41, adj_41, adj_42);
    wp::adj_extract(var_6, var_8, var_40, adj_6, adj_8, adj_40, adj_41);
    wp::adj_add(var_33, var_38, adj_33, adj_38, adj_39);
    wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_37);
    wp::adj_float64(var_35, adj_35, adj_36);
    wp::adj_extract(var_6, var_8, var_34, adj_6, adj_8, adj_34, adj_35);
    wp::adj_add(var_27, var_32, adj_27, adj_32, adj_33);
    wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_extract(var_2, var_28, adj_2, adj_28, adj_31);
    wp::adj_float64(var_29, adj_29, adj_30);
    wp::adj_extract(var_6, var_8, var_28, adj_6, adj_8, adj_28, adj_29);
    wp::adj_add(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_25);
    wp::adj_float64(var_23, adj_23, adj_24);
    wp::adj_extract(var_6, var_8, var_22, adj_6, adj_8, adj_22, adj_23);
    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_19);
    wp::adj_float64(var_17, adj_17, adj_18);
    wp::adj_extract(var_6, var_8, var_16, adj_6, adj_8, adj_16, adj_17);
    wp::adj_add(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_13);
    wp::adj_float64(var_11, adj_11, adj_12);
    wp::adj_extract(var_6, var_8, var_10, adj_6, adj_8, adj_10, adj_11);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    // adj: for r in range(6):                                                                <L 65>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_k, var_0, adj_k, adj_0, adj_5);
    // adj: K = k[i]                                                                          <L 64>
    // adj: y = vec6d()                                                                       <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: x = s[i]                                                                          <L 62>
    // adj: i = wp.tid()                                                                      <L 61>
    // adj: def big_state(s: wp.array(dtype=vec6d), k: wp.array(dtype=mat66), dt: wp.float64, out: wp.array(dtype=vec6d)):  <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void big_state_0a90630c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_big_state_0a90630c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        big_state_0a90630c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void big_state_0a90630c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_big_state_0a90630c *_wp_args,
    wp_args_big_state_0a90630c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        big_state_0a90630c_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

