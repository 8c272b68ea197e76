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


// corpus/912_tile_116.py:12
static CUDA_CALLABLE wp::float32 fma3_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 var_z)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def fma3(x: float, y: float, z: float) -> float:                                       <L 13>
    // return x * y + z                                                                       <L 14>
    var_0 = wp::mul(var_x, var_y);
    var_1 = wp::add(var_0, var_z);
    return var_1;
}


// corpus/912_tile_116.py:12
static CUDA_CALLABLE void adj_fma3_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 var_z,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_z,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def fma3(x: float, y: float, z: float) -> float:                                       <L 13>
    // return x * y + z                                                                       <L 14>
    var_0 = wp::mul(var_x, var_y);
    var_1 = wp::add(var_0, var_z);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_0, var_z, adj_0, adj_z, adj_1);
    wp::adj_mul(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: return x * y + z                                                                  <L 14>
    // adj: def fma3(x: float, y: float, z: float) -> float:                                  <L 13>
    return;
}



extern "C" __global__ void divide_6aed21ef_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_4 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_9 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_16;
        //---------
        // forward
        // def divide(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=N, offset=i * N)                                             <L 20>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // q = t / 2.0                                                                            <L 21>
        var_5 = wp::tile_div(var_3, var_4);
        // r = 1.0 / t                                                                            <L 22>
        var_7 = wp::tile_div(var_6, var_3);
        // s = t / t                                                                              <L 23>
        var_8 = wp::tile_div_elementwise(var_3, var_3);
        // p = 2.0 * t                                                                            <L 24>
        var_10 = wp::tile_mul(var_3, var_9);
        // e = t * t                                                                              <L 25>
        var_11 = wp::tile_mul_elementwise(var_3, var_3);
        // wp.tile_store(out, q + r + s + p + e, offset=i * N)                                    <L 26>
        var_12 = wp::tile_add(var_5, var_7);
        var_13 = wp::tile_add(var_12, var_8);
        var_14 = wp::tile_add(var_13, var_10);
        var_15 = wp::tile_add(var_14, var_11);
        var_16 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_out, var_16, var_15);
    }
}



extern "C" __global__ void divide_6aed21ef_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_4 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_9 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::float32 adj_4 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5{};
        wp::float32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
        wp::float32 adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_13{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_15{};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def divide(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=N, offset=i * N)                                             <L 20>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // q = t / 2.0                                                                            <L 21>
        var_5 = wp::tile_div(var_3, var_4);
        // r = 1.0 / t                                                                            <L 22>
        var_7 = wp::tile_div(var_6, var_3);
        // s = t / t                                                                              <L 23>
        var_8 = wp::tile_div_elementwise(var_3, var_3);
        // p = 2.0 * t                                                                            <L 24>
        var_10 = wp::tile_mul(var_3, var_9);
        // e = t * t                                                                              <L 25>
        var_11 = wp::tile_mul_elementwise(var_3, var_3);
        // wp.tile_store(out, q + r + s + p + e, offset=i * N)                                    <L 26>
        var_12 = wp::tile_add(var_5, var_7);
        var_13 = wp::tile_add(var_12, var_8);
        var_14 = wp::tile_add(var_13, var_10);
        var_15 = wp::tile_add(var_14, var_11);
        var_16 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_out, var_16, var_15);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_16, var_15, adj_out, adj_16, adj_15);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_16);
        wp::adj_tile_add(var_14, var_11, adj_14, adj_11, adj_15);
        wp::adj_tile_add(var_13, var_10, adj_13, adj_10, adj_14);
        wp::adj_tile_add(var_12, var_8, adj_12, adj_8, adj_13);
        wp::adj_tile_add(var_5, var_7, adj_5, adj_7, adj_12);
        // adj: wp.tile_store(out, q + r + s + p + e, offset=i * N)                               <L 26>
        wp::adj_tile_mul_elementwise(var_3, var_3, adj_3, adj_3, adj_11);
        // adj: e = t * t                                                                         <L 25>
        wp::adj_tile_mul(var_3, var_9, adj_3, adj_9, adj_10);
        // adj: p = 2.0 * t                                                                       <L 24>
        wp::adj_tile_div_elementwise(var_3, var_3, adj_3, adj_3, adj_8);
        // adj: s = t / t                                                                         <L 23>
        wp::adj_tile_div(var_6, var_3, adj_6, adj_3, adj_7);
        // adj: r = 1.0 / t                                                                       <L 22>
        wp::adj_tile_div(var_3, var_4, adj_3, adj_4, adj_5);
        // adj: q = t / 2.0                                                                       <L 21>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=N, offset=i * N)                                        <L 20>
        // adj: i = wp.tid()                                                                      <L 19>
        // adj: def divide(a: wp.array(dtype=float), out: wp.array(dtype=float)):                 <L 18>
        continue;
    }
}



