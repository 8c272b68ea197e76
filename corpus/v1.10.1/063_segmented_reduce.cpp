
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


// corpus/063_segmented_reduce.py:4
static void segment_bounds_0(
    wp::array_t<wp::int32> var_offsets,
    wp::int32 var_s,
    wp::int32 & ret_0,
    wp::int32 & ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def segment_bounds(offsets: wp.array(dtype=int), s: int):                              <L 5>
    // return offsets[s], offsets[s + 1]                                                      <L 6>
    var_0 = wp::address(var_offsets, var_s);
    var_2 = wp::add(var_s, var_1);
    var_3 = wp::address(var_offsets, var_2);
    var_5 = wp::load(var_0);
    var_4 = wp::copy(var_5);
    var_7 = wp::load(var_3);
    var_6 = wp::copy(var_7);
    ret_0 = var_4;
    ret_1 = var_6;
    return;
}


// corpus/063_segmented_reduce.py:4
static void adj_segment_bounds_0(
    wp::array_t<wp::int32> var_offsets,
    wp::int32 var_s,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::array_t<wp::int32> & adj_offsets,
    wp::int32 & adj_s,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    //---------
    // forward
    // def segment_bounds(offsets: wp.array(dtype=int), s: int):                              <L 5>
    // return offsets[s], offsets[s + 1]                                                      <L 6>
    var_0 = wp::address(var_offsets, var_s);
    var_2 = wp::add(var_s, var_1);
    var_3 = wp::address(var_offsets, var_2);
    var_5 = wp::load(var_0);
    var_4 = wp::copy(var_5);
    var_7 = wp::load(var_3);
    var_6 = wp::copy(var_7);
    ret_0 = var_4;
    ret_1 = var_6;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret_1;
    adj_4 += adj_ret_0;
    wp::adj_copy(var_7, adj_3, adj_6);
    wp::adj_copy(var_5, adj_0, adj_4);
    wp::adj_address(var_offsets, var_2, adj_offsets, adj_2, adj_3);
    wp::adj_add(var_s, var_1, adj_s, adj_1, adj_2);
    wp::adj_address(var_offsets, var_s, adj_offsets, adj_s, adj_0);
    // adj: return offsets[s], offsets[s + 1]                                                 <L 6>
    // adj: def segment_bounds(offsets: wp.array(dtype=int), s: int):                         <L 5>
    return;
}

struct wp_args_segment_sum_max_752d6c5f {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::float32> sums;
    wp::array_t<wp::float32> maxs;
    wp::array_t<wp::int32> argmaxs;
};


