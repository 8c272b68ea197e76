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

struct wp_args_factor_inplace_a69f4b00 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> X;
};


void factor_inplace_a69f4b00_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_inplace_a69f4b00 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_X = _wp_args->X;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_1;
    const wp::str var_2 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::str var_6 = "upper";
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_10 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,false>();
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::str var_13 = "upper";
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    const wp::str var_17 = "upper";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::str var_22 = "upper";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_23 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,false>();
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def factor_inplace(A: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):            <L 11>
    // a = wp.tile_load(A, shape=(TILE, TILE), storage="shared")                              <L 12>
    var_1 = wp::tuple(var_0, var_0);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_4, var_5);
    // wp.tile_cholesky_inplace(a, fill_mode="upper")                                         <L 13>
    wp::tile_cholesky_inplace<true>(var_7, var_3);
    // y = wp.tile_load(X, shape=(TILE, 2))                                                   <L 14>
    var_9 = wp::tuple(var_0, var_8);
    var_10 = wp::tile_load<wp::float32, true, false, 8, 2>(var_X, var_11, var_12);
    // wp.tile_cholesky_solve_inplace(a, y, fill_mode="upper")                                <L 15>
    wp::tile_cholesky_solve_inplace<true>(var_14, var_3, var_10);
    // wp.tile_lower_solve_inplace(a, y)                                                      <L 16>
    tile_lower_solve_inplace(var_15, var_3, var_10);
    // wp.tile_upper_solve_inplace(a, y)                                                      <L 17>
    tile_upper_solve_inplace(var_16, var_3, var_10);
    // b = wp.tile_cholesky(a, fill_mode="upper")                                             <L 18>
    var_18 = wp::tile_cholesky<true>(var_19, var_20, var_21, var_3, var_18);
    // c = wp.tile_cholesky_solve(b, y, fill_mode="upper")                                    <L 19>
    var_23 = wp::tile_cholesky_solve<true>(var_24, var_18, var_10, var_23);
    // wp.tile_store(X, c)                                                                    <L 20>
    wp::tile_store<wp::float32, true, false>(var_X, var_25, var_26, var_23);
}



extern "C" {

// Python CPU entry points
WP_API void factor_inplace_a69f4b00_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_inplace_a69f4b00 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        factor_inplace_a69f4b00_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_factor_upper_02b5bf01 {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> Y;
};


void factor_upper_02b5bf01_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_upper_02b5bf01 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_Y = _wp_args->Y;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_1;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    const wp::str var_5 = "upper";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_6 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::str var_10 = "lower";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_11 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    //---------
    // forward
    // def factor_upper(A: wp.array2d(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):       <L 24>
    // a = wp.tile_load(A, shape=(TILE, TILE))                                                <L 25>
    var_1 = wp::tuple(var_0, var_0);
    var_2 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_3, var_4);
    // u = wp.tile_cholesky(a, fill_mode="upper")                                             <L 26>
    var_6 = wp::tile_cholesky<true>(var_7, var_8, var_9, var_2, var_6);
    // l = wp.tile_cholesky(a, fill_mode="lower")                                             <L 27>
    var_11 = wp::tile_cholesky<false>(var_12, var_13, var_14, var_2, var_11);
    // y = wp.tile_load(Y, shape=TILE)                                                        <L 28>
    var_15 = wp::tile_load<wp::float64, true, false, 8>(var_Y, var_16);
    // z = wp.tile_lower_solve(l, y)                                                          <L 29>
    var_17 = tile_lower_solve(var_18, var_19, var_11, var_15, var_17);
    // wp.tile_store(Y, z)                                                                    <L 30>
    wp::tile_store<wp::float64, true, false>(var_Y, var_20, var_17);
    // wp.tile_store(A, u)                                                                    <L 31>
    wp::tile_store<wp::float64, true, false>(var_A, var_21, var_22, var_6);
}



void factor_upper_02b5bf01_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_upper_02b5bf01 *_wp_args,
    wp_args_factor_upper_02b5bf01 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_Y = _wp_args->Y;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float64> adj_Y = _wp_adj_args->Y;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_1;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    const wp::str var_5 = "upper";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_6 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::str var_10 = "lower";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_11 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_2 = var_2;
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::str adj_5 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_6 = var_6;
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::str adj_10 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_11 = var_11;
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_17 = var_17;
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def factor_upper(A: wp.array2d(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):       <L 24>
    // a = wp.tile_load(A, shape=(TILE, TILE))                                                <L 25>
    var_1 = wp::tuple(var_0, var_0);
    var_2 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_3, var_4);
    // u = wp.tile_cholesky(a, fill_mode="upper")                                             <L 26>
    var_6 = wp::tile_cholesky<true>(var_7, var_8, var_9, var_2, var_6);
    // l = wp.tile_cholesky(a, fill_mode="lower")                                             <L 27>
    var_11 = wp::tile_cholesky<false>(var_12, var_13, var_14, var_2, var_11);
    // y = wp.tile_load(Y, shape=TILE)                                                        <L 28>
    var_15 = wp::tile_load<wp::float64, true, false, 8>(var_Y, var_16);
    // z = wp.tile_lower_solve(l, y)                                                          <L 29>
    var_17 = tile_lower_solve(var_18, var_19, var_11, var_15, var_17);
    // wp.tile_store(Y, z)                                                                    <L 30>
    // wp::tile_store<wp::float64, true, false>(var_Y, var_20, var_17);
    // wp.tile_store(A, u)                                                                    <L 31>
    // wp::tile_store<wp::float64, true, false>(var_A, var_21, var_22, var_6);
    //---------
    // reverse
    wp::adj_tile_store(var_A, var_21, var_22, var_6, adj_A, adj_21, adj_22, adj_6);
    // adj: wp.tile_store(A, u)                                                               <L 31>
    wp::adj_tile_store(var_Y, var_20, var_17, adj_Y, adj_20, adj_17);
    // adj: wp.tile_store(Y, z)                                                               <L 30>
    adj_tile_lower_solve(var_18, var_19, var_11, var_15, var_17, adj_18, adj_19, adj_11, adj_15, adj_17, adj_17);
    // adj: z = wp.tile_lower_solve(l, y)                                                     <L 29>
    wp::adj_tile_load(var_Y, var_16, adj_Y, adj_16, adj_15);
    // adj: y = wp.tile_load(Y, shape=TILE)                                                   <L 28>
    wp::adj_tile_cholesky<false>(var_12, var_13, var_14, var_2, var_11, adj_12, adj_13, adj_14, adj_2, adj_11, adj_11);
    // adj: l = wp.tile_cholesky(a, fill_mode="lower")                                        <L 27>
    wp::adj_tile_cholesky<true>(var_7, var_8, var_9, var_2, var_6, adj_7, adj_8, adj_9, adj_2, adj_6, adj_6);
    // adj: u = wp.tile_cholesky(a, fill_mode="upper")                                        <L 26>
    wp::adj_tile_load(var_A, var_3, var_4, adj_A, adj_3, adj_4, adj_2);
    // adj: a = wp.tile_load(A, shape=(TILE, TILE))                                           <L 25>
    // adj: def factor_upper(A: wp.array2d(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void factor_upper_02b5bf01_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_upper_02b5bf01 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        factor_upper_02b5bf01_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void factor_upper_02b5bf01_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_upper_02b5bf01 *_wp_args,
    wp_args_factor_upper_02b5bf01 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        factor_upper_02b5bf01_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

