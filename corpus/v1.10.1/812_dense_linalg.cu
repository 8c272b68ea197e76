
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()



extern "C" __global__ void dense_kernel_9c76eabe_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::float32 var_regularization)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
}



extern "C" __global__ void dense_kernel_9c76eabe_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::float32 var_regularization,
    wp::int32 adj_n,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::array_t<wp::float32> adj_L,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_x,
    wp::float32 adj_regularization)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}



extern "C" __global__ void dense_batched_kernel_eed42eec_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_dims,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_b_starts,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
}



extern "C" __global__ void dense_batched_kernel_eed42eec_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_dims,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_b_starts,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> adj_dims,
    wp::array_t<wp::int32> adj_starts,
    wp::array_t<wp::int32> adj_b_starts,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::array_t<wp::float32> adj_L,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}