void segment_sum_max_752d6c5f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_segment_sum_max_752d6c5f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_maxs = _wp_args->maxs;
    wp::array_t<wp::int32> var_argmaxs = _wp_args->argmaxs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 0.0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = -1;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::float32 var_23;
    wp::int32 var_24;
    //---------
    // forward
    // def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):       <L 10>
    // s = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // start, end = segment_bounds(offsets, s)                                                <L 12>
    segment_bounds_0(var_offsets, var_0, var_1, var_2);
    // if end <= start:                                                                       <L 13>
    var_3 = (var_2 <= var_1);
    if (var_3) {
        // sums[s] = 0.0                                                                      <L 14>
        wp::array_store(var_sums, var_0, var_4);
        // maxs[s] = 0.0                                                                      <L 15>
        wp::array_store(var_maxs, var_0, var_5);
        // argmaxs[s] = -1                                                                    <L 16>
        wp::array_store(var_argmaxs, var_0, var_7);
        // return                                                                             <L 17>
        return;
    }
    // total = float(0.0)                                                                     <L 18>
    var_9 = wp::float(var_8);
    // best = values[start]                                                                   <L 19>
    var_10 = wp::address(var_values, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // best_i = start                                                                         <L 20>
    var_13 = wp::copy(var_1);
    // for i in range(start, end):                                                            <L 21>
    var_14 = wp::range(var_1, var_2);
    start_for_1:;
        if (iter_cmp(var_14) == 0) goto end_for_1;
        var_15 = wp::iter_next(var_14);
        // v = values[i]                                                                      <L 22>
        var_16 = wp::address(var_values, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // total += v                                                                         <L 23>
        var_19 = wp::add(var_9, var_17);
        // if v > best:                                                                       <L 24>
        var_20 = (var_17 > var_11);
        if (var_20) {
            // best = v                                                                       <L 25>
            var_21 = wp::copy(var_17);
            // best_i = i                                                                     <L 26>
            var_22 = wp::copy(var_15);
        }
        var_23 = wp::where(var_20, var_21, var_11);
        var_24 = wp::where(var_20, var_22, var_13);
        wp::assign(var_9, var_19);
        wp::assign(var_11, var_23);
        wp::assign(var_13, var_24);
        goto start_for_1;
    end_for_1:;
    // sums[s] = total                                                                        <L 27>
    wp::array_store(var_sums, var_0, var_9);
    // maxs[s] = best                                                                         <L 28>
    wp::array_store(var_maxs, var_0, var_11);
    // argmaxs[s] = best_i                                                                    <L 29>
    wp::array_store(var_argmaxs, var_0, var_13);
}



void segment_sum_max_752d6c5f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_segment_sum_max_752d6c5f *_wp_args,
    wp_args_segment_sum_max_752d6c5f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_maxs = _wp_args->maxs;
    wp::array_t<wp::int32> var_argmaxs = _wp_args->argmaxs;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::float32> adj_maxs = _wp_adj_args->maxs;
    wp::array_t<wp::int32> adj_argmaxs = _wp_adj_args->argmaxs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 0.0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = -1;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::float32 var_23;
    wp::int32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):       <L 10>
    // s = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // start, end = segment_bounds(offsets, s)                                                <L 12>
    segment_bounds_0(var_offsets, var_0, var_1, var_2);
    // if end <= start:                                                                       <L 13>
    var_3 = (var_2 <= var_1);
    if (var_3) {
        // sums[s] = 0.0                                                                      <L 14>
        // wp::array_store(var_sums, var_0, var_4);
        // maxs[s] = 0.0                                                                      <L 15>
        // wp::array_store(var_maxs, var_0, var_5);
        // argmaxs[s] = -1                                                                    <L 16>
        // wp::array_store(var_argmaxs, var_0, var_7);
        // return                                                                             <L 17>
        goto label0;
    }
    // total = float(0.0)                                                                     <L 18>
    var_9 = wp::float(var_8);
    // best = values[start]                                                                   <L 19>
    var_10 = wp::address(var_values, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // best_i = start                                                                         <L 20>
    var_13 = wp::copy(var_1);
    // for i in range(start, end):                                                            <L 21>
    var_14 = wp::range(var_1, var_2);
    // sums[s] = total                                                                        <L 27>
    // wp::array_store(var_sums, var_0, var_9);
    // maxs[s] = best                                                                         <L 28>
    // wp::array_store(var_maxs, var_0, var_11);
    // argmaxs[s] = best_i                                                                    <L 29>
    // wp::array_store(var_argmaxs, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_argmaxs, var_0, var_13, adj_argmaxs, adj_0, adj_13);
    // adj: argmaxs[s] = best_i                                                               <L 29>
    wp::adj_array_store(var_maxs, var_0, var_11, adj_maxs, adj_0, adj_11);
    // adj: maxs[s] = best                                                                    <L 28>
    wp::adj_array_store(var_sums, var_0, var_9, adj_sums, adj_0, adj_9);
    // adj: sums[s] = total                                                                   <L 27>
    var_14 = wp::iter_reverse(var_14);
    start_for_1:;
        if (iter_cmp(var_14) == 0) goto end_for_1;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
        // v = values[i]                                                                      <L 22>
        var_16 = wp::address(var_values, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // total += v                                                                         <L 23>
        var_19 = wp::add(var_9, var_17);
        // if v > best:                                                                       <L 24>
        var_20 = (var_17 > var_11);
        if (var_20) {
            // best = v                                                                       <L 25>
            var_21 = wp::copy(var_17);
            // best_i = i                                                                     <L 26>
            var_22 = wp::copy(var_15);
        }
        var_23 = wp::where(var_20, var_21, var_11);
        var_24 = wp::where(var_20, var_22, var_13);
        wp::assign(var_9, var_19);
        wp::assign(var_11, var_23);
        wp::assign(var_13, var_24);
        wp::adj_assign(var_13, var_24, adj_13, adj_24);
        wp::adj_assign(var_11, var_23, adj_11, adj_23);
        wp::adj_assign(var_9, var_19, adj_9, adj_19);
        wp::adj_where(var_20, var_22, var_13, adj_20, adj_22, adj_13, adj_24);
        wp::adj_where(var_20, var_21, var_11, adj_20, adj_21, adj_11, adj_23);
        if (var_20) {
            wp::adj_copy(var_15, adj_15, adj_22);
            // adj: best_i = i                                                                <L 26>
            wp::adj_copy(var_17, adj_17, adj_21);
            // adj: best = v                                                                  <L 25>
        }
        // adj: if v > best:                                                                  <L 24>
        wp::adj_add(var_9, var_17, adj_9, adj_17, adj_19);
        // adj: total += v                                                                    <L 23>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_values, var_15, adj_values, adj_15, adj_16);
        // adj: v = values[i]                                                                 <L 22>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_1, var_2, adj_1, adj_2, adj_14);
    // adj: for i in range(start, end):                                                       <L 21>
    wp::adj_copy(var_1, adj_1, adj_13);
    // adj: best_i = start                                                                    <L 20>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_values, var_1, adj_values, adj_1, adj_10);
    // adj: best = values[start]                                                              <L 19>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: total = float(0.0)                                                                <L 18>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 17>
        wp::adj_array_store(var_argmaxs, var_0, var_7, adj_argmaxs, adj_0, adj_7);
        // adj: argmaxs[s] = -1                                                               <L 16>
        wp::adj_array_store(var_maxs, var_0, var_5, adj_maxs, adj_0, adj_5);
        // adj: maxs[s] = 0.0                                                                 <L 15>
        wp::adj_array_store(var_sums, var_0, var_4, adj_sums, adj_0, adj_4);
        // adj: sums[s] = 0.0                                                                 <L 14>
    }
    // adj: if end <= start:                                                                  <L 13>
    adj_segment_bounds_0(var_offsets, var_0, var_1, var_2, adj_offsets, adj_0, adj_1, adj_2);
    // adj: start, end = segment_bounds(offsets, s)                                           <L 12>
    // adj: s = wp.tid()                                                                      <L 11>
    // adj: def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):  <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void segment_sum_max_752d6c5f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_segment_sum_max_752d6c5f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        segment_sum_max_752d6c5f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void segment_sum_max_752d6c5f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_segment_sum_max_752d6c5f *_wp_args,
    wp_args_segment_sum_max_752d6c5f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        segment_sum_max_752d6c5f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_segment_softmax_21cb80d2 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::float32> out;
};


