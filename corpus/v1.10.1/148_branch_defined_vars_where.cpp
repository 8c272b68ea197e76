
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


// corpus/148_branch_defined_vars_where.py:4
static wp::vec_t<2, wp::float32> piecewise_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = -1.0;
    bool var_2;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = -1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 1.0;
    bool var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.5;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.5;
    const wp::float32 var_19 = 1.5;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<2, wp::float32> var_27;
    //---------
    // forward
    // def piecewise(x: float) -> wp.vec2:                                                    <L 5>
    // if x < -1.0:                                                                           <L 6>
    var_2 = (var_x < var_1);
    if (var_2) {
        // y = -1.0                                                                           <L 7>
        // dy = 0.0                                                                           <L 8>
    }
    if (!var_2) {
        // elif x > 1.0:                                                                      <L 9>
        var_7 = (var_x > var_6);
        if (var_7) {
            // y = 1.0                                                                        <L 10>
            // dy = 0.0                                                                       <L 11>
        }
        var_10 = wp::where(var_7, var_8, var_4);
        var_11 = wp::where(var_7, var_9, var_5);
        if (!var_7) {
            // y = x * (1.5 - 0.5 * x * x)                                                    <L 13>
            var_14 = wp::mul(var_13, var_x);
            var_15 = wp::mul(var_14, var_x);
            var_16 = wp::sub(var_12, var_15);
            var_17 = wp::mul(var_x, var_16);
            // dy = 1.5 - 1.5 * x * x                                                         <L 14>
            var_20 = wp::mul(var_19, var_x);
            var_21 = wp::mul(var_20, var_x);
            var_22 = wp::sub(var_18, var_21);
        }
        var_23 = wp::where(var_7, var_10, var_17);
        var_24 = wp::where(var_7, var_11, var_22);
    }
    var_25 = wp::where(var_2, var_4, var_23);
    var_26 = wp::where(var_2, var_5, var_24);
    // return wp.vec2(y, dy)                                                                  <L 15>
    var_27 = wp::vec_t<2, wp::float32>(var_25, var_26);
    return var_27;
}


// corpus/148_branch_defined_vars_where.py:4
static void adj_piecewise_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = -1.0;
    bool var_2;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = -1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 1.0;
    bool var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.5;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.5;
    const wp::float32 var_19 = 1.5;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<2, wp::float32> var_27;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
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
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<2, wp::float32> adj_27 = {};
    //---------
    // forward
    // def piecewise(x: float) -> wp.vec2:                                                    <L 5>
    // if x < -1.0:                                                                           <L 6>
    var_2 = (var_x < var_1);
    if (var_2) {
        // y = -1.0                                                                           <L 7>
        // dy = 0.0                                                                           <L 8>
    }
    if (!var_2) {
        // elif x > 1.0:                                                                      <L 9>
        var_7 = (var_x > var_6);
        if (var_7) {
            // y = 1.0                                                                        <L 10>
            // dy = 0.0                                                                       <L 11>
        }
        var_10 = wp::where(var_7, var_8, var_4);
        var_11 = wp::where(var_7, var_9, var_5);
        if (!var_7) {
            // y = x * (1.5 - 0.5 * x * x)                                                    <L 13>
            var_14 = wp::mul(var_13, var_x);
            var_15 = wp::mul(var_14, var_x);
            var_16 = wp::sub(var_12, var_15);
            var_17 = wp::mul(var_x, var_16);
            // dy = 1.5 - 1.5 * x * x                                                         <L 14>
            var_20 = wp::mul(var_19, var_x);
            var_21 = wp::mul(var_20, var_x);
            var_22 = wp::sub(var_18, var_21);
        }
        var_23 = wp::where(var_7, var_10, var_17);
        var_24 = wp::where(var_7, var_11, var_22);
    }
    var_25 = wp::where(var_2, var_4, var_23);
    var_26 = wp::where(var_2, var_5, var_24);
    // return wp.vec2(y, dy)                                                                  <L 15>
    var_27 = wp::vec_t<2, wp::float32>(var_25, var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    wp::adj_vec_t(var_25, var_26, adj_25, adj_26, adj_27);
    // adj: return wp.vec2(y, dy)                                                             <L 15>
    wp::adj_where(var_2, var_5, var_24, adj_2, adj_5, adj_24, adj_26);
    wp::adj_where(var_2, var_4, var_23, adj_2, adj_4, adj_23, adj_25);
    if (!var_2) {
        wp::adj_where(var_7, var_11, var_22, adj_7, adj_11, adj_22, adj_24);
        wp::adj_where(var_7, var_10, var_17, adj_7, adj_10, adj_17, adj_23);
        if (!var_7) {
            wp::adj_sub(var_18, var_21, adj_18, adj_21, adj_22);
            wp::adj_mul(var_20, var_x, adj_20, adj_x, adj_21);
            wp::adj_mul(var_19, var_x, adj_19, adj_x, adj_20);
            // adj: dy = 1.5 - 1.5 * x * x                                                    <L 14>
            wp::adj_mul(var_x, var_16, adj_x, adj_16, adj_17);
            wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_16);
            wp::adj_mul(var_14, var_x, adj_14, adj_x, adj_15);
            wp::adj_mul(var_13, var_x, adj_13, adj_x, adj_14);
            // adj: y = x * (1.5 - 0.5 * x * x)                                               <L 13>
        }
        wp::adj_where(var_7, var_9, var_5, adj_7, adj_9, adj_5, adj_11);
        wp::adj_where(var_7, var_8, var_4, adj_7, adj_8, adj_4, adj_10);
        if (var_7) {
            // adj: dy = 0.0                                                                  <L 11>
            // adj: y = 1.0                                                                   <L 10>
        }
        // adj: elif x > 1.0:                                                                 <L 9>
    }
    if (var_2) {
        // adj: dy = 0.0                                                                      <L 8>
        // adj: y = -1.0                                                                      <L 7>
    }
    // adj: if x < -1.0:                                                                      <L 6>
    // adj: def piecewise(x: float) -> wp.vec2:                                               <L 5>
    return;
}

