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


// corpus/086_linear_regression.py:4
static void solve_2x2_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 var_d,
    wp::float32 var_e,
    wp::float32 var_f,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    bool & ret_2)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const bool var_8 = false;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const bool var_17 = true;
    //---------
    // forward
    // def solve_2x2(a: float, b: float, c: float, d: float, e: float, f: float):             <L 5>
    // det = a * d - b * c                                                                    <L 6>
    var_0 = wp::mul(var_a, var_d);
    var_1 = wp::mul(var_b, var_c);
    var_2 = wp::sub(var_0, var_1);
    // if wp.abs(det) < 1.0e-12:                                                              <L 7>
    var_3 = wp::abs(var_2);
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return 0.0, 0.0, False                                                             <L 8>
        ret_0 = var_6;
        ret_1 = var_7;
        ret_2 = var_8;
        return;
    }
    // x = (e * d - b * f) / det                                                              <L 9>
    var_9 = wp::mul(var_e, var_d);
    var_10 = wp::mul(var_b, var_f);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::div(var_11, var_2);
    // y = (a * f - e * c) / det                                                              <L 10>
    var_13 = wp::mul(var_a, var_f);
    var_14 = wp::mul(var_e, var_c);
    var_15 = wp::sub(var_13, var_14);
    var_16 = wp::div(var_15, var_2);
    // return x, y, True                                                                      <L 11>
    ret_0 = var_12;
    ret_1 = var_16;
    ret_2 = var_17;
    return;
}


// corpus/086_linear_regression.py:4
static void adj_solve_2x2_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 var_d,
    wp::float32 var_e,
    wp::float32 var_f,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    bool & ret_2,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_c,
    wp::float32 & adj_d,
    wp::float32 & adj_e,
    wp::float32 & adj_f,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    bool & adj_ret_2)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const bool var_8 = false;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const bool var_17 = true;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    //---------
    // forward
    // def solve_2x2(a: float, b: float, c: float, d: float, e: float, f: float):             <L 5>
    // det = a * d - b * c                                                                    <L 6>
    var_0 = wp::mul(var_a, var_d);
    var_1 = wp::mul(var_b, var_c);
    var_2 = wp::sub(var_0, var_1);
    // if wp.abs(det) < 1.0e-12:                                                              <L 7>
    var_3 = wp::abs(var_2);
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return 0.0, 0.0, False                                                             <L 8>
        ret_0 = var_6;
        ret_1 = var_7;
        ret_2 = var_8;
        goto label0;
    }
    // x = (e * d - b * f) / det                                                              <L 9>
    var_9 = wp::mul(var_e, var_d);
    var_10 = wp::mul(var_b, var_f);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::div(var_11, var_2);
    // y = (a * f - e * c) / det                                                              <L 10>
    var_13 = wp::mul(var_a, var_f);
    var_14 = wp::mul(var_e, var_c);
    var_15 = wp::sub(var_13, var_14);
    var_16 = wp::div(var_15, var_2);
    // return x, y, True                                                                      <L 11>
    ret_0 = var_12;
    ret_1 = var_16;
    ret_2 = var_17;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret_2;
    adj_16 += adj_ret_1;
    adj_12 += adj_ret_0;
    // adj: return x, y, True                                                                 <L 11>
    wp::adj_div(var_15, var_2, var_16, adj_15, adj_2, adj_16);
    wp::adj_sub(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_mul(var_e, var_c, adj_e, adj_c, adj_14);
    wp::adj_mul(var_a, var_f, adj_a, adj_f, adj_13);
    // adj: y = (a * f - e * c) / det                                                         <L 10>
    wp::adj_div(var_11, var_2, var_12, adj_11, adj_2, adj_12);
    wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_b, var_f, adj_b, adj_f, adj_10);
    wp::adj_mul(var_e, var_d, adj_e, adj_d, adj_9);
    // adj: x = (e * d - b * f) / det                                                         <L 9>
    if (var_5) {
        label0:;
        adj_8 += adj_ret_2;
        adj_7 += adj_ret_1;
        adj_6 += adj_ret_0;
        // adj: return 0.0, 0.0, False                                                        <L 8>
    }
    wp::adj_abs(var_2, adj_2, adj_3);
    // adj: if wp.abs(det) < 1.0e-12:                                                         <L 7>
    wp::adj_sub(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_b, var_c, adj_b, adj_c, adj_1);
    wp::adj_mul(var_a, var_d, adj_a, adj_d, adj_0);
    // adj: det = a * d - b * c                                                               <L 6>
    // adj: def solve_2x2(a: float, b: float, c: float, d: float, e: float, f: float):        <L 5>
    return;
}

