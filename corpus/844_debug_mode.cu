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



#line 10 "corpus/844_debug_mode.py"
extern "C" __global__ void scale_059afd09_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::float32 var_s)
{
#line 10 "corpus/844_debug_mode.py"
    wp::tile_shared_storage_t tile_mem;

#line 10 "corpus/844_debug_mode.py"
    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
#line 10 "corpus/844_debug_mode.py"
         _idx < dim.size;
#line 10 "corpus/844_debug_mode.py"
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
#line 10 "corpus/844_debug_mode.py"
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
#line 11 "corpus/844_debug_mode.py"
        wp::int32 var_0;
#line 12 "corpus/844_debug_mode.py"
        wp::float32* var_1;
#line 12 "corpus/844_debug_mode.py"
        const wp::float32 var_2 = 0.0;
#line 12 "corpus/844_debug_mode.py"
        bool var_3;
#line 12 "corpus/844_debug_mode.py"
        wp::float32 var_4;
#line 14 "corpus/844_debug_mode.py"
        wp::float32* var_5;
#line 14 "corpus/844_debug_mode.py"
        wp::float32 var_6;
#line 14 "corpus/844_debug_mode.py"
        wp::float32 var_7;
        //---------
        // forward
        // def scale(a: wp.array(dtype=float), s: float):                                         <L 10>
        // i = wp.tid()                                                                           <L 11>
#line 11 "corpus/844_debug_mode.py"
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 12>
#line 12 "corpus/844_debug_mode.py"
        var_1 = wp::address(var_a, var_0);
#line 12 "corpus/844_debug_mode.py"
        var_4 = wp::load(var_1);
#line 12 "corpus/844_debug_mode.py"
        var_3 = (var_4 < var_2);
#line 12 "corpus/844_debug_mode.py"
        if (var_3) {
            // return                                                                             <L 13>
#line 13 "corpus/844_debug_mode.py"
            continue;
#line 13 "corpus/844_debug_mode.py"
        }
        // a[i] = a[i] * s                                                                        <L 14>
#line 14 "corpus/844_debug_mode.py"
        var_5 = wp::address(var_a, var_0);
#line 14 "corpus/844_debug_mode.py"
        var_7 = wp::load(var_5);
#line 14 "corpus/844_debug_mode.py"
        var_6 = wp::mul(var_7, var_s);
#line 14 "corpus/844_debug_mode.py"
        wp::array_store(var_a, var_0, var_6);
#line 10 "corpus/844_debug_mode.py"
    }
#line 10 "corpus/844_debug_mode.py"
}



#line 10 "corpus/844_debug_mode.py"
extern "C" __global__ void scale_059afd09_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::float32 var_s,
    wp::array_t<wp::float32> adj_a,
    wp::float32 adj_s)
{
#line 10 "corpus/844_debug_mode.py"
    wp::tile_shared_storage_t tile_mem;

#line 10 "corpus/844_debug_mode.py"
    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
#line 10 "corpus/844_debug_mode.py"
         _idx < dim.size;
#line 10 "corpus/844_debug_mode.py"
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
#line 10 "corpus/844_debug_mode.py"
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
#line 11 "corpus/844_debug_mode.py"
        wp::int32 var_0;
#line 12 "corpus/844_debug_mode.py"
        wp::float32* var_1;
#line 12 "corpus/844_debug_mode.py"
        const wp::float32 var_2 = 0.0;
#line 12 "corpus/844_debug_mode.py"
        bool var_3;
#line 12 "corpus/844_debug_mode.py"
        wp::float32 var_4;
#line 14 "corpus/844_debug_mode.py"
        wp::float32* var_5;
#line 14 "corpus/844_debug_mode.py"
        wp::float32 var_6;
#line 14 "corpus/844_debug_mode.py"
        wp::float32 var_7;
        //---------
        // dual vars
#line 11 "corpus/844_debug_mode.py"
        wp::int32 adj_0 = {};
#line 12 "corpus/844_debug_mode.py"
        wp::float32 adj_1 = {};
#line 12 "corpus/844_debug_mode.py"
        wp::float32 adj_2 = {};
#line 12 "corpus/844_debug_mode.py"
        bool adj_3 = {};
#line 12 "corpus/844_debug_mode.py"
        wp::float32 adj_4 = {};
#line 14 "corpus/844_debug_mode.py"
        wp::float32 adj_5 = {};
#line 14 "corpus/844_debug_mode.py"
        wp::float32 adj_6 = {};
#line 14 "corpus/844_debug_mode.py"
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def scale(a: wp.array(dtype=float), s: float):                                         <L 10>
        // i = wp.tid()                                                                           <L 11>
#line 11 "corpus/844_debug_mode.py"
        var_0 = builtin_tid1d();
        // if a[i] < 0.0:                                                                         <L 12>
#line 12 "corpus/844_debug_mode.py"
        var_1 = wp::address(var_a, var_0);
#line 12 "corpus/844_debug_mode.py"
        var_4 = wp::load(var_1);
#line 12 "corpus/844_debug_mode.py"
        var_3 = (var_4 < var_2);
#line 12 "corpus/844_debug_mode.py"
        if (var_3) {
            // return                                                                             <L 13>
#line 13 "corpus/844_debug_mode.py"
            goto label0;
#line 13 "corpus/844_debug_mode.py"
        }
        // a[i] = a[i] * s                                                                        <L 14>
#line 14 "corpus/844_debug_mode.py"
        var_5 = wp::address(var_a, var_0);
#line 14 "corpus/844_debug_mode.py"
        var_7 = wp::load(var_5);
#line 14 "corpus/844_debug_mode.py"
        var_6 = wp::mul(var_7, var_s);
#line 14 "corpus/844_debug_mode.py"
        // wp::array_store(var_a, var_0, var_6);
        //---------
        // reverse
#line 14 "corpus/844_debug_mode.py"
        wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
#line 14 "corpus/844_debug_mode.py"
        wp::adj_mul(var_7, var_s, adj_5, adj_s, adj_6);
#line 14 "corpus/844_debug_mode.py"
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: a[i] = a[i] * s                                                                   <L 14>
#line 13 "corpus/844_debug_mode.py"
        if (var_3) {
#line 13 "corpus/844_debug_mode.py"
            label0:;
            // adj: return                                                                        <L 13>
#line 12 "corpus/844_debug_mode.py"
        }
#line 12 "corpus/844_debug_mode.py"
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: if a[i] < 0.0:                                                                    <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def scale(a: wp.array(dtype=float), s: float):                                    <L 10>
        continue;
#line 10 "corpus/844_debug_mode.py"
    }
