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


// corpus/513_custom_gradients.py:4
static CUDA_CALLABLE void polar_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def polar(x: float, y: float):                                                         <L 5>
    // r = wp.sqrt(x * x + y * y)                                                             <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::sqrt(var_2);
    // return r, wp.atan2(y, x)                                                               <L 7>
    var_4 = wp::atan2(var_y, var_x);
    ret_0 = var_3;
    ret_1 = var_4;
    return;
}


// corpus/513_custom_gradients.py:19
static CUDA_CALLABLE wp::vec_t<3, wp::float32> clip_grad_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    //---------
    // forward
    // def clip_grad(v: wp.vec3):                                                             <L 20>
    // return v                                                                               <L 21>
    return var_v;
}


// corpus/513_custom_gradients.py:10
static CUDA_CALLABLE void adj_polar_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & var_adj_r,
    wp::float32 & var_adj_theta)
{
	// user-defined adjoint code
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1e-12;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def adj_polar(x: float, y: float, adj_r: float, adj_theta: float):                     <L 11>
    // r2 = x * x + y * y                                                                     <L 12>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    // if r2 > 1.0e-12:                                                                       <L 13>
    var_4 = (var_2 > var_3);
    if (var_4) {
        // r = wp.sqrt(r2)                                                                    <L 14>
        var_5 = wp::sqrt(var_2);
        // wp.adjoint[x] += adj_r * x / r - adj_theta * y / r2                                <L 15>
        var_6 = wp::mul(var_adj_r, var_x);
        var_7 = wp::div(var_6, var_5);
        var_8 = wp::mul(var_adj_theta, var_y);
        var_9 = wp::div(var_8, var_2);
        var_10 = wp::sub(var_7, var_9);
        var_11 = wp::add(adj_x, var_10);
        adj_x = var_11;
        // wp.adjoint[y] += adj_r * y / r + adj_theta * x / r2                                <L 16>
        var_12 = wp::mul(var_adj_r, var_y);
        var_13 = wp::div(var_12, var_5);
        var_14 = wp::mul(var_adj_theta, var_x);
        var_15 = wp::div(var_14, var_2);
        var_16 = wp::add(var_13, var_15);
        var_17 = wp::add(adj_y, var_16);
        adj_y = var_17;
    }
}


// corpus/513_custom_gradients.py:24
static CUDA_CALLABLE void adj_clip_grad_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & var_adj_ret)
{
	// user-defined adjoint code
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::float32 var_2 = -1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::float32 var_7 = -1.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def adj_clip_grad(v: wp.vec3, adj_ret: wp.vec3):                                       <L 25>
    // wp.adjoint[v] = wp.vec3(wp.clamp(adj_ret[0], -1.0, 1.0), wp.clamp(adj_ret[1], -1.0, 1.0), wp.clamp(adj_ret[2], -1.0, 1.0))       <L 26>
    var_1 = wp::extract(var_adj_ret, var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    var_6 = wp::extract(var_adj_ret, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    var_11 = wp::extract(var_adj_ret, var_10);
    var_14 = wp::clamp(var_11, var_12, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_4, var_9, var_14);
    adj_v = var_15;
}



extern "C" __global__ void k_fcfb9d8f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
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
        wp::vec_t<2, wp::float32>* var_1;
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // r, t = polar(p[i][0], p[i][1])                                                         <L 32>
        var_1 = wp::address(var_p, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::address(var_p, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        polar_0(var_3, var_7, var_9, var_10);
        // w = clip_grad(v[i])                                                                    <L 33>
        var_11 = wp::address(var_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = clip_grad_0(var_13);
        // out[i] = r * t + wp.length(w)                                                          <L 34>
        var_14 = wp::mul(var_9, var_10);
        var_15 = wp::length(var_12);
        var_16 = wp::add(var_14, var_15);
        wp::array_store(var_out, var_0, var_16);
    }
}



extern "C" __global__ void k_fcfb9d8f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
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
        wp::vec_t<2, wp::float32>* var_1;
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // r, t = polar(p[i][0], p[i][1])                                                         <L 32>
        var_1 = wp::address(var_p, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::address(var_p, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        polar_0(var_3, var_7, var_9, var_10);
        // w = clip_grad(v[i])                                                                    <L 33>
        var_11 = wp::address(var_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = clip_grad_0(var_13);
        // out[i] = r * t + wp.length(w)                                                          <L 34>
        var_14 = wp::mul(var_9, var_10);
        var_15 = wp::length(var_12);
        var_16 = wp::add(var_14, var_15);
        // wp::array_store(var_out, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_length(var_12, var_15, adj_12, adj_15);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_14);
        // adj: out[i] = r * t + wp.length(w)                                                     <L 34>
        adj_clip_grad_0(var_13, adj_11, adj_12);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_11);
        // adj: w = clip_grad(v[i])                                                               <L 33>
        adj_polar_0(var_3, var_7, adj_3, adj_7, adj_9, adj_10);
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_5);
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: r, t = polar(p[i][0], p[i][1])                                                    <L 32>
        // adj: i = wp.tid()                                                                      <L 31>
        // adj: def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 30>
        continue;
    }
}

