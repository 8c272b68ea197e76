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


// corpus/135_spatial_algebra_articulation.py:4
static CUDA_CALLABLE wp::vec_t<6, wp::float32> spatial_transform_twist_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def spatial_transform_twist(t: wp.transform, v: wp.spatial_vector) -> wp.spatial_vector:       <L 5>
    // q = wp.transform_get_rotation(t)                                                       <L 6>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 7>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(v))                                               <L 8>
    var_2 = wp::spatial_top(var_v);
    var_3 = wp::quat_rotate(var_0, var_2);
    // lin = wp.quat_rotate(q, wp.spatial_bottom(v)) + wp.cross(p, w)                         <L 9>
    var_4 = wp::spatial_bottom(var_v);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, lin)                                                       <L 10>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    return var_8;
}


// corpus/135_spatial_algebra_articulation.py:13
static CUDA_CALLABLE wp::mat_t<6, 6, wp::float32> spatial_inertia_0(
    wp::float32 var_m,
    wp::mat_t<3, 3, wp::float32> var_I)
{
    //---------
    // primal vars
    wp::mat_t<6, 6, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::int32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::int32 var_20;
    const wp::int32 var_21 = 3;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    const wp::int32 var_30 = 3;
    wp::int32 var_31;
    const wp::int32 var_32 = 3;
    wp::int32 var_33;
    //---------
    // forward
    // def spatial_inertia(m: float, I: wp.mat33) -> wp.spatial_matrix:                       <L 14>
    // M = wp.spatial_matrix()                                                                <L 15>
    var_0 = wp::mat_t<6, 6, wp::float32>();
    // for i in range(3):                                                                     <L 16>
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_3 = wp::extract(var_I, var_1, var_2);
    wp::assign_inplace(var_0, var_1, var_2, var_3);
    var_5 = wp::extract(var_I, var_1, var_4);
    wp::assign_inplace(var_0, var_1, var_4, var_5);
    var_7 = wp::extract(var_I, var_1, var_6);
    wp::assign_inplace(var_0, var_1, var_6, var_7);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_9 = wp::add(var_1, var_8);
    var_11 = wp::add(var_1, var_10);
    wp::assign_inplace(var_0, var_9, var_11, var_m);
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_14 = wp::extract(var_I, var_12, var_13);
    wp::assign_inplace(var_0, var_12, var_13, var_14);
    var_16 = wp::extract(var_I, var_12, var_15);
    wp::assign_inplace(var_0, var_12, var_15, var_16);
    var_18 = wp::extract(var_I, var_12, var_17);
    wp::assign_inplace(var_0, var_12, var_17, var_18);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_20 = wp::add(var_12, var_19);
    var_22 = wp::add(var_12, var_21);
    wp::assign_inplace(var_0, var_20, var_22, var_m);
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_25 = wp::extract(var_I, var_23, var_24);
    wp::assign_inplace(var_0, var_23, var_24, var_25);
    var_27 = wp::extract(var_I, var_23, var_26);
    wp::assign_inplace(var_0, var_23, var_26, var_27);
    var_29 = wp::extract(var_I, var_23, var_28);
    wp::assign_inplace(var_0, var_23, var_28, var_29);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_31 = wp::add(var_23, var_30);
    var_33 = wp::add(var_23, var_32);
    wp::assign_inplace(var_0, var_31, var_33, var_m);
    // return M                                                                               <L 20>
    return var_0;
}


// corpus/135_spatial_algebra_articulation.py:4
static CUDA_CALLABLE void adj_spatial_transform_twist_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_v,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_v,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def spatial_transform_twist(t: wp.transform, v: wp.spatial_vector) -> wp.spatial_vector:       <L 5>
    // q = wp.transform_get_rotation(t)                                                       <L 6>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 7>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(v))                                               <L 8>
    var_2 = wp::spatial_top(var_v);
    var_3 = wp::quat_rotate(var_0, var_2);
    // lin = wp.quat_rotate(q, wp.spatial_bottom(v)) + wp.cross(p, w)                         <L 9>
    var_4 = wp::spatial_bottom(var_v);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, lin)                                                       <L 10>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: return wp.spatial_vector(w, lin)                                                  <L 10>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_quat_rotate(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_spatial_bottom(var_v, adj_v, adj_4);
    // adj: lin = wp.quat_rotate(q, wp.spatial_bottom(v)) + wp.cross(p, w)                    <L 9>
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_spatial_top(var_v, adj_v, adj_2);
    // adj: w = wp.quat_rotate(q, wp.spatial_top(v))                                          <L 8>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 7>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 6>
    // adj: def spatial_transform_twist(t: wp.transform, v: wp.spatial_vector) -> wp.spatial_vector:  <L 5>
    return;
}


