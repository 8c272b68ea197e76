
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


// corpus/508_funcs_named_like_warp_library.py:9
static CUDA_CALLABLE wp::vec_t<3, wp::float32> transform_compose_3(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def transform_compose(p: wp.vec3, s: float):                                           <L 10>
    // return p * s                                                                           <L 11>
    var_0 = wp::mul(var_p, var_s);
    return var_0;
}


// corpus/508_funcs_named_like_warp_library.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> quat_to_rpy_0(
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat):                                                           <L 15>
    // return wp.vec3(q[0], q[1], q[2])                                                       <L 16>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    return var_6;
}


// corpus/508_funcs_named_like_warp_library.py:4
static CUDA_CALLABLE wp::float32 norm_l2_1(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def norm_l2(v: wp.vec3):                                                               <L 5>
    // return wp.sqrt(wp.dot(v, v))                                                           <L 6>
    var_0 = wp::dot(var_v, var_v);
    var_1 = wp::sqrt(var_0);
    return var_1;
}


// corpus/508_funcs_named_like_warp_library.py:9
static CUDA_CALLABLE void adj_transform_compose_3(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_s,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def transform_compose(p: wp.vec3, s: float):                                           <L 10>
    // return p * s                                                                           <L 11>
    var_0 = wp::mul(var_p, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_p, var_s, adj_p, adj_s, adj_0);
    // adj: return p * s                                                                      <L 11>
    // adj: def transform_compose(p: wp.vec3, s: float):                                      <L 10>
    return;
}


// corpus/508_funcs_named_like_warp_library.py:14
static CUDA_CALLABLE void adj_quat_to_rpy_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat):                                                           <L 15>
    // return wp.vec3(q[0], q[1], q[2])                                                       <L 16>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: return wp.vec3(q[0], q[1], q[2])                                                  <L 16>
    // adj: def quat_to_rpy(q: wp.quat):                                                      <L 15>
    return;
}


// corpus/508_funcs_named_like_warp_library.py:4
static CUDA_CALLABLE void adj_norm_l2_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
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
    // def norm_l2(v: wp.vec3):                                                               <L 5>
    // return wp.sqrt(wp.dot(v, v))                                                           <L 6>
    var_0 = wp::dot(var_v, var_v);
    var_1 = wp::sqrt(var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sqrt(var_0, var_1, adj_0, adj_1);
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: return wp.sqrt(wp.dot(v, v))                                                      <L 6>
    // adj: def norm_l2(v: wp.vec3):                                                          <L 5>
    return;
}



extern "C" __global__ void k_b479d0f1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
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
        const wp::float32 var_2 = 2.0;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::quat_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=float)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // out[i] = norm_l2(transform_compose(a[i], 2.0) + quat_to_rpy(q[i]))                     <L 22>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = transform_compose_3(var_4, var_2);
        var_5 = wp::address(var_q, var_0);
        var_7 = wp::load(var_5);
        var_6 = quat_to_rpy_0(var_7);
        var_8 = wp::add(var_3, var_6);
        var_9 = norm_l2_1(var_8);
        wp::array_store(var_out, var_0, var_9);
    }
}



extern "C" __global__ void k_b479d0f1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
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
        const wp::float32 var_2 = 2.0;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::quat_t<wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::quat_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=float)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // out[i] = norm_l2(transform_compose(a[i], 2.0) + quat_to_rpy(q[i]))                     <L 22>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = transform_compose_3(var_4, var_2);
        var_5 = wp::address(var_q, var_0);
        var_7 = wp::load(var_5);
        var_6 = quat_to_rpy_0(var_7);
        var_8 = wp::add(var_3, var_6);
        var_9 = norm_l2_1(var_8);
        // wp::array_store(var_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
        adj_norm_l2_1(var_8, adj_8, adj_9);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_8);
        adj_quat_to_rpy_0(var_7, adj_5, adj_6);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_5);
        adj_transform_compose_3(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: out[i] = norm_l2(transform_compose(a[i], 2.0) + quat_to_rpy(q[i]))                <L 22>
        // adj: i = wp.tid()                                                                      <L 21>
        // adj: def k(a: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=float)):  <L 20>
        continue;
    }
}

