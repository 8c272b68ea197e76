
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


// corpus/084_softmax_logsumexp.py:4
static wp::float32 row_max_0(
    wp::array_t<wp::float32> var_x,
    wp::int32 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def row_max(x: wp.array2d(dtype=float), r: int) -> float:                              <L 5>
    // m = x[r, 0]                                                                            <L 6>
    var_1 = wp::address(var_x, var_r, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for j in range(1, x.shape[1]):                                                         <L 7>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::range(var_8, var_6);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // m = wp.max(m, x[r, j])                                                             <L 8>
        var_11 = wp::address(var_x, var_r, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::max(var_2, var_13);
        wp::assign(var_2, var_12);
        goto start_for_0;
    end_for_0:;
    // return m                                                                               <L 9>
    return var_2;
}


// corpus/084_softmax_logsumexp.py:12
static wp::float32 row_logsumexp_0(
    wp::array_t<wp::float32> var_x,
    wp::int32 var_r,
    wp::float32 var_temperature)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def row_logsumexp(x: wp.array2d(dtype=float), r: int, temperature: float) -> float:       <L 13>
    // m = row_max(x, r) / temperature                                                        <L 14>
    var_0 = row_max_0(var_x, var_r);
    var_1 = wp::div(var_0, var_temperature);
    // s = float(0.0)                                                                         <L 15>
    var_3 = wp::float(var_2);
    // for j in range(x.shape[1]):                                                            <L 16>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // s += wp.exp(x[r, j] / temperature - m)                                             <L 17>
        var_10 = wp::address(var_x, var_r, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_temperature);
        var_13 = wp::sub(var_11, var_1);
        var_14 = wp::exp(var_13);
        var_15 = wp::address(var_x, var_r, var_9);
        var_17 = wp::load(var_15);
        var_16 = wp::div(var_17, var_temperature);
        var_18 = wp::sub(var_16, var_1);
        var_19 = wp::exp(var_18);
        var_20 = wp::add(var_3, var_19);
        wp::assign(var_3, var_20);
        goto start_for_0;
    end_for_0:;
    // return m + wp.log(s)                                                                   <L 18>
    var_21 = wp::log(var_3);
    var_22 = wp::add(var_1, var_21);
    return var_22;
}


// corpus/084_softmax_logsumexp.py:4
static void adj_row_max_0(
    wp::array_t<wp::float32> var_x,
    wp::int32 var_r,
    wp::array_t<wp::float32> & adj_x,
    wp::int32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def row_max(x: wp.array2d(dtype=float), r: int) -> float:                              <L 5>
    // m = x[r, 0]                                                                            <L 6>
    var_1 = wp::address(var_x, var_r, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for j in range(1, x.shape[1]):                                                         <L 7>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::range(var_8, var_6);
    // return m                                                                               <L 9>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_2 += adj_ret;
    // adj: return m                                                                          <L 9>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
        // m = wp.max(m, x[r, j])                                                             <L 8>
        var_11 = wp::address(var_x, var_r, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::max(var_2, var_13);
        wp::assign(var_2, var_12);
        wp::adj_assign(var_2, var_12, adj_2, adj_12);
        wp::adj_max(var_2, var_13, adj_2, adj_11, adj_12);
        wp::adj_address(var_x, var_r, var_10, adj_x, adj_r, adj_10, adj_11);
        // adj: m = wp.max(m, x[r, j])                                                        <L 8>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_8, var_6, adj_8, adj_6, adj_9);
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_x.shape = adj_4;
    // adj: for j in range(1, x.shape[1]):                                                    <L 7>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_r, var_0, adj_x, adj_r, adj_0, adj_1);
    // adj: m = x[r, 0]                                                                       <L 6>
    // adj: def row_max(x: wp.array2d(dtype=float), r: int) -> float:                         <L 5>
    return;
}


// corpus/084_softmax_logsumexp.py:12
static void adj_row_logsumexp_0(
    wp::array_t<wp::float32> var_x,
    wp::int32 var_r,
    wp::float32 var_temperature,
    wp::array_t<wp::float32> & adj_x,
    wp::int32 & adj_r,
    wp::float32 & adj_temperature,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
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
    //---------
    // forward
    // def row_logsumexp(x: wp.array2d(dtype=float), r: int, temperature: float) -> float:       <L 13>
    // m = row_max(x, r) / temperature                                                        <L 14>
    var_0 = row_max_0(var_x, var_r);
    var_1 = wp::div(var_0, var_temperature);
    // s = float(0.0)                                                                         <L 15>
    var_3 = wp::float(var_2);
    // for j in range(x.shape[1]):                                                            <L 16>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    // return m + wp.log(s)                                                                   <L 18>
    var_21 = wp::log(var_3);
    var_22 = wp::add(var_1, var_21);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_22 += adj_ret;
    wp::adj_add(var_1, var_21, adj_1, adj_21, adj_22);
    wp::adj_log(var_3, adj_3, adj_21);
    // adj: return m + wp.log(s)                                                              <L 18>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
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
        // s += wp.exp(x[r, j] / temperature - m)                                             <L 17>
        var_10 = wp::address(var_x, var_r, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_temperature);
        var_13 = wp::sub(var_11, var_1);
        var_14 = wp::exp(var_13);
        var_15 = wp::address(var_x, var_r, var_9);
        var_17 = wp::load(var_15);
        var_16 = wp::div(var_17, var_temperature);
        var_18 = wp::sub(var_16, var_1);
        var_19 = wp::exp(var_18);
        var_20 = wp::add(var_3, var_19);
        wp::assign(var_3, var_20);
        wp::adj_assign(var_3, var_20, adj_3, adj_20);
        wp::adj_add(var_3, var_19, adj_3, adj_19, adj_20);
        wp::adj_exp(var_18, var_19, adj_18, adj_19);
        wp::adj_sub(var_16, var_1, adj_16, adj_1, adj_18);
        wp::adj_div(var_17, var_temperature, var_16, adj_15, adj_temperature, adj_16);
        wp::adj_address(var_x, var_r, var_9, adj_x, adj_r, adj_9, adj_15);
        wp::adj_exp(var_13, var_14, adj_13, adj_14);
        wp::adj_sub(var_11, var_1, adj_11, adj_1, adj_13);
        wp::adj_div(var_12, var_temperature, var_11, adj_10, adj_temperature, adj_11);
        wp::adj_address(var_x, var_r, var_9, adj_x, adj_r, adj_9, adj_10);
        // adj: s += wp.exp(x[r, j] / temperature - m)                                        <L 17>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_6, adj_6, adj_8);
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_x.shape = adj_4;
    // adj: for j in range(x.shape[1]):                                                       <L 16>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: s = float(0.0)                                                                    <L 15>
    wp::adj_div(var_0, var_temperature, var_1, adj_0, adj_temperature, adj_1);
    adj_row_max_0(var_x, var_r, adj_x, adj_r, adj_0);
    // adj: m = row_max(x, r) / temperature                                                   <L 14>
    // adj: def row_logsumexp(x: wp.array2d(dtype=float), r: int, temperature: float) -> float:  <L 13>
    return;
}

struct wp_args_softmax_rows_ac71fb98 {
    wp::array_t<wp::float32> logits;
    wp::float32 temperature;
    wp::array_t<wp::float32> probs;
    wp::array_t<wp::float32> lse;
};


void softmax_rows_ac71fb98_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_softmax_rows_ac71fb98 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::float32 var_temperature = _wp_args->temperature;
    wp::array_t<wp::float32> var_probs = _wp_args->probs;
    wp::array_t<wp::float32> var_lse = _wp_args->lse;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def softmax_rows(logits: wp.array2d(dtype=float), temperature: float, probs: wp.array2d(dtype=float), lse: wp.array(dtype=float)):       <L 22>
    // r = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // l = row_logsumexp(logits, r, temperature)                                              <L 24>
    var_1 = row_logsumexp_0(var_logits, var_0, var_temperature);
    // lse[r] = l                                                                             <L 25>
    wp::array_store(var_lse, var_0, var_1);
    // for j in range(logits.shape[1]):                                                       <L 26>
    var_2 = &(var_logits.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // probs[r, j] = wp.exp(logits[r, j] / temperature - l)                               <L 27>
        var_8 = wp::address(var_logits, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_temperature);
        var_11 = wp::sub(var_9, var_1);
        var_12 = wp::exp(var_11);
        wp::array_store(var_probs, var_0, var_7, var_12);
        goto start_for_0;
    end_for_0:;
}



void softmax_rows_ac71fb98_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_softmax_rows_ac71fb98 *_wp_args,
    wp_args_softmax_rows_ac71fb98 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::float32 var_temperature = _wp_args->temperature;
    wp::array_t<wp::float32> var_probs = _wp_args->probs;
    wp::array_t<wp::float32> var_lse = _wp_args->lse;
    wp::array_t<wp::float32> adj_logits = _wp_adj_args->logits;
    wp::float32 adj_temperature = _wp_adj_args->temperature;
    wp::array_t<wp::float32> adj_probs = _wp_adj_args->probs;
    wp::array_t<wp::float32> adj_lse = _wp_adj_args->lse;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
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
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def softmax_rows(logits: wp.array2d(dtype=float), temperature: float, probs: wp.array2d(dtype=float), lse: wp.array(dtype=float)):       <L 22>
    // r = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // l = row_logsumexp(logits, r, temperature)                                              <L 24>
    var_1 = row_logsumexp_0(var_logits, var_0, var_temperature);
    // lse[r] = l                                                                             <L 25>
    // wp::array_store(var_lse, var_0, var_1);
    // for j in range(logits.shape[1]):                                                       <L 26>
    var_2 = &(var_logits.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    //---------
    // reverse
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
        // probs[r, j] = wp.exp(logits[r, j] / temperature - l)                               <L 27>
        var_8 = wp::address(var_logits, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_temperature);
        var_11 = wp::sub(var_9, var_1);
        var_12 = wp::exp(var_11);
        // wp::array_store(var_probs, var_0, var_7, var_12);
        wp::adj_array_store(var_probs, var_0, var_7, var_12, adj_probs, adj_0, adj_7, adj_12);
        wp::adj_exp(var_11, var_12, adj_11, adj_12);
        wp::adj_sub(var_9, var_1, adj_9, adj_1, adj_11);
        wp::adj_div(var_10, var_temperature, var_9, adj_8, adj_temperature, adj_9);
        wp::adj_address(var_logits, var_0, var_7, adj_logits, adj_0, adj_7, adj_8);
        // adj: probs[r, j] = wp.exp(logits[r, j] / temperature - l)                          <L 27>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_4, adj_4, adj_6);
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_logits.shape = adj_2;
    // adj: for j in range(logits.shape[1]):                                                  <L 26>
    wp::adj_array_store(var_lse, var_0, var_1, adj_lse, adj_0, adj_1);
    // adj: lse[r] = l                                                                        <L 25>
    adj_row_logsumexp_0(var_logits, var_0, var_temperature, adj_logits, adj_0, adj_temperature, adj_1);
    // adj: l = row_logsumexp(logits, r, temperature)                                         <L 24>
    // adj: r = wp.tid()                                                                      <L 23>
    // adj: def softmax_rows(logits: wp.array2d(dtype=float), temperature: float, probs: wp.array2d(dtype=float), lse: wp.array(dtype=float)):  <L 22>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void softmax_rows_ac71fb98_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_softmax_rows_ac71fb98 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        softmax_rows_ac71fb98_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void softmax_rows_ac71fb98_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_softmax_rows_ac71fb98 *_wp_args,
    wp_args_softmax_rows_ac71fb98 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        softmax_rows_ac71fb98_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cross_entropy_19555a3d {
    wp::array_t<wp::float32> logits;
    wp::array_t<wp::int32> labels;
    wp::float32 label_smoothing;
    wp::array_t<wp::float32> loss;
    wp::array_t<wp::float32> grad;
    wp::array_t<wp::int32> correct;
};


void cross_entropy_19555a3d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cross_entropy_19555a3d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::float32 var_label_smoothing = _wp_args->label_smoothing;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    wp::array_t<wp::float32> var_grad = _wp_args->grad;
    wp::array_t<wp::int32> var_correct = _wp_args->correct;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::shape_t* var_44;
    const wp::int32 var_45 = 0;
    wp::int32 var_46;
    wp::shape_t var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    //---------
    // forward
    // def cross_entropy(logits: wp.array2d(dtype=float), labels: wp.array(dtype=int), label_smoothing: float, loss: wp.array(dtype=float), grad: wp.array2d(dtype=float), correct: wp.array(dtype=int)):       <L 31>
    // r = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // n = logits.shape[1]                                                                    <L 33>
    var_1 = &(var_logits.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // l = row_logsumexp(logits, r, 1.0)                                                      <L 34>
    var_6 = row_logsumexp_0(var_logits, var_0, var_5);
    // y = labels[r]                                                                          <L 35>
    var_7 = wp::address(var_labels, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // off = label_smoothing / float(n)                                                       <L 36>
    var_10 = wp::float(var_3);
    var_11 = wp::div(var_label_smoothing, var_10);
    // on = 1.0 - label_smoothing + off                                                       <L 37>
    var_13 = wp::sub(var_12, var_label_smoothing);
    var_14 = wp::add(var_13, var_11);
    // best = int(0)                                                                          <L 38>
    var_16 = wp::int(var_15);
    // best_v = logits[r, 0]                                                                  <L 39>
    var_18 = wp::address(var_logits, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // total = float(0.0)                                                                     <L 40>
    var_22 = wp::float(var_21);
    // for j in range(n):                                                                     <L 41>
    var_23 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_23) == 0) goto end_for_0;
        var_24 = wp::iter_next(var_23);
        // v = logits[r, j]                                                                   <L 42>
        var_25 = wp::address(var_logits, var_0, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // p = wp.exp(v - l)                                                                  <L 43>
        var_28 = wp::sub(var_26, var_6);
        var_29 = wp::exp(var_28);
        // t = wp.where(j == y, on, off)                                                      <L 44>
        var_30 = (var_24 == var_8);
        var_31 = wp::where(var_30, var_14, var_11);
        // total -= t * (v - l)                                                               <L 45>
        var_32 = wp::sub(var_26, var_6);
        var_33 = wp::mul(var_31, var_32);
        var_34 = wp::sub(var_26, var_6);
        var_35 = wp::mul(var_31, var_34);
        var_36 = wp::sub(var_22, var_35);
        // grad[r, j] = p - t                                                                 <L 46>
        var_37 = wp::sub(var_29, var_31);
        wp::array_store(var_grad, var_0, var_24, var_37);
        // if v > best_v:                                                                     <L 47>
        var_38 = (var_26 > var_19);
        if (var_38) {
            // best_v = v                                                                     <L 48>
            var_39 = wp::copy(var_26);
            // best = j                                                                       <L 49>
            var_40 = wp::copy(var_24);
        }
        var_41 = wp::where(var_38, var_40, var_16);
        var_42 = wp::where(var_38, var_39, var_19);
        wp::assign(var_16, var_41);
        wp::assign(var_19, var_42);
        wp::assign(var_22, var_36);
        goto start_for_0;
    end_for_0:;
    // wp.atomic_add(loss, 0, total / float(logits.shape[0]))                                 <L 50>
    var_44 = &(var_logits.shape);
    var_47 = wp::load(var_44);
    var_46 = wp::extract(var_47, var_45);
    var_48 = wp::float(var_46);
    var_49 = wp::div(var_22, var_48);
    var_50 = wp::atomic_add(var_loss, var_43, var_49);
    // if best == y:                                                                          <L 51>
    var_51 = (var_16 == var_8);
    if (var_51) {
        // wp.atomic_add(correct, 0, 1)                                                       <L 52>
        var_54 = wp::atomic_add(var_correct, var_52, var_53);
    }
}



void cross_entropy_19555a3d_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cross_entropy_19555a3d *_wp_args,
    wp_args_cross_entropy_19555a3d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::float32 var_label_smoothing = _wp_args->label_smoothing;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    wp::array_t<wp::float32> var_grad = _wp_args->grad;
    wp::array_t<wp::int32> var_correct = _wp_args->correct;
    wp::array_t<wp::float32> adj_logits = _wp_adj_args->logits;
    wp::array_t<wp::int32> adj_labels = _wp_adj_args->labels;
    wp::float32 adj_label_smoothing = _wp_adj_args->label_smoothing;
    wp::array_t<wp::float32> adj_loss = _wp_adj_args->loss;
    wp::array_t<wp::float32> adj_grad = _wp_adj_args->grad;
    wp::array_t<wp::int32> adj_correct = _wp_adj_args->correct;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::shape_t* var_44;
    const wp::int32 var_45 = 0;
    wp::int32 var_46;
    wp::shape_t var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::range_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::shape_t adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::shape_t adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    //---------
    // forward
    // def cross_entropy(logits: wp.array2d(dtype=float), labels: wp.array(dtype=int), label_smoothing: float, loss: wp.array(dtype=float), grad: wp.array2d(dtype=float), correct: wp.array(dtype=int)):       <L 31>
    // r = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // n = logits.shape[1]                                                                    <L 33>
    var_1 = &(var_logits.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // l = row_logsumexp(logits, r, 1.0)                                                      <L 34>
    var_6 = row_logsumexp_0(var_logits, var_0, var_5);
    // y = labels[r]                                                                          <L 35>
    var_7 = wp::address(var_labels, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // off = label_smoothing / float(n)                                                       <L 36>
    var_10 = wp::float(var_3);
    var_11 = wp::div(var_label_smoothing, var_10);
    // on = 1.0 - label_smoothing + off                                                       <L 37>
    var_13 = wp::sub(var_12, var_label_smoothing);
    var_14 = wp::add(var_13, var_11);
    // best = int(0)                                                                          <L 38>
    var_16 = wp::int(var_15);
    // best_v = logits[r, 0]                                                                  <L 39>
    var_18 = wp::address(var_logits, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // total = float(0.0)                                                                     <L 40>
    var_22 = wp::float(var_21);
    // for j in range(n):                                                                     <L 41>
    var_23 = wp::range(var_3);
    // wp.atomic_add(loss, 0, total / float(logits.shape[0]))                                 <L 50>
    var_44 = &(var_logits.shape);
    var_47 = wp::load(var_44);
    var_46 = wp::extract(var_47, var_45);
    var_48 = wp::float(var_46);
    var_49 = wp::div(var_22, var_48);
    // var_50 = wp::atomic_add(var_loss, var_43, var_49);
    // if best == y:                                                                          <L 51>
    var_51 = (var_16 == var_8);
    if (var_51) {
        // wp.atomic_add(correct, 0, 1)                                                       <L 52>
        // var_54 = wp::atomic_add(var_correct, var_52, var_53);
    }
    //---------
    // reverse
    if (var_51) {
        wp::adj_atomic_add(var_correct, var_52, var_53, adj_correct, adj_52, adj_53, adj_54);
        // adj: wp.atomic_add(correct, 0, 1)                                                  <L 52>
    }
    // adj: if best == y:                                                                     <L 51>
    wp::adj_atomic_add(var_loss, var_43, var_49, adj_loss, adj_43, adj_49, adj_50);
    wp::adj_div(var_22, var_48, var_49, adj_22, adj_48, adj_49);
    wp::adj_float(var_46, adj_46, adj_48);
    wp::adj_extract(var_47, var_45, adj_44, adj_45, adj_46);
    adj_logits.shape = adj_44;
    // adj: wp.atomic_add(loss, 0, total / float(logits.shape[0]))                            <L 50>
    var_23 = wp::iter_reverse(var_23);
    start_for_0:;
        if (iter_cmp(var_23) == 0) goto end_for_0;
        var_24 = wp::iter_next(var_23);
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
        // v = logits[r, j]                                                                   <L 42>
        var_25 = wp::address(var_logits, var_0, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // p = wp.exp(v - l)                                                                  <L 43>
        var_28 = wp::sub(var_26, var_6);
        var_29 = wp::exp(var_28);
        // t = wp.where(j == y, on, off)                                                      <L 44>
        var_30 = (var_24 == var_8);
        var_31 = wp::where(var_30, var_14, var_11);
        // total -= t * (v - l)                                                               <L 45>
        var_32 = wp::sub(var_26, var_6);
        var_33 = wp::mul(var_31, var_32);
        var_34 = wp::sub(var_26, var_6);
        var_35 = wp::mul(var_31, var_34);
        var_36 = wp::sub(var_22, var_35);
        // grad[r, j] = p - t                                                                 <L 46>
        var_37 = wp::sub(var_29, var_31);
        // wp::array_store(var_grad, var_0, var_24, var_37);
        // if v > best_v:                                                                     <L 47>
        var_38 = (var_26 > var_19);
        if (var_38) {
            // best_v = v                                                                     <L 48>
            var_39 = wp::copy(var_26);
            // best = j                                                                       <L 49>
            var_40 = wp::copy(var_24);
        }
        var_41 = wp::where(var_38, var_40, var_16);
        var_42 = wp::where(var_38, var_39, var_19);
        wp::assign(var_16, var_41);
        wp::assign(var_19, var_42);
        wp::assign(var_22, var_36);
        wp::adj_assign(var_22, var_36, adj_22, adj_36);
        wp::adj_assign(var_19, var_42, adj_19, adj_42);
        wp::adj_assign(var_16, var_41, adj_16, adj_41);
        wp::adj_where(var_38, var_39, var_19, adj_38, adj_39, adj_19, adj_42);
        wp::adj_where(var_38, var_40, var_16, adj_38, adj_40, adj_16, adj_41);
        if (var_38) {
            wp::adj_copy(var_24, adj_24, adj_40);
            // adj: best = j                                                                  <L 49>
            wp::adj_copy(var_26, adj_26, adj_39);
            // adj: best_v = v                                                                <L 48>
        }
        // adj: if v > best_v:                                                                <L 47>
        wp::adj_array_store(var_grad, var_0, var_24, var_37, adj_grad, adj_0, adj_24, adj_37);
        wp::adj_sub(var_29, var_31, adj_29, adj_31, adj_37);
        // adj: grad[r, j] = p - t                                                            <L 46>
        wp::adj_sub(var_22, var_35, adj_22, adj_35, adj_36);
        wp::adj_mul(var_31, var_34, adj_31, adj_34, adj_35);
        wp::adj_sub(var_26, var_6, adj_26, adj_6, adj_34);
        wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_sub(var_26, var_6, adj_26, adj_6, adj_32);
        // adj: total -= t * (v - l)                                                          <L 45>
        wp::adj_where(var_30, var_14, var_11, adj_30, adj_14, adj_11, adj_31);
        // adj: t = wp.where(j == y, on, off)                                                 <L 44>
        wp::adj_exp(var_28, var_29, adj_28, adj_29);
        wp::adj_sub(var_26, var_6, adj_26, adj_6, adj_28);
        // adj: p = wp.exp(v - l)                                                             <L 43>
        wp::adj_copy(var_27, adj_25, adj_26);
        wp::adj_address(var_logits, var_0, var_24, adj_logits, adj_0, adj_24, adj_25);
        // adj: v = logits[r, j]                                                              <L 42>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_3, adj_3, adj_23);
    // adj: for j in range(n):                                                                <L 41>
    wp::adj_float(var_21, adj_21, adj_22);
    // adj: total = float(0.0)                                                                <L 40>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_logits, var_0, var_17, adj_logits, adj_0, adj_17, adj_18);
    // adj: best_v = logits[r, 0]                                                             <L 39>
    wp::adj_int(var_15, adj_15, adj_16);
    // adj: best = int(0)                                                                     <L 38>
    wp::adj_add(var_13, var_11, adj_13, adj_11, adj_14);
    wp::adj_sub(var_12, var_label_smoothing, adj_12, adj_label_smoothing, adj_13);
    // adj: on = 1.0 - label_smoothing + off                                                  <L 37>
    wp::adj_div(var_label_smoothing, var_10, var_11, adj_label_smoothing, adj_10, adj_11);
    wp::adj_float(var_3, adj_3, adj_10);
    // adj: off = label_smoothing / float(n)                                                  <L 36>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_labels, var_0, adj_labels, adj_0, adj_7);
    // adj: y = labels[r]                                                                     <L 35>
    adj_row_logsumexp_0(var_logits, var_0, var_5, adj_logits, adj_0, adj_5, adj_6);
    // adj: l = row_logsumexp(logits, r, 1.0)                                                 <L 34>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_logits.shape = adj_1;
    // adj: n = logits.shape[1]                                                               <L 33>
    // adj: r = wp.tid()                                                                      <L 32>
    // adj: def cross_entropy(logits: wp.array2d(dtype=float), labels: wp.array(dtype=int), label_smoothing: float, loss: wp.array(dtype=float), grad: wp.array2d(dtype=float), correct: wp.array(dtype=int)):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cross_entropy_19555a3d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cross_entropy_19555a3d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cross_entropy_19555a3d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cross_entropy_19555a3d_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cross_entropy_19555a3d *_wp_args,
    wp_args_cross_entropy_19555a3d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cross_entropy_19555a3d_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gumbel_sample_7b7fca0c {
    wp::array_t<wp::float32> logits;
    wp::int32 seed;
    wp::array_t<wp::int32> samples;
};


void gumbel_sample_7b7fca0c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gumbel_sample_7b7fca0c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::int32> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = -1;
    wp::int32 var_4;
    const wp::float32 var_5 = 1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::float32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::float32 var_14 = 1e-07;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def gumbel_sample(logits: wp.array2d(dtype=float), seed: int, samples: wp.array(dtype=int)):       <L 56>
    // r = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, r)                                                          <L 58>
    var_1 = wp::rand_init(var_seed, var_0);
    // best = int(-1)                                                                         <L 59>
    var_4 = wp::int(var_3);
    // best_v = float(-1.0e30)                                                                <L 60>
    var_7 = wp::float(var_6);
    // for j in range(logits.shape[1]):                                                       <L 61>
    var_8 = &(var_logits.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // u = wp.randf(state, 1.0e-7, 1.0)                                                   <L 62>
        var_16 = wp::randf(var_1, var_14, var_15);
        // g = -wp.log(-wp.log(u))                                                            <L 63>
        var_17 = wp::log(var_16);
        var_18 = wp::neg(var_17);
        var_19 = wp::log(var_18);
        var_20 = wp::neg(var_19);
        // v = logits[r, j] + g                                                               <L 64>
        var_21 = wp::address(var_logits, var_0, var_13);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_23, var_20);
        // if v > best_v:                                                                     <L 65>
        var_24 = (var_22 > var_7);
        if (var_24) {
            // best_v = v                                                                     <L 66>
            var_25 = wp::copy(var_22);
            // best = j                                                                       <L 67>
            var_26 = wp::copy(var_13);
        }
        var_27 = wp::where(var_24, var_26, var_4);
        var_28 = wp::where(var_24, var_25, var_7);
        wp::assign(var_4, var_27);
        wp::assign(var_7, var_28);
        goto start_for_0;
    end_for_0:;
    // samples[r] = best                                                                      <L 68>
    wp::array_store(var_samples, var_0, var_4);
}



void gumbel_sample_7b7fca0c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gumbel_sample_7b7fca0c *_wp_args,
    wp_args_gumbel_sample_7b7fca0c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::int32> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> adj_logits = _wp_adj_args->logits;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::int32> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = -1;
    wp::int32 var_4;
    const wp::float32 var_5 = 1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::float32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::float32 var_14 = 1e-07;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
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
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def gumbel_sample(logits: wp.array2d(dtype=float), seed: int, samples: wp.array(dtype=int)):       <L 56>
    // r = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, r)                                                          <L 58>
    var_1 = wp::rand_init(var_seed, var_0);
    // best = int(-1)                                                                         <L 59>
    var_4 = wp::int(var_3);
    // best_v = float(-1.0e30)                                                                <L 60>
    var_7 = wp::float(var_6);
    // for j in range(logits.shape[1]):                                                       <L 61>
    var_8 = &(var_logits.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = wp::range(var_10);
    // samples[r] = best                                                                      <L 68>
    // wp::array_store(var_samples, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_4, adj_samples, adj_0, adj_4);
    // adj: samples[r] = best                                                                 <L 68>
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
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
        // u = wp.randf(state, 1.0e-7, 1.0)                                                   <L 62>
        var_16 = wp::randf(var_1, var_14, var_15);
        // g = -wp.log(-wp.log(u))                                                            <L 63>
        var_17 = wp::log(var_16);
        var_18 = wp::neg(var_17);
        var_19 = wp::log(var_18);
        var_20 = wp::neg(var_19);
        // v = logits[r, j] + g                                                               <L 64>
        var_21 = wp::address(var_logits, var_0, var_13);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_23, var_20);
        // if v > best_v:                                                                     <L 65>
        var_24 = (var_22 > var_7);
        if (var_24) {
            // best_v = v                                                                     <L 66>
            var_25 = wp::copy(var_22);
            // best = j                                                                       <L 67>
            var_26 = wp::copy(var_13);
        }
        var_27 = wp::where(var_24, var_26, var_4);
        var_28 = wp::where(var_24, var_25, var_7);
        wp::assign(var_4, var_27);
        wp::assign(var_7, var_28);
        wp::adj_assign(var_7, var_28, adj_7, adj_28);
        wp::adj_assign(var_4, var_27, adj_4, adj_27);
        wp::adj_where(var_24, var_25, var_7, adj_24, adj_25, adj_7, adj_28);
        wp::adj_where(var_24, var_26, var_4, adj_24, adj_26, adj_4, adj_27);
        if (var_24) {
            wp::adj_copy(var_13, adj_13, adj_26);
            // adj: best = j                                                                  <L 67>
            wp::adj_copy(var_22, adj_22, adj_25);
            // adj: best_v = v                                                                <L 66>
        }
        // adj: if v > best_v:                                                                <L 65>
        wp::adj_add(var_23, var_20, adj_21, adj_20, adj_22);
        wp::adj_address(var_logits, var_0, var_13, adj_logits, adj_0, adj_13, adj_21);
        // adj: v = logits[r, j] + g                                                          <L 64>
        wp::adj_neg(var_19, adj_19, adj_20);
        wp::adj_log(var_18, adj_18, adj_19);
        wp::adj_neg(var_17, adj_17, adj_18);
        wp::adj_log(var_16, adj_16, adj_17);
        // adj: g = -wp.log(-wp.log(u))                                                       <L 63>
        // adj: u = wp.randf(state, 1.0e-7, 1.0)                                              <L 62>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_10, adj_10, adj_12);
    wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
    adj_logits.shape = adj_8;
    // adj: for j in range(logits.shape[1]):                                                  <L 61>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: best_v = float(-1.0e30)                                                           <L 60>
    wp::adj_int(var_3, adj_3, adj_4);
    // adj: best = int(-1)                                                                    <L 59>
    // adj: state = wp.rand_init(seed, r)                                                     <L 58>
    // adj: r = wp.tid()                                                                      <L 57>
    // adj: def gumbel_sample(logits: wp.array2d(dtype=float), seed: int, samples: wp.array(dtype=int)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gumbel_sample_7b7fca0c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gumbel_sample_7b7fca0c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gumbel_sample_7b7fca0c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gumbel_sample_7b7fca0c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gumbel_sample_7b7fca0c *_wp_args,
    wp_args_gumbel_sample_7b7fca0c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gumbel_sample_7b7fca0c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_entropy_rows_d5bc8bc5 {
    wp::array_t<wp::float32> probs;
    wp::array_t<wp::float32> ent;
};


void entropy_rows_d5bc8bc5_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_entropy_rows_d5bc8bc5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probs = _wp_args->probs;
    wp::array_t<wp::float32> var_ent = _wp_args->ent;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def entropy_rows(probs: wp.array2d(dtype=float), ent: wp.array(dtype=float)):          <L 72>
    // r, j = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // p = probs[r, j]                                                                        <L 74>
    var_2 = wp::address(var_probs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if p > 0.0:                                                                            <L 75>
    var_6 = (var_3 > var_5);
    if (var_6) {
        // wp.atomic_sub(ent, r, p * wp.log(p))                                               <L 76>
        var_7 = wp::log(var_3);
        var_8 = wp::mul(var_3, var_7);
        var_9 = wp::atomic_sub(var_ent, var_0, var_8);
    }
}



void entropy_rows_d5bc8bc5_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_entropy_rows_d5bc8bc5 *_wp_args,
    wp_args_entropy_rows_d5bc8bc5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probs = _wp_args->probs;
    wp::array_t<wp::float32> var_ent = _wp_args->ent;
    wp::array_t<wp::float32> adj_probs = _wp_adj_args->probs;
    wp::array_t<wp::float32> adj_ent = _wp_adj_args->ent;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def entropy_rows(probs: wp.array2d(dtype=float), ent: wp.array(dtype=float)):          <L 72>
    // r, j = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // p = probs[r, j]                                                                        <L 74>
    var_2 = wp::address(var_probs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if p > 0.0:                                                                            <L 75>
    var_6 = (var_3 > var_5);
    if (var_6) {
        // wp.atomic_sub(ent, r, p * wp.log(p))                                               <L 76>
        var_7 = wp::log(var_3);
        var_8 = wp::mul(var_3, var_7);
        // var_9 = wp::atomic_sub(var_ent, var_0, var_8);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_atomic_sub(var_ent, var_0, var_8, adj_ent, adj_0, adj_8, adj_9);
        wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_8);
        wp::adj_log(var_3, adj_3, adj_7);
        // adj: wp.atomic_sub(ent, r, p * wp.log(p))                                          <L 76>
    }
    // adj: if p > 0.0:                                                                       <L 75>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_probs, var_0, var_1, adj_probs, adj_0, adj_1, adj_2);
    // adj: p = probs[r, j]                                                                   <L 74>
    // adj: r, j = wp.tid()                                                                   <L 73>
    // adj: def entropy_rows(probs: wp.array2d(dtype=float), ent: wp.array(dtype=float)):     <L 72>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void entropy_rows_d5bc8bc5_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_entropy_rows_d5bc8bc5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        entropy_rows_d5bc8bc5_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void entropy_rows_d5bc8bc5_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_entropy_rows_d5bc8bc5 *_wp_args,
    wp_args_entropy_rows_d5bc8bc5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        entropy_rows_d5bc8bc5_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

