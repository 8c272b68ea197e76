
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


// corpus/089_gram_schmidt_frames.py:4
static CUDA_CALLABLE void orthonormalize_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.9;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def orthonormalize(a: wp.vec3, b: wp.vec3):                                            <L 5>
    // e1 = wp.normalize(a)                                                                   <L 6>
    var_0 = wp::normalize(var_a);
    // u2 = b - e1 * wp.dot(b, e1)                                                            <L 7>
    var_1 = wp::dot(var_b, var_0);
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::sub(var_b, var_2);
    // l2 = wp.length(u2)                                                                     <L 8>
    var_4 = wp::length(var_3);
    // if l2 < 1.0e-8:                                                                        <L 9>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // tmp = wp.vec3(1.0, 0.0, 0.0)                                                       <L 11>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        // if wp.abs(e1[0]) > 0.9:                                                            <L 12>
        var_12 = wp::extract(var_0, var_11);
        var_13 = wp::abs(var_12);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // tmp = wp.vec3(0.0, 1.0, 0.0)                                                   <L 13>
            var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
        }
        var_20 = wp::where(var_15, var_19, var_10);
        // u2 = tmp - e1 * wp.dot(tmp, e1)                                                    <L 14>
        var_21 = wp::dot(var_20, var_0);
        var_22 = wp::mul(var_0, var_21);
        var_23 = wp::sub(var_20, var_22);
        // l2 = wp.length(u2)                                                                 <L 15>
        var_24 = wp::length(var_23);
    }
    var_25 = wp::where(var_6, var_23, var_3);
    var_26 = wp::where(var_6, var_24, var_4);
    // e2 = u2 / l2                                                                           <L 16>
    var_27 = wp::div(var_25, var_26);
    // e3 = wp.cross(e1, e2)                                                                  <L 17>
    var_28 = wp::cross(var_0, var_27);
    // return e1, e2, e3                                                                      <L 18>
    ret_0 = var_0;
    ret_1 = var_27;
    ret_2 = var_28;
    return;
}


// corpus/089_gram_schmidt_frames.py:21
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> frame_matrix_0(
    wp::vec_t<3, wp::float32> var_e1,
    wp::vec_t<3, wp::float32> var_e2,
    wp::vec_t<3, wp::float32> var_e3)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    //---------
    // forward
    // def frame_matrix(e1: wp.vec3, e2: wp.vec3, e3: wp.vec3) -> wp.mat33:                   <L 22>
    // return wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])         <L 23>
    var_1 = wp::extract(var_e1, var_0);
    var_3 = wp::extract(var_e2, var_2);
    var_5 = wp::extract(var_e3, var_4);
    var_7 = wp::extract(var_e1, var_6);
    var_9 = wp::extract(var_e2, var_8);
    var_11 = wp::extract(var_e3, var_10);
    var_13 = wp::extract(var_e1, var_12);
    var_15 = wp::extract(var_e2, var_14);
    var_17 = wp::extract(var_e3, var_16);
    var_18 = wp::mat_t<3, 3, wp::float32>(var_1, var_3, var_5, var_7, var_9, var_11, var_13, var_15, var_17);
    return var_18;
}