void segment_softmax_21cb80d2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_segment_softmax_21cb80d2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 1e+30;
    const wp::float32 var_4 = -1e+30;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::range_t var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 33>
    // s = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // start, end = segment_bounds(offsets, s)                                                <L 35>
    segment_bounds_0(var_offsets, var_0, var_1, var_2);
    // m = float(-1.0e30)                                                                     <L 36>
    var_5 = wp::float(var_4);
    // for i in range(start, end):                                                            <L 37>
    var_6 = wp::range(var_1, var_2);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // m = wp.max(m, values[i])                                                           <L 38>
        var_8 = wp::address(var_values, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::max(var_5, var_10);
        wp::assign(var_5, var_9);
        goto start_for_0;
    end_for_0:;
    // z = float(0.0)                                                                         <L 39>
    var_12 = wp::float(var_11);
    // for i in range(start, end):                                                            <L 40>
    var_13 = wp::range(var_1, var_2);
    start_for_2:;
        if (iter_cmp(var_13) == 0) goto end_for_2;
        var_14 = wp::iter_next(var_13);
        // z += wp.exp(values[i] - m)                                                         <L 41>
        var_15 = wp::address(var_values, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_5);
        var_18 = wp::exp(var_16);
        var_19 = wp::address(var_values, var_14);
        var_21 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_5);
        var_22 = wp::exp(var_20);
        var_23 = wp::add(var_12, var_22);
        wp::assign(var_12, var_23);
        goto start_for_2;
    end_for_2:;
    // for i in range(start, end):                                                            <L 42>
    var_24 = wp::range(var_1, var_2);
    start_for_4:;
        if (iter_cmp(var_24) == 0) goto end_for_4;
        var_25 = wp::iter_next(var_24);
        // out[i] = wp.exp(values[i] - m) / z                                                 <L 43>
        var_26 = wp::address(var_values, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_5);
        var_29 = wp::exp(var_27);
        var_30 = wp::div(var_29, var_12);
        wp::array_store(var_out, var_25, var_30);
        goto start_for_4;
    end_for_4:;
}



