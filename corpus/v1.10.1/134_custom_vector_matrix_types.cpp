
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 3;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 4;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    //---------
    // forward
    // def vec5_sum(v: vec5) -> float:                                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(5):                                                                     <L 14>
    // s += v[i]                                                                              <L 15>
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::extract(var_v, var_2);
    var_5 = wp::add(var_1, var_4);
    var_7 = wp::extract(var_v, var_6);
    var_8 = wp::extract(var_v, var_6);
    var_9 = wp::add(var_5, var_8);
    var_11 = wp::extract(var_v, var_10);
    var_12 = wp::extract(var_v, var_10);
    var_13 = wp::add(var_9, var_12);
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::extract(var_v, var_14);
    var_17 = wp::add(var_13, var_16);
    var_19 = wp::extract(var_v, var_18);
    var_20 = wp::extract(var_v, var_18);
    var_21 = wp::add(var_17, var_20);
    // return s                                                                               <L 16>
    return var_21;
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
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 3;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 4;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def vec5_sum(v: vec5) -> float:                                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(5):                                                                     <L 14>
    // s += v[i]                                                                              <L 15>
    var_3 = wp::extract(var_v, var_2);
    var_4 = wp::extract(var_v, var_2);
    var_5 = wp::add(var_1, var_4);
    var_7 = wp::extract(var_v, var_6);
    var_8 = wp::extract(var_v, var_6);
    var_9 = wp::add(var_5, var_8);
    var_11 = wp::extract(var_v, var_10);
    var_12 = wp::extract(var_v, var_10);
    var_13 = wp::add(var_9, var_12);
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::extract(var_v, var_14);
    var_17 = wp::add(var_13, var_16);
    var_19 = wp::extract(var_v, var_18);
    var_20 = wp::extract(var_v, var_18);
    var_21 = wp::add(var_17, var_20);
    // return s                                                                               <L 16>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_21 += adj_ret;
    // adj: return s                                                                          <L 16>
    wp::adj_add(var_17, var_20, adj_17, adj_20, adj_21);
    wp::adj_extract(var_v, var_18, adj_v, adj_18, adj_20);
    wp::adj_extract(var_v, var_18, adj_v, adj_18, adj_19);
    wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_extract(var_v, var_14, adj_v, adj_14, adj_16);
    wp::adj_extract(var_v, var_14, adj_v, adj_14, adj_15);
    wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_extract(var_v, var_10, adj_v, adj_10, adj_12);
    wp::adj_extract(var_v, var_10, adj_v, adj_10, adj_11);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_extract(var_v, var_6, adj_v, adj_6, adj_8);
    wp::adj_extract(var_v, var_6, adj_v, adj_6, adj_7);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_4);
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
    wp::adj_uint8(var_31, adj_31, adj_32);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_clamp(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
    wp::adj_extract(var_c, var_25, adj_c, adj_25, adj_26);
    wp::adj_assign_inplace(var_0, var_17, var_24, adj_0, adj_17, adj_24);
    wp::adj_uint8(var_23, adj_23, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_extract(var_c, var_17, adj_c, adj_17, adj_18);
    wp::adj_assign_inplace(var_0, var_9, var_16, adj_0, adj_9, adj_16);
    wp::adj_uint8(var_15, adj_15, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_clamp(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_extract(var_c, var_9, adj_c, adj_9, adj_10);
    wp::adj_assign_inplace(var_0, var_1, var_8, adj_0, adj_1, adj_8);
    wp::adj_uint8(var_7, adj_7, adj_8);
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_features_17b3c297 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        features_17b3c297_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void features_17b3c297_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_features_17b3c297 *_wp_args,
    wp_args_features_17b3c297 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        features_17b3c297_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_project_d87ddd4e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_d87ddd4e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_d87ddd4e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_project_d87ddd4e *_wp_args,
    wp_args_project_d87ddd4e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_d87ddd4e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gram_5eada94e {
    wp::array_t<wp::mat_t<3, 2, wp::float32>> m;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out3;
};


void gram_5eada94e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_gram_5eada94e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gram_5eada94e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gram_5eada94e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gram_5eada94e *_wp_args,
    wp_args_gram_5eada94e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gram_5eada94e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_colors_a976ea1e {
    wp::array_t<wp::vec_t<4, wp::float32>> c;
    wp::array_t<wp::vec_t<4, wp::uint8>> packed;
    wp::array_t<wp::uint8> lum;
};


void colors_a976ea1e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
    wp::adj_uint8(var_22, adj_22, adj_23);
    wp::adj_add(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_int(var_16, adj_16, adj_17);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_int(var_10, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_int(var_5, adj_5, adj_6);
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
    wp::launch_bounds_t dim,
    wp_args_colors_a976ea1e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        colors_a976ea1e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void colors_a976ea1e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_colors_a976ea1e *_wp_args,
    wp_args_colors_a976ea1e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        colors_a976ea1e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t dim,
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
    const wp::float32 var_9 = 0.0;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float32 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float32 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float32 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float32 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    const wp::int32 var_51 = 4;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float32 var_56;
    wp::float64 var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    const wp::int32 var_61 = 5;
    wp::float32 var_62;
    wp::float64 var_63;
    wp::float64 var_64;
    wp::float64 var_65;
    wp::float32 var_66;
    wp::float64 var_67;
    wp::float64 var_68;
    wp::float64 var_69;
    wp::float64 var_70;
    wp::float64 var_71;
    wp::float64 var_72;
    wp::float64 var_73;
    const wp::int32 var_74 = 1;
    const wp::float32 var_75 = 0.0;
    wp::float64 var_76;
    const wp::int32 var_77 = 0;
    wp::float32 var_78;
    wp::float64 var_79;
    wp::float64 var_80;
    wp::float64 var_81;
    wp::float32 var_82;
    wp::float64 var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    const wp::int32 var_87 = 1;
    wp::float32 var_88;
    wp::float64 var_89;
    wp::float64 var_90;
    wp::float64 var_91;
    wp::float32 var_92;
    wp::float64 var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    const wp::int32 var_97 = 2;
    wp::float32 var_98;
    wp::float64 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float32 var_102;
    wp::float64 var_103;
    wp::float64 var_104;
    wp::float64 var_105;
    wp::float64 var_106;
    const wp::int32 var_107 = 3;
    wp::float32 var_108;
    wp::float64 var_109;
    wp::float64 var_110;
    wp::float64 var_111;
    wp::float32 var_112;
    wp::float64 var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    wp::float64 var_116;
    const wp::int32 var_117 = 4;
    wp::float32 var_118;
    wp::float64 var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    wp::float32 var_122;
    wp::float64 var_123;
    wp::float64 var_124;
    wp::float64 var_125;
    wp::float64 var_126;
    const wp::int32 var_127 = 5;
    wp::float32 var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    wp::float64 var_131;
    wp::float32 var_132;
    wp::float64 var_133;
    wp::float64 var_134;
    wp::float64 var_135;
    wp::float64 var_136;
    wp::float64 var_137;
    wp::float64 var_138;
    wp::float64 var_139;
    const wp::int32 var_140 = 2;
    const wp::float32 var_141 = 0.0;
    wp::float64 var_142;
    const wp::int32 var_143 = 0;
    wp::float32 var_144;
    wp::float64 var_145;
    wp::float64 var_146;
    wp::float64 var_147;
    wp::float32 var_148;
    wp::float64 var_149;
    wp::float64 var_150;
    wp::float64 var_151;
    wp::float64 var_152;
    const wp::int32 var_153 = 1;
    wp::float32 var_154;
    wp::float64 var_155;
    wp::float64 var_156;
    wp::float64 var_157;
    wp::float32 var_158;
    wp::float64 var_159;
    wp::float64 var_160;
    wp::float64 var_161;
    wp::float64 var_162;
    const wp::int32 var_163 = 2;
    wp::float32 var_164;
    wp::float64 var_165;
    wp::float64 var_166;
    wp::float64 var_167;
    wp::float32 var_168;
    wp::float64 var_169;
    wp::float64 var_170;
    wp::float64 var_171;
    wp::float64 var_172;
    const wp::int32 var_173 = 3;
    wp::float32 var_174;
    wp::float64 var_175;
    wp::float64 var_176;
    wp::float64 var_177;
    wp::float32 var_178;
    wp::float64 var_179;
    wp::float64 var_180;
    wp::float64 var_181;
    wp::float64 var_182;
    const wp::int32 var_183 = 4;
    wp::float32 var_184;
    wp::float64 var_185;
    wp::float64 var_186;
    wp::float64 var_187;
    wp::float32 var_188;
    wp::float64 var_189;
    wp::float64 var_190;
    wp::float64 var_191;
    wp::float64 var_192;
    const wp::int32 var_193 = 5;
    wp::float32 var_194;
    wp::float64 var_195;
    wp::float64 var_196;
    wp::float64 var_197;
    wp::float32 var_198;
    wp::float64 var_199;
    wp::float64 var_200;
    wp::float64 var_201;
    wp::float64 var_202;
    wp::float64 var_203;
    wp::float64 var_204;
    wp::float64 var_205;
    const wp::int32 var_206 = 3;
    const wp::float32 var_207 = 0.0;
    wp::float64 var_208;
    const wp::int32 var_209 = 0;
    wp::float32 var_210;
    wp::float64 var_211;
    wp::float64 var_212;
    wp::float64 var_213;
    wp::float32 var_214;
    wp::float64 var_215;
    wp::float64 var_216;
    wp::float64 var_217;
    wp::float64 var_218;
    const wp::int32 var_219 = 1;
    wp::float32 var_220;
    wp::float64 var_221;
    wp::float64 var_222;
    wp::float64 var_223;
    wp::float32 var_224;
    wp::float64 var_225;
    wp::float64 var_226;
    wp::float64 var_227;
    wp::float64 var_228;
    const wp::int32 var_229 = 2;
    wp::float32 var_230;
    wp::float64 var_231;
    wp::float64 var_232;
    wp::float64 var_233;
    wp::float32 var_234;
    wp::float64 var_235;
    wp::float64 var_236;
    wp::float64 var_237;
    wp::float64 var_238;
    const wp::int32 var_239 = 3;
    wp::float32 var_240;
    wp::float64 var_241;
    wp::float64 var_242;
    wp::float64 var_243;
    wp::float32 var_244;
    wp::float64 var_245;
    wp::float64 var_246;
    wp::float64 var_247;
    wp::float64 var_248;
    const wp::int32 var_249 = 4;
    wp::float32 var_250;
    wp::float64 var_251;
    wp::float64 var_252;
    wp::float64 var_253;
    wp::float32 var_254;
    wp::float64 var_255;
    wp::float64 var_256;
    wp::float64 var_257;
    wp::float64 var_258;
    const wp::int32 var_259 = 5;
    wp::float32 var_260;
    wp::float64 var_261;
    wp::float64 var_262;
    wp::float64 var_263;
    wp::float32 var_264;
    wp::float64 var_265;
    wp::float64 var_266;
    wp::float64 var_267;
    wp::float64 var_268;
    wp::float64 var_269;
    wp::float64 var_270;
    wp::float64 var_271;
    const wp::int32 var_272 = 4;
    const wp::float32 var_273 = 0.0;
    wp::float64 var_274;
    const wp::int32 var_275 = 0;
    wp::float32 var_276;
    wp::float64 var_277;
    wp::float64 var_278;
    wp::float64 var_279;
    wp::float32 var_280;
    wp::float64 var_281;
    wp::float64 var_282;
    wp::float64 var_283;
    wp::float64 var_284;
    const wp::int32 var_285 = 1;
    wp::float32 var_286;
    wp::float64 var_287;
    wp::float64 var_288;
    wp::float64 var_289;
    wp::float32 var_290;
    wp::float64 var_291;
    wp::float64 var_292;
    wp::float64 var_293;
    wp::float64 var_294;
    const wp::int32 var_295 = 2;
    wp::float32 var_296;
    wp::float64 var_297;
    wp::float64 var_298;
    wp::float64 var_299;
    wp::float32 var_300;
    wp::float64 var_301;
    wp::float64 var_302;
    wp::float64 var_303;
    wp::float64 var_304;
    const wp::int32 var_305 = 3;
    wp::float32 var_306;
    wp::float64 var_307;
    wp::float64 var_308;
    wp::float64 var_309;
    wp::float32 var_310;
    wp::float64 var_311;
    wp::float64 var_312;
    wp::float64 var_313;
    wp::float64 var_314;
    const wp::int32 var_315 = 4;
    wp::float32 var_316;
    wp::float64 var_317;
    wp::float64 var_318;
    wp::float64 var_319;
    wp::float32 var_320;
    wp::float64 var_321;
    wp::float64 var_322;
    wp::float64 var_323;
    wp::float64 var_324;
    const wp::int32 var_325 = 5;
    wp::float32 var_326;
    wp::float64 var_327;
    wp::float64 var_328;
    wp::float64 var_329;
    wp::float32 var_330;
    wp::float64 var_331;
    wp::float64 var_332;
    wp::float64 var_333;
    wp::float64 var_334;
    wp::float64 var_335;
    wp::float64 var_336;
    wp::float64 var_337;
    const wp::int32 var_338 = 5;
    const wp::float32 var_339 = 0.0;
    wp::float64 var_340;
    const wp::int32 var_341 = 0;
    wp::float32 var_342;
    wp::float64 var_343;
    wp::float64 var_344;
    wp::float64 var_345;
    wp::float32 var_346;
    wp::float64 var_347;
    wp::float64 var_348;
    wp::float64 var_349;
    wp::float64 var_350;
    const wp::int32 var_351 = 1;
    wp::float32 var_352;
    wp::float64 var_353;
    wp::float64 var_354;
    wp::float64 var_355;
    wp::float32 var_356;
    wp::float64 var_357;
    wp::float64 var_358;
    wp::float64 var_359;
    wp::float64 var_360;
    const wp::int32 var_361 = 2;
    wp::float32 var_362;
    wp::float64 var_363;
    wp::float64 var_364;
    wp::float64 var_365;
    wp::float32 var_366;
    wp::float64 var_367;
    wp::float64 var_368;
    wp::float64 var_369;
    wp::float64 var_370;
    const wp::int32 var_371 = 3;
    wp::float32 var_372;
    wp::float64 var_373;
    wp::float64 var_374;
    wp::float64 var_375;
    wp::float32 var_376;
    wp::float64 var_377;
    wp::float64 var_378;
    wp::float64 var_379;
    wp::float64 var_380;
    const wp::int32 var_381 = 4;
    wp::float32 var_382;
    wp::float64 var_383;
    wp::float64 var_384;
    wp::float64 var_385;
    wp::float32 var_386;
    wp::float64 var_387;
    wp::float64 var_388;
    wp::float64 var_389;
    wp::float64 var_390;
    const wp::int32 var_391 = 5;
    wp::float32 var_392;
    wp::float64 var_393;
    wp::float64 var_394;
    wp::float64 var_395;
    wp::float32 var_396;
    wp::float64 var_397;
    wp::float64 var_398;
    wp::float64 var_399;
    wp::float64 var_400;
    wp::float64 var_401;
    wp::float64 var_402;
    wp::float64 var_403;
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
    var_10 = wp::float64(var_9);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_12 = wp::extract(var_6, var_8, var_11);
    var_13 = wp::float64(var_12);
    var_14 = wp::extract(var_2, var_11);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::extract(var_6, var_8, var_11);
    var_17 = wp::float64(var_16);
    var_18 = wp::extract(var_2, var_11);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::add(var_10, var_19);
    var_22 = wp::extract(var_6, var_8, var_21);
    var_23 = wp::float64(var_22);
    var_24 = wp::extract(var_2, var_21);
    var_25 = wp::mul(var_23, var_24);
    var_26 = wp::extract(var_6, var_8, var_21);
    var_27 = wp::float64(var_26);
    var_28 = wp::extract(var_2, var_21);
    var_29 = wp::mul(var_27, var_28);
    var_30 = wp::add(var_20, var_29);
    var_32 = wp::extract(var_6, var_8, var_31);
    var_33 = wp::float64(var_32);
    var_34 = wp::extract(var_2, var_31);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::extract(var_6, var_8, var_31);
    var_37 = wp::float64(var_36);
    var_38 = wp::extract(var_2, var_31);
    var_39 = wp::mul(var_37, var_38);
    var_40 = wp::add(var_30, var_39);
    var_42 = wp::extract(var_6, var_8, var_41);
    var_43 = wp::float64(var_42);
    var_44 = wp::extract(var_2, var_41);
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::extract(var_6, var_8, var_41);
    var_47 = wp::float64(var_46);
    var_48 = wp::extract(var_2, var_41);
    var_49 = wp::mul(var_47, var_48);
    var_50 = wp::add(var_40, var_49);
    var_52 = wp::extract(var_6, var_8, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::extract(var_2, var_51);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::extract(var_6, var_8, var_51);
    var_57 = wp::float64(var_56);
    var_58 = wp::extract(var_2, var_51);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_50, var_59);
    var_62 = wp::extract(var_6, var_8, var_61);
    var_63 = wp::float64(var_62);
    var_64 = wp::extract(var_2, var_61);
    var_65 = wp::mul(var_63, var_64);
    var_66 = wp::extract(var_6, var_8, var_61);
    var_67 = wp::float64(var_66);
    var_68 = wp::extract(var_2, var_61);
    var_69 = wp::mul(var_67, var_68);
    var_70 = wp::add(var_60, var_69);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_71 = wp::extract(var_2, var_8);
    var_72 = wp::mul(var_dt, var_70);
    var_73 = wp::add(var_71, var_72);
    wp::assign_inplace(var_4, var_8, var_73);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_76 = wp::float64(var_75);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_78 = wp::extract(var_6, var_74, var_77);
    var_79 = wp::float64(var_78);
    var_80 = wp::extract(var_2, var_77);
    var_81 = wp::mul(var_79, var_80);
    var_82 = wp::extract(var_6, var_74, var_77);
    var_83 = wp::float64(var_82);
    var_84 = wp::extract(var_2, var_77);
    var_85 = wp::mul(var_83, var_84);
    var_86 = wp::add(var_76, var_85);
    var_88 = wp::extract(var_6, var_74, var_87);
    var_89 = wp::float64(var_88);
    var_90 = wp::extract(var_2, var_87);
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::extract(var_6, var_74, var_87);
    var_93 = wp::float64(var_92);
    var_94 = wp::extract(var_2, var_87);
    var_95 = wp::mul(var_93, var_94);
    var_96 = wp::add(var_86, var_95);
    var_98 = wp::extract(var_6, var_74, var_97);
    var_99 = wp::float64(var_98);
    var_100 = wp::extract(var_2, var_97);
    var_101 = wp::mul(var_99, var_100);
    var_102 = wp::extract(var_6, var_74, var_97);
    var_103 = wp::float64(var_102);
    var_104 = wp::extract(var_2, var_97);
    var_105 = wp::mul(var_103, var_104);
    var_106 = wp::add(var_96, var_105);
    var_108 = wp::extract(var_6, var_74, var_107);
    var_109 = wp::float64(var_108);
    var_110 = wp::extract(var_2, var_107);
    var_111 = wp::mul(var_109, var_110);
    var_112 = wp::extract(var_6, var_74, var_107);
    var_113 = wp::float64(var_112);
    var_114 = wp::extract(var_2, var_107);
    var_115 = wp::mul(var_113, var_114);
    var_116 = wp::add(var_106, var_115);
    var_118 = wp::extract(var_6, var_74, var_117);
    var_119 = wp::float64(var_118);
    var_120 = wp::extract(var_2, var_117);
    var_121 = wp::mul(var_119, var_120);
    var_122 = wp::extract(var_6, var_74, var_117);
    var_123 = wp::float64(var_122);
    var_124 = wp::extract(var_2, var_117);
    var_125 = wp::mul(var_123, var_124);
    var_126 = wp::add(var_116, var_125);
    var_128 = wp::extract(var_6, var_74, var_127);
    var_129 = wp::float64(var_128);
    var_130 = wp::extract(var_2, var_127);
    var_131 = wp::mul(var_129, var_130);
    var_132 = wp::extract(var_6, var_74, var_127);
    var_133 = wp::float64(var_132);
    var_134 = wp::extract(var_2, var_127);
    var_135 = wp::mul(var_133, var_134);
    var_136 = wp::add(var_126, var_135);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_137 = wp::extract(var_2, var_74);
    var_138 = wp::mul(var_dt, var_136);
    var_139 = wp::add(var_137, var_138);
    wp::assign_inplace(var_4, var_74, var_139);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_142 = wp::float64(var_141);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_144 = wp::extract(var_6, var_140, var_143);
    var_145 = wp::float64(var_144);
    var_146 = wp::extract(var_2, var_143);
    var_147 = wp::mul(var_145, var_146);
    var_148 = wp::extract(var_6, var_140, var_143);
    var_149 = wp::float64(var_148);
    var_150 = wp::extract(var_2, var_143);
    var_151 = wp::mul(var_149, var_150);
    var_152 = wp::add(var_142, var_151);
    var_154 = wp::extract(var_6, var_140, var_153);
    var_155 = wp::float64(var_154);
    var_156 = wp::extract(var_2, var_153);
    var_157 = wp::mul(var_155, var_156);
    var_158 = wp::extract(var_6, var_140, var_153);
    var_159 = wp::float64(var_158);
    var_160 = wp::extract(var_2, var_153);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_152, var_161);
    var_164 = wp::extract(var_6, var_140, var_163);
    var_165 = wp::float64(var_164);
    var_166 = wp::extract(var_2, var_163);
    var_167 = wp::mul(var_165, var_166);
    var_168 = wp::extract(var_6, var_140, var_163);
    var_169 = wp::float64(var_168);
    var_170 = wp::extract(var_2, var_163);
    var_171 = wp::mul(var_169, var_170);
    var_172 = wp::add(var_162, var_171);
    var_174 = wp::extract(var_6, var_140, var_173);
    var_175 = wp::float64(var_174);
    var_176 = wp::extract(var_2, var_173);
    var_177 = wp::mul(var_175, var_176);
    var_178 = wp::extract(var_6, var_140, var_173);
    var_179 = wp::float64(var_178);
    var_180 = wp::extract(var_2, var_173);
    var_181 = wp::mul(var_179, var_180);
    var_182 = wp::add(var_172, var_181);
    var_184 = wp::extract(var_6, var_140, var_183);
    var_185 = wp::float64(var_184);
    var_186 = wp::extract(var_2, var_183);
    var_187 = wp::mul(var_185, var_186);
    var_188 = wp::extract(var_6, var_140, var_183);
    var_189 = wp::float64(var_188);
    var_190 = wp::extract(var_2, var_183);
    var_191 = wp::mul(var_189, var_190);
    var_192 = wp::add(var_182, var_191);
    var_194 = wp::extract(var_6, var_140, var_193);
    var_195 = wp::float64(var_194);
    var_196 = wp::extract(var_2, var_193);
    var_197 = wp::mul(var_195, var_196);
    var_198 = wp::extract(var_6, var_140, var_193);
    var_199 = wp::float64(var_198);
    var_200 = wp::extract(var_2, var_193);
    var_201 = wp::mul(var_199, var_200);
    var_202 = wp::add(var_192, var_201);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_203 = wp::extract(var_2, var_140);
    var_204 = wp::mul(var_dt, var_202);
    var_205 = wp::add(var_203, var_204);
    wp::assign_inplace(var_4, var_140, var_205);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_208 = wp::float64(var_207);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_210 = wp::extract(var_6, var_206, var_209);
    var_211 = wp::float64(var_210);
    var_212 = wp::extract(var_2, var_209);
    var_213 = wp::mul(var_211, var_212);
    var_214 = wp::extract(var_6, var_206, var_209);
    var_215 = wp::float64(var_214);
    var_216 = wp::extract(var_2, var_209);
    var_217 = wp::mul(var_215, var_216);
    var_218 = wp::add(var_208, var_217);
    var_220 = wp::extract(var_6, var_206, var_219);
    var_221 = wp::float64(var_220);
    var_222 = wp::extract(var_2, var_219);
    var_223 = wp::mul(var_221, var_222);
    var_224 = wp::extract(var_6, var_206, var_219);
    var_225 = wp::float64(var_224);
    var_226 = wp::extract(var_2, var_219);
    var_227 = wp::mul(var_225, var_226);
    var_228 = wp::add(var_218, var_227);
    var_230 = wp::extract(var_6, var_206, var_229);
    var_231 = wp::float64(var_230);
    var_232 = wp::extract(var_2, var_229);
    var_233 = wp::mul(var_231, var_232);
    var_234 = wp::extract(var_6, var_206, var_229);
    var_235 = wp::float64(var_234);
    var_236 = wp::extract(var_2, var_229);
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_228, var_237);
    var_240 = wp::extract(var_6, var_206, var_239);
    var_241 = wp::float64(var_240);
    var_242 = wp::extract(var_2, var_239);
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::extract(var_6, var_206, var_239);
    var_245 = wp::float64(var_244);
    var_246 = wp::extract(var_2, var_239);
    var_247 = wp::mul(var_245, var_246);
    var_248 = wp::add(var_238, var_247);
    var_250 = wp::extract(var_6, var_206, var_249);
    var_251 = wp::float64(var_250);
    var_252 = wp::extract(var_2, var_249);
    var_253 = wp::mul(var_251, var_252);
    var_254 = wp::extract(var_6, var_206, var_249);
    var_255 = wp::float64(var_254);
    var_256 = wp::extract(var_2, var_249);
    var_257 = wp::mul(var_255, var_256);
    var_258 = wp::add(var_248, var_257);
    var_260 = wp::extract(var_6, var_206, var_259);
    var_261 = wp::float64(var_260);
    var_262 = wp::extract(var_2, var_259);
    var_263 = wp::mul(var_261, var_262);
    var_264 = wp::extract(var_6, var_206, var_259);
    var_265 = wp::float64(var_264);
    var_266 = wp::extract(var_2, var_259);
    var_267 = wp::mul(var_265, var_266);
    var_268 = wp::add(var_258, var_267);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_269 = wp::extract(var_2, var_206);
    var_270 = wp::mul(var_dt, var_268);
    var_271 = wp::add(var_269, var_270);
    wp::assign_inplace(var_4, var_206, var_271);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_274 = wp::float64(var_273);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_276 = wp::extract(var_6, var_272, var_275);
    var_277 = wp::float64(var_276);
    var_278 = wp::extract(var_2, var_275);
    var_279 = wp::mul(var_277, var_278);
    var_280 = wp::extract(var_6, var_272, var_275);
    var_281 = wp::float64(var_280);
    var_282 = wp::extract(var_2, var_275);
    var_283 = wp::mul(var_281, var_282);
    var_284 = wp::add(var_274, var_283);
    var_286 = wp::extract(var_6, var_272, var_285);
    var_287 = wp::float64(var_286);
    var_288 = wp::extract(var_2, var_285);
    var_289 = wp::mul(var_287, var_288);
    var_290 = wp::extract(var_6, var_272, var_285);
    var_291 = wp::float64(var_290);
    var_292 = wp::extract(var_2, var_285);
    var_293 = wp::mul(var_291, var_292);
    var_294 = wp::add(var_284, var_293);
    var_296 = wp::extract(var_6, var_272, var_295);
    var_297 = wp::float64(var_296);
    var_298 = wp::extract(var_2, var_295);
    var_299 = wp::mul(var_297, var_298);
    var_300 = wp::extract(var_6, var_272, var_295);
    var_301 = wp::float64(var_300);
    var_302 = wp::extract(var_2, var_295);
    var_303 = wp::mul(var_301, var_302);
    var_304 = wp::add(var_294, var_303);
    var_306 = wp::extract(var_6, var_272, var_305);
    var_307 = wp::float64(var_306);
    var_308 = wp::extract(var_2, var_305);
    var_309 = wp::mul(var_307, var_308);
    var_310 = wp::extract(var_6, var_272, var_305);
    var_311 = wp::float64(var_310);
    var_312 = wp::extract(var_2, var_305);
    var_313 = wp::mul(var_311, var_312);
    var_314 = wp::add(var_304, var_313);
    var_316 = wp::extract(var_6, var_272, var_315);
    var_317 = wp::float64(var_316);
    var_318 = wp::extract(var_2, var_315);
    var_319 = wp::mul(var_317, var_318);
    var_320 = wp::extract(var_6, var_272, var_315);
    var_321 = wp::float64(var_320);
    var_322 = wp::extract(var_2, var_315);
    var_323 = wp::mul(var_321, var_322);
    var_324 = wp::add(var_314, var_323);
    var_326 = wp::extract(var_6, var_272, var_325);
    var_327 = wp::float64(var_326);
    var_328 = wp::extract(var_2, var_325);
    var_329 = wp::mul(var_327, var_328);
    var_330 = wp::extract(var_6, var_272, var_325);
    var_331 = wp::float64(var_330);
    var_332 = wp::extract(var_2, var_325);
    var_333 = wp::mul(var_331, var_332);
    var_334 = wp::add(var_324, var_333);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_335 = wp::extract(var_2, var_272);
    var_336 = wp::mul(var_dt, var_334);
    var_337 = wp::add(var_335, var_336);
    wp::assign_inplace(var_4, var_272, var_337);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_340 = wp::float64(var_339);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_342 = wp::extract(var_6, var_338, var_341);
    var_343 = wp::float64(var_342);
    var_344 = wp::extract(var_2, var_341);
    var_345 = wp::mul(var_343, var_344);
    var_346 = wp::extract(var_6, var_338, var_341);
    var_347 = wp::float64(var_346);
    var_348 = wp::extract(var_2, var_341);
    var_349 = wp::mul(var_347, var_348);
    var_350 = wp::add(var_340, var_349);
    var_352 = wp::extract(var_6, var_338, var_351);
    var_353 = wp::float64(var_352);
    var_354 = wp::extract(var_2, var_351);
    var_355 = wp::mul(var_353, var_354);
    var_356 = wp::extract(var_6, var_338, var_351);
    var_357 = wp::float64(var_356);
    var_358 = wp::extract(var_2, var_351);
    var_359 = wp::mul(var_357, var_358);
    var_360 = wp::add(var_350, var_359);
    var_362 = wp::extract(var_6, var_338, var_361);
    var_363 = wp::float64(var_362);
    var_364 = wp::extract(var_2, var_361);
    var_365 = wp::mul(var_363, var_364);
    var_366 = wp::extract(var_6, var_338, var_361);
    var_367 = wp::float64(var_366);
    var_368 = wp::extract(var_2, var_361);
    var_369 = wp::mul(var_367, var_368);
    var_370 = wp::add(var_360, var_369);
    var_372 = wp::extract(var_6, var_338, var_371);
    var_373 = wp::float64(var_372);
    var_374 = wp::extract(var_2, var_371);
    var_375 = wp::mul(var_373, var_374);
    var_376 = wp::extract(var_6, var_338, var_371);
    var_377 = wp::float64(var_376);
    var_378 = wp::extract(var_2, var_371);
    var_379 = wp::mul(var_377, var_378);
    var_380 = wp::add(var_370, var_379);
    var_382 = wp::extract(var_6, var_338, var_381);
    var_383 = wp::float64(var_382);
    var_384 = wp::extract(var_2, var_381);
    var_385 = wp::mul(var_383, var_384);
    var_386 = wp::extract(var_6, var_338, var_381);
    var_387 = wp::float64(var_386);
    var_388 = wp::extract(var_2, var_381);
    var_389 = wp::mul(var_387, var_388);
    var_390 = wp::add(var_380, var_389);
    var_392 = wp::extract(var_6, var_338, var_391);
    var_393 = wp::float64(var_392);
    var_394 = wp::extract(var_2, var_391);
    var_395 = wp::mul(var_393, var_394);
    var_396 = wp::extract(var_6, var_338, var_391);
    var_397 = wp::float64(var_396);
    var_398 = wp::extract(var_2, var_391);
    var_399 = wp::mul(var_397, var_398);
    var_400 = wp::add(var_390, var_399);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_401 = wp::extract(var_2, var_338);
    var_402 = wp::mul(var_dt, var_400);
    var_403 = wp::add(var_401, var_402);
    wp::assign_inplace(var_4, var_338, var_403);
    // out[i] = y                                                                             <L 70>
    wp::array_store(var_out, var_0, var_4);
}



void big_state_0a90630c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
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
    const wp::float32 var_9 = 0.0;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float32 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float32 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float32 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float32 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    const wp::int32 var_51 = 4;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float32 var_56;
    wp::float64 var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    const wp::int32 var_61 = 5;
    wp::float32 var_62;
    wp::float64 var_63;
    wp::float64 var_64;
    wp::float64 var_65;
    wp::float32 var_66;
    wp::float64 var_67;
    wp::float64 var_68;
    wp::float64 var_69;
    wp::float64 var_70;
    wp::float64 var_71;
    wp::float64 var_72;
    wp::float64 var_73;
    const wp::int32 var_74 = 1;
    const wp::float32 var_75 = 0.0;
    wp::float64 var_76;
    const wp::int32 var_77 = 0;
    wp::float32 var_78;
    wp::float64 var_79;
    wp::float64 var_80;
    wp::float64 var_81;
    wp::float32 var_82;
    wp::float64 var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    const wp::int32 var_87 = 1;
    wp::float32 var_88;
    wp::float64 var_89;
    wp::float64 var_90;
    wp::float64 var_91;
    wp::float32 var_92;
    wp::float64 var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    const wp::int32 var_97 = 2;
    wp::float32 var_98;
    wp::float64 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float32 var_102;
    wp::float64 var_103;
    wp::float64 var_104;
    wp::float64 var_105;
    wp::float64 var_106;
    const wp::int32 var_107 = 3;
    wp::float32 var_108;
    wp::float64 var_109;
    wp::float64 var_110;
    wp::float64 var_111;
    wp::float32 var_112;
    wp::float64 var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    wp::float64 var_116;
    const wp::int32 var_117 = 4;
    wp::float32 var_118;
    wp::float64 var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    wp::float32 var_122;
    wp::float64 var_123;
    wp::float64 var_124;
    wp::float64 var_125;
    wp::float64 var_126;
    const wp::int32 var_127 = 5;
    wp::float32 var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    wp::float64 var_131;
    wp::float32 var_132;
    wp::float64 var_133;
    wp::float64 var_134;
    wp::float64 var_135;
    wp::float64 var_136;
    wp::float64 var_137;
    wp::float64 var_138;
    wp::float64 var_139;
    const wp::int32 var_140 = 2;
    const wp::float32 var_141 = 0.0;
    wp::float64 var_142;
    const wp::int32 var_143 = 0;
    wp::float32 var_144;
    wp::float64 var_145;
    wp::float64 var_146;
    wp::float64 var_147;
    wp::float32 var_148;
    wp::float64 var_149;
    wp::float64 var_150;
    wp::float64 var_151;
    wp::float64 var_152;
    const wp::int32 var_153 = 1;
    wp::float32 var_154;
    wp::float64 var_155;
    wp::float64 var_156;
    wp::float64 var_157;
    wp::float32 var_158;
    wp::float64 var_159;
    wp::float64 var_160;
    wp::float64 var_161;
    wp::float64 var_162;
    const wp::int32 var_163 = 2;
    wp::float32 var_164;
    wp::float64 var_165;
    wp::float64 var_166;
    wp::float64 var_167;
    wp::float32 var_168;
    wp::float64 var_169;
    wp::float64 var_170;
    wp::float64 var_171;
    wp::float64 var_172;
    const wp::int32 var_173 = 3;
    wp::float32 var_174;
    wp::float64 var_175;
    wp::float64 var_176;
    wp::float64 var_177;
    wp::float32 var_178;
    wp::float64 var_179;
    wp::float64 var_180;
    wp::float64 var_181;
    wp::float64 var_182;
    const wp::int32 var_183 = 4;
    wp::float32 var_184;
    wp::float64 var_185;
    wp::float64 var_186;
    wp::float64 var_187;
    wp::float32 var_188;
    wp::float64 var_189;
    wp::float64 var_190;
    wp::float64 var_191;
    wp::float64 var_192;
    const wp::int32 var_193 = 5;
    wp::float32 var_194;
    wp::float64 var_195;
    wp::float64 var_196;
    wp::float64 var_197;
    wp::float32 var_198;
    wp::float64 var_199;
    wp::float64 var_200;
    wp::float64 var_201;
    wp::float64 var_202;
    wp::float64 var_203;
    wp::float64 var_204;
    wp::float64 var_205;
    const wp::int32 var_206 = 3;
    const wp::float32 var_207 = 0.0;
    wp::float64 var_208;
    const wp::int32 var_209 = 0;
    wp::float32 var_210;
    wp::float64 var_211;
    wp::float64 var_212;
    wp::float64 var_213;
    wp::float32 var_214;
    wp::float64 var_215;
    wp::float64 var_216;
    wp::float64 var_217;
    wp::float64 var_218;
    const wp::int32 var_219 = 1;
    wp::float32 var_220;
    wp::float64 var_221;
    wp::float64 var_222;
    wp::float64 var_223;
    wp::float32 var_224;
    wp::float64 var_225;
    wp::float64 var_226;
    wp::float64 var_227;
    wp::float64 var_228;
    const wp::int32 var_229 = 2;
    wp::float32 var_230;
    wp::float64 var_231;
    wp::float64 var_232;
    wp::float64 var_233;
    wp::float32 var_234;
    wp::float64 var_235;
    wp::float64 var_236;
    wp::float64 var_237;
    wp::float64 var_238;
    const wp::int32 var_239 = 3;
    wp::float32 var_240;
    wp::float64 var_241;
    wp::float64 var_242;
    wp::float64 var_243;
    wp::float32 var_244;
    wp::float64 var_245;
    wp::float64 var_246;
    wp::float64 var_247;
    wp::float64 var_248;
    const wp::int32 var_249 = 4;
    wp::float32 var_250;
    wp::float64 var_251;
    wp::float64 var_252;
    wp::float64 var_253;
    wp::float32 var_254;
    wp::float64 var_255;
    wp::float64 var_256;
    wp::float64 var_257;
    wp::float64 var_258;
    const wp::int32 var_259 = 5;
    wp::float32 var_260;
    wp::float64 var_261;
    wp::float64 var_262;
    wp::float64 var_263;
    wp::float32 var_264;
    wp::float64 var_265;
    wp::float64 var_266;
    wp::float64 var_267;
    wp::float64 var_268;
    wp::float64 var_269;
    wp::float64 var_270;
    wp::float64 var_271;
    const wp::int32 var_272 = 4;
    const wp::float32 var_273 = 0.0;
    wp::float64 var_274;
    const wp::int32 var_275 = 0;
    wp::float32 var_276;
    wp::float64 var_277;
    wp::float64 var_278;
    wp::float64 var_279;
    wp::float32 var_280;
    wp::float64 var_281;
    wp::float64 var_282;
    wp::float64 var_283;
    wp::float64 var_284;
    const wp::int32 var_285 = 1;
    wp::float32 var_286;
    wp::float64 var_287;
    wp::float64 var_288;
    wp::float64 var_289;
    wp::float32 var_290;
    wp::float64 var_291;
    wp::float64 var_292;
    wp::float64 var_293;
    wp::float64 var_294;
    const wp::int32 var_295 = 2;
    wp::float32 var_296;
    wp::float64 var_297;
    wp::float64 var_298;
    wp::float64 var_299;
    wp::float32 var_300;
    wp::float64 var_301;
    wp::float64 var_302;
    wp::float64 var_303;
    wp::float64 var_304;
    const wp::int32 var_305 = 3;
    wp::float32 var_306;
    wp::float64 var_307;
    wp::float64 var_308;
    wp::float64 var_309;
    wp::float32 var_310;
    wp::float64 var_311;
    wp::float64 var_312;
    wp::float64 var_313;
    wp::float64 var_314;
    const wp::int32 var_315 = 4;
    wp::float32 var_316;
    wp::float64 var_317;
    wp::float64 var_318;
    wp::float64 var_319;
    wp::float32 var_320;
    wp::float64 var_321;
    wp::float64 var_322;
    wp::float64 var_323;
    wp::float64 var_324;
    const wp::int32 var_325 = 5;
    wp::float32 var_326;
    wp::float64 var_327;
    wp::float64 var_328;
    wp::float64 var_329;
    wp::float32 var_330;
    wp::float64 var_331;
    wp::float64 var_332;
    wp::float64 var_333;
    wp::float64 var_334;
    wp::float64 var_335;
    wp::float64 var_336;
    wp::float64 var_337;
    const wp::int32 var_338 = 5;
    const wp::float32 var_339 = 0.0;
    wp::float64 var_340;
    const wp::int32 var_341 = 0;
    wp::float32 var_342;
    wp::float64 var_343;
    wp::float64 var_344;
    wp::float64 var_345;
    wp::float32 var_346;
    wp::float64 var_347;
    wp::float64 var_348;
    wp::float64 var_349;
    wp::float64 var_350;
    const wp::int32 var_351 = 1;
    wp::float32 var_352;
    wp::float64 var_353;
    wp::float64 var_354;
    wp::float64 var_355;
    wp::float32 var_356;
    wp::float64 var_357;
    wp::float64 var_358;
    wp::float64 var_359;
    wp::float64 var_360;
    const wp::int32 var_361 = 2;
    wp::float32 var_362;
    wp::float64 var_363;
    wp::float64 var_364;
    wp::float64 var_365;
    wp::float32 var_366;
    wp::float64 var_367;
    wp::float64 var_368;
    wp::float64 var_369;
    wp::float64 var_370;
    const wp::int32 var_371 = 3;
    wp::float32 var_372;
    wp::float64 var_373;
    wp::float64 var_374;
    wp::float64 var_375;
    wp::float32 var_376;
    wp::float64 var_377;
    wp::float64 var_378;
    wp::float64 var_379;
    wp::float64 var_380;
    const wp::int32 var_381 = 4;
    wp::float32 var_382;
    wp::float64 var_383;
    wp::float64 var_384;
    wp::float64 var_385;
    wp::float32 var_386;
    wp::float64 var_387;
    wp::float64 var_388;
    wp::float64 var_389;
    wp::float64 var_390;
    const wp::int32 var_391 = 5;
    wp::float32 var_392;
    wp::float64 var_393;
    wp::float64 var_394;
    wp::float64 var_395;
    wp::float32 var_396;
    wp::float64 var_397;
    wp::float64 var_398;
    wp::float64 var_399;
    wp::float64 var_400;
    wp::float64 var_401;
    wp::float64 var_402;
    wp::float64 var_403;
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
    wp::float32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::float64 adj_49 = {};
    wp::float64 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float64 adj_54 = {};
    wp::float64 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float64 adj_57 = {};
    wp::float64 adj_58 = {};
    wp::float64 adj_59 = {};
    wp::float64 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float64 adj_63 = {};
    wp::float64 adj_64 = {};
    wp::float64 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float64 adj_67 = {};
    wp::float64 adj_68 = {};
    wp::float64 adj_69 = {};
    wp::float64 adj_70 = {};
    wp::float64 adj_71 = {};
    wp::float64 adj_72 = {};
    wp::float64 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float64 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float64 adj_79 = {};
    wp::float64 adj_80 = {};
    wp::float64 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float64 adj_83 = {};
    wp::float64 adj_84 = {};
    wp::float64 adj_85 = {};
    wp::float64 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float64 adj_89 = {};
    wp::float64 adj_90 = {};
    wp::float64 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float64 adj_93 = {};
    wp::float64 adj_94 = {};
    wp::float64 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float64 adj_99 = {};
    wp::float64 adj_100 = {};
    wp::float64 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float64 adj_103 = {};
    wp::float64 adj_104 = {};
    wp::float64 adj_105 = {};
    wp::float64 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float64 adj_109 = {};
    wp::float64 adj_110 = {};
    wp::float64 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float64 adj_113 = {};
    wp::float64 adj_114 = {};
    wp::float64 adj_115 = {};
    wp::float64 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float64 adj_119 = {};
    wp::float64 adj_120 = {};
    wp::float64 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float64 adj_123 = {};
    wp::float64 adj_124 = {};
    wp::float64 adj_125 = {};
    wp::float64 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float64 adj_129 = {};
    wp::float64 adj_130 = {};
    wp::float64 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float64 adj_133 = {};
    wp::float64 adj_134 = {};
    wp::float64 adj_135 = {};
    wp::float64 adj_136 = {};
    wp::float64 adj_137 = {};
    wp::float64 adj_138 = {};
    wp::float64 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float64 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::float64 adj_145 = {};
    wp::float64 adj_146 = {};
    wp::float64 adj_147 = {};
    wp::float32 adj_148 = {};
    wp::float64 adj_149 = {};
    wp::float64 adj_150 = {};
    wp::float64 adj_151 = {};
    wp::float64 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float64 adj_155 = {};
    wp::float64 adj_156 = {};
    wp::float64 adj_157 = {};
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
    wp::float32 adj_168 = {};
    wp::float64 adj_169 = {};
    wp::float64 adj_170 = {};
    wp::float64 adj_171 = {};
    wp::float64 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float64 adj_175 = {};
    wp::float64 adj_176 = {};
    wp::float64 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float64 adj_179 = {};
    wp::float64 adj_180 = {};
    wp::float64 adj_181 = {};
    wp::float64 adj_182 = {};
    wp::int32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::float64 adj_185 = {};
    wp::float64 adj_186 = {};
    wp::float64 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::float64 adj_189 = {};
    wp::float64 adj_190 = {};
    wp::float64 adj_191 = {};
    wp::float64 adj_192 = {};
    wp::int32 adj_193 = {};
    wp::float32 adj_194 = {};
    wp::float64 adj_195 = {};
    wp::float64 adj_196 = {};
    wp::float64 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::float64 adj_199 = {};
    wp::float64 adj_200 = {};
    wp::float64 adj_201 = {};
    wp::float64 adj_202 = {};
    wp::float64 adj_203 = {};
    wp::float64 adj_204 = {};
    wp::float64 adj_205 = {};
    wp::int32 adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float64 adj_208 = {};
    wp::int32 adj_209 = {};
    wp::float32 adj_210 = {};
    wp::float64 adj_211 = {};
    wp::float64 adj_212 = {};
    wp::float64 adj_213 = {};
    wp::float32 adj_214 = {};
    wp::float64 adj_215 = {};
    wp::float64 adj_216 = {};
    wp::float64 adj_217 = {};
    wp::float64 adj_218 = {};
    wp::int32 adj_219 = {};
    wp::float32 adj_220 = {};
    wp::float64 adj_221 = {};
    wp::float64 adj_222 = {};
    wp::float64 adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float64 adj_225 = {};
    wp::float64 adj_226 = {};
    wp::float64 adj_227 = {};
    wp::float64 adj_228 = {};
    wp::int32 adj_229 = {};
    wp::float32 adj_230 = {};
    wp::float64 adj_231 = {};
    wp::float64 adj_232 = {};
    wp::float64 adj_233 = {};
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
    wp::float32 adj_244 = {};
    wp::float64 adj_245 = {};
    wp::float64 adj_246 = {};
    wp::float64 adj_247 = {};
    wp::float64 adj_248 = {};
    wp::int32 adj_249 = {};
    wp::float32 adj_250 = {};
    wp::float64 adj_251 = {};
    wp::float64 adj_252 = {};
    wp::float64 adj_253 = {};
    wp::float32 adj_254 = {};
    wp::float64 adj_255 = {};
    wp::float64 adj_256 = {};
    wp::float64 adj_257 = {};
    wp::float64 adj_258 = {};
    wp::int32 adj_259 = {};
    wp::float32 adj_260 = {};
    wp::float64 adj_261 = {};
    wp::float64 adj_262 = {};
    wp::float64 adj_263 = {};
    wp::float32 adj_264 = {};
    wp::float64 adj_265 = {};
    wp::float64 adj_266 = {};
    wp::float64 adj_267 = {};
    wp::float64 adj_268 = {};
    wp::float64 adj_269 = {};
    wp::float64 adj_270 = {};
    wp::float64 adj_271 = {};
    wp::int32 adj_272 = {};
    wp::float32 adj_273 = {};
    wp::float64 adj_274 = {};
    wp::int32 adj_275 = {};
    wp::float32 adj_276 = {};
    wp::float64 adj_277 = {};
    wp::float64 adj_278 = {};
    wp::float64 adj_279 = {};
    wp::float32 adj_280 = {};
    wp::float64 adj_281 = {};
    wp::float64 adj_282 = {};
    wp::float64 adj_283 = {};
    wp::float64 adj_284 = {};
    wp::int32 adj_285 = {};
    wp::float32 adj_286 = {};
    wp::float64 adj_287 = {};
    wp::float64 adj_288 = {};
    wp::float64 adj_289 = {};
    wp::float32 adj_290 = {};
    wp::float64 adj_291 = {};
    wp::float64 adj_292 = {};
    wp::float64 adj_293 = {};
    wp::float64 adj_294 = {};
    wp::int32 adj_295 = {};
    wp::float32 adj_296 = {};
    wp::float64 adj_297 = {};
    wp::float64 adj_298 = {};
    wp::float64 adj_299 = {};
    wp::float32 adj_300 = {};
    wp::float64 adj_301 = {};
    wp::float64 adj_302 = {};
    wp::float64 adj_303 = {};
    wp::float64 adj_304 = {};
    wp::int32 adj_305 = {};
    wp::float32 adj_306 = {};
    wp::float64 adj_307 = {};
    wp::float64 adj_308 = {};
    wp::float64 adj_309 = {};
    wp::float32 adj_310 = {};
    wp::float64 adj_311 = {};
    wp::float64 adj_312 = {};
    wp::float64 adj_313 = {};
    wp::float64 adj_314 = {};
    wp::int32 adj_315 = {};
    wp::float32 adj_316 = {};
    wp::float64 adj_317 = {};
    wp::float64 adj_318 = {};
    wp::float64 adj_319 = {};
    wp::float32 adj_320 = {};
    wp::float64 adj_321 = {};
    wp::float64 adj_322 = {};
    wp::float64 adj_323 = {};
    wp::float64 adj_324 = {};
    wp::int32 adj_325 = {};
    wp::float32 adj_326 = {};
    wp::float64 adj_327 = {};
    wp::float64 adj_328 = {};
    wp::float64 adj_329 = {};
    wp::float32 adj_330 = {};
    wp::float64 adj_331 = {};
    wp::float64 adj_332 = {};
    wp::float64 adj_333 = {};
    wp::float64 adj_334 = {};
    wp::float64 adj_335 = {};
    wp::float64 adj_336 = {};
    wp::float64 adj_337 = {};
    wp::int32 adj_338 = {};
    wp::float32 adj_339 = {};
    wp::float64 adj_340 = {};
    wp::int32 adj_341 = {};
    wp::float32 adj_342 = {};
    wp::float64 adj_343 = {};
    wp::float64 adj_344 = {};
    wp::float64 adj_345 = {};
    wp::float32 adj_346 = {};
    wp::float64 adj_347 = {};
    wp::float64 adj_348 = {};
    wp::float64 adj_349 = {};
    wp::float64 adj_350 = {};
    wp::int32 adj_351 = {};
    wp::float32 adj_352 = {};
    wp::float64 adj_353 = {};
    wp::float64 adj_354 = {};
    wp::float64 adj_355 = {};
    wp::float32 adj_356 = {};
    wp::float64 adj_357 = {};
    wp::float64 adj_358 = {};
    wp::float64 adj_359 = {};
    wp::float64 adj_360 = {};
    wp::int32 adj_361 = {};
    wp::float32 adj_362 = {};
    wp::float64 adj_363 = {};
    wp::float64 adj_364 = {};
    wp::float64 adj_365 = {};
    wp::float32 adj_366 = {};
    wp::float64 adj_367 = {};
    wp::float64 adj_368 = {};
    wp::float64 adj_369 = {};
    wp::float64 adj_370 = {};
    wp::int32 adj_371 = {};
    wp::float32 adj_372 = {};
    wp::float64 adj_373 = {};
    wp::float64 adj_374 = {};
    wp::float64 adj_375 = {};
    wp::float32 adj_376 = {};
    wp::float64 adj_377 = {};
    wp::float64 adj_378 = {};
    wp::float64 adj_379 = {};
    wp::float64 adj_380 = {};
    wp::int32 adj_381 = {};
    wp::float32 adj_382 = {};
    wp::float64 adj_383 = {};
    wp::float64 adj_384 = {};
    wp::float64 adj_385 = {};
    wp::float32 adj_386 = {};
    wp::float64 adj_387 = {};
    wp::float64 adj_388 = {};
    wp::float64 adj_389 = {};
    wp::float64 adj_390 = {};
    wp::int32 adj_391 = {};
    wp::float32 adj_392 = {};
    wp::float64 adj_393 = {};
    wp::float64 adj_394 = {};
    wp::float64 adj_395 = {};
    wp::float32 adj_396 = {};
    wp::float64 adj_397 = {};
    wp::float64 adj_398 = {};
    wp::float64 adj_399 = {};
    wp::float64 adj_400 = {};
    wp::float64 adj_401 = {};
    wp::float64 adj_402 = {};
    wp::float64 adj_403 = {};
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
    var_10 = wp::float64(var_9);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_12 = wp::extract(var_6, var_8, var_11);
    var_13 = wp::float64(var_12);
    var_14 = wp::extract(var_2, var_11);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::extract(var_6, var_8, var_11);
    var_17 = wp::float64(var_16);
    var_18 = wp::extract(var_2, var_11);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::add(var_10, var_19);
    var_22 = wp::extract(var_6, var_8, var_21);
    var_23 = wp::float64(var_22);
    var_24 = wp::extract(var_2, var_21);
    var_25 = wp::mul(var_23, var_24);
    var_26 = wp::extract(var_6, var_8, var_21);
    var_27 = wp::float64(var_26);
    var_28 = wp::extract(var_2, var_21);
    var_29 = wp::mul(var_27, var_28);
    var_30 = wp::add(var_20, var_29);
    var_32 = wp::extract(var_6, var_8, var_31);
    var_33 = wp::float64(var_32);
    var_34 = wp::extract(var_2, var_31);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::extract(var_6, var_8, var_31);
    var_37 = wp::float64(var_36);
    var_38 = wp::extract(var_2, var_31);
    var_39 = wp::mul(var_37, var_38);
    var_40 = wp::add(var_30, var_39);
    var_42 = wp::extract(var_6, var_8, var_41);
    var_43 = wp::float64(var_42);
    var_44 = wp::extract(var_2, var_41);
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::extract(var_6, var_8, var_41);
    var_47 = wp::float64(var_46);
    var_48 = wp::extract(var_2, var_41);
    var_49 = wp::mul(var_47, var_48);
    var_50 = wp::add(var_40, var_49);
    var_52 = wp::extract(var_6, var_8, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::extract(var_2, var_51);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::extract(var_6, var_8, var_51);
    var_57 = wp::float64(var_56);
    var_58 = wp::extract(var_2, var_51);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_50, var_59);
    var_62 = wp::extract(var_6, var_8, var_61);
    var_63 = wp::float64(var_62);
    var_64 = wp::extract(var_2, var_61);
    var_65 = wp::mul(var_63, var_64);
    var_66 = wp::extract(var_6, var_8, var_61);
    var_67 = wp::float64(var_66);
    var_68 = wp::extract(var_2, var_61);
    var_69 = wp::mul(var_67, var_68);
    var_70 = wp::add(var_60, var_69);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_71 = wp::extract(var_2, var_8);
    var_72 = wp::mul(var_dt, var_70);
    var_73 = wp::add(var_71, var_72);
    wp::assign_inplace(var_4, var_8, var_73);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_76 = wp::float64(var_75);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_78 = wp::extract(var_6, var_74, var_77);
    var_79 = wp::float64(var_78);
    var_80 = wp::extract(var_2, var_77);
    var_81 = wp::mul(var_79, var_80);
    var_82 = wp::extract(var_6, var_74, var_77);
    var_83 = wp::float64(var_82);
    var_84 = wp::extract(var_2, var_77);
    var_85 = wp::mul(var_83, var_84);
    var_86 = wp::add(var_76, var_85);
    var_88 = wp::extract(var_6, var_74, var_87);
    var_89 = wp::float64(var_88);
    var_90 = wp::extract(var_2, var_87);
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::extract(var_6, var_74, var_87);
    var_93 = wp::float64(var_92);
    var_94 = wp::extract(var_2, var_87);
    var_95 = wp::mul(var_93, var_94);
    var_96 = wp::add(var_86, var_95);
    var_98 = wp::extract(var_6, var_74, var_97);
    var_99 = wp::float64(var_98);
    var_100 = wp::extract(var_2, var_97);
    var_101 = wp::mul(var_99, var_100);
    var_102 = wp::extract(var_6, var_74, var_97);
    var_103 = wp::float64(var_102);
    var_104 = wp::extract(var_2, var_97);
    var_105 = wp::mul(var_103, var_104);
    var_106 = wp::add(var_96, var_105);
    var_108 = wp::extract(var_6, var_74, var_107);
    var_109 = wp::float64(var_108);
    var_110 = wp::extract(var_2, var_107);
    var_111 = wp::mul(var_109, var_110);
    var_112 = wp::extract(var_6, var_74, var_107);
    var_113 = wp::float64(var_112);
    var_114 = wp::extract(var_2, var_107);
    var_115 = wp::mul(var_113, var_114);
    var_116 = wp::add(var_106, var_115);
    var_118 = wp::extract(var_6, var_74, var_117);
    var_119 = wp::float64(var_118);
    var_120 = wp::extract(var_2, var_117);
    var_121 = wp::mul(var_119, var_120);
    var_122 = wp::extract(var_6, var_74, var_117);
    var_123 = wp::float64(var_122);
    var_124 = wp::extract(var_2, var_117);
    var_125 = wp::mul(var_123, var_124);
    var_126 = wp::add(var_116, var_125);
    var_128 = wp::extract(var_6, var_74, var_127);
    var_129 = wp::float64(var_128);
    var_130 = wp::extract(var_2, var_127);
    var_131 = wp::mul(var_129, var_130);
    var_132 = wp::extract(var_6, var_74, var_127);
    var_133 = wp::float64(var_132);
    var_134 = wp::extract(var_2, var_127);
    var_135 = wp::mul(var_133, var_134);
    var_136 = wp::add(var_126, var_135);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_137 = wp::extract(var_2, var_74);
    var_138 = wp::mul(var_dt, var_136);
    var_139 = wp::add(var_137, var_138);
    wp::assign_inplace(var_4, var_74, var_139);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_142 = wp::float64(var_141);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_144 = wp::extract(var_6, var_140, var_143);
    var_145 = wp::float64(var_144);
    var_146 = wp::extract(var_2, var_143);
    var_147 = wp::mul(var_145, var_146);
    var_148 = wp::extract(var_6, var_140, var_143);
    var_149 = wp::float64(var_148);
    var_150 = wp::extract(var_2, var_143);
    var_151 = wp::mul(var_149, var_150);
    var_152 = wp::add(var_142, var_151);
    var_154 = wp::extract(var_6, var_140, var_153);
    var_155 = wp::float64(var_154);
    var_156 = wp::extract(var_2, var_153);
    var_157 = wp::mul(var_155, var_156);
    var_158 = wp::extract(var_6, var_140, var_153);
    var_159 = wp::float64(var_158);
    var_160 = wp::extract(var_2, var_153);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_152, var_161);
    var_164 = wp::extract(var_6, var_140, var_163);
    var_165 = wp::float64(var_164);
    var_166 = wp::extract(var_2, var_163);
    var_167 = wp::mul(var_165, var_166);
    var_168 = wp::extract(var_6, var_140, var_163);
    var_169 = wp::float64(var_168);
    var_170 = wp::extract(var_2, var_163);
    var_171 = wp::mul(var_169, var_170);
    var_172 = wp::add(var_162, var_171);
    var_174 = wp::extract(var_6, var_140, var_173);
    var_175 = wp::float64(var_174);
    var_176 = wp::extract(var_2, var_173);
    var_177 = wp::mul(var_175, var_176);
    var_178 = wp::extract(var_6, var_140, var_173);
    var_179 = wp::float64(var_178);
    var_180 = wp::extract(var_2, var_173);
    var_181 = wp::mul(var_179, var_180);
    var_182 = wp::add(var_172, var_181);
    var_184 = wp::extract(var_6, var_140, var_183);
    var_185 = wp::float64(var_184);
    var_186 = wp::extract(var_2, var_183);
    var_187 = wp::mul(var_185, var_186);
    var_188 = wp::extract(var_6, var_140, var_183);
    var_189 = wp::float64(var_188);
    var_190 = wp::extract(var_2, var_183);
    var_191 = wp::mul(var_189, var_190);
    var_192 = wp::add(var_182, var_191);
    var_194 = wp::extract(var_6, var_140, var_193);
    var_195 = wp::float64(var_194);
    var_196 = wp::extract(var_2, var_193);
    var_197 = wp::mul(var_195, var_196);
    var_198 = wp::extract(var_6, var_140, var_193);
    var_199 = wp::float64(var_198);
    var_200 = wp::extract(var_2, var_193);
    var_201 = wp::mul(var_199, var_200);
    var_202 = wp::add(var_192, var_201);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_203 = wp::extract(var_2, var_140);
    var_204 = wp::mul(var_dt, var_202);
    var_205 = wp::add(var_203, var_204);
    wp::assign_inplace(var_4, var_140, var_205);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_208 = wp::float64(var_207);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_210 = wp::extract(var_6, var_206, var_209);
    var_211 = wp::float64(var_210);
    var_212 = wp::extract(var_2, var_209);
    var_213 = wp::mul(var_211, var_212);
    var_214 = wp::extract(var_6, var_206, var_209);
    var_215 = wp::float64(var_214);
    var_216 = wp::extract(var_2, var_209);
    var_217 = wp::mul(var_215, var_216);
    var_218 = wp::add(var_208, var_217);
    var_220 = wp::extract(var_6, var_206, var_219);
    var_221 = wp::float64(var_220);
    var_222 = wp::extract(var_2, var_219);
    var_223 = wp::mul(var_221, var_222);
    var_224 = wp::extract(var_6, var_206, var_219);
    var_225 = wp::float64(var_224);
    var_226 = wp::extract(var_2, var_219);
    var_227 = wp::mul(var_225, var_226);
    var_228 = wp::add(var_218, var_227);
    var_230 = wp::extract(var_6, var_206, var_229);
    var_231 = wp::float64(var_230);
    var_232 = wp::extract(var_2, var_229);
    var_233 = wp::mul(var_231, var_232);
    var_234 = wp::extract(var_6, var_206, var_229);
    var_235 = wp::float64(var_234);
    var_236 = wp::extract(var_2, var_229);
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_228, var_237);
    var_240 = wp::extract(var_6, var_206, var_239);
    var_241 = wp::float64(var_240);
    var_242 = wp::extract(var_2, var_239);
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::extract(var_6, var_206, var_239);
    var_245 = wp::float64(var_244);
    var_246 = wp::extract(var_2, var_239);
    var_247 = wp::mul(var_245, var_246);
    var_248 = wp::add(var_238, var_247);
    var_250 = wp::extract(var_6, var_206, var_249);
    var_251 = wp::float64(var_250);
    var_252 = wp::extract(var_2, var_249);
    var_253 = wp::mul(var_251, var_252);
    var_254 = wp::extract(var_6, var_206, var_249);
    var_255 = wp::float64(var_254);
    var_256 = wp::extract(var_2, var_249);
    var_257 = wp::mul(var_255, var_256);
    var_258 = wp::add(var_248, var_257);
    var_260 = wp::extract(var_6, var_206, var_259);
    var_261 = wp::float64(var_260);
    var_262 = wp::extract(var_2, var_259);
    var_263 = wp::mul(var_261, var_262);
    var_264 = wp::extract(var_6, var_206, var_259);
    var_265 = wp::float64(var_264);
    var_266 = wp::extract(var_2, var_259);
    var_267 = wp::mul(var_265, var_266);
    var_268 = wp::add(var_258, var_267);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_269 = wp::extract(var_2, var_206);
    var_270 = wp::mul(var_dt, var_268);
    var_271 = wp::add(var_269, var_270);
    wp::assign_inplace(var_4, var_206, var_271);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_274 = wp::float64(var_273);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_276 = wp::extract(var_6, var_272, var_275);
    var_277 = wp::float64(var_276);
    var_278 = wp::extract(var_2, var_275);
    var_279 = wp::mul(var_277, var_278);
    var_280 = wp::extract(var_6, var_272, var_275);
    var_281 = wp::float64(var_280);
    var_282 = wp::extract(var_2, var_275);
    var_283 = wp::mul(var_281, var_282);
    var_284 = wp::add(var_274, var_283);
    var_286 = wp::extract(var_6, var_272, var_285);
    var_287 = wp::float64(var_286);
    var_288 = wp::extract(var_2, var_285);
    var_289 = wp::mul(var_287, var_288);
    var_290 = wp::extract(var_6, var_272, var_285);
    var_291 = wp::float64(var_290);
    var_292 = wp::extract(var_2, var_285);
    var_293 = wp::mul(var_291, var_292);
    var_294 = wp::add(var_284, var_293);
    var_296 = wp::extract(var_6, var_272, var_295);
    var_297 = wp::float64(var_296);
    var_298 = wp::extract(var_2, var_295);
    var_299 = wp::mul(var_297, var_298);
    var_300 = wp::extract(var_6, var_272, var_295);
    var_301 = wp::float64(var_300);
    var_302 = wp::extract(var_2, var_295);
    var_303 = wp::mul(var_301, var_302);
    var_304 = wp::add(var_294, var_303);
    var_306 = wp::extract(var_6, var_272, var_305);
    var_307 = wp::float64(var_306);
    var_308 = wp::extract(var_2, var_305);
    var_309 = wp::mul(var_307, var_308);
    var_310 = wp::extract(var_6, var_272, var_305);
    var_311 = wp::float64(var_310);
    var_312 = wp::extract(var_2, var_305);
    var_313 = wp::mul(var_311, var_312);
    var_314 = wp::add(var_304, var_313);
    var_316 = wp::extract(var_6, var_272, var_315);
    var_317 = wp::float64(var_316);
    var_318 = wp::extract(var_2, var_315);
    var_319 = wp::mul(var_317, var_318);
    var_320 = wp::extract(var_6, var_272, var_315);
    var_321 = wp::float64(var_320);
    var_322 = wp::extract(var_2, var_315);
    var_323 = wp::mul(var_321, var_322);
    var_324 = wp::add(var_314, var_323);
    var_326 = wp::extract(var_6, var_272, var_325);
    var_327 = wp::float64(var_326);
    var_328 = wp::extract(var_2, var_325);
    var_329 = wp::mul(var_327, var_328);
    var_330 = wp::extract(var_6, var_272, var_325);
    var_331 = wp::float64(var_330);
    var_332 = wp::extract(var_2, var_325);
    var_333 = wp::mul(var_331, var_332);
    var_334 = wp::add(var_324, var_333);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_335 = wp::extract(var_2, var_272);
    var_336 = wp::mul(var_dt, var_334);
    var_337 = wp::add(var_335, var_336);
    wp::assign_inplace(var_4, var_272, var_337);
    // acc = wp.float64(0.0)                                                                  <L 66>
    var_340 = wp::float64(var_339);
    // for c in range(6):                                                                     <L 67>
    // acc += wp.float64(K[r, c]) * x[c]                                                      <L 68>
    var_342 = wp::extract(var_6, var_338, var_341);
    var_343 = wp::float64(var_342);
    var_344 = wp::extract(var_2, var_341);
    var_345 = wp::mul(var_343, var_344);
    var_346 = wp::extract(var_6, var_338, var_341);
    var_347 = wp::float64(var_346);
    var_348 = wp::extract(var_2, var_341);
    var_349 = wp::mul(var_347, var_348);
    var_350 = wp::add(var_340, var_349);
    var_352 = wp::extract(var_6, var_338, var_351);
    var_353 = wp::float64(var_352);
    var_354 = wp::extract(var_2, var_351);
    var_355 = wp::mul(var_353, var_354);
    var_356 = wp::extract(var_6, var_338, var_351);
    var_357 = wp::float64(var_356);
    var_358 = wp::extract(var_2, var_351);
    var_359 = wp::mul(var_357, var_358);
    var_360 = wp::add(var_350, var_359);
    var_362 = wp::extract(var_6, var_338, var_361);
    var_363 = wp::float64(var_362);
    var_364 = wp::extract(var_2, var_361);
    var_365 = wp::mul(var_363, var_364);
    var_366 = wp::extract(var_6, var_338, var_361);
    var_367 = wp::float64(var_366);
    var_368 = wp::extract(var_2, var_361);
    var_369 = wp::mul(var_367, var_368);
    var_370 = wp::add(var_360, var_369);
    var_372 = wp::extract(var_6, var_338, var_371);
    var_373 = wp::float64(var_372);
    var_374 = wp::extract(var_2, var_371);
    var_375 = wp::mul(var_373, var_374);
    var_376 = wp::extract(var_6, var_338, var_371);
    var_377 = wp::float64(var_376);
    var_378 = wp::extract(var_2, var_371);
    var_379 = wp::mul(var_377, var_378);
    var_380 = wp::add(var_370, var_379);
    var_382 = wp::extract(var_6, var_338, var_381);
    var_383 = wp::float64(var_382);
    var_384 = wp::extract(var_2, var_381);
    var_385 = wp::mul(var_383, var_384);
    var_386 = wp::extract(var_6, var_338, var_381);
    var_387 = wp::float64(var_386);
    var_388 = wp::extract(var_2, var_381);
    var_389 = wp::mul(var_387, var_388);
    var_390 = wp::add(var_380, var_389);
    var_392 = wp::extract(var_6, var_338, var_391);
    var_393 = wp::float64(var_392);
    var_394 = wp::extract(var_2, var_391);
    var_395 = wp::mul(var_393, var_394);
    var_396 = wp::extract(var_6, var_338, var_391);
    var_397 = wp::float64(var_396);
    var_398 = wp::extract(var_2, var_391);
    var_399 = wp::mul(var_397, var_398);
    var_400 = wp::add(var_390, var_399);
    // y[r] = x[r] + dt * acc                                                                 <L 69>
    var_401 = wp::extract(var_2, var_338);
    var_402 = wp::mul(var_dt, var_400);
    var_403 = wp::add(var_401, var_402);
    wp::assign_inplace(var_4, var_338, var_403);
    // out[i] = y                                                                             <L 70>
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    // adj: out[i] = y                                                                        <L 70>
    wp::adj_assign_inplace(var_4, var_338, var_403, adj_4, adj_338, adj_403);
    wp::adj_add(var_401, var_402, adj_401, adj_402, adj_403);
    wp::adj_mul(var_dt, var_400, adj_dt, adj_400, adj_402);
    wp::adj_extract(var_2, var_338, adj_2, adj_338, adj_401);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_390, var_399, adj_390, adj_399, adj_400);
    wp::adj_mul(var_397, var_398, adj_397, adj_398, adj_399);
    wp::adj_extract(var_2, var_391, adj_2, adj_391, adj_398);
    wp::adj_float64(var_396, adj_396, adj_397);
    wp::adj_extract(var_6, var_338, var_391, adj_6, adj_338, adj_391, adj_396);
    wp::adj_mul(var_393, var_394, adj_393, adj_394, adj_395);
    wp::adj_extract(var_2, var_391, adj_2, adj_391, adj_394);
    wp::adj_float64(var_392, adj_392, adj_393);
    wp::adj_extract(var_6, var_338, var_391, adj_6, adj_338, adj_391, adj_392);
    wp::adj_add(var_380, var_389, adj_380, adj_389, adj_390);
    wp::adj_mul(var_387, var_388, adj_387, adj_388, adj_389);
    wp::adj_extract(var_2, var_381, adj_2, adj_381, adj_388);
    wp::adj_float64(var_386, adj_386, adj_387);
    wp::adj_extract(var_6, var_338, var_381, adj_6, adj_338, adj_381, adj_386);
    wp::adj_mul(var_383, var_384, adj_383, adj_384, adj_385);
    wp::adj_extract(var_2, var_381, adj_2, adj_381, adj_384);
    wp::adj_float64(var_382, adj_382, adj_383);
    wp::adj_extract(var_6, var_338, var_381, adj_6, adj_338, adj_381, adj_382);
    wp::adj_add(var_370, var_379, adj_370, adj_379, adj_380);
    wp::adj_mul(var_377, var_378, adj_377, adj_378, adj_379);
    wp::adj_extract(var_2, var_371, adj_2, adj_371, adj_378);
    wp::adj_float64(var_376, adj_376, adj_377);
    wp::adj_extract(var_6, var_338, var_371, adj_6, adj_338, adj_371, adj_376);
    wp::adj_mul(var_373, var_374, adj_373, adj_374, adj_375);
    wp::adj_extract(var_2, var_371, adj_2, adj_371, adj_374);
    wp::adj_float64(var_372, adj_372, adj_373);
    wp::adj_extract(var_6, var_338, var_371, adj_6, adj_338, adj_371, adj_372);
    wp::adj_add(var_360, var_369, adj_360, adj_369, adj_370);
    wp::adj_mul(var_367, var_368, adj_367, adj_368, adj_369);
    wp::adj_extract(var_2, var_361, adj_2, adj_361, adj_368);
    wp::adj_float64(var_366, adj_366, adj_367);
    wp::adj_extract(var_6, var_338, var_361, adj_6, adj_338, adj_361, adj_366);
    wp::adj_mul(var_363, var_364, adj_363, adj_364, adj_365);
    wp::adj_extract(var_2, var_361, adj_2, adj_361, adj_364);
    wp::adj_float64(var_362, adj_362, adj_363);
    wp::adj_extract(var_6, var_338, var_361, adj_6, adj_338, adj_361, adj_362);
    wp::adj_add(var_350, var_359, adj_350, adj_359, adj_360);
    wp::adj_mul(var_357, var_358, adj_357, adj_358, adj_359);
    wp::adj_extract(var_2, var_351, adj_2, adj_351, adj_358);
    wp::adj_float64(var_356, adj_356, adj_357);
    wp::adj_extract(var_6, var_338, var_351, adj_6, adj_338, adj_351, adj_356);
    wp::adj_mul(var_353, var_354, adj_353, adj_354, adj_355);
    wp::adj_extract(var_2, var_351, adj_2, adj_351, adj_354);
    wp::adj_float64(var_352, adj_352, adj_353);
    wp::adj_extract(var_6, var_338, var_351, adj_6, adj_338, adj_351, adj_352);
    wp::adj_add(var_340, var_349, adj_340, adj_349, adj_350);
    wp::adj_mul(var_347, var_348, adj_347, adj_348, adj_349);
    wp::adj_extract(var_2, var_341, adj_2, adj_341, adj_348);
    wp::adj_float64(var_346, adj_346, adj_347);
    wp::adj_extract(var_6, var_338, var_341, adj_6, adj_338, adj_341, adj_346);
    wp::adj_mul(var_343, var_344, adj_343, adj_344, adj_345);
    wp::adj_extract(var_2, var_341, adj_2, adj_341, adj_344);
    wp::adj_float64(var_342, adj_342, adj_343);
    wp::adj_extract(var_6, var_338, var_341, adj_6, adj_338, adj_341, adj_342);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_339, adj_339, adj_340);
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_272, var_337, adj_4, adj_272, adj_337);
    wp::adj_add(var_335, var_336, adj_335, adj_336, adj_337);
    wp::adj_mul(var_dt, var_334, adj_dt, adj_334, adj_336);
    wp::adj_extract(var_2, var_272, adj_2, adj_272, adj_335);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_324, var_333, adj_324, adj_333, adj_334);
    wp::adj_mul(var_331, var_332, adj_331, adj_332, adj_333);
    wp::adj_extract(var_2, var_325, adj_2, adj_325, adj_332);
    wp::adj_float64(var_330, adj_330, adj_331);
    wp::adj_extract(var_6, var_272, var_325, adj_6, adj_272, adj_325, adj_330);
    wp::adj_mul(var_327, var_328, adj_327, adj_328, adj_329);
    wp::adj_extract(var_2, var_325, adj_2, adj_325, adj_328);
    wp::adj_float64(var_326, adj_326, adj_327);
    wp::adj_extract(var_6, var_272, var_325, adj_6, adj_272, adj_325, adj_326);
    wp::adj_add(var_314, var_323, adj_314, adj_323, adj_324);
    wp::adj_mul(var_321, var_322, adj_321, adj_322, adj_323);
    wp::adj_extract(var_2, var_315, adj_2, adj_315, adj_322);
    wp::adj_float64(var_320, adj_320, adj_321);
    wp::adj_extract(var_6, var_272, var_315, adj_6, adj_272, adj_315, adj_320);
    wp::adj_mul(var_317, var_318, adj_317, adj_318, adj_319);
    wp::adj_extract(var_2, var_315, adj_2, adj_315, adj_318);
    wp::adj_float64(var_316, adj_316, adj_317);
    wp::adj_extract(var_6, var_272, var_315, adj_6, adj_272, adj_315, adj_316);
    wp::adj_add(var_304, var_313, adj_304, adj_313, adj_314);
    wp::adj_mul(var_311, var_312, adj_311, adj_312, adj_313);
    wp::adj_extract(var_2, var_305, adj_2, adj_305, adj_312);
    wp::adj_float64(var_310, adj_310, adj_311);
    wp::adj_extract(var_6, var_272, var_305, adj_6, adj_272, adj_305, adj_310);
    wp::adj_mul(var_307, var_308, adj_307, adj_308, adj_309);
    wp::adj_extract(var_2, var_305, adj_2, adj_305, adj_308);
    wp::adj_float64(var_306, adj_306, adj_307);
    wp::adj_extract(var_6, var_272, var_305, adj_6, adj_272, adj_305, adj_306);
    wp::adj_add(var_294, var_303, adj_294, adj_303, adj_304);
    wp::adj_mul(var_301, var_302, adj_301, adj_302, adj_303);
    wp::adj_extract(var_2, var_295, adj_2, adj_295, adj_302);
    wp::adj_float64(var_300, adj_300, adj_301);
    wp::adj_extract(var_6, var_272, var_295, adj_6, adj_272, adj_295, adj_300);
    wp::adj_mul(var_297, var_298, adj_297, adj_298, adj_299);
    wp::adj_extract(var_2, var_295, adj_2, adj_295, adj_298);
    wp::adj_float64(var_296, adj_296, adj_297);
    wp::adj_extract(var_6, var_272, var_295, adj_6, adj_272, adj_295, adj_296);
    wp::adj_add(var_284, var_293, adj_284, adj_293, adj_294);
    wp::adj_mul(var_291, var_292, adj_291, adj_292, adj_293);
    wp::adj_extract(var_2, var_285, adj_2, adj_285, adj_292);
    wp::adj_float64(var_290, adj_290, adj_291);
    wp::adj_extract(var_6, var_272, var_285, adj_6, adj_272, adj_285, adj_290);
    wp::adj_mul(var_287, var_288, adj_287, adj_288, adj_289);
    wp::adj_extract(var_2, var_285, adj_2, adj_285, adj_288);
    wp::adj_float64(var_286, adj_286, adj_287);
    wp::adj_extract(var_6, var_272, var_285, adj_6, adj_272, adj_285, adj_286);
    wp::adj_add(var_274, var_283, adj_274, adj_283, adj_284);
    wp::adj_mul(var_281, var_282, adj_281, adj_282, adj_283);
    wp::adj_extract(var_2, var_275, adj_2, adj_275, adj_282);
    wp::adj_float64(var_280, adj_280, adj_281);
    wp::adj_extract(var_6, var_272, var_275, adj_6, adj_272, adj_275, adj_280);
    wp::adj_mul(var_277, var_278, adj_277, adj_278, adj_279);
    wp::adj_extract(var_2, var_275, adj_2, adj_275, adj_278);
    wp::adj_float64(var_276, adj_276, adj_277);
    wp::adj_extract(var_6, var_272, var_275, adj_6, adj_272, adj_275, adj_276);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_273, adj_273, adj_274);
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_206, var_271, adj_4, adj_206, adj_271);
    wp::adj_add(var_269, var_270, adj_269, adj_270, adj_271);
    wp::adj_mul(var_dt, var_268, adj_dt, adj_268, adj_270);
    wp::adj_extract(var_2, var_206, adj_2, adj_206, adj_269);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_258, var_267, adj_258, adj_267, adj_268);
    wp::adj_mul(var_265, var_266, adj_265, adj_266, adj_267);
    wp::adj_extract(var_2, var_259, adj_2, adj_259, adj_266);
    wp::adj_float64(var_264, adj_264, adj_265);
    wp::adj_extract(var_6, var_206, var_259, adj_6, adj_206, adj_259, adj_264);
    wp::adj_mul(var_261, var_262, adj_261, adj_262, adj_263);
    wp::adj_extract(var_2, var_259, adj_2, adj_259, adj_262);
    wp::adj_float64(var_260, adj_260, adj_261);
    wp::adj_extract(var_6, var_206, var_259, adj_6, adj_206, adj_259, adj_260);
    wp::adj_add(var_248, var_257, adj_248, adj_257, adj_258);
    wp::adj_mul(var_255, var_256, adj_255, adj_256, adj_257);
    wp::adj_extract(var_2, var_249, adj_2, adj_249, adj_256);
    wp::adj_float64(var_254, adj_254, adj_255);
    wp::adj_extract(var_6, var_206, var_249, adj_6, adj_206, adj_249, adj_254);
    wp::adj_mul(var_251, var_252, adj_251, adj_252, adj_253);
    wp::adj_extract(var_2, var_249, adj_2, adj_249, adj_252);
    wp::adj_float64(var_250, adj_250, adj_251);
    wp::adj_extract(var_6, var_206, var_249, adj_6, adj_206, adj_249, adj_250);
    wp::adj_add(var_238, var_247, adj_238, adj_247, adj_248);
    wp::adj_mul(var_245, var_246, adj_245, adj_246, adj_247);
    wp::adj_extract(var_2, var_239, adj_2, adj_239, adj_246);
    wp::adj_float64(var_244, adj_244, adj_245);
    wp::adj_extract(var_6, var_206, var_239, adj_6, adj_206, adj_239, adj_244);
    wp::adj_mul(var_241, var_242, adj_241, adj_242, adj_243);
    wp::adj_extract(var_2, var_239, adj_2, adj_239, adj_242);
    wp::adj_float64(var_240, adj_240, adj_241);
    wp::adj_extract(var_6, var_206, var_239, adj_6, adj_206, adj_239, adj_240);
    wp::adj_add(var_228, var_237, adj_228, adj_237, adj_238);
    wp::adj_mul(var_235, var_236, adj_235, adj_236, adj_237);
    wp::adj_extract(var_2, var_229, adj_2, adj_229, adj_236);
    wp::adj_float64(var_234, adj_234, adj_235);
    wp::adj_extract(var_6, var_206, var_229, adj_6, adj_206, adj_229, adj_234);
    wp::adj_mul(var_231, var_232, adj_231, adj_232, adj_233);
    wp::adj_extract(var_2, var_229, adj_2, adj_229, adj_232);
    wp::adj_float64(var_230, adj_230, adj_231);
    wp::adj_extract(var_6, var_206, var_229, adj_6, adj_206, adj_229, adj_230);
    wp::adj_add(var_218, var_227, adj_218, adj_227, adj_228);
    wp::adj_mul(var_225, var_226, adj_225, adj_226, adj_227);
    wp::adj_extract(var_2, var_219, adj_2, adj_219, adj_226);
    wp::adj_float64(var_224, adj_224, adj_225);
    wp::adj_extract(var_6, var_206, var_219, adj_6, adj_206, adj_219, adj_224);
    wp::adj_mul(var_221, var_222, adj_221, adj_222, adj_223);
    wp::adj_extract(var_2, var_219, adj_2, adj_219, adj_222);
    wp::adj_float64(var_220, adj_220, adj_221);
    wp::adj_extract(var_6, var_206, var_219, adj_6, adj_206, adj_219, adj_220);
    wp::adj_add(var_208, var_217, adj_208, adj_217, adj_218);
    wp::adj_mul(var_215, var_216, adj_215, adj_216, adj_217);
    wp::adj_extract(var_2, var_209, adj_2, adj_209, adj_216);
    wp::adj_float64(var_214, adj_214, adj_215);
    wp::adj_extract(var_6, var_206, var_209, adj_6, adj_206, adj_209, adj_214);
    wp::adj_mul(var_211, var_212, adj_211, adj_212, adj_213);
    wp::adj_extract(var_2, var_209, adj_2, adj_209, adj_212);
    wp::adj_float64(var_210, adj_210, adj_211);
    wp::adj_extract(var_6, var_206, var_209, adj_6, adj_206, adj_209, adj_210);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_207, adj_207, adj_208);
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_140, var_205, adj_4, adj_140, adj_205);
    wp::adj_add(var_203, var_204, adj_203, adj_204, adj_205);
    wp::adj_mul(var_dt, var_202, adj_dt, adj_202, adj_204);
    wp::adj_extract(var_2, var_140, adj_2, adj_140, adj_203);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_192, var_201, adj_192, adj_201, adj_202);
    wp::adj_mul(var_199, var_200, adj_199, adj_200, adj_201);
    wp::adj_extract(var_2, var_193, adj_2, adj_193, adj_200);
    wp::adj_float64(var_198, adj_198, adj_199);
    wp::adj_extract(var_6, var_140, var_193, adj_6, adj_140, adj_193, adj_198);
    wp::adj_mul(var_195, var_196, adj_195, adj_196, adj_197);
    wp::adj_extract(var_2, var_193, adj_2, adj_193, adj_196);
    wp::adj_float64(var_194, adj_194, adj_195);
    wp::adj_extract(var_6, var_140, var_193, adj_6, adj_140, adj_193, adj_194);
    wp::adj_add(var_182, var_191, adj_182, adj_191, adj_192);
    wp::adj_mul(var_189, var_190, adj_189, adj_190, adj_191);
    wp::adj_extract(var_2, var_183, adj_2, adj_183, adj_190);
    wp::adj_float64(var_188, adj_188, adj_189);
    wp::adj_extract(var_6, var_140, var_183, adj_6, adj_140, adj_183, adj_188);
    wp::adj_mul(var_185, var_186, adj_185, adj_186, adj_187);
    wp::adj_extract(var_2, var_183, adj_2, adj_183, adj_186);
    wp::adj_float64(var_184, adj_184, adj_185);
    wp::adj_extract(var_6, var_140, var_183, adj_6, adj_140, adj_183, adj_184);
    wp::adj_add(var_172, var_181, adj_172, adj_181, adj_182);
    wp::adj_mul(var_179, var_180, adj_179, adj_180, adj_181);
    wp::adj_extract(var_2, var_173, adj_2, adj_173, adj_180);
    wp::adj_float64(var_178, adj_178, adj_179);
    wp::adj_extract(var_6, var_140, var_173, adj_6, adj_140, adj_173, adj_178);
    wp::adj_mul(var_175, var_176, adj_175, adj_176, adj_177);
    wp::adj_extract(var_2, var_173, adj_2, adj_173, adj_176);
    wp::adj_float64(var_174, adj_174, adj_175);
    wp::adj_extract(var_6, var_140, var_173, adj_6, adj_140, adj_173, adj_174);
    wp::adj_add(var_162, var_171, adj_162, adj_171, adj_172);
    wp::adj_mul(var_169, var_170, adj_169, adj_170, adj_171);
    wp::adj_extract(var_2, var_163, adj_2, adj_163, adj_170);
    wp::adj_float64(var_168, adj_168, adj_169);
    wp::adj_extract(var_6, var_140, var_163, adj_6, adj_140, adj_163, adj_168);
    wp::adj_mul(var_165, var_166, adj_165, adj_166, adj_167);
    wp::adj_extract(var_2, var_163, adj_2, adj_163, adj_166);
    wp::adj_float64(var_164, adj_164, adj_165);
    wp::adj_extract(var_6, var_140, var_163, adj_6, adj_140, adj_163, adj_164);
    wp::adj_add(var_152, var_161, adj_152, adj_161, adj_162);
    wp::adj_mul(var_159, var_160, adj_159, adj_160, adj_161);
    wp::adj_extract(var_2, var_153, adj_2, adj_153, adj_160);
    wp::adj_float64(var_158, adj_158, adj_159);
    wp::adj_extract(var_6, var_140, var_153, adj_6, adj_140, adj_153, adj_158);
    wp::adj_mul(var_155, var_156, adj_155, adj_156, adj_157);
    wp::adj_extract(var_2, var_153, adj_2, adj_153, adj_156);
    wp::adj_float64(var_154, adj_154, adj_155);
    wp::adj_extract(var_6, var_140, var_153, adj_6, adj_140, adj_153, adj_154);
    wp::adj_add(var_142, var_151, adj_142, adj_151, adj_152);
    wp::adj_mul(var_149, var_150, adj_149, adj_150, adj_151);
    wp::adj_extract(var_2, var_143, adj_2, adj_143, adj_150);
    wp::adj_float64(var_148, adj_148, adj_149);
    wp::adj_extract(var_6, var_140, var_143, adj_6, adj_140, adj_143, adj_148);
    wp::adj_mul(var_145, var_146, adj_145, adj_146, adj_147);
    wp::adj_extract(var_2, var_143, adj_2, adj_143, adj_146);
    wp::adj_float64(var_144, adj_144, adj_145);
    wp::adj_extract(var_6, var_140, var_143, adj_6, adj_140, adj_143, adj_144);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_141, adj_141, adj_142);
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_74, var_139, adj_4, adj_74, adj_139);
    wp::adj_add(var_137, var_138, adj_137, adj_138, adj_139);
    wp::adj_mul(var_dt, var_136, adj_dt, adj_136, adj_138);
    wp::adj_extract(var_2, var_74, adj_2, adj_74, adj_137);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_126, var_135, adj_126, adj_135, adj_136);
    wp::adj_mul(var_133, var_134, adj_133, adj_134, adj_135);
    wp::adj_extract(var_2, var_127, adj_2, adj_127, adj_134);
    wp::adj_float64(var_132, adj_132, adj_133);
    wp::adj_extract(var_6, var_74, var_127, adj_6, adj_74, adj_127, adj_132);
    wp::adj_mul(var_129, var_130, adj_129, adj_130, adj_131);
    wp::adj_extract(var_2, var_127, adj_2, adj_127, adj_130);
    wp::adj_float64(var_128, adj_128, adj_129);
    wp::adj_extract(var_6, var_74, var_127, adj_6, adj_74, adj_127, adj_128);
    wp::adj_add(var_116, var_125, adj_116, adj_125, adj_126);
    wp::adj_mul(var_123, var_124, adj_123, adj_124, adj_125);
    wp::adj_extract(var_2, var_117, adj_2, adj_117, adj_124);
    wp::adj_float64(var_122, adj_122, adj_123);
    wp::adj_extract(var_6, var_74, var_117, adj_6, adj_74, adj_117, adj_122);
    wp::adj_mul(var_119, var_120, adj_119, adj_120, adj_121);
    wp::adj_extract(var_2, var_117, adj_2, adj_117, adj_120);
    wp::adj_float64(var_118, adj_118, adj_119);
    wp::adj_extract(var_6, var_74, var_117, adj_6, adj_74, adj_117, adj_118);
    wp::adj_add(var_106, var_115, adj_106, adj_115, adj_116);
    wp::adj_mul(var_113, var_114, adj_113, adj_114, adj_115);
    wp::adj_extract(var_2, var_107, adj_2, adj_107, adj_114);
    wp::adj_float64(var_112, adj_112, adj_113);
    wp::adj_extract(var_6, var_74, var_107, adj_6, adj_74, adj_107, adj_112);
    wp::adj_mul(var_109, var_110, adj_109, adj_110, adj_111);
    wp::adj_extract(var_2, var_107, adj_2, adj_107, adj_110);
    wp::adj_float64(var_108, adj_108, adj_109);
    wp::adj_extract(var_6, var_74, var_107, adj_6, adj_74, adj_107, adj_108);
    wp::adj_add(var_96, var_105, adj_96, adj_105, adj_106);
    wp::adj_mul(var_103, var_104, adj_103, adj_104, adj_105);
    wp::adj_extract(var_2, var_97, adj_2, adj_97, adj_104);
    wp::adj_float64(var_102, adj_102, adj_103);
    wp::adj_extract(var_6, var_74, var_97, adj_6, adj_74, adj_97, adj_102);
    wp::adj_mul(var_99, var_100, adj_99, adj_100, adj_101);
    wp::adj_extract(var_2, var_97, adj_2, adj_97, adj_100);
    wp::adj_float64(var_98, adj_98, adj_99);
    wp::adj_extract(var_6, var_74, var_97, adj_6, adj_74, adj_97, adj_98);
    wp::adj_add(var_86, var_95, adj_86, adj_95, adj_96);
    wp::adj_mul(var_93, var_94, adj_93, adj_94, adj_95);
    wp::adj_extract(var_2, var_87, adj_2, adj_87, adj_94);
    wp::adj_float64(var_92, adj_92, adj_93);
    wp::adj_extract(var_6, var_74, var_87, adj_6, adj_74, adj_87, adj_92);
    wp::adj_mul(var_89, var_90, adj_89, adj_90, adj_91);
    wp::adj_extract(var_2, var_87, adj_2, adj_87, adj_90);
    wp::adj_float64(var_88, adj_88, adj_89);
    wp::adj_extract(var_6, var_74, var_87, adj_6, adj_74, adj_87, adj_88);
    wp::adj_add(var_76, var_85, adj_76, adj_85, adj_86);
    wp::adj_mul(var_83, var_84, adj_83, adj_84, adj_85);
    wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_84);
    wp::adj_float64(var_82, adj_82, adj_83);
    wp::adj_extract(var_6, var_74, var_77, adj_6, adj_74, adj_77, adj_82);
    wp::adj_mul(var_79, var_80, adj_79, adj_80, adj_81);
    wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_80);
    wp::adj_float64(var_78, adj_78, adj_79);
    wp::adj_extract(var_6, var_74, var_77, adj_6, adj_74, adj_77, adj_78);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_75, adj_75, adj_76);
    // adj: acc = wp.float64(0.0)                                                             <L 66>
    wp::adj_assign_inplace(var_4, var_8, var_73, adj_4, adj_8, adj_73);
    wp::adj_add(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_mul(var_dt, var_70, adj_dt, adj_70, adj_72);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_71);
    // adj: y[r] = x[r] + dt * acc                                                            <L 69>
    wp::adj_add(var_60, var_69, adj_60, adj_69, adj_70);
    wp::adj_mul(var_67, var_68, adj_67, adj_68, adj_69);
    wp::adj_extract(var_2, var_61, adj_2, adj_61, adj_68);
    wp::adj_float64(var_66, adj_66, adj_67);
    wp::adj_extract(var_6, var_8, var_61, adj_6, adj_8, adj_61, adj_66);
    wp::adj_mul(var_63, var_64, adj_63, adj_64, adj_65);
    wp::adj_extract(var_2, var_61, adj_2, adj_61, adj_64);
    wp::adj_float64(var_62, adj_62, adj_63);
    wp::adj_extract(var_6, var_8, var_61, adj_6, adj_8, adj_61, adj_62);
    wp::adj_add(var_50, var_59, adj_50, adj_59, adj_60);
    wp::adj_mul(var_57, var_58, adj_57, adj_58, adj_59);
    wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_58);
    wp::adj_float64(var_56, adj_56, adj_57);
    wp::adj_extract(var_6, var_8, var_51, adj_6, adj_8, adj_51, adj_56);
    wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
    wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_54);
    wp::adj_float64(var_52, adj_52, adj_53);
    wp::adj_extract(var_6, var_8, var_51, adj_6, adj_8, adj_51, adj_52);
    wp::adj_add(var_40, var_49, adj_40, adj_49, adj_50);
    wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_48);
    wp::adj_float64(var_46, adj_46, adj_47);
    wp::adj_extract(var_6, var_8, var_41, adj_6, adj_8, adj_41, adj_46);
    wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_44);
    wp::adj_float64(var_42, adj_42, adj_43);
    wp::adj_extract(var_6, var_8, var_41, adj_6, adj_8, adj_41, adj_42);
    wp::adj_add(var_30, var_39, adj_30, adj_39, adj_40);
    wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_38);
    wp::adj_float64(var_36, adj_36, adj_37);
    wp::adj_extract(var_6, var_8, var_31, adj_6, adj_8, adj_31, adj_36);
    wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_34);
    wp::adj_float64(var_32, adj_32, adj_33);
    wp::adj_extract(var_6, var_8, var_31, adj_6, adj_8, adj_31, adj_32);
    wp::adj_add(var_20, var_29, adj_20, adj_29, adj_30);
    wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_28);
    wp::adj_float64(var_26, adj_26, adj_27);
    wp::adj_extract(var_6, var_8, var_21, adj_6, adj_8, adj_21, adj_26);
    wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_24);
    wp::adj_float64(var_22, adj_22, adj_23);
    wp::adj_extract(var_6, var_8, var_21, adj_6, adj_8, adj_21, adj_22);
    wp::adj_add(var_10, var_19, adj_10, adj_19, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_18);
    wp::adj_float64(var_16, adj_16, adj_17);
    wp::adj_extract(var_6, var_8, var_11, adj_6, adj_8, adj_11, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_14);
    wp::adj_float64(var_12, adj_12, adj_13);
    wp::adj_extract(var_6, var_8, var_11, adj_6, adj_8, adj_11, adj_12);
    // adj: acc += wp.float64(K[r, c]) * x[c]                                                 <L 68>
    // adj: for c in range(6):                                                                <L 67>
    wp::adj_float64(var_9, adj_9, adj_10);
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
    wp::launch_bounds_t dim,
    wp_args_big_state_0a90630c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        big_state_0a90630c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void big_state_0a90630c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_big_state_0a90630c *_wp_args,
    wp_args_big_state_0a90630c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        big_state_0a90630c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

