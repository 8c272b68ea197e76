
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


// corpus/923_tile_func_grads.py:12
static CUDA_CALLABLE wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> scale_0(
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_t,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    //---------
    // forward
    // def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):                              <L 13>
    // return t * s                                                                           <L 14>
    var_0 = wp::tile_mul(var_t, var_s);
    return var_0;
}


// corpus/923_tile_func_grads.py:22
static CUDA_CALLABLE wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> make_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    //---------
    // forward
    // def make(x: float) -> wp.tile(dtype=float, shape=(N,)):                                <L 23>
    // return wp.tile_full(shape=N, value=x, dtype=float)                                     <L 24>
    var_1 = wp::tile_full<float, 16>(var_x);
    return var_1;
}


// corpus/923_tile_func_grads.py:0
static CUDA_CALLABLE wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> twice_0(
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_t)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    //---------
    // forward
    // def twice(t: Any):                                                                     <L 1>
    // return t + t                                                                           <L 2>
    var_0 = wp::tile_add(var_t, var_t);
    return var_0;
}


// corpus/923_tile_func_grads.py:32
static CUDA_CALLABLE wp::float32 trans_sum_0(
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_t)
{
    //---------
    // primal vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false> var_0 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_1 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    //---------
    // forward
    // def trans_sum(t: wp.tile(dtype=float, shape=(4, 8))) -> float:                         <L 33>
    // u = wp.tile_transpose(t)                                                               <L 34>
    var_0 = wp::tile_transpose(var_t);
    // return wp.tile_sum(u)[0]                                                               <L 35>
    var_1 = wp::tile_sum(var_0);
    var_3 = wp::tile_extract(var_1, var_2);
    return var_3;
}


// corpus/923_tile_func_grads.py:17
static CUDA_CALLABLE void adj_scale_0(
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_t,
    wp::float32 var_s,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> & adj_t,
    wp::float32 & adj_s,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> & var_adj_ret)
{
	// user-defined adjoint code
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    //---------
    // forward
    // def adj_scale(t: wp.tile(dtype=float, shape=(N,)), s: float, adj_ret: wp.tile(dtype=float, shape=(N,))):       <L 18>
    // wp.adjoint[t] += adj_ret * s                                                           <L 19>
    var_0 = wp::tile_mul(var_adj_ret, var_s);
    var_1 = wp::tile_mul(var_adj_ret, var_s);
    var_2 = wp::tile_add(adj_t, var_1);
    adj_t = var_2;
}


// corpus/923_tile_func_grads.py:22
static CUDA_CALLABLE void adj_make_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1(0.0);
    //---------
    // forward
    // def make(x: float) -> wp.tile(dtype=float, shape=(N,)):                                <L 23>
    // return wp.tile_full(shape=N, value=x, dtype=float)                                     <L 24>
    var_1 = wp::tile_full<float, 16>(var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    // adj: return wp.tile_full(shape=N, value=x, dtype=float)                                <L 24>
    // adj: def make(x: float) -> wp.tile(dtype=float, shape=(N,)):                           <L 23>
    return;
}


// corpus/923_tile_func_grads.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_t,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> & adj_t,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> & adj_ret)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    //---------
    // dual vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_0(0.0);
    //---------
    // forward
    // def twice(t: Any):                                                                     <L 1>
    // return t + t                                                                           <L 2>
    var_0 = wp::tile_add(var_t, var_t);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_tile_add(var_t, var_t, adj_t, adj_t, adj_0);
    // adj: return t + t                                                                      <L 2>
    // adj: def twice(t: Any):                                                                <L 1>
    return;
}


// corpus/923_tile_func_grads.py:32
static CUDA_CALLABLE void adj_trans_sum_0(
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_t,
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false> var_0 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_1 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false>& adj_0 = var_0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_1 = var_1;
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def trans_sum(t: wp.tile(dtype=float, shape=(4, 8))) -> float:                         <L 33>
    // u = wp.tile_transpose(t)                                                               <L 34>
    var_0 = wp::tile_transpose(var_t);
    // return wp.tile_sum(u)[0]                                                               <L 35>
    var_1 = wp::tile_sum(var_0);
    var_3 = wp::tile_extract(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_tile_extract(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_tile_sum(var_0, adj_0, adj_1);
    // adj: return wp.tile_sum(u)[0]                                                          <L 35>
    wp::adj_tile_transpose(var_t, adj_t, adj_0);
    // adj: u = wp.tile_transpose(t)                                                          <L 34>
    // adj: def trans_sum(t: wp.tile(dtype=float, shape=(4, 8))) -> float:                    <L 33>
    return;
}



extern "C" __global__ void grads_c3635151_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::float32 var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_10 = 0;
        //---------
        // forward
        // def grads(a: wp.array(dtype=float)):                                                   <L 39>
        // t = wp.tile_load(a, shape=N)                                                           <L 40>
        var_1 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // u = scale(t, 2.0)                                                                      <L 41>
        var_4 = scale_0(var_1, var_3);
        // v = make(a[0])                                                                         <L 42>
        var_6 = wp::address(var_a, var_5);
        var_8 = wp::load(var_6);
        var_7 = make_0(var_8);
        // print(v)                                                                               <L 43>
        wp::print(var_7);
        // wp.tile_store(a, u + v)                                                                <L 44>
        var_9 = wp::tile_add(var_4, var_7);
        wp::tile_store<wp::float32, true>(var_a, var_10, var_9);
    }
}



