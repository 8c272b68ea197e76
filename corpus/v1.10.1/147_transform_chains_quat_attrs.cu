
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


// corpus/147_transform_chains_quat_attrs.py:4
static CUDA_CALLABLE void pose_error_0(
    wp::transform_t<wp::float32> var_a,
    wp::transform_t<wp::float32> var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def pose_error(a: wp.transform, b: wp.transform):                                      <L 5>
    // dp = wp.transform_get_translation(a) - wp.transform_get_translation(b)                 <L 6>
    var_0 = wp::transform_get_translation(var_a);
    var_1 = wp::transform_get_translation(var_b);
    var_2 = wp::sub(var_0, var_1);
    // dq = wp.transform_get_rotation(a) * wp.quat_inverse(wp.transform_get_rotation(b))       <L 7>
    var_3 = wp::transform_get_rotation(var_a);
    var_4 = wp::transform_get_rotation(var_b);
    var_5 = wp::quat_inverse(var_4);
    var_6 = wp::mul(var_3, var_5);
    // ang = 2.0 * wp.acos(wp.clamp(wp.abs(dq[3]), 0.0, 1.0))                                 <L 8>
    var_9 = wp::extract(var_6, var_8);
    var_10 = wp::abs(var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    var_14 = wp::acos(var_13);
    var_15 = wp::mul(var_7, var_14);
    // return wp.length(dp), ang                                                              <L 9>
    var_16 = wp::length(var_2);
    ret_0 = var_16;
    ret_1 = var_15;
    return;
}


// corpus/147_transform_chains_quat_attrs.py:4
static CUDA_CALLABLE void adj_pose_error_0(
    wp::transform_t<wp::float32> var_a,
    wp::transform_t<wp::float32> var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::transform_t<wp::float32> & adj_a,
    wp::transform_t<wp::float32> & adj_b,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def pose_error(a: wp.transform, b: wp.transform):                                      <L 5>
    // dp = wp.transform_get_translation(a) - wp.transform_get_translation(b)                 <L 6>
    var_0 = wp::transform_get_translation(var_a);
    var_1 = wp::transform_get_translation(var_b);
    var_2 = wp::sub(var_0, var_1);
    // dq = wp.transform_get_rotation(a) * wp.quat_inverse(wp.transform_get_rotation(b))       <L 7>
    var_3 = wp::transform_get_rotation(var_a);
    var_4 = wp::transform_get_rotation(var_b);
    var_5 = wp::quat_inverse(var_4);
    var_6 = wp::mul(var_3, var_5);
    // ang = 2.0 * wp.acos(wp.clamp(wp.abs(dq[3]), 0.0, 1.0))                                 <L 8>
    var_9 = wp::extract(var_6, var_8);
    var_10 = wp::abs(var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    var_14 = wp::acos(var_13);
    var_15 = wp::mul(var_7, var_14);
    // return wp.length(dp), ang                                                              <L 9>
    var_16 = wp::length(var_2);
    ret_0 = var_16;
    ret_1 = var_15;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret_1;
    adj_16 += adj_ret_0;
    wp::adj_length(var_2, var_16, adj_2, adj_16);
    // adj: return wp.length(dp), ang                                                         <L 9>
    wp::adj_mul(var_7, var_14, adj_7, adj_14, adj_15);
    wp::adj_acos(var_13, adj_13, adj_14);
    wp::adj_clamp(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_abs(var_9, adj_9, adj_10);
    wp::adj_extract(var_6, var_8, adj_6, adj_8, adj_9);
    // adj: ang = 2.0 * wp.acos(wp.clamp(wp.abs(dq[3]), 0.0, 1.0))                            <L 8>
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_quat_inverse(var_4, adj_4, adj_5);
    wp::adj_transform_get_rotation(var_b, adj_b, adj_4);
    wp::adj_transform_get_rotation(var_a, adj_a, adj_3);
    // adj: dq = wp.transform_get_rotation(a) * wp.quat_inverse(wp.transform_get_rotation(b))  <L 7>
    wp::adj_sub(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_transform_get_translation(var_b, adj_b, adj_1);
    wp::adj_transform_get_translation(var_a, adj_a, adj_0);
    // adj: dp = wp.transform_get_translation(a) - wp.transform_get_translation(b)            <L 6>
    // adj: def pose_error(a: wp.transform, b: wp.transform):                                 <L 5>
    return;
}



extern "C" __global__ void quat_components_aa29f624_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis)
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        wp::float32 var_9;
        const wp::int32 var_10 = 3;
        wp::float32 var_11;
        wp::vec_t<4, wp::float32> var_12;
        const wp::float32 var_13 = 1.0;
        const wp::int32 var_14 = 3;
        wp::float32 var_15;
        const wp::int32 var_16 = 3;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1e-12;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 3;
        //---------
        // forward
        // def quat_components(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec4), axis: wp.array(dtype=wp.vec3)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // r = q[i]                                                                               <L 15>
        var_1 = wp::address(var_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[i] = wp.vec4(r.x, r.y, r.z, r.w)                                                   <L 16>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_9 = wp::extract(var_2, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::vec_t<4, wp::float32>(var_5, var_7, var_9, var_11);
        wp::array_store(var_out, var_0, var_12);
        // s = wp.sqrt(wp.max(1.0 - r.w * r.w, 1.0e-12))                                          <L 17>
        var_15 = wp::extract(var_2, var_14);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::sub(var_13, var_18);
        var_21 = wp::max(var_19, var_20);
        var_22 = wp::sqrt(var_21);
        // axis[i] = wp.vec3(r.x / s, r.y / s, r.z / s)                                           <L 18>
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::div(var_24, var_22);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::div(var_27, var_22);
        var_30 = wp::extract(var_2, var_29);
        var_31 = wp::div(var_30, var_22);
        var_32 = wp::vec_t<3, wp::float32>(var_25, var_28, var_31);
        wp::array_store(var_axis, var_0, var_32);
        // r.w = -r.w                                                                             <L 19>
        var_34 = wp::extract(var_2, var_33);
        var_35 = wp::neg(var_34);
        wp::assign_inplace(var_2, var_36, var_35);
        // q[i] = r                                                                               <L 20>
        wp::array_store(var_q, var_0, var_2);
    }
}



extern "C" __global__ void quat_components_aa29f624_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axis)
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        const wp::int32 var_8 = 2;
        wp::float32 var_9;
        const wp::int32 var_10 = 3;
        wp::float32 var_11;
        wp::vec_t<4, wp::float32> var_12;
        const wp::float32 var_13 = 1.0;
        const wp::int32 var_14 = 3;
        wp::float32 var_15;
        const wp::int32 var_16 = 3;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1e-12;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<4, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        //---------
        // forward
        // def quat_components(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec4), axis: wp.array(dtype=wp.vec3)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // r = q[i]                                                                               <L 15>
        var_1 = wp::address(var_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[i] = wp.vec4(r.x, r.y, r.z, r.w)                                                   <L 16>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_9 = wp::extract(var_2, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::vec_t<4, wp::float32>(var_5, var_7, var_9, var_11);
        // wp::array_store(var_out, var_0, var_12);
        // s = wp.sqrt(wp.max(1.0 - r.w * r.w, 1.0e-12))                                          <L 17>
        var_15 = wp::extract(var_2, var_14);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::sub(var_13, var_18);
        var_21 = wp::max(var_19, var_20);
        var_22 = wp::sqrt(var_21);
        // axis[i] = wp.vec3(r.x / s, r.y / s, r.z / s)                                           <L 18>
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::div(var_24, var_22);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::div(var_27, var_22);
        var_30 = wp::extract(var_2, var_29);
        var_31 = wp::div(var_30, var_22);
        var_32 = wp::vec_t<3, wp::float32>(var_25, var_28, var_31);
        // wp::array_store(var_axis, var_0, var_32);
        // r.w = -r.w                                                                             <L 19>
        var_34 = wp::extract(var_2, var_33);
        var_35 = wp::neg(var_34);
        wp::assign_inplace(var_2, var_36, var_35);
        // q[i] = r                                                                               <L 20>
        // wp::array_store(var_q, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_q, var_0, var_2, adj_q, adj_0, adj_2);
        // adj: q[i] = r                                                                          <L 20>
        wp::adj_assign_inplace(var_2, var_36, var_35, adj_2, adj_36, adj_35);
        wp::adj_neg(var_34, adj_34, adj_35);
        wp::adj_extract(var_2, var_33, adj_2, adj_33, adj_34);
        // adj: r.w = -r.w                                                                        <L 19>
        wp::adj_array_store(var_axis, var_0, var_32, adj_axis, adj_0, adj_32);
        wp::adj_vec_t(var_25, var_28, var_31, adj_25, adj_28, adj_31, adj_32);
        wp::adj_div(var_30, var_22, var_31, adj_30, adj_22, adj_31);
        wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
        wp::adj_div(var_27, var_22, var_28, adj_27, adj_22, adj_28);
        wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
        wp::adj_div(var_24, var_22, var_25, adj_24, adj_22, adj_25);
        wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_24);
        // adj: axis[i] = wp.vec3(r.x / s, r.y / s, r.z / s)                                      <L 18>
        wp::adj_sqrt(var_21, var_22, adj_21, adj_22);
        wp::adj_max(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_sub(var_13, var_18, adj_13, adj_18, adj_19);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: s = wp.sqrt(wp.max(1.0 - r.w * r.w, 1.0e-12))                                     <L 17>
        wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
        wp::adj_vec_t(var_5, var_7, var_9, var_11, adj_5, adj_7, adj_9, adj_11, adj_12);
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: out[i] = wp.vec4(r.x, r.y, r.z, r.w)                                              <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_1);
        // adj: r = q[i]                                                                          <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def quat_components(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec4), axis: wp.array(dtype=wp.vec3)):  <L 13>
        continue;
    }
}



extern "C" __global__ void compare_poses_71c090c8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_a,
    wp::array_t<wp::transform_t<wp::float32>> var_b,
    wp::array_t<wp::float32> var_lin,
    wp::array_t<wp::float32> var_ang,
    wp::array_t<wp::float32> var_worst)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32>* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        //---------
        // forward
        // def compare_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), lin: wp.array(dtype=float), ang: wp.array(dtype=float), worst: wp.array(dtype=float)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // e_lin, e_ang = pose_error(a[i], b[i])                                                  <L 26>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        pose_error_0(var_5, var_6, var_3, var_4);
        // lin[i] = e_lin                                                                         <L 27>
        wp::array_store(var_lin, var_0, var_3);
        // ang[i] = e_ang                                                                         <L 28>
        wp::array_store(var_ang, var_0, var_4);
        // wp.atomic_max(worst, 0, e_lin)                                                         <L 29>
        var_8 = wp::atomic_max(var_worst, var_7, var_3);
        // wp.atomic_max(worst, 1, e_ang)                                                         <L 30>
        var_10 = wp::atomic_max(var_worst, var_9, var_4);
    }
}



