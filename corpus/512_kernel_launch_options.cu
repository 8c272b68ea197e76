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



extern "C" __launch_bounds__(256, 1) __global__ void k1_695bcda5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        //---------
        // forward
        // def k1(a: wp.array(dtype=float)):                                                      <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 7>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 < var_2);
        if (var_3) {
            // return                                                                             <L 8>
            continue;
        }
        // a[i] = 1.0                                                                             <L 9>
        wp::array_store(var_a, var_0, var_5);
    }
}



extern "C" __launch_bounds__(256, 1) __global__ void k1_695bcda5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def k1(a: wp.array(dtype=float)):                                                      <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 7>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 < var_2);
        if (var_3) {
            // return                                                                             <L 8>
            goto label0;
        }
        // a[i] = 1.0                                                                             <L 9>
        // wp::array_store(var_a, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_5, adj_a, adj_0, adj_5);
        // adj: a[i] = 1.0                                                                        <L 9>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 8>
        }
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: if a[i] < 0.0:                                                                    <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def k1(a: wp.array(dtype=float)):                                                 <L 5>
        continue;
    }
}



extern "C" __global__ void k2_acee4c69_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 2;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def k2(a: wp.array(dtype=float)):                                                      <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 15>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 < var_2);
        if (var_3) {
            // return                                                                             <L 16>
            return;
        }
        // for j in range(3):                                                                     <L 17>
        // a[i] += float(j)                                                                       <L 18>
        var_6 = wp::float(var_5);
        var_7 = wp::atomic_add(var_a, var_0, var_6);
        var_9 = wp::float(var_8);
        var_10 = wp::atomic_add(var_a, var_0, var_9);
        var_12 = wp::float(var_11);
        var_13 = wp::atomic_add(var_a, var_0, var_12);
}



extern "C" __launch_bounds__(128) WP_CLUSTER_DIMS(2, 1, 1) __global__ void k3_da447e28_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def k3(a: wp.array(dtype=float)):                                                      <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * 2.0                                                                      <L 24>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        wp::array_store(var_a, var_0, var_3);
    }
}



extern "C" __launch_bounds__(128) WP_CLUSTER_DIMS(2, 1, 1) __global__ void k3_da447e28_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def k3(a: wp.array(dtype=float)):                                                      <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * 2.0                                                                      <L 24>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // wp::array_store(var_a, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] * 2.0                                                                 <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def k3(a: wp.array(dtype=float)):                                                 <L 22>
        continue;
    }
}