extern "C" __global__ void threads_50602b02_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_a,
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
        wp::int32 var_1;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tuple_t<wp::int32> var_11;
        const wp::float32 var_12 = 1.5;
        const wp::str var_13 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_20 = 0;
        //---------
        // forward
        // def threads(a: wp.array(dtype=int), out: wp.array(dtype=float)):                       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_empty(shape=(N,), dtype=float, storage="shared")                           <L 32>
        var_3 = wp::tuple(var_2);
        var_5 = wp::tile_empty<float, 16>();
        // v = a[i]                                                                               <L 33>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = wp.tile_from_thread(shape=N, value=v, thread_idx=0)                                <L 34>
        var_10 = wp::tile_from_thread<wp::int32, 16>(var_7, var_9);
        // c = wp.tile_from_thread(shape=(N,), value=1.5, thread_idx=j, storage="shared")         <L 35>
        var_11 = wp::tuple(var_2);
        var_14 = wp::tile_from_thread<wp::float32, 16>(var_12, var_1);
        // m = wp.tile_scan_max_inclusive(b)                                                      <L 36>
        var_15 = wp::tile_scan_max_inclusive(var_10);
        // n = wp.tile_scan_min_inclusive(b)                                                      <L 37>
        var_16 = wp::tile_scan_min_inclusive(var_10);
        // wp.tile_store(out, c + wp.tile_astype(m + n, dtype=float))                             <L 38>
        var_17 = wp::tile_add(var_15, var_16);
        var_18 = wp::tile_astype<wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>>(var_17);
        var_19 = wp::tile_add(var_14, var_18);
        wp::tile_store<wp::float32, true, false>(var_out, var_20, var_19);
    }
}