// corpus/135_spatial_algebra_articulation.py:13
static CUDA_CALLABLE void adj_spatial_inertia_0(
    wp::float32 var_m,
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::float32 & adj_m,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::mat_t<6, 6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<6, 6, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::int32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::int32 var_20;
    const wp::int32 var_21 = 3;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    const wp::int32 var_30 = 3;
    wp::int32 var_31;
    const wp::int32 var_32 = 3;
    wp::int32 var_33;
    //---------
    // dual vars
    wp::mat_t<6, 6, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    //---------
    // forward
    // def spatial_inertia(m: float, I: wp.mat33) -> wp.spatial_matrix:                       <L 14>
    // M = wp.spatial_matrix()                                                                <L 15>
    var_0 = wp::mat_t<6, 6, wp::float32>();
    // for i in range(3):                                                                     <L 16>
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_3 = wp::extract(var_I, var_1, var_2);
    wp::assign_inplace(var_0, var_1, var_2, var_3);
    var_5 = wp::extract(var_I, var_1, var_4);
    wp::assign_inplace(var_0, var_1, var_4, var_5);
    var_7 = wp::extract(var_I, var_1, var_6);
    wp::assign_inplace(var_0, var_1, var_6, var_7);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_9 = wp::add(var_1, var_8);
    var_11 = wp::add(var_1, var_10);
    wp::assign_inplace(var_0, var_9, var_11, var_m);
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_14 = wp::extract(var_I, var_12, var_13);
    wp::assign_inplace(var_0, var_12, var_13, var_14);
    var_16 = wp::extract(var_I, var_12, var_15);
    wp::assign_inplace(var_0, var_12, var_15, var_16);
    var_18 = wp::extract(var_I, var_12, var_17);
    wp::assign_inplace(var_0, var_12, var_17, var_18);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_20 = wp::add(var_12, var_19);
    var_22 = wp::add(var_12, var_21);
    wp::assign_inplace(var_0, var_20, var_22, var_m);
    // for j in range(3):                                                                     <L 17>
    // M[i, j] = I[i, j]                                                                      <L 18>
    var_25 = wp::extract(var_I, var_23, var_24);
    wp::assign_inplace(var_0, var_23, var_24, var_25);
    var_27 = wp::extract(var_I, var_23, var_26);
    wp::assign_inplace(var_0, var_23, var_26, var_27);
    var_29 = wp::extract(var_I, var_23, var_28);
    wp::assign_inplace(var_0, var_23, var_28, var_29);
    // M[i + 3, i + 3] = m                                                                    <L 19>
    var_31 = wp::add(var_23, var_30);
    var_33 = wp::add(var_23, var_32);
    wp::assign_inplace(var_0, var_31, var_33, var_m);
    // return M                                                                               <L 20>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return M                                                                          <L 20>
    wp::adj_assign_inplace(var_0, var_31, var_33, var_m, adj_0, adj_31, adj_33, adj_m);
    wp::adj_add(var_23, var_32, adj_23, adj_32, adj_33);
    wp::adj_add(var_23, var_30, adj_23, adj_30, adj_31);
    // adj: M[i + 3, i + 3] = m                                                               <L 19>
    wp::adj_assign_inplace(var_0, var_23, var_28, var_29, adj_0, adj_23, adj_28, adj_29);
    wp::adj_extract(var_I, var_23, var_28, adj_I, adj_23, adj_28, adj_29);
    wp::adj_assign_inplace(var_0, var_23, var_26, var_27, adj_0, adj_23, adj_26, adj_27);
    wp::adj_extract(var_I, var_23, var_26, adj_I, adj_23, adj_26, adj_27);
    wp::adj_assign_inplace(var_0, var_23, var_24, var_25, adj_0, adj_23, adj_24, adj_25);
    wp::adj_extract(var_I, var_23, var_24, adj_I, adj_23, adj_24, adj_25);
    // adj: M[i, j] = I[i, j]                                                                 <L 18>
    // adj: for j in range(3):                                                                <L 17>
    wp::adj_assign_inplace(var_0, var_20, var_22, var_m, adj_0, adj_20, adj_22, adj_m);
    wp::adj_add(var_12, var_21, adj_12, adj_21, adj_22);
    wp::adj_add(var_12, var_19, adj_12, adj_19, adj_20);
    // adj: M[i + 3, i + 3] = m                                                               <L 19>
    wp::adj_assign_inplace(var_0, var_12, var_17, var_18, adj_0, adj_12, adj_17, adj_18);
    wp::adj_extract(var_I, var_12, var_17, adj_I, adj_12, adj_17, adj_18);
    wp::adj_assign_inplace(var_0, var_12, var_15, var_16, adj_0, adj_12, adj_15, adj_16);
    wp::adj_extract(var_I, var_12, var_15, adj_I, adj_12, adj_15, adj_16);
    wp::adj_assign_inplace(var_0, var_12, var_13, var_14, adj_0, adj_12, adj_13, adj_14);
    wp::adj_extract(var_I, var_12, var_13, adj_I, adj_12, adj_13, adj_14);
    // adj: M[i, j] = I[i, j]                                                                 <L 18>
    // adj: for j in range(3):                                                                <L 17>
    wp::adj_assign_inplace(var_0, var_9, var_11, var_m, adj_0, adj_9, adj_11, adj_m);
    wp::adj_add(var_1, var_10, adj_1, adj_10, adj_11);
    wp::adj_add(var_1, var_8, adj_1, adj_8, adj_9);
    // adj: M[i + 3, i + 3] = m                                                               <L 19>
    wp::adj_assign_inplace(var_0, var_1, var_6, var_7, adj_0, adj_1, adj_6, adj_7);
    wp::adj_extract(var_I, var_1, var_6, adj_I, adj_1, adj_6, adj_7);
    wp::adj_assign_inplace(var_0, var_1, var_4, var_5, adj_0, adj_1, adj_4, adj_5);
    wp::adj_extract(var_I, var_1, var_4, adj_I, adj_1, adj_4, adj_5);
    wp::adj_assign_inplace(var_0, var_1, var_2, var_3, adj_0, adj_1, adj_2, adj_3);
    wp::adj_extract(var_I, var_1, var_2, adj_I, adj_1, adj_2, adj_3);
    // adj: M[i, j] = I[i, j]                                                                 <L 18>
    // adj: for j in range(3):                                                                <L 17>
    // adj: for i in range(3):                                                                <L 16>
    // adj: M = wp.spatial_matrix()                                                           <L 15>
    // adj: def spatial_inertia(m: float, I: wp.mat33) -> wp.spatial_matrix:                  <L 14>
    return;
}