extern "C" __global__ void compare_poses_71c090c8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_a,
    wp::array_t<wp::transform_t<wp::float32>> var_b,
    wp::array_t<wp::float32> var_lin,
    wp::array_t<wp::float32> var_ang,
    wp::array_t<wp::float32> var_worst,
    wp::array_t<wp::transform_t<wp::float32>> adj_a,
    wp::array_t<wp::transform_t<wp::float32>> adj_b,
    wp::array_t<wp::float32> adj_lin,
    wp::array_t<wp::float32> adj_ang,
    wp::array_t<wp::float32> adj_worst)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32>* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def compare_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), lin: wp.array(dtype=float), ang: wp.array(dtype=float), worst: wp.array(dtype=float)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // e_lin, e_ang = pose_error(a[i], b[i])                                                  <L 26>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        pose_error_0(var_5, var_6, var_3, var_4);
        // lin[i] = e_lin                                                                         <L 27>
        // wp::array_store(var_lin, var_0, var_3);
        // ang[i] = e_ang                                                                         <L 28>
        // wp::array_store(var_ang, var_0, var_4);
        // wp.atomic_max(worst, 0, e_lin)                                                         <L 29>
        // var_8 = wp::atomic_max(var_worst, var_7, var_3);
        // wp.atomic_max(worst, 1, e_ang)                                                         <L 30>
        // var_10 = wp::atomic_max(var_worst, var_9, var_4);
        //---------
        // reverse
        wp::adj_atomic_max(var_worst, var_9, var_4, adj_worst, adj_9, adj_4, adj_10);
        // adj: wp.atomic_max(worst, 1, e_ang)                                                    <L 30>
        wp::adj_atomic_max(var_worst, var_7, var_3, adj_worst, adj_7, adj_3, adj_8);
        // adj: wp.atomic_max(worst, 0, e_lin)                                                    <L 29>
        wp::adj_array_store(var_ang, var_0, var_4, adj_ang, adj_0, adj_4);
        // adj: ang[i] = e_ang                                                                    <L 28>
        wp::adj_array_store(var_lin, var_0, var_3, adj_lin, adj_0, adj_3);
        // adj: lin[i] = e_lin                                                                    <L 27>
        adj_pose_error_0(var_5, var_6, var_3, var_4, adj_1, adj_2, adj_3, adj_4);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: e_lin, e_ang = pose_error(a[i], b[i])                                             <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def compare_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), lin: wp.array(dtype=float), ang: wp.array(dtype=float), worst: wp.array(dtype=float)):  <L 24>
        continue;
    }
}