struct wp_args_branch_defined_41c85fd4 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<2, wp::float32>> b;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
};


void branch_defined_41c85fd4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_branch_defined_41c85fd4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def branch_defined(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2), m: wp.array(dtype=wp.mat22)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 21>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if x > 0.0:                                                                            <L 22>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // v = wp.vec2(x, 1.0)                                                                <L 23>
        var_7 = wp::vec_t<2, wp::float32>(var_2, var_6);
        // M = wp.mat22(x, 0.0, 0.0, 1.0)                                                     <L 24>
        var_11 = wp::mat_t<2, 2, wp::float32>(var_2, var_8, var_9, var_10);
    }
    if (!var_5) {
        // v = wp.vec2(0.0, -x)                                                               <L 26>
        var_13 = wp::neg(var_2);
        var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
        // M = wp.mat22(1.0, x, x, 1.0)                                                       <L 27>
        var_17 = wp::mat_t<2, 2, wp::float32>(var_15, var_2, var_2, var_16);
    }
    var_18 = wp::where(var_5, var_7, var_14);
    var_19 = wp::where(var_5, var_11, var_17);
    // b[i] = M * v + piecewise(x)                                                            <L 28>
    var_20 = wp::mul(var_19, var_18);
    var_21 = piecewise_0(var_2);
    var_22 = wp::add(var_20, var_21);
    wp::array_store(var_b, var_0, var_22);
    // m[i] = M                                                                               <L 29>
    wp::array_store(var_m, var_0, var_19);
}