extern "C" __global__ void articulation_velocity_c3bb695a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::transform_t<wp::float32>> var_X_pj,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_S)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::float32* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::vec_t<6, wp::float32>* var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::vec_t<6, wp::float32> var_19;
        wp::vec_t<6, wp::float32> var_20;
        //---------
        // forward
        // def articulation_velocity(                                                             <L 24>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // axis = joint_axis[i]                                                                   <L 33>
        var_1 = wp::address(var_joint_axis, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = wp.spatial_vector(axis, wp.vec3())                                                 <L 34>
        var_4 = wp::vec_t<3, wp::float32>();
        var_5 = wp::vec_t<6, wp::float32>(var_2, var_4);
        // s = spatial_transform_twist(X_pj[i], s)                                                <L 35>
        var_6 = wp::address(var_X_pj, var_0);
        var_8 = wp::load(var_6);
        var_7 = spatial_transform_twist_0(var_8, var_5);
        // S[i] = s                                                                               <L 36>
        wp::array_store(var_S, var_0, var_7);
        // v = s * joint_qd[i]                                                                    <L 37>
        var_9 = wp::address(var_joint_qd, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_7, var_11);
        // p = parent[i]                                                                          <L 38>
        var_12 = wp::address(var_parent, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if p >= 0:                                                                             <L 39>
        var_16 = (var_13 >= var_15);
        if (var_16) {
            // v = v + body_v[p]                                                                  <L 40>
            var_17 = wp::address(var_body_v, var_13);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_10, var_19);
        }
        var_20 = wp::where(var_16, var_18, var_10);
        // body_v[i] = v                                                                          <L 41>
        wp::array_store(var_body_v, var_0, var_20);
    }
}