// corpus/089_gram_schmidt_frames.py:4
static CUDA_CALLABLE void adj_orthonormalize_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.9;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def orthonormalize(a: wp.vec3, b: wp.vec3):                                            <L 5>
    // e1 = wp.normalize(a)                                                                   <L 6>
    var_0 = wp::normalize(var_a);
    // u2 = b - e1 * wp.dot(b, e1)                                                            <L 7>
    var_1 = wp::dot(var_b, var_0);
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::sub(var_b, var_2);
    // l2 = wp.length(u2)                                                                     <L 8>
    var_4 = wp::length(var_3);
    // if l2 < 1.0e-8:                                                                        <L 9>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // tmp = wp.vec3(1.0, 0.0, 0.0)                                                       <L 11>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        // if wp.abs(e1[0]) > 0.9:                                                            <L 12>
        var_12 = wp::extract(var_0, var_11);
        var_13 = wp::abs(var_12);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // tmp = wp.vec3(0.0, 1.0, 0.0)                                                   <L 13>
            var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
        }
        var_20 = wp::where(var_15, var_19, var_10);
        // u2 = tmp - e1 * wp.dot(tmp, e1)                                                    <L 14>
        var_21 = wp::dot(var_20, var_0);
        var_22 = wp::mul(var_0, var_21);
        var_23 = wp::sub(var_20, var_22);
        // l2 = wp.length(u2)                                                                 <L 15>
        var_24 = wp::length(var_23);
    }
    var_25 = wp::where(var_6, var_23, var_3);
    var_26 = wp::where(var_6, var_24, var_4);
    // e2 = u2 / l2                                                                           <L 16>
    var_27 = wp::div(var_25, var_26);
    // e3 = wp.cross(e1, e2)                                                                  <L 17>
    var_28 = wp::cross(var_0, var_27);
    // return e1, e2, e3                                                                      <L 18>
    ret_0 = var_0;
    ret_1 = var_27;
    ret_2 = var_28;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret_2;
    adj_27 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return e1, e2, e3                                                                 <L 18>
    wp::adj_cross(var_0, var_27, adj_0, adj_27, adj_28);
    // adj: e3 = wp.cross(e1, e2)                                                             <L 17>
    wp::adj_div(var_25, var_26, adj_25, adj_26, adj_27);
    // adj: e2 = u2 / l2                                                                      <L 16>
    wp::adj_where(var_6, var_24, var_4, adj_6, adj_24, adj_4, adj_26);
    wp::adj_where(var_6, var_23, var_3, adj_6, adj_23, adj_3, adj_25);
    if (var_6) {
        wp::adj_length(var_23, var_24, adj_23, adj_24);
        // adj: l2 = wp.length(u2)                                                            <L 15>
        wp::adj_sub(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_mul(var_0, var_21, adj_0, adj_21, adj_22);
        wp::adj_dot(var_20, var_0, adj_20, adj_0, adj_21);
        // adj: u2 = tmp - e1 * wp.dot(tmp, e1)                                               <L 14>
        wp::adj_where(var_15, var_19, var_10, adj_15, adj_19, adj_10, adj_20);
        if (var_15) {
            wp::adj_vec_t(var_16, var_17, var_18, adj_16, adj_17, adj_18, adj_19);
            // adj: tmp = wp.vec3(0.0, 1.0, 0.0)                                              <L 13>
        }
        wp::adj_abs(var_12, adj_12, adj_13);
        wp::adj_extract(var_0, var_11, adj_0, adj_11, adj_12);
        // adj: if wp.abs(e1[0]) > 0.9:                                                       <L 12>
        wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        // adj: tmp = wp.vec3(1.0, 0.0, 0.0)                                                  <L 11>
    }
    // adj: if l2 < 1.0e-8:                                                                   <L 9>
    wp::adj_length(var_3, var_4, adj_3, adj_4);
    // adj: l2 = wp.length(u2)                                                                <L 8>
    wp::adj_sub(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_dot(var_b, var_0, adj_b, adj_0, adj_1);
    // adj: u2 = b - e1 * wp.dot(b, e1)                                                       <L 7>
    wp::adj_normalize(var_a, var_0, adj_a, adj_0);
    // adj: e1 = wp.normalize(a)                                                              <L 6>
    // adj: def orthonormalize(a: wp.vec3, b: wp.vec3):                                       <L 5>
    return;
}


// corpus/089_gram_schmidt_frames.py:21
static CUDA_CALLABLE void adj_frame_matrix_0(
    wp::vec_t<3, wp::float32> var_e1,
    wp::vec_t<3, wp::float32> var_e2,
    wp::vec_t<3, wp::float32> var_e3,
    wp::vec_t<3, wp::float32> & adj_e1,
    wp::vec_t<3, wp::float32> & adj_e2,
    wp::vec_t<3, wp::float32> & adj_e3,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::mat_t<3, 3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def frame_matrix(e1: wp.vec3, e2: wp.vec3, e3: wp.vec3) -> wp.mat33:                   <L 22>
    // return wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])         <L 23>
    var_1 = wp::extract(var_e1, var_0);
    var_3 = wp::extract(var_e2, var_2);
    var_5 = wp::extract(var_e3, var_4);
    var_7 = wp::extract(var_e1, var_6);
    var_9 = wp::extract(var_e2, var_8);
    var_11 = wp::extract(var_e3, var_10);
    var_13 = wp::extract(var_e1, var_12);
    var_15 = wp::extract(var_e2, var_14);
    var_17 = wp::extract(var_e3, var_16);
    var_18 = wp::mat_t<3, 3, wp::float32>(var_1, var_3, var_5, var_7, var_9, var_11, var_13, var_15, var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_mat_t(var_1, var_3, var_5, var_7, var_9, var_11, var_13, var_15, var_17, adj_1, adj_3, adj_5, adj_7, adj_9, adj_11, adj_13, adj_15, adj_17, adj_18);
    wp::adj_extract(var_e3, var_16, adj_e3, adj_16, adj_17);
    wp::adj_extract(var_e2, var_14, adj_e2, adj_14, adj_15);
    wp::adj_extract(var_e1, var_12, adj_e1, adj_12, adj_13);
    wp::adj_extract(var_e3, var_10, adj_e3, adj_10, adj_11);
    wp::adj_extract(var_e2, var_8, adj_e2, adj_8, adj_9);
    wp::adj_extract(var_e1, var_6, adj_e1, adj_6, adj_7);
    wp::adj_extract(var_e3, var_4, adj_e3, adj_4, adj_5);
    wp::adj_extract(var_e2, var_2, adj_e2, adj_2, adj_3);
    wp::adj_extract(var_e1, var_0, adj_e1, adj_0, adj_1);
    // adj: return wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])    <L 23>
    // adj: def frame_matrix(e1: wp.vec3, e2: wp.vec3, e3: wp.vec3) -> wp.mat33:              <L 22>
    return;
}



extern "C" __global__ void tangent_frames_22eedc65_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_frames,
    wp::array_t<wp::float32> var_handedness)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = -1.0;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        //---------
        // forward
        // def tangent_frames(normals: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3), frames: wp.array(dtype=wp.mat33), handedness: wp.array(dtype=float)):       <L 27>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // n = normals[i]                                                                         <L 29>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t = tangents[i]                                                                        <L 30>
        var_4 = wp::address(var_tangents, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // e1, e2, e3 = orthonormalize(n, t)                                                      <L 31>
        orthonormalize_0(var_2, var_5, var_7, var_8, var_9);
        // frames[i] = frame_matrix(e2, e3, e1)                                                   <L 32>
        var_10 = frame_matrix_0(var_8, var_9, var_7);
        wp::array_store(var_frames, var_0, var_10);
        // handedness[i] = wp.where(wp.dot(wp.cross(n, t), e3) < 0.0, -1.0, 1.0)                  <L 33>
        var_11 = wp::cross(var_2, var_5);
        var_12 = wp::dot(var_11, var_9);
        var_14 = (var_12 < var_13);
        var_18 = wp::where(var_14, var_16, var_17);
        wp::array_store(var_handedness, var_0, var_18);
    }
}



