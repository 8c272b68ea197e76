#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 1
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

struct wp_args_factor_and_solve_9e72fb7f {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> X;
    wp::array_t<wp::float64> Y;
};


void factor_and_solve_9e72fb7f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_and_solve_9e72fb7f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_X = _wp_args->X;
    wp::array_t<wp::float64> var_Y = _wp_args->Y;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_1;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_10 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_12 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_16 = nullptr;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_18 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    //---------
    // forward
    // def factor_and_solve(A: wp.array2d(dtype=wp.float64), X: wp.array(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):       <L 16>
    // a = wp.tile_load(A, shape=(TILE, TILE))                                                <L 17>
    var_1 = wp::tuple(var_0, var_0);
    var_2 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_3, var_4);
    // l = wp.tile_cholesky(a)                                                                <L 18>
    var_5 = wp::tile_cholesky<false>(var_6, var_7, var_8, var_2, var_5);
    // y = wp.tile_load(Y, shape=TILE)                                                        <L 19>
    var_9 = wp::tile_load<wp::float64, true, false, 8>(var_Y, var_10);
    // x = wp.tile_cholesky_solve(l, y)                                                       <L 20>
    var_11 = wp::tile_cholesky_solve<false>(var_12, var_5, var_9, var_11);
    // z = wp.tile_lower_solve(l, y)                                                          <L 21>
    var_13 = tile_lower_solve(var_14, var_15, var_5, var_9, var_13);
    // w = wp.tile_upper_solve(wp.tile_transpose(l), z)                                       <L 22>
    var_16 = wp::tile_transpose(var_5);
    var_17 = tile_upper_solve(var_18, var_16, var_13, var_17);
    // wp.tile_store(X, x + w)                                                                <L 23>
    var_19 = wp::tile_add(var_11, var_17);
    wp::tile_store<wp::float64, true, false>(var_X, var_20, var_19);
    // wp.tile_store(A, l)                                                                    <L 24>
    wp::tile_store<wp::float64, true, false>(var_A, var_21, var_22, var_5);
}