#line 10 "corpus/844_debug_mode.py"
}



#line 18 "corpus/844_debug_mode.py"
extern "C" __global__ void accumulate_8fb83ecf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_total)
{
#line 18 "corpus/844_debug_mode.py"
    wp::tile_shared_storage_t tile_mem;

#line 18 "corpus/844_debug_mode.py"
    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
#line 18 "corpus/844_debug_mode.py"
         _idx < dim.size;
#line 18 "corpus/844_debug_mode.py"
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
#line 18 "corpus/844_debug_mode.py"
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
#line 19 "corpus/844_debug_mode.py"
        wp::int32 var_0;
#line 20 "corpus/844_debug_mode.py"
        const wp::int32 var_1 = 0;
#line 20 "corpus/844_debug_mode.py"
        wp::float32* var_2;
#line 20 "corpus/844_debug_mode.py"
        wp::float32 var_3;
#line 20 "corpus/844_debug_mode.py"
        wp::float32 var_4;
        //---------
        // forward
        // def accumulate(a: wp.array(dtype=float), total: wp.array(dtype=float)):                <L 18>
        // i = wp.tid()                                                                           <L 19>
#line 19 "corpus/844_debug_mode.py"
        var_0 = builtin_tid1d();
        // wp.atomic_add(total, 0, a[i])                                                          <L 20>
#line 20 "corpus/844_debug_mode.py"
        var_2 = wp::address(var_a, var_0);
#line 20 "corpus/844_debug_mode.py"
        var_4 = wp::load(var_2);
#line 20 "corpus/844_debug_mode.py"
        var_3 = wp::atomic_add(var_total, var_1, var_4);
#line 18 "corpus/844_debug_mode.py"
    }
#line 18 "corpus/844_debug_mode.py"
}



#line 18 "corpus/844_debug_mode.py"
extern "C" __global__ void accumulate_8fb83ecf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_total)
{
#line 18 "corpus/844_debug_mode.py"
    wp::tile_shared_storage_t tile_mem;

#line 18 "corpus/844_debug_mode.py"
    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
#line 18 "corpus/844_debug_mode.py"
         _idx < dim.size;
#line 18 "corpus/844_debug_mode.py"
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
#line 18 "corpus/844_debug_mode.py"
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
#line 19 "corpus/844_debug_mode.py"
        wp::int32 var_0;
#line 20 "corpus/844_debug_mode.py"
        const wp::int32 var_1 = 0;
#line 20 "corpus/844_debug_mode.py"
        wp::float32* var_2;
#line 20 "corpus/844_debug_mode.py"
        wp::float32 var_3;
#line 20 "corpus/844_debug_mode.py"
        wp::float32 var_4;
        //---------
        // dual vars
#line 19 "corpus/844_debug_mode.py"
        wp::int32 adj_0 = {};
#line 20 "corpus/844_debug_mode.py"
        wp::int32 adj_1 = {};
#line 20 "corpus/844_debug_mode.py"
        wp::float32 adj_2 = {};
#line 20 "corpus/844_debug_mode.py"
        wp::float32 adj_3 = {};
#line 20 "corpus/844_debug_mode.py"
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def accumulate(a: wp.array(dtype=float), total: wp.array(dtype=float)):                <L 18>
        // i = wp.tid()                                                                           <L 19>
#line 19 "corpus/844_debug_mode.py"
        var_0 = builtin_tid1d();
        // wp.atomic_add(total, 0, a[i])                                                          <L 20>
#line 20 "corpus/844_debug_mode.py"
        var_2 = wp::address(var_a, var_0);
#line 20 "corpus/844_debug_mode.py"
        var_4 = wp::load(var_2);
#line 20 "corpus/844_debug_mode.py"
        // var_3 = wp::atomic_add(var_total, var_1, var_4);
        //---------
        // reverse
#line 20 "corpus/844_debug_mode.py"
        wp::adj_atomic_add(var_total, var_1, var_4, adj_total, adj_1, adj_2, adj_3);
#line 20 "corpus/844_debug_mode.py"
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: wp.atomic_add(total, 0, a[i])                                                     <L 20>
        // adj: i = wp.tid()                                                                      <L 19>
        // adj: def accumulate(a: wp.array(dtype=float), total: wp.array(dtype=float)):           <L 18>
        continue;
#line 18 "corpus/844_debug_mode.py"
    }
#line 18 "corpus/844_debug_mode.py"
}

