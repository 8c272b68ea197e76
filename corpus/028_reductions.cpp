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

struct wp_args_block_sum_minmax_53188c7e {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> sums;
    wp::array_t<wp::float32> mins;
    wp::array_t<wp::float32> maxs;
    wp::array_t<wp::float32> global_stats;
};


void block_sum_minmax_53188c7e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_block_sum_minmax_53188c7e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_mins = _wp_args->mins;
    wp::array_t<wp::float32> var_maxs = _wp_args->maxs;
    wp::array_t<wp::float32> var_global_stats = _wp_args->global_stats;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 64;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e+30;
    wp::float32 var_10;
    const wp::float32 var_11 = -1e+30;
    wp::float32 var_12;
    const wp::int32 var_13 = 64;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    bool var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    //---------
    // forward
    // def block_sum_minmax(values: wp.array(dtype=float), sums: wp.array(dtype=float), mins: wp.array(dtype=float), maxs: wp.array(dtype=float), global_stats: wp.array(dtype=float)):       <L 7>
    // b = wp.tid()                                                                           <L 8>
    var_0 = builtin_tid1d();
    // n = values.shape[0]                                                                    <L 9>
    var_1 = &(var_values.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // start = b * BLOCK                                                                      <L 10>
    var_6 = wp::mul(var_0, var_5);
    // s = float(0.0)                                                                         <L 11>
    var_8 = wp::float(var_7);
    // lo = float(1.0e30)                                                                     <L 12>
    var_10 = wp::float(var_9);
    // hi = float(-1.0e30)                                                                    <L 13>
    var_12 = wp::float(var_11);
    // for k in range(BLOCK):                                                                 <L 14>
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // idx = start + k                                                                    <L 15>
        var_16 = wp::add(var_6, var_15);
        // if idx < n:                                                                        <L 16>
        var_17 = (var_16 < var_3);
        if (var_17) {
            // v = values[idx]                                                                <L 17>
            var_18 = wp::address(var_values, var_16);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // s += v                                                                         <L 18>
            var_21 = wp::add(var_8, var_19);
            // lo = wp.min(lo, v)                                                             <L 19>
            var_22 = wp::min(var_10, var_19);
            // hi = wp.max(hi, v)                                                             <L 20>
            var_23 = wp::max(var_12, var_19);
        }
        var_24 = wp::where(var_17, var_21, var_8);
        var_25 = wp::where(var_17, var_22, var_10);
        var_26 = wp::where(var_17, var_23, var_12);
        wp::assign(var_8, var_24);
        wp::assign(var_10, var_25);
        wp::assign(var_12, var_26);
        goto start_for_0;
    end_for_0:;
    // sums[b] = s                                                                            <L 21>
    wp::array_store(var_sums, var_0, var_8);
    // mins[b] = lo                                                                           <L 22>
    wp::array_store(var_mins, var_0, var_10);
    // maxs[b] = hi                                                                           <L 23>
    wp::array_store(var_maxs, var_0, var_12);
    // wp.atomic_add(global_stats, 0, s)                                                      <L 24>
    var_28 = wp::atomic_add(var_global_stats, var_27, var_8);
    // wp.atomic_min(global_stats, 1, lo)                                                     <L 25>
    var_30 = wp::atomic_min(var_global_stats, var_29, var_10);
    // wp.atomic_max(global_stats, 2, hi)                                                     <L 26>
    var_32 = wp::atomic_max(var_global_stats, var_31, var_12);
}