void factor_and_solve_9e72fb7f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_factor_and_solve_9e72fb7f *_wp_args,
    wp_args_factor_and_solve_9e72fb7f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_X = _wp_args->X;
    wp::array_t<wp::float64> var_Y = _wp_args->Y;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float64> adj_X = _wp_adj_args->X;
    wp::array_t<wp::float64> adj_Y = _wp_adj_args->Y;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_1;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_10 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_12 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_16 = nullptr;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_18 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
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
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_5 = var_5;
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_9 = var_9;
    wp::int32 adj_10 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
    wp::int32 adj_12 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_13 = var_13;
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_16 = var_16;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_17 = var_17;
    wp::int32 adj_18 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_19{};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def factor_and_solve(A: wp.array2d(dtype=wp.float64), X: wp.array(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):       <L 16>
    // a = wp.tile_load(A, shape=(TILE, TILE))                                                <L 17>
    var_1 = wp::tuple(var_0, var_0);
    var_2 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_3, var_4);
    // l = wp.tile_cholesky(a)                                                                <L 18>
    var_5 = wp::tile_cholesky<false>(var_6, var_7, var_8, var_2, var_5);
    // y = wp.tile_load(Y, shape=TILE)                                                        <L 19>
    var_9 = wp::tile_load<wp::float64, true, false, 8>(var_Y, var_10);
    // x = wp.tile_cholesky_solve(l, y)                                                       <L 20>
    var_11 = wp::tile_cholesky_solve<false>(var_12, var_5, var_9, var_11);
    // z = wp.tile_lower_solve(l, y)                                                          <L 21>
    var_13 = tile_lower_solve(var_14, var_15, var_5, var_9, var_13);
    // w = wp.tile_upper_solve(wp.tile_transpose(l), z)                                       <L 22>
    var_16 = wp::tile_transpose(var_5);
    var_17 = tile_upper_solve(var_18, var_16, var_13, var_17);
    // wp.tile_store(X, x + w)                                                                <L 23>
    var_19 = wp::tile_add(var_11, var_17);
    // wp::tile_store<wp::float64, true, false>(var_X, var_20, var_19);
    // wp.tile_store(A, l)                                                                    <L 24>
    // wp::tile_store<wp::float64, true, false>(var_A, var_21, var_22, var_5);
    //---------
    // reverse
    wp::adj_tile_store(var_A, var_21, var_22, var_5, adj_A, adj_21, adj_22, adj_5);
    // adj: wp.tile_store(A, l)                                                               <L 24>
    wp::adj_tile_store(var_X, var_20, var_19, adj_X, adj_20, adj_19);
    wp::adj_tile_add(var_11, var_17, adj_11, adj_17, adj_19);
    // adj: wp.tile_store(X, x + w)                                                           <L 23>
    wp::adj_tile_transpose(var_5, adj_5, adj_16);
    // adj: w = wp.tile_upper_solve(wp.tile_transpose(l), z)                                  <L 22>
    adj_tile_lower_solve(var_14, var_15, var_5, var_9, var_13, adj_14, adj_15, adj_5, adj_9, adj_13, adj_13);
    // adj: z = wp.tile_lower_solve(l, y)                                                     <L 21>
    // adj: x = wp.tile_cholesky_solve(l, y)                                                  <L 20>
    wp::adj_tile_load(var_Y, var_10, adj_Y, adj_10, adj_9);
    // adj: y = wp.tile_load(Y, shape=TILE)                                                   <L 19>
    wp::adj_tile_cholesky<false>(var_6, var_7, var_8, var_2, var_5, adj_6, adj_7, adj_8, adj_2, adj_5, adj_5);
    // adj: l = wp.tile_cholesky(a)                                                           <L 18>
    wp::adj_tile_load(var_A, var_3, var_4, adj_A, adj_3, adj_4, adj_2);
    // adj: a = wp.tile_load(A, shape=(TILE, TILE))                                           <L 17>
    // adj: def factor_and_solve(A: wp.array2d(dtype=wp.float64), X: wp.array(dtype=wp.float64), Y: wp.array(dtype=wp.float64)):  <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void factor_and_solve_9e72fb7f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_and_solve_9e72fb7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        factor_and_solve_9e72fb7f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void factor_and_solve_9e72fb7f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_factor_and_solve_9e72fb7f *_wp_args,
    wp_args_factor_and_solve_9e72fb7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        factor_and_solve_9e72fb7f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_row_spectrum_608942d4 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float64>> y;
};


void row_spectrum_608942d4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_spectrum_608942d4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_y = _wp_args->y;
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> var_3 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>>{};
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 4;
    const wp::int32 var_9 = 32;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<4,32>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<4,32>>>{};
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def row_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):        <L 28>
    // a = wp.tile_load(x, shape=(2, 16))                                                     <L 29>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 16>(var_x, var_4, var_5);
    // wp.tile_fft(a)                                                                         <L 30>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3);
    // wp.tile_ifft(a)                                                                        <L 31>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3);
    // wp.tile_store(x, a)                                                                    <L 32>
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_6, var_7, var_3);
    // b = wp.tile_load(y, shape=(4, 32))                                                     <L 33>
    var_10 = wp::tuple(var_8, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 4, 32>(var_y, var_12, var_13);
    // wp.tile_fft(b)                                                                         <L 34>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 4, 32, var_11);
    // wp.tile_store(y, b)                                                                    <L 35>
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_14, var_15, var_11);
}