extern "C" __global__ void compose_chain_b8bf4054_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_local,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::transform_t<wp::float32>> var_world,
    wp::array_t<wp::int32> var_depth)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 64;
        bool var_21;
        wp::transform_t<wp::float32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        //---------
        // forward
        // def compose_chain(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), world: wp.array(dtype=wp.transform), depth: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // X = local[i]                                                                           <L 36>
        var_1 = wp::address(var_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // j = parent[i]                                                                          <L 37>
        var_4 = wp::address(var_parent, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = int(0)                                                                             <L 38>
        var_8 = wp::int(var_7);
        // while j >= 0:                                                                          <L 39>
        start_while_0:;
        var_10 = (var_5 >= var_9);
        if ((var_10) == false) goto end_while_0;
            // X = local[j] * X                                                                   <L 40>
            var_11 = wp::address(var_local, var_5);
            var_13 = wp::load(var_11);
            var_12 = wp::mul(var_13, var_2);
            // j = parent[j]                                                                      <L 41>
            var_14 = wp::address(var_parent, var_5);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // d += 1                                                                             <L 42>
            var_19 = wp::add(var_8, var_18);
            // if d > 64:                                                                         <L 43>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // break                                                                          <L 44>
                wp::assign(var_2, var_12);
                wp::assign(var_5, var_15);
                wp::assign(var_8, var_19);
                goto end_while_0;
            }
            var_22 = wp::where(var_21, var_2, var_12);
            var_23 = wp::where(var_21, var_5, var_15);
            var_24 = wp::where(var_21, var_8, var_19);
            wp::assign(var_2, var_22);
            wp::assign(var_5, var_23);
            wp::assign(var_8, var_24);
        goto start_while_0;
        end_while_0:;
        // world[i] = X                                                                           <L 45>
        wp::array_store(var_world, var_0, var_2);
        // depth[i] = d                                                                           <L 46>
        wp::array_store(var_depth, var_0, var_8);
    }
}



