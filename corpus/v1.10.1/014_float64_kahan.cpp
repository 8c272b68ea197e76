
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


// corpus/014_float64_kahan.py:12
static void kahan_add_0(
    wp::float64 var_sum,
    wp::float64 var_c,
    wp::float64 var_x,
    wp::float64 & ret_0,
    wp::float64 & ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    //---------
    // forward
    // def kahan_add(sum: wp.float64, c: wp.float64, x: wp.float64):                          <L 13>
    // y = x - c                                                                              <L 14>
    var_0 = wp::sub(var_x, var_c);
    // t = sum + y                                                                            <L 15>
    var_1 = wp::add(var_sum, var_0);
    // c_new = (t - sum) - y                                                                  <L 16>
    var_2 = wp::sub(var_1, var_sum);
    var_3 = wp::sub(var_2, var_0);
    // return t, c_new                                                                        <L 17>
    ret_0 = var_1;
    ret_1 = var_3;
    return;
}


// corpus/014_float64_kahan.py:4
static void two_sum_0(
    wp::float64 var_a,
    wp::float64 var_b,
    wp::float64 & ret_0,
    wp::float64 & ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    //---------
    // forward
    // def two_sum(a: wp.float64, b: wp.float64):                                             <L 5>
    // s = a + b                                                                              <L 6>
    var_0 = wp::add(var_a, var_b);
    // bp = s - a                                                                             <L 7>
    var_1 = wp::sub(var_0, var_a);
    // err = (a - (s - bp)) + (b - bp)                                                        <L 8>
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::sub(var_a, var_2);
    var_4 = wp::sub(var_b, var_1);
    var_5 = wp::add(var_3, var_4);
    // return s, err                                                                          <L 9>
    ret_0 = var_0;
    ret_1 = var_5;
    return;
}


// corpus/014_float64_kahan.py:12
static void adj_kahan_add_0(
    wp::float64 var_sum,
    wp::float64 var_c,
    wp::float64 var_x,
    wp::float64 & ret_0,
    wp::float64 & ret_1,
    wp::float64 & adj_sum,
    wp::float64 & adj_c,
    wp::float64 & adj_x,
    wp::float64 & adj_ret_0,
    wp::float64 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    //---------
    // forward
    // def kahan_add(sum: wp.float64, c: wp.float64, x: wp.float64):                          <L 13>
    // y = x - c                                                                              <L 14>
    var_0 = wp::sub(var_x, var_c);
    // t = sum + y                                                                            <L 15>
    var_1 = wp::add(var_sum, var_0);
    // c_new = (t - sum) - y                                                                  <L 16>
    var_2 = wp::sub(var_1, var_sum);
    var_3 = wp::sub(var_2, var_0);
    // return t, c_new                                                                        <L 17>
    ret_0 = var_1;
    ret_1 = var_3;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret_1;
    adj_1 += adj_ret_0;
    // adj: return t, c_new                                                                   <L 17>
    wp::adj_sub(var_2, var_0, adj_2, adj_0, adj_3);
    wp::adj_sub(var_1, var_sum, adj_1, adj_sum, adj_2);
    // adj: c_new = (t - sum) - y                                                             <L 16>
    wp::adj_add(var_sum, var_0, adj_sum, adj_0, adj_1);
    // adj: t = sum + y                                                                       <L 15>
    wp::adj_sub(var_x, var_c, adj_x, adj_c, adj_0);
    // adj: y = x - c                                                                         <L 14>
    // adj: def kahan_add(sum: wp.float64, c: wp.float64, x: wp.float64):                     <L 13>
    return;
}


