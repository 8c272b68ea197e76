
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


// corpus/194_while_cond_calls_nested_ternary.py:4
static wp::float32 residual_0(
    wp::float32 var_x,
    wp::float32 var_target)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def residual(x: float, target: float) -> float:                                        <L 5>
    // return x * x - target                                                                  <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::sub(var_0, var_target);
    return var_1;
}


// corpus/194_while_cond_calls_nested_ternary.py:9
static wp::float32 step_size_0(
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.01;
    bool var_6;
    const wp::float32 var_7 = 0.1;
    const wp::float32 var_8 = 0.01;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def step_size(r: float) -> float:                                                      <L 10>
    // return 0.5 if wp.abs(r) > 1.0 else (0.1 if wp.abs(r) > 0.01 else 0.01)                 <L 11>
    var_0 = wp::abs(var_r);
    var_2 = (var_0 > var_1);
    if (var_2) {
    }
    if (!var_2) {
        var_4 = wp::abs(var_r);
        var_6 = (var_4 > var_5);
        if (var_6) {
        }
        if (!var_6) {
        }
        var_9 = wp::where(var_6, var_7, var_8);
    }
    var_10 = wp::where(var_2, var_3, var_9);
    return var_10;
}


// corpus/194_while_cond_calls_nested_ternary.py:14
static void stats4_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 var_d,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & ret_3)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.25;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def stats4(a: float, b: float, c: float, d: float):                                    <L 15>
    // s = a + b + c + d                                                                      <L 16>
    var_0 = wp::add(var_a, var_b);
    var_1 = wp::add(var_0, var_c);
    var_2 = wp::add(var_1, var_d);
    // m = s * 0.25                                                                           <L 17>
    var_4 = wp::mul(var_2, var_3);
    // lo = wp.min(wp.min(a, b), wp.min(c, d))                                                <L 18>
    var_5 = wp::min(var_a, var_b);
    var_6 = wp::min(var_c, var_d);
    var_7 = wp::min(var_5, var_6);
    // hi = wp.max(wp.max(a, b), wp.max(c, d))                                                <L 19>
    var_8 = wp::max(var_a, var_b);
    var_9 = wp::max(var_c, var_d);
    var_10 = wp::max(var_8, var_9);
    // return s, m, lo, hi                                                                    <L 20>
    ret_0 = var_2;
    ret_1 = var_4;
    ret_2 = var_7;
    ret_3 = var_10;
    return;
}


// corpus/194_while_cond_calls_nested_ternary.py:4
static void adj_residual_0(
    wp::float32 var_x,
    wp::float32 var_target,
    wp::float32 & adj_x,
    wp::float32 & adj_target,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def residual(x: float, target: float) -> float:                                        <L 5>
    // return x * x - target                                                                  <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::sub(var_0, var_target);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_target, adj_0, adj_target, adj_1);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x - target                                                             <L 6>
    // adj: def residual(x: float, target: float) -> float:                                   <L 5>
    return;
}