extern "C" __global__ void compose_chain_b8bf4054_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_local,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::transform_t<wp::float32>> var_world,
    wp::array_t<wp::int32> var_depth,
    wp::array_t<wp::transform_t<wp::float32>> adj_local,
    wp::array_t<wp::int32> adj_parent,
    wp::array_t<wp::transform_t<wp::float32>> adj_world,
    wp::array_t<wp::int32> adj_depth)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 64;
        bool var_21;
        wp::transform_t<wp::float32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::transform_t<wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::transform_t<wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def compose_chain(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), world: wp.array(dtype=wp.transform), depth: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // X = local[i]                                                                           <L 36>
        var_1 = wp::address(var_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // j = parent[i]                                                                          <L 37>
        var_4 = wp::address(var_parent, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = int(0)                                                                             <L 38>
        var_8 = wp::int(var_7);
        // while j >= 0:                                                                          <L 39>
        // world[i] = X                                                                           <L 45>
        // wp::array_store(var_world, var_0, var_2);
        // depth[i] = d                                                                           <L 46>
        // wp::array_store(var_depth, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_depth, var_0, var_8, adj_depth, adj_0, adj_8);
        // adj: depth[i] = d                                                                      <L 46>
        wp::adj_array_store(var_world, var_0, var_2, adj_world, adj_0, adj_2);
        // adj: world[i] = X                                                                      <L 45>
        start_while_0:;
        var_10 = (var_5 >= var_9);
        if ((var_10) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
        adj_24 = {};
            // X = local[j] * X                                                                   <L 40>
            var_11 = wp::address(var_local, var_5);
            var_13 = wp::load(var_11);
            var_12 = wp::mul(var_13, var_2);
            // j = parent[j]                                                                      <L 41>
            var_14 = wp::address(var_parent, var_5);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // d += 1                                                                             <L 42>
            var_19 = wp::add(var_8, var_18);
            // if d > 64:                                                                         <L 43>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // break                                                                          <L 44>
                wp::assign(var_2, var_12);
                wp::assign(var_5, var_15);
                wp::assign(var_8, var_19);
                goto end_while_0;
            }
            var_22 = wp::where(var_21, var_2, var_12);
            var_23 = wp::where(var_21, var_5, var_15);
            var_24 = wp::where(var_21, var_8, var_19);
            wp::assign(var_2, var_22);
            wp::assign(var_5, var_23);
            wp::assign(var_8, var_24);
            wp::adj_assign(var_8, var_24, adj_8, adj_24);
            wp::adj_assign(var_5, var_23, adj_5, adj_23);
            wp::adj_assign(var_2, var_22, adj_2, adj_22);
            wp::adj_where(var_21, var_8, var_19, adj_21, adj_8, adj_19, adj_24);
            wp::adj_where(var_21, var_5, var_15, adj_21, adj_5, adj_15, adj_23);
            wp::adj_where(var_21, var_2, var_12, adj_21, adj_2, adj_12, adj_22);
            if (var_21) {
                wp::adj_assign(var_8, var_19, adj_8, adj_19);
                wp::adj_assign(var_5, var_15, adj_5, adj_15);
                wp::adj_assign(var_2, var_12, adj_2, adj_12);
                // adj: break                                                                     <L 44>
            }
            // adj: if d > 64:                                                                    <L 43>
            wp::adj_add(var_8, var_18, adj_8, adj_18, adj_19);
            // adj: d += 1                                                                        <L 42>
            wp::adj_copy(var_16, adj_14, adj_15);
            wp::adj_address(var_parent, var_5, adj_parent, adj_5, adj_14);
            // adj: j = parent[j]                                                                 <L 41>
            wp::adj_mul(var_13, var_2, adj_11, adj_2, adj_12);
            wp::adj_address(var_local, var_5, adj_local, adj_5, adj_11);
            // adj: X = local[j] * X                                                              <L 40>
        goto start_while_0;
        end_while_0:;
        // adj: while j >= 0:                                                                     <L 39>
        wp::adj_int(var_7, adj_7, adj_8);
        // adj: d = int(0)                                                                        <L 38>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_parent, var_0, adj_parent, adj_0, adj_4);
        // adj: j = parent[i]                                                                     <L 37>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_local, var_0, adj_local, adj_0, adj_1);
        // adj: X = local[i]                                                                      <L 36>
        // adj: i = wp.tid()                                                                      <L 35>
        // adj: def compose_chain(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), world: wp.array(dtype=wp.transform), depth: wp.array(dtype=int)):  <L 34>
        continue;
    }
}