extern "C" __global__ void threads_50602b02_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> adj_a,
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
        wp::int32 var_1;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tuple_t<wp::int32> var_11;
        const wp::float32 var_12 = 1.5;
        const wp::str var_13 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_20 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32> adj_3 = {};
        wp::str adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
        wp::tuple_t<wp::int32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::str adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_14 = var_14;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_15{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_16{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19{};
        wp::int32 adj_20 = {};
        //---------
        // forward
        // def threads(a: wp.array(dtype=int), out: wp.array(dtype=float)):                       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_empty(shape=(N,), dtype=float, storage="shared")                           <L 32>
        var_3 = wp::tuple(var_2);
        var_5 = wp::tile_empty<float, 16>();
        // v = a[i]                                                                               <L 33>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = wp.tile_from_thread(shape=N, value=v, thread_idx=0)                                <L 34>
        var_10 = wp::tile_from_thread<wp::int32, 16>(var_7, var_9);
        // c = wp.tile_from_thread(shape=(N,), value=1.5, thread_idx=j, storage="shared")         <L 35>
        var_11 = wp::tuple(var_2);
        var_14 = wp::tile_from_thread<wp::float32, 16>(var_12, var_1);
        // m = wp.tile_scan_max_inclusive(b)                                                      <L 36>
        var_15 = wp::tile_scan_max_inclusive(var_10);
        // n = wp.tile_scan_min_inclusive(b)                                                      <L 37>
        var_16 = wp::tile_scan_min_inclusive(var_10);
        // wp.tile_store(out, c + wp.tile_astype(m + n, dtype=float))                             <L 38>
        var_17 = wp::tile_add(var_15, var_16);
        var_18 = wp::tile_astype<wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>>(var_17);
        var_19 = wp::tile_add(var_14, var_18);
        // wp::tile_store<wp::float32, true, false>(var_out, var_20, var_19);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_20, var_19, adj_out, adj_20, adj_19);
        wp::adj_tile_add(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_tile_astype(var_17, adj_17, adj_18);
        wp::adj_tile_add(var_15, var_16, adj_15, adj_16, adj_17);
        // adj: wp.tile_store(out, c + wp.tile_astype(m + n, dtype=float))                        <L 38>
        // adj: n = wp.tile_scan_min_inclusive(b)                                                 <L 37>
        // adj: m = wp.tile_scan_max_inclusive(b)                                                 <L 36>
        // adj: c = wp.tile_from_thread(shape=(N,), value=1.5, thread_idx=j, storage="shared")    <L 35>
        // adj: b = wp.tile_from_thread(shape=N, value=v, thread_idx=0)                           <L 34>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        // adj: v = a[i]                                                                          <L 33>
        // adj: t = wp.tile_empty(shape=(N,), dtype=float, storage="shared")                      <L 32>
        // adj: i, j = wp.tid()                                                                   <L 31>
        // adj: def threads(a: wp.array(dtype=int), out: wp.array(dtype=float)):                  <L 30>
        continue;
    }
}



extern "C" __global__ void maps_b42b4454_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_4 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 3.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_8 = 0;
        //---------
        // forward
        // def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 42>
        // t = wp.tile_load(a, shape=N)                                                           <L 43>
        var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // u = wp.tile_map(fma3, t, t, t)                                                         <L 44>
        var_3 = wp::tile_map(fma3_0, var_1, var_1, var_1);
        // v = wp.tile_map(fma3, t, 2.0, u)                                                       <L 45>
        var_5 = wp::tile_map(fma3_0, var_1, var_4, var_3);
        // w = wp.tile_map(wp.mul, v, 3.0)                                                        <L 46>
        var_7 = wp::tile_binary_map(wp::mul, var_5, var_6);
        // wp.tile_store(out, w)                                                                  <L 47>
        wp::tile_store<wp::float32, true, false>(var_out, var_8, var_7);
    }
}



extern "C" __global__ void maps_b42b4454_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_4 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 3.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_8 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::float32 adj_4 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5{};
        wp::float32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 42>
        // t = wp.tile_load(a, shape=N)                                                           <L 43>
        var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // u = wp.tile_map(fma3, t, t, t)                                                         <L 44>
        var_3 = wp::tile_map(fma3_0, var_1, var_1, var_1);
        // v = wp.tile_map(fma3, t, 2.0, u)                                                       <L 45>
        var_5 = wp::tile_map(fma3_0, var_1, var_4, var_3);
        // w = wp.tile_map(wp.mul, v, 3.0)                                                        <L 46>
        var_7 = wp::tile_binary_map(wp::mul, var_5, var_6);
        // wp.tile_store(out, w)                                                                  <L 47>
        // wp::tile_store<wp::float32, true, false>(var_out, var_8, var_7);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_8, var_7, adj_out, adj_8, adj_7);
        // adj: wp.tile_store(out, w)                                                             <L 47>
        wp::adj_tile_binary_map(wp::mul, var_5, var_6, wp::adj_mul, adj_5, adj_6, adj_7);
        // adj: w = wp.tile_map(wp.mul, v, 3.0)                                                   <L 46>
        wp::adj_tile_map(fma3_0, var_1, var_4, var_3, adj_fma3_0, adj_1, adj_4, adj_3, adj_5);
        // adj: v = wp.tile_map(fma3, t, 2.0, u)                                                  <L 45>
        wp::adj_tile_map(fma3_0, var_1, var_1, var_1, adj_fma3_0, adj_1, adj_1, adj_1, adj_3);
        // adj: u = wp.tile_map(fma3, t, t, t)                                                    <L 44>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=N)                                                      <L 43>
        // adj: def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                   <L 42>
        continue;
    }
}