extern "C" __global__ void tangent_frames_22eedc65_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_frames,
    wp::array_t<wp::float32> var_handedness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tangents,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_frames,
    wp::array_t<wp::float32> adj_handedness)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = -1.0;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        //---------
        // forward
        // def tangent_frames(normals: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3), frames: wp.array(dtype=wp.mat33), handedness: wp.array(dtype=float)):       <L 27>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // n = normals[i]                                                                         <L 29>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t = tangents[i]                                                                        <L 30>
        var_4 = wp::address(var_tangents, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // e1, e2, e3 = orthonormalize(n, t)                                                      <L 31>
        orthonormalize_0(var_2, var_5, var_7, var_8, var_9);
        // frames[i] = frame_matrix(e2, e3, e1)                                                   <L 32>
        var_10 = frame_matrix_0(var_8, var_9, var_7);
        // wp::array_store(var_frames, var_0, var_10);
        // handedness[i] = wp.where(wp.dot(wp.cross(n, t), e3) < 0.0, -1.0, 1.0)                  <L 33>
        var_11 = wp::cross(var_2, var_5);
        var_12 = wp::dot(var_11, var_9);
        var_14 = (var_12 < var_13);
        var_18 = wp::where(var_14, var_16, var_17);
        // wp::array_store(var_handedness, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_handedness, var_0, var_18, adj_handedness, adj_0, adj_18);
        wp::adj_where(var_14, var_16, var_17, adj_14, adj_16, adj_17, adj_18);
        wp::adj_dot(var_11, var_9, adj_11, adj_9, adj_12);
        wp::adj_cross(var_2, var_5, adj_2, adj_5, adj_11);
        // adj: handedness[i] = wp.where(wp.dot(wp.cross(n, t), e3) < 0.0, -1.0, 1.0)             <L 33>
        wp::adj_array_store(var_frames, var_0, var_10, adj_frames, adj_0, adj_10);
        adj_frame_matrix_0(var_8, var_9, var_7, adj_8, adj_9, adj_7, adj_10);
        // adj: frames[i] = frame_matrix(e2, e3, e1)                                              <L 32>
        adj_orthonormalize_0(var_2, var_5, var_7, var_8, var_9, adj_2, adj_5, adj_7, adj_8, adj_9);
        // adj: e1, e2, e3 = orthonormalize(n, t)                                                 <L 31>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_tangents, var_0, adj_tangents, adj_0, adj_4);
        // adj: t = tangents[i]                                                                   <L 30>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_1);
        // adj: n = normals[i]                                                                    <L 29>
        // adj: i = wp.tid()                                                                      <L 28>
        // adj: def tangent_frames(normals: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3), frames: wp.array(dtype=wp.mat33), handedness: wp.array(dtype=float)):  <L 27>
        continue;
    }
}