void segment_softmax_21cb80d2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_segment_softmax_21cb80d2 *_wp_args,
    wp_args_segment_softmax_21cb80d2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 1e+30;
    const wp::float32 var_4 = -1e+30;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::range_t var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::range_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 33>
    // s = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // start, end = segment_bounds(offsets, s)                                                <L 35>
    segment_bounds_0(var_offsets, var_0, var_1, var_2);
    // m = float(-1.0e30)                                                                     <L 36>
    var_5 = wp::float(var_4);
    // for i in range(start, end):                                                            <L 37>
    var_6 = wp::range(var_1, var_2);
    // z = float(0.0)                                                                         <L 39>
    var_12 = wp::float(var_11);
    // for i in range(start, end):                                                            <L 40>
    var_13 = wp::range(var_1, var_2);
    // for i in range(start, end):                                                            <L 42>
    var_24 = wp::range(var_1, var_2);
    //---------
    // reverse
    var_24 = wp::iter_reverse(var_24);
    start_for_4:;
        if (iter_cmp(var_24) == 0) goto end_for_4;
        var_25 = wp::iter_next(var_24);
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // out[i] = wp.exp(values[i] - m) / z                                                 <L 43>
        var_26 = wp::address(var_values, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_5);
        var_29 = wp::exp(var_27);
        var_30 = wp::div(var_29, var_12);
        // wp::array_store(var_out, var_25, var_30);
        wp::adj_array_store(var_out, var_25, var_30, adj_out, adj_25, adj_30);
        wp::adj_div(var_29, var_12, var_30, adj_29, adj_12, adj_30);
        wp::adj_exp(var_27, var_29, adj_27, adj_29);
        wp::adj_sub(var_28, var_5, adj_26, adj_5, adj_27);
        wp::adj_address(var_values, var_25, adj_values, adj_25, adj_26);
        // adj: out[i] = wp.exp(values[i] - m) / z                                            <L 43>
    	goto start_for_4;
    end_for_4:;
    wp::adj_range(var_1, var_2, adj_1, adj_2, adj_24);
    // adj: for i in range(start, end):                                                       <L 42>
    var_13 = wp::iter_reverse(var_13);
    start_for_2:;
        if (iter_cmp(var_13) == 0) goto end_for_2;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
        // z += wp.exp(values[i] - m)                                                         <L 41>
        var_15 = wp::address(var_values, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_5);
        var_18 = wp::exp(var_16);
        var_19 = wp::address(var_values, var_14);
        var_21 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_5);
        var_22 = wp::exp(var_20);
        var_23 = wp::add(var_12, var_22);
        wp::assign(var_12, var_23);
        wp::adj_assign(var_12, var_23, adj_12, adj_23);
        wp::adj_add(var_12, var_22, adj_12, adj_22, adj_23);
        wp::adj_exp(var_20, var_22, adj_20, adj_22);
        wp::adj_sub(var_21, var_5, adj_19, adj_5, adj_20);
        wp::adj_address(var_values, var_14, adj_values, adj_14, adj_19);
        wp::adj_exp(var_16, var_18, adj_16, adj_18);
        wp::adj_sub(var_17, var_5, adj_15, adj_5, adj_16);
        wp::adj_address(var_values, var_14, adj_values, adj_14, adj_15);
        // adj: z += wp.exp(values[i] - m)                                                    <L 41>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_1, var_2, adj_1, adj_2, adj_13);
    // adj: for i in range(start, end):                                                       <L 40>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: z = float(0.0)                                                                    <L 39>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
        // m = wp.max(m, values[i])                                                           <L 38>
        var_8 = wp::address(var_values, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::max(var_5, var_10);
        wp::assign(var_5, var_9);
        wp::adj_assign(var_5, var_9, adj_5, adj_9);
        wp::adj_max(var_5, var_10, adj_5, adj_8, adj_9);
        wp::adj_address(var_values, var_7, adj_values, adj_7, adj_8);
        // adj: m = wp.max(m, values[i])                                                      <L 38>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_1, var_2, adj_1, adj_2, adj_6);
    // adj: for i in range(start, end):                                                       <L 37>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: m = float(-1.0e30)                                                                <L 36>
    adj_segment_bounds_0(var_offsets, var_0, var_1, var_2, adj_offsets, adj_0, adj_1, adj_2);
    // adj: start, end = segment_bounds(offsets, s)                                           <L 35>
    // adj: s = wp.tid()                                                                      <L 34>
    // adj: def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void segment_softmax_21cb80d2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_segment_softmax_21cb80d2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        segment_softmax_21cb80d2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void segment_softmax_21cb80d2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_segment_softmax_21cb80d2 *_wp_args,
    wp_args_segment_softmax_21cb80d2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        segment_softmax_21cb80d2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_keyed_accumulate_f497a9b2 {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::vec_t<3, wp::float32>> values;
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::int32> counts;
};


void keyed_accumulate_f497a9b2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_keyed_accumulate_f497a9b2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    //---------
    // forward
    // def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // k = keys[i]                                                                            <L 49>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if k < 0:                                                                              <L 50>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 51>
        return;
    }
    // sums[k] += values[i]                                                                   <L 52>
    var_6 = wp::address(var_values, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::atomic_add(var_sums, var_2, var_8);
    // counts[k] += 1                                                                         <L 53>
    var_10 = wp::atomic_add(var_counts, var_2, var_9);
}