extern "C" __global__ void identities_2f1a7067_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_out_t,
    wp::array_t<wp::quat_t<wp::float32>> var_out_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v)
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
        wp::transform_t<wp::float32> var_1;
        wp::quat_t<wp::float32> var_2;
        const wp::int32 var_3 = 3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::transform_t<wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def identities(out_t: wp.array(dtype=wp.transform), out_q: wp.array(dtype=wp.quat), out_m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // t = wp.transform_identity()                                                            <L 52>
        var_1 = wp::transform_identity<wp::float32>();
        // q = wp.quat_identity()                                                                 <L 53>
        var_2 = wp::quat_identity<wp::float32>();
        // m = wp.identity(n=3, dtype=float)                                                      <L 54>
        var_4 = wp::identity<3, wp::float32>();
        // f = float(i)                                                                           <L 55>
        var_5 = wp::float(var_0);
        // t = wp.transform(wp.vec3(f, 0.0, 0.0), q) * t                                          <L 56>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::transform_t<wp::float32>(var_8, var_2);
        var_10 = wp::mul(var_9, var_1);
        // out_t[i] = t                                                                           <L 57>
        wp::array_store(var_out_t, var_0, var_10);
        // out_q[i] = q                                                                           <L 58>
        wp::array_store(var_out_q, var_0, var_2);
        // out_m[i] = m * f                                                                       <L 59>
        var_11 = wp::mul(var_4, var_5);
        wp::array_store(var_out_m, var_0, var_11);
        // out_v[i] = wp.transform_point(t, wp.vec3(1.0, 1.0, 1.0))                               <L 60>
        var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
        var_16 = wp::transform_point(var_10, var_15);
        wp::array_store(var_out_v, var_0, var_16);
    }
}