extern "C" __global__ void indices_d866e2de_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_k)
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = -1;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = -2;
        const wp::int32 var_9 = 14;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 4;
        bool var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        const wp::int32 var_18 = -2;
        const wp::int32 var_19 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_20 = nullptr;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 16;
        bool var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 2;
        const wp::int32 var_32 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_33;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_34 = nullptr;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_37 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_38 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_39;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_40 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        const wp::int32 var_44 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 4;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 0;
        const wp::int32 var_51 = 0;
        //---------
        // forward
        // def indices(a: wp.array2d(dtype=float), out: wp.array(dtype=float), k: int):           <L 51>
        // t = wp.tile_load(a, shape=(4, N))                                                      <L 52>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 4, 16>(var_a, var_4, var_5);
        // x = t[-1, -2]                                                                          <L 53>
        var_10 = wp::tile_extract(var_3, var_7, var_9);
        // y = t[k, 0]                                                                            <L 54>
        var_13 = (var_k < var_11);
        var_14 = wp::add(var_k, var_12);
        var_15 = wp::where(var_13, var_14, var_k);
        var_17 = wp::tile_extract(var_3, var_15, var_16);
        // row = t[-2]                                                                            <L 55>
        var_20 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3, var_19, var_21);
        // z = row[k]                                                                             <L 56>
        var_24 = (var_k < var_22);
        var_25 = wp::add(var_k, var_23);
        var_26 = wp::where(var_24, var_25, var_k);
        var_27 = wp::tile_extract(var_20, var_26);
        // view = wp.tile_view(t, offset=(1, 2), shape=(2, 8))                                    <L 57>
        var_30 = wp::tuple(var_28, var_29);
        var_33 = wp::tuple(var_31, var_32);
        var_34 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_3, var_35, var_36);
        // s = wp.tile_sum(view)                                                                  <L 58>
        var_37 = wp::tile_sum(var_34);
        // dst = wp.tile_zeros(shape=(4, N), dtype=float)                                         <L 59>
        var_39 = wp::tuple(var_38, var_1);
        var_40 = wp::tile_zeros<float, 4, 16>();
        // wp.tile_assign(dst, t)                                                                 <L 60>
        wp::tile_assign(var_40, var_3, var_41, var_42);
        // wp.tile_assign(dst, view, offset=(0, 4))                                               <L 61>
        var_45 = wp::tuple(var_43, var_44);
        wp::tile_assign(var_40, var_34, var_46, var_47);
        // out[0] = x + y + z                                                                     <L 62>
        var_48 = wp::add(var_10, var_17);
        var_49 = wp::add(var_48, var_27);
        wp::array_store(var_out, var_50, var_49);
        // wp.tile_store(out, s)                                                                  <L 63>
        wp::tile_store<wp::float32, true, false>(var_out, var_51, var_37);
    }
}



