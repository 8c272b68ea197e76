
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

struct wp_args_dense_kernel_9c76eabe {
    wp::int32 n;
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
    wp::array_t<wp::float32> L;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> x;
    wp::float32 regularization;
};


void dense_kernel_9c76eabe_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_kernel_9c76eabe *_wp_args)
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
    wp::float32 var_regularization = _wp_args->regularization;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    //---------
    // forward
    // def dense_kernel(                                                                      <L 8>
    // wp.dense_gemm(n, n, n, 0, 1, A, B, C)                                                  <L 18>
    wp::dense_gemm(var_n, var_n, var_n, var_0, var_1, var_A, var_B, var_C);
    // wp.dense_chol(n, A, regularization, L)                                                 <L 19>
    wp::dense_chol(var_n, var_A, var_regularization, var_L);
    // wp.dense_subs(n, L, b, x)                                                              <L 20>
    wp::dense_subs(var_n, var_L, var_b, var_x);
    // wp.dense_solve(n, A, L, b, x)                                                          <L 21>
    wp::dense_solve(var_n, var_A, var_L, var_b, var_x);
}



void dense_kernel_9c76eabe_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_kernel_9c76eabe *_wp_args,
    wp_args_dense_kernel_9c76eabe *_wp_adj_args)
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
    wp::float32 var_regularization = _wp_args->regularization;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    wp::array_t<wp::float32> adj_L = _wp_adj_args->L;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::float32 adj_regularization = _wp_adj_args->regularization;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def dense_kernel(                                                                      <L 8>
    // wp.dense_gemm(n, n, n, 0, 1, A, B, C)                                                  <L 18>
    wp::dense_gemm(var_n, var_n, var_n, var_0, var_1, var_A, var_B, var_C);
    // wp.dense_chol(n, A, regularization, L)                                                 <L 19>
    wp::dense_chol(var_n, var_A, var_regularization, var_L);
    // wp.dense_subs(n, L, b, x)                                                              <L 20>
    wp::dense_subs(var_n, var_L, var_b, var_x);
    // wp.dense_solve(n, A, L, b, x)                                                          <L 21>
    wp::dense_solve(var_n, var_A, var_L, var_b, var_x);
    //---------
    // reverse
    wp::adj_dense_solve(var_n, var_A, var_L, var_b, var_x, adj_n, adj_A, adj_L, adj_b, adj_x);
    // adj: wp.dense_solve(n, A, L, b, x)                                                     <L 21>
    // adj: wp.dense_subs(n, L, b, x)                                                         <L 20>
    // adj: wp.dense_chol(n, A, regularization, L)                                            <L 19>
    wp::adj_dense_gemm(var_n, var_n, var_n, var_0, var_1, var_A, var_B, var_C, adj_n, adj_n, adj_n, adj_0, adj_1, adj_A, adj_B, adj_C);
    // adj: wp.dense_gemm(n, n, n, 0, 1, A, B, C)                                             <L 18>
    // adj: def dense_kernel(                                                                 <L 8>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dense_kernel_9c76eabe_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dense_kernel_9c76eabe *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_kernel_9c76eabe_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dense_kernel_9c76eabe_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dense_kernel_9c76eabe *_wp_args,
    wp_args_dense_kernel_9c76eabe *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_kernel_9c76eabe_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dense_batched_kernel_eed42eec {
    wp::array_t<wp::int32> dims;
    wp::array_t<wp::int32> starts;
    wp::array_t<wp::int32> b_starts;
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
    wp::array_t<wp::float32> L;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> x;
};


void dense_batched_kernel_eed42eec_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_batched_kernel_eed42eec *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::int32> var_starts = _wp_args->starts;
    wp::array_t<wp::int32> var_b_starts = _wp_args->b_starts;
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> var_L = _wp_args->L;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 0;
    const wp::float32 var_2 = 0.01;
    //---------
    // forward
    // def dense_batched_kernel(                                                              <L 25>
    // wp.dense_gemm_batched(dims, dims, dims, 0, 0, starts, starts, starts, A, B, C)         <L 36>
    wp::dense_gemm_batched(var_dims, var_dims, var_dims, var_0, var_1, var_starts, var_starts, var_starts, var_A, var_B, var_C);
    // wp.dense_chol_batched(starts, dims, A, 0.01, L)                                        <L 37>
    wp::dense_chol_batched(var_starts, var_dims, var_A, var_2, var_L);
    // wp.dense_solve_batched(b_starts, starts, dims, A, L, b, x)                             <L 38>
    wp::dense_solve_batched(var_b_starts, var_starts, var_dims, var_A, var_L, var_b, var_x);
}



void dense_batched_kernel_eed42eec_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dense_batched_kernel_eed42eec *_wp_args,
    wp_args_dense_batched_kernel_eed42eec *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::int32> var_starts = _wp_args->starts;
    wp::array_t<wp::int32> var_b_starts = _wp_args->b_starts;
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> var_L = _wp_args->L;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::int32> adj_dims = _wp_adj_args->dims;
    wp::array_t<wp::int32> adj_starts = _wp_adj_args->starts;
    wp::array_t<wp::int32> adj_b_starts = _wp_adj_args->b_starts;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    wp::array_t<wp::float32> adj_L = _wp_adj_args->L;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 0;
    const wp::float32 var_2 = 0.01;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def dense_batched_kernel(                                                              <L 25>
    // wp.dense_gemm_batched(dims, dims, dims, 0, 0, starts, starts, starts, A, B, C)         <L 36>
    wp::dense_gemm_batched(var_dims, var_dims, var_dims, var_0, var_1, var_starts, var_starts, var_starts, var_A, var_B, var_C);
    // wp.dense_chol_batched(starts, dims, A, 0.01, L)                                        <L 37>
    wp::dense_chol_batched(var_starts, var_dims, var_A, var_2, var_L);
    // wp.dense_solve_batched(b_starts, starts, dims, A, L, b, x)                             <L 38>
    wp::dense_solve_batched(var_b_starts, var_starts, var_dims, var_A, var_L, var_b, var_x);
    //---------
    // reverse
    wp::adj_dense_solve_batched(var_b_starts, var_starts, var_dims, var_A, var_L, var_b, var_x, adj_b_starts, adj_starts, adj_dims, adj_A, adj_L, adj_b, adj_x);
    // adj: wp.dense_solve_batched(b_starts, starts, dims, A, L, b, x)                        <L 38>
    // adj: wp.dense_chol_batched(starts, dims, A, 0.01, L)                                   <L 37>
    wp::adj_dense_gemm_batched(var_dims, var_dims, var_dims, var_0, var_1, var_starts, var_starts, var_starts, var_A, var_B, var_C, adj_dims, adj_dims, adj_dims, adj_0, adj_1, adj_starts, adj_starts, adj_starts, adj_A, adj_B, adj_C);
    // adj: wp.dense_gemm_batched(dims, dims, dims, 0, 0, starts, starts, starts, A, B, C)    <L 36>
    // adj: def dense_batched_kernel(                                                         <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dense_batched_kernel_eed42eec_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dense_batched_kernel_eed42eec *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_batched_kernel_eed42eec_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dense_batched_kernel_eed42eec_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dense_batched_kernel_eed42eec *_wp_args,
    wp_args_dense_batched_kernel_eed42eec *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dense_batched_kernel_eed42eec_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