extern "C" __global__ void identities_2f1a7067_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_out_t,
    wp::array_t<wp::quat_t<wp::float32>> var_out_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v,
    wp::array_t<wp::transform_t<wp::float32>> adj_out_t,
    wp::array_t<wp::quat_t<wp::float32>> adj_out_q,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out_m,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_v)
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
        wp::transform_t<wp::float32> var_1;
        wp::quat_t<wp::float32> var_2;
        const wp::int32 var_3 = 3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::transform_t<wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::transform_t<wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        //---------
        // forward
        // def identities(out_t: wp.array(dtype=wp.transform), out_q: wp.array(dtype=wp.quat), out_m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // t = wp.transform_identity()                                                            <L 52>
        var_1 = wp::transform_identity<wp::float32>();
        // q = wp.quat_identity()                                                                 <L 53>
        var_2 = wp::quat_identity<wp::float32>();
        // m = wp.identity(n=3, dtype=float)                                                      <L 54>
        var_4 = wp::identity<3, wp::float32>();
        // f = float(i)                                                                           <L 55>
        var_5 = wp::float(var_0);
        // t = wp.transform(wp.vec3(f, 0.0, 0.0), q) * t                                          <L 56>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::transform_t<wp::float32>(var_8, var_2);
        var_10 = wp::mul(var_9, var_1);
        // out_t[i] = t                                                                           <L 57>
        // wp::array_store(var_out_t, var_0, var_10);
        // out_q[i] = q                                                                           <L 58>
        // wp::array_store(var_out_q, var_0, var_2);
        // out_m[i] = m * f                                                                       <L 59>
        var_11 = wp::mul(var_4, var_5);
        // wp::array_store(var_out_m, var_0, var_11);
        // out_v[i] = wp.transform_point(t, wp.vec3(1.0, 1.0, 1.0))                               <L 60>
        var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
        var_16 = wp::transform_point(var_10, var_15);
        // wp::array_store(var_out_v, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_out_v, var_0, var_16, adj_out_v, adj_0, adj_16);
        wp::adj_transform_point(var_10, var_15, adj_10, adj_15, adj_16);
        wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
        // adj: out_v[i] = wp.transform_point(t, wp.vec3(1.0, 1.0, 1.0))                          <L 60>
        wp::adj_array_store(var_out_m, var_0, var_11, adj_out_m, adj_0, adj_11);
        wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_11);
        // adj: out_m[i] = m * f                                                                  <L 59>
        wp::adj_array_store(var_out_q, var_0, var_2, adj_out_q, adj_0, adj_2);
        // adj: out_q[i] = q                                                                      <L 58>
        wp::adj_array_store(var_out_t, var_0, var_10, adj_out_t, adj_0, adj_10);
        // adj: out_t[i] = t                                                                      <L 57>
        wp::adj_mul(var_9, var_1, adj_9, adj_1, adj_10);
        wp::adj_transform_t(var_8, var_2, adj_8, adj_2, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: t = wp.transform(wp.vec3(f, 0.0, 0.0), q) * t                                     <L 56>
        wp::adj_float(var_0, adj_0, adj_5);
        // adj: f = float(i)                                                                      <L 55>
        // adj: m = wp.identity(n=3, dtype=float)                                                 <L 54>
        // adj: q = wp.quat_identity()                                                            <L 53>
        // adj: t = wp.transform_identity()                                                       <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def identities(out_t: wp.array(dtype=wp.transform), out_q: wp.array(dtype=wp.quat), out_m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3)):  <L 50>
        continue;
    }
}