struct wp_args_accumulate_moments_70d2f490 {
    wp::array_t<wp::float32> xs;
    wp::array_t<wp::float32> ys;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::int32> group;
    wp::array_t<wp::float32> moments;
};


void accumulate_moments_70d2f490_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_moments_70d2f490 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::float32> var_ys = _wp_args->ys;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::float32> var_moments = _wp_args->moments;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 3;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 4;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 5;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // forward
    // def accumulate_moments(xs: wp.array(dtype=float), ys: wp.array(dtype=float), weights: wp.array(dtype=float), group: wp.array(dtype=int), moments: wp.array2d(dtype=float)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // g = group[i]                                                                           <L 17>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[i]                                                                         <L 18>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = xs[i]                                                                              <L 19>
    var_7 = wp::address(var_xs, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // y = ys[i]                                                                              <L 20>
    var_10 = wp::address(var_ys, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // wp.atomic_add(moments, g, 0, w)                                                        <L 21>
    var_14 = wp::atomic_add(var_moments, var_2, var_13, var_5);
    // wp.atomic_add(moments, g, 1, w * x)                                                    <L 22>
    var_16 = wp::mul(var_5, var_8);
    var_17 = wp::atomic_add(var_moments, var_2, var_15, var_16);
    // wp.atomic_add(moments, g, 2, w * y)                                                    <L 23>
    var_19 = wp::mul(var_5, var_11);
    var_20 = wp::atomic_add(var_moments, var_2, var_18, var_19);
    // wp.atomic_add(moments, g, 3, w * x * x)                                                <L 24>
    var_22 = wp::mul(var_5, var_8);
    var_23 = wp::mul(var_22, var_8);
    var_24 = wp::atomic_add(var_moments, var_2, var_21, var_23);
    // wp.atomic_add(moments, g, 4, w * x * y)                                                <L 25>
    var_26 = wp::mul(var_5, var_8);
    var_27 = wp::mul(var_26, var_11);
    var_28 = wp::atomic_add(var_moments, var_2, var_25, var_27);
    // wp.atomic_add(moments, g, 5, w * y * y)                                                <L 26>
    var_30 = wp::mul(var_5, var_11);
    var_31 = wp::mul(var_30, var_11);
    var_32 = wp::atomic_add(var_moments, var_2, var_29, var_31);
}



void accumulate_moments_70d2f490_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_moments_70d2f490 *_wp_args,
    wp_args_accumulate_moments_70d2f490 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::float32> var_ys = _wp_args->ys;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::float32> var_moments = _wp_args->moments;
    wp::array_t<wp::float32> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::float32> adj_ys = _wp_adj_args->ys;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::int32> adj_group = _wp_adj_args->group;
    wp::array_t<wp::float32> adj_moments = _wp_adj_args->moments;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 3;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 4;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 5;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def accumulate_moments(xs: wp.array(dtype=float), ys: wp.array(dtype=float), weights: wp.array(dtype=float), group: wp.array(dtype=int), moments: wp.array2d(dtype=float)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // g = group[i]                                                                           <L 17>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[i]                                                                         <L 18>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = xs[i]                                                                              <L 19>
    var_7 = wp::address(var_xs, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // y = ys[i]                                                                              <L 20>
    var_10 = wp::address(var_ys, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // wp.atomic_add(moments, g, 0, w)                                                        <L 21>
    // var_14 = wp::atomic_add(var_moments, var_2, var_13, var_5);
    // wp.atomic_add(moments, g, 1, w * x)                                                    <L 22>
    var_16 = wp::mul(var_5, var_8);
    // var_17 = wp::atomic_add(var_moments, var_2, var_15, var_16);
    // wp.atomic_add(moments, g, 2, w * y)                                                    <L 23>
    var_19 = wp::mul(var_5, var_11);
    // var_20 = wp::atomic_add(var_moments, var_2, var_18, var_19);
    // wp.atomic_add(moments, g, 3, w * x * x)                                                <L 24>
    var_22 = wp::mul(var_5, var_8);
    var_23 = wp::mul(var_22, var_8);
    // var_24 = wp::atomic_add(var_moments, var_2, var_21, var_23);
    // wp.atomic_add(moments, g, 4, w * x * y)                                                <L 25>
    var_26 = wp::mul(var_5, var_8);
    var_27 = wp::mul(var_26, var_11);
    // var_28 = wp::atomic_add(var_moments, var_2, var_25, var_27);
    // wp.atomic_add(moments, g, 5, w * y * y)                                                <L 26>
    var_30 = wp::mul(var_5, var_11);
    var_31 = wp::mul(var_30, var_11);
    // var_32 = wp::atomic_add(var_moments, var_2, var_29, var_31);
    //---------
    // reverse
    wp::adj_atomic_add(var_moments, var_2, var_29, var_31, adj_moments, adj_2, adj_29, adj_31, adj_32);
    wp::adj_mul(var_30, var_11, adj_30, adj_11, adj_31);
    wp::adj_mul(var_5, var_11, adj_5, adj_11, adj_30);
    // adj: wp.atomic_add(moments, g, 5, w * y * y)                                           <L 26>
    wp::adj_atomic_add(var_moments, var_2, var_25, var_27, adj_moments, adj_2, adj_25, adj_27, adj_28);
    wp::adj_mul(var_26, var_11, adj_26, adj_11, adj_27);
    wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_26);
    // adj: wp.atomic_add(moments, g, 4, w * x * y)                                           <L 25>
    wp::adj_atomic_add(var_moments, var_2, var_21, var_23, adj_moments, adj_2, adj_21, adj_23, adj_24);
    wp::adj_mul(var_22, var_8, adj_22, adj_8, adj_23);
    wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_22);
    // adj: wp.atomic_add(moments, g, 3, w * x * x)                                           <L 24>
    wp::adj_atomic_add(var_moments, var_2, var_18, var_19, adj_moments, adj_2, adj_18, adj_19, adj_20);
    wp::adj_mul(var_5, var_11, adj_5, adj_11, adj_19);
    // adj: wp.atomic_add(moments, g, 2, w * y)                                               <L 23>
    wp::adj_atomic_add(var_moments, var_2, var_15, var_16, adj_moments, adj_2, adj_15, adj_16, adj_17);
    wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_16);
    // adj: wp.atomic_add(moments, g, 1, w * x)                                               <L 22>
    wp::adj_atomic_add(var_moments, var_2, var_13, var_5, adj_moments, adj_2, adj_13, adj_5, adj_14);
    // adj: wp.atomic_add(moments, g, 0, w)                                                   <L 21>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_ys, var_0, adj_ys, adj_0, adj_10);
    // adj: y = ys[i]                                                                         <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_7);
    // adj: x = xs[i]                                                                         <L 19>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: w = weights[i]                                                                    <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
    // adj: g = group[i]                                                                      <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def accumulate_moments(xs: wp.array(dtype=float), ys: wp.array(dtype=float), weights: wp.array(dtype=float), group: wp.array(dtype=int), moments: wp.array2d(dtype=float)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void accumulate_moments_70d2f490_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_moments_70d2f490 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_moments_70d2f490_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void accumulate_moments_70d2f490_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_moments_70d2f490 *_wp_args,
    wp_args_accumulate_moments_70d2f490 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_moments_70d2f490_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_fit_lines_b2a8f6d4 {
    wp::array_t<wp::float32> moments;
    wp::array_t<wp::float32> slope;
    wp::array_t<wp::float32> intercept;
    wp::array_t<wp::float32> r2;
    wp::array_t<bool> valid;
};


void fit_lines_b2a8f6d4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fit_lines_b2a8f6d4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_moments = _wp_args->moments;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    wp::array_t<wp::float32> var_intercept = _wp_args->intercept;
    wp::array_t<wp::float32> var_r2 = _wp_args->r2;
    wp::array_t<bool> var_valid = _wp_args->valid;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 3;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 4;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 5;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::float32 var_47 = 2.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    const wp::float32 var_57 = 1.0;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 1.0;
    //---------
    // forward
    // def fit_lines(moments: wp.array2d(dtype=float), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), r2: wp.array(dtype=float), valid: wp.array(dtype=wp.bool)):       <L 30>
    // g = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // sw = moments[g, 0]                                                                     <L 32>
    var_2 = wp::address(var_moments, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sx = moments[g, 1]                                                                     <L 33>
    var_6 = wp::address(var_moments, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // sy = moments[g, 2]                                                                     <L 34>
    var_10 = wp::address(var_moments, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // sxx = moments[g, 3]                                                                    <L 35>
    var_14 = wp::address(var_moments, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // sxy = moments[g, 4]                                                                    <L 36>
    var_18 = wp::address(var_moments, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // syy = moments[g, 5]                                                                    <L 37>
    var_22 = wp::address(var_moments, var_0, var_21);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // m, c, ok = solve_2x2(sxx, sx, sx, sw, sxy, sy)                                         <L 39>
    solve_2x2_0(var_15, var_7, var_7, var_3, var_19, var_11, var_25, var_26, var_27);
    // valid[g] = ok                                                                          <L 40>
    wp::array_store(var_valid, var_0, var_27);
    // if not ok:                                                                             <L 41>
    var_28 = wp::unot(var_27);
    if (var_28) {
        // slope[g] = 0.0                                                                     <L 42>
        wp::array_store(var_slope, var_0, var_29);
        // intercept[g] = 0.0                                                                 <L 43>
        wp::array_store(var_intercept, var_0, var_30);
        // r2[g] = 0.0                                                                        <L 44>
        wp::array_store(var_r2, var_0, var_31);
        // return                                                                             <L 45>
        return;
    }
    // slope[g] = m                                                                           <L 46>
    wp::array_store(var_slope, var_0, var_25);
    // intercept[g] = c                                                                       <L 47>
    wp::array_store(var_intercept, var_0, var_26);
    // mean_y = sy / sw                                                                       <L 48>
    var_32 = wp::div(var_11, var_3);
    // ss_tot = syy - sw * mean_y * mean_y                                                    <L 49>
    var_33 = wp::mul(var_3, var_32);
    var_34 = wp::mul(var_33, var_32);
    var_35 = wp::sub(var_23, var_34);
    // ss_res = syy - 2.0 * m * sxy - 2.0 * c * sy + m * m * sxx + 2.0 * m * c * sx + c * c * sw       <L 50>
    var_37 = wp::mul(var_36, var_25);
    var_38 = wp::mul(var_37, var_19);
    var_39 = wp::sub(var_23, var_38);
    var_41 = wp::mul(var_40, var_26);
    var_42 = wp::mul(var_41, var_11);
    var_43 = wp::sub(var_39, var_42);
    var_44 = wp::mul(var_25, var_25);
    var_45 = wp::mul(var_44, var_15);
    var_46 = wp::add(var_43, var_45);
    var_48 = wp::mul(var_47, var_25);
    var_49 = wp::mul(var_48, var_26);
    var_50 = wp::mul(var_49, var_7);
    var_51 = wp::add(var_46, var_50);
    var_52 = wp::mul(var_26, var_26);
    var_53 = wp::mul(var_52, var_3);
    var_54 = wp::add(var_51, var_53);
    // if ss_tot > 0.0:                                                                       <L 51>
    var_56 = (var_35 > var_55);
    if (var_56) {
        // r2[g] = 1.0 - ss_res / ss_tot                                                      <L 52>
        var_58 = wp::div(var_54, var_35);
        var_59 = wp::sub(var_57, var_58);
        wp::array_store(var_r2, var_0, var_59);
    }
    if (!var_56) {
        // r2[g] = 1.0                                                                        <L 54>
        wp::array_store(var_r2, var_0, var_60);
    }
}



void fit_lines_b2a8f6d4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fit_lines_b2a8f6d4 *_wp_args,
    wp_args_fit_lines_b2a8f6d4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_moments = _wp_args->moments;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    wp::array_t<wp::float32> var_intercept = _wp_args->intercept;
    wp::array_t<wp::float32> var_r2 = _wp_args->r2;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::float32> adj_moments = _wp_adj_args->moments;
    wp::array_t<wp::float32> adj_slope = _wp_adj_args->slope;
    wp::array_t<wp::float32> adj_intercept = _wp_adj_args->intercept;
    wp::array_t<wp::float32> adj_r2 = _wp_adj_args->r2;
    wp::array_t<bool> adj_valid = _wp_adj_args->valid;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 3;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 4;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 5;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::float32 var_47 = 2.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    const wp::float32 var_57 = 1.0;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 1.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    //---------
    // forward
    // def fit_lines(moments: wp.array2d(dtype=float), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), r2: wp.array(dtype=float), valid: wp.array(dtype=wp.bool)):       <L 30>
    // g = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // sw = moments[g, 0]                                                                     <L 32>
    var_2 = wp::address(var_moments, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sx = moments[g, 1]                                                                     <L 33>
    var_6 = wp::address(var_moments, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // sy = moments[g, 2]                                                                     <L 34>
    var_10 = wp::address(var_moments, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // sxx = moments[g, 3]                                                                    <L 35>
    var_14 = wp::address(var_moments, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // sxy = moments[g, 4]                                                                    <L 36>
    var_18 = wp::address(var_moments, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // syy = moments[g, 5]                                                                    <L 37>
    var_22 = wp::address(var_moments, var_0, var_21);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // m, c, ok = solve_2x2(sxx, sx, sx, sw, sxy, sy)                                         <L 39>
    solve_2x2_0(var_15, var_7, var_7, var_3, var_19, var_11, var_25, var_26, var_27);
    // valid[g] = ok                                                                          <L 40>
    // wp::array_store(var_valid, var_0, var_27);
    // if not ok:                                                                             <L 41>
    var_28 = wp::unot(var_27);
    if (var_28) {
        // slope[g] = 0.0                                                                     <L 42>
        // wp::array_store(var_slope, var_0, var_29);
        // intercept[g] = 0.0                                                                 <L 43>
        // wp::array_store(var_intercept, var_0, var_30);
        // r2[g] = 0.0                                                                        <L 44>
        // wp::array_store(var_r2, var_0, var_31);
        // return                                                                             <L 45>
        goto label0;
    }
    // slope[g] = m                                                                           <L 46>
    // wp::array_store(var_slope, var_0, var_25);
    // intercept[g] = c                                                                       <L 47>
    // wp::array_store(var_intercept, var_0, var_26);
    // mean_y = sy / sw                                                                       <L 48>
    var_32 = wp::div(var_11, var_3);
    // ss_tot = syy - sw * mean_y * mean_y                                                    <L 49>
    var_33 = wp::mul(var_3, var_32);
    var_34 = wp::mul(var_33, var_32);
    var_35 = wp::sub(var_23, var_34);
    // ss_res = syy - 2.0 * m * sxy - 2.0 * c * sy + m * m * sxx + 2.0 * m * c * sx + c * c * sw       <L 50>
    var_37 = wp::mul(var_36, var_25);
    var_38 = wp::mul(var_37, var_19);
    var_39 = wp::sub(var_23, var_38);
    var_41 = wp::mul(var_40, var_26);
    var_42 = wp::mul(var_41, var_11);
    var_43 = wp::sub(var_39, var_42);
    var_44 = wp::mul(var_25, var_25);
    var_45 = wp::mul(var_44, var_15);
    var_46 = wp::add(var_43, var_45);
    var_48 = wp::mul(var_47, var_25);
    var_49 = wp::mul(var_48, var_26);
    var_50 = wp::mul(var_49, var_7);
    var_51 = wp::add(var_46, var_50);
    var_52 = wp::mul(var_26, var_26);
    var_53 = wp::mul(var_52, var_3);
    var_54 = wp::add(var_51, var_53);
    // if ss_tot > 0.0:                                                                       <L 51>
    var_56 = (var_35 > var_55);
    if (var_56) {
        // r2[g] = 1.0 - ss_res / ss_tot                                                      <L 52>
        var_58 = wp::div(var_54, var_35);
        var_59 = wp::sub(var_57, var_58);
        // wp::array_store(var_r2, var_0, var_59);
    }
    if (!var_56) {
        // r2[g] = 1.0                                                                        <L 54>
        // wp::array_store(var_r2, var_0, var_60);
    }
    //---------
    // reverse
    if (!var_56) {
        wp::adj_array_store(var_r2, var_0, var_60, adj_r2, adj_0, adj_60);
        // adj: r2[g] = 1.0                                                                   <L 54>
    }
    if (var_56) {
        wp::adj_array_store(var_r2, var_0, var_59, adj_r2, adj_0, adj_59);
        wp::adj_sub(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_div(var_54, var_35, var_58, adj_54, adj_35, adj_58);
        // adj: r2[g] = 1.0 - ss_res / ss_tot                                                 <L 52>
    }
    // adj: if ss_tot > 0.0:                                                                  <L 51>
    wp::adj_add(var_51, var_53, adj_51, adj_53, adj_54);
    wp::adj_mul(var_52, var_3, adj_52, adj_3, adj_53);
    wp::adj_mul(var_26, var_26, adj_26, adj_26, adj_52);
    wp::adj_add(var_46, var_50, adj_46, adj_50, adj_51);
    wp::adj_mul(var_49, var_7, adj_49, adj_7, adj_50);
    wp::adj_mul(var_48, var_26, adj_48, adj_26, adj_49);
    wp::adj_mul(var_47, var_25, adj_47, adj_25, adj_48);
    wp::adj_add(var_43, var_45, adj_43, adj_45, adj_46);
    wp::adj_mul(var_44, var_15, adj_44, adj_15, adj_45);
    wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_44);
    wp::adj_sub(var_39, var_42, adj_39, adj_42, adj_43);
    wp::adj_mul(var_41, var_11, adj_41, adj_11, adj_42);
    wp::adj_mul(var_40, var_26, adj_40, adj_26, adj_41);
    wp::adj_sub(var_23, var_38, adj_23, adj_38, adj_39);
    wp::adj_mul(var_37, var_19, adj_37, adj_19, adj_38);
    wp::adj_mul(var_36, var_25, adj_36, adj_25, adj_37);
    // adj: ss_res = syy - 2.0 * m * sxy - 2.0 * c * sy + m * m * sxx + 2.0 * m * c * sx + c * c * sw  <L 50>
    wp::adj_sub(var_23, var_34, adj_23, adj_34, adj_35);
    wp::adj_mul(var_33, var_32, adj_33, adj_32, adj_34);
    wp::adj_mul(var_3, var_32, adj_3, adj_32, adj_33);
    // adj: ss_tot = syy - sw * mean_y * mean_y                                               <L 49>
    wp::adj_div(var_11, var_3, var_32, adj_11, adj_3, adj_32);
    // adj: mean_y = sy / sw                                                                  <L 48>
    wp::adj_array_store(var_intercept, var_0, var_26, adj_intercept, adj_0, adj_26);
    // adj: intercept[g] = c                                                                  <L 47>
    wp::adj_array_store(var_slope, var_0, var_25, adj_slope, adj_0, adj_25);
    // adj: slope[g] = m                                                                      <L 46>
    if (var_28) {
        label0:;
        // adj: return                                                                        <L 45>
        wp::adj_array_store(var_r2, var_0, var_31, adj_r2, adj_0, adj_31);
        // adj: r2[g] = 0.0                                                                   <L 44>
        wp::adj_array_store(var_intercept, var_0, var_30, adj_intercept, adj_0, adj_30);
        // adj: intercept[g] = 0.0                                                            <L 43>
        wp::adj_array_store(var_slope, var_0, var_29, adj_slope, adj_0, adj_29);
        // adj: slope[g] = 0.0                                                                <L 42>
    }
    // adj: if not ok:                                                                        <L 41>
    wp::adj_array_store(var_valid, var_0, var_27, adj_valid, adj_0, adj_27);
    // adj: valid[g] = ok                                                                     <L 40>
    adj_solve_2x2_0(var_15, var_7, var_7, var_3, var_19, var_11, var_25, var_26, var_27, adj_15, adj_7, adj_7, adj_3, adj_19, adj_11, adj_25, adj_26, adj_27);
    // adj: m, c, ok = solve_2x2(sxx, sx, sx, sw, sxy, sy)                                    <L 39>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_moments, var_0, var_21, adj_moments, adj_0, adj_21, adj_22);
    // adj: syy = moments[g, 5]                                                               <L 37>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_moments, var_0, var_17, adj_moments, adj_0, adj_17, adj_18);
    // adj: sxy = moments[g, 4]                                                               <L 36>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_moments, var_0, var_13, adj_moments, adj_0, adj_13, adj_14);
    // adj: sxx = moments[g, 3]                                                               <L 35>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_moments, var_0, var_9, adj_moments, adj_0, adj_9, adj_10);
    // adj: sy = moments[g, 2]                                                                <L 34>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_moments, var_0, var_5, adj_moments, adj_0, adj_5, adj_6);
    // adj: sx = moments[g, 1]                                                                <L 33>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_moments, var_0, var_1, adj_moments, adj_0, adj_1, adj_2);
    // adj: sw = moments[g, 0]                                                                <L 32>
    // adj: g = wp.tid()                                                                      <L 31>
    // adj: def fit_lines(moments: wp.array2d(dtype=float), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), r2: wp.array(dtype=float), valid: wp.array(dtype=wp.bool)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fit_lines_b2a8f6d4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_lines_b2a8f6d4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fit_lines_b2a8f6d4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fit_lines_b2a8f6d4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_lines_b2a8f6d4 *_wp_args,
    wp_args_fit_lines_b2a8f6d4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fit_lines_b2a8f6d4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_residuals_a52a05ef {
    wp::array_t<wp::float32> xs;
    wp::array_t<wp::float32> ys;
    wp::array_t<wp::int32> group;
    wp::array_t<wp::float32> slope;
    wp::array_t<wp::float32> intercept;
    wp::array_t<wp::float32> res;
    wp::array_t<wp::float32> max_abs;
};


void residuals_a52a05ef_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residuals_a52a05ef *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::float32> var_ys = _wp_args->ys;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    wp::array_t<wp::float32> var_intercept = _wp_args->intercept;
    wp::array_t<wp::float32> var_res = _wp_args->res;
    wp::array_t<wp::float32> var_max_abs = _wp_args->max_abs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def residuals(xs: wp.array(dtype=float), ys: wp.array(dtype=float), group: wp.array(dtype=int), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), res: wp.array(dtype=float), max_abs: wp.array(dtype=float)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // g = group[i]                                                                           <L 60>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = ys[i] - (slope[g] * xs[i] + intercept[g])                                          <L 61>
    var_4 = wp::address(var_ys, var_0);
    var_5 = wp::address(var_slope, var_2);
    var_6 = wp::address(var_xs, var_0);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::address(var_intercept, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_7, var_12);
    var_14 = wp::load(var_4);
    var_13 = wp::sub(var_14, var_11);
    // res[i] = r                                                                             <L 62>
    wp::array_store(var_res, var_0, var_13);
    // wp.atomic_max(max_abs, g, wp.abs(r))                                                   <L 63>
    var_15 = wp::abs(var_13);
    var_16 = wp::atomic_max(var_max_abs, var_2, var_15);
}



void residuals_a52a05ef_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residuals_a52a05ef *_wp_args,
    wp_args_residuals_a52a05ef *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::float32> var_ys = _wp_args->ys;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    wp::array_t<wp::float32> var_intercept = _wp_args->intercept;
    wp::array_t<wp::float32> var_res = _wp_args->res;
    wp::array_t<wp::float32> var_max_abs = _wp_args->max_abs;
    wp::array_t<wp::float32> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::float32> adj_ys = _wp_adj_args->ys;
    wp::array_t<wp::int32> adj_group = _wp_adj_args->group;
    wp::array_t<wp::float32> adj_slope = _wp_adj_args->slope;
    wp::array_t<wp::float32> adj_intercept = _wp_adj_args->intercept;
    wp::array_t<wp::float32> adj_res = _wp_adj_args->res;
    wp::array_t<wp::float32> adj_max_abs = _wp_adj_args->max_abs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def residuals(xs: wp.array(dtype=float), ys: wp.array(dtype=float), group: wp.array(dtype=int), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), res: wp.array(dtype=float), max_abs: wp.array(dtype=float)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // g = group[i]                                                                           <L 60>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = ys[i] - (slope[g] * xs[i] + intercept[g])                                          <L 61>
    var_4 = wp::address(var_ys, var_0);
    var_5 = wp::address(var_slope, var_2);
    var_6 = wp::address(var_xs, var_0);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::address(var_intercept, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_7, var_12);
    var_14 = wp::load(var_4);
    var_13 = wp::sub(var_14, var_11);
    // res[i] = r                                                                             <L 62>
    // wp::array_store(var_res, var_0, var_13);
    // wp.atomic_max(max_abs, g, wp.abs(r))                                                   <L 63>
    var_15 = wp::abs(var_13);
    // var_16 = wp::atomic_max(var_max_abs, var_2, var_15);
    //---------
    // reverse
    wp::adj_atomic_max(var_max_abs, var_2, var_15, adj_max_abs, adj_2, adj_15, adj_16);
    wp::adj_abs(var_13, adj_13, adj_15);
    // adj: wp.atomic_max(max_abs, g, wp.abs(r))                                              <L 63>
    wp::adj_array_store(var_res, var_0, var_13, adj_res, adj_0, adj_13);
    // adj: res[i] = r                                                                        <L 62>
    wp::adj_sub(var_14, var_11, adj_4, adj_11, adj_13);
    wp::adj_add(var_7, var_12, adj_7, adj_10, adj_11);
    wp::adj_address(var_intercept, var_2, adj_intercept, adj_2, adj_10);
    wp::adj_mul(var_8, var_9, adj_5, adj_6, adj_7);
    wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_6);
    wp::adj_address(var_slope, var_2, adj_slope, adj_2, adj_5);
    wp::adj_address(var_ys, var_0, adj_ys, adj_0, adj_4);
    // adj: r = ys[i] - (slope[g] * xs[i] + intercept[g])                                     <L 61>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
    // adj: g = group[i]                                                                      <L 60>
    // adj: i = wp.tid()                                                                      <L 59>
    // adj: def residuals(xs: wp.array(dtype=float), ys: wp.array(dtype=float), group: wp.array(dtype=int), slope: wp.array(dtype=float), intercept: wp.array(dtype=float), res: wp.array(dtype=float), max_abs: wp.array(dtype=float)):  <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void residuals_a52a05ef_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residuals_a52a05ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residuals_a52a05ef_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void residuals_a52a05ef_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residuals_a52a05ef *_wp_args,
    wp_args_residuals_a52a05ef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residuals_a52a05ef_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_huber_reweight_5f180200 {
    wp::array_t<wp::float32> res;
    wp::float32 delta;
    wp::array_t<wp::float32> weights;
};


void huber_reweight_5f180200_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_huber_reweight_5f180200 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_res = _wp_args->res;
    wp::float32 var_delta = _wp_args->delta;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    //---------
    // forward
    // def huber_reweight(res: wp.array(dtype=float), delta: float, weights: wp.array(dtype=float)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // a = wp.abs(res[i])                                                                     <L 69>
    var_1 = wp::address(var_res, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    // if a <= delta:                                                                         <L 70>
    var_4 = (var_2 <= var_delta);
    if (var_4) {
        // weights[i] = 1.0                                                                   <L 71>
        wp::array_store(var_weights, var_0, var_5);
    }
    if (!var_4) {
        // weights[i] = delta / a                                                             <L 73>
        var_6 = wp::div(var_delta, var_2);
        wp::array_store(var_weights, var_0, var_6);
    }
}



void huber_reweight_5f180200_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_huber_reweight_5f180200 *_wp_args,
    wp_args_huber_reweight_5f180200 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_res = _wp_args->res;
    wp::float32 var_delta = _wp_args->delta;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> adj_res = _wp_adj_args->res;
    wp::float32 adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def huber_reweight(res: wp.array(dtype=float), delta: float, weights: wp.array(dtype=float)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // a = wp.abs(res[i])                                                                     <L 69>
    var_1 = wp::address(var_res, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    // if a <= delta:                                                                         <L 70>
    var_4 = (var_2 <= var_delta);
    if (var_4) {
        // weights[i] = 1.0                                                                   <L 71>
        // wp::array_store(var_weights, var_0, var_5);
    }
    if (!var_4) {
        // weights[i] = delta / a                                                             <L 73>
        var_6 = wp::div(var_delta, var_2);
        // wp::array_store(var_weights, var_0, var_6);
    }
    //---------
    // reverse
    if (!var_4) {
        wp::adj_array_store(var_weights, var_0, var_6, adj_weights, adj_0, adj_6);
        wp::adj_div(var_delta, var_2, var_6, adj_delta, adj_2, adj_6);
        // adj: weights[i] = delta / a                                                        <L 73>
    }
    if (var_4) {
        wp::adj_array_store(var_weights, var_0, var_5, adj_weights, adj_0, adj_5);
        // adj: weights[i] = 1.0                                                              <L 71>
    }
    // adj: if a <= delta:                                                                    <L 70>
    wp::adj_abs(var_3, adj_1, adj_2);
    wp::adj_address(var_res, var_0, adj_res, adj_0, adj_1);
    // adj: a = wp.abs(res[i])                                                                <L 69>
    // adj: i = wp.tid()                                                                      <L 68>
    // adj: def huber_reweight(res: wp.array(dtype=float), delta: float, weights: wp.array(dtype=float)):  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void huber_reweight_5f180200_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_huber_reweight_5f180200 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        huber_reweight_5f180200_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void huber_reweight_5f180200_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_huber_reweight_5f180200 *_wp_args,
    wp_args_huber_reweight_5f180200 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        huber_reweight_5f180200_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