extern "C" __global__ void modified_gram_schmidt_6832d530_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_vectors,
    wp::int32 var_num_vectors,
    wp::array_t<wp::int32> var_rank)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.0;
        wp::float32 var_37;
        wp::range_t var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 1e-06;
        bool var_53;
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::range_t var_57;
        wp::int32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::range_t var_64;
        wp::int32 var_65;
        const wp::float32 var_66 = 0.0;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        //---------
        // forward
        // def modified_gram_schmidt(vectors: wp.array2d(dtype=float), num_vectors: int, rank: wp.array(dtype=int)):       <L 37>
        // tid = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 39>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 40>
            continue;
        }
        // dim = vectors.shape[1]                                                                 <L 41>
        var_3 = &(var_vectors.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // r = int(0)                                                                             <L 42>
        var_8 = wp::int(var_7);
        // for k in range(num_vectors):                                                           <L 43>
        var_9 = wp::range(var_num_vectors);
        start_for_1:;
            if (iter_cmp(var_9) == 0) goto end_for_1;
            var_10 = wp::iter_next(var_9);
            // for j in range(k):                                                                 <L 44>
            var_11 = wp::range(var_10);
            start_for_3:;
                if (iter_cmp(var_11) == 0) goto end_for_3;
                var_12 = wp::iter_next(var_11);
                // d = float(0.0)                                                                 <L 45>
                var_14 = wp::float(var_13);
                // for c in range(dim):                                                           <L 46>
                var_15 = wp::range(var_5);
                start_for_5:;
                    if (iter_cmp(var_15) == 0) goto end_for_5;
                    var_16 = wp::iter_next(var_15);
                    // d += vectors[k, c] * vectors[j, c]                                         <L 47>
                    var_17 = wp::address(var_vectors, var_10, var_16);
                    var_18 = wp::address(var_vectors, var_12, var_16);
                    var_20 = wp::load(var_17);
                    var_21 = wp::load(var_18);
                    var_19 = wp::mul(var_20, var_21);
                    var_22 = wp::address(var_vectors, var_10, var_16);
                    var_23 = wp::address(var_vectors, var_12, var_16);
                    var_25 = wp::load(var_22);
                    var_26 = wp::load(var_23);
                    var_24 = wp::mul(var_25, var_26);
                    var_27 = wp::add(var_14, var_24);
                    wp::assign(var_14, var_27);
                    goto start_for_5;
                end_for_5:;
                // for c in range(dim):                                                           <L 48>
                var_28 = wp::range(var_5);
                start_for_7:;
                    if (iter_cmp(var_28) == 0) goto end_for_7;
                    var_29 = wp::iter_next(var_28);
                    // vectors[k, c] = vectors[k, c] - d * vectors[j, c]                          <L 49>
                    var_30 = wp::address(var_vectors, var_10, var_29);
                    var_31 = wp::address(var_vectors, var_12, var_29);
                    var_33 = wp::load(var_31);
                    var_32 = wp::mul(var_14, var_33);
                    var_35 = wp::load(var_30);
                    var_34 = wp::sub(var_35, var_32);
                    wp::array_store(var_vectors, var_10, var_29, var_34);
                    goto start_for_7;
                end_for_7:;
                goto start_for_3;
            end_for_3:;
            // n = float(0.0)                                                                     <L 50>
            var_37 = wp::float(var_36);
            // for c in range(dim):                                                               <L 51>
            var_38 = wp::range(var_5);
            start_for_9:;
                if (iter_cmp(var_38) == 0) goto end_for_9;
                var_39 = wp::iter_next(var_38);
                // n += vectors[k, c] * vectors[k, c]                                             <L 52>
                var_40 = wp::address(var_vectors, var_10, var_39);
                var_41 = wp::address(var_vectors, var_10, var_39);
                var_43 = wp::load(var_40);
                var_44 = wp::load(var_41);
                var_42 = wp::mul(var_43, var_44);
                var_45 = wp::address(var_vectors, var_10, var_39);
                var_46 = wp::address(var_vectors, var_10, var_39);
                var_48 = wp::load(var_45);
                var_49 = wp::load(var_46);
                var_47 = wp::mul(var_48, var_49);
                var_50 = wp::add(var_37, var_47);
                wp::assign(var_37, var_50);
                goto start_for_9;
            end_for_9:;
            // n = wp.sqrt(n)                                                                     <L 53>
            var_51 = wp::sqrt(var_37);
            // if n > 1.0e-6:                                                                     <L 54>
            var_53 = (var_51 > var_52);
            if (var_53) {
                // r += 1                                                                         <L 55>
                var_56 = wp::add(var_8, var_55);
                // for c in range(dim):                                                           <L 56>
                var_57 = wp::range(var_5);
                start_for_11:;
                    if (iter_cmp(var_57) == 0) goto end_for_11;
                    var_58 = wp::iter_next(var_57);
                    // vectors[k, c] = vectors[k, c] / n                                          <L 57>
                    var_59 = wp::address(var_vectors, var_10, var_58);
                    var_61 = wp::load(var_59);
                    var_60 = wp::div(var_61, var_51);
                    wp::array_store(var_vectors, var_10, var_58, var_60);
                    goto start_for_11;
                end_for_11:;
            }
            var_62 = wp::where(var_53, var_56, var_8);
            var_63 = wp::where(var_53, var_58, var_39);
            if (!var_53) {
                // for c in range(dim):                                                           <L 59>
                var_64 = wp::range(var_5);
                start_for_13:;
                    if (iter_cmp(var_64) == 0) goto end_for_13;
                    var_65 = wp::iter_next(var_64);
                    // vectors[k, c] = 0.0                                                        <L 60>
                    wp::array_store(var_vectors, var_10, var_65, var_66);
                    goto start_for_13;
                end_for_13:;
            }
            var_67 = wp::where(var_53, var_63, var_65);
            wp::assign(var_8, var_62);
            goto start_for_1;
        end_for_1:;
        // rank[0] = r                                                                            <L 61>
        wp::array_store(var_rank, var_68, var_8);
    }
}