extern "C" __global__ void articulation_velocity_c3bb695a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::transform_t<wp::float32>> var_X_pj,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_S,
    wp::array_t<wp::int32> adj_parent,
    wp::array_t<wp::transform_t<wp::float32>> adj_X_pj,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_v,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_S)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::float32* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::vec_t<6, wp::float32>* var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::vec_t<6, wp::float32> var_19;
        wp::vec_t<6, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<6, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::vec_t<6, wp::float32> adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        wp::vec_t<6, wp::float32> adj_19 = {};
        wp::vec_t<6, wp::float32> adj_20 = {};
        //---------
        // forward
        // def articulation_velocity(                                                             <L 24>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // axis = joint_axis[i]                                                                   <L 33>
        var_1 = wp::address(var_joint_axis, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = wp.spatial_vector(axis, wp.vec3())                                                 <L 34>
        var_4 = wp::vec_t<3, wp::float32>();
        var_5 = wp::vec_t<6, wp::float32>(var_2, var_4);
        // s = spatial_transform_twist(X_pj[i], s)                                                <L 35>
        var_6 = wp::address(var_X_pj, var_0);
        var_8 = wp::load(var_6);
        var_7 = spatial_transform_twist_0(var_8, var_5);
        // S[i] = s                                                                               <L 36>
        // wp::array_store(var_S, var_0, var_7);
        // v = s * joint_qd[i]                                                                    <L 37>
        var_9 = wp::address(var_joint_qd, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_7, var_11);
        // p = parent[i]                                                                          <L 38>
        var_12 = wp::address(var_parent, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if p >= 0:                                                                             <L 39>
        var_16 = (var_13 >= var_15);
        if (var_16) {
            // v = v + body_v[p]                                                                  <L 40>
            var_17 = wp::address(var_body_v, var_13);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_10, var_19);
        }
        var_20 = wp::where(var_16, var_18, var_10);
        // body_v[i] = v                                                                          <L 41>
        // wp::array_store(var_body_v, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_body_v, var_0, var_20, adj_body_v, adj_0, adj_20);
        // adj: body_v[i] = v                                                                     <L 41>
        wp::adj_where(var_16, var_18, var_10, adj_16, adj_18, adj_10, adj_20);
        if (var_16) {
            wp::adj_add(var_10, var_19, adj_10, adj_17, adj_18);
            wp::adj_address(var_body_v, var_13, adj_body_v, adj_13, adj_17);
            // adj: v = v + body_v[p]                                                             <L 40>
        }
        // adj: if p >= 0:                                                                        <L 39>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_parent, var_0, adj_parent, adj_0, adj_12);
        // adj: p = parent[i]                                                                     <L 38>
        wp::adj_mul(var_7, var_11, adj_7, adj_9, adj_10);
        wp::adj_address(var_joint_qd, var_0, adj_joint_qd, adj_0, adj_9);
        // adj: v = s * joint_qd[i]                                                               <L 37>
        wp::adj_array_store(var_S, var_0, var_7, adj_S, adj_0, adj_7);
        // adj: S[i] = s                                                                          <L 36>
        adj_spatial_transform_twist_0(var_8, var_5, adj_6, adj_5, adj_7);
        wp::adj_address(var_X_pj, var_0, adj_X_pj, adj_0, adj_6);
        // adj: s = spatial_transform_twist(X_pj[i], s)                                           <L 35>
        wp::adj_vec_t(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: s = wp.spatial_vector(axis, wp.vec3())                                            <L 34>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_joint_axis, var_0, adj_joint_axis, adj_0, adj_1);
        // adj: axis = joint_axis[i]                                                              <L 33>
        // adj: i = wp.tid()                                                                      <L 32>
        // adj: def articulation_velocity(                                                        <L 24>
        continue;
    }
}



