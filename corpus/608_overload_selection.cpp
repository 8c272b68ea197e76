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


// corpus/608_overload_selection.py:6
static wp::float32 accumulate_0(
    wp::array_t<wp::float32> var_values)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def accumulate(values: wp.array(dtype=float)) -> float:                                <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for i in range(values.shape[0]):                                                       <L 9>
    var_2 = &(var_values.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // s += values[i]                                                                     <L 10>
        var_8 = wp::address(var_values, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_1, var_10);
        wp::assign(var_1, var_9);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 11>
    return var_1;
}


// corpus/608_overload_selection.py:35
static wp::float32 scale_3(
    wp::float32 var_x,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // forward
    // def scale(x: float, s: float) -> float:                                                <L 36>
    // return x * s * 1.0                                                                     <L 38>
    var_0 = wp::mul(var_x, var_s);
    var_2 = wp::mul(var_0, var_1);
    return var_2;
}


// corpus/608_overload_selection.py:25
static wp::int32 scale_1(
    wp::int32 var_x,
    wp::int32 var_s)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def scale(x: int, s: int) -> int:                                                      <L 26>
    // return x * s                                                                           <L 27>
    var_0 = wp::mul(var_x, var_s);
    return var_0;
}


// corpus/608_overload_selection.py:0
static wp::vec_t<3, wp::float32> scale_2(
    wp::vec_t<3, wp::float32> var_x,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def scale(x: Any, s: float):                                                           <L 1>
    // return x * s                                                                           <L 2>
    var_0 = wp::mul(var_x, var_s);
    return var_0;
}