extern "C" __global__ void modified_gram_schmidt_6832d530_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_vectors,
    wp::int32 var_num_vectors,
    wp::array_t<wp::int32> var_rank,
    wp::array_t<wp::float32> adj_vectors,
    wp::int32 adj_num_vectors,
    wp::array_t<wp::int32> adj_rank)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.0;
        wp::float32 var_37;
        wp::range_t var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 1e-06;
        bool var_53;
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::range_t var_57;
        wp::int32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::range_t var_64;
        wp::int32 var_65;
        const wp::float32 var_66 = 0.0;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::range_t adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::range_t adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::range_t adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        //---------
        // forward
        // def modified_gram_schmidt(vectors: wp.array2d(dtype=float), num_vectors: int, rank: wp.array(dtype=int)):       <L 37>
        // tid = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 39>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 40>
            goto label0;
        }
        // dim = vectors.shape[1]                                                                 <L 41>
        var_3 = &(var_vectors.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // r = int(0)                                                                             <L 42>
        var_8 = wp::int(var_7);
        // for k in range(num_vectors):                                                           <L 43>
        var_9 = wp::range(var_num_vectors);
        // rank[0] = r                                                                            <L 61>
        // wp::array_store(var_rank, var_68, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_rank, var_68, var_8, adj_rank, adj_68, adj_8);
        // adj: rank[0] = r                                                                       <L 61>
        var_9 = wp::iter_reverse(var_9);
        start_for_1:;
            if (iter_cmp(var_9) == 0) goto end_for_1;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_67 = {};
            // for j in range(k):                                                                 <L 44>
            var_11 = wp::range(var_10);
            // n = float(0.0)                                                                     <L 50>
            var_37 = wp::float(var_36);
            // for c in range(dim):                                                               <L 51>
            var_38 = wp::range(var_5);
            // n = wp.sqrt(n)                                                                     <L 53>
            var_51 = wp::sqrt(var_37);
            // if n > 1.0e-6:                                                                     <L 54>
            var_53 = (var_51 > var_52);
            if (var_53) {
                // r += 1                                                                         <L 55>
                var_56 = wp::add(var_8, var_55);
                // for c in range(dim):                                                           <L 56>
                var_57 = wp::range(var_5);
            }
            var_62 = wp::where(var_53, var_56, var_8);
            var_63 = wp::where(var_53, var_58, var_39);
            if (!var_53) {
                // for c in range(dim):                                                           <L 59>
                var_64 = wp::range(var_5);
            }
            var_67 = wp::where(var_53, var_63, var_65);
            wp::assign(var_8, var_62);
            wp::adj_assign(var_8, var_62, adj_8, adj_62);
            wp::adj_where(var_53, var_63, var_65, adj_53, adj_63, adj_65, adj_67);
            if (!var_53) {
                var_64 = wp::iter_reverse(var_64);
                start_for_13:;
                    if (iter_cmp(var_64) == 0) goto end_for_13;
                    var_65 = wp::iter_next(var_64);
                	adj_66 = {};
                    // vectors[k, c] = 0.0                                                        <L 60>
                    // wp::array_store(var_vectors, var_10, var_65, var_66);
                    wp::adj_array_store(var_vectors, var_10, var_65, var_66, adj_vectors, adj_10, adj_65, adj_66);
                    // adj: vectors[k, c] = 0.0                                                   <L 60>
                	goto start_for_13;
                end_for_13:;
                wp::adj_range(var_5, adj_5, adj_64);
                // adj: for c in range(dim):                                                      <L 59>
            }
            wp::adj_where(var_53, var_58, var_39, adj_53, adj_58, adj_39, adj_63);
            wp::adj_where(var_53, var_56, var_8, adj_53, adj_56, adj_8, adj_62);
            if (var_53) {
                var_57 = wp::iter_reverse(var_57);
                start_for_11:;
                    if (iter_cmp(var_57) == 0) goto end_for_11;
                    var_58 = wp::iter_next(var_57);
                	adj_59 = {};
                	adj_60 = {};
                	adj_61 = {};
                    // vectors[k, c] = vectors[k, c] / n                                          <L 57>
                    var_59 = wp::address(var_vectors, var_10, var_58);
                    var_61 = wp::load(var_59);
                    var_60 = wp::div(var_61, var_51);
                    // wp::array_store(var_vectors, var_10, var_58, var_60);
                    wp::adj_array_store(var_vectors, var_10, var_58, var_60, adj_vectors, adj_10, adj_58, adj_60);
                    wp::adj_div(var_61, var_51, var_60, adj_59, adj_51, adj_60);
                    wp::adj_address(var_vectors, var_10, var_58, adj_vectors, adj_10, adj_58, adj_59);
                    // adj: vectors[k, c] = vectors[k, c] / n                                     <L 57>
                	goto start_for_11;
                end_for_11:;
                wp::adj_range(var_5, adj_5, adj_57);
                // adj: for c in range(dim):                                                      <L 56>
                wp::adj_add(var_8, var_55, adj_8, adj_55, adj_56);
                // adj: r += 1                                                                    <L 55>
            }
            // adj: if n > 1.0e-6:                                                                <L 54>
            wp::adj_sqrt(var_37, var_51, adj_37, adj_51);
            // adj: n = wp.sqrt(n)                                                                <L 53>
            var_38 = wp::iter_reverse(var_38);
            start_for_9:;
                if (iter_cmp(var_38) == 0) goto end_for_9;
                var_39 = wp::iter_next(var_38);
            	adj_40 = {};
            	adj_41 = {};
            	adj_42 = {};
            	adj_43 = {};
            	adj_44 = {};
            	adj_45 = {};
            	adj_46 = {};
            	adj_47 = {};
            	adj_48 = {};
            	adj_49 = {};
            	adj_50 = {};
                // n += vectors[k, c] * vectors[k, c]                                             <L 52>
                var_40 = wp::address(var_vectors, var_10, var_39);
                var_41 = wp::address(var_vectors, var_10, var_39);
                var_43 = wp::load(var_40);
                var_44 = wp::load(var_41);
                var_42 = wp::mul(var_43, var_44);
                var_45 = wp::address(var_vectors, var_10, var_39);
                var_46 = wp::address(var_vectors, var_10, var_39);
                var_48 = wp::load(var_45);
                var_49 = wp::load(var_46);
                var_47 = wp::mul(var_48, var_49);
                var_50 = wp::add(var_37, var_47);
                wp::assign(var_37, var_50);
                wp::adj_assign(var_37, var_50, adj_37, adj_50);
                wp::adj_add(var_37, var_47, adj_37, adj_47, adj_50);
                wp::adj_mul(var_48, var_49, adj_45, adj_46, adj_47);
                wp::adj_address(var_vectors, var_10, var_39, adj_vectors, adj_10, adj_39, adj_46);
                wp::adj_address(var_vectors, var_10, var_39, adj_vectors, adj_10, adj_39, adj_45);
                wp::adj_mul(var_43, var_44, adj_40, adj_41, adj_42);
                wp::adj_address(var_vectors, var_10, var_39, adj_vectors, adj_10, adj_39, adj_41);
                wp::adj_address(var_vectors, var_10, var_39, adj_vectors, adj_10, adj_39, adj_40);
                // adj: n += vectors[k, c] * vectors[k, c]                                        <L 52>
            	goto start_for_9;
            end_for_9:;
            wp::adj_range(var_5, adj_5, adj_38);
            // adj: for c in range(dim):                                                          <L 51>
            wp::adj_float(var_36, adj_36, adj_37);
            // adj: n = float(0.0)                                                                <L 50>
            var_11 = wp::iter_reverse(var_11);
            start_for_3:;
                if (iter_cmp(var_11) == 0) goto end_for_3;
                var_12 = wp::iter_next(var_11);
            	adj_13 = {};
            	adj_14 = {};
            	adj_15 = {};
            	adj_28 = {};
                // d = float(0.0)                                                                 <L 45>
                var_14 = wp::float(var_13);
                // for c in range(dim):                                                           <L 46>
                var_15 = wp::range(var_5);
                // for c in range(dim):                                                           <L 48>
                var_28 = wp::range(var_5);
                var_28 = wp::iter_reverse(var_28);
                start_for_7:;
                    if (iter_cmp(var_28) == 0) goto end_for_7;
                    var_29 = wp::iter_next(var_28);
                	adj_30 = {};
                	adj_31 = {};
                	adj_32 = {};
                	adj_33 = {};
                	adj_34 = {};
                	adj_35 = {};
                    // vectors[k, c] = vectors[k, c] - d * vectors[j, c]                          <L 49>
                    var_30 = wp::address(var_vectors, var_10, var_29);
                    var_31 = wp::address(var_vectors, var_12, var_29);
                    var_33 = wp::load(var_31);
                    var_32 = wp::mul(var_14, var_33);
                    var_35 = wp::load(var_30);
                    var_34 = wp::sub(var_35, var_32);
                    // wp::array_store(var_vectors, var_10, var_29, var_34);
                    wp::adj_array_store(var_vectors, var_10, var_29, var_34, adj_vectors, adj_10, adj_29, adj_34);
                    wp::adj_sub(var_35, var_32, adj_30, adj_32, adj_34);
                    wp::adj_mul(var_14, var_33, adj_14, adj_31, adj_32);
                    wp::adj_address(var_vectors, var_12, var_29, adj_vectors, adj_12, adj_29, adj_31);
                    wp::adj_address(var_vectors, var_10, var_29, adj_vectors, adj_10, adj_29, adj_30);
                    // adj: vectors[k, c] = vectors[k, c] - d * vectors[j, c]                     <L 49>
                	goto start_for_7;
                end_for_7:;
                wp::adj_range(var_5, adj_5, adj_28);
                // adj: for c in range(dim):                                                      <L 48>
                var_15 = wp::iter_reverse(var_15);
                start_for_5:;
                    if (iter_cmp(var_15) == 0) goto end_for_5;
                    var_16 = wp::iter_next(var_15);
                	adj_17 = {};
                	adj_18 = {};
                	adj_19 = {};
                	adj_20 = {};
                	adj_21 = {};
                	adj_22 = {};
                	adj_23 = {};
                	adj_24 = {};
                	adj_25 = {};
                	adj_26 = {};
                	adj_27 = {};
                    // d += vectors[k, c] * vectors[j, c]                                         <L 47>
                    var_17 = wp::address(var_vectors, var_10, var_16);
                    var_18 = wp::address(var_vectors, var_12, var_16);
                    var_20 = wp::load(var_17);
                    var_21 = wp::load(var_18);
                    var_19 = wp::mul(var_20, var_21);
                    var_22 = wp::address(var_vectors, var_10, var_16);
                    var_23 = wp::address(var_vectors, var_12, var_16);
                    var_25 = wp::load(var_22);
                    var_26 = wp::load(var_23);
                    var_24 = wp::mul(var_25, var_26);
                    var_27 = wp::add(var_14, var_24);
                    wp::assign(var_14, var_27);
                    wp::adj_assign(var_14, var_27, adj_14, adj_27);
                    wp::adj_add(var_14, var_24, adj_14, adj_24, adj_27);
                    wp::adj_mul(var_25, var_26, adj_22, adj_23, adj_24);
                    wp::adj_address(var_vectors, var_12, var_16, adj_vectors, adj_12, adj_16, adj_23);
                    wp::adj_address(var_vectors, var_10, var_16, adj_vectors, adj_10, adj_16, adj_22);
                    wp::adj_mul(var_20, var_21, adj_17, adj_18, adj_19);
                    wp::adj_address(var_vectors, var_12, var_16, adj_vectors, adj_12, adj_16, adj_18);
                    wp::adj_address(var_vectors, var_10, var_16, adj_vectors, adj_10, adj_16, adj_17);
                    // adj: d += vectors[k, c] * vectors[j, c]                                    <L 47>
                	goto start_for_5;
                end_for_5:;
                wp::adj_range(var_5, adj_5, adj_15);
                // adj: for c in range(dim):                                                      <L 46>
                wp::adj_float(var_13, adj_13, adj_14);
                // adj: d = float(0.0)                                                            <L 45>
            	goto start_for_3;
            end_for_3:;
            wp::adj_range(var_10, adj_10, adj_11);
            // adj: for j in range(k):                                                            <L 44>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_num_vectors, adj_num_vectors, adj_9);
        // adj: for k in range(num_vectors):                                                      <L 43>
        wp::adj_int(var_7, adj_7, adj_8);
        // adj: r = int(0)                                                                        <L 42>
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_vectors.shape = adj_3;
        // adj: dim = vectors.shape[1]                                                            <L 41>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 40>
        }
        // adj: if tid != 0:                                                                      <L 39>
        // adj: tid = wp.tid()                                                                    <L 38>
        // adj: def modified_gram_schmidt(vectors: wp.array2d(dtype=float), num_vectors: int, rank: wp.array(dtype=int)):  <L 37>
        continue;
    }
}