extern "C" __global__ void composite_inertia_3124ddcf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_I,
    wp::array_t<wp::transform_t<wp::float32>> var_X,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_M_out)
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
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<6, 6, wp::float32> var_3;
        wp::float32 var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::quat_t<wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::transform_t<wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<6, 6, wp::float32> var_14;
        wp::mat_t<6, 6, wp::float32> var_15;
        wp::mat_t<6, 6, wp::float32> var_16;
        wp::mat_t<6, 6, wp::float32> var_17;
        //---------
        // forward
        // def composite_inertia(                                                                 <L 45>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // M = spatial_inertia(mass[i], I[i])                                                     <L 52>
        var_1 = wp::address(var_mass, var_0);
        var_2 = wp::address(var_I, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = spatial_inertia_0(var_4, var_5);
        // T = wp.spatial_adjoint(wp.quat_to_matrix(wp.transform_get_rotation(X[i])), wp.skew(wp.transform_get_translation(X[i])))       <L 53>
        var_6 = wp::address(var_X, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_get_rotation(var_8);
        var_9 = wp::quat_to_matrix(var_7);
        var_10 = wp::address(var_X, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::transform_get_translation(var_12);
        var_13 = wp::skew(var_11);
        var_14 = wp::spatial_adjoint(var_9, var_13);
        // M_out[i] = wp.mul(wp.mul(wp.transpose(T), M), T)                                       <L 54>
        var_15 = wp::transpose(var_14);
        var_16 = wp::mul(var_15, var_3);
        var_17 = wp::mul(var_16, var_14);
        wp::array_store(var_M_out, var_0, var_17);
    }
}



extern "C" __global__ void composite_inertia_3124ddcf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_I,
    wp::array_t<wp::transform_t<wp::float32>> var_X,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_M_out,
    wp::array_t<wp::float32> adj_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_I,
    wp::array_t<wp::transform_t<wp::float32>> adj_X,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_M_out)
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
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<6, 6, wp::float32> var_3;
        wp::float32 var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::quat_t<wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::transform_t<wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<6, 6, wp::float32> var_14;
        wp::mat_t<6, 6, wp::float32> var_15;
        wp::mat_t<6, 6, wp::float32> var_16;
        wp::mat_t<6, 6, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<6, 6, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::transform_t<wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        wp::mat_t<6, 6, wp::float32> adj_14 = {};
        wp::mat_t<6, 6, wp::float32> adj_15 = {};
        wp::mat_t<6, 6, wp::float32> adj_16 = {};
        wp::mat_t<6, 6, wp::float32> adj_17 = {};
        //---------
        // forward
        // def composite_inertia(                                                                 <L 45>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // M = spatial_inertia(mass[i], I[i])                                                     <L 52>
        var_1 = wp::address(var_mass, var_0);
        var_2 = wp::address(var_I, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = spatial_inertia_0(var_4, var_5);
        // T = wp.spatial_adjoint(wp.quat_to_matrix(wp.transform_get_rotation(X[i])), wp.skew(wp.transform_get_translation(X[i])))       <L 53>
        var_6 = wp::address(var_X, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_get_rotation(var_8);
        var_9 = wp::quat_to_matrix(var_7);
        var_10 = wp::address(var_X, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::transform_get_translation(var_12);
        var_13 = wp::skew(var_11);
        var_14 = wp::spatial_adjoint(var_9, var_13);
        // M_out[i] = wp.mul(wp.mul(wp.transpose(T), M), T)                                       <L 54>
        var_15 = wp::transpose(var_14);
        var_16 = wp::mul(var_15, var_3);
        var_17 = wp::mul(var_16, var_14);
        // wp::array_store(var_M_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_M_out, var_0, var_17, adj_M_out, adj_0, adj_17);
        wp::adj_mul(var_16, var_14, adj_16, adj_14, adj_17);
        wp::adj_mul(var_15, var_3, adj_15, adj_3, adj_16);
        wp::adj_transpose(var_14, adj_14, adj_15);
        // adj: M_out[i] = wp.mul(wp.mul(wp.transpose(T), M), T)                                  <L 54>
        wp::adj_spatial_adjoint(var_9, var_13, adj_9, adj_13, adj_14);
        wp::adj_skew(var_11, adj_11, adj_13);
        wp::adj_transform_get_translation(var_12, adj_10, adj_11);
        wp::adj_address(var_X, var_0, adj_X, adj_0, adj_10);
        wp::adj_quat_to_matrix(var_7, adj_7, adj_9);
        wp::adj_transform_get_rotation(var_8, adj_6, adj_7);
        wp::adj_address(var_X, var_0, adj_X, adj_0, adj_6);
        // adj: T = wp.spatial_adjoint(wp.quat_to_matrix(wp.transform_get_rotation(X[i])), wp.skew(wp.transform_get_translation(X[i])))  <L 53>
        adj_spatial_inertia_0(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_I, var_0, adj_I, adj_0, adj_2);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_1);
        // adj: M = spatial_inertia(mass[i], I[i])                                                <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def composite_inertia(                                                            <L 45>
        continue;
    }
}