// corpus/608_overload_selection.py:6
static void adj_accumulate_0(
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> & adj_values,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def accumulate(values: wp.array(dtype=float)) -> float:                                <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for i in range(values.shape[0]):                                                       <L 9>
    var_2 = &(var_values.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    // return s                                                                               <L 11>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 11>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
        // s += values[i]                                                                     <L 10>
        var_8 = wp::address(var_values, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_1, var_10);
        wp::assign(var_1, var_9);
        wp::adj_assign(var_1, var_9, adj_1, adj_9);
        wp::adj_add(var_1, var_10, adj_1, adj_8, adj_9);
        wp::adj_address(var_values, var_7, adj_values, adj_7, adj_8);
        // adj: s += values[i]                                                                <L 10>
    	goto start_for_0;
    end_for_0:;
    adj_values.shape = adj_2;
    // adj: for i in range(values.shape[0]):                                                  <L 9>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 8>
    // adj: def accumulate(values: wp.array(dtype=float)) -> float:                           <L 7>
    return;
}


// corpus/608_overload_selection.py:35
static void adj_scale_3(
    wp::float32 var_x,
    wp::float32 var_s,
    wp::float32 & adj_x,
    wp::float32 & adj_s,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def scale(x: float, s: float) -> float:                                                <L 36>
    // return x * s * 1.0                                                                     <L 38>
    var_0 = wp::mul(var_x, var_s);
    var_2 = wp::mul(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_x, var_s, adj_x, adj_s, adj_0);
    // adj: return x * s * 1.0                                                                <L 38>
    // adj: def scale(x: float, s: float) -> float:                                           <L 36>
    return;
}


// corpus/608_overload_selection.py:25
static void adj_scale_1(
    wp::int32 var_x,
    wp::int32 var_s,
    wp::int32 & adj_x,
    wp::int32 & adj_s,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def scale(x: int, s: int) -> int:                                                      <L 26>
    // return x * s                                                                           <L 27>
    var_0 = wp::mul(var_x, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_s, adj_x, adj_s, adj_0);
    // adj: return x * s                                                                      <L 27>
    // adj: def scale(x: int, s: int) -> int:                                                 <L 26>
    return;
}


// corpus/608_overload_selection.py:0
static void adj_scale_2(
    wp::vec_t<3, wp::float32> var_x,
    wp::float32 var_s,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::float32 & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def scale(x: Any, s: float):                                                           <L 1>
    // return x * s                                                                           <L 2>
    var_0 = wp::mul(var_x, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_s, adj_x, adj_s, adj_0);
    // adj: return x * s                                                                      <L 2>
    // adj: def scale(x: Any, s: float):                                                      <L 1>
    return;
}

struct wp_args_row_totals_cc6e261c {
    wp::array_t<wp::float32> m;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::array_t<wp::float32> out;
};


void row_totals_cc6e261c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_totals_cc6e261c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::slice_t var_1;
    const wp::int32 var_2 = 0;
    wp::array_t<wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::int32* var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.25;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def row_totals(m: wp.array2d(dtype=float), counts: wp.array(dtype=int), vel: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // out[i] = scale(accumulate(m[i]), 0.5) + float(scale(counts[i], 2))                     <L 44>
    var_1 = wp::slice_t(var_0, var_0, var_2);
    var_3 = wp::view(var_m, var_1);
    var_4 = accumulate_0(var_3);
    var_6 = scale_3(var_4, var_5);
    var_7 = wp::address(var_counts, var_0);
    var_10 = wp::load(var_7);
    var_9 = scale_1(var_10, var_8);
    var_11 = wp::float(var_9);
    var_12 = wp::add(var_6, var_11);
    wp::array_store(var_out, var_0, var_12);
    // v = scale(vel[i], 0.25)                                                                <L 45>
    var_13 = wp::address(var_vel, var_0);
    var_16 = wp::load(var_13);
    var_15 = scale_2(var_16, var_14);
    // out[i] += wp.length(v) + accumulate(m)                                                 <L 46>
    var_17 = wp::length(var_15);
    var_18 = accumulate_0(var_m);
    var_19 = wp::add(var_17, var_18);
    var_20 = wp::atomic_add(var_out, var_0, var_19);
}



void row_totals_cc6e261c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_totals_cc6e261c *_wp_args,
    wp_args_row_totals_cc6e261c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_m = _wp_adj_args->m;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::slice_t var_1;
    const wp::int32 var_2 = 0;
    wp::array_t<wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::int32* var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.25;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::slice_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::array_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def row_totals(m: wp.array2d(dtype=float), counts: wp.array(dtype=int), vel: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // out[i] = scale(accumulate(m[i]), 0.5) + float(scale(counts[i], 2))                     <L 44>
    var_1 = wp::slice_t(var_0, var_0, var_2);
    var_3 = wp::view(var_m, var_1);
    var_4 = accumulate_0(var_3);
    var_6 = scale_3(var_4, var_5);
    var_7 = wp::address(var_counts, var_0);
    var_10 = wp::load(var_7);
    var_9 = scale_1(var_10, var_8);
    var_11 = wp::float(var_9);
    var_12 = wp::add(var_6, var_11);
    // wp::array_store(var_out, var_0, var_12);
    // v = scale(vel[i], 0.25)                                                                <L 45>
    var_13 = wp::address(var_vel, var_0);
    var_16 = wp::load(var_13);
    var_15 = scale_2(var_16, var_14);
    // out[i] += wp.length(v) + accumulate(m)                                                 <L 46>
    var_17 = wp::length(var_15);
    var_18 = accumulate_0(var_m);
    var_19 = wp::add(var_17, var_18);
    // var_20 = wp::atomic_add(var_out, var_0, var_19);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_19, adj_out, adj_0, adj_19, adj_20);
    wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
    adj_accumulate_0(var_m, adj_m, adj_18);
    wp::adj_length(var_15, var_17, adj_15, adj_17);
    // adj: out[i] += wp.length(v) + accumulate(m)                                            <L 46>
    adj_scale_2(var_16, var_14, adj_13, adj_14, adj_15);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_13);
    // adj: v = scale(vel[i], 0.25)                                                           <L 45>
    wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
    wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_float(var_9, adj_9, adj_11);
    adj_scale_1(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_7);
    adj_scale_3(var_4, var_5, adj_4, adj_5, adj_6);
    adj_accumulate_0(var_3, adj_3, adj_4);
    wp::adj_view(var_m, var_1, adj_m, adj_1, adj_3);
    // adj: out[i] = scale(accumulate(m[i]), 0.5) + float(scale(counts[i], 2))                <L 44>
    // adj: i = wp.tid()                                                                      <L 43>
    // adj: def row_totals(m: wp.array2d(dtype=float), counts: wp.array(dtype=int), vel: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 42>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void row_totals_cc6e261c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_totals_cc6e261c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_totals_cc6e261c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void row_totals_cc6e261c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_totals_cc6e261c *_wp_args,
    wp_args_row_totals_cc6e261c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_totals_cc6e261c_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