extern "C" __global__ void parallel_transport_b7b15c2c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_n0)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 1e-08;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // forward
        // def parallel_transport(tangents: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), n0: wp.vec3):       <L 65>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 67>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 68>
            continue;
        }
        // n = n0                                                                                 <L 69>
        var_3 = wp::copy(var_n0);
        // count = tangents.shape[0]                                                              <L 70>
        var_4 = &(var_tangents.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // for i in range(count):                                                                 <L 71>
        var_8 = wp::range(var_6);
        start_for_1:;
            if (iter_cmp(var_8) == 0) goto end_for_1;
            var_9 = wp::iter_next(var_8);
            // if i > 0:                                                                          <L 72>
            var_11 = (var_9 > var_10);
            if (var_11) {
                // t0 = tangents[i - 1]                                                           <L 73>
                var_13 = wp::sub(var_9, var_12);
                var_14 = wp::address(var_tangents, var_13);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // t1 = tangents[i]                                                               <L 74>
                var_17 = wp::address(var_tangents, var_9);
                var_19 = wp::load(var_17);
                var_18 = wp::copy(var_19);
                // axis = wp.cross(t0, t1)                                                        <L 75>
                var_20 = wp::cross(var_15, var_18);
                // s = wp.length(axis)                                                            <L 76>
                var_21 = wp::length(var_20);
                // if s > 1.0e-8:                                                                 <L 77>
                var_23 = (var_21 > var_22);
                if (var_23) {
                    // angle = wp.atan2(s, wp.dot(t0, t1))                                        <L 78>
                    var_24 = wp::dot(var_15, var_18);
                    var_25 = wp::atan2(var_21, var_24);
                    // q = wp.quat_from_axis_angle(axis / s, angle)                               <L 79>
                    var_26 = wp::div(var_20, var_21);
                    var_27 = wp::quat_from_axis_angle(var_26, var_25);
                    // n = wp.quat_rotate(q, n)                                                   <L 80>
                    var_28 = wp::quat_rotate(var_27, var_3);
                }
                var_29 = wp::where(var_23, var_28, var_3);
            }
            var_30 = wp::where(var_11, var_29, var_3);
            // normals[i] = n                                                                     <L 81>
            wp::array_store(var_normals, var_9, var_30);
            wp::assign(var_3, var_30);
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void parallel_transport_b7b15c2c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_n0,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tangents,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_n0)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 1e-08;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::quat_t<wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        //---------
        // forward
        // def parallel_transport(tangents: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), n0: wp.vec3):       <L 65>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 67>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 68>
            goto label0;
        }
        // n = n0                                                                                 <L 69>
        var_3 = wp::copy(var_n0);
        // count = tangents.shape[0]                                                              <L 70>
        var_4 = &(var_tangents.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // for i in range(count):                                                                 <L 71>
        var_8 = wp::range(var_6);
        //---------
        // reverse
        var_8 = wp::iter_reverse(var_8);
        start_for_1:;
            if (iter_cmp(var_8) == 0) goto end_for_1;
            var_9 = wp::iter_next(var_8);
        	adj_10 = {};
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
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
            // if i > 0:                                                                          <L 72>
            var_11 = (var_9 > var_10);
            if (var_11) {
                // t0 = tangents[i - 1]                                                           <L 73>
                var_13 = wp::sub(var_9, var_12);
                var_14 = wp::address(var_tangents, var_13);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // t1 = tangents[i]                                                               <L 74>
                var_17 = wp::address(var_tangents, var_9);
                var_19 = wp::load(var_17);
                var_18 = wp::copy(var_19);
                // axis = wp.cross(t0, t1)                                                        <L 75>
                var_20 = wp::cross(var_15, var_18);
                // s = wp.length(axis)                                                            <L 76>
                var_21 = wp::length(var_20);
                // if s > 1.0e-8:                                                                 <L 77>
                var_23 = (var_21 > var_22);
                if (var_23) {
                    // angle = wp.atan2(s, wp.dot(t0, t1))                                        <L 78>
                    var_24 = wp::dot(var_15, var_18);
                    var_25 = wp::atan2(var_21, var_24);
                    // q = wp.quat_from_axis_angle(axis / s, angle)                               <L 79>
                    var_26 = wp::div(var_20, var_21);
                    var_27 = wp::quat_from_axis_angle(var_26, var_25);
                    // n = wp.quat_rotate(q, n)                                                   <L 80>
                    var_28 = wp::quat_rotate(var_27, var_3);
                }
                var_29 = wp::where(var_23, var_28, var_3);
            }
            var_30 = wp::where(var_11, var_29, var_3);
            // normals[i] = n                                                                     <L 81>
            // wp::array_store(var_normals, var_9, var_30);
            wp::assign(var_3, var_30);
            wp::adj_assign(var_3, var_30, adj_3, adj_30);
            wp::adj_array_store(var_normals, var_9, var_30, adj_normals, adj_9, adj_30);
            // adj: normals[i] = n                                                                <L 81>
            wp::adj_where(var_11, var_29, var_3, adj_11, adj_29, adj_3, adj_30);
            if (var_11) {
                wp::adj_where(var_23, var_28, var_3, adj_23, adj_28, adj_3, adj_29);
                if (var_23) {
                    wp::adj_quat_rotate(var_27, var_3, adj_27, adj_3, adj_28);
                    // adj: n = wp.quat_rotate(q, n)                                              <L 80>
                    wp::adj_quat_from_axis_angle(var_26, var_25, adj_26, adj_25, adj_27);
                    wp::adj_div(var_20, var_21, adj_20, adj_21, adj_26);
                    // adj: q = wp.quat_from_axis_angle(axis / s, angle)                          <L 79>
                    wp::adj_atan2(var_21, var_24, adj_21, adj_24, adj_25);
                    wp::adj_dot(var_15, var_18, adj_15, adj_18, adj_24);
                    // adj: angle = wp.atan2(s, wp.dot(t0, t1))                                   <L 78>
                }
                // adj: if s > 1.0e-8:                                                            <L 77>
                wp::adj_length(var_20, var_21, adj_20, adj_21);
                // adj: s = wp.length(axis)                                                       <L 76>
                wp::adj_cross(var_15, var_18, adj_15, adj_18, adj_20);
                // adj: axis = wp.cross(t0, t1)                                                   <L 75>
                wp::adj_copy(var_19, adj_17, adj_18);
                wp::adj_address(var_tangents, var_9, adj_tangents, adj_9, adj_17);
                // adj: t1 = tangents[i]                                                          <L 74>
                wp::adj_copy(var_16, adj_14, adj_15);
                wp::adj_address(var_tangents, var_13, adj_tangents, adj_13, adj_14);
                wp::adj_sub(var_9, var_12, adj_9, adj_12, adj_13);
                // adj: t0 = tangents[i - 1]                                                      <L 73>
            }
            // adj: if i > 0:                                                                     <L 72>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_6, adj_6, adj_8);
        // adj: for i in range(count):                                                            <L 71>
        wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
        adj_tangents.shape = adj_4;
        // adj: count = tangents.shape[0]                                                         <L 70>
        wp::adj_copy(var_n0, adj_n0, adj_3);
        // adj: n = n0                                                                            <L 69>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 68>
        }
        // adj: if tid != 0:                                                                      <L 67>
        // adj: tid = wp.tid()                                                                    <L 66>
        // adj: def parallel_transport(tangents: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), n0: wp.vec3):  <L 65>
        continue;
    }
}