extern "C" __global__ void spatial_products_c2078b78_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_b,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_M,
    wp::array_t<wp::float32> var_dots,
    wp::array_t<wp::vec_t<6, wp::float32>> var_crosses,
    wp::array_t<wp::vec_t<6, wp::float32>> var_duals)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::mat_t<6, 6, wp::float32>* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::mat_t<6, 6, wp::float32> var_11;
        wp::vec_t<6, wp::float32> var_12;
        wp::vec_t<6, wp::float32> var_13;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        const wp::float32 var_16 = 3.0;
        const wp::float32 var_17 = 4.0;
        const wp::float32 var_18 = 5.0;
        const wp::float32 var_19 = 6.0;
        wp::vec_t<6, wp::float32> var_20;
        const wp::float32 var_21 = 0.1;
        wp::vec_t<6, wp::float32> var_22;
        wp::vec_t<6, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::vec_t<6, wp::float32> var_25;
        //---------
        // forward
        // def spatial_products(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), M: wp.array(dtype=wp.spatial_matrix), dots: wp.array(dtype=float), crosses: wp.array(dtype=wp.spatial_vector), duals: wp.array(dtype=wp.spatial_vector)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 60>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i]                                                                               <L 61>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // dots[i] = wp.spatial_dot(x, y)                                                         <L 62>
        var_7 = wp::spatial_dot(var_2, var_5);
        wp::array_store(var_dots, var_0, var_7);
        // crosses[i] = wp.spatial_cross(x, y) + M[i] * y                                         <L 63>
        var_8 = wp::spatial_cross(var_2, var_5);
        var_9 = wp::address(var_M, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_5);
        var_12 = wp::add(var_8, var_10);
        wp::array_store(var_crosses, var_0, var_12);
        // duals[i] = wp.spatial_cross_dual(x, y) - wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) * 0.1       <L 64>
        var_13 = wp::spatial_cross_dual(var_2, var_5);
        var_20 = wp::vec_t<6, wp::float32>({var_14, var_15, var_16, var_17, var_18, var_19});
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::sub(var_13, var_22);
        wp::array_store(var_duals, var_0, var_23);
        // wp.atomic_add(duals, 0, x)                                                             <L 65>
        var_25 = wp::atomic_add(var_duals, var_24, var_2);
    }
}