void row_spectrum_608942d4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_spectrum_608942d4 *_wp_args,
    wp_args_row_spectrum_608942d4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> var_3 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>>{};
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 4;
    const wp::int32 var_9 = 32;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<4,32>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<4,32>>>{};
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<4,32>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def row_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):        <L 28>
    // a = wp.tile_load(x, shape=(2, 16))                                                     <L 29>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 16>(var_x, var_4, var_5);
    // wp.tile_fft(a)                                                                         <L 30>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3);
    // wp.tile_ifft(a)                                                                        <L 31>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3);
    // wp.tile_store(x, a)                                                                    <L 32>
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_6, var_7, var_3);
    // b = wp.tile_load(y, shape=(4, 32))                                                     <L 33>
    var_10 = wp::tuple(var_8, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 4, 32>(var_y, var_12, var_13);
    // wp.tile_fft(b)                                                                         <L 34>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 4, 32, var_11);
    // wp.tile_store(y, b)                                                                    <L 35>
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_14, var_15, var_11);
    //---------
    // reverse
    wp::adj_tile_store(var_y, var_14, var_15, var_11, adj_y, adj_14, adj_15, adj_11);
    // adj: wp.tile_store(y, b)                                                               <L 35>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 4, 32, var_11, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 4, 32, adj_11);
    // adj: wp.tile_fft(b)                                                                    <L 34>
    wp::adj_tile_load(var_y, var_12, var_13, adj_y, adj_12, adj_13, adj_11);
    // adj: b = wp.tile_load(y, shape=(4, 32))                                                <L 33>
    wp::adj_tile_store(var_x, var_6, var_7, var_3, adj_x, adj_6, adj_7, adj_3);
    // adj: wp.tile_store(x, a)                                                               <L 32>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, adj_3);
    // adj: wp.tile_ifft(a)                                                                   <L 31>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, var_3, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 2, 16, adj_3);
    // adj: wp.tile_fft(a)                                                                    <L 30>
    wp::adj_tile_load(var_x, var_4, var_5, adj_x, adj_4, adj_5, adj_3);
    // adj: a = wp.tile_load(x, shape=(2, 16))                                                <L 29>
    // adj: def row_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):   <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void row_spectrum_608942d4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_spectrum_608942d4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_spectrum_608942d4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void row_spectrum_608942d4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_spectrum_608942d4 *_wp_args,
    wp_args_row_spectrum_608942d4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_spectrum_608942d4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_odd_spectrum_e9d89b72 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float64>> y;
};


void odd_spectrum_e9d89b72_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_odd_spectrum_e9d89b72 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_y = _wp_args->y;
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    const wp::int32 var_1 = 12;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<3,12>>> var_3 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<3,12>>>{};
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 2;
    const wp::int32 var_9 = 5;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<2,5>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<2,5>>>{};
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def odd_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):        <L 39>
    // a = wp.tile_load(x, shape=(3, 12))                                                     <L 40>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 3, 12>(var_x, var_4, var_5);
    // wp.tile_fft(a)                                                                         <L 41>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 3, 12, var_3);
    // wp.tile_store(x, a)                                                                    <L 42>
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_6, var_7, var_3);
    // b = wp.tile_load(y, shape=(2, 5))                                                      <L 43>
    var_10 = wp::tuple(var_8, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 2, 5>(var_y, var_12, var_13);
    // wp.tile_ifft(b)                                                                        <L 44>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 2, 5, var_11);
    // wp.tile_store(y, b)                                                                    <L 45>
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_14, var_15, var_11);
}



void odd_spectrum_e9d89b72_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_odd_spectrum_e9d89b72 *_wp_args,
    wp_args_odd_spectrum_e9d89b72 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    const wp::int32 var_1 = 12;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<3,12>>> var_3 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<3,12>>>{};
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 2;
    const wp::int32 var_9 = 5;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<2,5>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<2,5>>>{};
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<3,12>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<2,5>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def odd_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):        <L 39>
    // a = wp.tile_load(x, shape=(3, 12))                                                     <L 40>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 3, 12>(var_x, var_4, var_5);
    // wp.tile_fft(a)                                                                         <L 41>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 3, 12, var_3);
    // wp.tile_store(x, a)                                                                    <L 42>
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_6, var_7, var_3);
    // b = wp.tile_load(y, shape=(2, 5))                                                      <L 43>
    var_10 = wp::tuple(var_8, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 2, 5>(var_y, var_12, var_13);
    // wp.tile_ifft(b)                                                                        <L 44>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 2, 5, var_11);
    // wp.tile_store(y, b)                                                                    <L 45>
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_14, var_15, var_11);
    //---------
    // reverse
    wp::adj_tile_store(var_y, var_14, var_15, var_11, adj_y, adj_14, adj_15, adj_11);
    // adj: wp.tile_store(y, b)                                                               <L 45>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 2, 5, var_11, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 0, 2, 5, adj_11);
    // adj: wp.tile_ifft(b)                                                                   <L 44>
    wp::adj_tile_load(var_y, var_12, var_13, adj_y, adj_12, adj_13, adj_11);
    // adj: b = wp.tile_load(y, shape=(2, 5))                                                 <L 43>
    wp::adj_tile_store(var_x, var_6, var_7, var_3, adj_x, adj_6, adj_7, adj_3);
    // adj: wp.tile_store(x, a)                                                               <L 42>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 3, 12, var_3, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 3, 12, adj_3);
    // adj: wp.tile_fft(a)                                                                    <L 41>
    wp::adj_tile_load(var_x, var_4, var_5, adj_x, adj_4, adj_5, adj_3);
    // adj: a = wp.tile_load(x, shape=(3, 12))                                                <L 40>
    // adj: def odd_spectrum(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2d)):   <L 39>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void odd_spectrum_e9d89b72_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_odd_spectrum_e9d89b72 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        odd_spectrum_e9d89b72_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void odd_spectrum_e9d89b72_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_odd_spectrum_e9d89b72 *_wp_args,
    wp_args_odd_spectrum_e9d89b72 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        odd_spectrum_e9d89b72_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sorts_c94ac56a {
    wp::array_t<wp::float32> kf;
    wp::array_t<wp::int32> ki;
    wp::array_t<wp::float32> v;
    wp::array_t<wp::int32> out;
};


