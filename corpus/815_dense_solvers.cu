#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif



extern "C" __global__ void dense_blocks_b7a0d341_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_t1,
    wp::int32 var_t2,
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
            continue;
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
}



extern "C" __global__ void dense_blocks_b7a0d341_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> var_L,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_t1,
    wp::int32 var_t2,
    wp::float32 var_regularization,
    wp::int32 adj_n,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::array_t<wp::float32> adj_L,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_x,
    wp::int32 adj_t1,
    wp::int32 adj_t2,
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
        continue;
    }
}



extern "C" __global__ void dense_rect_b98bf923_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C)
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
}



extern "C" __global__ void dense_rect_b98bf923_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C)
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
        continue;
    }
}

