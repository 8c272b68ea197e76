
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

struct wp_args_dense_blocks_b7a0d341 {
    wp::int32 n;
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
    wp::array_t<wp::float32> L;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> x;
    wp::int32 t1;
    wp::int32 t2;
    wp::float32 regularization;
};


void dense_blocks_b7a0d341_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_blocks_b7a0d341 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> var_L = _wp_args->L;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::int32 var_t1 = _wp_args->t1;
    wp::int32 var_t2 = _wp_args->t2;
    wp::float32 var_regularization = _wp_args->regularization;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::float32 var_3 = 4.0;
    wp::float32 var_4;
    //---------
    // forward
    // def dense_blocks(                                                                      <L 9>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // if tid > 0:                                                                            <L 22>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return                                                                             <L 23>
        return;
    }
    // wp.dense_gemm(n, n, n, t1, t2, A, B, C)                                                <L 24>
    wp::dense_gemm(var_n, var_n, var_n, var_t1, var_t2, var_A, var_B, var_C);
    // wp.dense_chol(n, A, regularization + 4.0, L)                                           <L 25>
    var_4 = wp::add(var_regularization, var_3);
    wp::dense_chol(var_n, var_A, var_4, var_L);
    // wp.dense_subs(n, L, b, x)                                                              <L 26>
    wp::dense_subs(var_n, var_L, var_b, var_x);
    // wp.dense_solve(n, A, L, b, x)                                                          <L 27>
    wp::dense_solve(var_n, var_A, var_L, var_b, var_x);
}



void dense_blocks_b7a0d341_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_blocks_b7a0d341 *_wp_args,
    wp_args_dense_blocks_b7a0d341 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> var_L = _wp_args->L;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::int32 var_t1 = _wp_args->t1;
    wp::int32 var_t2 = _wp_args->t2;
    wp::float32 var_regularization = _wp_args->regularization;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    wp::array_t<wp::float32> adj_L = _wp_adj_args->L;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::int32 adj_t1 = _wp_adj_args->t1;
    wp::int32 adj_t2 = _wp_adj_args->t2;
    wp::float32 adj_regularization = _wp_adj_args->regularization;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::float32 var_3 = 4.0;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def dense_blocks(                                                                      <L 9>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // if tid > 0:                                                                            <L 22>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return                                                                             <L 23>
        goto label0;
    }
    // wp.dense_gemm(n, n, n, t1, t2, A, B, C)                                                <L 24>
    wp::dense_gemm(var_n, var_n, var_n, var_t1, var_t2, var_A, var_B, var_C);
    // wp.dense_chol(n, A, regularization + 4.0, L)                                           <L 25>
    var_4 = wp::add(var_regularization, var_3);
    wp::dense_chol(var_n, var_A, var_4, var_L);
    // wp.dense_subs(n, L, b, x)                                                              <L 26>
    wp::dense_subs(var_n, var_L, var_b, var_x);
    // wp.dense_solve(n, A, L, b, x)                                                          <L 27>
    wp::dense_solve(var_n, var_A, var_L, var_b, var_x);
    //---------
    // reverse
    wp::adj_dense_solve(var_n, var_A, var_L, var_b, var_x, adj_n, adj_A, adj_L, adj_b, adj_x);
    // adj: wp.dense_solve(n, A, L, b, x)                                                     <L 27>
    // adj: wp.dense_subs(n, L, b, x)                                                         <L 26>
    wp::adj_add(var_regularization, var_3, adj_regularization, adj_3, adj_4);
    // adj: wp.dense_chol(n, A, regularization + 4.0, L)                                      <L 25>
    wp::adj_dense_gemm(var_n, var_n, var_n, var_t1, var_t2, var_A, var_B, var_C, adj_n, adj_n, adj_n, adj_t1, adj_t2, adj_A, adj_B, adj_C);
    // adj: wp.dense_gemm(n, n, n, t1, t2, A, B, C)                                           <L 24>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 23>
    }
    // adj: if tid > 0:                                                                       <L 22>
    // adj: tid = wp.tid()                                                                    <L 21>
    // adj: def dense_blocks(                                                                 <L 9>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dense_blocks_b7a0d341_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dense_blocks_b7a0d341 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_blocks_b7a0d341_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dense_blocks_b7a0d341_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dense_blocks_b7a0d341 *_wp_args,
    wp_args_dense_blocks_b7a0d341 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_blocks_b7a0d341_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dense_rect_b98bf923 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
};


void dense_rect_b98bf923_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_rect_b98bf923 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 2;
    const wp::int32 var_4 = 3;
    const wp::int32 var_5 = 4;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    bool var_9;
    const wp::int32 var_10 = 2;
    const wp::int32 var_11 = 3;
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    //---------
    // forward
    // def dense_rect(                                                                        <L 31>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // if i == 0:                                                                             <L 37>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // wp.dense_gemm(2, 3, 4, 0, 0, A, B, C)                                              <L 38>
        wp::dense_gemm(var_3, var_4, var_5, var_6, var_7, var_A, var_B, var_C);
    }
    // if i == 1:                                                                             <L 39>
    var_9 = (var_0 == var_8);
    if (var_9) {
        // wp.dense_gemm(2, 3, 4, 1, 1, A, B, C)                                              <L 40>
        wp::dense_gemm(var_10, var_11, var_12, var_13, var_14, var_A, var_B, var_C);
    }
}



void dense_rect_b98bf923_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_rect_b98bf923 *_wp_args,
    wp_args_dense_rect_b98bf923 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 2;
    const wp::int32 var_4 = 3;
    const wp::int32 var_5 = 4;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    bool var_9;
    const wp::int32 var_10 = 2;
    const wp::int32 var_11 = 3;
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def dense_rect(                                                                        <L 31>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // if i == 0:                                                                             <L 37>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // wp.dense_gemm(2, 3, 4, 0, 0, A, B, C)                                              <L 38>
        wp::dense_gemm(var_3, var_4, var_5, var_6, var_7, var_A, var_B, var_C);
    }
    // if i == 1:                                                                             <L 39>
    var_9 = (var_0 == var_8);
    if (var_9) {
        // wp.dense_gemm(2, 3, 4, 1, 1, A, B, C)                                              <L 40>
        wp::dense_gemm(var_10, var_11, var_12, var_13, var_14, var_A, var_B, var_C);
    }
    //---------
    // reverse
    if (var_9) {
        wp::adj_dense_gemm(var_10, var_11, var_12, var_13, var_14, var_A, var_B, var_C, adj_10, adj_11, adj_12, adj_13, adj_14, adj_A, adj_B, adj_C);
        // adj: wp.dense_gemm(2, 3, 4, 1, 1, A, B, C)                                         <L 40>
    }
    // adj: if i == 1:                                                                        <L 39>
    if (var_2) {
        wp::adj_dense_gemm(var_3, var_4, var_5, var_6, var_7, var_A, var_B, var_C, adj_3, adj_4, adj_5, adj_6, adj_7, adj_A, adj_B, adj_C);
        // adj: wp.dense_gemm(2, 3, 4, 0, 0, A, B, C)                                         <L 38>
    }
    // adj: if i == 0:                                                                        <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def dense_rect(                                                                   <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dense_rect_b98bf923_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dense_rect_b98bf923 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_rect_b98bf923_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dense_rect_b98bf923_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dense_rect_b98bf923 *_wp_args,
    wp_args_dense_rect_b98bf923 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_rect_b98bf923_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