// corpus/014_float64_kahan.py:4
static void adj_two_sum_0(
    wp::float64 var_a,
    wp::float64 var_b,
    wp::float64 & ret_0,
    wp::float64 & ret_1,
    wp::float64 & adj_a,
    wp::float64 & adj_b,
    wp::float64 & adj_ret_0,
    wp::float64 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    //---------
    // forward
    // def two_sum(a: wp.float64, b: wp.float64):                                             <L 5>
    // s = a + b                                                                              <L 6>
    var_0 = wp::add(var_a, var_b);
    // bp = s - a                                                                             <L 7>
    var_1 = wp::sub(var_0, var_a);
    // err = (a - (s - bp)) + (b - bp)                                                        <L 8>
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::sub(var_a, var_2);
    var_4 = wp::sub(var_b, var_1);
    var_5 = wp::add(var_3, var_4);
    // return s, err                                                                          <L 9>
    ret_0 = var_0;
    ret_1 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return s, err                                                                     <L 9>
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_sub(var_b, var_1, adj_b, adj_1, adj_4);
    wp::adj_sub(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_sub(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: err = (a - (s - bp)) + (b - bp)                                                   <L 8>
    wp::adj_sub(var_0, var_a, adj_0, adj_a, adj_1);
    // adj: bp = s - a                                                                        <L 7>
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: s = a + b                                                                         <L 6>
    // adj: def two_sum(a: wp.float64, b: wp.float64):                                        <L 5>
    return;
}

struct wp_args_block_kahan_sum_1a59b043 {
    wp::array_t<wp::float64> values;
    wp::int32 block;
    wp::array_t<wp::float64> partial;
    wp::array_t<wp::float64> comp;
};


void block_kahan_sum_1a59b043_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_block_kahan_sum_1a59b043 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_values = _wp_args->values;
    wp::int32 var_block = _wp_args->block;
    wp::array_t<wp::float64> var_partial = _wp_args->partial;
    wp::array_t<wp::float64> var_comp = _wp_args->comp;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float64 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float64 var_8;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    bool var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    //---------
    // forward
    // def block_kahan_sum(values: wp.array(dtype=wp.float64), block: int, partial: wp.array(dtype=wp.float64), comp: wp.array(dtype=wp.float64)):       <L 21>
    // b = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // n = values.shape[0]                                                                    <L 23>
    var_1 = &(var_values.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = wp.float64(0.0)                                                                    <L 24>
    var_6 = wp::float64(var_5);
    // c = wp.float64(0.0)                                                                    <L 25>
    var_8 = wp::float64(var_7);
    // start = b * block                                                                      <L 26>
    var_9 = wp::mul(var_0, var_block);
    // for k in range(block):                                                                 <L 27>
    var_10 = wp::range(var_block);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // idx = start + k                                                                    <L 28>
        var_12 = wp::add(var_9, var_11);
        // if idx >= n:                                                                       <L 29>
        var_13 = (var_12 >= var_3);
        if (var_13) {
            // break                                                                          <L 30>
            goto end_for_0;
        }
        // s, c = kahan_add(s, c, values[idx])                                                <L 31>
        var_14 = wp::address(var_values, var_12);
        var_17 = wp::load(var_14);
        kahan_add_0(var_6, var_8, var_17, var_15, var_16);
        wp::assign(var_6, var_15);
        wp::assign(var_8, var_16);
        goto start_for_0;
    end_for_0:;
    // partial[b] = s                                                                         <L 32>
    wp::array_store(var_partial, var_0, var_6);
    // comp[b] = c                                                                            <L 33>
    wp::array_store(var_comp, var_0, var_8);
}



void block_kahan_sum_1a59b043_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_block_kahan_sum_1a59b043 *_wp_args,
    wp_args_block_kahan_sum_1a59b043 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_values = _wp_args->values;
    wp::int32 var_block = _wp_args->block;
    wp::array_t<wp::float64> var_partial = _wp_args->partial;
    wp::array_t<wp::float64> var_comp = _wp_args->comp;
    wp::array_t<wp::float64> adj_values = _wp_adj_args->values;
    wp::int32 adj_block = _wp_adj_args->block;
    wp::array_t<wp::float64> adj_partial = _wp_adj_args->partial;
    wp::array_t<wp::float64> adj_comp = _wp_adj_args->comp;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float64 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float64 var_8;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    bool var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    //---------
    // forward
    // def block_kahan_sum(values: wp.array(dtype=wp.float64), block: int, partial: wp.array(dtype=wp.float64), comp: wp.array(dtype=wp.float64)):       <L 21>
    // b = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // n = values.shape[0]                                                                    <L 23>
    var_1 = &(var_values.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = wp.float64(0.0)                                                                    <L 24>
    var_6 = wp::float64(var_5);
    // c = wp.float64(0.0)                                                                    <L 25>
    var_8 = wp::float64(var_7);
    // start = b * block                                                                      <L 26>
    var_9 = wp::mul(var_0, var_block);
    // for k in range(block):                                                                 <L 27>
    var_10 = wp::range(var_block);
    // partial[b] = s                                                                         <L 32>
    // wp::array_store(var_partial, var_0, var_6);
    // comp[b] = c                                                                            <L 33>
    // wp::array_store(var_comp, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_comp, var_0, var_8, adj_comp, adj_0, adj_8);
    // adj: comp[b] = c                                                                       <L 33>
    wp::adj_array_store(var_partial, var_0, var_6, adj_partial, adj_0, adj_6);
    // adj: partial[b] = s                                                                    <L 32>
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
        // idx = start + k                                                                    <L 28>
        var_12 = wp::add(var_9, var_11);
        // if idx >= n:                                                                       <L 29>
        var_13 = (var_12 >= var_3);
        if (var_13) {
            // break                                                                          <L 30>
            goto end_for_0;
        }
        // s, c = kahan_add(s, c, values[idx])                                                <L 31>
        var_14 = wp::address(var_values, var_12);
        var_17 = wp::load(var_14);
        kahan_add_0(var_6, var_8, var_17, var_15, var_16);
        wp::assign(var_6, var_15);
        wp::assign(var_8, var_16);
        wp::adj_assign(var_8, var_16, adj_8, adj_16);
        wp::adj_assign(var_6, var_15, adj_6, adj_15);
        adj_kahan_add_0(var_6, var_8, var_17, var_15, var_16, adj_6, adj_8, adj_14, adj_15, adj_16);
        wp::adj_address(var_values, var_12, adj_values, adj_12, adj_14);
        // adj: s, c = kahan_add(s, c, values[idx])                                           <L 31>
        if (var_13) {
            // adj: break                                                                     <L 30>
        }
        // adj: if idx >= n:                                                                  <L 29>
        wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: idx = start + k                                                               <L 28>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_block, adj_block, adj_10);
    // adj: for k in range(block):                                                            <L 27>
    wp::adj_mul(var_0, var_block, adj_0, adj_block, adj_9);
    // adj: start = b * block                                                                 <L 26>
    wp::adj_float64(var_7, adj_7, adj_8);
    // adj: c = wp.float64(0.0)                                                               <L 25>
    wp::adj_float64(var_5, adj_5, adj_6);
    // adj: s = wp.float64(0.0)                                                               <L 24>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_values.shape = adj_1;
    // adj: n = values.shape[0]                                                               <L 23>
    // adj: b = wp.tid()                                                                      <L 22>
    // adj: def block_kahan_sum(values: wp.array(dtype=wp.float64), block: int, partial: wp.array(dtype=wp.float64), comp: wp.array(dtype=wp.float64)):  <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void block_kahan_sum_1a59b043_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_block_kahan_sum_1a59b043 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        block_kahan_sum_1a59b043_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void block_kahan_sum_1a59b043_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_block_kahan_sum_1a59b043 *_wp_args,
    wp_args_block_kahan_sum_1a59b043 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        block_kahan_sum_1a59b043_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dot_compensated_d202a96e {
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float64> out;
};


void dot_compensated_d202a96e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dot_compensated_d202a96e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    wp::float64 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float64 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::float64* var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    const wp::int32 var_22 = 0;
    //---------
    // forward
    // def dot_compensated(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // n = a.shape[0]                                                                         <L 39>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // if i != 0:                                                                             <L 40>
    var_6 = (var_0 != var_5);
    if (var_6) {
        // return                                                                             <L 41>
        return;
    }
    // s = wp.float64(0.0)                                                                    <L 42>
    var_8 = wp::float64(var_7);
    // e = wp.float64(0.0)                                                                    <L 43>
    var_10 = wp::float64(var_9);
    // for k in range(n):                                                                     <L 44>
    var_11 = wp::range(var_3);
    start_for_1:;
        if (iter_cmp(var_11) == 0) goto end_for_1;
        var_12 = wp::iter_next(var_11);
        // p = a[k] * b[k]                                                                    <L 45>
        var_13 = wp::address(var_a, var_12);
        var_14 = wp::address(var_b, var_12);
        var_16 = wp::load(var_13);
        var_17 = wp::load(var_14);
        var_15 = wp::mul(var_16, var_17);
        // s, err = two_sum(s, p)                                                             <L 46>
        two_sum_0(var_8, var_15, var_18, var_19);
        // e = e + err                                                                        <L 47>
        var_20 = wp::add(var_10, var_19);
        wp::assign(var_8, var_18);
        wp::assign(var_10, var_20);
        goto start_for_1;
    end_for_1:;
    // out[0] = s + e                                                                         <L 48>
    var_21 = wp::add(var_8, var_10);
    wp::array_store(var_out, var_22, var_21);
}



void dot_compensated_d202a96e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dot_compensated_d202a96e *_wp_args,
    wp_args_dot_compensated_d202a96e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    wp::float64 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float64 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::float64* var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    const wp::int32 var_22 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def dot_compensated(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // n = a.shape[0]                                                                         <L 39>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // if i != 0:                                                                             <L 40>
    var_6 = (var_0 != var_5);
    if (var_6) {
        // return                                                                             <L 41>
        goto label0;
    }
    // s = wp.float64(0.0)                                                                    <L 42>
    var_8 = wp::float64(var_7);
    // e = wp.float64(0.0)                                                                    <L 43>
    var_10 = wp::float64(var_9);
    // for k in range(n):                                                                     <L 44>
    var_11 = wp::range(var_3);
    // out[0] = s + e                                                                         <L 48>
    var_21 = wp::add(var_8, var_10);
    // wp::array_store(var_out, var_22, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_22, var_21, adj_out, adj_22, adj_21);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_21);
    // adj: out[0] = s + e                                                                    <L 48>
    var_11 = wp::iter_reverse(var_11);
    start_for_1:;
        if (iter_cmp(var_11) == 0) goto end_for_1;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // p = a[k] * b[k]                                                                    <L 45>
        var_13 = wp::address(var_a, var_12);
        var_14 = wp::address(var_b, var_12);
        var_16 = wp::load(var_13);
        var_17 = wp::load(var_14);
        var_15 = wp::mul(var_16, var_17);
        // s, err = two_sum(s, p)                                                             <L 46>
        two_sum_0(var_8, var_15, var_18, var_19);
        // e = e + err                                                                        <L 47>
        var_20 = wp::add(var_10, var_19);
        wp::assign(var_8, var_18);
        wp::assign(var_10, var_20);
        wp::adj_assign(var_10, var_20, adj_10, adj_20);
        wp::adj_assign(var_8, var_18, adj_8, adj_18);
        wp::adj_add(var_10, var_19, adj_10, adj_19, adj_20);
        // adj: e = e + err                                                                   <L 47>
        adj_two_sum_0(var_8, var_15, var_18, var_19, adj_8, adj_15, adj_18, adj_19);
        // adj: s, err = two_sum(s, p)                                                        <L 46>
        wp::adj_mul(var_16, var_17, adj_13, adj_14, adj_15);
        wp::adj_address(var_b, var_12, adj_b, adj_12, adj_14);
        wp::adj_address(var_a, var_12, adj_a, adj_12, adj_13);
        // adj: p = a[k] * b[k]                                                               <L 45>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_3, adj_3, adj_11);
    // adj: for k in range(n):                                                                <L 44>
    wp::adj_float64(var_9, adj_9, adj_10);
    // adj: e = wp.float64(0.0)                                                               <L 43>
    wp::adj_float64(var_7, adj_7, adj_8);
    // adj: s = wp.float64(0.0)                                                               <L 42>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 41>
    }
    // adj: if i != 0:                                                                        <L 40>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_a.shape = adj_1;
    // adj: n = a.shape[0]                                                                    <L 39>
    // adj: i = wp.tid()                                                                      <L 38>
    // adj: def dot_compensated(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dot_compensated_d202a96e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dot_compensated_d202a96e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dot_compensated_d202a96e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dot_compensated_d202a96e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dot_compensated_d202a96e *_wp_args,
    wp_args_dot_compensated_d202a96e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dot_compensated_d202a96e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_double_precision_orbit_4de401c1 {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::array_t<wp::vec_t<3, wp::float64>> vel;
    wp::float64 gm;
    wp::float64 dt;
    wp::int32 steps;
    wp::array_t<wp::float64> energy;
};


void double_precision_orbit_4de401c1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_precision_orbit_4de401c1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_gm = _wp_args->gm;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::float64> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64>* var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    const wp::float32 var_7 = 0.5;
    wp::float64 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::vec_t<3, wp::float64> var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::vec_t<3, wp::float64> var_27;
    wp::float64 var_28;
    wp::vec_t<3, wp::float64> var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    //---------
    // forward
    // def double_precision_orbit(                                                            <L 52>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // x = pos[i]                                                                             <L 61>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = vel[i]                                                                             <L 62>
    var_4 = wp::address(var_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // half = wp.float64(0.5)                                                                 <L 63>
    var_8 = wp::float64(var_7);
    // for s in range(steps):                                                                 <L 64>
    var_9 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // r = wp.length(x)                                                                   <L 65>
        var_11 = wp::length(var_2);
        // a = x * (-gm / (r * r * r))                                                        <L 66>
        var_12 = wp::neg(var_gm);
        var_13 = wp::mul(var_11, var_11);
        var_14 = wp::mul(var_13, var_11);
        var_15 = wp::div(var_12, var_14);
        var_16 = wp::mul(var_2, var_15);
        // v = v + a * (dt * half)                                                            <L 67>
        var_17 = wp::mul(var_dt, var_8);
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::add(var_5, var_18);
        // x = x + v * dt                                                                     <L 68>
        var_20 = wp::mul(var_19, var_dt);
        var_21 = wp::add(var_2, var_20);
        // r = wp.length(x)                                                                   <L 69>
        var_22 = wp::length(var_21);
        // a = x * (-gm / (r * r * r))                                                        <L 70>
        var_23 = wp::neg(var_gm);
        var_24 = wp::mul(var_22, var_22);
        var_25 = wp::mul(var_24, var_22);
        var_26 = wp::div(var_23, var_25);
        var_27 = wp::mul(var_21, var_26);
        // v = v + a * (dt * half)                                                            <L 71>
        var_28 = wp::mul(var_dt, var_8);
        var_29 = wp::mul(var_27, var_28);
        var_30 = wp::add(var_19, var_29);
        wp::assign(var_2, var_21);
        wp::assign(var_5, var_30);
        goto start_for_0;
    end_for_0:;
    // pos[i] = x                                                                             <L 72>
    wp::array_store(var_pos, var_0, var_2);
    // vel[i] = v                                                                             <L 73>
    wp::array_store(var_vel, var_0, var_5);
    // energy[i] = half * wp.dot(v, v) - gm / wp.length(x)                                    <L 74>
    var_31 = wp::dot(var_5, var_5);
    var_32 = wp::mul(var_8, var_31);
    var_33 = wp::length(var_2);
    var_34 = wp::div(var_gm, var_33);
    var_35 = wp::sub(var_32, var_34);
    wp::array_store(var_energy, var_0, var_35);
}



void double_precision_orbit_4de401c1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_precision_orbit_4de401c1 *_wp_args,
    wp_args_double_precision_orbit_4de401c1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_gm = _wp_args->gm;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::float64> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel = _wp_adj_args->vel;
    wp::float64 adj_gm = _wp_adj_args->gm;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_steps = _wp_adj_args->steps;
    wp::array_t<wp::float64> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64>* var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    const wp::float32 var_7 = 0.5;
    wp::float64 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::vec_t<3, wp::float64> var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::vec_t<3, wp::float64> var_27;
    wp::float64 var_28;
    wp::vec_t<3, wp::float64> var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::float64 adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::vec_t<3, wp::float64> adj_20 = {};
    wp::vec_t<3, wp::float64> adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::vec_t<3, wp::float64> adj_27 = {};
    wp::float64 adj_28 = {};
    wp::vec_t<3, wp::float64> adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    //---------
    // forward
    // def double_precision_orbit(                                                            <L 52>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // x = pos[i]                                                                             <L 61>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = vel[i]                                                                             <L 62>
    var_4 = wp::address(var_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // half = wp.float64(0.5)                                                                 <L 63>
    var_8 = wp::float64(var_7);
    // for s in range(steps):                                                                 <L 64>
    var_9 = wp::range(var_steps);
    // pos[i] = x                                                                             <L 72>
    // wp::array_store(var_pos, var_0, var_2);
    // vel[i] = v                                                                             <L 73>
    // wp::array_store(var_vel, var_0, var_5);
    // energy[i] = half * wp.dot(v, v) - gm / wp.length(x)                                    <L 74>
    var_31 = wp::dot(var_5, var_5);
    var_32 = wp::mul(var_8, var_31);
    var_33 = wp::length(var_2);
    var_34 = wp::div(var_gm, var_33);
    var_35 = wp::sub(var_32, var_34);
    // wp::array_store(var_energy, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_energy, var_0, var_35, adj_energy, adj_0, adj_35);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_div(var_gm, var_33, var_34, adj_gm, adj_33, adj_34);
    wp::adj_length(var_2, var_33, adj_2, adj_33);
    wp::adj_mul(var_8, var_31, adj_8, adj_31, adj_32);
    wp::adj_dot(var_5, var_5, adj_5, adj_5, adj_31);
    // adj: energy[i] = half * wp.dot(v, v) - gm / wp.length(x)                               <L 74>
    wp::adj_array_store(var_vel, var_0, var_5, adj_vel, adj_0, adj_5);
    // adj: vel[i] = v                                                                        <L 73>
    wp::adj_array_store(var_pos, var_0, var_2, adj_pos, adj_0, adj_2);
    // adj: pos[i] = x                                                                        <L 72>
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
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // r = wp.length(x)                                                                   <L 65>
        var_11 = wp::length(var_2);
        // a = x * (-gm / (r * r * r))                                                        <L 66>
        var_12 = wp::neg(var_gm);
        var_13 = wp::mul(var_11, var_11);
        var_14 = wp::mul(var_13, var_11);
        var_15 = wp::div(var_12, var_14);
        var_16 = wp::mul(var_2, var_15);
        // v = v + a * (dt * half)                                                            <L 67>
        var_17 = wp::mul(var_dt, var_8);
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::add(var_5, var_18);
        // x = x + v * dt                                                                     <L 68>
        var_20 = wp::mul(var_19, var_dt);
        var_21 = wp::add(var_2, var_20);
        // r = wp.length(x)                                                                   <L 69>
        var_22 = wp::length(var_21);
        // a = x * (-gm / (r * r * r))                                                        <L 70>
        var_23 = wp::neg(var_gm);
        var_24 = wp::mul(var_22, var_22);
        var_25 = wp::mul(var_24, var_22);
        var_26 = wp::div(var_23, var_25);
        var_27 = wp::mul(var_21, var_26);
        // v = v + a * (dt * half)                                                            <L 71>
        var_28 = wp::mul(var_dt, var_8);
        var_29 = wp::mul(var_27, var_28);
        var_30 = wp::add(var_19, var_29);
        wp::assign(var_2, var_21);
        wp::assign(var_5, var_30);
        wp::adj_assign(var_5, var_30, adj_5, adj_30);
        wp::adj_assign(var_2, var_21, adj_2, adj_21);
        wp::adj_add(var_19, var_29, adj_19, adj_29, adj_30);
        wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_mul(var_dt, var_8, adj_dt, adj_8, adj_28);
        // adj: v = v + a * (dt * half)                                                       <L 71>
        wp::adj_mul(var_21, var_26, adj_21, adj_26, adj_27);
        wp::adj_div(var_23, var_25, var_26, adj_23, adj_25, adj_26);
        wp::adj_mul(var_24, var_22, adj_24, adj_22, adj_25);
        wp::adj_mul(var_22, var_22, adj_22, adj_22, adj_24);
        wp::adj_neg(var_gm, adj_gm, adj_23);
        // adj: a = x * (-gm / (r * r * r))                                                   <L 70>
        wp::adj_length(var_21, var_22, adj_21, adj_22);
        // adj: r = wp.length(x)                                                              <L 69>
        wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_mul(var_19, var_dt, adj_19, adj_dt, adj_20);
        // adj: x = x + v * dt                                                                <L 68>
        wp::adj_add(var_5, var_18, adj_5, adj_18, adj_19);
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_dt, var_8, adj_dt, adj_8, adj_17);
        // adj: v = v + a * (dt * half)                                                       <L 67>
        wp::adj_mul(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
        wp::adj_mul(var_13, var_11, adj_13, adj_11, adj_14);
        wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_13);
        wp::adj_neg(var_gm, adj_gm, adj_12);
        // adj: a = x * (-gm / (r * r * r))                                                   <L 66>
        wp::adj_length(var_2, var_11, adj_2, adj_11);
        // adj: r = wp.length(x)                                                              <L 65>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_steps, adj_steps, adj_9);
    // adj: for s in range(steps):                                                            <L 64>
    wp::adj_float64(var_7, adj_7, adj_8);
    // adj: half = wp.float64(0.5)                                                            <L 63>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_4);
    // adj: v = vel[i]                                                                        <L 62>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
    // adj: x = pos[i]                                                                        <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def double_precision_orbit(                                                       <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_precision_orbit_4de401c1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_double_precision_orbit_4de401c1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_precision_orbit_4de401c1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_precision_orbit_4de401c1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_double_precision_orbit_4de401c1 *_wp_args,
    wp_args_double_precision_orbit_4de401c1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_precision_orbit_4de401c1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mixed_precision_axpy_a0096290 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float64> y;
    wp::float64 alpha;
    wp::array_t<wp::float32> out;
};


