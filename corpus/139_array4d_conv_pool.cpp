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

struct wp_args_batch_norm_4d_5e6eeff3 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> mean;
    wp::array_t<wp::float32> var;
    wp::array_t<wp::float32> gamma;
    wp::array_t<wp::float32> beta;
    wp::array_t<wp::float32> y;
    wp::float32 eps;
};


void batch_norm_4d_5e6eeff3_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_var = _wp_args->var;
    wp::array_t<wp::float32> var_gamma = _wp_args->gamma;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::float32 var_eps = _wp_args->eps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def batch_norm_4d(x: wp.array4d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float), gamma: wp.array(dtype=float), beta: wp.array(dtype=float), y: wp.array4d(dtype=float), eps: float):       <L 5>
    // n, c, h, w = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = (x[n, c, h, w] - mean[c]) / wp.sqrt(var[c] + eps)                                  <L 7>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_5 = wp::address(var_mean, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    var_9 = wp::address(var_var, var_1);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_eps);
    var_12 = wp::sqrt(var_10);
    var_13 = wp::div(var_6, var_12);
    // y[n, c, h, w] = v * gamma[c] + beta[c]                                                 <L 8>
    var_14 = wp::address(var_gamma, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = wp::address(var_beta, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_15, var_19);
    wp::array_store(var_y, var_0, var_1, var_2, var_3, var_18);
}



void batch_norm_4d_5e6eeff3_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_args,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_var = _wp_args->var;
    wp::array_t<wp::float32> var_gamma = _wp_args->gamma;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::float32 var_eps = _wp_args->eps;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_mean = _wp_adj_args->mean;
    wp::array_t<wp::float32> adj_var = _wp_adj_args->var;
    wp::array_t<wp::float32> adj_gamma = _wp_adj_args->gamma;
    wp::array_t<wp::float32> adj_beta = _wp_adj_args->beta;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::float32 adj_eps = _wp_adj_args->eps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
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
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def batch_norm_4d(x: wp.array4d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float), gamma: wp.array(dtype=float), beta: wp.array(dtype=float), y: wp.array4d(dtype=float), eps: float):       <L 5>
    // n, c, h, w = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = (x[n, c, h, w] - mean[c]) / wp.sqrt(var[c] + eps)                                  <L 7>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_5 = wp::address(var_mean, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    var_9 = wp::address(var_var, var_1);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_eps);
    var_12 = wp::sqrt(var_10);
    var_13 = wp::div(var_6, var_12);
    // y[n, c, h, w] = v * gamma[c] + beta[c]                                                 <L 8>
    var_14 = wp::address(var_gamma, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = wp::address(var_beta, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_15, var_19);
    // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_18, adj_y, adj_0, adj_1, adj_2, adj_3, adj_18);
    wp::adj_add(var_15, var_19, adj_15, adj_17, adj_18);
    wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_17);
    wp::adj_mul(var_13, var_16, adj_13, adj_14, adj_15);
    wp::adj_address(var_gamma, var_1, adj_gamma, adj_1, adj_14);
    // adj: y[n, c, h, w] = v * gamma[c] + beta[c]                                            <L 8>
    wp::adj_div(var_6, var_12, var_13, adj_6, adj_12, adj_13);
    wp::adj_sqrt(var_10, var_12, adj_10, adj_12);
    wp::adj_add(var_11, var_eps, adj_9, adj_eps, adj_10);
    wp::adj_address(var_var, var_1, adj_var, adj_1, adj_9);
    wp::adj_sub(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_mean, var_1, adj_mean, adj_1, adj_5);
    wp::adj_address(var_x, var_0, var_1, var_2, var_3, adj_x, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: v = (x[n, c, h, w] - mean[c]) / wp.sqrt(var[c] + eps)                             <L 7>
    // adj: n, c, h, w = wp.tid()                                                             <L 6>
    // adj: def batch_norm_4d(x: wp.array4d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float), gamma: wp.array(dtype=float), beta: wp.array(dtype=float), y: wp.array4d(dtype=float), eps: float):  <L 5>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void batch_norm_4d_5e6eeff3_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batch_norm_4d_5e6eeff3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void batch_norm_4d_5e6eeff3_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_args,
    wp_args_batch_norm_4d_5e6eeff3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batch_norm_4d_5e6eeff3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_channel_stats_15961d21 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> sums;
    wp::array_t<wp::float32> sq;
};