extern "C" __global__ void spatial_products_c2078b78_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_b,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_M,
    wp::array_t<wp::float32> var_dots,
    wp::array_t<wp::vec_t<6, wp::float32>> var_crosses,
    wp::array_t<wp::vec_t<6, wp::float32>> var_duals,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_b,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_M,
    wp::array_t<wp::float32> adj_dots,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_crosses,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_duals)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::mat_t<6, 6, wp::float32>* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::mat_t<6, 6, wp::float32> var_11;
        wp::vec_t<6, wp::float32> var_12;
        wp::vec_t<6, wp::float32> var_13;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = 2.0;
        const wp::float32 var_16 = 3.0;
        const wp::float32 var_17 = 4.0;
        const wp::float32 var_18 = 5.0;
        const wp::float32 var_19 = 6.0;
        wp::vec_t<6, wp::float32> var_20;
        const wp::float32 var_21 = 0.1;
        wp::vec_t<6, wp::float32> var_22;
        wp::vec_t<6, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::vec_t<6, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<6, wp::float32> adj_1 = {};
        wp::vec_t<6, wp::float32> adj_2 = {};
        wp::vec_t<6, wp::float32> adj_3 = {};
        wp::vec_t<6, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::vec_t<6, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<6, wp::float32> adj_8 = {};
        wp::mat_t<6, 6, wp::float32> adj_9 = {};
        wp::vec_t<6, wp::float32> adj_10 = {};
        wp::mat_t<6, 6, wp::float32> adj_11 = {};
        wp::vec_t<6, wp::float32> adj_12 = {};
        wp::vec_t<6, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<6, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<6, wp::float32> adj_22 = {};
        wp::vec_t<6, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<6, wp::float32> adj_25 = {};
        //---------
        // forward
        // def spatial_products(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), M: wp.array(dtype=wp.spatial_matrix), dots: wp.array(dtype=float), crosses: wp.array(dtype=wp.spatial_vector), duals: wp.array(dtype=wp.spatial_vector)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 60>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i]                                                                               <L 61>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // dots[i] = wp.spatial_dot(x, y)                                                         <L 62>
        var_7 = wp::spatial_dot(var_2, var_5);
        // wp::array_store(var_dots, var_0, var_7);
        // crosses[i] = wp.spatial_cross(x, y) + M[i] * y                                         <L 63>
        var_8 = wp::spatial_cross(var_2, var_5);
        var_9 = wp::address(var_M, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_5);
        var_12 = wp::add(var_8, var_10);
        // wp::array_store(var_crosses, var_0, var_12);
        // duals[i] = wp.spatial_cross_dual(x, y) - wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) * 0.1       <L 64>
        var_13 = wp::spatial_cross_dual(var_2, var_5);
        var_20 = wp::vec_t<6, wp::float32>({var_14, var_15, var_16, var_17, var_18, var_19});
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::sub(var_13, var_22);
        // wp::array_store(var_duals, var_0, var_23);
        // wp.atomic_add(duals, 0, x)                                                             <L 65>
        // var_25 = wp::atomic_add(var_duals, var_24, var_2);
        //---------
        // reverse
        wp::adj_atomic_add(var_duals, var_24, var_2, adj_duals, adj_24, adj_2, adj_25);
        // adj: wp.atomic_add(duals, 0, x)                                                        <L 65>
        wp::adj_array_store(var_duals, var_0, var_23, adj_duals, adj_0, adj_23);
        wp::adj_sub(var_13, var_22, adj_13, adj_22, adj_23);
        wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_vec_t({var_14, var_15, var_16, var_17, var_18, var_19}, {&adj_14, &adj_15, &adj_16, &adj_17, &adj_18, &adj_19}, adj_20);
        wp::adj_spatial_cross_dual(var_2, var_5, adj_2, adj_5, adj_13);
        // adj: duals[i] = wp.spatial_cross_dual(x, y) - wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) * 0.1  <L 64>
        wp::adj_array_store(var_crosses, var_0, var_12, adj_crosses, adj_0, adj_12);
        wp::adj_add(var_8, var_10, adj_8, adj_10, adj_12);
        wp::adj_mul(var_11, var_5, adj_9, adj_5, adj_10);
        wp::adj_address(var_M, var_0, adj_M, adj_0, adj_9);
        wp::adj_spatial_cross(var_2, var_5, adj_2, adj_5, adj_8);
        // adj: crosses[i] = wp.spatial_cross(x, y) + M[i] * y                                    <L 63>
        wp::adj_array_store(var_dots, var_0, var_7, adj_dots, adj_0, adj_7);
        wp::adj_spatial_dot(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: dots[i] = wp.spatial_dot(x, y)                                                    <L 62>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: y = b[i]                                                                          <L 61>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 60>
        // adj: i = wp.tid()                                                                      <L 59>
        // adj: def spatial_products(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), M: wp.array(dtype=wp.spatial_matrix), dots: wp.array(dtype=float), crosses: wp.array(dtype=wp.spatial_vector), duals: wp.array(dtype=wp.spatial_vector)):  <L 58>
        continue;
    }
}



