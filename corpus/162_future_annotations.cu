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


// corpus/162_future_annotations.py:6
static CUDA_CALLABLE wp::float32 smooth_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 3.0;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def smooth(x: float) -> float:                                                         <L 7>
    // return x * x * (3.0 - 2.0 * x)                                                         <L 8>
    var_0 = wp::mul(var_x, var_x);
    var_3 = wp::mul(var_2, var_x);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_0, var_4);
    return var_5;
}


// corpus/162_future_annotations.py:6
static CUDA_CALLABLE void adj_smooth_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 3.0;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def smooth(x: float) -> float:                                                         <L 7>
    // return x * x * (3.0 - 2.0 * x)                                                         <L 8>
    var_0 = wp::mul(var_x, var_x);
    var_3 = wp::mul(var_2, var_x);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_0, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_mul(var_2, var_x, adj_2, adj_x, adj_3);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x * (3.0 - 2.0 * x)                                                    <L 8>
    // adj: def smooth(x: float) -> float:                                                    <L 7>
    return;
}



extern "C" __global__ void k_37be9292_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                           <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // a[i] = smooth(a[i])                                                                    <L 14>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = smooth_0(var_3);
        wp::array_store(var_a, var_0, var_2);
        // b[i] = b[i] * a[i]                                                                     <L 15>
        var_4 = wp::address(var_b, var_0);
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        wp::array_store(var_b, var_0, var_6);
    }
}



extern "C" __global__ void k_37be9292_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                           <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // a[i] = smooth(a[i])                                                                    <L 14>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = smooth_0(var_3);
        // wp::array_store(var_a, var_0, var_2);
        // b[i] = b[i] * a[i]                                                                     <L 15>
        var_4 = wp::address(var_b, var_0);
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        // wp::array_store(var_b, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_6, adj_b, adj_0, adj_6);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: b[i] = b[i] * a[i]                                                                <L 15>
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_smooth_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = smooth(a[i])                                                               <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                      <L 12>
        continue;
    }
}