void channel_stats_15961d21_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_15961d21 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_sq = _wp_args->sq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def channel_stats(x: wp.array4d(dtype=float), sums: wp.array(dtype=float), sq: wp.array(dtype=float)):       <L 12>
    // n, c, h, w = wp.tid()                                                                  <L 13>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = x[n, c, h, w]                                                                      <L 14>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(sums, c, v)                                                              <L 15>
    var_7 = wp::atomic_add(var_sums, var_1, var_5);
    // wp.atomic_add(sq, c, v * v)                                                            <L 16>
    var_8 = wp::mul(var_5, var_5);
    var_9 = wp::atomic_add(var_sq, var_1, var_8);
}



void channel_stats_15961d21_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_15961d21 *_wp_args,
    wp_args_channel_stats_15961d21 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> var_sq = _wp_args->sq;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::float32> adj_sq = _wp_adj_args->sq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
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
    //---------
    // forward
    // def channel_stats(x: wp.array4d(dtype=float), sums: wp.array(dtype=float), sq: wp.array(dtype=float)):       <L 12>
    // n, c, h, w = wp.tid()                                                                  <L 13>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = x[n, c, h, w]                                                                      <L 14>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(sums, c, v)                                                              <L 15>
    // var_7 = wp::atomic_add(var_sums, var_1, var_5);
    // wp.atomic_add(sq, c, v * v)                                                            <L 16>
    var_8 = wp::mul(var_5, var_5);
    // var_9 = wp::atomic_add(var_sq, var_1, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_sq, var_1, var_8, adj_sq, adj_1, adj_8, adj_9);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_8);
    // adj: wp.atomic_add(sq, c, v * v)                                                       <L 16>
    wp::adj_atomic_add(var_sums, var_1, var_5, adj_sums, adj_1, adj_5, adj_7);
    // adj: wp.atomic_add(sums, c, v)                                                         <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_0, var_1, var_2, var_3, adj_x, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: v = x[n, c, h, w]                                                                 <L 14>
    // adj: n, c, h, w = wp.tid()                                                             <L 13>
    // adj: def channel_stats(x: wp.array4d(dtype=float), sums: wp.array(dtype=float), sq: wp.array(dtype=float)):  <L 12>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void channel_stats_15961d21_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_15961d21 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        channel_stats_15961d21_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void channel_stats_15961d21_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_15961d21 *_wp_args,
    wp_args_channel_stats_15961d21 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        channel_stats_15961d21_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_conv2d_nchw_f61788c6 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> k;
    wp::array_t<wp::float32> y;
    wp::int32 stride;
    wp::int32 pad;
};