extern "C" __global__ void double_transforms_995c9180_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float64>> var_t,
    wp::array_t<wp::vec_t<3, wp::float64>> var_p,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out,
    wp::array_t<wp::transform_t<wp::float64>> var_tinv)
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
        wp::transform_t<wp::float64>* var_1;
        wp::transform_t<wp::float64> var_2;
        wp::transform_t<wp::float64> var_3;
        wp::transform_t<wp::float64> var_4;
        wp::transform_t<wp::float64> var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        //---------
        // forward
        // def double_transforms(t: wp.array(dtype=wp.transformd), p: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), tinv: wp.array(dtype=wp.transformd)):       <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // T = t[i]                                                                               <L 71>
        var_1 = wp::address(var_t, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Ti = wp.transform_inverse(T)                                                           <L 72>
        var_4 = wp::transform_inverse(var_2);
        // tinv[i] = Ti * T                                                                       <L 73>
        var_5 = wp::mul(var_4, var_2);
        wp::array_store(var_tinv, var_0, var_5);
        // out[i] = wp.transform_point(Ti, p[i]) + wp.transform_vector(T, p[i])                   <L 74>
        var_6 = wp::address(var_p, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_point(var_4, var_8);
        var_9 = wp::address(var_p, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::transform_vector(var_2, var_11);
        var_12 = wp::add(var_7, var_10);
        wp::array_store(var_out, var_0, var_12);
    }
}



extern "C" __global__ void double_transforms_995c9180_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float64>> var_t,
    wp::array_t<wp::vec_t<3, wp::float64>> var_p,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out,
    wp::array_t<wp::transform_t<wp::float64>> var_tinv,
    wp::array_t<wp::transform_t<wp::float64>> adj_t,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_p,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out,
    wp::array_t<wp::transform_t<wp::float64>> adj_tinv)
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
        wp::transform_t<wp::float64>* var_1;
        wp::transform_t<wp::float64> var_2;
        wp::transform_t<wp::float64> var_3;
        wp::transform_t<wp::float64> var_4;
        wp::transform_t<wp::float64> var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float64> adj_1 = {};
        wp::transform_t<wp::float64> adj_2 = {};
        wp::transform_t<wp::float64> adj_3 = {};
        wp::transform_t<wp::float64> adj_4 = {};
        wp::transform_t<wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::vec_t<3, wp::float64> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<3, wp::float64> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        //---------
        // forward
        // def double_transforms(t: wp.array(dtype=wp.transformd), p: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), tinv: wp.array(dtype=wp.transformd)):       <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // T = t[i]                                                                               <L 71>
        var_1 = wp::address(var_t, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Ti = wp.transform_inverse(T)                                                           <L 72>
        var_4 = wp::transform_inverse(var_2);
        // tinv[i] = Ti * T                                                                       <L 73>
        var_5 = wp::mul(var_4, var_2);
        // wp::array_store(var_tinv, var_0, var_5);
        // out[i] = wp.transform_point(Ti, p[i]) + wp.transform_vector(T, p[i])                   <L 74>
        var_6 = wp::address(var_p, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_point(var_4, var_8);
        var_9 = wp::address(var_p, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::transform_vector(var_2, var_11);
        var_12 = wp::add(var_7, var_10);
        // wp::array_store(var_out, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
        wp::adj_add(var_7, var_10, adj_7, adj_10, adj_12);
        wp::adj_transform_vector(var_2, var_11, adj_2, adj_9, adj_10);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_9);
        wp::adj_transform_point(var_4, var_8, adj_4, adj_6, adj_7);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_6);
        // adj: out[i] = wp.transform_point(Ti, p[i]) + wp.transform_vector(T, p[i])              <L 74>
        wp::adj_array_store(var_tinv, var_0, var_5, adj_tinv, adj_0, adj_5);
        wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
        // adj: tinv[i] = Ti * T                                                                  <L 73>
        wp::adj_transform_inverse(var_2, adj_2, adj_4);
        // adj: Ti = wp.transform_inverse(T)                                                      <L 72>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_1);
        // adj: T = t[i]                                                                          <L 71>
        // adj: i = wp.tid()                                                                      <L 70>
        // adj: def double_transforms(t: wp.array(dtype=wp.transformd), p: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), tinv: wp.array(dtype=wp.transformd)):  <L 69>
        continue;
    }
}