extern "C" __global__ void transform_points_3d_19d7be48_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def transform_points_3d(t: wp.array(dtype=wp.transform), pts: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 64>
        // b, j = wp.tid()                                                                        <L 65>
        builtin_tid2d(var_0, var_1);
        // X = t[b]                                                                               <L 66>
        var_2 = wp::address(var_t, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[b, j] = wp.transform_point(X, pts[b, j])                                           <L 67>
        var_5 = wp::address(var_pts, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_3, var_7);
        wp::array_store(var_out, var_0, var_1, var_6);
    }
}



extern "C" __global__ void transform_points_3d_19d7be48_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_t,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def transform_points_3d(t: wp.array(dtype=wp.transform), pts: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 64>
        // b, j = wp.tid()                                                                        <L 65>
        builtin_tid2d(var_0, var_1);
        // X = t[b]                                                                               <L 66>
        var_2 = wp::address(var_t, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[b, j] = wp.transform_point(X, pts[b, j])                                           <L 67>
        var_5 = wp::address(var_pts, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_3, var_7);
        // wp::array_store(var_out, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_6, adj_out, adj_0, adj_1, adj_6);
        wp::adj_transform_point(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_pts, var_0, var_1, adj_pts, adj_0, adj_1, adj_5);
        // adj: out[b, j] = wp.transform_point(X, pts[b, j])                                      <L 67>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_2);
        // adj: X = t[b]                                                                          <L 66>
        // adj: b, j = wp.tid()                                                                   <L 65>
        // adj: def transform_points_3d(t: wp.array(dtype=wp.transform), pts: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):  <L 64>
        continue;
    }
}