void sorts_c94ac56a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sorts_c94ac56a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_kf = _wp_args->kf;
    wp::array_t<wp::int32> var_ki = _wp_args->ki;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 12;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true> var_1 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<12>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 12;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<12>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 20;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<20>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 20;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<20>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_18 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    const wp::int32 var_19 = 0;
    //---------
    // forward
    // def sorts(kf: wp.array(dtype=float), ki: wp.array(dtype=int), v: wp.array(dtype=float), out: wp.array(dtype=int)):       <L 49>
    // keys = wp.tile_load(kf, shape=12)                                                      <L 50>
    var_1 = wp::tile_load<wp::float32, true, false, 12>(var_kf, var_2);
    // vals = wp.tile_load(v, shape=12)                                                       <L 51>
    var_4 = wp::tile_load<wp::float32, true, false, 12>(var_v, var_5);
    // wp.tile_sort(keys, vals)                                                               <L 52>
    wp::tile_sort(var_1, var_4);
    // wp.tile_store(kf, keys)                                                                <L 53>
    wp::tile_store<wp::float32, true, false>(var_kf, var_6, var_1);
    // wp.tile_store(v, vals)                                                                 <L 54>
    wp::tile_store<wp::float32, true, false>(var_v, var_7, var_4);
    // ik = wp.tile_load(ki, shape=20)                                                        <L 55>
    var_9 = wp::tile_load<wp::int32, true, false, 20>(var_ki, var_10);
    // iv = wp.tile_arange(20, dtype=int)                                                     <L 56>
    var_12 = wp::tile_arange<wp::int32, 20>(var_13, var_11, var_14);
    // wp.tile_sort(ik, iv)                                                                   <L 57>
    wp::tile_sort(var_9, var_12);
    // wp.tile_store(ki, ik)                                                                  <L 58>
    wp::tile_store<wp::int32, true, false>(var_ki, var_15, var_9);
    // lo = wp.tile_scan_min_inclusive(iv)                                                    <L 59>
    var_16 = wp::tile_scan_min_inclusive(var_12);
    // hi = wp.tile_scan_max_inclusive(iv)                                                    <L 60>
    var_17 = wp::tile_scan_max_inclusive(var_12);
    // wp.tile_store(out, lo + hi)                                                            <L 61>
    var_18 = wp::tile_add(var_16, var_17);
    wp::tile_store<wp::int32, true, false>(var_out, var_19, var_18);
}