void branch_defined_41c85fd4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_branch_defined_41c85fd4 *_wp_args,
    wp_args_branch_defined_41c85fd4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::mat_t<2, 2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::mat_t<2, 2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    //---------
    // forward
    // def branch_defined(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2), m: wp.array(dtype=wp.mat22)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 21>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if x > 0.0:                                                                            <L 22>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // v = wp.vec2(x, 1.0)                                                                <L 23>
        var_7 = wp::vec_t<2, wp::float32>(var_2, var_6);
        // M = wp.mat22(x, 0.0, 0.0, 1.0)                                                     <L 24>
        var_11 = wp::mat_t<2, 2, wp::float32>(var_2, var_8, var_9, var_10);
    }
    if (!var_5) {
        // v = wp.vec2(0.0, -x)                                                               <L 26>
        var_13 = wp::neg(var_2);
        var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
        // M = wp.mat22(1.0, x, x, 1.0)                                                       <L 27>
        var_17 = wp::mat_t<2, 2, wp::float32>(var_15, var_2, var_2, var_16);
    }
    var_18 = wp::where(var_5, var_7, var_14);
    var_19 = wp::where(var_5, var_11, var_17);
    // b[i] = M * v + piecewise(x)                                                            <L 28>
    var_20 = wp::mul(var_19, var_18);
    var_21 = piecewise_0(var_2);
    var_22 = wp::add(var_20, var_21);
    // wp::array_store(var_b, var_0, var_22);
    // m[i] = M                                                                               <L 29>
    // wp::array_store(var_m, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_m, var_0, var_19, adj_m, adj_0, adj_19);
    // adj: m[i] = M                                                                          <L 29>
    wp::adj_array_store(var_b, var_0, var_22, adj_b, adj_0, adj_22);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    adj_piecewise_0(var_2, adj_2, adj_21);
    wp::adj_mul(var_19, var_18, adj_19, adj_18, adj_20);
    // adj: b[i] = M * v + piecewise(x)                                                       <L 28>
    wp::adj_where(var_5, var_11, var_17, adj_5, adj_11, adj_17, adj_19);
    wp::adj_where(var_5, var_7, var_14, adj_5, adj_7, adj_14, adj_18);
    if (!var_5) {
        wp::adj_mat_t(var_15, var_2, var_2, var_16, adj_15, adj_2, adj_2, adj_16, adj_17);
        // adj: M = wp.mat22(1.0, x, x, 1.0)                                                  <L 27>
        wp::adj_vec_t(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_neg(var_2, adj_2, adj_13);
        // adj: v = wp.vec2(0.0, -x)                                                          <L 26>
    }
    if (var_5) {
        wp::adj_mat_t(var_2, var_8, var_9, var_10, adj_2, adj_8, adj_9, adj_10, adj_11);
        // adj: M = wp.mat22(x, 0.0, 0.0, 1.0)                                                <L 24>
        wp::adj_vec_t(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: v = wp.vec2(x, 1.0)                                                           <L 23>
    }
    // adj: if x > 0.0:                                                                       <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def branch_defined(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2), m: wp.array(dtype=wp.mat22)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void branch_defined_41c85fd4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_branch_defined_41c85fd4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        branch_defined_41c85fd4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void branch_defined_41c85fd4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_branch_defined_41c85fd4 *_wp_args,
    wp_args_branch_defined_41c85fd4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        branch_defined_41c85fd4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_reassign_args_bf71d75a {
    wp::array_t<wp::float32> x;
    wp::float32 dt;
    wp::int32 steps;
    wp::float32 gain;
};


void reassign_args_bf71d75a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reassign_args_bf71d75a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::float32 var_gain = _wp_args->gain;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 10;
    bool var_2;
    const wp::int32 var_3 = 10;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.99;
    const wp::float32 var_16 = 0.99;
    wp::float32 var_17;
    //---------
    // forward
    // def reassign_args(x: wp.array(dtype=float), dt: float, steps: int, gain: float):       <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // if steps > 10:                                                                         <L 35>
    var_2 = (var_steps > var_1);
    if (var_2) {
        // steps = 10                                                                         <L 36>
    }
    var_4 = wp::where(var_2, var_3, var_steps);
    // dt = dt / float(steps)                                                                 <L 37>
    var_5 = wp::float(var_4);
    var_6 = wp::div(var_dt, var_5);
    // v = x[i]                                                                               <L 38>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for s in range(steps):                                                                 <L 39>
    var_10 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // v = v - gain * v * dt                                                              <L 40>
        var_12 = wp::mul(var_gain, var_8);
        var_13 = wp::mul(var_12, var_6);
        var_14 = wp::sub(var_8, var_13);
        // gain *= 0.99                                                                       <L 41>
        var_17 = wp::mul(var_gain, var_16);
        wp::assign(var_gain, var_17);
        wp::assign(var_8, var_14);
        goto start_for_0;
    end_for_0:;
    // x[i] = v                                                                               <L 42>
    wp::array_store(var_x, var_0, var_8);
}



void reassign_args_bf71d75a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reassign_args_bf71d75a *_wp_args,
    wp_args_reassign_args_bf71d75a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_steps = _wp_adj_args->steps;
    wp::float32 adj_gain = _wp_adj_args->gain;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 10;
    bool var_2;
    const wp::int32 var_3 = 10;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.99;
    const wp::float32 var_16 = 0.99;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def reassign_args(x: wp.array(dtype=float), dt: float, steps: int, gain: float):       <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // if steps > 10:                                                                         <L 35>
    var_2 = (var_steps > var_1);
    if (var_2) {
        // steps = 10                                                                         <L 36>
    }
    var_4 = wp::where(var_2, var_3, var_steps);
    // dt = dt / float(steps)                                                                 <L 37>
    var_5 = wp::float(var_4);
    var_6 = wp::div(var_dt, var_5);
    // v = x[i]                                                                               <L 38>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for s in range(steps):                                                                 <L 39>
    var_10 = wp::range(var_4);
    // x[i] = v                                                                               <L 42>
    // wp::array_store(var_x, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_8, adj_x, adj_0, adj_8);
    // adj: x[i] = v                                                                          <L 42>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // v = v - gain * v * dt                                                              <L 40>
        var_12 = wp::mul(var_gain, var_8);
        var_13 = wp::mul(var_12, var_6);
        var_14 = wp::sub(var_8, var_13);
        // gain *= 0.99                                                                       <L 41>
        var_17 = wp::mul(var_gain, var_16);
        wp::assign(var_gain, var_17);
        wp::assign(var_8, var_14);
        wp::adj_assign(var_8, var_14, adj_8, adj_14);
        wp::adj_assign(var_gain, var_17, adj_gain, adj_17);
        wp::adj_mul(var_gain, var_16, adj_gain, adj_16, adj_17);
        // adj: gain *= 0.99                                                                  <L 41>
        wp::adj_sub(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_6, adj_12, adj_6, adj_13);
        wp::adj_mul(var_gain, var_8, adj_gain, adj_8, adj_12);
        // adj: v = v - gain * v * dt                                                         <L 40>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_4, adj_4, adj_10);
    // adj: for s in range(steps):                                                            <L 39>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
    // adj: v = x[i]                                                                          <L 38>
    wp::adj_div(var_dt, var_5, var_6, adj_dt, adj_5, adj_6);
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: dt = dt / float(steps)                                                            <L 37>
    wp::adj_where(var_2, var_3, var_steps, adj_2, adj_3, adj_steps, adj_4);
    if (var_2) {
        // adj: steps = 10                                                                    <L 36>
    }
    // adj: if steps > 10:                                                                    <L 35>
    // adj: i = wp.tid()                                                                      <L 34>
    // adj: def reassign_args(x: wp.array(dtype=float), dt: float, steps: int, gain: float):  <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void reassign_args_bf71d75a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_reassign_args_bf71d75a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reassign_args_bf71d75a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void reassign_args_bf71d75a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_reassign_args_bf71d75a *_wp_args,
    wp_args_reassign_args_bf71d75a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reassign_args_bf71d75a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_vector_where_e0899aad {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<bool> mask;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void vector_where_e0899aad_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_where_e0899aad *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    bool var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 1.0;
    wp::vec_t<3, wp::float32> var_19;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::float32 var_23 = 2.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def vector_where(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.vec3)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // out[i] = wp.where(mask[i], a[i], b[i])                                                 <L 48>
    var_1 = wp::address(var_mask, var_0);
    var_2 = wp::address(var_a, var_0);
    var_3 = wp::address(var_b, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_7 = wp::load(var_3);
    var_4 = wp::where(var_5, var_6, var_7);
    wp::array_store(var_out, var_0, var_4);
    // if a[i] == b[i]:                                                                       <L 49>
    var_8 = wp::address(var_a, var_0);
    var_9 = wp::address(var_b, var_0);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = (var_11 == var_12);
    if (var_10) {
        // out[i] = wp.vec3(0.0)                                                              <L 50>
        var_14 = wp::vec_t<3, wp::float32>(var_13);
        wp::array_store(var_out, var_0, var_14);
    }
    if (!var_10) {
        // elif a[i] != wp.vec3(1.0, 1.0, 1.0):                                               <L 51>
        var_15 = wp::address(var_a, var_0);
        var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
        var_21 = wp::load(var_15);
        var_20 = (var_21 != var_19);
        if (var_20) {
            // out[i] = out[i] * 2.0                                                          <L 52>
            var_22 = wp::address(var_out, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::mul(var_25, var_23);
            wp::array_store(var_out, var_0, var_24);
        }
    }
}



void vector_where_e0899aad_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_where_e0899aad *_wp_args,
    wp_args_vector_where_e0899aad *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<bool> adj_mask = _wp_adj_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    bool var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 1.0;
    wp::vec_t<3, wp::float32> var_19;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::float32 var_23 = 2.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    //---------
    // forward
    // def vector_where(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.vec3)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // out[i] = wp.where(mask[i], a[i], b[i])                                                 <L 48>
    var_1 = wp::address(var_mask, var_0);
    var_2 = wp::address(var_a, var_0);
    var_3 = wp::address(var_b, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_7 = wp::load(var_3);
    var_4 = wp::where(var_5, var_6, var_7);
    // wp::array_store(var_out, var_0, var_4);
    // if a[i] == b[i]:                                                                       <L 49>
    var_8 = wp::address(var_a, var_0);
    var_9 = wp::address(var_b, var_0);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = (var_11 == var_12);
    if (var_10) {
        // out[i] = wp.vec3(0.0)                                                              <L 50>
        var_14 = wp::vec_t<3, wp::float32>(var_13);
        // wp::array_store(var_out, var_0, var_14);
    }
    if (!var_10) {
        // elif a[i] != wp.vec3(1.0, 1.0, 1.0):                                               <L 51>
        var_15 = wp::address(var_a, var_0);
        var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
        var_21 = wp::load(var_15);
        var_20 = (var_21 != var_19);
        if (var_20) {
            // out[i] = out[i] * 2.0                                                          <L 52>
            var_22 = wp::address(var_out, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::mul(var_25, var_23);
            // wp::array_store(var_out, var_0, var_24);
        }
    }
    //---------
    // reverse
    if (!var_10) {
        if (var_20) {
            wp::adj_array_store(var_out, var_0, var_24, adj_out, adj_0, adj_24);
            wp::adj_mul(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_address(var_out, var_0, adj_out, adj_0, adj_22);
            // adj: out[i] = out[i] * 2.0                                                     <L 52>
        }
        wp::adj_vec_t(var_16, var_17, var_18, adj_16, adj_17, adj_18, adj_19);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_15);
        // adj: elif a[i] != wp.vec3(1.0, 1.0, 1.0):                                          <L 51>
    }
    if (var_10) {
        wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
        wp::adj_vec_t(var_13, adj_13, adj_14);
        // adj: out[i] = wp.vec3(0.0)                                                         <L 50>
    }
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_8);
    // adj: if a[i] == b[i]:                                                                  <L 49>
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    wp::adj_where(var_5, var_6, var_7, adj_1, adj_2, adj_3, adj_4);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    wp::adj_address(var_mask, var_0, adj_mask, adj_0, adj_1);
    // adj: out[i] = wp.where(mask[i], a[i], b[i])                                            <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def vector_where(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.vec3)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_where_e0899aad_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vector_where_e0899aad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_where_e0899aad_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_where_e0899aad_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_vector_where_e0899aad *_wp_args,
    wp_args_vector_where_e0899aad *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_where_e0899aad_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_loop_carried_76a2fb79 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void loop_carried_76a2fb79_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_loop_carried_76a2fb79 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1000000000.0;
    const wp::float32 var_6 = -1000000000.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = -1;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 2;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    bool var_44;
    wp::float32 var_45;
    wp::int32 var_46;
    wp::float32 var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 3;
    const wp::float32 var_54 = 0.5;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::int32 var_62;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 4;
    const wp::float32 var_68 = 0.5;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    wp::float32 var_73;
    wp::int32 var_74;
    wp::float32 var_75;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::float32 var_80;
    const wp::int32 var_81 = 5;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    bool var_86;
    wp::float32 var_87;
    wp::int32 var_88;
    wp::float32 var_89;
    wp::int32 var_90;
    wp::float32 var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::float32 var_94;
    const wp::int32 var_95 = 6;
    const wp::float32 var_96 = 0.5;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    bool var_100;
    wp::float32 var_101;
    wp::int32 var_102;
    wp::float32 var_103;
    wp::int32 var_104;
    wp::float32 var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 7;
    const wp::float32 var_110 = 0.5;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    bool var_114;
    wp::float32 var_115;
    wp::int32 var_116;
    wp::float32 var_117;
    wp::int32 var_118;
    wp::float32 var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    //---------
    // forward
    // def loop_carried(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):              <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // acc = wp.vec3()                                                                        <L 58>
    var_1 = wp::vec_t<3, wp::float32>();
    // prev = a[i]                                                                            <L 59>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // best = float(-1.0e9)                                                                   <L 60>
    var_7 = wp::float(var_6);
    // bestk = int(-1)                                                                        <L 61>
    var_10 = wp::int(var_9);
    // for k in range(8):                                                                     <L 62>
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_13 = wp::mul(var_3, var_12);
    var_14 = wp::float(var_11);
    var_15 = wp::add(var_13, var_14);
    // if cur > best:                                                                         <L 64>
    var_16 = (var_15 > var_7);
    if (var_16) {
        // best = cur                                                                         <L 65>
        var_17 = wp::copy(var_15);
        // bestk = k                                                                          <L 66>
        var_18 = wp::copy(var_11);
    }
    var_19 = wp::where(var_16, var_17, var_7);
    var_20 = wp::where(var_16, var_18, var_10);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_21 = wp::float(var_11);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_3, var_21);
    var_23 = wp::add(var_1, var_22);
    // prev = cur                                                                             <L 68>
    var_24 = wp::copy(var_15);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_27 = wp::mul(var_24, var_26);
    var_28 = wp::float(var_25);
    var_29 = wp::add(var_27, var_28);
    // if cur > best:                                                                         <L 64>
    var_30 = (var_29 > var_19);
    if (var_30) {
        // best = cur                                                                         <L 65>
        var_31 = wp::copy(var_29);
        // bestk = k                                                                          <L 66>
        var_32 = wp::copy(var_25);
    }
    var_33 = wp::where(var_30, var_31, var_19);
    var_34 = wp::where(var_30, var_32, var_20);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_35 = wp::float(var_25);
    var_36 = wp::vec_t<3, wp::float32>(var_29, var_24, var_35);
    var_37 = wp::add(var_23, var_36);
    // prev = cur                                                                             <L 68>
    var_38 = wp::copy(var_29);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_41 = wp::mul(var_38, var_40);
    var_42 = wp::float(var_39);
    var_43 = wp::add(var_41, var_42);
    // if cur > best:                                                                         <L 64>
    var_44 = (var_43 > var_33);
    if (var_44) {
        // best = cur                                                                         <L 65>
        var_45 = wp::copy(var_43);
        // bestk = k                                                                          <L 66>
        var_46 = wp::copy(var_39);
    }
    var_47 = wp::where(var_44, var_45, var_33);
    var_48 = wp::where(var_44, var_46, var_34);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_49 = wp::float(var_39);
    var_50 = wp::vec_t<3, wp::float32>(var_43, var_38, var_49);
    var_51 = wp::add(var_37, var_50);
    // prev = cur                                                                             <L 68>
    var_52 = wp::copy(var_43);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_55 = wp::mul(var_52, var_54);
    var_56 = wp::float(var_53);
    var_57 = wp::add(var_55, var_56);
    // if cur > best:                                                                         <L 64>
    var_58 = (var_57 > var_47);
    if (var_58) {
        // best = cur                                                                         <L 65>
        var_59 = wp::copy(var_57);
        // bestk = k                                                                          <L 66>
        var_60 = wp::copy(var_53);
    }
    var_61 = wp::where(var_58, var_59, var_47);
    var_62 = wp::where(var_58, var_60, var_48);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_63 = wp::float(var_53);
    var_64 = wp::vec_t<3, wp::float32>(var_57, var_52, var_63);
    var_65 = wp::add(var_51, var_64);
    // prev = cur                                                                             <L 68>
    var_66 = wp::copy(var_57);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_69 = wp::mul(var_66, var_68);
    var_70 = wp::float(var_67);
    var_71 = wp::add(var_69, var_70);
    // if cur > best:                                                                         <L 64>
    var_72 = (var_71 > var_61);
    if (var_72) {
        // best = cur                                                                         <L 65>
        var_73 = wp::copy(var_71);
        // bestk = k                                                                          <L 66>
        var_74 = wp::copy(var_67);
    }
    var_75 = wp::where(var_72, var_73, var_61);
    var_76 = wp::where(var_72, var_74, var_62);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_77 = wp::float(var_67);
    var_78 = wp::vec_t<3, wp::float32>(var_71, var_66, var_77);
    var_79 = wp::add(var_65, var_78);
    // prev = cur                                                                             <L 68>
    var_80 = wp::copy(var_71);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_83 = wp::mul(var_80, var_82);
    var_84 = wp::float(var_81);
    var_85 = wp::add(var_83, var_84);
    // if cur > best:                                                                         <L 64>
    var_86 = (var_85 > var_75);
    if (var_86) {
        // best = cur                                                                         <L 65>
        var_87 = wp::copy(var_85);
        // bestk = k                                                                          <L 66>
        var_88 = wp::copy(var_81);
    }
    var_89 = wp::where(var_86, var_87, var_75);
    var_90 = wp::where(var_86, var_88, var_76);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_91 = wp::float(var_81);
    var_92 = wp::vec_t<3, wp::float32>(var_85, var_80, var_91);
    var_93 = wp::add(var_79, var_92);
    // prev = cur                                                                             <L 68>
    var_94 = wp::copy(var_85);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_97 = wp::mul(var_94, var_96);
    var_98 = wp::float(var_95);
    var_99 = wp::add(var_97, var_98);
    // if cur > best:                                                                         <L 64>
    var_100 = (var_99 > var_89);
    if (var_100) {
        // best = cur                                                                         <L 65>
        var_101 = wp::copy(var_99);
        // bestk = k                                                                          <L 66>
        var_102 = wp::copy(var_95);
    }
    var_103 = wp::where(var_100, var_101, var_89);
    var_104 = wp::where(var_100, var_102, var_90);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_105 = wp::float(var_95);
    var_106 = wp::vec_t<3, wp::float32>(var_99, var_94, var_105);
    var_107 = wp::add(var_93, var_106);
    // prev = cur                                                                             <L 68>
    var_108 = wp::copy(var_99);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_111 = wp::mul(var_108, var_110);
    var_112 = wp::float(var_109);
    var_113 = wp::add(var_111, var_112);
    // if cur > best:                                                                         <L 64>
    var_114 = (var_113 > var_103);
    if (var_114) {
        // best = cur                                                                         <L 65>
        var_115 = wp::copy(var_113);
        // bestk = k                                                                          <L 66>
        var_116 = wp::copy(var_109);
    }
    var_117 = wp::where(var_114, var_115, var_103);
    var_118 = wp::where(var_114, var_116, var_104);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_119 = wp::float(var_109);
    var_120 = wp::vec_t<3, wp::float32>(var_113, var_108, var_119);
    var_121 = wp::add(var_107, var_120);
    // prev = cur                                                                             <L 68>
    var_122 = wp::copy(var_113);
    // out[i] = acc + wp.vec3(best, float(bestk), prev)                                       <L 69>
    var_123 = wp::float(var_118);
    var_124 = wp::vec_t<3, wp::float32>(var_117, var_123, var_122);
    var_125 = wp::add(var_121, var_124);
    wp::array_store(var_out, var_0, var_125);
}



void loop_carried_76a2fb79_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_loop_carried_76a2fb79 *_wp_args,
    wp_args_loop_carried_76a2fb79 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1000000000.0;
    const wp::float32 var_6 = -1000000000.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = -1;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 2;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    bool var_44;
    wp::float32 var_45;
    wp::int32 var_46;
    wp::float32 var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 3;
    const wp::float32 var_54 = 0.5;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::int32 var_62;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 4;
    const wp::float32 var_68 = 0.5;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    wp::float32 var_73;
    wp::int32 var_74;
    wp::float32 var_75;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::float32 var_80;
    const wp::int32 var_81 = 5;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    bool var_86;
    wp::float32 var_87;
    wp::int32 var_88;
    wp::float32 var_89;
    wp::int32 var_90;
    wp::float32 var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::float32 var_94;
    const wp::int32 var_95 = 6;
    const wp::float32 var_96 = 0.5;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    bool var_100;
    wp::float32 var_101;
    wp::int32 var_102;
    wp::float32 var_103;
    wp::int32 var_104;
    wp::float32 var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 7;
    const wp::float32 var_110 = 0.5;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    bool var_114;
    wp::float32 var_115;
    wp::int32 var_116;
    wp::float32 var_117;
    wp::int32 var_118;
    wp::float32 var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    bool adj_86 = {};
    wp::float32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    wp::float32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    bool adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::vec_t<3, wp::float32> adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::float32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    bool adj_114 = {};
    wp::float32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::vec_t<3, wp::float32> adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    //---------
    // forward
    // def loop_carried(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):              <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // acc = wp.vec3()                                                                        <L 58>
    var_1 = wp::vec_t<3, wp::float32>();
    // prev = a[i]                                                                            <L 59>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // best = float(-1.0e9)                                                                   <L 60>
    var_7 = wp::float(var_6);
    // bestk = int(-1)                                                                        <L 61>
    var_10 = wp::int(var_9);
    // for k in range(8):                                                                     <L 62>
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_13 = wp::mul(var_3, var_12);
    var_14 = wp::float(var_11);
    var_15 = wp::add(var_13, var_14);
    // if cur > best:                                                                         <L 64>
    var_16 = (var_15 > var_7);
    if (var_16) {
        // best = cur                                                                         <L 65>
        var_17 = wp::copy(var_15);
        // bestk = k                                                                          <L 66>
        var_18 = wp::copy(var_11);
    }
    var_19 = wp::where(var_16, var_17, var_7);
    var_20 = wp::where(var_16, var_18, var_10);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_21 = wp::float(var_11);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_3, var_21);
    var_23 = wp::add(var_1, var_22);
    // prev = cur                                                                             <L 68>
    var_24 = wp::copy(var_15);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_27 = wp::mul(var_24, var_26);
    var_28 = wp::float(var_25);
    var_29 = wp::add(var_27, var_28);
    // if cur > best:                                                                         <L 64>
    var_30 = (var_29 > var_19);
    if (var_30) {
        // best = cur                                                                         <L 65>
        var_31 = wp::copy(var_29);
        // bestk = k                                                                          <L 66>
        var_32 = wp::copy(var_25);
    }
    var_33 = wp::where(var_30, var_31, var_19);
    var_34 = wp::where(var_30, var_32, var_20);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_35 = wp::float(var_25);
    var_36 = wp::vec_t<3, wp::float32>(var_29, var_24, var_35);
    var_37 = wp::add(var_23, var_36);
    // prev = cur                                                                             <L 68>
    var_38 = wp::copy(var_29);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_41 = wp::mul(var_38, var_40);
    var_42 = wp::float(var_39);
    var_43 = wp::add(var_41, var_42);
    // if cur > best:                                                                         <L 64>
    var_44 = (var_43 > var_33);
    if (var_44) {
        // best = cur                                                                         <L 65>
        var_45 = wp::copy(var_43);
        // bestk = k                                                                          <L 66>
        var_46 = wp::copy(var_39);
    }
    var_47 = wp::where(var_44, var_45, var_33);
    var_48 = wp::where(var_44, var_46, var_34);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_49 = wp::float(var_39);
    var_50 = wp::vec_t<3, wp::float32>(var_43, var_38, var_49);
    var_51 = wp::add(var_37, var_50);
    // prev = cur                                                                             <L 68>
    var_52 = wp::copy(var_43);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_55 = wp::mul(var_52, var_54);
    var_56 = wp::float(var_53);
    var_57 = wp::add(var_55, var_56);
    // if cur > best:                                                                         <L 64>
    var_58 = (var_57 > var_47);
    if (var_58) {
        // best = cur                                                                         <L 65>
        var_59 = wp::copy(var_57);
        // bestk = k                                                                          <L 66>
        var_60 = wp::copy(var_53);
    }
    var_61 = wp::where(var_58, var_59, var_47);
    var_62 = wp::where(var_58, var_60, var_48);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_63 = wp::float(var_53);
    var_64 = wp::vec_t<3, wp::float32>(var_57, var_52, var_63);
    var_65 = wp::add(var_51, var_64);
    // prev = cur                                                                             <L 68>
    var_66 = wp::copy(var_57);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_69 = wp::mul(var_66, var_68);
    var_70 = wp::float(var_67);
    var_71 = wp::add(var_69, var_70);
    // if cur > best:                                                                         <L 64>
    var_72 = (var_71 > var_61);
    if (var_72) {
        // best = cur                                                                         <L 65>
        var_73 = wp::copy(var_71);
        // bestk = k                                                                          <L 66>
        var_74 = wp::copy(var_67);
    }
    var_75 = wp::where(var_72, var_73, var_61);
    var_76 = wp::where(var_72, var_74, var_62);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_77 = wp::float(var_67);
    var_78 = wp::vec_t<3, wp::float32>(var_71, var_66, var_77);
    var_79 = wp::add(var_65, var_78);
    // prev = cur                                                                             <L 68>
    var_80 = wp::copy(var_71);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_83 = wp::mul(var_80, var_82);
    var_84 = wp::float(var_81);
    var_85 = wp::add(var_83, var_84);
    // if cur > best:                                                                         <L 64>
    var_86 = (var_85 > var_75);
    if (var_86) {
        // best = cur                                                                         <L 65>
        var_87 = wp::copy(var_85);
        // bestk = k                                                                          <L 66>
        var_88 = wp::copy(var_81);
    }
    var_89 = wp::where(var_86, var_87, var_75);
    var_90 = wp::where(var_86, var_88, var_76);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_91 = wp::float(var_81);
    var_92 = wp::vec_t<3, wp::float32>(var_85, var_80, var_91);
    var_93 = wp::add(var_79, var_92);
    // prev = cur                                                                             <L 68>
    var_94 = wp::copy(var_85);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_97 = wp::mul(var_94, var_96);
    var_98 = wp::float(var_95);
    var_99 = wp::add(var_97, var_98);
    // if cur > best:                                                                         <L 64>
    var_100 = (var_99 > var_89);
    if (var_100) {
        // best = cur                                                                         <L 65>
        var_101 = wp::copy(var_99);
        // bestk = k                                                                          <L 66>
        var_102 = wp::copy(var_95);
    }
    var_103 = wp::where(var_100, var_101, var_89);
    var_104 = wp::where(var_100, var_102, var_90);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_105 = wp::float(var_95);
    var_106 = wp::vec_t<3, wp::float32>(var_99, var_94, var_105);
    var_107 = wp::add(var_93, var_106);
    // prev = cur                                                                             <L 68>
    var_108 = wp::copy(var_99);
    // cur = prev * 0.5 + float(k)                                                            <L 63>
    var_111 = wp::mul(var_108, var_110);
    var_112 = wp::float(var_109);
    var_113 = wp::add(var_111, var_112);
    // if cur > best:                                                                         <L 64>
    var_114 = (var_113 > var_103);
    if (var_114) {
        // best = cur                                                                         <L 65>
        var_115 = wp::copy(var_113);
        // bestk = k                                                                          <L 66>
        var_116 = wp::copy(var_109);
    }
    var_117 = wp::where(var_114, var_115, var_103);
    var_118 = wp::where(var_114, var_116, var_104);
    // acc = acc + wp.vec3(cur, prev, float(k))                                               <L 67>
    var_119 = wp::float(var_109);
    var_120 = wp::vec_t<3, wp::float32>(var_113, var_108, var_119);
    var_121 = wp::add(var_107, var_120);
    // prev = cur                                                                             <L 68>
    var_122 = wp::copy(var_113);
    // out[i] = acc + wp.vec3(best, float(bestk), prev)                                       <L 69>
    var_123 = wp::float(var_118);
    var_124 = wp::vec_t<3, wp::float32>(var_117, var_123, var_122);
    var_125 = wp::add(var_121, var_124);
    // wp::array_store(var_out, var_0, var_125);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_125, adj_out, adj_0, adj_125);
    wp::adj_add(var_121, var_124, adj_121, adj_124, adj_125);
    wp::adj_vec_t(var_117, var_123, var_122, adj_117, adj_123, adj_122, adj_124);
    wp::adj_float(var_118, adj_118, adj_123);
    // adj: out[i] = acc + wp.vec3(best, float(bestk), prev)                                  <L 69>
    wp::adj_copy(var_113, adj_113, adj_122);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_107, var_120, adj_107, adj_120, adj_121);
    wp::adj_vec_t(var_113, var_108, var_119, adj_113, adj_108, adj_119, adj_120);
    wp::adj_float(var_109, adj_109, adj_119);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_114, var_116, var_104, adj_114, adj_116, adj_104, adj_118);
    wp::adj_where(var_114, var_115, var_103, adj_114, adj_115, adj_103, adj_117);
    if (var_114) {
        wp::adj_copy(var_109, adj_109, adj_116);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_113, adj_113, adj_115);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_111, var_112, adj_111, adj_112, adj_113);
    wp::adj_float(var_109, adj_109, adj_112);
    wp::adj_mul(var_108, var_110, adj_108, adj_110, adj_111);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_99, adj_99, adj_108);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_93, var_106, adj_93, adj_106, adj_107);
    wp::adj_vec_t(var_99, var_94, var_105, adj_99, adj_94, adj_105, adj_106);
    wp::adj_float(var_95, adj_95, adj_105);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_100, var_102, var_90, adj_100, adj_102, adj_90, adj_104);
    wp::adj_where(var_100, var_101, var_89, adj_100, adj_101, adj_89, adj_103);
    if (var_100) {
        wp::adj_copy(var_95, adj_95, adj_102);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_99, adj_99, adj_101);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_97, var_98, adj_97, adj_98, adj_99);
    wp::adj_float(var_95, adj_95, adj_98);
    wp::adj_mul(var_94, var_96, adj_94, adj_96, adj_97);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_85, adj_85, adj_94);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_79, var_92, adj_79, adj_92, adj_93);
    wp::adj_vec_t(var_85, var_80, var_91, adj_85, adj_80, adj_91, adj_92);
    wp::adj_float(var_81, adj_81, adj_91);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_86, var_88, var_76, adj_86, adj_88, adj_76, adj_90);
    wp::adj_where(var_86, var_87, var_75, adj_86, adj_87, adj_75, adj_89);
    if (var_86) {
        wp::adj_copy(var_81, adj_81, adj_88);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_85, adj_85, adj_87);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_83, var_84, adj_83, adj_84, adj_85);
    wp::adj_float(var_81, adj_81, adj_84);
    wp::adj_mul(var_80, var_82, adj_80, adj_82, adj_83);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_71, adj_71, adj_80);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_65, var_78, adj_65, adj_78, adj_79);
    wp::adj_vec_t(var_71, var_66, var_77, adj_71, adj_66, adj_77, adj_78);
    wp::adj_float(var_67, adj_67, adj_77);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_72, var_74, var_62, adj_72, adj_74, adj_62, adj_76);
    wp::adj_where(var_72, var_73, var_61, adj_72, adj_73, adj_61, adj_75);
    if (var_72) {
        wp::adj_copy(var_67, adj_67, adj_74);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_71, adj_71, adj_73);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_69, var_70, adj_69, adj_70, adj_71);
    wp::adj_float(var_67, adj_67, adj_70);
    wp::adj_mul(var_66, var_68, adj_66, adj_68, adj_69);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_57, adj_57, adj_66);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_51, var_64, adj_51, adj_64, adj_65);
    wp::adj_vec_t(var_57, var_52, var_63, adj_57, adj_52, adj_63, adj_64);
    wp::adj_float(var_53, adj_53, adj_63);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_58, var_60, var_48, adj_58, adj_60, adj_48, adj_62);
    wp::adj_where(var_58, var_59, var_47, adj_58, adj_59, adj_47, adj_61);
    if (var_58) {
        wp::adj_copy(var_53, adj_53, adj_60);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_57, adj_57, adj_59);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
    wp::adj_float(var_53, adj_53, adj_56);
    wp::adj_mul(var_52, var_54, adj_52, adj_54, adj_55);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_43, adj_43, adj_52);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_37, var_50, adj_37, adj_50, adj_51);
    wp::adj_vec_t(var_43, var_38, var_49, adj_43, adj_38, adj_49, adj_50);
    wp::adj_float(var_39, adj_39, adj_49);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_44, var_46, var_34, adj_44, adj_46, adj_34, adj_48);
    wp::adj_where(var_44, var_45, var_33, adj_44, adj_45, adj_33, adj_47);
    if (var_44) {
        wp::adj_copy(var_39, adj_39, adj_46);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_43, adj_43, adj_45);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_float(var_39, adj_39, adj_42);
    wp::adj_mul(var_38, var_40, adj_38, adj_40, adj_41);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_29, adj_29, adj_38);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_23, var_36, adj_23, adj_36, adj_37);
    wp::adj_vec_t(var_29, var_24, var_35, adj_29, adj_24, adj_35, adj_36);
    wp::adj_float(var_25, adj_25, adj_35);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_30, var_32, var_20, adj_30, adj_32, adj_20, adj_34);
    wp::adj_where(var_30, var_31, var_19, adj_30, adj_31, adj_19, adj_33);
    if (var_30) {
        wp::adj_copy(var_25, adj_25, adj_32);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_29, adj_29, adj_31);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_float(var_25, adj_25, adj_28);
    wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    wp::adj_copy(var_15, adj_15, adj_24);
    // adj: prev = cur                                                                        <L 68>
    wp::adj_add(var_1, var_22, adj_1, adj_22, adj_23);
    wp::adj_vec_t(var_15, var_3, var_21, adj_15, adj_3, adj_21, adj_22);
    wp::adj_float(var_11, adj_11, adj_21);
    // adj: acc = acc + wp.vec3(cur, prev, float(k))                                          <L 67>
    wp::adj_where(var_16, var_18, var_10, adj_16, adj_18, adj_10, adj_20);
    wp::adj_where(var_16, var_17, var_7, adj_16, adj_17, adj_7, adj_19);
    if (var_16) {
        wp::adj_copy(var_11, adj_11, adj_18);
        // adj: bestk = k                                                                     <L 66>
        wp::adj_copy(var_15, adj_15, adj_17);
        // adj: best = cur                                                                    <L 65>
    }
    // adj: if cur > best:                                                                    <L 64>
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_float(var_11, adj_11, adj_14);
    wp::adj_mul(var_3, var_12, adj_3, adj_12, adj_13);
    // adj: cur = prev * 0.5 + float(k)                                                       <L 63>
    // adj: for k in range(8):                                                                <L 62>
    wp::adj_int(var_9, adj_9, adj_10);
    // adj: bestk = int(-1)                                                                   <L 61>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: best = float(-1.0e9)                                                              <L 60>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: prev = a[i]                                                                       <L 59>
    // adj: acc = wp.vec3()                                                                   <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def loop_carried(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):         <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void loop_carried_76a2fb79_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_loop_carried_76a2fb79 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        loop_carried_76a2fb79_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void loop_carried_76a2fb79_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_loop_carried_76a2fb79 *_wp_args,
    wp_args_loop_carried_76a2fb79 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        loop_carried_76a2fb79_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_early_exit_loop_155c85a1 {
    wp::array_t<wp::float32> a;
    wp::float32 thresh;
    wp::array_t<wp::int32> first;
};