void mixed_precision_axpy_a0096290_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_mixed_precision_axpy_a0096290 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    wp::float64 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float64 var_2;
    wp::float32 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    //---------
    // forward
    // def mixed_precision_axpy(x: wp.array(dtype=float), y: wp.array(dtype=wp.float64), alpha: wp.float64, out: wp.array(dtype=float)):       <L 78>
    // i = wp.tid()                                                                           <L 79>
    var_0 = builtin_tid1d();
    // r = alpha * wp.float64(x[i]) + y[i]                                                    <L 80>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float64(var_3);
    var_4 = wp::mul(var_alpha, var_2);
    var_5 = wp::address(var_y, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_4, var_7);
    // out[i] = wp.float32(r)                                                                 <L 81>
    var_8 = wp::float32(var_6);
    wp::array_store(var_out, var_0, var_8);
    // y[i] = r * wp.float64(0.5) + wp.sqrt(wp.abs(r))                                        <L 82>
    var_10 = wp::float64(var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::abs(var_6);
    var_13 = wp::sqrt(var_12);
    var_14 = wp::add(var_11, var_13);
    wp::array_store(var_y, var_0, var_14);
}



void mixed_precision_axpy_a0096290_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_mixed_precision_axpy_a0096290 *_wp_args,
    wp_args_mixed_precision_axpy_a0096290 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    wp::float64 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_y = _wp_adj_args->y;
    wp::float64 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float64 var_2;
    wp::float32 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    //---------
    // forward
    // def mixed_precision_axpy(x: wp.array(dtype=float), y: wp.array(dtype=wp.float64), alpha: wp.float64, out: wp.array(dtype=float)):       <L 78>
    // i = wp.tid()                                                                           <L 79>
    var_0 = builtin_tid1d();
    // r = alpha * wp.float64(x[i]) + y[i]                                                    <L 80>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float64(var_3);
    var_4 = wp::mul(var_alpha, var_2);
    var_5 = wp::address(var_y, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_4, var_7);
    // out[i] = wp.float32(r)                                                                 <L 81>
    var_8 = wp::float32(var_6);
    // wp::array_store(var_out, var_0, var_8);
    // y[i] = r * wp.float64(0.5) + wp.sqrt(wp.abs(r))                                        <L 82>
    var_10 = wp::float64(var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::abs(var_6);
    var_13 = wp::sqrt(var_12);
    var_14 = wp::add(var_11, var_13);
    // wp::array_store(var_y, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_14, adj_y, adj_0, adj_14);
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_sqrt(var_12, var_13, adj_12, adj_13);
    wp::adj_abs(var_6, adj_6, adj_12);
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_float64(var_9, adj_9, adj_10);
    // adj: y[i] = r * wp.float64(0.5) + wp.sqrt(wp.abs(r))                                   <L 82>
    wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
    wp::adj_float32(var_6, adj_6, adj_8);
    // adj: out[i] = wp.float32(r)                                                            <L 81>
    wp::adj_add(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_y, var_0, adj_y, adj_0, adj_5);
    wp::adj_mul(var_alpha, var_2, adj_alpha, adj_2, adj_4);
    wp::adj_float64(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: r = alpha * wp.float64(x[i]) + y[i]                                               <L 80>
    // adj: i = wp.tid()                                                                      <L 79>
    // adj: def mixed_precision_axpy(x: wp.array(dtype=float), y: wp.array(dtype=wp.float64), alpha: wp.float64, out: wp.array(dtype=float)):  <L 78>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mixed_precision_axpy_a0096290_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_mixed_precision_axpy_a0096290 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        mixed_precision_axpy_a0096290_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mixed_precision_axpy_a0096290_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_mixed_precision_axpy_a0096290 *_wp_args,
    wp_args_mixed_precision_axpy_a0096290 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        mixed_precision_axpy_a0096290_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