extern "C" __global__ void grads_c3635151_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::float32 var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_10 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1(0.0);
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4(0.0);
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7(0.0);
        wp::float32 adj_8 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9(0.0);
        wp::int32 adj_10 = {};
        //---------
        // forward
        // def grads(a: wp.array(dtype=float)):                                                   <L 39>
        // t = wp.tile_load(a, shape=N)                                                           <L 40>
        var_1 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // u = scale(t, 2.0)                                                                      <L 41>
        var_4 = scale_0(var_1, var_3);
        // v = make(a[0])                                                                         <L 42>
        var_6 = wp::address(var_a, var_5);
        var_8 = wp::load(var_6);
        var_7 = make_0(var_8);
        // print(v)                                                                               <L 43>
        wp::print(var_7);
        // wp.tile_store(a, u + v)                                                                <L 44>
        var_9 = wp::tile_add(var_4, var_7);
        // wp::tile_store<wp::float32, true>(var_a, var_10, var_9);
        //---------
        // reverse
        wp::adj_tile_store(var_a, var_10, var_9, adj_a, adj_10, adj_9);
        wp::adj_tile_add(var_4, var_7, adj_4, adj_7, adj_9);
        // adj: wp.tile_store(a, u + v)                                                           <L 44>
        wp::adj_print(var_7, adj_7);
        // adj: print(v)                                                                          <L 43>
        adj_make_0(var_8, adj_6, adj_7);
        wp::adj_address(var_a, var_5, adj_a, adj_5, adj_6);
        // adj: v = make(a[0])                                                                    <L 42>
        adj_scale_0(var_1, var_3, adj_1, adj_3, adj_4);
        // adj: u = scale(t, 2.0)                                                                 <L 41>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=N)                                                      <L 40>
        // adj: def grads(a: wp.array(dtype=float)):                                              <L 39>
        continue;
    }
}



extern "C" __global__ void generic_fd905a1b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>(0.0);
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        //---------
        // forward
        // def generic(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                   <L 48>
        // t = wp.tile_load(a, shape=(4, 8))                                                      <L 49>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 4, 8>(var_a, var_4, var_5);
        // u = twice(t)                                                                           <L 50>
        var_6 = twice_0(var_3);
        // s = trans_sum(u)                                                                       <L 51>
        var_7 = trans_sum_0(var_6);
        // v = wp.tile_load(a, shape=(2, 2))                                                      <L 52>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_load<wp::float32, true, 2, 2>(var_a, var_12, var_13);
        // w = twice(v)                                                                           <L 53>
        var_14 = twice_0(var_11);
        // out[0] = s + trans_sum(t)                                                              <L 54>
        var_15 = trans_sum_0(var_3);
        var_16 = wp::add(var_7, var_15);
        wp::array_store(var_out, var_17, var_16);
        // wp.tile_store(a, w)                                                                    <L 55>
        wp::tile_store<wp::float32, true>(var_a, var_18, var_19, var_14);
    }
}



extern "C" __global__ void generic_fd905a1b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>(0.0);
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_3(0.0);
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_6(0.0);
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> adj_11(0.0);
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_14(0.0);
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def generic(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                   <L 48>
        // t = wp.tile_load(a, shape=(4, 8))                                                      <L 49>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 4, 8>(var_a, var_4, var_5);
        // u = twice(t)                                                                           <L 50>
        var_6 = twice_0(var_3);
        // s = trans_sum(u)                                                                       <L 51>
        var_7 = trans_sum_0(var_6);
        // v = wp.tile_load(a, shape=(2, 2))                                                      <L 52>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_load<wp::float32, true, 2, 2>(var_a, var_12, var_13);
        // w = twice(v)                                                                           <L 53>
        var_14 = twice_0(var_11);
        // out[0] = s + trans_sum(t)                                                              <L 54>
        var_15 = trans_sum_0(var_3);
        var_16 = wp::add(var_7, var_15);
        // wp::array_store(var_out, var_17, var_16);
        // wp.tile_store(a, w)                                                                    <L 55>
        // wp::tile_store<wp::float32, true>(var_a, var_18, var_19, var_14);
        //---------
        // reverse
        wp::adj_tile_store(var_a, var_18, var_19, var_14, adj_a, adj_18, adj_19, adj_14);
        // adj: wp.tile_store(a, w)                                                               <L 55>
        wp::adj_array_store(var_out, var_17, var_16, adj_out, adj_17, adj_16);
        wp::adj_add(var_7, var_15, adj_7, adj_15, adj_16);
        adj_trans_sum_0(var_3, adj_3, adj_15);
        // adj: out[0] = s + trans_sum(t)                                                         <L 54>
        adj_twice_0(var_11, adj_11, adj_14);
        // adj: w = twice(v)                                                                      <L 53>
        wp::adj_tile_load(var_a, var_12, var_13, adj_a, adj_12, adj_13, adj_11);
        // adj: v = wp.tile_load(a, shape=(2, 2))                                                 <L 52>
        adj_trans_sum_0(var_6, adj_6, adj_7);
        // adj: s = trans_sum(u)                                                                  <L 51>
        adj_twice_0(var_3, adj_3, adj_6);
        // adj: u = twice(t)                                                                      <L 50>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: t = wp.tile_load(a, shape=(4, 8))                                                 <L 49>
        // adj: def generic(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):              <L 48>
        continue;
    }
}