void block_sum_minmax_53188c7e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_block_sum_minmax_53188c7e *_wp_args,
    wp_args_block_sum_minmax_53188c7e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_mins = _wp_args->mins;
    wp::array_t<wp::float32> var_maxs = _wp_args->maxs;
    wp::array_t<wp::float32> var_global_stats = _wp_args->global_stats;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::float32> adj_mins = _wp_adj_args->mins;
    wp::array_t<wp::float32> adj_maxs = _wp_adj_args->maxs;
    wp::array_t<wp::float32> adj_global_stats = _wp_adj_args->global_stats;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 64;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e+30;
    wp::float32 var_10;
    const wp::float32 var_11 = -1e+30;
    wp::float32 var_12;
    const wp::int32 var_13 = 64;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    bool var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def block_sum_minmax(values: wp.array(dtype=float), sums: wp.array(dtype=float), mins: wp.array(dtype=float), maxs: wp.array(dtype=float), global_stats: wp.array(dtype=float)):       <L 7>
    // b = wp.tid()                                                                           <L 8>
    var_0 = builtin_tid1d();
    // n = values.shape[0]                                                                    <L 9>
    var_1 = &(var_values.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // start = b * BLOCK                                                                      <L 10>
    var_6 = wp::mul(var_0, var_5);
    // s = float(0.0)                                                                         <L 11>
    var_8 = wp::float(var_7);
    // lo = float(1.0e30)                                                                     <L 12>
    var_10 = wp::float(var_9);
    // hi = float(-1.0e30)                                                                    <L 13>
    var_12 = wp::float(var_11);
    // for k in range(BLOCK):                                                                 <L 14>
    var_14 = wp::range(var_13);
    // sums[b] = s                                                                            <L 21>
    // wp::array_store(var_sums, var_0, var_8);
    // mins[b] = lo                                                                           <L 22>
    // wp::array_store(var_mins, var_0, var_10);
    // maxs[b] = hi                                                                           <L 23>
    // wp::array_store(var_maxs, var_0, var_12);
    // wp.atomic_add(global_stats, 0, s)                                                      <L 24>
    // var_28 = wp::atomic_add(var_global_stats, var_27, var_8);
    // wp.atomic_min(global_stats, 1, lo)                                                     <L 25>
    // var_30 = wp::atomic_min(var_global_stats, var_29, var_10);
    // wp.atomic_max(global_stats, 2, hi)                                                     <L 26>
    // var_32 = wp::atomic_max(var_global_stats, var_31, var_12);
    //---------
    // reverse
    wp::adj_atomic_max(var_global_stats, var_31, var_12, adj_global_stats, adj_31, adj_12, adj_32);
    // adj: wp.atomic_max(global_stats, 2, hi)                                                <L 26>
    wp::adj_atomic_min(var_global_stats, var_29, var_10, adj_global_stats, adj_29, adj_10, adj_30);
    // adj: wp.atomic_min(global_stats, 1, lo)                                                <L 25>
    wp::adj_atomic_add(var_global_stats, var_27, var_8, adj_global_stats, adj_27, adj_8, adj_28);
    // adj: wp.atomic_add(global_stats, 0, s)                                                 <L 24>
    wp::adj_array_store(var_maxs, var_0, var_12, adj_maxs, adj_0, adj_12);
    // adj: maxs[b] = hi                                                                      <L 23>
    wp::adj_array_store(var_mins, var_0, var_10, adj_mins, adj_0, adj_10);
    // adj: mins[b] = lo                                                                      <L 22>
    wp::adj_array_store(var_sums, var_0, var_8, adj_sums, adj_0, adj_8);
    // adj: sums[b] = s                                                                       <L 21>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
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
    	adj_25 = {};
    	adj_26 = {};
        // idx = start + k                                                                    <L 15>
        var_16 = wp::add(var_6, var_15);
        // if idx < n:                                                                        <L 16>
        var_17 = (var_16 < var_3);
        if (var_17) {
            // v = values[idx]                                                                <L 17>
            var_18 = wp::address(var_values, var_16);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // s += v                                                                         <L 18>
            var_21 = wp::add(var_8, var_19);
            // lo = wp.min(lo, v)                                                             <L 19>
            var_22 = wp::min(var_10, var_19);
            // hi = wp.max(hi, v)                                                             <L 20>
            var_23 = wp::max(var_12, var_19);
        }
        var_24 = wp::where(var_17, var_21, var_8);
        var_25 = wp::where(var_17, var_22, var_10);
        var_26 = wp::where(var_17, var_23, var_12);
        wp::assign(var_8, var_24);
        wp::assign(var_10, var_25);
        wp::assign(var_12, var_26);
        wp::adj_assign(var_12, var_26, adj_12, adj_26);
        wp::adj_assign(var_10, var_25, adj_10, adj_25);
        wp::adj_assign(var_8, var_24, adj_8, adj_24);
        wp::adj_where(var_17, var_23, var_12, adj_17, adj_23, adj_12, adj_26);
        wp::adj_where(var_17, var_22, var_10, adj_17, adj_22, adj_10, adj_25);
        wp::adj_where(var_17, var_21, var_8, adj_17, adj_21, adj_8, adj_24);
        if (var_17) {
            wp::adj_max(var_12, var_19, adj_12, adj_19, adj_23);
            // adj: hi = wp.max(hi, v)                                                        <L 20>
            wp::adj_min(var_10, var_19, adj_10, adj_19, adj_22);
            // adj: lo = wp.min(lo, v)                                                        <L 19>
            wp::adj_add(var_8, var_19, adj_8, adj_19, adj_21);
            // adj: s += v                                                                    <L 18>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_values, var_16, adj_values, adj_16, adj_18);
            // adj: v = values[idx]                                                           <L 17>
        }
        // adj: if idx < n:                                                                   <L 16>
        wp::adj_add(var_6, var_15, adj_6, adj_15, adj_16);
        // adj: idx = start + k                                                               <L 15>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(BLOCK):                                                            <L 14>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: hi = float(-1.0e30)                                                               <L 13>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: lo = float(1.0e30)                                                                <L 12>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: s = float(0.0)                                                                    <L 11>
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    // adj: start = b * BLOCK                                                                 <L 10>
    adj_values.shape = adj_1;
    // adj: n = values.shape[0]                                                               <L 9>
    // adj: b = wp.tid()                                                                      <L 8>
    // adj: def block_sum_minmax(values: wp.array(dtype=float), sums: wp.array(dtype=float), mins: wp.array(dtype=float), maxs: wp.array(dtype=float), global_stats: wp.array(dtype=float)):  <L 7>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void block_sum_minmax_53188c7e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_block_sum_minmax_53188c7e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        block_sum_minmax_53188c7e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void block_sum_minmax_53188c7e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_block_sum_minmax_53188c7e *_wp_args,
    wp_args_block_sum_minmax_53188c7e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        block_sum_minmax_53188c7e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_welford_rows_a0946a47 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> mean;
    wp::array_t<wp::float32> var;
};


