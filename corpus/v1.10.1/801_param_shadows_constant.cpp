
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


// corpus/801_param_shadows_constant.py:11
static wp::float32 clamp_dist_0(
    wp::float32 var_d,
    wp::float32 var_epsilon)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def clamp_dist(d: float, epsilon: float):                                              <L 12>
    // return wp.max(d, epsilon)                                                              <L 13>
    var_0 = wp::max(var_d, var_epsilon);
    return var_0;
}


// corpus/801_param_shadows_constant.py:11
static void adj_clamp_dist_0(
    wp::float32 var_d,
    wp::float32 var_epsilon,
    wp::float32 & adj_d,
    wp::float32 & adj_epsilon,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def clamp_dist(d: float, epsilon: float):                                              <L 12>
    // return wp.max(d, epsilon)                                                              <L 13>
    var_0 = wp::max(var_d, var_epsilon);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_max(var_d, var_epsilon, adj_d, adj_epsilon, adj_0);
    // adj: return wp.max(d, epsilon)                                                         <L 13>
    // adj: def clamp_dist(d: float, epsilon: float):                                         <L 12>
    return;
}

struct wp_args_strided_fill_8ef6d181 {
    wp::int32 start;
    wp::int32 end;
    wp::int32 step;
    wp::array_t<wp::int32> result;
};


void strided_fill_8ef6d181_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strided_fill_8ef6d181 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_start = _wp_args->start;
    wp::int32 var_end = _wp_args->end;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::int32> var_result = _wp_args->result;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    //---------
    // forward
    // def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):        <L 17>
    // n = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // for i in range(start, end, step):                                                      <L 19>
    var_2 = wp::range(var_start, var_end, var_step);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // result[n] = i                                                                      <L 20>
        wp::array_store(var_result, var_1, var_3);
        // n += 1                                                                             <L 21>
        var_6 = wp::add(var_1, var_5);
        wp::assign(var_1, var_6);
        goto start_for_0;
    end_for_0:;
}



void strided_fill_8ef6d181_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strided_fill_8ef6d181 *_wp_args,
    wp_args_strided_fill_8ef6d181 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_start = _wp_args->start;
    wp::int32 var_end = _wp_args->end;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::int32> var_result = _wp_args->result;
    wp::int32 adj_start = _wp_adj_args->start;
    wp::int32 adj_end = _wp_adj_args->end;
    wp::int32 adj_step = _wp_adj_args->step;
    wp::array_t<wp::int32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):        <L 17>
    // n = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // for i in range(start, end, step):                                                      <L 19>
    var_2 = wp::range(var_start, var_end, var_step);
    //---------
    // reverse
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
        // result[n] = i                                                                      <L 20>
        // wp::array_store(var_result, var_1, var_3);
        // n += 1                                                                             <L 21>
        var_6 = wp::add(var_1, var_5);
        wp::assign(var_1, var_6);
        wp::adj_assign(var_1, var_6, adj_1, adj_6);
        wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
        // adj: n += 1                                                                        <L 21>
        wp::adj_array_store(var_result, var_1, var_3, adj_result, adj_1, adj_3);
        // adj: result[n] = i                                                                 <L 20>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_start, var_end, var_step, adj_start, adj_end, adj_step, adj_2);
    // adj: for i in range(start, end, step):                                                 <L 19>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: n = int(0)                                                                        <L 18>
    // adj: def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):   <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void strided_fill_8ef6d181_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_strided_fill_8ef6d181 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strided_fill_8ef6d181_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void strided_fill_8ef6d181_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_strided_fill_8ef6d181 *_wp_args,
    wp_args_strided_fill_8ef6d181 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strided_fill_8ef6d181_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scaled_a7e90f16 {
    wp::array_t<wp::vec_t<3, wp::float32>> xs;
    wp::vec_t<3, wp::float32> scale;
    wp::array_t<wp::float32> out;
};


void scaled_a7e90f16_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scaled_a7e90f16 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs = _wp_args->xs;
    wp::vec_t<3, wp::float32> var_scale = _wp_args->scale;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    //---------
    // forward
    // def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):       <L 25>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // v = wp.cw_mul(xs[tid], scale)                                                          <L 27>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::cw_mul(var_3, var_scale);
    // out[tid] = clamp_dist(wp.length(v), 0.5)                                               <L 28>
    var_4 = wp::length(var_2);
    var_6 = clamp_dist_0(var_4, var_5);
    wp::array_store(var_out, var_0, var_6);
}



void scaled_a7e90f16_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scaled_a7e90f16 *_wp_args,
    wp_args_scaled_a7e90f16 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs = _wp_args->xs;
    wp::vec_t<3, wp::float32> var_scale = _wp_args->scale;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_xs = _wp_adj_args->xs;
    wp::vec_t<3, wp::float32> adj_scale = _wp_adj_args->scale;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):       <L 25>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // v = wp.cw_mul(xs[tid], scale)                                                          <L 27>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::cw_mul(var_3, var_scale);
    // out[tid] = clamp_dist(wp.length(v), 0.5)                                               <L 28>
    var_4 = wp::length(var_2);
    var_6 = clamp_dist_0(var_4, var_5);
    // wp::array_store(var_out, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
    adj_clamp_dist_0(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_length(var_2, var_4, adj_2, adj_4);
    // adj: out[tid] = clamp_dist(wp.length(v), 0.5)                                          <L 28>
    wp::adj_cw_mul(var_3, var_scale, adj_1, adj_scale, adj_2);
    wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
    // adj: v = wp.cw_mul(xs[tid], scale)                                                     <L 27>
    // adj: tid = wp.tid()                                                                    <L 26>
    // adj: def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):  <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scaled_a7e90f16_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_scaled_a7e90f16 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scaled_a7e90f16_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scaled_a7e90f16_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_scaled_a7e90f16 *_wp_args,
    wp_args_scaled_a7e90f16 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scaled_a7e90f16_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

