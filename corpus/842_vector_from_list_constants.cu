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



extern "C" __global__ void sum_from_bool_vec_53368efd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_sum_array,
    wp::array_t<wp::float32> var_w)
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
        const wp::vec_t<3, bool> var_1 = wp::initializer_array<3,bool>{true, false, true};
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        bool var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::vec_t<4, wp::float32> var_14 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
        const wp::float32 var_15 = 1.0;
        wp::vec_t<4, wp::float32> var_16;
        wp::float32 var_17;
        //---------
        // forward
        // def sum_from_bool_vec(sum_array: wp.array(dtype=wp.int32), w: wp.array(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // if bool_selector_vec[0]:                                                               <L 13>
        var_3 = wp::extract(var_1, var_2);
        if (var_3) {
            // sum_array[i] = sum_array[i] + 1                                                    <L 14>
            var_4 = wp::address(var_sum_array, var_0);
            var_7 = wp::load(var_4);
            var_6 = wp::add(var_7, var_5);
            wp::array_store(var_sum_array, var_0, var_6);
        }
        // if bool_selector_vec[1]:                                                               <L 15>
        var_9 = wp::extract(var_1, var_8);
        if (var_9) {
            // sum_array[i] = sum_array[i] + 2                                                    <L 16>
            var_10 = wp::address(var_sum_array, var_0);
            var_13 = wp::load(var_10);
            var_12 = wp::add(var_13, var_11);
            wp::array_store(var_sum_array, var_0, var_12);
        }
        // w[i] = wp.dot(weights, wp.vec4(1.0))                                                   <L 17>
        var_16 = wp::vec_t<4, wp::float32>(var_15);
        var_17 = wp::dot(var_14, var_16);
        wp::array_store(var_w, var_0, var_17);
    }
}



extern "C" __global__ void sum_from_bool_vec_53368efd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_sum_array,
    wp::array_t<wp::float32> var_w,
    wp::array_t<wp::int32> adj_sum_array,
    wp::array_t<wp::float32> adj_w)
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
        const wp::vec_t<3, bool> var_1 = wp::initializer_array<3,bool>{true, false, true};
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        bool var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::vec_t<4, wp::float32> var_14 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
        const wp::float32 var_15 = 1.0;
        wp::vec_t<4, wp::float32> var_16;
        wp::float32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, bool> adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
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
        wp::vec_t<4, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<4, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def sum_from_bool_vec(sum_array: wp.array(dtype=wp.int32), w: wp.array(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // if bool_selector_vec[0]:                                                               <L 13>
        var_3 = wp::extract(var_1, var_2);
        if (var_3) {
            // sum_array[i] = sum_array[i] + 1                                                    <L 14>
            var_4 = wp::address(var_sum_array, var_0);
            var_7 = wp::load(var_4);
            var_6 = wp::add(var_7, var_5);
            // wp::array_store(var_sum_array, var_0, var_6);
        }
        // if bool_selector_vec[1]:                                                               <L 15>
        var_9 = wp::extract(var_1, var_8);
        if (var_9) {
            // sum_array[i] = sum_array[i] + 2                                                    <L 16>
            var_10 = wp::address(var_sum_array, var_0);
            var_13 = wp::load(var_10);
            var_12 = wp::add(var_13, var_11);
            // wp::array_store(var_sum_array, var_0, var_12);
        }
        // w[i] = wp.dot(weights, wp.vec4(1.0))                                                   <L 17>
        var_16 = wp::vec_t<4, wp::float32>(var_15);
        var_17 = wp::dot(var_14, var_16);
        // wp::array_store(var_w, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_w, var_0, var_17, adj_w, adj_0, adj_17);
        wp::adj_dot(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_vec_t(var_15, adj_15, adj_16);
        // adj: w[i] = wp.dot(weights, wp.vec4(1.0))                                              <L 17>
        if (var_9) {
            wp::adj_array_store(var_sum_array, var_0, var_12, adj_sum_array, adj_0, adj_12);
            wp::adj_add(var_13, var_11, adj_10, adj_11, adj_12);
            wp::adj_address(var_sum_array, var_0, adj_sum_array, adj_0, adj_10);
            // adj: sum_array[i] = sum_array[i] + 2                                               <L 16>
        }
        wp::adj_extract(var_1, var_8, adj_1, adj_8, adj_9);
        // adj: if bool_selector_vec[1]:                                                          <L 15>
        if (var_3) {
            wp::adj_array_store(var_sum_array, var_0, var_6, adj_sum_array, adj_0, adj_6);
            wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
            wp::adj_address(var_sum_array, var_0, adj_sum_array, adj_0, adj_4);
            // adj: sum_array[i] = sum_array[i] + 1                                               <L 14>
        }
        wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
        // adj: if bool_selector_vec[0]:                                                          <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def sum_from_bool_vec(sum_array: wp.array(dtype=wp.int32), w: wp.array(dtype=float)):  <L 11>
        continue;
    }
}