void welford_rows_a0946a47_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_welford_rows_a0946a47 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_var = _wp_args->var;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    //---------
    // forward
    // def welford_rows(data: wp.array2d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float)):       <L 30>
    // r = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // m = float(0.0)                                                                         <L 32>
    var_2 = wp::float(var_1);
    // m2 = float(0.0)                                                                        <L 33>
    var_4 = wp::float(var_3);
    // n = data.shape[1]                                                                      <L 34>
    var_5 = &(var_data.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // for k in range(n):                                                                     <L 35>
    var_9 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // x = data[r, k]                                                                     <L 36>
        var_11 = wp::address(var_data, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = x - m                                                                      <L 37>
        var_14 = wp::sub(var_12, var_2);
        // m += delta / float(k + 1)                                                          <L 38>
        var_16 = wp::add(var_10, var_15);
        var_17 = wp::float(var_16);
        var_18 = wp::div(var_14, var_17);
        var_19 = wp::add(var_2, var_18);
        // m2 += delta * (x - m)                                                              <L 39>
        var_20 = wp::sub(var_12, var_19);
        var_21 = wp::mul(var_14, var_20);
        var_22 = wp::add(var_4, var_21);
        wp::assign(var_2, var_19);
        wp::assign(var_4, var_22);
        goto start_for_0;
    end_for_0:;
    // mean[r] = m                                                                            <L 40>
    wp::array_store(var_mean, var_0, var_2);
    // if n > 1:                                                                              <L 41>
    var_24 = (var_7 > var_23);
    if (var_24) {
        // var[r] = m2 / float(n - 1)                                                         <L 42>
        var_26 = wp::sub(var_7, var_25);
        var_27 = wp::float(var_26);
        var_28 = wp::div(var_4, var_27);
        wp::array_store(var_var, var_0, var_28);
    }
    if (!var_24) {
        // var[r] = 0.0                                                                       <L 44>
        wp::array_store(var_var, var_0, var_29);
    }
}



void welford_rows_a0946a47_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_welford_rows_a0946a47 *_wp_args,
    wp_args_welford_rows_a0946a47 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_var = _wp_args->var;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_mean = _wp_adj_args->mean;
    wp::array_t<wp::float32> adj_var = _wp_adj_args->var;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def welford_rows(data: wp.array2d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float)):       <L 30>
    // r = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // m = float(0.0)                                                                         <L 32>
    var_2 = wp::float(var_1);
    // m2 = float(0.0)                                                                        <L 33>
    var_4 = wp::float(var_3);
    // n = data.shape[1]                                                                      <L 34>
    var_5 = &(var_data.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // for k in range(n):                                                                     <L 35>
    var_9 = wp::range(var_7);
    // mean[r] = m                                                                            <L 40>
    // wp::array_store(var_mean, var_0, var_2);
    // if n > 1:                                                                              <L 41>
    var_24 = (var_7 > var_23);
    if (var_24) {
        // var[r] = m2 / float(n - 1)                                                         <L 42>
        var_26 = wp::sub(var_7, var_25);
        var_27 = wp::float(var_26);
        var_28 = wp::div(var_4, var_27);
        // wp::array_store(var_var, var_0, var_28);
    }
    if (!var_24) {
        // var[r] = 0.0                                                                       <L 44>
        // wp::array_store(var_var, var_0, var_29);
    }
    //---------
    // reverse
    if (!var_24) {
        wp::adj_array_store(var_var, var_0, var_29, adj_var, adj_0, adj_29);
        // adj: var[r] = 0.0                                                                  <L 44>
    }
    if (var_24) {
        wp::adj_array_store(var_var, var_0, var_28, adj_var, adj_0, adj_28);
        wp::adj_div(var_4, var_27, var_28, adj_4, adj_27, adj_28);
        wp::adj_float(var_26, adj_26, adj_27);
        wp::adj_sub(var_7, var_25, adj_7, adj_25, adj_26);
        // adj: var[r] = m2 / float(n - 1)                                                    <L 42>
    }
    // adj: if n > 1:                                                                         <L 41>
    wp::adj_array_store(var_mean, var_0, var_2, adj_mean, adj_0, adj_2);
    // adj: mean[r] = m                                                                       <L 40>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
        // x = data[r, k]                                                                     <L 36>
        var_11 = wp::address(var_data, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = x - m                                                                      <L 37>
        var_14 = wp::sub(var_12, var_2);
        // m += delta / float(k + 1)                                                          <L 38>
        var_16 = wp::add(var_10, var_15);
        var_17 = wp::float(var_16);
        var_18 = wp::div(var_14, var_17);
        var_19 = wp::add(var_2, var_18);
        // m2 += delta * (x - m)                                                              <L 39>
        var_20 = wp::sub(var_12, var_19);
        var_21 = wp::mul(var_14, var_20);
        var_22 = wp::add(var_4, var_21);
        wp::assign(var_2, var_19);
        wp::assign(var_4, var_22);
        wp::adj_assign(var_4, var_22, adj_4, adj_22);
        wp::adj_assign(var_2, var_19, adj_2, adj_19);
        wp::adj_add(var_4, var_21, adj_4, adj_21, adj_22);
        wp::adj_mul(var_14, var_20, adj_14, adj_20, adj_21);
        wp::adj_sub(var_12, var_19, adj_12, adj_19, adj_20);
        // adj: m2 += delta * (x - m)                                                         <L 39>
        wp::adj_add(var_2, var_18, adj_2, adj_18, adj_19);
        wp::adj_div(var_14, var_17, var_18, adj_14, adj_17, adj_18);
        wp::adj_float(var_16, adj_16, adj_17);
        wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
        // adj: m += delta / float(k + 1)                                                     <L 38>
        wp::adj_sub(var_12, var_2, adj_12, adj_2, adj_14);
        // adj: delta = x - m                                                                 <L 37>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_data, var_0, var_10, adj_data, adj_0, adj_10, adj_11);
        // adj: x = data[r, k]                                                                <L 36>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 35>
    adj_data.shape = adj_5;
    // adj: n = data.shape[1]                                                                 <L 34>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: m2 = float(0.0)                                                                   <L 33>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: m = float(0.0)                                                                    <L 32>
    // adj: r = wp.tid()                                                                      <L 31>
    // adj: def welford_rows(data: wp.array2d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void welford_rows_a0946a47_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_welford_rows_a0946a47 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        welford_rows_a0946a47_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void welford_rows_a0946a47_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_welford_rows_a0946a47 *_wp_args,
    wp_args_welford_rows_a0946a47 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        welford_rows_a0946a47_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_argmax_rows_de28e4c9 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::int32> idx;
    wp::array_t<wp::float32> val;
};


void argmax_rows_de28e4c9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_argmax_rows_de28e4c9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_val = _wp_args->val;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::int32 var_11 = 1;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    //---------
    // forward
    // def argmax_rows(data: wp.array2d(dtype=float), idx: wp.array(dtype=int), val: wp.array(dtype=float)):       <L 48>
    // r = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // best = data[r, 0]                                                                      <L 50>
    var_2 = wp::address(var_data, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // best_i = int(0)                                                                        <L 51>
    var_6 = wp::int(var_5);
    // for k in range(1, data.shape[1]):                                                      <L 52>
    var_7 = &(var_data.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::range(var_11, var_9);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // v = data[r, k]                                                                     <L 53>
        var_14 = wp::address(var_data, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if v > best:                                                                       <L 54>
        var_17 = (var_15 > var_3);
        if (var_17) {
            // best = v                                                                       <L 55>
            var_18 = wp::copy(var_15);
            // best_i = k                                                                     <L 56>
            var_19 = wp::copy(var_13);
        }
        var_20 = wp::where(var_17, var_18, var_3);
        var_21 = wp::where(var_17, var_19, var_6);
        wp::assign(var_3, var_20);
        wp::assign(var_6, var_21);
        goto start_for_0;
    end_for_0:;
    // idx[r] = best_i                                                                        <L 57>
    wp::array_store(var_idx, var_0, var_6);
    // val[r] = best                                                                          <L 58>
    wp::array_store(var_val, var_0, var_3);
}



void argmax_rows_de28e4c9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_argmax_rows_de28e4c9 *_wp_args,
    wp_args_argmax_rows_de28e4c9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_val = _wp_args->val;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::int32> adj_idx = _wp_adj_args->idx;
    wp::array_t<wp::float32> adj_val = _wp_adj_args->val;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::int32 var_11 = 1;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def argmax_rows(data: wp.array2d(dtype=float), idx: wp.array(dtype=int), val: wp.array(dtype=float)):       <L 48>
    // r = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // best = data[r, 0]                                                                      <L 50>
    var_2 = wp::address(var_data, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // best_i = int(0)                                                                        <L 51>
    var_6 = wp::int(var_5);
    // for k in range(1, data.shape[1]):                                                      <L 52>
    var_7 = &(var_data.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::range(var_11, var_9);
    // idx[r] = best_i                                                                        <L 57>
    // wp::array_store(var_idx, var_0, var_6);
    // val[r] = best                                                                          <L 58>
    // wp::array_store(var_val, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_val, var_0, var_3, adj_val, adj_0, adj_3);
    // adj: val[r] = best                                                                     <L 58>
    wp::adj_array_store(var_idx, var_0, var_6, adj_idx, adj_0, adj_6);
    // adj: idx[r] = best_i                                                                   <L 57>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
        // v = data[r, k]                                                                     <L 53>
        var_14 = wp::address(var_data, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if v > best:                                                                       <L 54>
        var_17 = (var_15 > var_3);
        if (var_17) {
            // best = v                                                                       <L 55>
            var_18 = wp::copy(var_15);
            // best_i = k                                                                     <L 56>
            var_19 = wp::copy(var_13);
        }
        var_20 = wp::where(var_17, var_18, var_3);
        var_21 = wp::where(var_17, var_19, var_6);
        wp::assign(var_3, var_20);
        wp::assign(var_6, var_21);
        wp::adj_assign(var_6, var_21, adj_6, adj_21);
        wp::adj_assign(var_3, var_20, adj_3, adj_20);
        wp::adj_where(var_17, var_19, var_6, adj_17, adj_19, adj_6, adj_21);
        wp::adj_where(var_17, var_18, var_3, adj_17, adj_18, adj_3, adj_20);
        if (var_17) {
            wp::adj_copy(var_13, adj_13, adj_19);
            // adj: best_i = k                                                                <L 56>
            wp::adj_copy(var_15, adj_15, adj_18);
            // adj: best = v                                                                  <L 55>
        }
        // adj: if v > best:                                                                  <L 54>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_data, var_0, var_13, adj_data, adj_0, adj_13, adj_14);
        // adj: v = data[r, k]                                                                <L 53>
    	goto start_for_0;
    end_for_0:;
    adj_data.shape = adj_7;
    // adj: for k in range(1, data.shape[1]):                                                 <L 52>
    // adj: best_i = int(0)                                                                   <L 51>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_data, var_0, var_1, adj_data, adj_0, adj_1, adj_2);
    // adj: best = data[r, 0]                                                                 <L 50>
    // adj: r = wp.tid()                                                                      <L 49>
    // adj: def argmax_rows(data: wp.array2d(dtype=float), idx: wp.array(dtype=int), val: wp.array(dtype=float)):  <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void argmax_rows_de28e4c9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_argmax_rows_de28e4c9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        argmax_rows_de28e4c9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void argmax_rows_de28e4c9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_argmax_rows_de28e4c9 *_wp_args,
    wp_args_argmax_rows_de28e4c9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        argmax_rows_de28e4c9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_column_sums_2d_61de19e9 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> col_sums;
    wp::array_t<wp::float32> total_sq;
};


void column_sums_2d_61de19e9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_column_sums_2d_61de19e9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_col_sums = _wp_args->col_sums;
    wp::array_t<wp::float32> var_total_sq = _wp_args->total_sq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    //---------
    // forward
    // def column_sums_2d(data: wp.array2d(dtype=float), col_sums: wp.array(dtype=float), total_sq: wp.array(dtype=float)):       <L 62>
    // i, j = wp.tid()                                                                        <L 63>
    builtin_tid2d(var_0, var_1);
    // v = data[i, j]                                                                         <L 64>
    var_2 = wp::address(var_data, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // col_sums[j] += v                                                                       <L 65>
    var_5 = wp::atomic_add(var_col_sums, var_1, var_3);
    // total_sq[0] += v * v                                                                   <L 66>
    var_6 = wp::mul(var_3, var_3);
    var_8 = wp::atomic_add(var_total_sq, var_7, var_6);
}



void column_sums_2d_61de19e9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_column_sums_2d_61de19e9 *_wp_args,
    wp_args_column_sums_2d_61de19e9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_col_sums = _wp_args->col_sums;
    wp::array_t<wp::float32> var_total_sq = _wp_args->total_sq;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_col_sums = _wp_adj_args->col_sums;
    wp::array_t<wp::float32> adj_total_sq = _wp_adj_args->total_sq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def column_sums_2d(data: wp.array2d(dtype=float), col_sums: wp.array(dtype=float), total_sq: wp.array(dtype=float)):       <L 62>
    // i, j = wp.tid()                                                                        <L 63>
    builtin_tid2d(var_0, var_1);
    // v = data[i, j]                                                                         <L 64>
    var_2 = wp::address(var_data, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // col_sums[j] += v                                                                       <L 65>
    // var_5 = wp::atomic_add(var_col_sums, var_1, var_3);
    // total_sq[0] += v * v                                                                   <L 66>
    var_6 = wp::mul(var_3, var_3);
    // var_8 = wp::atomic_add(var_total_sq, var_7, var_6);
    //---------
    // reverse
    wp::adj_atomic_add(var_total_sq, var_7, var_6, adj_total_sq, adj_7, adj_6, adj_8);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_6);
    // adj: total_sq[0] += v * v                                                              <L 66>
    wp::adj_atomic_add(var_col_sums, var_1, var_3, adj_col_sums, adj_1, adj_3, adj_5);
    // adj: col_sums[j] += v                                                                  <L 65>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_data, var_0, var_1, adj_data, adj_0, adj_1, adj_2);
    // adj: v = data[i, j]                                                                    <L 64>
    // adj: i, j = wp.tid()                                                                   <L 63>
    // adj: def column_sums_2d(data: wp.array2d(dtype=float), col_sums: wp.array(dtype=float), total_sq: wp.array(dtype=float)):  <L 62>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void column_sums_2d_61de19e9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_column_sums_2d_61de19e9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        column_sums_2d_61de19e9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void column_sums_2d_61de19e9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_column_sums_2d_61de19e9 *_wp_args,
    wp_args_column_sums_2d_61de19e9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        column_sums_2d_61de19e9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_vec_reduce_0e255842 {
    wp::array_t<wp::vec_t<3, wp::float32>> vs;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_v;
    wp::array_t<wp::vec_t<3, wp::float32>> bbox_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> bbox_hi;
};


void vec_reduce_0e255842_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vec_reduce_0e255842 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_v = _wp_args->sum_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bbox_lo = _wp_args->bbox_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bbox_hi = _wp_args->bbox_hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def vec_reduce(vs: wp.array(dtype=wp.vec3), sum_v: wp.array(dtype=wp.vec3), bbox_lo: wp.array(dtype=wp.vec3), bbox_hi: wp.array(dtype=wp.vec3)):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // v = vs[i]                                                                              <L 72>
    var_1 = wp::address(var_vs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_v, 0, v)                                                             <L 73>
    var_5 = wp::atomic_add(var_sum_v, var_4, var_2);
    // wp.atomic_min(bbox_lo, 0, v)                                                           <L 74>
    var_7 = wp::atomic_min(var_bbox_lo, var_6, var_2);
    // wp.atomic_max(bbox_hi, 0, v)                                                           <L 75>
    var_9 = wp::atomic_max(var_bbox_hi, var_8, var_2);
}



void vec_reduce_0e255842_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vec_reduce_0e255842 *_wp_args,
    wp_args_vec_reduce_0e255842 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_v = _wp_args->sum_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bbox_lo = _wp_args->bbox_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bbox_hi = _wp_args->bbox_hi;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs = _wp_adj_args->vs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_v = _wp_adj_args->sum_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bbox_lo = _wp_adj_args->bbox_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bbox_hi = _wp_adj_args->bbox_hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def vec_reduce(vs: wp.array(dtype=wp.vec3), sum_v: wp.array(dtype=wp.vec3), bbox_lo: wp.array(dtype=wp.vec3), bbox_hi: wp.array(dtype=wp.vec3)):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // v = vs[i]                                                                              <L 72>
    var_1 = wp::address(var_vs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_v, 0, v)                                                             <L 73>
    // var_5 = wp::atomic_add(var_sum_v, var_4, var_2);
    // wp.atomic_min(bbox_lo, 0, v)                                                           <L 74>
    // var_7 = wp::atomic_min(var_bbox_lo, var_6, var_2);
    // wp.atomic_max(bbox_hi, 0, v)                                                           <L 75>
    // var_9 = wp::atomic_max(var_bbox_hi, var_8, var_2);
    //---------
    // reverse
    wp::adj_atomic_max(var_bbox_hi, var_8, var_2, adj_bbox_hi, adj_8, adj_2, adj_9);
    // adj: wp.atomic_max(bbox_hi, 0, v)                                                      <L 75>
    wp::adj_atomic_min(var_bbox_lo, var_6, var_2, adj_bbox_lo, adj_6, adj_2, adj_7);
    // adj: wp.atomic_min(bbox_lo, 0, v)                                                      <L 74>
    wp::adj_atomic_add(var_sum_v, var_4, var_2, adj_sum_v, adj_4, adj_2, adj_5);
    // adj: wp.atomic_add(sum_v, 0, v)                                                        <L 73>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_1);
    // adj: v = vs[i]                                                                         <L 72>
    // adj: i = wp.tid()                                                                      <L 71>
    // adj: def vec_reduce(vs: wp.array(dtype=wp.vec3), sum_v: wp.array(dtype=wp.vec3), bbox_lo: wp.array(dtype=wp.vec3), bbox_hi: wp.array(dtype=wp.vec3)):  <L 70>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vec_reduce_0e255842_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vec_reduce_0e255842 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        vec_reduce_0e255842_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vec_reduce_0e255842_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vec_reduce_0e255842 *_wp_args,
    wp_args_vec_reduce_0e255842 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        vec_reduce_0e255842_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_count_if_8d2870f5 {
    wp::array_t<wp::int32> values;
    wp::int32 threshold;
    wp::array_t<wp::int32> below;
    wp::array_t<wp::int32> above;
    wp::array_t<wp::int32> equal;
};


void count_if_8d2870f5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_if_8d2870f5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::int32 var_threshold = _wp_args->threshold;
    wp::array_t<wp::int32> var_below = _wp_args->below;
    wp::array_t<wp::int32> var_above = _wp_args->above;
    wp::array_t<wp::int32> var_equal = _wp_args->equal;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // forward
    // def count_if(values: wp.array(dtype=int), threshold: int, below: wp.array(dtype=int), above: wp.array(dtype=int), equal: wp.array(dtype=int)):       <L 79>
    // i = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // v = values[i]                                                                          <L 81>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if v < threshold:                                                                      <L 82>
    var_4 = (var_2 < var_threshold);
    if (var_4) {
        // wp.atomic_add(below, 0, 1)                                                         <L 83>
        var_7 = wp::atomic_add(var_below, var_5, var_6);
    }
    if (!var_4) {
        // elif v > threshold:                                                                <L 84>
        var_8 = (var_2 > var_threshold);
        if (var_8) {
            // wp.atomic_add(above, 0, 1)                                                     <L 85>
            var_11 = wp::atomic_add(var_above, var_9, var_10);
        }
        if (!var_8) {
            // wp.atomic_add(equal, 0, 1)                                                     <L 87>
            var_14 = wp::atomic_add(var_equal, var_12, var_13);
        }
    }
}



void count_if_8d2870f5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_if_8d2870f5 *_wp_args,
    wp_args_count_if_8d2870f5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::int32 var_threshold = _wp_args->threshold;
    wp::array_t<wp::int32> var_below = _wp_args->below;
    wp::array_t<wp::int32> var_above = _wp_args->above;
    wp::array_t<wp::int32> var_equal = _wp_args->equal;
    wp::array_t<wp::int32> adj_values = _wp_adj_args->values;
    wp::int32 adj_threshold = _wp_adj_args->threshold;
    wp::array_t<wp::int32> adj_below = _wp_adj_args->below;
    wp::array_t<wp::int32> adj_above = _wp_adj_args->above;
    wp::array_t<wp::int32> adj_equal = _wp_adj_args->equal;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def count_if(values: wp.array(dtype=int), threshold: int, below: wp.array(dtype=int), above: wp.array(dtype=int), equal: wp.array(dtype=int)):       <L 79>
    // i = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // v = values[i]                                                                          <L 81>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if v < threshold:                                                                      <L 82>
    var_4 = (var_2 < var_threshold);
    if (var_4) {
        // wp.atomic_add(below, 0, 1)                                                         <L 83>
        // var_7 = wp::atomic_add(var_below, var_5, var_6);
    }
    if (!var_4) {
        // elif v > threshold:                                                                <L 84>
        var_8 = (var_2 > var_threshold);
        if (var_8) {
            // wp.atomic_add(above, 0, 1)                                                     <L 85>
            // var_11 = wp::atomic_add(var_above, var_9, var_10);
        }
        if (!var_8) {
            // wp.atomic_add(equal, 0, 1)                                                     <L 87>
            // var_14 = wp::atomic_add(var_equal, var_12, var_13);
        }
    }
    //---------
    // reverse
    if (!var_4) {
        if (!var_8) {
            wp::adj_atomic_add(var_equal, var_12, var_13, adj_equal, adj_12, adj_13, adj_14);
            // adj: wp.atomic_add(equal, 0, 1)                                                <L 87>
        }
        if (var_8) {
            wp::adj_atomic_add(var_above, var_9, var_10, adj_above, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(above, 0, 1)                                                <L 85>
        }
        // adj: elif v > threshold:                                                           <L 84>
    }
    if (var_4) {
        wp::adj_atomic_add(var_below, var_5, var_6, adj_below, adj_5, adj_6, adj_7);
        // adj: wp.atomic_add(below, 0, 1)                                                    <L 83>
    }
    // adj: if v < threshold:                                                                 <L 82>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: v = values[i]                                                                     <L 81>
    // adj: i = wp.tid()                                                                      <L 80>
    // adj: def count_if(values: wp.array(dtype=int), threshold: int, below: wp.array(dtype=int), above: wp.array(dtype=int), equal: wp.array(dtype=int)):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void count_if_8d2870f5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_if_8d2870f5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_if_8d2870f5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void count_if_8d2870f5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_if_8d2870f5 *_wp_args,
    wp_args_count_if_8d2870f5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_if_8d2870f5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

