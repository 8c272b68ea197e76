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



extern "C" __global__ void src_types_kernel_f63f9706_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::mat_t<10, 3, wp::float32> var_expected,
    wp::array_t<wp::vec_t<5, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out)
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
        const wp::int32 var_1 = 10;
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::mat_t<10, 3, wp::float32> var_4;
        wp::vec_t<5, wp::float32>* var_5;
        const wp::int32 var_6 = 4;
        wp::float32 var_7;
        wp::vec_t<5, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        const wp::int32 var_14 = 9;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<5, wp::float32>* var_18;
        wp::float32 var_19;
        wp::vec_t<5, wp::float32> var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def src_types_kernel(                                                                  <L 10>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // m = wp._src.types.matrix(shape=(10, 3), dtype=float)                                   <L 16>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mat_t<10, 3, wp::float32>();
        // m[1, 2] = v[i][4]                                                                      <L 17>
        var_5 = wp::address(var_v, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        wp::assign_inplace(var_4, var_9, var_10, var_7);
        // out[i] = m[1, 2] + expected[9, 2] + wp.length(v[i])                                    <L 18>
        var_13 = wp::extract(var_4, var_11, var_12);
        var_16 = wp::extract(var_expected, var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_18 = wp::address(var_v, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::length(var_20);
        var_21 = wp::add(var_17, var_19);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void src_types_kernel_f63f9706_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::mat_t<10, 3, wp::float32> var_expected,
    wp::array_t<wp::vec_t<5, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::mat_t<10, 3, wp::float32> adj_expected,
    wp::array_t<wp::vec_t<5, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_1 = 10;
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::mat_t<10, 3, wp::float32> var_4;
        wp::vec_t<5, wp::float32>* var_5;
        const wp::int32 var_6 = 4;
        wp::float32 var_7;
        wp::vec_t<5, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        const wp::int32 var_14 = 9;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<5, wp::float32>* var_18;
        wp::float32 var_19;
        wp::vec_t<5, wp::float32> var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::mat_t<10, 3, wp::float32> adj_4 = {};
        wp::vec_t<5, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<5, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<5, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<5, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def src_types_kernel(                                                                  <L 10>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // m = wp._src.types.matrix(shape=(10, 3), dtype=float)                                   <L 16>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mat_t<10, 3, wp::float32>();
        // m[1, 2] = v[i][4]                                                                      <L 17>
        var_5 = wp::address(var_v, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        wp::assign_inplace(var_4, var_9, var_10, var_7);
        // out[i] = m[1, 2] + expected[9, 2] + wp.length(v[i])                                    <L 18>
        var_13 = wp::extract(var_4, var_11, var_12);
        var_16 = wp::extract(var_expected, var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_18 = wp::address(var_v, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::length(var_20);
        var_21 = wp::add(var_17, var_19);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_21);
        wp::adj_length(var_20, var_19, adj_18, adj_19);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
        wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_extract(var_expected, var_14, var_15, adj_expected, adj_14, adj_15, adj_16);
        wp::adj_extract(var_4, var_11, var_12, adj_4, adj_11, adj_12, adj_13);
        // adj: out[i] = m[1, 2] + expected[9, 2] + wp.length(v[i])                               <L 18>
        wp::adj_assign_inplace(var_4, var_9, var_10, var_7, adj_4, adj_9, adj_10, adj_7);
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
        // adj: m[1, 2] = v[i][4]                                                                 <L 17>
        // adj: m = wp._src.types.matrix(shape=(10, 3), dtype=float)                              <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def src_types_kernel(                                                             <L 10>
        continue;
    }
}