void sorts_c94ac56a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sorts_c94ac56a *_wp_args,
    wp_args_sorts_c94ac56a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_kf = _wp_args->kf;
    wp::array_t<wp::int32> var_ki = _wp_args->ki;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_kf = _wp_adj_args->kf;
    wp::array_t<wp::int32> adj_ki = _wp_adj_args->ki;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 12;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true> var_1 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<12>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 12;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<12>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 20;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<20>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 20;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<20>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> var_18 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>>{};
    const wp::int32 var_19 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true>& adj_1 = var_1;
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true>& adj_9 = var_9;
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<20>, wp::tile_stride_t<1>>, true>& adj_12 = var_12;
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> adj_16{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> adj_17{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<20>>> adj_18{};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def sorts(kf: wp.array(dtype=float), ki: wp.array(dtype=int), v: wp.array(dtype=float), out: wp.array(dtype=int)):       <L 49>
    // keys = wp.tile_load(kf, shape=12)                                                      <L 50>
    var_1 = wp::tile_load<wp::float32, true, false, 12>(var_kf, var_2);
    // vals = wp.tile_load(v, shape=12)                                                       <L 51>
    var_4 = wp::tile_load<wp::float32, true, false, 12>(var_v, var_5);
    // wp.tile_sort(keys, vals)                                                               <L 52>
    wp::tile_sort(var_1, var_4);
    // wp.tile_store(kf, keys)                                                                <L 53>
    // wp::tile_store<wp::float32, true, false>(var_kf, var_6, var_1);
    // wp.tile_store(v, vals)                                                                 <L 54>
    // wp::tile_store<wp::float32, true, false>(var_v, var_7, var_4);
    // ik = wp.tile_load(ki, shape=20)                                                        <L 55>
    var_9 = wp::tile_load<wp::int32, true, false, 20>(var_ki, var_10);
    // iv = wp.tile_arange(20, dtype=int)                                                     <L 56>
    var_12 = wp::tile_arange<wp::int32, 20>(var_13, var_11, var_14);
    // wp.tile_sort(ik, iv)                                                                   <L 57>
    wp::tile_sort(var_9, var_12);
    // wp.tile_store(ki, ik)                                                                  <L 58>
    // wp::tile_store<wp::int32, true, false>(var_ki, var_15, var_9);
    // lo = wp.tile_scan_min_inclusive(iv)                                                    <L 59>
    var_16 = wp::tile_scan_min_inclusive(var_12);
    // hi = wp.tile_scan_max_inclusive(iv)                                                    <L 60>
    var_17 = wp::tile_scan_max_inclusive(var_12);
    // wp.tile_store(out, lo + hi)                                                            <L 61>
    var_18 = wp::tile_add(var_16, var_17);
    // wp::tile_store<wp::int32, true, false>(var_out, var_19, var_18);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_19, var_18, adj_out, adj_19, adj_18);
    wp::adj_tile_add(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: wp.tile_store(out, lo + hi)                                                       <L 61>
    // adj: hi = wp.tile_scan_max_inclusive(iv)                                               <L 60>
    // adj: lo = wp.tile_scan_min_inclusive(iv)                                               <L 59>
    wp::adj_tile_store(var_ki, var_15, var_9, adj_ki, adj_15, adj_9);
    // adj: wp.tile_store(ki, ik)                                                             <L 58>
    // adj: wp.tile_sort(ik, iv)                                                              <L 57>
    // adj: iv = wp.tile_arange(20, dtype=int)                                                <L 56>
    wp::adj_tile_load(var_ki, var_10, adj_ki, adj_10, adj_9);
    // adj: ik = wp.tile_load(ki, shape=20)                                                   <L 55>
    wp::adj_tile_store(var_v, var_7, var_4, adj_v, adj_7, adj_4);
    // adj: wp.tile_store(v, vals)                                                            <L 54>
    wp::adj_tile_store(var_kf, var_6, var_1, adj_kf, adj_6, adj_1);
    // adj: wp.tile_store(kf, keys)                                                           <L 53>
    // adj: wp.tile_sort(keys, vals)                                                          <L 52>
    wp::adj_tile_load(var_v, var_5, adj_v, adj_5, adj_4);
    // adj: vals = wp.tile_load(v, shape=12)                                                  <L 51>
    wp::adj_tile_load(var_kf, var_2, adj_kf, adj_2, adj_1);
    // adj: keys = wp.tile_load(kf, shape=12)                                                 <L 50>
    // adj: def sorts(kf: wp.array(dtype=float), ki: wp.array(dtype=int), v: wp.array(dtype=float), out: wp.array(dtype=int)):  <L 49>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sorts_c94ac56a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sorts_c94ac56a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sorts_c94ac56a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sorts_c94ac56a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sorts_c94ac56a *_wp_args,
    wp_args_sorts_c94ac56a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sorts_c94ac56a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