void early_exit_loop_155c85a1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_early_exit_loop_155c85a1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_thresh = _wp_args->thresh;
    wp::array_t<wp::int32> var_first = _wp_args->first;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    bool var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = -1;
    //---------
    // forward
    // def early_exit_loop(a: wp.array2d(dtype=float), thresh: float, first: wp.array(dtype=int)):       <L 73>
    // row = wp.tid()                                                                         <L 74>
    var_0 = builtin_tid1d();
    // for j in range(a.shape[1]):                                                            <L 75>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // if a[row, j] > thresh:                                                             <L 76>
        var_7 = wp::address(var_a, var_0, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_9 > var_thresh);
        if (var_8) {
            // first[row] = j                                                                 <L 77>
            wp::array_store(var_first, var_0, var_6);
            // return                                                                         <L 78>
            return;
        }
        goto start_for_0;
    end_for_0:;
    // first[row] = -1                                                                        <L 79>
    wp::array_store(var_first, var_0, var_11);
}



void early_exit_loop_155c85a1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_early_exit_loop_155c85a1 *_wp_args,
    wp_args_early_exit_loop_155c85a1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_thresh = _wp_args->thresh;
    wp::array_t<wp::int32> var_first = _wp_args->first;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::float32 adj_thresh = _wp_adj_args->thresh;
    wp::array_t<wp::int32> adj_first = _wp_adj_args->first;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    bool var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = -1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def early_exit_loop(a: wp.array2d(dtype=float), thresh: float, first: wp.array(dtype=int)):       <L 73>
    // row = wp.tid()                                                                         <L 74>
    var_0 = builtin_tid1d();
    // for j in range(a.shape[1]):                                                            <L 75>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::range(var_3);
    // first[row] = -1                                                                        <L 79>
    // wp::array_store(var_first, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_first, var_0, var_11, adj_first, adj_0, adj_11);
    // adj: first[row] = -1                                                                   <L 79>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
        // if a[row, j] > thresh:                                                             <L 76>
        var_7 = wp::address(var_a, var_0, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_9 > var_thresh);
        if (var_8) {
            // first[row] = j                                                                 <L 77>
            // wp::array_store(var_first, var_0, var_6);
            // return                                                                         <L 78>
            goto label2;
        }
        if (var_8) {
            label2:;
            // adj: return                                                                    <L 78>
            wp::adj_array_store(var_first, var_0, var_6, adj_first, adj_0, adj_6);
            // adj: first[row] = j                                                            <L 77>
        }
        wp::adj_address(var_a, var_0, var_6, adj_a, adj_0, adj_6, adj_7);
        // adj: if a[row, j] > thresh:                                                        <L 76>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_3, adj_3, adj_5);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_a.shape = adj_1;
    // adj: for j in range(a.shape[1]):                                                       <L 75>
    // adj: row = wp.tid()                                                                    <L 74>
    // adj: def early_exit_loop(a: wp.array2d(dtype=float), thresh: float, first: wp.array(dtype=int)):  <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void early_exit_loop_155c85a1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_early_exit_loop_155c85a1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        early_exit_loop_155c85a1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void early_exit_loop_155c85a1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_early_exit_loop_155c85a1 *_wp_args,
    wp_args_early_exit_loop_155c85a1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        early_exit_loop_155c85a1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

