
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


// corpus/801_param_shadows_constant.py:11
static CUDA_CALLABLE wp::float32 clamp_dist_0(
    wp::float32 var_d,
    wp::float32 var_epsilon)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def clamp_dist(d: float, epsilon: float):                                              <L 12>
    // return wp.max(d, epsilon)                                                              <L 13>
    var_0 = wp::max(var_d, var_epsilon);
    return var_0;
}


// corpus/801_param_shadows_constant.py:11
static CUDA_CALLABLE void adj_clamp_dist_0(
    wp::float32 var_d,
    wp::float32 var_epsilon,
    wp::float32 & adj_d,
    wp::float32 & adj_epsilon,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def clamp_dist(d: float, epsilon: float):                                              <L 12>
    // return wp.max(d, epsilon)                                                              <L 13>
    var_0 = wp::max(var_d, var_epsilon);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_max(var_d, var_epsilon, adj_d, adj_epsilon, adj_0);
    // adj: return wp.max(d, epsilon)                                                         <L 13>
    // adj: def clamp_dist(d: float, epsilon: float):                                         <L 12>
    return;
}



extern "C" __global__ void strided_fill_8ef6d181_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_start,
    wp::int32 var_end,
    wp::int32 var_step,
    wp::array_t<wp::int32> var_result)
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
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        //---------
        // forward
        // def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):        <L 17>
        // n = int(0)                                                                             <L 18>
        var_1 = wp::int(var_0);
        // for i in range(start, end, step):                                                      <L 19>
        var_2 = wp::range(var_start, var_end, var_step);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // result[n] = i                                                                      <L 20>
            wp::array_store(var_result, var_1, var_3);
            // n += 1                                                                             <L 21>
            var_6 = wp::add(var_1, var_5);
            wp::assign(var_1, var_6);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void strided_fill_8ef6d181_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_start,
    wp::int32 var_end,
    wp::int32 var_step,
    wp::array_t<wp::int32> var_result,
    wp::int32 adj_start,
    wp::int32 adj_end,
    wp::int32 adj_step,
    wp::array_t<wp::int32> adj_result)
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
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::range_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):        <L 17>
        // n = int(0)                                                                             <L 18>
        var_1 = wp::int(var_0);
        // for i in range(start, end, step):                                                      <L 19>
        var_2 = wp::range(var_start, var_end, var_step);
        //---------
        // reverse
        var_2 = wp::iter_reverse(var_2);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
        	adj_4 = {};
        	adj_5 = {};
        	adj_6 = {};
            // result[n] = i                                                                      <L 20>
            // wp::array_store(var_result, var_1, var_3);
            // n += 1                                                                             <L 21>
            var_6 = wp::add(var_1, var_5);
            wp::assign(var_1, var_6);
            wp::adj_assign(var_1, var_6, adj_1, adj_6);
            wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
            // adj: n += 1                                                                        <L 21>
            wp::adj_array_store(var_result, var_1, var_3, adj_result, adj_1, adj_3);
            // adj: result[n] = i                                                                 <L 20>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_start, var_end, var_step, adj_start, adj_end, adj_step, adj_2);
        // adj: for i in range(start, end, step):                                                 <L 19>
        wp::adj_int(var_0, adj_0, adj_1);
        // adj: n = int(0)                                                                        <L 18>
        // adj: def strided_fill(start: int, end: int, step: int, result: wp.array(dtype=int)):   <L 17>
        continue;
    }
}



extern "C" __global__ void scaled_a7e90f16_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs,
    wp::vec_t<3, wp::float32> var_scale,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        //---------
        // forward
        // def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):       <L 25>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // v = wp.cw_mul(xs[tid], scale)                                                          <L 27>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::cw_mul(var_3, var_scale);
        // out[tid] = clamp_dist(wp.length(v), 0.5)                                               <L 28>
        var_4 = wp::length(var_2);
        var_6 = clamp_dist_0(var_4, var_5);
        wp::array_store(var_out, var_0, var_6);
    }
}



extern "C" __global__ void scaled_a7e90f16_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs,
    wp::vec_t<3, wp::float32> var_scale,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_xs,
    wp::vec_t<3, wp::float32> adj_scale,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):       <L 25>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // v = wp.cw_mul(xs[tid], scale)                                                          <L 27>
        var_1 = wp::address(var_xs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::cw_mul(var_3, var_scale);
        // out[tid] = clamp_dist(wp.length(v), 0.5)                                               <L 28>
        var_4 = wp::length(var_2);
        var_6 = clamp_dist_0(var_4, var_5);
        // wp::array_store(var_out, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
        adj_clamp_dist_0(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        // adj: out[tid] = clamp_dist(wp.length(v), 0.5)                                          <L 28>
        wp::adj_cw_mul(var_3, var_scale, adj_1, adj_scale, adj_2);
        wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
        // adj: v = wp.cw_mul(xs[tid], scale)                                                     <L 27>
        // adj: tid = wp.tid()                                                                    <L 26>
        // adj: def scaled(xs: wp.array(dtype=wp.vec3), scale: wp.vec3, out: wp.array(dtype=float)):  <L 25>
        continue;
    }
}