extern "C" __global__ void indices_d866e2de_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_k,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::int32 adj_k)
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = -1;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = -2;
        const wp::int32 var_9 = 14;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 4;
        bool var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        const wp::int32 var_18 = -2;
        const wp::int32 var_19 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_20 = nullptr;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 16;
        bool var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 2;
        const wp::int32 var_32 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_33;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_34 = nullptr;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_37 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_38 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_39;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_40 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        const wp::int32 var_44 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 4;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 0;
        const wp::int32 var_51 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_20 = var_20;
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_33 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>& adj_34 = var_34;
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_37{};
        wp::int32 adj_38 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_39 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true>& adj_40 = var_40;
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        //---------
        // forward
        // def indices(a: wp.array2d(dtype=float), out: wp.array(dtype=float), k: int):           <L 51>
        // t = wp.tile_load(a, shape=(4, N))                                                      <L 52>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 4, 16>(var_a, var_4, var_5);
        // x = t[-1, -2]                                                                          <L 53>
        var_10 = wp::tile_extract(var_3, var_7, var_9);
        // y = t[k, 0]                                                                            <L 54>
        var_13 = (var_k < var_11);
        var_14 = wp::add(var_k, var_12);
        var_15 = wp::where(var_13, var_14, var_k);
        var_17 = wp::tile_extract(var_3, var_15, var_16);
        // row = t[-2]                                                                            <L 55>
        var_20 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3, var_19, var_21);
        // z = row[k]                                                                             <L 56>
        var_24 = (var_k < var_22);
        var_25 = wp::add(var_k, var_23);
        var_26 = wp::where(var_24, var_25, var_k);
        var_27 = wp::tile_extract(var_20, var_26);
        // view = wp.tile_view(t, offset=(1, 2), shape=(2, 8))                                    <L 57>
        var_30 = wp::tuple(var_28, var_29);
        var_33 = wp::tuple(var_31, var_32);
        var_34 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_3, var_35, var_36);
        // s = wp.tile_sum(view)                                                                  <L 58>
        var_37 = wp::tile_sum(var_34);
        // dst = wp.tile_zeros(shape=(4, N), dtype=float)                                         <L 59>
        var_39 = wp::tuple(var_38, var_1);
        var_40 = wp::tile_zeros<float, 4, 16>();
        // wp.tile_assign(dst, t)                                                                 <L 60>
        wp::tile_assign(var_40, var_3, var_41, var_42);
        // wp.tile_assign(dst, view, offset=(0, 4))                                               <L 61>
        var_45 = wp::tuple(var_43, var_44);
        wp::tile_assign(var_40, var_34, var_46, var_47);
        // out[0] = x + y + z                                                                     <L 62>
        var_48 = wp::add(var_10, var_17);
        var_49 = wp::add(var_48, var_27);
        // wp::array_store(var_out, var_50, var_49);
        // wp.tile_store(out, s)                                                                  <L 63>
        // wp::tile_store<wp::float32, true, false>(var_out, var_51, var_37);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_51, var_37, adj_out, adj_51, adj_37);
        // adj: wp.tile_store(out, s)                                                             <L 63>
        wp::adj_array_store(var_out, var_50, var_49, adj_out, adj_50, adj_49);
        wp::adj_add(var_48, var_27, adj_48, adj_27, adj_49);
        wp::adj_add(var_10, var_17, adj_10, adj_17, adj_48);
        // adj: out[0] = x + y + z                                                                <L 62>
        wp::adj_tile_assign(var_40, var_34, var_46, var_47, adj_40, adj_34, adj_46, adj_47);
        // adj: wp.tile_assign(dst, view, offset=(0, 4))                                          <L 61>
        wp::adj_tile_assign(var_40, var_3, var_41, var_42, adj_40, adj_3, adj_41, adj_42);
        // adj: wp.tile_assign(dst, t)                                                            <L 60>
        // adj: dst = wp.tile_zeros(shape=(4, N), dtype=float)                                    <L 59>
        wp::adj_tile_sum(var_34, adj_34, adj_37);
        // adj: s = wp.tile_sum(view)                                                             <L 58>
        // adj: view = wp.tile_view(t, offset=(1, 2), shape=(2, 8))                               <L 57>
        wp::adj_tile_extract(var_20, var_26, adj_20, adj_26, adj_27);
        wp::adj_where(var_24, var_25, var_k, adj_24, adj_25, adj_k, adj_26);
        wp::adj_add(var_k, var_23, adj_k, adj_23, adj_25);
        // adj: z = row[k]                                                                        <L 56>
        // adj: row = t[-2]                                                                       <L 55>
        wp::adj_tile_extract(var_3, var_15, var_16, adj_3, adj_15, adj_16, adj_17);
        wp::adj_where(var_13, var_14, var_k, adj_13, adj_14, adj_k, adj_15);
        wp::adj_add(var_k, var_12, adj_k, adj_12, adj_14);
        // adj: y = t[k, 0]                                                                       <L 54>
        wp::adj_tile_extract(var_3, var_7, var_9, adj_3, adj_7, adj_9, adj_10);
        // adj: x = t[-1, -2]                                                                     <L 53>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: t = wp.tile_load(a, shape=(4, N))                                                 <L 52>
        // adj: def indices(a: wp.array2d(dtype=float), out: wp.array(dtype=float), k: int):      <L 51>
        continue;
    }
}