void keyed_accumulate_f497a9b2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_keyed_accumulate_f497a9b2 *_wp_args,
    wp_args_keyed_accumulate_f497a9b2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // k = keys[i]                                                                            <L 49>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if k < 0:                                                                              <L 50>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 51>
        goto label0;
    }
    // sums[k] += values[i]                                                                   <L 52>
    var_6 = wp::address(var_values, var_0);
    var_8 = wp::load(var_6);
    // var_7 = wp::atomic_add(var_sums, var_2, var_8);
    // counts[k] += 1                                                                         <L 53>
    // var_10 = wp::atomic_add(var_counts, var_2, var_9);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_2, var_9, adj_counts, adj_2, adj_9, adj_10);
    // adj: counts[k] += 1                                                                    <L 53>
    wp::adj_atomic_add(var_sums, var_2, var_8, adj_sums, adj_2, adj_6, adj_7);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_6);
    // adj: sums[k] += values[i]                                                              <L 52>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 51>
    }
    // adj: if k < 0:                                                                         <L 50>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
    // adj: k = keys[i]                                                                       <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void keyed_accumulate_f497a9b2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_keyed_accumulate_f497a9b2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        keyed_accumulate_f497a9b2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void keyed_accumulate_f497a9b2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_keyed_accumulate_f497a9b2 *_wp_args,
    wp_args_keyed_accumulate_f497a9b2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        keyed_accumulate_f497a9b2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_normalize_groups_28d26114 {
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::vec_t<3, wp::float32>> means;
};


void normalize_groups_28d26114_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_normalize_groups_28d26114 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):       <L 57>
    // k = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = counts[k]                                                                          <L 59>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 60>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // means[k] = sums[k] / float(c)                                                      <L 61>
        var_6 = wp::address(var_sums, var_0);
        var_7 = wp::float(var_2);
        var_9 = wp::load(var_6);
        var_8 = wp::div(var_9, var_7);
        wp::array_store(var_means, var_0, var_8);
    }
    if (!var_5) {
        // means[k] = wp.vec3()                                                               <L 63>
        var_10 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_means, var_0, var_10);
    }
}



void normalize_groups_28d26114_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_normalize_groups_28d26114 *_wp_args,
    wp_args_normalize_groups_28d26114 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_means = _wp_adj_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):       <L 57>
    // k = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = counts[k]                                                                          <L 59>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 60>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // means[k] = sums[k] / float(c)                                                      <L 61>
        var_6 = wp::address(var_sums, var_0);
        var_7 = wp::float(var_2);
        var_9 = wp::load(var_6);
        var_8 = wp::div(var_9, var_7);
        // wp::array_store(var_means, var_0, var_8);
    }
    if (!var_5) {
        // means[k] = wp.vec3()                                                               <L 63>
        var_10 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_means, var_0, var_10);
    }
    //---------
    // reverse
    if (!var_5) {
        wp::adj_array_store(var_means, var_0, var_10, adj_means, adj_0, adj_10);
        // adj: means[k] = wp.vec3()                                                          <L 63>
    }
    if (var_5) {
        wp::adj_array_store(var_means, var_0, var_8, adj_means, adj_0, adj_8);
        wp::adj_div(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_2, adj_2, adj_7);
        wp::adj_address(var_sums, var_0, adj_sums, adj_0, adj_6);
        // adj: means[k] = sums[k] / float(c)                                                 <L 61>
    }
    // adj: if c > 0:                                                                         <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
    // adj: c = counts[k]                                                                     <L 59>
    // adj: k = wp.tid()                                                                      <L 58>
    // adj: def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void normalize_groups_28d26114_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_normalize_groups_28d26114 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        normalize_groups_28d26114_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void normalize_groups_28d26114_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_normalize_groups_28d26114 *_wp_args,
    wp_args_normalize_groups_28d26114 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        normalize_groups_28d26114_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_run_length_heads_4ce2bd63 {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::int32> heads;
    wp::array_t<wp::int32> num_runs;
};