// corpus/194_while_cond_calls_nested_ternary.py:9
static void adj_step_size_0(
    wp::float32 var_r,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.01;
    bool var_6;
    const wp::float32 var_7 = 0.1;
    const wp::float32 var_8 = 0.01;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def step_size(r: float) -> float:                                                      <L 10>
    // return 0.5 if wp.abs(r) > 1.0 else (0.1 if wp.abs(r) > 0.01 else 0.01)                 <L 11>
    var_0 = wp::abs(var_r);
    var_2 = (var_0 > var_1);
    if (var_2) {
    }
    if (!var_2) {
        var_4 = wp::abs(var_r);
        var_6 = (var_4 > var_5);
        if (var_6) {
        }
        if (!var_6) {
        }
        var_9 = wp::where(var_6, var_7, var_8);
    }
    var_10 = wp::where(var_2, var_3, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_where(var_2, var_3, var_9, adj_2, adj_3, adj_9, adj_10);
    if (!var_2) {
        wp::adj_where(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        if (!var_6) {
        }
        if (var_6) {
        }
        wp::adj_abs(var_r, adj_r, adj_4);
    }
    if (var_2) {
    }
    wp::adj_abs(var_r, adj_r, adj_0);
    // adj: return 0.5 if wp.abs(r) > 1.0 else (0.1 if wp.abs(r) > 0.01 else 0.01)            <L 11>
    // adj: def step_size(r: float) -> float:                                                 <L 10>
    return;
}


// corpus/194_while_cond_calls_nested_ternary.py:14
static void adj_stats4_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 var_d,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & ret_3,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_c,
    wp::float32 & adj_d,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2,
    wp::float32 & adj_ret_3)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.25;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def stats4(a: float, b: float, c: float, d: float):                                    <L 15>
    // s = a + b + c + d                                                                      <L 16>
    var_0 = wp::add(var_a, var_b);
    var_1 = wp::add(var_0, var_c);
    var_2 = wp::add(var_1, var_d);
    // m = s * 0.25                                                                           <L 17>
    var_4 = wp::mul(var_2, var_3);
    // lo = wp.min(wp.min(a, b), wp.min(c, d))                                                <L 18>
    var_5 = wp::min(var_a, var_b);
    var_6 = wp::min(var_c, var_d);
    var_7 = wp::min(var_5, var_6);
    // hi = wp.max(wp.max(a, b), wp.max(c, d))                                                <L 19>
    var_8 = wp::max(var_a, var_b);
    var_9 = wp::max(var_c, var_d);
    var_10 = wp::max(var_8, var_9);
    // return s, m, lo, hi                                                                    <L 20>
    ret_0 = var_2;
    ret_1 = var_4;
    ret_2 = var_7;
    ret_3 = var_10;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret_3;
    adj_7 += adj_ret_2;
    adj_4 += adj_ret_1;
    adj_2 += adj_ret_0;
    // adj: return s, m, lo, hi                                                               <L 20>
    wp::adj_max(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_max(var_c, var_d, adj_c, adj_d, adj_9);
    wp::adj_max(var_a, var_b, adj_a, adj_b, adj_8);
    // adj: hi = wp.max(wp.max(a, b), wp.max(c, d))                                           <L 19>
    wp::adj_min(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_min(var_c, var_d, adj_c, adj_d, adj_6);
    wp::adj_min(var_a, var_b, adj_a, adj_b, adj_5);
    // adj: lo = wp.min(wp.min(a, b), wp.min(c, d))                                           <L 18>
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: m = s * 0.25                                                                      <L 17>
    wp::adj_add(var_1, var_d, adj_1, adj_d, adj_2);
    wp::adj_add(var_0, var_c, adj_0, adj_c, adj_1);
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: s = a + b + c + d                                                                 <L 16>
    // adj: def stats4(a: float, b: float, c: float, d: float):                               <L 15>
    return;
}

struct wp_args_sqrt_by_iteration_84405fe5 {
    wp::array_t<wp::float32> targets;
    wp::array_t<wp::float32> roots;
    wp::array_t<wp::int32> iters;
};


void sqrt_by_iteration_84405fe5_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters = _wp_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-05;
    bool var_11;
    const wp::int32 var_12 = 64;
    bool var_13;
    bool var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    //---------
    // forward
    // def sqrt_by_iteration(targets: wp.array(dtype=float), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // t = targets[i]                                                                         <L 26>
    var_1 = wp::address(var_targets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = wp.max(t, 1.0)                                                                     <L 27>
    var_5 = wp::max(var_2, var_4);
    // n = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // while wp.abs(residual(x, t)) > 1.0e-5 and n < 64:                                      <L 29>
    start_while_0:;
    var_8 = residual_0(var_5, var_2);
    var_9 = wp::abs(var_8);
    var_11 = (var_9 > var_10);
    var_13 = (var_7 < var_12);
    var_14 = var_11 && var_13;
    if ((var_14) == false) goto end_while_0;
        // x = x - residual(x, t) / (2.0 * x) * step_size(residual(x, t)) * 2.0               <L 30>
        var_15 = residual_0(var_5, var_2);
        var_17 = wp::mul(var_16, var_5);
        var_18 = wp::div(var_15, var_17);
        var_19 = residual_0(var_5, var_2);
        var_20 = step_size_0(var_19);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::mul(var_21, var_22);
        var_24 = wp::sub(var_5, var_23);
        // n += 1                                                                             <L 31>
        var_27 = wp::add(var_7, var_26);
        wp::assign(var_5, var_24);
        wp::assign(var_7, var_27);
    goto start_while_0;
    end_while_0:;
    // roots[i] = x                                                                           <L 32>
    wp::array_store(var_roots, var_0, var_5);
    // iters[i] = n                                                                           <L 33>
    wp::array_store(var_iters, var_0, var_7);
}



void sqrt_by_iteration_84405fe5_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_args,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters = _wp_args->iters;
    wp::array_t<wp::float32> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::float32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::int32> adj_iters = _wp_adj_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-05;
    bool var_11;
    const wp::int32 var_12 = 64;
    bool var_13;
    bool var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def sqrt_by_iteration(targets: wp.array(dtype=float), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // t = targets[i]                                                                         <L 26>
    var_1 = wp::address(var_targets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = wp.max(t, 1.0)                                                                     <L 27>
    var_5 = wp::max(var_2, var_4);
    // n = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // while wp.abs(residual(x, t)) > 1.0e-5 and n < 64:                                      <L 29>
    // roots[i] = x                                                                           <L 32>
    // wp::array_store(var_roots, var_0, var_5);
    // iters[i] = n                                                                           <L 33>
    // wp::array_store(var_iters, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_iters, var_0, var_7, adj_iters, adj_0, adj_7);
    // adj: iters[i] = n                                                                      <L 33>
    wp::adj_array_store(var_roots, var_0, var_5, adj_roots, adj_0, adj_5);
    // adj: roots[i] = x                                                                      <L 32>
    start_while_0:;
    var_8 = residual_0(var_5, var_2);
    var_9 = wp::abs(var_8);
    var_11 = (var_9 > var_10);
    var_13 = (var_7 < var_12);
    var_14 = var_11 && var_13;
    if ((var_14) == false) goto end_while_0;
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
        // x = x - residual(x, t) / (2.0 * x) * step_size(residual(x, t)) * 2.0               <L 30>
        var_15 = residual_0(var_5, var_2);
        var_17 = wp::mul(var_16, var_5);
        var_18 = wp::div(var_15, var_17);
        var_19 = residual_0(var_5, var_2);
        var_20 = step_size_0(var_19);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::mul(var_21, var_22);
        var_24 = wp::sub(var_5, var_23);
        // n += 1                                                                             <L 31>
        var_27 = wp::add(var_7, var_26);
        wp::assign(var_5, var_24);
        wp::assign(var_7, var_27);
        wp::adj_assign(var_7, var_27, adj_7, adj_27);
        wp::adj_assign(var_5, var_24, adj_5, adj_24);
        wp::adj_add(var_7, var_26, adj_7, adj_26, adj_27);
        // adj: n += 1                                                                        <L 31>
        wp::adj_sub(var_5, var_23, adj_5, adj_23, adj_24);
        wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
        adj_step_size_0(var_19, adj_19, adj_20);
        adj_residual_0(var_5, var_2, adj_5, adj_2, adj_19);
        wp::adj_div(var_15, var_17, var_18, adj_15, adj_17, adj_18);
        wp::adj_mul(var_16, var_5, adj_16, adj_5, adj_17);
        adj_residual_0(var_5, var_2, adj_5, adj_2, adj_15);
        // adj: x = x - residual(x, t) / (2.0 * x) * step_size(residual(x, t)) * 2.0          <L 30>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.abs(residual(x, t)) > 1.0e-5 and n < 64:                                 <L 29>
    wp::adj_int(var_6, adj_6, adj_7);
    // adj: n = int(0)                                                                        <L 28>
    wp::adj_max(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: x = wp.max(t, 1.0)                                                                <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_1);
    // adj: t = targets[i]                                                                    <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def sqrt_by_iteration(targets: wp.array(dtype=float), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sqrt_by_iteration_84405fe5_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sqrt_by_iteration_84405fe5_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sqrt_by_iteration_84405fe5_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_args,
    wp_args_sqrt_by_iteration_84405fe5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sqrt_by_iteration_84405fe5_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_quad_stats_e8989b7f {
    wp::array_t<wp::vec_t<4, wp::float32>> v;
    wp::array_t<wp::vec_t<4, wp::float32>> out;
    wp::array_t<wp::int32> label;
};


void quad_stats_e8989b7f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_quad_stats_e8989b7f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_label = _wp_args->label;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    const wp::int32 var_10 = 3;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.1;
    bool var_19;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::int32 var_23 = 1;
    const wp::float32 var_24 = 10.0;
    const wp::float32 var_25 = -10.0;
    bool var_26;
    const wp::int32 var_27 = 2;
    const wp::int32 var_28 = 3;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    //---------
    // forward
    // def quad_stats(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4), label: wp.array(dtype=int)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // q = v[i]                                                                               <L 39>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s, m, lo, hi = stats4(q[0], q[1], q[2], q[3])                                          <L 40>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_11 = wp::extract(var_2, var_10);
    stats4_0(var_5, var_7, var_9, var_11, var_12, var_13, var_14, var_15);
    // out[i] = wp.vec4(s, m, lo, hi)                                                         <L 41>
    var_16 = wp::vec_t<4, wp::float32>(var_12, var_13, var_14, var_15);
    wp::array_store(var_out, var_0, var_16);
    // label[i] = 0 if hi - lo < 0.1 else (1 if m > 0.0 else (2 if s > -10.0 else 3))         <L 42>
    var_17 = wp::sub(var_15, var_14);
    var_19 = (var_17 < var_18);
    if (var_19) {
    }
    if (!var_19) {
        var_22 = (var_13 > var_21);
        if (var_22) {
        }
        if (!var_22) {
            var_26 = (var_12 > var_25);
            if (var_26) {
            }
            if (!var_26) {
            }
            var_29 = wp::where(var_26, var_27, var_28);
        }
        var_30 = wp::where(var_22, var_23, var_29);
    }
    var_31 = wp::where(var_19, var_20, var_30);
    wp::array_store(var_label, var_0, var_31);
}



void quad_stats_e8989b7f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_quad_stats_e8989b7f *_wp_args,
    wp_args_quad_stats_e8989b7f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_label = _wp_args->label;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_label = _wp_adj_args->label;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    const wp::int32 var_10 = 3;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.1;
    bool var_19;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::int32 var_23 = 1;
    const wp::float32 var_24 = 10.0;
    const wp::float32 var_25 = -10.0;
    bool var_26;
    const wp::int32 var_27 = 2;
    const wp::int32 var_28 = 3;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<4, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    //---------
    // forward
    // def quad_stats(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4), label: wp.array(dtype=int)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // q = v[i]                                                                               <L 39>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s, m, lo, hi = stats4(q[0], q[1], q[2], q[3])                                          <L 40>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_11 = wp::extract(var_2, var_10);
    stats4_0(var_5, var_7, var_9, var_11, var_12, var_13, var_14, var_15);
    // out[i] = wp.vec4(s, m, lo, hi)                                                         <L 41>
    var_16 = wp::vec_t<4, wp::float32>(var_12, var_13, var_14, var_15);
    // wp::array_store(var_out, var_0, var_16);
    // label[i] = 0 if hi - lo < 0.1 else (1 if m > 0.0 else (2 if s > -10.0 else 3))         <L 42>
    var_17 = wp::sub(var_15, var_14);
    var_19 = (var_17 < var_18);
    if (var_19) {
    }
    if (!var_19) {
        var_22 = (var_13 > var_21);
        if (var_22) {
        }
        if (!var_22) {
            var_26 = (var_12 > var_25);
            if (var_26) {
            }
            if (!var_26) {
            }
            var_29 = wp::where(var_26, var_27, var_28);
        }
        var_30 = wp::where(var_22, var_23, var_29);
    }
    var_31 = wp::where(var_19, var_20, var_30);
    // wp::array_store(var_label, var_0, var_31);
    //---------
    // reverse
    wp::adj_array_store(var_label, var_0, var_31, adj_label, adj_0, adj_31);
    wp::adj_where(var_19, var_20, var_30, adj_19, adj_20, adj_30, adj_31);
    if (!var_19) {
        wp::adj_where(var_22, var_23, var_29, adj_22, adj_23, adj_29, adj_30);
        if (!var_22) {
            wp::adj_where(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
            if (!var_26) {
            }
            if (var_26) {
            }
        }
        if (var_22) {
        }
    }
    if (var_19) {
    }
    wp::adj_sub(var_15, var_14, adj_15, adj_14, adj_17);
    // adj: label[i] = 0 if hi - lo < 0.1 else (1 if m > 0.0 else (2 if s > -10.0 else 3))    <L 42>
    wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
    wp::adj_vec_t(var_12, var_13, var_14, var_15, adj_12, adj_13, adj_14, adj_15, adj_16);
    // adj: out[i] = wp.vec4(s, m, lo, hi)                                                    <L 41>
    adj_stats4_0(var_5, var_7, var_9, var_11, var_12, var_13, var_14, var_15, adj_5, adj_7, adj_9, adj_11, adj_12, adj_13, adj_14, adj_15);
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: s, m, lo, hi = stats4(q[0], q[1], q[2], q[3])                                     <L 40>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: q = v[i]                                                                          <L 39>
    // adj: i = wp.tid()                                                                      <L 38>
    // adj: def quad_stats(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4), label: wp.array(dtype=int)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void quad_stats_e8989b7f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_quad_stats_e8989b7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        quad_stats_e8989b7f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void quad_stats_e8989b7f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_quad_stats_e8989b7f *_wp_args,
    wp_args_quad_stats_e8989b7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        quad_stats_e8989b7f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_clamp_chain_e7c72e64 {
    wp::array_t<wp::float32> a;
    wp::float32 lo;
    wp::float32 hi;
    wp::array_t<wp::int32> out;
};


void clamp_chain_e7c72e64_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clamp_chain_e7c72e64 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 0.1;
    wp::float32 var_6;
    bool var_7;
    const wp::float32 var_8 = 0.1;
    wp::float32 var_9;
    bool var_10;
    bool var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 2;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::int32 var_16;
    //---------
    // forward
    // def clamp_chain(a: wp.array(dtype=float), lo: float, hi: float, out: wp.array(dtype=int)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 48>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // inside = lo <= x <= hi                                                                 <L 49>
    var_4 = ((var_lo <= var_2) && (var_2 <= var_hi));
    // near = lo - 0.1 < x < lo or hi < x < hi + 0.1                                          <L 50>
    var_6 = wp::sub(var_lo, var_5);
    var_7 = ((var_6 < var_2) && (var_2 < var_lo));
    var_9 = wp::add(var_hi, var_8);
    var_10 = ((var_hi < var_2) && (var_2 < var_9));
    var_11 = var_7 || var_10;
    // out[i] = wp.where(inside, 1, wp.where(near, 2, 0))                                     <L 51>
    var_15 = wp::where(var_11, var_13, var_14);
    var_16 = wp::where(var_4, var_12, var_15);
    wp::array_store(var_out, var_0, var_16);
}



void clamp_chain_e7c72e64_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clamp_chain_e7c72e64 *_wp_args,
    wp_args_clamp_chain_e7c72e64 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::float32 adj_lo = _wp_adj_args->lo;
    wp::float32 adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 0.1;
    wp::float32 var_6;
    bool var_7;
    const wp::float32 var_8 = 0.1;
    wp::float32 var_9;
    bool var_10;
    bool var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 2;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::int32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def clamp_chain(a: wp.array(dtype=float), lo: float, hi: float, out: wp.array(dtype=int)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 48>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // inside = lo <= x <= hi                                                                 <L 49>
    var_4 = ((var_lo <= var_2) && (var_2 <= var_hi));
    // near = lo - 0.1 < x < lo or hi < x < hi + 0.1                                          <L 50>
    var_6 = wp::sub(var_lo, var_5);
    var_7 = ((var_6 < var_2) && (var_2 < var_lo));
    var_9 = wp::add(var_hi, var_8);
    var_10 = ((var_hi < var_2) && (var_2 < var_9));
    var_11 = var_7 || var_10;
    // out[i] = wp.where(inside, 1, wp.where(near, 2, 0))                                     <L 51>
    var_15 = wp::where(var_11, var_13, var_14);
    var_16 = wp::where(var_4, var_12, var_15);
    // wp::array_store(var_out, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
    wp::adj_where(var_4, var_12, var_15, adj_4, adj_12, adj_15, adj_16);
    wp::adj_where(var_11, var_13, var_14, adj_11, adj_13, adj_14, adj_15);
    // adj: out[i] = wp.where(inside, 1, wp.where(near, 2, 0))                                <L 51>
    wp::adj_add(var_hi, var_8, adj_hi, adj_8, adj_9);
    wp::adj_sub(var_lo, var_5, adj_lo, adj_5, adj_6);
    // adj: near = lo - 0.1 < x < lo or hi < x < hi + 0.1                                     <L 50>
    // adj: inside = lo <= x <= hi                                                            <L 49>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def clamp_chain(a: wp.array(dtype=float), lo: float, hi: float, out: wp.array(dtype=int)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void clamp_chain_e7c72e64_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_clamp_chain_e7c72e64 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clamp_chain_e7c72e64_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void clamp_chain_e7c72e64_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_clamp_chain_e7c72e64 *_wp_args,
    wp_args_clamp_chain_e7c72e64 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clamp_chain_e7c72e64_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_double_tid_bf7664a9 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


void double_tid_bf7664a9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_tid_bf7664a9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def double_tid(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):                <L 55>
    // i, j = wp.tid()                                                                        <L 56>
    builtin_tid2d(var_0, var_1);
    // k, l = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_2, var_3);
    // b[k, l] = a[i, j] * 2.0                                                                <L 58>
    var_4 = wp::address(var_a, var_0, var_1);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    wp::array_store(var_b, var_2, var_3, var_6);
}



void double_tid_bf7664a9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_tid_bf7664a9 *_wp_args,
    wp_args_double_tid_bf7664a9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::float32 var_7;
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
    //---------
    // forward
    // def double_tid(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):                <L 55>
    // i, j = wp.tid()                                                                        <L 56>
    builtin_tid2d(var_0, var_1);
    // k, l = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_2, var_3);
    // b[k, l] = a[i, j] * 2.0                                                                <L 58>
    var_4 = wp::address(var_a, var_0, var_1);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // wp::array_store(var_b, var_2, var_3, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_2, var_3, var_6, adj_b, adj_2, adj_3, adj_6);
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_4);
    // adj: b[k, l] = a[i, j] * 2.0                                                           <L 58>
    // adj: k, l = wp.tid()                                                                   <L 57>
    // adj: i, j = wp.tid()                                                                   <L 56>
    // adj: def double_tid(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):           <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_tid_bf7664a9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_double_tid_bf7664a9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_tid_bf7664a9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_tid_bf7664a9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_double_tid_bf7664a9 *_wp_args,
    wp_args_double_tid_bf7664a9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_tid_bf7664a9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