void conv2d_nchw_f61788c6_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv2d_nchw_f61788c6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_k = _wp_args->k;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::int32 var_stride = _wp_args->stride;
    wp::int32 var_pad = _wp_args->pad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 2;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 3;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    wp::range_t var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    wp::range_t var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    bool var_42;
    const wp::int32 var_43 = 0;
    bool var_44;
    bool var_45;
    wp::float32* var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    wp::float32 var_53;
    //---------
    // forward
    // def conv2d_nchw(x: wp.array4d(dtype=float), k: wp.array4d(dtype=float), y: wp.array4d(dtype=float), stride: int, pad: int):       <L 20>
    // n, oc, oy, ox = wp.tid()                                                               <L 21>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // C = x.shape[1]                                                                         <L 22>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // H = x.shape[2]                                                                         <L 23>
    var_8 = &(var_x.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // W = x.shape[3]                                                                         <L 24>
    var_12 = &(var_x.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    // KH = k.shape[2]                                                                        <L 25>
    var_16 = &(var_k.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    // KW = k.shape[3]                                                                        <L 26>
    var_20 = &(var_k.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    // acc = float(0.0)                                                                       <L 27>
    var_25 = wp::float(var_24);
    // for ic in range(C):                                                                    <L 28>
    var_26 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
        // for ky in range(KH):                                                               <L 29>
        var_28 = wp::range(var_18);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
            // iy = oy * stride + ky - pad                                                    <L 30>
            var_30 = wp::mul(var_2, var_stride);
            var_31 = wp::add(var_30, var_29);
            var_32 = wp::sub(var_31, var_pad);
            // if iy < 0 or iy >= H:                                                          <L 31>
            var_35 = (var_32 < var_34);
            var_33 = var_35;
            if (!var_33) {
                var_36 = (var_32 >= var_10);
                var_33 = var_33 || var_36;
            }
            if (var_33) {
                // continue                                                                   <L 32>
                goto start_for_2;
            }
            // for kx in range(KW):                                                           <L 33>
            var_37 = wp::range(var_22);
            start_for_4:;
                if (iter_cmp(var_37) == 0) goto end_for_4;
                var_38 = wp::iter_next(var_37);
                // ix = ox * stride + kx - pad                                                <L 34>
                var_39 = wp::mul(var_3, var_stride);
                var_40 = wp::add(var_39, var_38);
                var_41 = wp::sub(var_40, var_pad);
                // if ix < 0 or ix >= W:                                                      <L 35>
                var_44 = (var_41 < var_43);
                var_42 = var_44;
                if (!var_42) {
                    var_45 = (var_41 >= var_14);
                    var_42 = var_42 || var_45;
                }
                if (var_42) {
                    // continue                                                               <L 36>
                    goto start_for_4;
                }
                // acc += x[n, ic, iy, ix] * k[oc, ic, ky, kx]                                <L 37>
                var_46 = wp::address(var_x, var_0, var_27, var_32, var_41);
                var_47 = wp::address(var_k, var_1, var_27, var_29, var_38);
                var_49 = wp::load(var_46);
                var_50 = wp::load(var_47);
                var_48 = wp::mul(var_49, var_50);
                var_51 = wp::add(var_25, var_48);
                wp::assign(var_25, var_51);
                goto start_for_4;
            end_for_4:;
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // y[n, oc, oy, ox] = wp.max(acc, 0.0)                                                    <L 38>
    var_53 = wp::max(var_25, var_52);
    wp::array_store(var_y, var_0, var_1, var_2, var_3, var_53);
}



void conv2d_nchw_f61788c6_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv2d_nchw_f61788c6 *_wp_args,
    wp_args_conv2d_nchw_f61788c6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_k = _wp_args->k;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::int32 var_stride = _wp_args->stride;
    wp::int32 var_pad = _wp_args->pad;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_k = _wp_adj_args->k;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::int32 adj_stride = _wp_adj_args->stride;
    wp::int32 adj_pad = _wp_adj_args->pad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 2;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 3;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    wp::range_t var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    wp::range_t var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    bool var_42;
    const wp::int32 var_43 = 0;
    bool var_44;
    bool var_45;
    wp::float32* var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    wp::float32 var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::range_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::range_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    wp::range_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    //---------
    // forward
    // def conv2d_nchw(x: wp.array4d(dtype=float), k: wp.array4d(dtype=float), y: wp.array4d(dtype=float), stride: int, pad: int):       <L 20>
    // n, oc, oy, ox = wp.tid()                                                               <L 21>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // C = x.shape[1]                                                                         <L 22>
    var_4 = &(var_x.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // H = x.shape[2]                                                                         <L 23>
    var_8 = &(var_x.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // W = x.shape[3]                                                                         <L 24>
    var_12 = &(var_x.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    // KH = k.shape[2]                                                                        <L 25>
    var_16 = &(var_k.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    // KW = k.shape[3]                                                                        <L 26>
    var_20 = &(var_k.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    // acc = float(0.0)                                                                       <L 27>
    var_25 = wp::float(var_24);
    // for ic in range(C):                                                                    <L 28>
    var_26 = wp::range(var_6);
    // y[n, oc, oy, ox] = wp.max(acc, 0.0)                                                    <L 38>
    var_53 = wp::max(var_25, var_52);
    // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_53);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_53, adj_y, adj_0, adj_1, adj_2, adj_3, adj_53);
    wp::adj_max(var_25, var_52, adj_25, adj_52, adj_53);
    // adj: y[n, oc, oy, ox] = wp.max(acc, 0.0)                                               <L 38>
    var_26 = wp::iter_reverse(var_26);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
    	adj_28 = {};
        // for ky in range(KH):                                                               <L 29>
        var_28 = wp::range(var_18);
        var_28 = wp::iter_reverse(var_28);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
            // iy = oy * stride + ky - pad                                                    <L 30>
            var_30 = wp::mul(var_2, var_stride);
            var_31 = wp::add(var_30, var_29);
            var_32 = wp::sub(var_31, var_pad);
            // if iy < 0 or iy >= H:                                                          <L 31>
            var_35 = (var_32 < var_34);
            var_33 = var_35;
            if (!var_33) {
                var_36 = (var_32 >= var_10);
                var_33 = var_33 || var_36;
            }
            if (var_33) {
                // continue                                                                   <L 32>
                goto start_for_2;
            }
            // for kx in range(KW):                                                           <L 33>
            var_37 = wp::range(var_22);
            var_37 = wp::iter_reverse(var_37);
            start_for_4:;
                if (iter_cmp(var_37) == 0) goto end_for_4;
                var_38 = wp::iter_next(var_37);
            	adj_39 = {};
            	adj_40 = {};
            	adj_41 = {};
            	adj_42 = {};
            	adj_43 = {};
            	adj_44 = {};
            	adj_45 = {};
            	adj_46 = {};
            	adj_47 = {};
            	adj_48 = {};
            	adj_49 = {};
            	adj_50 = {};
            	adj_51 = {};
                // ix = ox * stride + kx - pad                                                <L 34>
                var_39 = wp::mul(var_3, var_stride);
                var_40 = wp::add(var_39, var_38);
                var_41 = wp::sub(var_40, var_pad);
                // if ix < 0 or ix >= W:                                                      <L 35>
                var_44 = (var_41 < var_43);
                var_42 = var_44;
                if (!var_42) {
                    var_45 = (var_41 >= var_14);
                    var_42 = var_42 || var_45;
                }
                if (var_42) {
                    // continue                                                               <L 36>
                    goto start_for_4;
                }
                // acc += x[n, ic, iy, ix] * k[oc, ic, ky, kx]                                <L 37>
                var_46 = wp::address(var_x, var_0, var_27, var_32, var_41);
                var_47 = wp::address(var_k, var_1, var_27, var_29, var_38);
                var_49 = wp::load(var_46);
                var_50 = wp::load(var_47);
                var_48 = wp::mul(var_49, var_50);
                var_51 = wp::add(var_25, var_48);
                wp::assign(var_25, var_51);
                wp::adj_assign(var_25, var_51, adj_25, adj_51);
                wp::adj_add(var_25, var_48, adj_25, adj_48, adj_51);
                wp::adj_mul(var_49, var_50, adj_46, adj_47, adj_48);
                wp::adj_address(var_k, var_1, var_27, var_29, var_38, adj_k, adj_1, adj_27, adj_29, adj_38, adj_47);
                wp::adj_address(var_x, var_0, var_27, var_32, var_41, adj_x, adj_0, adj_27, adj_32, adj_41, adj_46);
                // adj: acc += x[n, ic, iy, ix] * k[oc, ic, ky, kx]                           <L 37>
                if (var_42) {
                    // adj: continue                                                          <L 36>
                }
                if (!var_42) {
                }
                // adj: if ix < 0 or ix >= W:                                                 <L 35>
                wp::adj_sub(var_40, var_pad, adj_40, adj_pad, adj_41);
                wp::adj_add(var_39, var_38, adj_39, adj_38, adj_40);
                wp::adj_mul(var_3, var_stride, adj_3, adj_stride, adj_39);
                // adj: ix = ox * stride + kx - pad                                           <L 34>
            	goto start_for_4;
            end_for_4:;
            // adj: for kx in range(KW):                                                      <L 33>
            if (var_33) {
                // adj: continue                                                              <L 32>
            }
            if (!var_33) {
            }
            // adj: if iy < 0 or iy >= H:                                                     <L 31>
            wp::adj_sub(var_31, var_pad, adj_31, adj_pad, adj_32);
            wp::adj_add(var_30, var_29, adj_30, adj_29, adj_31);
            wp::adj_mul(var_2, var_stride, adj_2, adj_stride, adj_30);
            // adj: iy = oy * stride + ky - pad                                               <L 30>
        	goto start_for_2;
        end_for_2:;
        // adj: for ky in range(KH):                                                          <L 29>
    	goto start_for_0;
    end_for_0:;
    // adj: for ic in range(C):                                                               <L 28>
    wp::adj_float(var_24, adj_24, adj_25);
    // adj: acc = float(0.0)                                                                  <L 27>
    adj_k.shape = adj_20;
    // adj: KW = k.shape[3]                                                                   <L 26>
    adj_k.shape = adj_16;
    // adj: KH = k.shape[2]                                                                   <L 25>
    adj_x.shape = adj_12;
    // adj: W = x.shape[3]                                                                    <L 24>
    adj_x.shape = adj_8;
    // adj: H = x.shape[2]                                                                    <L 23>
    adj_x.shape = adj_4;
    // adj: C = x.shape[1]                                                                    <L 22>
    // adj: n, oc, oy, ox = wp.tid()                                                          <L 21>
    // adj: def conv2d_nchw(x: wp.array4d(dtype=float), k: wp.array4d(dtype=float), y: wp.array4d(dtype=float), stride: int, pad: int):  <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void conv2d_nchw_f61788c6_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv2d_nchw_f61788c6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv2d_nchw_f61788c6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void conv2d_nchw_f61788c6_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv2d_nchw_f61788c6 *_wp_args,
    wp_args_conv2d_nchw_f61788c6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv2d_nchw_f61788c6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_max_pool_46b3dd18 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
    wp::array_t<wp::int32> arg;
    wp::int32 size;
};


void max_pool_46b3dd18_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_max_pool_46b3dd18 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::int32> var_arg = _wp_args->arg;
    wp::int32 var_size = _wp_args->size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = -1e+30;
    wp::float32 var_5;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    bool var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 3;
    wp::int32 var_24;
    wp::shape_t var_25;
    bool var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 3;
    wp::int32 var_34;
    wp::shape_t var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    //---------
    // forward
    // def max_pool(x: wp.array4d(dtype=float), y: wp.array4d(dtype=float), arg: wp.array4d(dtype=wp.int32), size: int):       <L 42>
    // n, c, oy, ox = wp.tid()                                                                <L 43>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // best = float(-1.0e30)                                                                  <L 44>
    var_5 = wp::float(var_4);
    // besti = wp.int32(-1)                                                                   <L 45>
    var_7 = wp::int32(var_6);
    // for dy in range(size):                                                                 <L 46>
    var_8 = wp::range(var_size);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // for dx in range(size):                                                             <L 47>
        var_10 = wp::range(var_size);
        start_for_2:;
            if (iter_cmp(var_10) == 0) goto end_for_2;
            var_11 = wp::iter_next(var_10);
            // iy = oy * size + dy                                                            <L 48>
            var_12 = wp::mul(var_2, var_size);
            var_13 = wp::add(var_12, var_9);
            // ix = ox * size + dx                                                            <L 49>
            var_14 = wp::mul(var_3, var_size);
            var_15 = wp::add(var_14, var_11);
            // if iy < x.shape[2] and ix < x.shape[3]:                                        <L 50>
            var_17 = &(var_x.shape);
            var_20 = wp::load(var_17);
            var_19 = wp::extract(var_20, var_18);
            var_21 = (var_13 < var_19);
            var_16 = var_21;
            if (var_16) {
                var_22 = &(var_x.shape);
                var_25 = wp::load(var_22);
                var_24 = wp::extract(var_25, var_23);
                var_26 = (var_15 < var_24);
                var_16 = var_16 && var_26;
            }
            if (var_16) {
                // v = x[n, c, iy, ix]                                                        <L 51>
                var_27 = wp::address(var_x, var_0, var_1, var_13, var_15);
                var_29 = wp::load(var_27);
                var_28 = wp::copy(var_29);
                // if v > best:                                                               <L 52>
                var_30 = (var_28 > var_5);
                if (var_30) {
                    // best = v                                                               <L 53>
                    var_31 = wp::copy(var_28);
                    // besti = wp.int32(iy * x.shape[3] + ix)                                 <L 54>
                    var_32 = &(var_x.shape);
                    var_35 = wp::load(var_32);
                    var_34 = wp::extract(var_35, var_33);
                    var_36 = wp::mul(var_13, var_34);
                    var_37 = wp::add(var_36, var_15);
                    var_38 = wp::int32(var_37);
                }
                var_39 = wp::where(var_30, var_31, var_5);
                var_40 = wp::where(var_30, var_38, var_7);
            }
            var_41 = wp::where(var_16, var_39, var_5);
            var_42 = wp::where(var_16, var_40, var_7);
            wp::assign(var_5, var_41);
            wp::assign(var_7, var_42);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // y[n, c, oy, ox] = best                                                                 <L 55>
    wp::array_store(var_y, var_0, var_1, var_2, var_3, var_5);
    // arg[n, c, oy, ox] = besti                                                              <L 56>
    wp::array_store(var_arg, var_0, var_1, var_2, var_3, var_7);
}



void max_pool_46b3dd18_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_max_pool_46b3dd18 *_wp_args,
    wp_args_max_pool_46b3dd18 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::int32> var_arg = _wp_args->arg;
    wp::int32 var_size = _wp_args->size;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::array_t<wp::int32> adj_arg = _wp_adj_args->arg;
    wp::int32 adj_size = _wp_adj_args->size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = -1e+30;
    wp::float32 var_5;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    bool var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 3;
    wp::int32 var_24;
    wp::shape_t var_25;
    bool var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 3;
    wp::int32 var_34;
    wp::shape_t var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    bool adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::shape_t adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::shape_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    //---------
    // forward
    // def max_pool(x: wp.array4d(dtype=float), y: wp.array4d(dtype=float), arg: wp.array4d(dtype=wp.int32), size: int):       <L 42>
    // n, c, oy, ox = wp.tid()                                                                <L 43>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // best = float(-1.0e30)                                                                  <L 44>
    var_5 = wp::float(var_4);
    // besti = wp.int32(-1)                                                                   <L 45>
    var_7 = wp::int32(var_6);
    // for dy in range(size):                                                                 <L 46>
    var_8 = wp::range(var_size);
    // y[n, c, oy, ox] = best                                                                 <L 55>
    // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_5);
    // arg[n, c, oy, ox] = besti                                                              <L 56>
    // wp::array_store(var_arg, var_0, var_1, var_2, var_3, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_arg, var_0, var_1, var_2, var_3, var_7, adj_arg, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: arg[n, c, oy, ox] = besti                                                         <L 56>
    wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_5, adj_y, adj_0, adj_1, adj_2, adj_3, adj_5);
    // adj: y[n, c, oy, ox] = best                                                            <L 55>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
        // for dx in range(size):                                                             <L 47>
        var_10 = wp::range(var_size);
        var_10 = wp::iter_reverse(var_10);
        start_for_2:;
            if (iter_cmp(var_10) == 0) goto end_for_2;
            var_11 = wp::iter_next(var_10);
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
            // iy = oy * size + dy                                                            <L 48>
            var_12 = wp::mul(var_2, var_size);
            var_13 = wp::add(var_12, var_9);
            // ix = ox * size + dx                                                            <L 49>
            var_14 = wp::mul(var_3, var_size);
            var_15 = wp::add(var_14, var_11);
            // if iy < x.shape[2] and ix < x.shape[3]:                                        <L 50>
            var_17 = &(var_x.shape);
            var_20 = wp::load(var_17);
            var_19 = wp::extract(var_20, var_18);
            var_21 = (var_13 < var_19);
            var_16 = var_21;
            if (var_16) {
                var_22 = &(var_x.shape);
                var_25 = wp::load(var_22);
                var_24 = wp::extract(var_25, var_23);
                var_26 = (var_15 < var_24);
                var_16 = var_16 && var_26;
            }
            if (var_16) {
                // v = x[n, c, iy, ix]                                                        <L 51>
                var_27 = wp::address(var_x, var_0, var_1, var_13, var_15);
                var_29 = wp::load(var_27);
                var_28 = wp::copy(var_29);
                // if v > best:                                                               <L 52>
                var_30 = (var_28 > var_5);
                if (var_30) {
                    // best = v                                                               <L 53>
                    var_31 = wp::copy(var_28);
                    // besti = wp.int32(iy * x.shape[3] + ix)                                 <L 54>
                    var_32 = &(var_x.shape);
                    var_35 = wp::load(var_32);
                    var_34 = wp::extract(var_35, var_33);
                    var_36 = wp::mul(var_13, var_34);
                    var_37 = wp::add(var_36, var_15);
                    var_38 = wp::int32(var_37);
                }
                var_39 = wp::where(var_30, var_31, var_5);
                var_40 = wp::where(var_30, var_38, var_7);
            }
            var_41 = wp::where(var_16, var_39, var_5);
            var_42 = wp::where(var_16, var_40, var_7);
            wp::assign(var_5, var_41);
            wp::assign(var_7, var_42);
            wp::adj_assign(var_7, var_42, adj_7, adj_42);
            wp::adj_assign(var_5, var_41, adj_5, adj_41);
            wp::adj_where(var_16, var_40, var_7, adj_16, adj_40, adj_7, adj_42);
            wp::adj_where(var_16, var_39, var_5, adj_16, adj_39, adj_5, adj_41);
            if (var_16) {
                wp::adj_where(var_30, var_38, var_7, adj_30, adj_38, adj_7, adj_40);
                wp::adj_where(var_30, var_31, var_5, adj_30, adj_31, adj_5, adj_39);
                if (var_30) {
                    wp::adj_add(var_36, var_15, adj_36, adj_15, adj_37);
                    wp::adj_mul(var_13, var_34, adj_13, adj_34, adj_36);
                    adj_x.shape = adj_32;
                    // adj: besti = wp.int32(iy * x.shape[3] + ix)                            <L 54>
                    wp::adj_copy(var_28, adj_28, adj_31);
                    // adj: best = v                                                          <L 53>
                }
                // adj: if v > best:                                                          <L 52>
                wp::adj_copy(var_29, adj_27, adj_28);
                wp::adj_address(var_x, var_0, var_1, var_13, var_15, adj_x, adj_0, adj_1, adj_13, adj_15, adj_27);
                // adj: v = x[n, c, iy, ix]                                                   <L 51>
            }
            if (var_16) {
                adj_x.shape = adj_22;
            }
            adj_x.shape = adj_17;
            // adj: if iy < x.shape[2] and ix < x.shape[3]:                                   <L 50>
            wp::adj_add(var_14, var_11, adj_14, adj_11, adj_15);
            wp::adj_mul(var_3, var_size, adj_3, adj_size, adj_14);
            // adj: ix = ox * size + dx                                                       <L 49>
            wp::adj_add(var_12, var_9, adj_12, adj_9, adj_13);
            wp::adj_mul(var_2, var_size, adj_2, adj_size, adj_12);
            // adj: iy = oy * size + dy                                                       <L 48>
        	goto start_for_2;
        end_for_2:;
        // adj: for dx in range(size):                                                        <L 47>
    	goto start_for_0;
    end_for_0:;
    // adj: for dy in range(size):                                                            <L 46>
    // adj: besti = wp.int32(-1)                                                              <L 45>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: best = float(-1.0e30)                                                             <L 44>
    // adj: n, c, oy, ox = wp.tid()                                                           <L 43>
    // adj: def max_pool(x: wp.array4d(dtype=float), y: wp.array4d(dtype=float), arg: wp.array4d(dtype=wp.int32), size: int):  <L 42>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void max_pool_46b3dd18_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_max_pool_46b3dd18 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        max_pool_46b3dd18_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void max_pool_46b3dd18_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_max_pool_46b3dd18 *_wp_args,
    wp_args_max_pool_46b3dd18 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        max_pool_46b3dd18_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_transpose_3d_294d6864 {
    wp::array_t<wp::vec_t<2, wp::float32>> a;
    wp::array_t<wp::vec_t<2, wp::float32>> b;
    wp::array_t<wp::int32> shape_out;
};


void transpose_3d_294d6864_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_transpose_3d_294d6864 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_shape_out = _wp_args->shape_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::shape_t var_25;
    const wp::int32 var_26 = 2;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::shape_t var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::shape_t var_34;
    wp::int32 var_35;
    wp::shape_t* var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    wp::shape_t var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 3;
    //---------
    // forward
    // def transpose_3d(a: wp.array3d(dtype=wp.vec2), b: wp.array3d(dtype=wp.vec2), shape_out: wp.array(dtype=int)):       <L 60>
    // i, j, k = wp.tid()                                                                     <L 61>
    builtin_tid3d(var_0, var_1, var_2);
    // b[k, j, i] = a[i, j, k]                                                                <L 62>
    var_3 = wp::address(var_a, var_0, var_1, var_2);
    var_4 = wp::load(var_3);
    wp::array_store(var_b, var_2, var_1, var_0, var_4);
    // if i == 0 and j == 0 and k == 0:                                                       <L 63>
    var_7 = (var_0 == var_6);
    var_5 = var_7;
    if (var_5) {
        var_9 = (var_1 == var_8);
        var_5 = var_5 && var_9;
    }
    if (var_5) {
        var_11 = (var_2 == var_10);
        var_5 = var_5 && var_11;
    }
    if (var_5) {
        // shape_out[0] = a.shape[0]                                                          <L 64>
        var_12 = &(var_a.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        wp::array_store(var_shape_out, var_16, var_14);
        // shape_out[1] = a.shape[1]                                                          <L 65>
        var_17 = &(var_a.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        wp::array_store(var_shape_out, var_21, var_19);
        // shape_out[2] = a.shape[2]                                                          <L 66>
        var_22 = &(var_a.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        wp::array_store(var_shape_out, var_26, var_24);
        // shape_out[3] = b.shape[0] * b.shape[1] * b.shape[2]                                <L 67>
        var_27 = &(var_b.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = &(var_b.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::mul(var_29, var_33);
        var_36 = &(var_b.shape);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = wp::mul(var_35, var_38);
        wp::array_store(var_shape_out, var_41, var_40);
    }
}



void transpose_3d_294d6864_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_transpose_3d_294d6864 *_wp_args,
    wp_args_transpose_3d_294d6864 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_shape_out = _wp_args->shape_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int32> adj_shape_out = _wp_adj_args->shape_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::shape_t var_25;
    const wp::int32 var_26 = 2;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::shape_t var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::shape_t var_34;
    wp::int32 var_35;
    wp::shape_t* var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    wp::shape_t var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::shape_t adj_30 = {};
    wp::shape_t adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::shape_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::shape_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::shape_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    //---------
    // forward
    // def transpose_3d(a: wp.array3d(dtype=wp.vec2), b: wp.array3d(dtype=wp.vec2), shape_out: wp.array(dtype=int)):       <L 60>
    // i, j, k = wp.tid()                                                                     <L 61>
    builtin_tid3d(var_0, var_1, var_2);
    // b[k, j, i] = a[i, j, k]                                                                <L 62>
    var_3 = wp::address(var_a, var_0, var_1, var_2);
    var_4 = wp::load(var_3);
    // wp::array_store(var_b, var_2, var_1, var_0, var_4);
    // if i == 0 and j == 0 and k == 0:                                                       <L 63>
    var_7 = (var_0 == var_6);
    var_5 = var_7;
    if (var_5) {
        var_9 = (var_1 == var_8);
        var_5 = var_5 && var_9;
    }
    if (var_5) {
        var_11 = (var_2 == var_10);
        var_5 = var_5 && var_11;
    }
    if (var_5) {
        // shape_out[0] = a.shape[0]                                                          <L 64>
        var_12 = &(var_a.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // wp::array_store(var_shape_out, var_16, var_14);
        // shape_out[1] = a.shape[1]                                                          <L 65>
        var_17 = &(var_a.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        // wp::array_store(var_shape_out, var_21, var_19);
        // shape_out[2] = a.shape[2]                                                          <L 66>
        var_22 = &(var_a.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        // wp::array_store(var_shape_out, var_26, var_24);
        // shape_out[3] = b.shape[0] * b.shape[1] * b.shape[2]                                <L 67>
        var_27 = &(var_b.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = &(var_b.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::mul(var_29, var_33);
        var_36 = &(var_b.shape);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = wp::mul(var_35, var_38);
        // wp::array_store(var_shape_out, var_41, var_40);
    }
    //---------
    // reverse
    if (var_5) {
        wp::adj_array_store(var_shape_out, var_41, var_40, adj_shape_out, adj_41, adj_40);
        wp::adj_mul(var_35, var_38, adj_35, adj_38, adj_40);
        adj_b.shape = adj_36;
        wp::adj_mul(var_29, var_33, adj_29, adj_33, adj_35);
        adj_b.shape = adj_31;
        adj_b.shape = adj_27;
        // adj: shape_out[3] = b.shape[0] * b.shape[1] * b.shape[2]                           <L 67>
        wp::adj_array_store(var_shape_out, var_26, var_24, adj_shape_out, adj_26, adj_24);
        adj_a.shape = adj_22;
        // adj: shape_out[2] = a.shape[2]                                                     <L 66>
        wp::adj_array_store(var_shape_out, var_21, var_19, adj_shape_out, adj_21, adj_19);
        adj_a.shape = adj_17;
        // adj: shape_out[1] = a.shape[1]                                                     <L 65>
        wp::adj_array_store(var_shape_out, var_16, var_14, adj_shape_out, adj_16, adj_14);
        adj_a.shape = adj_12;
        // adj: shape_out[0] = a.shape[0]                                                     <L 64>
    }
    if (var_5) {
    }
    if (var_5) {
    }
    // adj: if i == 0 and j == 0 and k == 0:                                                  <L 63>
    wp::adj_array_store(var_b, var_2, var_1, var_0, var_4, adj_b, adj_2, adj_1, adj_0, adj_3);
    wp::adj_address(var_a, var_0, var_1, var_2, adj_a, adj_0, adj_1, adj_2, adj_3);
    // adj: b[k, j, i] = a[i, j, k]                                                           <L 62>
    // adj: i, j, k = wp.tid()                                                                <L 61>
    // adj: def transpose_3d(a: wp.array3d(dtype=wp.vec2), b: wp.array3d(dtype=wp.vec2), shape_out: wp.array(dtype=int)):  <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void transpose_3d_294d6864_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_transpose_3d_294d6864 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        transpose_3d_294d6864_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void transpose_3d_294d6864_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_transpose_3d_294d6864 *_wp_args,
    wp_args_transpose_3d_294d6864 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        transpose_3d_294d6864_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