void run_length_heads_4ce2bd63_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_run_length_heads_4ce2bd63 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_heads = _wp_args->heads;
    wp::array_t<wp::int32> var_num_runs = _wp_args->num_runs;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // if i == 0 or keys[i] != keys[i - 1]:                                                   <L 69>
    var_2 = (var_0 == var_1);
    var_3 = wp::address(var_keys, var_0);
    var_5 = wp::sub(var_0, var_4);
    var_6 = wp::address(var_keys, var_5);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_6);
    var_7 = (var_8 != var_9);
    var_10 = var_2 || var_7;
    if (var_10) {
        // heads[i] = 1                                                                       <L 70>
        wp::array_store(var_heads, var_0, var_11);
        // wp.atomic_add(num_runs, 0, 1)                                                      <L 71>
        var_14 = wp::atomic_add(var_num_runs, var_12, var_13);
    }
    if (!var_10) {
        // heads[i] = 0                                                                       <L 73>
        wp::array_store(var_heads, var_0, var_15);
    }
}



void run_length_heads_4ce2bd63_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_run_length_heads_4ce2bd63 *_wp_args,
    wp_args_run_length_heads_4ce2bd63 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_heads = _wp_args->heads;
    wp::array_t<wp::int32> var_num_runs = _wp_args->num_runs;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_heads = _wp_adj_args->heads;
    wp::array_t<wp::int32> adj_num_runs = _wp_adj_args->num_runs;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // if i == 0 or keys[i] != keys[i - 1]:                                                   <L 69>
    var_2 = (var_0 == var_1);
    var_3 = wp::address(var_keys, var_0);
    var_5 = wp::sub(var_0, var_4);
    var_6 = wp::address(var_keys, var_5);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_6);
    var_7 = (var_8 != var_9);
    var_10 = var_2 || var_7;
    if (var_10) {
        // heads[i] = 1                                                                       <L 70>
        // wp::array_store(var_heads, var_0, var_11);
        // wp.atomic_add(num_runs, 0, 1)                                                      <L 71>
        // var_14 = wp::atomic_add(var_num_runs, var_12, var_13);
    }
    if (!var_10) {
        // heads[i] = 0                                                                       <L 73>
        // wp::array_store(var_heads, var_0, var_15);
    }
    //---------
    // reverse
    if (!var_10) {
        wp::adj_array_store(var_heads, var_0, var_15, adj_heads, adj_0, adj_15);
        // adj: heads[i] = 0                                                                  <L 73>
    }
    if (var_10) {
        wp::adj_atomic_add(var_num_runs, var_12, var_13, adj_num_runs, adj_12, adj_13, adj_14);
        // adj: wp.atomic_add(num_runs, 0, 1)                                                 <L 71>
        wp::adj_array_store(var_heads, var_0, var_11, adj_heads, adj_0, adj_11);
        // adj: heads[i] = 1                                                                  <L 70>
    }
    wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_6);
    wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_3);
    // adj: if i == 0 or keys[i] != keys[i - 1]:                                              <L 69>
    // adj: i = wp.tid()                                                                      <L 68>
    // adj: def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void run_length_heads_4ce2bd63_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_run_length_heads_4ce2bd63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        run_length_heads_4ce2bd63_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void run_length_heads_4ce2bd63_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_run_length_heads_4ce2bd63 *_wp_args,
    wp_args_run_length_heads_4ce2bd63 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        run_length_heads_4ce2bd63_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

