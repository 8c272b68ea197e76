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


// corpus/206_manipulator_jacobian_dls.py:8
static CUDA_CALLABLE wp::transform_t<wp::float32> joint_transform_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_offset)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::transform_t<wp::float32> var_1;
    //---------
    // forward
    // def joint_transform(axis: wp.vec3, q: float, offset: wp.vec3) -> wp.transform:         <L 9>
    // return wp.transform(offset, wp.quat_from_axis_angle(axis, q))                          <L 10>
    var_0 = wp::quat_from_axis_angle(var_axis, var_q);
    var_1 = wp::transform_t<wp::float32>(var_offset, var_0);
    return var_1;
}


// corpus/206_manipulator_jacobian_dls.py:8
static CUDA_CALLABLE void adj_joint_transform_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_offset,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::float32 & adj_q,
    wp::vec_t<3, wp::float32> & adj_offset,
    wp::transform_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::transform_t<wp::float32> var_1;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    //---------
    // forward
    // def joint_transform(axis: wp.vec3, q: float, offset: wp.vec3) -> wp.transform:         <L 9>
    // return wp.transform(offset, wp.quat_from_axis_angle(axis, q))                          <L 10>
    var_0 = wp::quat_from_axis_angle(var_axis, var_q);
    var_1 = wp::transform_t<wp::float32>(var_offset, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_transform_t(var_offset, var_0, adj_offset, adj_0, adj_1);
    wp::adj_quat_from_axis_angle(var_axis, var_q, adj_axis, adj_q, adj_0);
    // adj: return wp.transform(offset, wp.quat_from_axis_angle(axis, q))                     <L 10>
    // adj: def joint_transform(axis: wp.vec3, q: float, offset: wp.vec3) -> wp.transform:    <L 9>
    return;
}



extern "C" __global__ void forward_kinematics_3f38d6c8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<7, wp::float32>> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets,
    wp::int32 var_n_dof,
    wp::vec_t<3, wp::float32> var_ee_offset,
    wp::array_t<wp::transform_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ee)
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
        const wp::int32 var_2 = 7;
        wp::range_t var_3;
        wp::int32 var_4;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<7, wp::float32>* var_7;
        wp::float32 var_8;
        wp::vec_t<7, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def forward_kinematics(q: wp.array(dtype=vec7), axes: wp.array(dtype=wp.vec3), offsets: wp.array(dtype=wp.vec3), n_dof: int, ee_offset: wp.vec3, frames: wp.array2d(dtype=wp.transform), ee: wp.array(dtype=wp.vec3)):       <L 14>
        // r = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // X = wp.transform_identity()                                                            <L 16>
        var_1 = wp::transform_identity<wp::float32>();
        // for j in range(MAX_DOF):                                                               <L 17>
        var_3 = wp::range(var_2);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
            // if j >= n_dof:                                                                     <L 18>
            var_5 = (var_4 >= var_n_dof);
            if (var_5) {
                // break                                                                          <L 19>
                goto end_for_0;
            }
            // X = X * joint_transform(axes[j], q[r][j], offsets[j])                              <L 20>
            var_6 = wp::address(var_axes, var_4);
            var_7 = wp::address(var_q, var_0);
            var_9 = wp::load(var_7);
            var_8 = wp::extract(var_9, var_4);
            var_10 = wp::address(var_offsets, var_4);
            var_12 = wp::load(var_6);
            var_13 = wp::load(var_10);
            var_11 = joint_transform_0(var_12, var_8, var_13);
            var_14 = wp::mul(var_1, var_11);
            // frames[r, j] = X                                                                   <L 21>
            wp::array_store(var_frames, var_0, var_4, var_14);
            wp::assign(var_1, var_14);
            goto start_for_0;
        end_for_0:;
        // ee[r] = wp.transform_point(X, ee_offset)                                               <L 22>
        var_15 = wp::transform_point(var_1, var_ee_offset);
        wp::array_store(var_ee, var_0, var_15);
    }
}



extern "C" __global__ void forward_kinematics_3f38d6c8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<7, wp::float32>> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets,
    wp::int32 var_n_dof,
    wp::vec_t<3, wp::float32> var_ee_offset,
    wp::array_t<wp::transform_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ee,
    wp::array_t<wp::vec_t<7, wp::float32>> adj_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets,
    wp::int32 adj_n_dof,
    wp::vec_t<3, wp::float32> adj_ee_offset,
    wp::array_t<wp::transform_t<wp::float32>> adj_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ee)
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
        const wp::int32 var_2 = 7;
        wp::range_t var_3;
        wp::int32 var_4;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<7, wp::float32>* var_7;
        wp::float32 var_8;
        wp::vec_t<7, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::range_t adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<7, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<7, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def forward_kinematics(q: wp.array(dtype=vec7), axes: wp.array(dtype=wp.vec3), offsets: wp.array(dtype=wp.vec3), n_dof: int, ee_offset: wp.vec3, frames: wp.array2d(dtype=wp.transform), ee: wp.array(dtype=wp.vec3)):       <L 14>
        // r = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // X = wp.transform_identity()                                                            <L 16>
        var_1 = wp::transform_identity<wp::float32>();
        // for j in range(MAX_DOF):                                                               <L 17>
        var_3 = wp::range(var_2);
        // ee[r] = wp.transform_point(X, ee_offset)                                               <L 22>
        var_15 = wp::transform_point(var_1, var_ee_offset);
        // wp::array_store(var_ee, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_ee, var_0, var_15, adj_ee, adj_0, adj_15);
        wp::adj_transform_point(var_1, var_ee_offset, adj_1, adj_ee_offset, adj_15);
        // adj: ee[r] = wp.transform_point(X, ee_offset)                                          <L 22>
        var_3 = wp::iter_reverse(var_3);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
        	adj_5 = {};
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
            // if j >= n_dof:                                                                     <L 18>
            var_5 = (var_4 >= var_n_dof);
            if (var_5) {
                // break                                                                          <L 19>
                goto end_for_0;
            }
            // X = X * joint_transform(axes[j], q[r][j], offsets[j])                              <L 20>
            var_6 = wp::address(var_axes, var_4);
            var_7 = wp::address(var_q, var_0);
            var_9 = wp::load(var_7);
            var_8 = wp::extract(var_9, var_4);
            var_10 = wp::address(var_offsets, var_4);
            var_12 = wp::load(var_6);
            var_13 = wp::load(var_10);
            var_11 = joint_transform_0(var_12, var_8, var_13);
            var_14 = wp::mul(var_1, var_11);
            // frames[r, j] = X                                                                   <L 21>
            // wp::array_store(var_frames, var_0, var_4, var_14);
            wp::assign(var_1, var_14);
            wp::adj_assign(var_1, var_14, adj_1, adj_14);
            wp::adj_array_store(var_frames, var_0, var_4, var_14, adj_frames, adj_0, adj_4, adj_14);
            // adj: frames[r, j] = X                                                              <L 21>
            wp::adj_mul(var_1, var_11, adj_1, adj_11, adj_14);
            adj_joint_transform_0(var_12, var_8, var_13, adj_6, adj_8, adj_10, adj_11);
            wp::adj_address(var_offsets, var_4, adj_offsets, adj_4, adj_10);
            wp::adj_extract(var_9, var_4, adj_7, adj_4, adj_8);
            wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
            wp::adj_address(var_axes, var_4, adj_axes, adj_4, adj_6);
            // adj: X = X * joint_transform(axes[j], q[r][j], offsets[j])                         <L 20>
            if (var_5) {
                // adj: break                                                                     <L 19>
            }
            // adj: if j >= n_dof:                                                                <L 18>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(MAX_DOF):                                                          <L 17>
        // adj: X = wp.transform_identity()                                                       <L 16>
        // adj: r = wp.tid()                                                                      <L 15>
        // adj: def forward_kinematics(q: wp.array(dtype=vec7), axes: wp.array(dtype=wp.vec3), offsets: wp.array(dtype=wp.vec3), n_dof: int, ee_offset: wp.vec3, frames: wp.array2d(dtype=wp.transform), ee: wp.array(dtype=wp.vec3)):  <L 14>
        continue;
    }
}



extern "C" __global__ void geometric_jacobian_f37b589d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ee,
    wp::int32 var_n_dof,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> var_J)
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
        wp::mat_t<6, 7, wp::float32> var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 7;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::transform_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 3;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 3;
        wp::int32 var_32;
        //---------
        // forward
        // def geometric_jacobian(frames: wp.array2d(dtype=wp.transform), axes: wp.array(dtype=wp.vec3), ee: wp.array(dtype=wp.vec3), n_dof: int, J: wp.array(dtype=mat67)):       <L 26>
        // r = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // M = mat67()                                                                            <L 28>
        var_1 = wp::mat_t<6, 7, wp::float32>();
        // p_ee = ee[r]                                                                           <L 29>
        var_2 = wp::address(var_ee, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for j in range(MAX_DOF):                                                               <L 30>
        var_6 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j >= n_dof:                                                                     <L 31>
            var_8 = (var_7 >= var_n_dof);
            if (var_8) {
                // continue                                                                       <L 32>
                goto start_for_0;
            }
            // X = frames[r, j]                                                                   <L 33>
            var_9 = wp::address(var_frames, var_0, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // z = wp.transform_vector(X, axes[j])                                                <L 34>
            var_12 = wp::address(var_axes, var_7);
            var_14 = wp::load(var_12);
            var_13 = wp::transform_vector(var_10, var_14);
            // p = wp.transform_get_translation(X)                                                <L 35>
            var_15 = wp::transform_get_translation(var_10);
            // lin = wp.cross(z, p_ee - p)                                                        <L 36>
            var_16 = wp::sub(var_3, var_15);
            var_17 = wp::cross(var_13, var_16);
            // for k in range(3):                                                                 <L 37>
            // M[k, j] = z[k]                                                                     <L 38>
            var_19 = wp::extract(var_13, var_18);
            wp::assign_inplace(var_1, var_18, var_7, var_19);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_20 = wp::extract(var_17, var_18);
            var_22 = wp::add(var_18, var_21);
            wp::assign_inplace(var_1, var_22, var_7, var_20);
            // M[k, j] = z[k]                                                                     <L 38>
            var_24 = wp::extract(var_13, var_23);
            wp::assign_inplace(var_1, var_23, var_7, var_24);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_25 = wp::extract(var_17, var_23);
            var_27 = wp::add(var_23, var_26);
            wp::assign_inplace(var_1, var_27, var_7, var_25);
            // M[k, j] = z[k]                                                                     <L 38>
            var_29 = wp::extract(var_13, var_28);
            wp::assign_inplace(var_1, var_28, var_7, var_29);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_30 = wp::extract(var_17, var_28);
            var_32 = wp::add(var_28, var_31);
            wp::assign_inplace(var_1, var_32, var_7, var_30);
            goto start_for_0;
        end_for_0:;
        // J[r] = M                                                                               <L 40>
        wp::array_store(var_J, var_0, var_1);
    }
}



extern "C" __global__ void geometric_jacobian_f37b589d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ee,
    wp::int32 var_n_dof,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> var_J,
    wp::array_t<wp::transform_t<wp::float32>> adj_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ee,
    wp::int32 adj_n_dof,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> adj_J)
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
        wp::mat_t<6, 7, wp::float32> var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 7;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::transform_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 3;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 3;
        wp::int32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<6, 7, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::transform_t<wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        //---------
        // forward
        // def geometric_jacobian(frames: wp.array2d(dtype=wp.transform), axes: wp.array(dtype=wp.vec3), ee: wp.array(dtype=wp.vec3), n_dof: int, J: wp.array(dtype=mat67)):       <L 26>
        // r = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // M = mat67()                                                                            <L 28>
        var_1 = wp::mat_t<6, 7, wp::float32>();
        // p_ee = ee[r]                                                                           <L 29>
        var_2 = wp::address(var_ee, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for j in range(MAX_DOF):                                                               <L 30>
        var_6 = wp::range(var_5);
        // J[r] = M                                                                               <L 40>
        // wp::array_store(var_J, var_0, var_1);
        //---------
        // reverse
        wp::adj_array_store(var_J, var_0, var_1, adj_J, adj_0, adj_1);
        // adj: J[r] = M                                                                          <L 40>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
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
        	adj_31 = {};
        	adj_32 = {};
            // if j >= n_dof:                                                                     <L 31>
            var_8 = (var_7 >= var_n_dof);
            if (var_8) {
                // continue                                                                       <L 32>
                goto start_for_0;
            }
            // X = frames[r, j]                                                                   <L 33>
            var_9 = wp::address(var_frames, var_0, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // z = wp.transform_vector(X, axes[j])                                                <L 34>
            var_12 = wp::address(var_axes, var_7);
            var_14 = wp::load(var_12);
            var_13 = wp::transform_vector(var_10, var_14);
            // p = wp.transform_get_translation(X)                                                <L 35>
            var_15 = wp::transform_get_translation(var_10);
            // lin = wp.cross(z, p_ee - p)                                                        <L 36>
            var_16 = wp::sub(var_3, var_15);
            var_17 = wp::cross(var_13, var_16);
            // for k in range(3):                                                                 <L 37>
            // M[k, j] = z[k]                                                                     <L 38>
            var_19 = wp::extract(var_13, var_18);
            wp::assign_inplace(var_1, var_18, var_7, var_19);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_20 = wp::extract(var_17, var_18);
            var_22 = wp::add(var_18, var_21);
            wp::assign_inplace(var_1, var_22, var_7, var_20);
            // M[k, j] = z[k]                                                                     <L 38>
            var_24 = wp::extract(var_13, var_23);
            wp::assign_inplace(var_1, var_23, var_7, var_24);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_25 = wp::extract(var_17, var_23);
            var_27 = wp::add(var_23, var_26);
            wp::assign_inplace(var_1, var_27, var_7, var_25);
            // M[k, j] = z[k]                                                                     <L 38>
            var_29 = wp::extract(var_13, var_28);
            wp::assign_inplace(var_1, var_28, var_7, var_29);
            // M[k + 3, j] = lin[k]                                                               <L 39>
            var_30 = wp::extract(var_17, var_28);
            var_32 = wp::add(var_28, var_31);
            wp::assign_inplace(var_1, var_32, var_7, var_30);
            wp::adj_assign_inplace(var_1, var_32, var_7, var_30, adj_1, adj_32, adj_7, adj_30);
            wp::adj_add(var_28, var_31, adj_28, adj_31, adj_32);
            wp::adj_extract(var_17, var_28, adj_17, adj_28, adj_30);
            // adj: M[k + 3, j] = lin[k]                                                          <L 39>
            wp::adj_assign_inplace(var_1, var_28, var_7, var_29, adj_1, adj_28, adj_7, adj_29);
            wp::adj_extract(var_13, var_28, adj_13, adj_28, adj_29);
            // adj: M[k, j] = z[k]                                                                <L 38>
            wp::adj_assign_inplace(var_1, var_27, var_7, var_25, adj_1, adj_27, adj_7, adj_25);
            wp::adj_add(var_23, var_26, adj_23, adj_26, adj_27);
            wp::adj_extract(var_17, var_23, adj_17, adj_23, adj_25);
            // adj: M[k + 3, j] = lin[k]                                                          <L 39>
            wp::adj_assign_inplace(var_1, var_23, var_7, var_24, adj_1, adj_23, adj_7, adj_24);
            wp::adj_extract(var_13, var_23, adj_13, adj_23, adj_24);
            // adj: M[k, j] = z[k]                                                                <L 38>
            wp::adj_assign_inplace(var_1, var_22, var_7, var_20, adj_1, adj_22, adj_7, adj_20);
            wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
            wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_20);
            // adj: M[k + 3, j] = lin[k]                                                          <L 39>
            wp::adj_assign_inplace(var_1, var_18, var_7, var_19, adj_1, adj_18, adj_7, adj_19);
            wp::adj_extract(var_13, var_18, adj_13, adj_18, adj_19);
            // adj: M[k, j] = z[k]                                                                <L 38>
            // adj: for k in range(3):                                                            <L 37>
            wp::adj_cross(var_13, var_16, adj_13, adj_16, adj_17);
            wp::adj_sub(var_3, var_15, adj_3, adj_15, adj_16);
            // adj: lin = wp.cross(z, p_ee - p)                                                   <L 36>
            wp::adj_transform_get_translation(var_10, adj_10, adj_15);
            // adj: p = wp.transform_get_translation(X)                                           <L 35>
            wp::adj_transform_vector(var_10, var_14, adj_10, adj_12, adj_13);
            wp::adj_address(var_axes, var_7, adj_axes, adj_7, adj_12);
            // adj: z = wp.transform_vector(X, axes[j])                                           <L 34>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_frames, var_0, var_7, adj_frames, adj_0, adj_7, adj_9);
            // adj: X = frames[r, j]                                                              <L 33>
            if (var_8) {
                // adj: continue                                                                  <L 32>
            }
            // adj: if j >= n_dof:                                                                <L 31>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(MAX_DOF):                                                          <L 30>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_ee, var_0, adj_ee, adj_0, adj_2);
        // adj: p_ee = ee[r]                                                                      <L 29>
        // adj: M = mat67()                                                                       <L 28>
        // adj: r = wp.tid()                                                                      <L 27>
        // adj: def geometric_jacobian(frames: wp.array2d(dtype=wp.transform), axes: wp.array(dtype=wp.vec3), ee: wp.array(dtype=wp.vec3), n_dof: int, J: wp.array(dtype=mat67)):  <L 26>
        continue;
    }
}



extern "C" __global__ void damped_least_squares_3dacf3dc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> var_J,
    wp::array_t<wp::vec_t<6, wp::float32>> var_err,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<7, wp::float32>> var_dq)
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
        wp::mat_t<6, 7, wp::float32>* var_1;
        wp::mat_t<6, 7, wp::float32> var_2;
        wp::mat_t<6, 7, wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::mat_t<6, 6, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 3;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 4;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 5;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 6;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        const wp::float32 var_52 = 0.0;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 2;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 3;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::int32 var_74 = 4;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 5;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 6;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        bool var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 2;
        const wp::float32 var_94 = 0.0;
        wp::float32 var_95;
        const wp::int32 var_96 = 0;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 1;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 2;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 3;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        const wp::int32 var_116 = 4;
        wp::float32 var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::int32 var_121 = 5;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::int32 var_126 = 6;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        bool var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        const wp::int32 var_135 = 3;
        const wp::float32 var_136 = 0.0;
        wp::float32 var_137;
        const wp::int32 var_138 = 0;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        wp::float32 var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 2;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::float32 var_151;
        wp::float32 var_152;
        const wp::int32 var_153 = 3;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 4;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        const wp::int32 var_163 = 5;
        wp::float32 var_164;
        wp::float32 var_165;
        wp::float32 var_166;
        wp::float32 var_167;
        const wp::int32 var_168 = 6;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        bool var_173;
        wp::float32 var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 4;
        const wp::float32 var_178 = 0.0;
        wp::float32 var_179;
        const wp::int32 var_180 = 0;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        const wp::int32 var_185 = 1;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        const wp::int32 var_190 = 2;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        wp::float32 var_194;
        const wp::int32 var_195 = 3;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 4;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        const wp::int32 var_205 = 5;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 6;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        wp::float32 var_214;
        bool var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        wp::float32 var_218;
        const wp::int32 var_219 = 5;
        const wp::float32 var_220 = 0.0;
        wp::float32 var_221;
        const wp::int32 var_222 = 0;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        const wp::int32 var_227 = 1;
        wp::float32 var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        wp::float32 var_231;
        const wp::int32 var_232 = 2;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::float32 var_236;
        const wp::int32 var_237 = 3;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 4;
        wp::float32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        const wp::int32 var_247 = 5;
        wp::float32 var_248;
        wp::float32 var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        const wp::int32 var_252 = 6;
        wp::float32 var_253;
        wp::float32 var_254;
        wp::float32 var_255;
        wp::float32 var_256;
        bool var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        const wp::int32 var_261 = 1;
        const wp::int32 var_262 = 0;
        const wp::float32 var_263 = 0.0;
        wp::float32 var_264;
        const wp::int32 var_265 = 0;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 1;
        wp::float32 var_271;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        const wp::int32 var_275 = 2;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 3;
        wp::float32 var_281;
        wp::float32 var_282;
        wp::float32 var_283;
        wp::float32 var_284;
        const wp::int32 var_285 = 4;
        wp::float32 var_286;
        wp::float32 var_287;
        wp::float32 var_288;
        wp::float32 var_289;
        const wp::int32 var_290 = 5;
        wp::float32 var_291;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        const wp::int32 var_295 = 6;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::float32 var_298;
        wp::float32 var_299;
        bool var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::int32 var_304 = 1;
        const wp::float32 var_305 = 0.0;
        wp::float32 var_306;
        const wp::int32 var_307 = 0;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 1;
        wp::float32 var_313;
        wp::float32 var_314;
        wp::float32 var_315;
        wp::float32 var_316;
        const wp::int32 var_317 = 2;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        const wp::int32 var_322 = 3;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        const wp::int32 var_327 = 4;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        const wp::int32 var_332 = 5;
        wp::float32 var_333;
        wp::float32 var_334;
        wp::float32 var_335;
        wp::float32 var_336;
        const wp::int32 var_337 = 6;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        bool var_342;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        const wp::int32 var_346 = 2;
        const wp::float32 var_347 = 0.0;
        wp::float32 var_348;
        const wp::int32 var_349 = 0;
        wp::float32 var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        const wp::int32 var_354 = 1;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        const wp::int32 var_359 = 2;
        wp::float32 var_360;
        wp::float32 var_361;
        wp::float32 var_362;
        wp::float32 var_363;
        const wp::int32 var_364 = 3;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        const wp::int32 var_369 = 4;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        const wp::int32 var_374 = 5;
        wp::float32 var_375;
        wp::float32 var_376;
        wp::float32 var_377;
        wp::float32 var_378;
        const wp::int32 var_379 = 6;
        wp::float32 var_380;
        wp::float32 var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        bool var_384;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::int32 var_388 = 3;
        const wp::float32 var_389 = 0.0;
        wp::float32 var_390;
        const wp::int32 var_391 = 0;
        wp::float32 var_392;
        wp::float32 var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        const wp::int32 var_396 = 1;
        wp::float32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        const wp::int32 var_401 = 2;
        wp::float32 var_402;
        wp::float32 var_403;
        wp::float32 var_404;
        wp::float32 var_405;
        const wp::int32 var_406 = 3;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 4;
        wp::float32 var_412;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        const wp::int32 var_416 = 5;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        wp::float32 var_420;
        const wp::int32 var_421 = 6;
        wp::float32 var_422;
        wp::float32 var_423;
        wp::float32 var_424;
        wp::float32 var_425;
        bool var_426;
        wp::float32 var_427;
        wp::float32 var_428;
        wp::float32 var_429;
        const wp::int32 var_430 = 4;
        const wp::float32 var_431 = 0.0;
        wp::float32 var_432;
        const wp::int32 var_433 = 0;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        const wp::int32 var_438 = 1;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        const wp::int32 var_443 = 2;
        wp::float32 var_444;
        wp::float32 var_445;
        wp::float32 var_446;
        wp::float32 var_447;
        const wp::int32 var_448 = 3;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        const wp::int32 var_453 = 4;
        wp::float32 var_454;
        wp::float32 var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        const wp::int32 var_458 = 5;
        wp::float32 var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        const wp::int32 var_463 = 6;
        wp::float32 var_464;
        wp::float32 var_465;
        wp::float32 var_466;
        wp::float32 var_467;
        bool var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        const wp::int32 var_472 = 5;
        const wp::float32 var_473 = 0.0;
        wp::float32 var_474;
        const wp::int32 var_475 = 0;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        const wp::int32 var_480 = 1;
        wp::float32 var_481;
        wp::float32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        const wp::int32 var_485 = 2;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        const wp::int32 var_490 = 3;
        wp::float32 var_491;
        wp::float32 var_492;
        wp::float32 var_493;
        wp::float32 var_494;
        const wp::int32 var_495 = 4;
        wp::float32 var_496;
        wp::float32 var_497;
        wp::float32 var_498;
        wp::float32 var_499;
        const wp::int32 var_500 = 5;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::float32 var_503;
        wp::float32 var_504;
        const wp::int32 var_505 = 6;
        wp::float32 var_506;
        wp::float32 var_507;
        wp::float32 var_508;
        wp::float32 var_509;
        bool var_510;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        const wp::int32 var_514 = 2;
        const wp::int32 var_515 = 0;
        const wp::float32 var_516 = 0.0;
        wp::float32 var_517;
        const wp::int32 var_518 = 0;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        wp::float32 var_522;
        const wp::int32 var_523 = 1;
        wp::float32 var_524;
        wp::float32 var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        const wp::int32 var_528 = 2;
        wp::float32 var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        const wp::int32 var_533 = 3;
        wp::float32 var_534;
        wp::float32 var_535;
        wp::float32 var_536;
        wp::float32 var_537;
        const wp::int32 var_538 = 4;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        const wp::int32 var_543 = 5;
        wp::float32 var_544;
        wp::float32 var_545;
        wp::float32 var_546;
        wp::float32 var_547;
        const wp::int32 var_548 = 6;
        wp::float32 var_549;
        wp::float32 var_550;
        wp::float32 var_551;
        wp::float32 var_552;
        bool var_553;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        const wp::int32 var_557 = 1;
        const wp::float32 var_558 = 0.0;
        wp::float32 var_559;
        const wp::int32 var_560 = 0;
        wp::float32 var_561;
        wp::float32 var_562;
        wp::float32 var_563;
        wp::float32 var_564;
        const wp::int32 var_565 = 1;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32 var_568;
        wp::float32 var_569;
        const wp::int32 var_570 = 2;
        wp::float32 var_571;
        wp::float32 var_572;
        wp::float32 var_573;
        wp::float32 var_574;
        const wp::int32 var_575 = 3;
        wp::float32 var_576;
        wp::float32 var_577;
        wp::float32 var_578;
        wp::float32 var_579;
        const wp::int32 var_580 = 4;
        wp::float32 var_581;
        wp::float32 var_582;
        wp::float32 var_583;
        wp::float32 var_584;
        const wp::int32 var_585 = 5;
        wp::float32 var_586;
        wp::float32 var_587;
        wp::float32 var_588;
        wp::float32 var_589;
        const wp::int32 var_590 = 6;
        wp::float32 var_591;
        wp::float32 var_592;
        wp::float32 var_593;
        wp::float32 var_594;
        bool var_595;
        wp::float32 var_596;
        wp::float32 var_597;
        wp::float32 var_598;
        const wp::int32 var_599 = 2;
        const wp::float32 var_600 = 0.0;
        wp::float32 var_601;
        const wp::int32 var_602 = 0;
        wp::float32 var_603;
        wp::float32 var_604;
        wp::float32 var_605;
        wp::float32 var_606;
        const wp::int32 var_607 = 1;
        wp::float32 var_608;
        wp::float32 var_609;
        wp::float32 var_610;
        wp::float32 var_611;
        const wp::int32 var_612 = 2;
        wp::float32 var_613;
        wp::float32 var_614;
        wp::float32 var_615;
        wp::float32 var_616;
        const wp::int32 var_617 = 3;
        wp::float32 var_618;
        wp::float32 var_619;
        wp::float32 var_620;
        wp::float32 var_621;
        const wp::int32 var_622 = 4;
        wp::float32 var_623;
        wp::float32 var_624;
        wp::float32 var_625;
        wp::float32 var_626;
        const wp::int32 var_627 = 5;
        wp::float32 var_628;
        wp::float32 var_629;
        wp::float32 var_630;
        wp::float32 var_631;
        const wp::int32 var_632 = 6;
        wp::float32 var_633;
        wp::float32 var_634;
        wp::float32 var_635;
        wp::float32 var_636;
        bool var_637;
        wp::float32 var_638;
        wp::float32 var_639;
        wp::float32 var_640;
        const wp::int32 var_641 = 3;
        const wp::float32 var_642 = 0.0;
        wp::float32 var_643;
        const wp::int32 var_644 = 0;
        wp::float32 var_645;
        wp::float32 var_646;
        wp::float32 var_647;
        wp::float32 var_648;
        const wp::int32 var_649 = 1;
        wp::float32 var_650;
        wp::float32 var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        const wp::int32 var_654 = 2;
        wp::float32 var_655;
        wp::float32 var_656;
        wp::float32 var_657;
        wp::float32 var_658;
        const wp::int32 var_659 = 3;
        wp::float32 var_660;
        wp::float32 var_661;
        wp::float32 var_662;
        wp::float32 var_663;
        const wp::int32 var_664 = 4;
        wp::float32 var_665;
        wp::float32 var_666;
        wp::float32 var_667;
        wp::float32 var_668;
        const wp::int32 var_669 = 5;
        wp::float32 var_670;
        wp::float32 var_671;
        wp::float32 var_672;
        wp::float32 var_673;
        const wp::int32 var_674 = 6;
        wp::float32 var_675;
        wp::float32 var_676;
        wp::float32 var_677;
        wp::float32 var_678;
        bool var_679;
        wp::float32 var_680;
        wp::float32 var_681;
        wp::float32 var_682;
        const wp::int32 var_683 = 4;
        const wp::float32 var_684 = 0.0;
        wp::float32 var_685;
        const wp::int32 var_686 = 0;
        wp::float32 var_687;
        wp::float32 var_688;
        wp::float32 var_689;
        wp::float32 var_690;
        const wp::int32 var_691 = 1;
        wp::float32 var_692;
        wp::float32 var_693;
        wp::float32 var_694;
        wp::float32 var_695;
        const wp::int32 var_696 = 2;
        wp::float32 var_697;
        wp::float32 var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        const wp::int32 var_701 = 3;
        wp::float32 var_702;
        wp::float32 var_703;
        wp::float32 var_704;
        wp::float32 var_705;
        const wp::int32 var_706 = 4;
        wp::float32 var_707;
        wp::float32 var_708;
        wp::float32 var_709;
        wp::float32 var_710;
        const wp::int32 var_711 = 5;
        wp::float32 var_712;
        wp::float32 var_713;
        wp::float32 var_714;
        wp::float32 var_715;
        const wp::int32 var_716 = 6;
        wp::float32 var_717;
        wp::float32 var_718;
        wp::float32 var_719;
        wp::float32 var_720;
        bool var_721;
        wp::float32 var_722;
        wp::float32 var_723;
        wp::float32 var_724;
        const wp::int32 var_725 = 5;
        const wp::float32 var_726 = 0.0;
        wp::float32 var_727;
        const wp::int32 var_728 = 0;
        wp::float32 var_729;
        wp::float32 var_730;
        wp::float32 var_731;
        wp::float32 var_732;
        const wp::int32 var_733 = 1;
        wp::float32 var_734;
        wp::float32 var_735;
        wp::float32 var_736;
        wp::float32 var_737;
        const wp::int32 var_738 = 2;
        wp::float32 var_739;
        wp::float32 var_740;
        wp::float32 var_741;
        wp::float32 var_742;
        const wp::int32 var_743 = 3;
        wp::float32 var_744;
        wp::float32 var_745;
        wp::float32 var_746;
        wp::float32 var_747;
        const wp::int32 var_748 = 4;
        wp::float32 var_749;
        wp::float32 var_750;
        wp::float32 var_751;
        wp::float32 var_752;
        const wp::int32 var_753 = 5;
        wp::float32 var_754;
        wp::float32 var_755;
        wp::float32 var_756;
        wp::float32 var_757;
        const wp::int32 var_758 = 6;
        wp::float32 var_759;
        wp::float32 var_760;
        wp::float32 var_761;
        wp::float32 var_762;
        bool var_763;
        wp::float32 var_764;
        wp::float32 var_765;
        wp::float32 var_766;
        const wp::int32 var_767 = 3;
        const wp::int32 var_768 = 0;
        const wp::float32 var_769 = 0.0;
        wp::float32 var_770;
        const wp::int32 var_771 = 0;
        wp::float32 var_772;
        wp::float32 var_773;
        wp::float32 var_774;
        wp::float32 var_775;
        const wp::int32 var_776 = 1;
        wp::float32 var_777;
        wp::float32 var_778;
        wp::float32 var_779;
        wp::float32 var_780;
        const wp::int32 var_781 = 2;
        wp::float32 var_782;
        wp::float32 var_783;
        wp::float32 var_784;
        wp::float32 var_785;
        const wp::int32 var_786 = 3;
        wp::float32 var_787;
        wp::float32 var_788;
        wp::float32 var_789;
        wp::float32 var_790;
        const wp::int32 var_791 = 4;
        wp::float32 var_792;
        wp::float32 var_793;
        wp::float32 var_794;
        wp::float32 var_795;
        const wp::int32 var_796 = 5;
        wp::float32 var_797;
        wp::float32 var_798;
        wp::float32 var_799;
        wp::float32 var_800;
        const wp::int32 var_801 = 6;
        wp::float32 var_802;
        wp::float32 var_803;
        wp::float32 var_804;
        wp::float32 var_805;
        bool var_806;
        wp::float32 var_807;
        wp::float32 var_808;
        wp::float32 var_809;
        const wp::int32 var_810 = 1;
        const wp::float32 var_811 = 0.0;
        wp::float32 var_812;
        const wp::int32 var_813 = 0;
        wp::float32 var_814;
        wp::float32 var_815;
        wp::float32 var_816;
        wp::float32 var_817;
        const wp::int32 var_818 = 1;
        wp::float32 var_819;
        wp::float32 var_820;
        wp::float32 var_821;
        wp::float32 var_822;
        const wp::int32 var_823 = 2;
        wp::float32 var_824;
        wp::float32 var_825;
        wp::float32 var_826;
        wp::float32 var_827;
        const wp::int32 var_828 = 3;
        wp::float32 var_829;
        wp::float32 var_830;
        wp::float32 var_831;
        wp::float32 var_832;
        const wp::int32 var_833 = 4;
        wp::float32 var_834;
        wp::float32 var_835;
        wp::float32 var_836;
        wp::float32 var_837;
        const wp::int32 var_838 = 5;
        wp::float32 var_839;
        wp::float32 var_840;
        wp::float32 var_841;
        wp::float32 var_842;
        const wp::int32 var_843 = 6;
        wp::float32 var_844;
        wp::float32 var_845;
        wp::float32 var_846;
        wp::float32 var_847;
        bool var_848;
        wp::float32 var_849;
        wp::float32 var_850;
        wp::float32 var_851;
        const wp::int32 var_852 = 2;
        const wp::float32 var_853 = 0.0;
        wp::float32 var_854;
        const wp::int32 var_855 = 0;
        wp::float32 var_856;
        wp::float32 var_857;
        wp::float32 var_858;
        wp::float32 var_859;
        const wp::int32 var_860 = 1;
        wp::float32 var_861;
        wp::float32 var_862;
        wp::float32 var_863;
        wp::float32 var_864;
        const wp::int32 var_865 = 2;
        wp::float32 var_866;
        wp::float32 var_867;
        wp::float32 var_868;
        wp::float32 var_869;
        const wp::int32 var_870 = 3;
        wp::float32 var_871;
        wp::float32 var_872;
        wp::float32 var_873;
        wp::float32 var_874;
        const wp::int32 var_875 = 4;
        wp::float32 var_876;
        wp::float32 var_877;
        wp::float32 var_878;
        wp::float32 var_879;
        const wp::int32 var_880 = 5;
        wp::float32 var_881;
        wp::float32 var_882;
        wp::float32 var_883;
        wp::float32 var_884;
        const wp::int32 var_885 = 6;
        wp::float32 var_886;
        wp::float32 var_887;
        wp::float32 var_888;
        wp::float32 var_889;
        bool var_890;
        wp::float32 var_891;
        wp::float32 var_892;
        wp::float32 var_893;
        const wp::int32 var_894 = 3;
        const wp::float32 var_895 = 0.0;
        wp::float32 var_896;
        const wp::int32 var_897 = 0;
        wp::float32 var_898;
        wp::float32 var_899;
        wp::float32 var_900;
        wp::float32 var_901;
        const wp::int32 var_902 = 1;
        wp::float32 var_903;
        wp::float32 var_904;
        wp::float32 var_905;
        wp::float32 var_906;
        const wp::int32 var_907 = 2;
        wp::float32 var_908;
        wp::float32 var_909;
        wp::float32 var_910;
        wp::float32 var_911;
        const wp::int32 var_912 = 3;
        wp::float32 var_913;
        wp::float32 var_914;
        wp::float32 var_915;
        wp::float32 var_916;
        const wp::int32 var_917 = 4;
        wp::float32 var_918;
        wp::float32 var_919;
        wp::float32 var_920;
        wp::float32 var_921;
        const wp::int32 var_922 = 5;
        wp::float32 var_923;
        wp::float32 var_924;
        wp::float32 var_925;
        wp::float32 var_926;
        const wp::int32 var_927 = 6;
        wp::float32 var_928;
        wp::float32 var_929;
        wp::float32 var_930;
        wp::float32 var_931;
        bool var_932;
        wp::float32 var_933;
        wp::float32 var_934;
        wp::float32 var_935;
        const wp::int32 var_936 = 4;
        const wp::float32 var_937 = 0.0;
        wp::float32 var_938;
        const wp::int32 var_939 = 0;
        wp::float32 var_940;
        wp::float32 var_941;
        wp::float32 var_942;
        wp::float32 var_943;
        const wp::int32 var_944 = 1;
        wp::float32 var_945;
        wp::float32 var_946;
        wp::float32 var_947;
        wp::float32 var_948;
        const wp::int32 var_949 = 2;
        wp::float32 var_950;
        wp::float32 var_951;
        wp::float32 var_952;
        wp::float32 var_953;
        const wp::int32 var_954 = 3;
        wp::float32 var_955;
        wp::float32 var_956;
        wp::float32 var_957;
        wp::float32 var_958;
        const wp::int32 var_959 = 4;
        wp::float32 var_960;
        wp::float32 var_961;
        wp::float32 var_962;
        wp::float32 var_963;
        const wp::int32 var_964 = 5;
        wp::float32 var_965;
        wp::float32 var_966;
        wp::float32 var_967;
        wp::float32 var_968;
        const wp::int32 var_969 = 6;
        wp::float32 var_970;
        wp::float32 var_971;
        wp::float32 var_972;
        wp::float32 var_973;
        bool var_974;
        wp::float32 var_975;
        wp::float32 var_976;
        wp::float32 var_977;
        const wp::int32 var_978 = 5;
        const wp::float32 var_979 = 0.0;
        wp::float32 var_980;
        const wp::int32 var_981 = 0;
        wp::float32 var_982;
        wp::float32 var_983;
        wp::float32 var_984;
        wp::float32 var_985;
        const wp::int32 var_986 = 1;
        wp::float32 var_987;
        wp::float32 var_988;
        wp::float32 var_989;
        wp::float32 var_990;
        const wp::int32 var_991 = 2;
        wp::float32 var_992;
        wp::float32 var_993;
        wp::float32 var_994;
        wp::float32 var_995;
        const wp::int32 var_996 = 3;
        wp::float32 var_997;
        wp::float32 var_998;
        wp::float32 var_999;
        wp::float32 var_1000;
        const wp::int32 var_1001 = 4;
        wp::float32 var_1002;
        wp::float32 var_1003;
        wp::float32 var_1004;
        wp::float32 var_1005;
        const wp::int32 var_1006 = 5;
        wp::float32 var_1007;
        wp::float32 var_1008;
        wp::float32 var_1009;
        wp::float32 var_1010;
        const wp::int32 var_1011 = 6;
        wp::float32 var_1012;
        wp::float32 var_1013;
        wp::float32 var_1014;
        wp::float32 var_1015;
        bool var_1016;
        wp::float32 var_1017;
        wp::float32 var_1018;
        wp::float32 var_1019;
        const wp::int32 var_1020 = 4;
        const wp::int32 var_1021 = 0;
        const wp::float32 var_1022 = 0.0;
        wp::float32 var_1023;
        const wp::int32 var_1024 = 0;
        wp::float32 var_1025;
        wp::float32 var_1026;
        wp::float32 var_1027;
        wp::float32 var_1028;
        const wp::int32 var_1029 = 1;
        wp::float32 var_1030;
        wp::float32 var_1031;
        wp::float32 var_1032;
        wp::float32 var_1033;
        const wp::int32 var_1034 = 2;
        wp::float32 var_1035;
        wp::float32 var_1036;
        wp::float32 var_1037;
        wp::float32 var_1038;
        const wp::int32 var_1039 = 3;
        wp::float32 var_1040;
        wp::float32 var_1041;
        wp::float32 var_1042;
        wp::float32 var_1043;
        const wp::int32 var_1044 = 4;
        wp::float32 var_1045;
        wp::float32 var_1046;
        wp::float32 var_1047;
        wp::float32 var_1048;
        const wp::int32 var_1049 = 5;
        wp::float32 var_1050;
        wp::float32 var_1051;
        wp::float32 var_1052;
        wp::float32 var_1053;
        const wp::int32 var_1054 = 6;
        wp::float32 var_1055;
        wp::float32 var_1056;
        wp::float32 var_1057;
        wp::float32 var_1058;
        bool var_1059;
        wp::float32 var_1060;
        wp::float32 var_1061;
        wp::float32 var_1062;
        const wp::int32 var_1063 = 1;
        const wp::float32 var_1064 = 0.0;
        wp::float32 var_1065;
        const wp::int32 var_1066 = 0;
        wp::float32 var_1067;
        wp::float32 var_1068;
        wp::float32 var_1069;
        wp::float32 var_1070;
        const wp::int32 var_1071 = 1;
        wp::float32 var_1072;
        wp::float32 var_1073;
        wp::float32 var_1074;
        wp::float32 var_1075;
        const wp::int32 var_1076 = 2;
        wp::float32 var_1077;
        wp::float32 var_1078;
        wp::float32 var_1079;
        wp::float32 var_1080;
        const wp::int32 var_1081 = 3;
        wp::float32 var_1082;
        wp::float32 var_1083;
        wp::float32 var_1084;
        wp::float32 var_1085;
        const wp::int32 var_1086 = 4;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::float32 var_1089;
        wp::float32 var_1090;
        const wp::int32 var_1091 = 5;
        wp::float32 var_1092;
        wp::float32 var_1093;
        wp::float32 var_1094;
        wp::float32 var_1095;
        const wp::int32 var_1096 = 6;
        wp::float32 var_1097;
        wp::float32 var_1098;
        wp::float32 var_1099;
        wp::float32 var_1100;
        bool var_1101;
        wp::float32 var_1102;
        wp::float32 var_1103;
        wp::float32 var_1104;
        const wp::int32 var_1105 = 2;
        const wp::float32 var_1106 = 0.0;
        wp::float32 var_1107;
        const wp::int32 var_1108 = 0;
        wp::float32 var_1109;
        wp::float32 var_1110;
        wp::float32 var_1111;
        wp::float32 var_1112;
        const wp::int32 var_1113 = 1;
        wp::float32 var_1114;
        wp::float32 var_1115;
        wp::float32 var_1116;
        wp::float32 var_1117;
        const wp::int32 var_1118 = 2;
        wp::float32 var_1119;
        wp::float32 var_1120;
        wp::float32 var_1121;
        wp::float32 var_1122;
        const wp::int32 var_1123 = 3;
        wp::float32 var_1124;
        wp::float32 var_1125;
        wp::float32 var_1126;
        wp::float32 var_1127;
        const wp::int32 var_1128 = 4;
        wp::float32 var_1129;
        wp::float32 var_1130;
        wp::float32 var_1131;
        wp::float32 var_1132;
        const wp::int32 var_1133 = 5;
        wp::float32 var_1134;
        wp::float32 var_1135;
        wp::float32 var_1136;
        wp::float32 var_1137;
        const wp::int32 var_1138 = 6;
        wp::float32 var_1139;
        wp::float32 var_1140;
        wp::float32 var_1141;
        wp::float32 var_1142;
        bool var_1143;
        wp::float32 var_1144;
        wp::float32 var_1145;
        wp::float32 var_1146;
        const wp::int32 var_1147 = 3;
        const wp::float32 var_1148 = 0.0;
        wp::float32 var_1149;
        const wp::int32 var_1150 = 0;
        wp::float32 var_1151;
        wp::float32 var_1152;
        wp::float32 var_1153;
        wp::float32 var_1154;
        const wp::int32 var_1155 = 1;
        wp::float32 var_1156;
        wp::float32 var_1157;
        wp::float32 var_1158;
        wp::float32 var_1159;
        const wp::int32 var_1160 = 2;
        wp::float32 var_1161;
        wp::float32 var_1162;
        wp::float32 var_1163;
        wp::float32 var_1164;
        const wp::int32 var_1165 = 3;
        wp::float32 var_1166;
        wp::float32 var_1167;
        wp::float32 var_1168;
        wp::float32 var_1169;
        const wp::int32 var_1170 = 4;
        wp::float32 var_1171;
        wp::float32 var_1172;
        wp::float32 var_1173;
        wp::float32 var_1174;
        const wp::int32 var_1175 = 5;
        wp::float32 var_1176;
        wp::float32 var_1177;
        wp::float32 var_1178;
        wp::float32 var_1179;
        const wp::int32 var_1180 = 6;
        wp::float32 var_1181;
        wp::float32 var_1182;
        wp::float32 var_1183;
        wp::float32 var_1184;
        bool var_1185;
        wp::float32 var_1186;
        wp::float32 var_1187;
        wp::float32 var_1188;
        const wp::int32 var_1189 = 4;
        const wp::float32 var_1190 = 0.0;
        wp::float32 var_1191;
        const wp::int32 var_1192 = 0;
        wp::float32 var_1193;
        wp::float32 var_1194;
        wp::float32 var_1195;
        wp::float32 var_1196;
        const wp::int32 var_1197 = 1;
        wp::float32 var_1198;
        wp::float32 var_1199;
        wp::float32 var_1200;
        wp::float32 var_1201;
        const wp::int32 var_1202 = 2;
        wp::float32 var_1203;
        wp::float32 var_1204;
        wp::float32 var_1205;
        wp::float32 var_1206;
        const wp::int32 var_1207 = 3;
        wp::float32 var_1208;
        wp::float32 var_1209;
        wp::float32 var_1210;
        wp::float32 var_1211;
        const wp::int32 var_1212 = 4;
        wp::float32 var_1213;
        wp::float32 var_1214;
        wp::float32 var_1215;
        wp::float32 var_1216;
        const wp::int32 var_1217 = 5;
        wp::float32 var_1218;
        wp::float32 var_1219;
        wp::float32 var_1220;
        wp::float32 var_1221;
        const wp::int32 var_1222 = 6;
        wp::float32 var_1223;
        wp::float32 var_1224;
        wp::float32 var_1225;
        wp::float32 var_1226;
        bool var_1227;
        wp::float32 var_1228;
        wp::float32 var_1229;
        wp::float32 var_1230;
        const wp::int32 var_1231 = 5;
        const wp::float32 var_1232 = 0.0;
        wp::float32 var_1233;
        const wp::int32 var_1234 = 0;
        wp::float32 var_1235;
        wp::float32 var_1236;
        wp::float32 var_1237;
        wp::float32 var_1238;
        const wp::int32 var_1239 = 1;
        wp::float32 var_1240;
        wp::float32 var_1241;
        wp::float32 var_1242;
        wp::float32 var_1243;
        const wp::int32 var_1244 = 2;
        wp::float32 var_1245;
        wp::float32 var_1246;
        wp::float32 var_1247;
        wp::float32 var_1248;
        const wp::int32 var_1249 = 3;
        wp::float32 var_1250;
        wp::float32 var_1251;
        wp::float32 var_1252;
        wp::float32 var_1253;
        const wp::int32 var_1254 = 4;
        wp::float32 var_1255;
        wp::float32 var_1256;
        wp::float32 var_1257;
        wp::float32 var_1258;
        const wp::int32 var_1259 = 5;
        wp::float32 var_1260;
        wp::float32 var_1261;
        wp::float32 var_1262;
        wp::float32 var_1263;
        const wp::int32 var_1264 = 6;
        wp::float32 var_1265;
        wp::float32 var_1266;
        wp::float32 var_1267;
        wp::float32 var_1268;
        bool var_1269;
        wp::float32 var_1270;
        wp::float32 var_1271;
        wp::float32 var_1272;
        const wp::int32 var_1273 = 5;
        const wp::int32 var_1274 = 0;
        const wp::float32 var_1275 = 0.0;
        wp::float32 var_1276;
        const wp::int32 var_1277 = 0;
        wp::float32 var_1278;
        wp::float32 var_1279;
        wp::float32 var_1280;
        wp::float32 var_1281;
        const wp::int32 var_1282 = 1;
        wp::float32 var_1283;
        wp::float32 var_1284;
        wp::float32 var_1285;
        wp::float32 var_1286;
        const wp::int32 var_1287 = 2;
        wp::float32 var_1288;
        wp::float32 var_1289;
        wp::float32 var_1290;
        wp::float32 var_1291;
        const wp::int32 var_1292 = 3;
        wp::float32 var_1293;
        wp::float32 var_1294;
        wp::float32 var_1295;
        wp::float32 var_1296;
        const wp::int32 var_1297 = 4;
        wp::float32 var_1298;
        wp::float32 var_1299;
        wp::float32 var_1300;
        wp::float32 var_1301;
        const wp::int32 var_1302 = 5;
        wp::float32 var_1303;
        wp::float32 var_1304;
        wp::float32 var_1305;
        wp::float32 var_1306;
        const wp::int32 var_1307 = 6;
        wp::float32 var_1308;
        wp::float32 var_1309;
        wp::float32 var_1310;
        wp::float32 var_1311;
        bool var_1312;
        wp::float32 var_1313;
        wp::float32 var_1314;
        wp::float32 var_1315;
        const wp::int32 var_1316 = 1;
        const wp::float32 var_1317 = 0.0;
        wp::float32 var_1318;
        const wp::int32 var_1319 = 0;
        wp::float32 var_1320;
        wp::float32 var_1321;
        wp::float32 var_1322;
        wp::float32 var_1323;
        const wp::int32 var_1324 = 1;
        wp::float32 var_1325;
        wp::float32 var_1326;
        wp::float32 var_1327;
        wp::float32 var_1328;
        const wp::int32 var_1329 = 2;
        wp::float32 var_1330;
        wp::float32 var_1331;
        wp::float32 var_1332;
        wp::float32 var_1333;
        const wp::int32 var_1334 = 3;
        wp::float32 var_1335;
        wp::float32 var_1336;
        wp::float32 var_1337;
        wp::float32 var_1338;
        const wp::int32 var_1339 = 4;
        wp::float32 var_1340;
        wp::float32 var_1341;
        wp::float32 var_1342;
        wp::float32 var_1343;
        const wp::int32 var_1344 = 5;
        wp::float32 var_1345;
        wp::float32 var_1346;
        wp::float32 var_1347;
        wp::float32 var_1348;
        const wp::int32 var_1349 = 6;
        wp::float32 var_1350;
        wp::float32 var_1351;
        wp::float32 var_1352;
        wp::float32 var_1353;
        bool var_1354;
        wp::float32 var_1355;
        wp::float32 var_1356;
        wp::float32 var_1357;
        const wp::int32 var_1358 = 2;
        const wp::float32 var_1359 = 0.0;
        wp::float32 var_1360;
        const wp::int32 var_1361 = 0;
        wp::float32 var_1362;
        wp::float32 var_1363;
        wp::float32 var_1364;
        wp::float32 var_1365;
        const wp::int32 var_1366 = 1;
        wp::float32 var_1367;
        wp::float32 var_1368;
        wp::float32 var_1369;
        wp::float32 var_1370;
        const wp::int32 var_1371 = 2;
        wp::float32 var_1372;
        wp::float32 var_1373;
        wp::float32 var_1374;
        wp::float32 var_1375;
        const wp::int32 var_1376 = 3;
        wp::float32 var_1377;
        wp::float32 var_1378;
        wp::float32 var_1379;
        wp::float32 var_1380;
        const wp::int32 var_1381 = 4;
        wp::float32 var_1382;
        wp::float32 var_1383;
        wp::float32 var_1384;
        wp::float32 var_1385;
        const wp::int32 var_1386 = 5;
        wp::float32 var_1387;
        wp::float32 var_1388;
        wp::float32 var_1389;
        wp::float32 var_1390;
        const wp::int32 var_1391 = 6;
        wp::float32 var_1392;
        wp::float32 var_1393;
        wp::float32 var_1394;
        wp::float32 var_1395;
        bool var_1396;
        wp::float32 var_1397;
        wp::float32 var_1398;
        wp::float32 var_1399;
        const wp::int32 var_1400 = 3;
        const wp::float32 var_1401 = 0.0;
        wp::float32 var_1402;
        const wp::int32 var_1403 = 0;
        wp::float32 var_1404;
        wp::float32 var_1405;
        wp::float32 var_1406;
        wp::float32 var_1407;
        const wp::int32 var_1408 = 1;
        wp::float32 var_1409;
        wp::float32 var_1410;
        wp::float32 var_1411;
        wp::float32 var_1412;
        const wp::int32 var_1413 = 2;
        wp::float32 var_1414;
        wp::float32 var_1415;
        wp::float32 var_1416;
        wp::float32 var_1417;
        const wp::int32 var_1418 = 3;
        wp::float32 var_1419;
        wp::float32 var_1420;
        wp::float32 var_1421;
        wp::float32 var_1422;
        const wp::int32 var_1423 = 4;
        wp::float32 var_1424;
        wp::float32 var_1425;
        wp::float32 var_1426;
        wp::float32 var_1427;
        const wp::int32 var_1428 = 5;
        wp::float32 var_1429;
        wp::float32 var_1430;
        wp::float32 var_1431;
        wp::float32 var_1432;
        const wp::int32 var_1433 = 6;
        wp::float32 var_1434;
        wp::float32 var_1435;
        wp::float32 var_1436;
        wp::float32 var_1437;
        bool var_1438;
        wp::float32 var_1439;
        wp::float32 var_1440;
        wp::float32 var_1441;
        const wp::int32 var_1442 = 4;
        const wp::float32 var_1443 = 0.0;
        wp::float32 var_1444;
        const wp::int32 var_1445 = 0;
        wp::float32 var_1446;
        wp::float32 var_1447;
        wp::float32 var_1448;
        wp::float32 var_1449;
        const wp::int32 var_1450 = 1;
        wp::float32 var_1451;
        wp::float32 var_1452;
        wp::float32 var_1453;
        wp::float32 var_1454;
        const wp::int32 var_1455 = 2;
        wp::float32 var_1456;
        wp::float32 var_1457;
        wp::float32 var_1458;
        wp::float32 var_1459;
        const wp::int32 var_1460 = 3;
        wp::float32 var_1461;
        wp::float32 var_1462;
        wp::float32 var_1463;
        wp::float32 var_1464;
        const wp::int32 var_1465 = 4;
        wp::float32 var_1466;
        wp::float32 var_1467;
        wp::float32 var_1468;
        wp::float32 var_1469;
        const wp::int32 var_1470 = 5;
        wp::float32 var_1471;
        wp::float32 var_1472;
        wp::float32 var_1473;
        wp::float32 var_1474;
        const wp::int32 var_1475 = 6;
        wp::float32 var_1476;
        wp::float32 var_1477;
        wp::float32 var_1478;
        wp::float32 var_1479;
        bool var_1480;
        wp::float32 var_1481;
        wp::float32 var_1482;
        wp::float32 var_1483;
        const wp::int32 var_1484 = 5;
        const wp::float32 var_1485 = 0.0;
        wp::float32 var_1486;
        const wp::int32 var_1487 = 0;
        wp::float32 var_1488;
        wp::float32 var_1489;
        wp::float32 var_1490;
        wp::float32 var_1491;
        const wp::int32 var_1492 = 1;
        wp::float32 var_1493;
        wp::float32 var_1494;
        wp::float32 var_1495;
        wp::float32 var_1496;
        const wp::int32 var_1497 = 2;
        wp::float32 var_1498;
        wp::float32 var_1499;
        wp::float32 var_1500;
        wp::float32 var_1501;
        const wp::int32 var_1502 = 3;
        wp::float32 var_1503;
        wp::float32 var_1504;
        wp::float32 var_1505;
        wp::float32 var_1506;
        const wp::int32 var_1507 = 4;
        wp::float32 var_1508;
        wp::float32 var_1509;
        wp::float32 var_1510;
        wp::float32 var_1511;
        const wp::int32 var_1512 = 5;
        wp::float32 var_1513;
        wp::float32 var_1514;
        wp::float32 var_1515;
        wp::float32 var_1516;
        const wp::int32 var_1517 = 6;
        wp::float32 var_1518;
        wp::float32 var_1519;
        wp::float32 var_1520;
        wp::float32 var_1521;
        bool var_1522;
        wp::float32 var_1523;
        wp::float32 var_1524;
        wp::float32 var_1525;
        wp::vec_t<6, wp::float32> var_1526;
        const wp::int32 var_1527 = 20;
        wp::range_t var_1528;
        wp::int32 var_1529;
        wp::int32 var_1530;
        wp::int32 var_1531;
        const wp::int32 var_1532 = 0;
        wp::float32 var_1533;
        const wp::int32 var_1534 = 0;
        bool var_1535;
        wp::float32 var_1536;
        wp::float32 var_1537;
        wp::float32 var_1538;
        wp::float32 var_1539;
        wp::float32 var_1540;
        const wp::int32 var_1541 = 1;
        bool var_1542;
        wp::float32 var_1543;
        wp::float32 var_1544;
        wp::float32 var_1545;
        wp::float32 var_1546;
        wp::float32 var_1547;
        const wp::int32 var_1548 = 2;
        bool var_1549;
        wp::float32 var_1550;
        wp::float32 var_1551;
        wp::float32 var_1552;
        wp::float32 var_1553;
        wp::float32 var_1554;
        const wp::int32 var_1555 = 3;
        bool var_1556;
        wp::float32 var_1557;
        wp::float32 var_1558;
        wp::float32 var_1559;
        wp::float32 var_1560;
        wp::float32 var_1561;
        const wp::int32 var_1562 = 4;
        bool var_1563;
        wp::float32 var_1564;
        wp::float32 var_1565;
        wp::float32 var_1566;
        wp::float32 var_1567;
        wp::float32 var_1568;
        const wp::int32 var_1569 = 5;
        bool var_1570;
        wp::float32 var_1571;
        wp::float32 var_1572;
        wp::float32 var_1573;
        wp::float32 var_1574;
        wp::float32 var_1575;
        wp::float32 var_1576;
        wp::float32 var_1577;
        const wp::int32 var_1578 = 1;
        wp::float32 var_1579;
        const wp::int32 var_1580 = 0;
        bool var_1581;
        wp::float32 var_1582;
        wp::float32 var_1583;
        wp::float32 var_1584;
        wp::float32 var_1585;
        wp::float32 var_1586;
        const wp::int32 var_1587 = 1;
        bool var_1588;
        wp::float32 var_1589;
        wp::float32 var_1590;
        wp::float32 var_1591;
        wp::float32 var_1592;
        wp::float32 var_1593;
        const wp::int32 var_1594 = 2;
        bool var_1595;
        wp::float32 var_1596;
        wp::float32 var_1597;
        wp::float32 var_1598;
        wp::float32 var_1599;
        wp::float32 var_1600;
        const wp::int32 var_1601 = 3;
        bool var_1602;
        wp::float32 var_1603;
        wp::float32 var_1604;
        wp::float32 var_1605;
        wp::float32 var_1606;
        wp::float32 var_1607;
        const wp::int32 var_1608 = 4;
        bool var_1609;
        wp::float32 var_1610;
        wp::float32 var_1611;
        wp::float32 var_1612;
        wp::float32 var_1613;
        wp::float32 var_1614;
        const wp::int32 var_1615 = 5;
        bool var_1616;
        wp::float32 var_1617;
        wp::float32 var_1618;
        wp::float32 var_1619;
        wp::float32 var_1620;
        wp::float32 var_1621;
        wp::float32 var_1622;
        wp::float32 var_1623;
        const wp::int32 var_1624 = 2;
        wp::float32 var_1625;
        const wp::int32 var_1626 = 0;
        bool var_1627;
        wp::float32 var_1628;
        wp::float32 var_1629;
        wp::float32 var_1630;
        wp::float32 var_1631;
        wp::float32 var_1632;
        const wp::int32 var_1633 = 1;
        bool var_1634;
        wp::float32 var_1635;
        wp::float32 var_1636;
        wp::float32 var_1637;
        wp::float32 var_1638;
        wp::float32 var_1639;
        const wp::int32 var_1640 = 2;
        bool var_1641;
        wp::float32 var_1642;
        wp::float32 var_1643;
        wp::float32 var_1644;
        wp::float32 var_1645;
        wp::float32 var_1646;
        const wp::int32 var_1647 = 3;
        bool var_1648;
        wp::float32 var_1649;
        wp::float32 var_1650;
        wp::float32 var_1651;
        wp::float32 var_1652;
        wp::float32 var_1653;
        const wp::int32 var_1654 = 4;
        bool var_1655;
        wp::float32 var_1656;
        wp::float32 var_1657;
        wp::float32 var_1658;
        wp::float32 var_1659;
        wp::float32 var_1660;
        const wp::int32 var_1661 = 5;
        bool var_1662;
        wp::float32 var_1663;
        wp::float32 var_1664;
        wp::float32 var_1665;
        wp::float32 var_1666;
        wp::float32 var_1667;
        wp::float32 var_1668;
        wp::float32 var_1669;
        const wp::int32 var_1670 = 3;
        wp::float32 var_1671;
        const wp::int32 var_1672 = 0;
        bool var_1673;
        wp::float32 var_1674;
        wp::float32 var_1675;
        wp::float32 var_1676;
        wp::float32 var_1677;
        wp::float32 var_1678;
        const wp::int32 var_1679 = 1;
        bool var_1680;
        wp::float32 var_1681;
        wp::float32 var_1682;
        wp::float32 var_1683;
        wp::float32 var_1684;
        wp::float32 var_1685;
        const wp::int32 var_1686 = 2;
        bool var_1687;
        wp::float32 var_1688;
        wp::float32 var_1689;
        wp::float32 var_1690;
        wp::float32 var_1691;
        wp::float32 var_1692;
        const wp::int32 var_1693 = 3;
        bool var_1694;
        wp::float32 var_1695;
        wp::float32 var_1696;
        wp::float32 var_1697;
        wp::float32 var_1698;
        wp::float32 var_1699;
        const wp::int32 var_1700 = 4;
        bool var_1701;
        wp::float32 var_1702;
        wp::float32 var_1703;
        wp::float32 var_1704;
        wp::float32 var_1705;
        wp::float32 var_1706;
        const wp::int32 var_1707 = 5;
        bool var_1708;
        wp::float32 var_1709;
        wp::float32 var_1710;
        wp::float32 var_1711;
        wp::float32 var_1712;
        wp::float32 var_1713;
        wp::float32 var_1714;
        wp::float32 var_1715;
        const wp::int32 var_1716 = 4;
        wp::float32 var_1717;
        const wp::int32 var_1718 = 0;
        bool var_1719;
        wp::float32 var_1720;
        wp::float32 var_1721;
        wp::float32 var_1722;
        wp::float32 var_1723;
        wp::float32 var_1724;
        const wp::int32 var_1725 = 1;
        bool var_1726;
        wp::float32 var_1727;
        wp::float32 var_1728;
        wp::float32 var_1729;
        wp::float32 var_1730;
        wp::float32 var_1731;
        const wp::int32 var_1732 = 2;
        bool var_1733;
        wp::float32 var_1734;
        wp::float32 var_1735;
        wp::float32 var_1736;
        wp::float32 var_1737;
        wp::float32 var_1738;
        const wp::int32 var_1739 = 3;
        bool var_1740;
        wp::float32 var_1741;
        wp::float32 var_1742;
        wp::float32 var_1743;
        wp::float32 var_1744;
        wp::float32 var_1745;
        const wp::int32 var_1746 = 4;
        bool var_1747;
        wp::float32 var_1748;
        wp::float32 var_1749;
        wp::float32 var_1750;
        wp::float32 var_1751;
        wp::float32 var_1752;
        const wp::int32 var_1753 = 5;
        bool var_1754;
        wp::float32 var_1755;
        wp::float32 var_1756;
        wp::float32 var_1757;
        wp::float32 var_1758;
        wp::float32 var_1759;
        wp::float32 var_1760;
        wp::float32 var_1761;
        const wp::int32 var_1762 = 5;
        wp::float32 var_1763;
        const wp::int32 var_1764 = 0;
        bool var_1765;
        wp::float32 var_1766;
        wp::float32 var_1767;
        wp::float32 var_1768;
        wp::float32 var_1769;
        wp::float32 var_1770;
        const wp::int32 var_1771 = 1;
        bool var_1772;
        wp::float32 var_1773;
        wp::float32 var_1774;
        wp::float32 var_1775;
        wp::float32 var_1776;
        wp::float32 var_1777;
        const wp::int32 var_1778 = 2;
        bool var_1779;
        wp::float32 var_1780;
        wp::float32 var_1781;
        wp::float32 var_1782;
        wp::float32 var_1783;
        wp::float32 var_1784;
        const wp::int32 var_1785 = 3;
        bool var_1786;
        wp::float32 var_1787;
        wp::float32 var_1788;
        wp::float32 var_1789;
        wp::float32 var_1790;
        wp::float32 var_1791;
        const wp::int32 var_1792 = 4;
        bool var_1793;
        wp::float32 var_1794;
        wp::float32 var_1795;
        wp::float32 var_1796;
        wp::float32 var_1797;
        wp::float32 var_1798;
        const wp::int32 var_1799 = 5;
        bool var_1800;
        wp::float32 var_1801;
        wp::float32 var_1802;
        wp::float32 var_1803;
        wp::float32 var_1804;
        wp::float32 var_1805;
        wp::float32 var_1806;
        wp::float32 var_1807;
        wp::vec_t<7, wp::float32> var_1808;
        const wp::int32 var_1809 = 0;
        const wp::float32 var_1810 = 0.0;
        wp::float32 var_1811;
        const wp::int32 var_1812 = 0;
        wp::float32 var_1813;
        wp::float32 var_1814;
        wp::float32 var_1815;
        wp::float32 var_1816;
        const wp::int32 var_1817 = 1;
        wp::float32 var_1818;
        wp::float32 var_1819;
        wp::float32 var_1820;
        wp::float32 var_1821;
        const wp::int32 var_1822 = 2;
        wp::float32 var_1823;
        wp::float32 var_1824;
        wp::float32 var_1825;
        wp::float32 var_1826;
        const wp::int32 var_1827 = 3;
        wp::float32 var_1828;
        wp::float32 var_1829;
        wp::float32 var_1830;
        wp::float32 var_1831;
        const wp::int32 var_1832 = 4;
        wp::float32 var_1833;
        wp::float32 var_1834;
        wp::float32 var_1835;
        wp::float32 var_1836;
        const wp::int32 var_1837 = 5;
        wp::float32 var_1838;
        wp::float32 var_1839;
        wp::float32 var_1840;
        wp::float32 var_1841;
        const wp::int32 var_1842 = 1;
        const wp::float32 var_1843 = 0.0;
        wp::float32 var_1844;
        const wp::int32 var_1845 = 0;
        wp::float32 var_1846;
        wp::float32 var_1847;
        wp::float32 var_1848;
        wp::float32 var_1849;
        const wp::int32 var_1850 = 1;
        wp::float32 var_1851;
        wp::float32 var_1852;
        wp::float32 var_1853;
        wp::float32 var_1854;
        const wp::int32 var_1855 = 2;
        wp::float32 var_1856;
        wp::float32 var_1857;
        wp::float32 var_1858;
        wp::float32 var_1859;
        const wp::int32 var_1860 = 3;
        wp::float32 var_1861;
        wp::float32 var_1862;
        wp::float32 var_1863;
        wp::float32 var_1864;
        const wp::int32 var_1865 = 4;
        wp::float32 var_1866;
        wp::float32 var_1867;
        wp::float32 var_1868;
        wp::float32 var_1869;
        const wp::int32 var_1870 = 5;
        wp::float32 var_1871;
        wp::float32 var_1872;
        wp::float32 var_1873;
        wp::float32 var_1874;
        const wp::int32 var_1875 = 2;
        const wp::float32 var_1876 = 0.0;
        wp::float32 var_1877;
        const wp::int32 var_1878 = 0;
        wp::float32 var_1879;
        wp::float32 var_1880;
        wp::float32 var_1881;
        wp::float32 var_1882;
        const wp::int32 var_1883 = 1;
        wp::float32 var_1884;
        wp::float32 var_1885;
        wp::float32 var_1886;
        wp::float32 var_1887;
        const wp::int32 var_1888 = 2;
        wp::float32 var_1889;
        wp::float32 var_1890;
        wp::float32 var_1891;
        wp::float32 var_1892;
        const wp::int32 var_1893 = 3;
        wp::float32 var_1894;
        wp::float32 var_1895;
        wp::float32 var_1896;
        wp::float32 var_1897;
        const wp::int32 var_1898 = 4;
        wp::float32 var_1899;
        wp::float32 var_1900;
        wp::float32 var_1901;
        wp::float32 var_1902;
        const wp::int32 var_1903 = 5;
        wp::float32 var_1904;
        wp::float32 var_1905;
        wp::float32 var_1906;
        wp::float32 var_1907;
        const wp::int32 var_1908 = 3;
        const wp::float32 var_1909 = 0.0;
        wp::float32 var_1910;
        const wp::int32 var_1911 = 0;
        wp::float32 var_1912;
        wp::float32 var_1913;
        wp::float32 var_1914;
        wp::float32 var_1915;
        const wp::int32 var_1916 = 1;
        wp::float32 var_1917;
        wp::float32 var_1918;
        wp::float32 var_1919;
        wp::float32 var_1920;
        const wp::int32 var_1921 = 2;
        wp::float32 var_1922;
        wp::float32 var_1923;
        wp::float32 var_1924;
        wp::float32 var_1925;
        const wp::int32 var_1926 = 3;
        wp::float32 var_1927;
        wp::float32 var_1928;
        wp::float32 var_1929;
        wp::float32 var_1930;
        const wp::int32 var_1931 = 4;
        wp::float32 var_1932;
        wp::float32 var_1933;
        wp::float32 var_1934;
        wp::float32 var_1935;
        const wp::int32 var_1936 = 5;
        wp::float32 var_1937;
        wp::float32 var_1938;
        wp::float32 var_1939;
        wp::float32 var_1940;
        const wp::int32 var_1941 = 4;
        const wp::float32 var_1942 = 0.0;
        wp::float32 var_1943;
        const wp::int32 var_1944 = 0;
        wp::float32 var_1945;
        wp::float32 var_1946;
        wp::float32 var_1947;
        wp::float32 var_1948;
        const wp::int32 var_1949 = 1;
        wp::float32 var_1950;
        wp::float32 var_1951;
        wp::float32 var_1952;
        wp::float32 var_1953;
        const wp::int32 var_1954 = 2;
        wp::float32 var_1955;
        wp::float32 var_1956;
        wp::float32 var_1957;
        wp::float32 var_1958;
        const wp::int32 var_1959 = 3;
        wp::float32 var_1960;
        wp::float32 var_1961;
        wp::float32 var_1962;
        wp::float32 var_1963;
        const wp::int32 var_1964 = 4;
        wp::float32 var_1965;
        wp::float32 var_1966;
        wp::float32 var_1967;
        wp::float32 var_1968;
        const wp::int32 var_1969 = 5;
        wp::float32 var_1970;
        wp::float32 var_1971;
        wp::float32 var_1972;
        wp::float32 var_1973;
        const wp::int32 var_1974 = 5;
        const wp::float32 var_1975 = 0.0;
        wp::float32 var_1976;
        const wp::int32 var_1977 = 0;
        wp::float32 var_1978;
        wp::float32 var_1979;
        wp::float32 var_1980;
        wp::float32 var_1981;
        const wp::int32 var_1982 = 1;
        wp::float32 var_1983;
        wp::float32 var_1984;
        wp::float32 var_1985;
        wp::float32 var_1986;
        const wp::int32 var_1987 = 2;
        wp::float32 var_1988;
        wp::float32 var_1989;
        wp::float32 var_1990;
        wp::float32 var_1991;
        const wp::int32 var_1992 = 3;
        wp::float32 var_1993;
        wp::float32 var_1994;
        wp::float32 var_1995;
        wp::float32 var_1996;
        const wp::int32 var_1997 = 4;
        wp::float32 var_1998;
        wp::float32 var_1999;
        wp::float32 var_2000;
        wp::float32 var_2001;
        const wp::int32 var_2002 = 5;
        wp::float32 var_2003;
        wp::float32 var_2004;
        wp::float32 var_2005;
        wp::float32 var_2006;
        const wp::int32 var_2007 = 6;
        const wp::float32 var_2008 = 0.0;
        wp::float32 var_2009;
        const wp::int32 var_2010 = 0;
        wp::float32 var_2011;
        wp::float32 var_2012;
        wp::float32 var_2013;
        wp::float32 var_2014;
        const wp::int32 var_2015 = 1;
        wp::float32 var_2016;
        wp::float32 var_2017;
        wp::float32 var_2018;
        wp::float32 var_2019;
        const wp::int32 var_2020 = 2;
        wp::float32 var_2021;
        wp::float32 var_2022;
        wp::float32 var_2023;
        wp::float32 var_2024;
        const wp::int32 var_2025 = 3;
        wp::float32 var_2026;
        wp::float32 var_2027;
        wp::float32 var_2028;
        wp::float32 var_2029;
        const wp::int32 var_2030 = 4;
        wp::float32 var_2031;
        wp::float32 var_2032;
        wp::float32 var_2033;
        wp::float32 var_2034;
        const wp::int32 var_2035 = 5;
        wp::float32 var_2036;
        wp::float32 var_2037;
        wp::float32 var_2038;
        wp::float32 var_2039;
        //---------
        // forward
        // def damped_least_squares(J: wp.array(dtype=mat67), err: wp.array(dtype=wp.spatial_vector), damping: float, dq: wp.array(dtype=vec7)):       <L 44>
        // r = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // M = J[r]                                                                               <L 46>
        var_1 = wp::address(var_J, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // e = err[r]                                                                             <L 47>
        var_4 = wp::address(var_err, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // JJt = wp.spatial_matrix()                                                              <L 48>
        var_7 = wp::mat_t<6, 6, wp::float32>();
        // for a in range(6):                                                                     <L 49>
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_11 = wp::float(var_10);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_13 = wp::extract(var_2, var_8, var_12);
        var_14 = wp::extract(var_2, var_9, var_12);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_11, var_15);
        var_18 = wp::extract(var_2, var_8, var_17);
        var_19 = wp::extract(var_2, var_9, var_17);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::add(var_16, var_20);
        var_23 = wp::extract(var_2, var_8, var_22);
        var_24 = wp::extract(var_2, var_9, var_22);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::add(var_21, var_25);
        var_28 = wp::extract(var_2, var_8, var_27);
        var_29 = wp::extract(var_2, var_9, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_26, var_30);
        var_33 = wp::extract(var_2, var_8, var_32);
        var_34 = wp::extract(var_2, var_9, var_32);
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_31, var_35);
        var_38 = wp::extract(var_2, var_8, var_37);
        var_39 = wp::extract(var_2, var_9, var_37);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::add(var_36, var_40);
        var_43 = wp::extract(var_2, var_8, var_42);
        var_44 = wp::extract(var_2, var_9, var_42);
        var_45 = wp::mul(var_43, var_44);
        var_46 = wp::add(var_41, var_45);
        // if a == b:                                                                             <L 54>
        var_47 = (var_8 == var_9);
        if (var_47) {
            // s += damping * damping                                                             <L 55>
            var_48 = wp::mul(var_damping, var_damping);
            var_49 = wp::add(var_46, var_48);
        }
        var_50 = wp::where(var_47, var_49, var_46);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_9, var_50);
        // s = float(0.0)                                                                         <L 51>
        var_53 = wp::float(var_52);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_55 = wp::extract(var_2, var_8, var_54);
        var_56 = wp::extract(var_2, var_51, var_54);
        var_57 = wp::mul(var_55, var_56);
        var_58 = wp::add(var_53, var_57);
        var_60 = wp::extract(var_2, var_8, var_59);
        var_61 = wp::extract(var_2, var_51, var_59);
        var_62 = wp::mul(var_60, var_61);
        var_63 = wp::add(var_58, var_62);
        var_65 = wp::extract(var_2, var_8, var_64);
        var_66 = wp::extract(var_2, var_51, var_64);
        var_67 = wp::mul(var_65, var_66);
        var_68 = wp::add(var_63, var_67);
        var_70 = wp::extract(var_2, var_8, var_69);
        var_71 = wp::extract(var_2, var_51, var_69);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::add(var_68, var_72);
        var_75 = wp::extract(var_2, var_8, var_74);
        var_76 = wp::extract(var_2, var_51, var_74);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::add(var_73, var_77);
        var_80 = wp::extract(var_2, var_8, var_79);
        var_81 = wp::extract(var_2, var_51, var_79);
        var_82 = wp::mul(var_80, var_81);
        var_83 = wp::add(var_78, var_82);
        var_85 = wp::extract(var_2, var_8, var_84);
        var_86 = wp::extract(var_2, var_51, var_84);
        var_87 = wp::mul(var_85, var_86);
        var_88 = wp::add(var_83, var_87);
        // if a == b:                                                                             <L 54>
        var_89 = (var_8 == var_51);
        if (var_89) {
            // s += damping * damping                                                             <L 55>
            var_90 = wp::mul(var_damping, var_damping);
            var_91 = wp::add(var_88, var_90);
        }
        var_92 = wp::where(var_89, var_91, var_88);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_51, var_92);
        // s = float(0.0)                                                                         <L 51>
        var_95 = wp::float(var_94);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_97 = wp::extract(var_2, var_8, var_96);
        var_98 = wp::extract(var_2, var_93, var_96);
        var_99 = wp::mul(var_97, var_98);
        var_100 = wp::add(var_95, var_99);
        var_102 = wp::extract(var_2, var_8, var_101);
        var_103 = wp::extract(var_2, var_93, var_101);
        var_104 = wp::mul(var_102, var_103);
        var_105 = wp::add(var_100, var_104);
        var_107 = wp::extract(var_2, var_8, var_106);
        var_108 = wp::extract(var_2, var_93, var_106);
        var_109 = wp::mul(var_107, var_108);
        var_110 = wp::add(var_105, var_109);
        var_112 = wp::extract(var_2, var_8, var_111);
        var_113 = wp::extract(var_2, var_93, var_111);
        var_114 = wp::mul(var_112, var_113);
        var_115 = wp::add(var_110, var_114);
        var_117 = wp::extract(var_2, var_8, var_116);
        var_118 = wp::extract(var_2, var_93, var_116);
        var_119 = wp::mul(var_117, var_118);
        var_120 = wp::add(var_115, var_119);
        var_122 = wp::extract(var_2, var_8, var_121);
        var_123 = wp::extract(var_2, var_93, var_121);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::add(var_120, var_124);
        var_127 = wp::extract(var_2, var_8, var_126);
        var_128 = wp::extract(var_2, var_93, var_126);
        var_129 = wp::mul(var_127, var_128);
        var_130 = wp::add(var_125, var_129);
        // if a == b:                                                                             <L 54>
        var_131 = (var_8 == var_93);
        if (var_131) {
            // s += damping * damping                                                             <L 55>
            var_132 = wp::mul(var_damping, var_damping);
            var_133 = wp::add(var_130, var_132);
        }
        var_134 = wp::where(var_131, var_133, var_130);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_93, var_134);
        // s = float(0.0)                                                                         <L 51>
        var_137 = wp::float(var_136);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_139 = wp::extract(var_2, var_8, var_138);
        var_140 = wp::extract(var_2, var_135, var_138);
        var_141 = wp::mul(var_139, var_140);
        var_142 = wp::add(var_137, var_141);
        var_144 = wp::extract(var_2, var_8, var_143);
        var_145 = wp::extract(var_2, var_135, var_143);
        var_146 = wp::mul(var_144, var_145);
        var_147 = wp::add(var_142, var_146);
        var_149 = wp::extract(var_2, var_8, var_148);
        var_150 = wp::extract(var_2, var_135, var_148);
        var_151 = wp::mul(var_149, var_150);
        var_152 = wp::add(var_147, var_151);
        var_154 = wp::extract(var_2, var_8, var_153);
        var_155 = wp::extract(var_2, var_135, var_153);
        var_156 = wp::mul(var_154, var_155);
        var_157 = wp::add(var_152, var_156);
        var_159 = wp::extract(var_2, var_8, var_158);
        var_160 = wp::extract(var_2, var_135, var_158);
        var_161 = wp::mul(var_159, var_160);
        var_162 = wp::add(var_157, var_161);
        var_164 = wp::extract(var_2, var_8, var_163);
        var_165 = wp::extract(var_2, var_135, var_163);
        var_166 = wp::mul(var_164, var_165);
        var_167 = wp::add(var_162, var_166);
        var_169 = wp::extract(var_2, var_8, var_168);
        var_170 = wp::extract(var_2, var_135, var_168);
        var_171 = wp::mul(var_169, var_170);
        var_172 = wp::add(var_167, var_171);
        // if a == b:                                                                             <L 54>
        var_173 = (var_8 == var_135);
        if (var_173) {
            // s += damping * damping                                                             <L 55>
            var_174 = wp::mul(var_damping, var_damping);
            var_175 = wp::add(var_172, var_174);
        }
        var_176 = wp::where(var_173, var_175, var_172);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_135, var_176);
        // s = float(0.0)                                                                         <L 51>
        var_179 = wp::float(var_178);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_181 = wp::extract(var_2, var_8, var_180);
        var_182 = wp::extract(var_2, var_177, var_180);
        var_183 = wp::mul(var_181, var_182);
        var_184 = wp::add(var_179, var_183);
        var_186 = wp::extract(var_2, var_8, var_185);
        var_187 = wp::extract(var_2, var_177, var_185);
        var_188 = wp::mul(var_186, var_187);
        var_189 = wp::add(var_184, var_188);
        var_191 = wp::extract(var_2, var_8, var_190);
        var_192 = wp::extract(var_2, var_177, var_190);
        var_193 = wp::mul(var_191, var_192);
        var_194 = wp::add(var_189, var_193);
        var_196 = wp::extract(var_2, var_8, var_195);
        var_197 = wp::extract(var_2, var_177, var_195);
        var_198 = wp::mul(var_196, var_197);
        var_199 = wp::add(var_194, var_198);
        var_201 = wp::extract(var_2, var_8, var_200);
        var_202 = wp::extract(var_2, var_177, var_200);
        var_203 = wp::mul(var_201, var_202);
        var_204 = wp::add(var_199, var_203);
        var_206 = wp::extract(var_2, var_8, var_205);
        var_207 = wp::extract(var_2, var_177, var_205);
        var_208 = wp::mul(var_206, var_207);
        var_209 = wp::add(var_204, var_208);
        var_211 = wp::extract(var_2, var_8, var_210);
        var_212 = wp::extract(var_2, var_177, var_210);
        var_213 = wp::mul(var_211, var_212);
        var_214 = wp::add(var_209, var_213);
        // if a == b:                                                                             <L 54>
        var_215 = (var_8 == var_177);
        if (var_215) {
            // s += damping * damping                                                             <L 55>
            var_216 = wp::mul(var_damping, var_damping);
            var_217 = wp::add(var_214, var_216);
        }
        var_218 = wp::where(var_215, var_217, var_214);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_177, var_218);
        // s = float(0.0)                                                                         <L 51>
        var_221 = wp::float(var_220);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_223 = wp::extract(var_2, var_8, var_222);
        var_224 = wp::extract(var_2, var_219, var_222);
        var_225 = wp::mul(var_223, var_224);
        var_226 = wp::add(var_221, var_225);
        var_228 = wp::extract(var_2, var_8, var_227);
        var_229 = wp::extract(var_2, var_219, var_227);
        var_230 = wp::mul(var_228, var_229);
        var_231 = wp::add(var_226, var_230);
        var_233 = wp::extract(var_2, var_8, var_232);
        var_234 = wp::extract(var_2, var_219, var_232);
        var_235 = wp::mul(var_233, var_234);
        var_236 = wp::add(var_231, var_235);
        var_238 = wp::extract(var_2, var_8, var_237);
        var_239 = wp::extract(var_2, var_219, var_237);
        var_240 = wp::mul(var_238, var_239);
        var_241 = wp::add(var_236, var_240);
        var_243 = wp::extract(var_2, var_8, var_242);
        var_244 = wp::extract(var_2, var_219, var_242);
        var_245 = wp::mul(var_243, var_244);
        var_246 = wp::add(var_241, var_245);
        var_248 = wp::extract(var_2, var_8, var_247);
        var_249 = wp::extract(var_2, var_219, var_247);
        var_250 = wp::mul(var_248, var_249);
        var_251 = wp::add(var_246, var_250);
        var_253 = wp::extract(var_2, var_8, var_252);
        var_254 = wp::extract(var_2, var_219, var_252);
        var_255 = wp::mul(var_253, var_254);
        var_256 = wp::add(var_251, var_255);
        // if a == b:                                                                             <L 54>
        var_257 = (var_8 == var_219);
        if (var_257) {
            // s += damping * damping                                                             <L 55>
            var_258 = wp::mul(var_damping, var_damping);
            var_259 = wp::add(var_256, var_258);
        }
        var_260 = wp::where(var_257, var_259, var_256);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_219, var_260);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_264 = wp::float(var_263);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_266 = wp::extract(var_2, var_261, var_265);
        var_267 = wp::extract(var_2, var_262, var_265);
        var_268 = wp::mul(var_266, var_267);
        var_269 = wp::add(var_264, var_268);
        var_271 = wp::extract(var_2, var_261, var_270);
        var_272 = wp::extract(var_2, var_262, var_270);
        var_273 = wp::mul(var_271, var_272);
        var_274 = wp::add(var_269, var_273);
        var_276 = wp::extract(var_2, var_261, var_275);
        var_277 = wp::extract(var_2, var_262, var_275);
        var_278 = wp::mul(var_276, var_277);
        var_279 = wp::add(var_274, var_278);
        var_281 = wp::extract(var_2, var_261, var_280);
        var_282 = wp::extract(var_2, var_262, var_280);
        var_283 = wp::mul(var_281, var_282);
        var_284 = wp::add(var_279, var_283);
        var_286 = wp::extract(var_2, var_261, var_285);
        var_287 = wp::extract(var_2, var_262, var_285);
        var_288 = wp::mul(var_286, var_287);
        var_289 = wp::add(var_284, var_288);
        var_291 = wp::extract(var_2, var_261, var_290);
        var_292 = wp::extract(var_2, var_262, var_290);
        var_293 = wp::mul(var_291, var_292);
        var_294 = wp::add(var_289, var_293);
        var_296 = wp::extract(var_2, var_261, var_295);
        var_297 = wp::extract(var_2, var_262, var_295);
        var_298 = wp::mul(var_296, var_297);
        var_299 = wp::add(var_294, var_298);
        // if a == b:                                                                             <L 54>
        var_300 = (var_261 == var_262);
        if (var_300) {
            // s += damping * damping                                                             <L 55>
            var_301 = wp::mul(var_damping, var_damping);
            var_302 = wp::add(var_299, var_301);
        }
        var_303 = wp::where(var_300, var_302, var_299);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_262, var_303);
        // s = float(0.0)                                                                         <L 51>
        var_306 = wp::float(var_305);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_308 = wp::extract(var_2, var_261, var_307);
        var_309 = wp::extract(var_2, var_304, var_307);
        var_310 = wp::mul(var_308, var_309);
        var_311 = wp::add(var_306, var_310);
        var_313 = wp::extract(var_2, var_261, var_312);
        var_314 = wp::extract(var_2, var_304, var_312);
        var_315 = wp::mul(var_313, var_314);
        var_316 = wp::add(var_311, var_315);
        var_318 = wp::extract(var_2, var_261, var_317);
        var_319 = wp::extract(var_2, var_304, var_317);
        var_320 = wp::mul(var_318, var_319);
        var_321 = wp::add(var_316, var_320);
        var_323 = wp::extract(var_2, var_261, var_322);
        var_324 = wp::extract(var_2, var_304, var_322);
        var_325 = wp::mul(var_323, var_324);
        var_326 = wp::add(var_321, var_325);
        var_328 = wp::extract(var_2, var_261, var_327);
        var_329 = wp::extract(var_2, var_304, var_327);
        var_330 = wp::mul(var_328, var_329);
        var_331 = wp::add(var_326, var_330);
        var_333 = wp::extract(var_2, var_261, var_332);
        var_334 = wp::extract(var_2, var_304, var_332);
        var_335 = wp::mul(var_333, var_334);
        var_336 = wp::add(var_331, var_335);
        var_338 = wp::extract(var_2, var_261, var_337);
        var_339 = wp::extract(var_2, var_304, var_337);
        var_340 = wp::mul(var_338, var_339);
        var_341 = wp::add(var_336, var_340);
        // if a == b:                                                                             <L 54>
        var_342 = (var_261 == var_304);
        if (var_342) {
            // s += damping * damping                                                             <L 55>
            var_343 = wp::mul(var_damping, var_damping);
            var_344 = wp::add(var_341, var_343);
        }
        var_345 = wp::where(var_342, var_344, var_341);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_304, var_345);
        // s = float(0.0)                                                                         <L 51>
        var_348 = wp::float(var_347);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_350 = wp::extract(var_2, var_261, var_349);
        var_351 = wp::extract(var_2, var_346, var_349);
        var_352 = wp::mul(var_350, var_351);
        var_353 = wp::add(var_348, var_352);
        var_355 = wp::extract(var_2, var_261, var_354);
        var_356 = wp::extract(var_2, var_346, var_354);
        var_357 = wp::mul(var_355, var_356);
        var_358 = wp::add(var_353, var_357);
        var_360 = wp::extract(var_2, var_261, var_359);
        var_361 = wp::extract(var_2, var_346, var_359);
        var_362 = wp::mul(var_360, var_361);
        var_363 = wp::add(var_358, var_362);
        var_365 = wp::extract(var_2, var_261, var_364);
        var_366 = wp::extract(var_2, var_346, var_364);
        var_367 = wp::mul(var_365, var_366);
        var_368 = wp::add(var_363, var_367);
        var_370 = wp::extract(var_2, var_261, var_369);
        var_371 = wp::extract(var_2, var_346, var_369);
        var_372 = wp::mul(var_370, var_371);
        var_373 = wp::add(var_368, var_372);
        var_375 = wp::extract(var_2, var_261, var_374);
        var_376 = wp::extract(var_2, var_346, var_374);
        var_377 = wp::mul(var_375, var_376);
        var_378 = wp::add(var_373, var_377);
        var_380 = wp::extract(var_2, var_261, var_379);
        var_381 = wp::extract(var_2, var_346, var_379);
        var_382 = wp::mul(var_380, var_381);
        var_383 = wp::add(var_378, var_382);
        // if a == b:                                                                             <L 54>
        var_384 = (var_261 == var_346);
        if (var_384) {
            // s += damping * damping                                                             <L 55>
            var_385 = wp::mul(var_damping, var_damping);
            var_386 = wp::add(var_383, var_385);
        }
        var_387 = wp::where(var_384, var_386, var_383);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_346, var_387);
        // s = float(0.0)                                                                         <L 51>
        var_390 = wp::float(var_389);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_392 = wp::extract(var_2, var_261, var_391);
        var_393 = wp::extract(var_2, var_388, var_391);
        var_394 = wp::mul(var_392, var_393);
        var_395 = wp::add(var_390, var_394);
        var_397 = wp::extract(var_2, var_261, var_396);
        var_398 = wp::extract(var_2, var_388, var_396);
        var_399 = wp::mul(var_397, var_398);
        var_400 = wp::add(var_395, var_399);
        var_402 = wp::extract(var_2, var_261, var_401);
        var_403 = wp::extract(var_2, var_388, var_401);
        var_404 = wp::mul(var_402, var_403);
        var_405 = wp::add(var_400, var_404);
        var_407 = wp::extract(var_2, var_261, var_406);
        var_408 = wp::extract(var_2, var_388, var_406);
        var_409 = wp::mul(var_407, var_408);
        var_410 = wp::add(var_405, var_409);
        var_412 = wp::extract(var_2, var_261, var_411);
        var_413 = wp::extract(var_2, var_388, var_411);
        var_414 = wp::mul(var_412, var_413);
        var_415 = wp::add(var_410, var_414);
        var_417 = wp::extract(var_2, var_261, var_416);
        var_418 = wp::extract(var_2, var_388, var_416);
        var_419 = wp::mul(var_417, var_418);
        var_420 = wp::add(var_415, var_419);
        var_422 = wp::extract(var_2, var_261, var_421);
        var_423 = wp::extract(var_2, var_388, var_421);
        var_424 = wp::mul(var_422, var_423);
        var_425 = wp::add(var_420, var_424);
        // if a == b:                                                                             <L 54>
        var_426 = (var_261 == var_388);
        if (var_426) {
            // s += damping * damping                                                             <L 55>
            var_427 = wp::mul(var_damping, var_damping);
            var_428 = wp::add(var_425, var_427);
        }
        var_429 = wp::where(var_426, var_428, var_425);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_388, var_429);
        // s = float(0.0)                                                                         <L 51>
        var_432 = wp::float(var_431);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_434 = wp::extract(var_2, var_261, var_433);
        var_435 = wp::extract(var_2, var_430, var_433);
        var_436 = wp::mul(var_434, var_435);
        var_437 = wp::add(var_432, var_436);
        var_439 = wp::extract(var_2, var_261, var_438);
        var_440 = wp::extract(var_2, var_430, var_438);
        var_441 = wp::mul(var_439, var_440);
        var_442 = wp::add(var_437, var_441);
        var_444 = wp::extract(var_2, var_261, var_443);
        var_445 = wp::extract(var_2, var_430, var_443);
        var_446 = wp::mul(var_444, var_445);
        var_447 = wp::add(var_442, var_446);
        var_449 = wp::extract(var_2, var_261, var_448);
        var_450 = wp::extract(var_2, var_430, var_448);
        var_451 = wp::mul(var_449, var_450);
        var_452 = wp::add(var_447, var_451);
        var_454 = wp::extract(var_2, var_261, var_453);
        var_455 = wp::extract(var_2, var_430, var_453);
        var_456 = wp::mul(var_454, var_455);
        var_457 = wp::add(var_452, var_456);
        var_459 = wp::extract(var_2, var_261, var_458);
        var_460 = wp::extract(var_2, var_430, var_458);
        var_461 = wp::mul(var_459, var_460);
        var_462 = wp::add(var_457, var_461);
        var_464 = wp::extract(var_2, var_261, var_463);
        var_465 = wp::extract(var_2, var_430, var_463);
        var_466 = wp::mul(var_464, var_465);
        var_467 = wp::add(var_462, var_466);
        // if a == b:                                                                             <L 54>
        var_468 = (var_261 == var_430);
        if (var_468) {
            // s += damping * damping                                                             <L 55>
            var_469 = wp::mul(var_damping, var_damping);
            var_470 = wp::add(var_467, var_469);
        }
        var_471 = wp::where(var_468, var_470, var_467);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_430, var_471);
        // s = float(0.0)                                                                         <L 51>
        var_474 = wp::float(var_473);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_476 = wp::extract(var_2, var_261, var_475);
        var_477 = wp::extract(var_2, var_472, var_475);
        var_478 = wp::mul(var_476, var_477);
        var_479 = wp::add(var_474, var_478);
        var_481 = wp::extract(var_2, var_261, var_480);
        var_482 = wp::extract(var_2, var_472, var_480);
        var_483 = wp::mul(var_481, var_482);
        var_484 = wp::add(var_479, var_483);
        var_486 = wp::extract(var_2, var_261, var_485);
        var_487 = wp::extract(var_2, var_472, var_485);
        var_488 = wp::mul(var_486, var_487);
        var_489 = wp::add(var_484, var_488);
        var_491 = wp::extract(var_2, var_261, var_490);
        var_492 = wp::extract(var_2, var_472, var_490);
        var_493 = wp::mul(var_491, var_492);
        var_494 = wp::add(var_489, var_493);
        var_496 = wp::extract(var_2, var_261, var_495);
        var_497 = wp::extract(var_2, var_472, var_495);
        var_498 = wp::mul(var_496, var_497);
        var_499 = wp::add(var_494, var_498);
        var_501 = wp::extract(var_2, var_261, var_500);
        var_502 = wp::extract(var_2, var_472, var_500);
        var_503 = wp::mul(var_501, var_502);
        var_504 = wp::add(var_499, var_503);
        var_506 = wp::extract(var_2, var_261, var_505);
        var_507 = wp::extract(var_2, var_472, var_505);
        var_508 = wp::mul(var_506, var_507);
        var_509 = wp::add(var_504, var_508);
        // if a == b:                                                                             <L 54>
        var_510 = (var_261 == var_472);
        if (var_510) {
            // s += damping * damping                                                             <L 55>
            var_511 = wp::mul(var_damping, var_damping);
            var_512 = wp::add(var_509, var_511);
        }
        var_513 = wp::where(var_510, var_512, var_509);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_472, var_513);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_517 = wp::float(var_516);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_519 = wp::extract(var_2, var_514, var_518);
        var_520 = wp::extract(var_2, var_515, var_518);
        var_521 = wp::mul(var_519, var_520);
        var_522 = wp::add(var_517, var_521);
        var_524 = wp::extract(var_2, var_514, var_523);
        var_525 = wp::extract(var_2, var_515, var_523);
        var_526 = wp::mul(var_524, var_525);
        var_527 = wp::add(var_522, var_526);
        var_529 = wp::extract(var_2, var_514, var_528);
        var_530 = wp::extract(var_2, var_515, var_528);
        var_531 = wp::mul(var_529, var_530);
        var_532 = wp::add(var_527, var_531);
        var_534 = wp::extract(var_2, var_514, var_533);
        var_535 = wp::extract(var_2, var_515, var_533);
        var_536 = wp::mul(var_534, var_535);
        var_537 = wp::add(var_532, var_536);
        var_539 = wp::extract(var_2, var_514, var_538);
        var_540 = wp::extract(var_2, var_515, var_538);
        var_541 = wp::mul(var_539, var_540);
        var_542 = wp::add(var_537, var_541);
        var_544 = wp::extract(var_2, var_514, var_543);
        var_545 = wp::extract(var_2, var_515, var_543);
        var_546 = wp::mul(var_544, var_545);
        var_547 = wp::add(var_542, var_546);
        var_549 = wp::extract(var_2, var_514, var_548);
        var_550 = wp::extract(var_2, var_515, var_548);
        var_551 = wp::mul(var_549, var_550);
        var_552 = wp::add(var_547, var_551);
        // if a == b:                                                                             <L 54>
        var_553 = (var_514 == var_515);
        if (var_553) {
            // s += damping * damping                                                             <L 55>
            var_554 = wp::mul(var_damping, var_damping);
            var_555 = wp::add(var_552, var_554);
        }
        var_556 = wp::where(var_553, var_555, var_552);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_515, var_556);
        // s = float(0.0)                                                                         <L 51>
        var_559 = wp::float(var_558);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_561 = wp::extract(var_2, var_514, var_560);
        var_562 = wp::extract(var_2, var_557, var_560);
        var_563 = wp::mul(var_561, var_562);
        var_564 = wp::add(var_559, var_563);
        var_566 = wp::extract(var_2, var_514, var_565);
        var_567 = wp::extract(var_2, var_557, var_565);
        var_568 = wp::mul(var_566, var_567);
        var_569 = wp::add(var_564, var_568);
        var_571 = wp::extract(var_2, var_514, var_570);
        var_572 = wp::extract(var_2, var_557, var_570);
        var_573 = wp::mul(var_571, var_572);
        var_574 = wp::add(var_569, var_573);
        var_576 = wp::extract(var_2, var_514, var_575);
        var_577 = wp::extract(var_2, var_557, var_575);
        var_578 = wp::mul(var_576, var_577);
        var_579 = wp::add(var_574, var_578);
        var_581 = wp::extract(var_2, var_514, var_580);
        var_582 = wp::extract(var_2, var_557, var_580);
        var_583 = wp::mul(var_581, var_582);
        var_584 = wp::add(var_579, var_583);
        var_586 = wp::extract(var_2, var_514, var_585);
        var_587 = wp::extract(var_2, var_557, var_585);
        var_588 = wp::mul(var_586, var_587);
        var_589 = wp::add(var_584, var_588);
        var_591 = wp::extract(var_2, var_514, var_590);
        var_592 = wp::extract(var_2, var_557, var_590);
        var_593 = wp::mul(var_591, var_592);
        var_594 = wp::add(var_589, var_593);
        // if a == b:                                                                             <L 54>
        var_595 = (var_514 == var_557);
        if (var_595) {
            // s += damping * damping                                                             <L 55>
            var_596 = wp::mul(var_damping, var_damping);
            var_597 = wp::add(var_594, var_596);
        }
        var_598 = wp::where(var_595, var_597, var_594);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_557, var_598);
        // s = float(0.0)                                                                         <L 51>
        var_601 = wp::float(var_600);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_603 = wp::extract(var_2, var_514, var_602);
        var_604 = wp::extract(var_2, var_599, var_602);
        var_605 = wp::mul(var_603, var_604);
        var_606 = wp::add(var_601, var_605);
        var_608 = wp::extract(var_2, var_514, var_607);
        var_609 = wp::extract(var_2, var_599, var_607);
        var_610 = wp::mul(var_608, var_609);
        var_611 = wp::add(var_606, var_610);
        var_613 = wp::extract(var_2, var_514, var_612);
        var_614 = wp::extract(var_2, var_599, var_612);
        var_615 = wp::mul(var_613, var_614);
        var_616 = wp::add(var_611, var_615);
        var_618 = wp::extract(var_2, var_514, var_617);
        var_619 = wp::extract(var_2, var_599, var_617);
        var_620 = wp::mul(var_618, var_619);
        var_621 = wp::add(var_616, var_620);
        var_623 = wp::extract(var_2, var_514, var_622);
        var_624 = wp::extract(var_2, var_599, var_622);
        var_625 = wp::mul(var_623, var_624);
        var_626 = wp::add(var_621, var_625);
        var_628 = wp::extract(var_2, var_514, var_627);
        var_629 = wp::extract(var_2, var_599, var_627);
        var_630 = wp::mul(var_628, var_629);
        var_631 = wp::add(var_626, var_630);
        var_633 = wp::extract(var_2, var_514, var_632);
        var_634 = wp::extract(var_2, var_599, var_632);
        var_635 = wp::mul(var_633, var_634);
        var_636 = wp::add(var_631, var_635);
        // if a == b:                                                                             <L 54>
        var_637 = (var_514 == var_599);
        if (var_637) {
            // s += damping * damping                                                             <L 55>
            var_638 = wp::mul(var_damping, var_damping);
            var_639 = wp::add(var_636, var_638);
        }
        var_640 = wp::where(var_637, var_639, var_636);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_599, var_640);
        // s = float(0.0)                                                                         <L 51>
        var_643 = wp::float(var_642);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_645 = wp::extract(var_2, var_514, var_644);
        var_646 = wp::extract(var_2, var_641, var_644);
        var_647 = wp::mul(var_645, var_646);
        var_648 = wp::add(var_643, var_647);
        var_650 = wp::extract(var_2, var_514, var_649);
        var_651 = wp::extract(var_2, var_641, var_649);
        var_652 = wp::mul(var_650, var_651);
        var_653 = wp::add(var_648, var_652);
        var_655 = wp::extract(var_2, var_514, var_654);
        var_656 = wp::extract(var_2, var_641, var_654);
        var_657 = wp::mul(var_655, var_656);
        var_658 = wp::add(var_653, var_657);
        var_660 = wp::extract(var_2, var_514, var_659);
        var_661 = wp::extract(var_2, var_641, var_659);
        var_662 = wp::mul(var_660, var_661);
        var_663 = wp::add(var_658, var_662);
        var_665 = wp::extract(var_2, var_514, var_664);
        var_666 = wp::extract(var_2, var_641, var_664);
        var_667 = wp::mul(var_665, var_666);
        var_668 = wp::add(var_663, var_667);
        var_670 = wp::extract(var_2, var_514, var_669);
        var_671 = wp::extract(var_2, var_641, var_669);
        var_672 = wp::mul(var_670, var_671);
        var_673 = wp::add(var_668, var_672);
        var_675 = wp::extract(var_2, var_514, var_674);
        var_676 = wp::extract(var_2, var_641, var_674);
        var_677 = wp::mul(var_675, var_676);
        var_678 = wp::add(var_673, var_677);
        // if a == b:                                                                             <L 54>
        var_679 = (var_514 == var_641);
        if (var_679) {
            // s += damping * damping                                                             <L 55>
            var_680 = wp::mul(var_damping, var_damping);
            var_681 = wp::add(var_678, var_680);
        }
        var_682 = wp::where(var_679, var_681, var_678);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_641, var_682);
        // s = float(0.0)                                                                         <L 51>
        var_685 = wp::float(var_684);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_687 = wp::extract(var_2, var_514, var_686);
        var_688 = wp::extract(var_2, var_683, var_686);
        var_689 = wp::mul(var_687, var_688);
        var_690 = wp::add(var_685, var_689);
        var_692 = wp::extract(var_2, var_514, var_691);
        var_693 = wp::extract(var_2, var_683, var_691);
        var_694 = wp::mul(var_692, var_693);
        var_695 = wp::add(var_690, var_694);
        var_697 = wp::extract(var_2, var_514, var_696);
        var_698 = wp::extract(var_2, var_683, var_696);
        var_699 = wp::mul(var_697, var_698);
        var_700 = wp::add(var_695, var_699);
        var_702 = wp::extract(var_2, var_514, var_701);
        var_703 = wp::extract(var_2, var_683, var_701);
        var_704 = wp::mul(var_702, var_703);
        var_705 = wp::add(var_700, var_704);
        var_707 = wp::extract(var_2, var_514, var_706);
        var_708 = wp::extract(var_2, var_683, var_706);
        var_709 = wp::mul(var_707, var_708);
        var_710 = wp::add(var_705, var_709);
        var_712 = wp::extract(var_2, var_514, var_711);
        var_713 = wp::extract(var_2, var_683, var_711);
        var_714 = wp::mul(var_712, var_713);
        var_715 = wp::add(var_710, var_714);
        var_717 = wp::extract(var_2, var_514, var_716);
        var_718 = wp::extract(var_2, var_683, var_716);
        var_719 = wp::mul(var_717, var_718);
        var_720 = wp::add(var_715, var_719);
        // if a == b:                                                                             <L 54>
        var_721 = (var_514 == var_683);
        if (var_721) {
            // s += damping * damping                                                             <L 55>
            var_722 = wp::mul(var_damping, var_damping);
            var_723 = wp::add(var_720, var_722);
        }
        var_724 = wp::where(var_721, var_723, var_720);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_683, var_724);
        // s = float(0.0)                                                                         <L 51>
        var_727 = wp::float(var_726);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_729 = wp::extract(var_2, var_514, var_728);
        var_730 = wp::extract(var_2, var_725, var_728);
        var_731 = wp::mul(var_729, var_730);
        var_732 = wp::add(var_727, var_731);
        var_734 = wp::extract(var_2, var_514, var_733);
        var_735 = wp::extract(var_2, var_725, var_733);
        var_736 = wp::mul(var_734, var_735);
        var_737 = wp::add(var_732, var_736);
        var_739 = wp::extract(var_2, var_514, var_738);
        var_740 = wp::extract(var_2, var_725, var_738);
        var_741 = wp::mul(var_739, var_740);
        var_742 = wp::add(var_737, var_741);
        var_744 = wp::extract(var_2, var_514, var_743);
        var_745 = wp::extract(var_2, var_725, var_743);
        var_746 = wp::mul(var_744, var_745);
        var_747 = wp::add(var_742, var_746);
        var_749 = wp::extract(var_2, var_514, var_748);
        var_750 = wp::extract(var_2, var_725, var_748);
        var_751 = wp::mul(var_749, var_750);
        var_752 = wp::add(var_747, var_751);
        var_754 = wp::extract(var_2, var_514, var_753);
        var_755 = wp::extract(var_2, var_725, var_753);
        var_756 = wp::mul(var_754, var_755);
        var_757 = wp::add(var_752, var_756);
        var_759 = wp::extract(var_2, var_514, var_758);
        var_760 = wp::extract(var_2, var_725, var_758);
        var_761 = wp::mul(var_759, var_760);
        var_762 = wp::add(var_757, var_761);
        // if a == b:                                                                             <L 54>
        var_763 = (var_514 == var_725);
        if (var_763) {
            // s += damping * damping                                                             <L 55>
            var_764 = wp::mul(var_damping, var_damping);
            var_765 = wp::add(var_762, var_764);
        }
        var_766 = wp::where(var_763, var_765, var_762);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_725, var_766);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_770 = wp::float(var_769);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_772 = wp::extract(var_2, var_767, var_771);
        var_773 = wp::extract(var_2, var_768, var_771);
        var_774 = wp::mul(var_772, var_773);
        var_775 = wp::add(var_770, var_774);
        var_777 = wp::extract(var_2, var_767, var_776);
        var_778 = wp::extract(var_2, var_768, var_776);
        var_779 = wp::mul(var_777, var_778);
        var_780 = wp::add(var_775, var_779);
        var_782 = wp::extract(var_2, var_767, var_781);
        var_783 = wp::extract(var_2, var_768, var_781);
        var_784 = wp::mul(var_782, var_783);
        var_785 = wp::add(var_780, var_784);
        var_787 = wp::extract(var_2, var_767, var_786);
        var_788 = wp::extract(var_2, var_768, var_786);
        var_789 = wp::mul(var_787, var_788);
        var_790 = wp::add(var_785, var_789);
        var_792 = wp::extract(var_2, var_767, var_791);
        var_793 = wp::extract(var_2, var_768, var_791);
        var_794 = wp::mul(var_792, var_793);
        var_795 = wp::add(var_790, var_794);
        var_797 = wp::extract(var_2, var_767, var_796);
        var_798 = wp::extract(var_2, var_768, var_796);
        var_799 = wp::mul(var_797, var_798);
        var_800 = wp::add(var_795, var_799);
        var_802 = wp::extract(var_2, var_767, var_801);
        var_803 = wp::extract(var_2, var_768, var_801);
        var_804 = wp::mul(var_802, var_803);
        var_805 = wp::add(var_800, var_804);
        // if a == b:                                                                             <L 54>
        var_806 = (var_767 == var_768);
        if (var_806) {
            // s += damping * damping                                                             <L 55>
            var_807 = wp::mul(var_damping, var_damping);
            var_808 = wp::add(var_805, var_807);
        }
        var_809 = wp::where(var_806, var_808, var_805);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_768, var_809);
        // s = float(0.0)                                                                         <L 51>
        var_812 = wp::float(var_811);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_814 = wp::extract(var_2, var_767, var_813);
        var_815 = wp::extract(var_2, var_810, var_813);
        var_816 = wp::mul(var_814, var_815);
        var_817 = wp::add(var_812, var_816);
        var_819 = wp::extract(var_2, var_767, var_818);
        var_820 = wp::extract(var_2, var_810, var_818);
        var_821 = wp::mul(var_819, var_820);
        var_822 = wp::add(var_817, var_821);
        var_824 = wp::extract(var_2, var_767, var_823);
        var_825 = wp::extract(var_2, var_810, var_823);
        var_826 = wp::mul(var_824, var_825);
        var_827 = wp::add(var_822, var_826);
        var_829 = wp::extract(var_2, var_767, var_828);
        var_830 = wp::extract(var_2, var_810, var_828);
        var_831 = wp::mul(var_829, var_830);
        var_832 = wp::add(var_827, var_831);
        var_834 = wp::extract(var_2, var_767, var_833);
        var_835 = wp::extract(var_2, var_810, var_833);
        var_836 = wp::mul(var_834, var_835);
        var_837 = wp::add(var_832, var_836);
        var_839 = wp::extract(var_2, var_767, var_838);
        var_840 = wp::extract(var_2, var_810, var_838);
        var_841 = wp::mul(var_839, var_840);
        var_842 = wp::add(var_837, var_841);
        var_844 = wp::extract(var_2, var_767, var_843);
        var_845 = wp::extract(var_2, var_810, var_843);
        var_846 = wp::mul(var_844, var_845);
        var_847 = wp::add(var_842, var_846);
        // if a == b:                                                                             <L 54>
        var_848 = (var_767 == var_810);
        if (var_848) {
            // s += damping * damping                                                             <L 55>
            var_849 = wp::mul(var_damping, var_damping);
            var_850 = wp::add(var_847, var_849);
        }
        var_851 = wp::where(var_848, var_850, var_847);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_810, var_851);
        // s = float(0.0)                                                                         <L 51>
        var_854 = wp::float(var_853);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_856 = wp::extract(var_2, var_767, var_855);
        var_857 = wp::extract(var_2, var_852, var_855);
        var_858 = wp::mul(var_856, var_857);
        var_859 = wp::add(var_854, var_858);
        var_861 = wp::extract(var_2, var_767, var_860);
        var_862 = wp::extract(var_2, var_852, var_860);
        var_863 = wp::mul(var_861, var_862);
        var_864 = wp::add(var_859, var_863);
        var_866 = wp::extract(var_2, var_767, var_865);
        var_867 = wp::extract(var_2, var_852, var_865);
        var_868 = wp::mul(var_866, var_867);
        var_869 = wp::add(var_864, var_868);
        var_871 = wp::extract(var_2, var_767, var_870);
        var_872 = wp::extract(var_2, var_852, var_870);
        var_873 = wp::mul(var_871, var_872);
        var_874 = wp::add(var_869, var_873);
        var_876 = wp::extract(var_2, var_767, var_875);
        var_877 = wp::extract(var_2, var_852, var_875);
        var_878 = wp::mul(var_876, var_877);
        var_879 = wp::add(var_874, var_878);
        var_881 = wp::extract(var_2, var_767, var_880);
        var_882 = wp::extract(var_2, var_852, var_880);
        var_883 = wp::mul(var_881, var_882);
        var_884 = wp::add(var_879, var_883);
        var_886 = wp::extract(var_2, var_767, var_885);
        var_887 = wp::extract(var_2, var_852, var_885);
        var_888 = wp::mul(var_886, var_887);
        var_889 = wp::add(var_884, var_888);
        // if a == b:                                                                             <L 54>
        var_890 = (var_767 == var_852);
        if (var_890) {
            // s += damping * damping                                                             <L 55>
            var_891 = wp::mul(var_damping, var_damping);
            var_892 = wp::add(var_889, var_891);
        }
        var_893 = wp::where(var_890, var_892, var_889);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_852, var_893);
        // s = float(0.0)                                                                         <L 51>
        var_896 = wp::float(var_895);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_898 = wp::extract(var_2, var_767, var_897);
        var_899 = wp::extract(var_2, var_894, var_897);
        var_900 = wp::mul(var_898, var_899);
        var_901 = wp::add(var_896, var_900);
        var_903 = wp::extract(var_2, var_767, var_902);
        var_904 = wp::extract(var_2, var_894, var_902);
        var_905 = wp::mul(var_903, var_904);
        var_906 = wp::add(var_901, var_905);
        var_908 = wp::extract(var_2, var_767, var_907);
        var_909 = wp::extract(var_2, var_894, var_907);
        var_910 = wp::mul(var_908, var_909);
        var_911 = wp::add(var_906, var_910);
        var_913 = wp::extract(var_2, var_767, var_912);
        var_914 = wp::extract(var_2, var_894, var_912);
        var_915 = wp::mul(var_913, var_914);
        var_916 = wp::add(var_911, var_915);
        var_918 = wp::extract(var_2, var_767, var_917);
        var_919 = wp::extract(var_2, var_894, var_917);
        var_920 = wp::mul(var_918, var_919);
        var_921 = wp::add(var_916, var_920);
        var_923 = wp::extract(var_2, var_767, var_922);
        var_924 = wp::extract(var_2, var_894, var_922);
        var_925 = wp::mul(var_923, var_924);
        var_926 = wp::add(var_921, var_925);
        var_928 = wp::extract(var_2, var_767, var_927);
        var_929 = wp::extract(var_2, var_894, var_927);
        var_930 = wp::mul(var_928, var_929);
        var_931 = wp::add(var_926, var_930);
        // if a == b:                                                                             <L 54>
        var_932 = (var_767 == var_894);
        if (var_932) {
            // s += damping * damping                                                             <L 55>
            var_933 = wp::mul(var_damping, var_damping);
            var_934 = wp::add(var_931, var_933);
        }
        var_935 = wp::where(var_932, var_934, var_931);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_894, var_935);
        // s = float(0.0)                                                                         <L 51>
        var_938 = wp::float(var_937);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_940 = wp::extract(var_2, var_767, var_939);
        var_941 = wp::extract(var_2, var_936, var_939);
        var_942 = wp::mul(var_940, var_941);
        var_943 = wp::add(var_938, var_942);
        var_945 = wp::extract(var_2, var_767, var_944);
        var_946 = wp::extract(var_2, var_936, var_944);
        var_947 = wp::mul(var_945, var_946);
        var_948 = wp::add(var_943, var_947);
        var_950 = wp::extract(var_2, var_767, var_949);
        var_951 = wp::extract(var_2, var_936, var_949);
        var_952 = wp::mul(var_950, var_951);
        var_953 = wp::add(var_948, var_952);
        var_955 = wp::extract(var_2, var_767, var_954);
        var_956 = wp::extract(var_2, var_936, var_954);
        var_957 = wp::mul(var_955, var_956);
        var_958 = wp::add(var_953, var_957);
        var_960 = wp::extract(var_2, var_767, var_959);
        var_961 = wp::extract(var_2, var_936, var_959);
        var_962 = wp::mul(var_960, var_961);
        var_963 = wp::add(var_958, var_962);
        var_965 = wp::extract(var_2, var_767, var_964);
        var_966 = wp::extract(var_2, var_936, var_964);
        var_967 = wp::mul(var_965, var_966);
        var_968 = wp::add(var_963, var_967);
        var_970 = wp::extract(var_2, var_767, var_969);
        var_971 = wp::extract(var_2, var_936, var_969);
        var_972 = wp::mul(var_970, var_971);
        var_973 = wp::add(var_968, var_972);
        // if a == b:                                                                             <L 54>
        var_974 = (var_767 == var_936);
        if (var_974) {
            // s += damping * damping                                                             <L 55>
            var_975 = wp::mul(var_damping, var_damping);
            var_976 = wp::add(var_973, var_975);
        }
        var_977 = wp::where(var_974, var_976, var_973);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_936, var_977);
        // s = float(0.0)                                                                         <L 51>
        var_980 = wp::float(var_979);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_982 = wp::extract(var_2, var_767, var_981);
        var_983 = wp::extract(var_2, var_978, var_981);
        var_984 = wp::mul(var_982, var_983);
        var_985 = wp::add(var_980, var_984);
        var_987 = wp::extract(var_2, var_767, var_986);
        var_988 = wp::extract(var_2, var_978, var_986);
        var_989 = wp::mul(var_987, var_988);
        var_990 = wp::add(var_985, var_989);
        var_992 = wp::extract(var_2, var_767, var_991);
        var_993 = wp::extract(var_2, var_978, var_991);
        var_994 = wp::mul(var_992, var_993);
        var_995 = wp::add(var_990, var_994);
        var_997 = wp::extract(var_2, var_767, var_996);
        var_998 = wp::extract(var_2, var_978, var_996);
        var_999 = wp::mul(var_997, var_998);
        var_1000 = wp::add(var_995, var_999);
        var_1002 = wp::extract(var_2, var_767, var_1001);
        var_1003 = wp::extract(var_2, var_978, var_1001);
        var_1004 = wp::mul(var_1002, var_1003);
        var_1005 = wp::add(var_1000, var_1004);
        var_1007 = wp::extract(var_2, var_767, var_1006);
        var_1008 = wp::extract(var_2, var_978, var_1006);
        var_1009 = wp::mul(var_1007, var_1008);
        var_1010 = wp::add(var_1005, var_1009);
        var_1012 = wp::extract(var_2, var_767, var_1011);
        var_1013 = wp::extract(var_2, var_978, var_1011);
        var_1014 = wp::mul(var_1012, var_1013);
        var_1015 = wp::add(var_1010, var_1014);
        // if a == b:                                                                             <L 54>
        var_1016 = (var_767 == var_978);
        if (var_1016) {
            // s += damping * damping                                                             <L 55>
            var_1017 = wp::mul(var_damping, var_damping);
            var_1018 = wp::add(var_1015, var_1017);
        }
        var_1019 = wp::where(var_1016, var_1018, var_1015);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_978, var_1019);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_1023 = wp::float(var_1022);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1025 = wp::extract(var_2, var_1020, var_1024);
        var_1026 = wp::extract(var_2, var_1021, var_1024);
        var_1027 = wp::mul(var_1025, var_1026);
        var_1028 = wp::add(var_1023, var_1027);
        var_1030 = wp::extract(var_2, var_1020, var_1029);
        var_1031 = wp::extract(var_2, var_1021, var_1029);
        var_1032 = wp::mul(var_1030, var_1031);
        var_1033 = wp::add(var_1028, var_1032);
        var_1035 = wp::extract(var_2, var_1020, var_1034);
        var_1036 = wp::extract(var_2, var_1021, var_1034);
        var_1037 = wp::mul(var_1035, var_1036);
        var_1038 = wp::add(var_1033, var_1037);
        var_1040 = wp::extract(var_2, var_1020, var_1039);
        var_1041 = wp::extract(var_2, var_1021, var_1039);
        var_1042 = wp::mul(var_1040, var_1041);
        var_1043 = wp::add(var_1038, var_1042);
        var_1045 = wp::extract(var_2, var_1020, var_1044);
        var_1046 = wp::extract(var_2, var_1021, var_1044);
        var_1047 = wp::mul(var_1045, var_1046);
        var_1048 = wp::add(var_1043, var_1047);
        var_1050 = wp::extract(var_2, var_1020, var_1049);
        var_1051 = wp::extract(var_2, var_1021, var_1049);
        var_1052 = wp::mul(var_1050, var_1051);
        var_1053 = wp::add(var_1048, var_1052);
        var_1055 = wp::extract(var_2, var_1020, var_1054);
        var_1056 = wp::extract(var_2, var_1021, var_1054);
        var_1057 = wp::mul(var_1055, var_1056);
        var_1058 = wp::add(var_1053, var_1057);
        // if a == b:                                                                             <L 54>
        var_1059 = (var_1020 == var_1021);
        if (var_1059) {
            // s += damping * damping                                                             <L 55>
            var_1060 = wp::mul(var_damping, var_damping);
            var_1061 = wp::add(var_1058, var_1060);
        }
        var_1062 = wp::where(var_1059, var_1061, var_1058);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1021, var_1062);
        // s = float(0.0)                                                                         <L 51>
        var_1065 = wp::float(var_1064);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1067 = wp::extract(var_2, var_1020, var_1066);
        var_1068 = wp::extract(var_2, var_1063, var_1066);
        var_1069 = wp::mul(var_1067, var_1068);
        var_1070 = wp::add(var_1065, var_1069);
        var_1072 = wp::extract(var_2, var_1020, var_1071);
        var_1073 = wp::extract(var_2, var_1063, var_1071);
        var_1074 = wp::mul(var_1072, var_1073);
        var_1075 = wp::add(var_1070, var_1074);
        var_1077 = wp::extract(var_2, var_1020, var_1076);
        var_1078 = wp::extract(var_2, var_1063, var_1076);
        var_1079 = wp::mul(var_1077, var_1078);
        var_1080 = wp::add(var_1075, var_1079);
        var_1082 = wp::extract(var_2, var_1020, var_1081);
        var_1083 = wp::extract(var_2, var_1063, var_1081);
        var_1084 = wp::mul(var_1082, var_1083);
        var_1085 = wp::add(var_1080, var_1084);
        var_1087 = wp::extract(var_2, var_1020, var_1086);
        var_1088 = wp::extract(var_2, var_1063, var_1086);
        var_1089 = wp::mul(var_1087, var_1088);
        var_1090 = wp::add(var_1085, var_1089);
        var_1092 = wp::extract(var_2, var_1020, var_1091);
        var_1093 = wp::extract(var_2, var_1063, var_1091);
        var_1094 = wp::mul(var_1092, var_1093);
        var_1095 = wp::add(var_1090, var_1094);
        var_1097 = wp::extract(var_2, var_1020, var_1096);
        var_1098 = wp::extract(var_2, var_1063, var_1096);
        var_1099 = wp::mul(var_1097, var_1098);
        var_1100 = wp::add(var_1095, var_1099);
        // if a == b:                                                                             <L 54>
        var_1101 = (var_1020 == var_1063);
        if (var_1101) {
            // s += damping * damping                                                             <L 55>
            var_1102 = wp::mul(var_damping, var_damping);
            var_1103 = wp::add(var_1100, var_1102);
        }
        var_1104 = wp::where(var_1101, var_1103, var_1100);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1063, var_1104);
        // s = float(0.0)                                                                         <L 51>
        var_1107 = wp::float(var_1106);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1109 = wp::extract(var_2, var_1020, var_1108);
        var_1110 = wp::extract(var_2, var_1105, var_1108);
        var_1111 = wp::mul(var_1109, var_1110);
        var_1112 = wp::add(var_1107, var_1111);
        var_1114 = wp::extract(var_2, var_1020, var_1113);
        var_1115 = wp::extract(var_2, var_1105, var_1113);
        var_1116 = wp::mul(var_1114, var_1115);
        var_1117 = wp::add(var_1112, var_1116);
        var_1119 = wp::extract(var_2, var_1020, var_1118);
        var_1120 = wp::extract(var_2, var_1105, var_1118);
        var_1121 = wp::mul(var_1119, var_1120);
        var_1122 = wp::add(var_1117, var_1121);
        var_1124 = wp::extract(var_2, var_1020, var_1123);
        var_1125 = wp::extract(var_2, var_1105, var_1123);
        var_1126 = wp::mul(var_1124, var_1125);
        var_1127 = wp::add(var_1122, var_1126);
        var_1129 = wp::extract(var_2, var_1020, var_1128);
        var_1130 = wp::extract(var_2, var_1105, var_1128);
        var_1131 = wp::mul(var_1129, var_1130);
        var_1132 = wp::add(var_1127, var_1131);
        var_1134 = wp::extract(var_2, var_1020, var_1133);
        var_1135 = wp::extract(var_2, var_1105, var_1133);
        var_1136 = wp::mul(var_1134, var_1135);
        var_1137 = wp::add(var_1132, var_1136);
        var_1139 = wp::extract(var_2, var_1020, var_1138);
        var_1140 = wp::extract(var_2, var_1105, var_1138);
        var_1141 = wp::mul(var_1139, var_1140);
        var_1142 = wp::add(var_1137, var_1141);
        // if a == b:                                                                             <L 54>
        var_1143 = (var_1020 == var_1105);
        if (var_1143) {
            // s += damping * damping                                                             <L 55>
            var_1144 = wp::mul(var_damping, var_damping);
            var_1145 = wp::add(var_1142, var_1144);
        }
        var_1146 = wp::where(var_1143, var_1145, var_1142);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1105, var_1146);
        // s = float(0.0)                                                                         <L 51>
        var_1149 = wp::float(var_1148);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1151 = wp::extract(var_2, var_1020, var_1150);
        var_1152 = wp::extract(var_2, var_1147, var_1150);
        var_1153 = wp::mul(var_1151, var_1152);
        var_1154 = wp::add(var_1149, var_1153);
        var_1156 = wp::extract(var_2, var_1020, var_1155);
        var_1157 = wp::extract(var_2, var_1147, var_1155);
        var_1158 = wp::mul(var_1156, var_1157);
        var_1159 = wp::add(var_1154, var_1158);
        var_1161 = wp::extract(var_2, var_1020, var_1160);
        var_1162 = wp::extract(var_2, var_1147, var_1160);
        var_1163 = wp::mul(var_1161, var_1162);
        var_1164 = wp::add(var_1159, var_1163);
        var_1166 = wp::extract(var_2, var_1020, var_1165);
        var_1167 = wp::extract(var_2, var_1147, var_1165);
        var_1168 = wp::mul(var_1166, var_1167);
        var_1169 = wp::add(var_1164, var_1168);
        var_1171 = wp::extract(var_2, var_1020, var_1170);
        var_1172 = wp::extract(var_2, var_1147, var_1170);
        var_1173 = wp::mul(var_1171, var_1172);
        var_1174 = wp::add(var_1169, var_1173);
        var_1176 = wp::extract(var_2, var_1020, var_1175);
        var_1177 = wp::extract(var_2, var_1147, var_1175);
        var_1178 = wp::mul(var_1176, var_1177);
        var_1179 = wp::add(var_1174, var_1178);
        var_1181 = wp::extract(var_2, var_1020, var_1180);
        var_1182 = wp::extract(var_2, var_1147, var_1180);
        var_1183 = wp::mul(var_1181, var_1182);
        var_1184 = wp::add(var_1179, var_1183);
        // if a == b:                                                                             <L 54>
        var_1185 = (var_1020 == var_1147);
        if (var_1185) {
            // s += damping * damping                                                             <L 55>
            var_1186 = wp::mul(var_damping, var_damping);
            var_1187 = wp::add(var_1184, var_1186);
        }
        var_1188 = wp::where(var_1185, var_1187, var_1184);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1147, var_1188);
        // s = float(0.0)                                                                         <L 51>
        var_1191 = wp::float(var_1190);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1193 = wp::extract(var_2, var_1020, var_1192);
        var_1194 = wp::extract(var_2, var_1189, var_1192);
        var_1195 = wp::mul(var_1193, var_1194);
        var_1196 = wp::add(var_1191, var_1195);
        var_1198 = wp::extract(var_2, var_1020, var_1197);
        var_1199 = wp::extract(var_2, var_1189, var_1197);
        var_1200 = wp::mul(var_1198, var_1199);
        var_1201 = wp::add(var_1196, var_1200);
        var_1203 = wp::extract(var_2, var_1020, var_1202);
        var_1204 = wp::extract(var_2, var_1189, var_1202);
        var_1205 = wp::mul(var_1203, var_1204);
        var_1206 = wp::add(var_1201, var_1205);
        var_1208 = wp::extract(var_2, var_1020, var_1207);
        var_1209 = wp::extract(var_2, var_1189, var_1207);
        var_1210 = wp::mul(var_1208, var_1209);
        var_1211 = wp::add(var_1206, var_1210);
        var_1213 = wp::extract(var_2, var_1020, var_1212);
        var_1214 = wp::extract(var_2, var_1189, var_1212);
        var_1215 = wp::mul(var_1213, var_1214);
        var_1216 = wp::add(var_1211, var_1215);
        var_1218 = wp::extract(var_2, var_1020, var_1217);
        var_1219 = wp::extract(var_2, var_1189, var_1217);
        var_1220 = wp::mul(var_1218, var_1219);
        var_1221 = wp::add(var_1216, var_1220);
        var_1223 = wp::extract(var_2, var_1020, var_1222);
        var_1224 = wp::extract(var_2, var_1189, var_1222);
        var_1225 = wp::mul(var_1223, var_1224);
        var_1226 = wp::add(var_1221, var_1225);
        // if a == b:                                                                             <L 54>
        var_1227 = (var_1020 == var_1189);
        if (var_1227) {
            // s += damping * damping                                                             <L 55>
            var_1228 = wp::mul(var_damping, var_damping);
            var_1229 = wp::add(var_1226, var_1228);
        }
        var_1230 = wp::where(var_1227, var_1229, var_1226);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1189, var_1230);
        // s = float(0.0)                                                                         <L 51>
        var_1233 = wp::float(var_1232);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1235 = wp::extract(var_2, var_1020, var_1234);
        var_1236 = wp::extract(var_2, var_1231, var_1234);
        var_1237 = wp::mul(var_1235, var_1236);
        var_1238 = wp::add(var_1233, var_1237);
        var_1240 = wp::extract(var_2, var_1020, var_1239);
        var_1241 = wp::extract(var_2, var_1231, var_1239);
        var_1242 = wp::mul(var_1240, var_1241);
        var_1243 = wp::add(var_1238, var_1242);
        var_1245 = wp::extract(var_2, var_1020, var_1244);
        var_1246 = wp::extract(var_2, var_1231, var_1244);
        var_1247 = wp::mul(var_1245, var_1246);
        var_1248 = wp::add(var_1243, var_1247);
        var_1250 = wp::extract(var_2, var_1020, var_1249);
        var_1251 = wp::extract(var_2, var_1231, var_1249);
        var_1252 = wp::mul(var_1250, var_1251);
        var_1253 = wp::add(var_1248, var_1252);
        var_1255 = wp::extract(var_2, var_1020, var_1254);
        var_1256 = wp::extract(var_2, var_1231, var_1254);
        var_1257 = wp::mul(var_1255, var_1256);
        var_1258 = wp::add(var_1253, var_1257);
        var_1260 = wp::extract(var_2, var_1020, var_1259);
        var_1261 = wp::extract(var_2, var_1231, var_1259);
        var_1262 = wp::mul(var_1260, var_1261);
        var_1263 = wp::add(var_1258, var_1262);
        var_1265 = wp::extract(var_2, var_1020, var_1264);
        var_1266 = wp::extract(var_2, var_1231, var_1264);
        var_1267 = wp::mul(var_1265, var_1266);
        var_1268 = wp::add(var_1263, var_1267);
        // if a == b:                                                                             <L 54>
        var_1269 = (var_1020 == var_1231);
        if (var_1269) {
            // s += damping * damping                                                             <L 55>
            var_1270 = wp::mul(var_damping, var_damping);
            var_1271 = wp::add(var_1268, var_1270);
        }
        var_1272 = wp::where(var_1269, var_1271, var_1268);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1231, var_1272);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_1276 = wp::float(var_1275);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1278 = wp::extract(var_2, var_1273, var_1277);
        var_1279 = wp::extract(var_2, var_1274, var_1277);
        var_1280 = wp::mul(var_1278, var_1279);
        var_1281 = wp::add(var_1276, var_1280);
        var_1283 = wp::extract(var_2, var_1273, var_1282);
        var_1284 = wp::extract(var_2, var_1274, var_1282);
        var_1285 = wp::mul(var_1283, var_1284);
        var_1286 = wp::add(var_1281, var_1285);
        var_1288 = wp::extract(var_2, var_1273, var_1287);
        var_1289 = wp::extract(var_2, var_1274, var_1287);
        var_1290 = wp::mul(var_1288, var_1289);
        var_1291 = wp::add(var_1286, var_1290);
        var_1293 = wp::extract(var_2, var_1273, var_1292);
        var_1294 = wp::extract(var_2, var_1274, var_1292);
        var_1295 = wp::mul(var_1293, var_1294);
        var_1296 = wp::add(var_1291, var_1295);
        var_1298 = wp::extract(var_2, var_1273, var_1297);
        var_1299 = wp::extract(var_2, var_1274, var_1297);
        var_1300 = wp::mul(var_1298, var_1299);
        var_1301 = wp::add(var_1296, var_1300);
        var_1303 = wp::extract(var_2, var_1273, var_1302);
        var_1304 = wp::extract(var_2, var_1274, var_1302);
        var_1305 = wp::mul(var_1303, var_1304);
        var_1306 = wp::add(var_1301, var_1305);
        var_1308 = wp::extract(var_2, var_1273, var_1307);
        var_1309 = wp::extract(var_2, var_1274, var_1307);
        var_1310 = wp::mul(var_1308, var_1309);
        var_1311 = wp::add(var_1306, var_1310);
        // if a == b:                                                                             <L 54>
        var_1312 = (var_1273 == var_1274);
        if (var_1312) {
            // s += damping * damping                                                             <L 55>
            var_1313 = wp::mul(var_damping, var_damping);
            var_1314 = wp::add(var_1311, var_1313);
        }
        var_1315 = wp::where(var_1312, var_1314, var_1311);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1274, var_1315);
        // s = float(0.0)                                                                         <L 51>
        var_1318 = wp::float(var_1317);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1320 = wp::extract(var_2, var_1273, var_1319);
        var_1321 = wp::extract(var_2, var_1316, var_1319);
        var_1322 = wp::mul(var_1320, var_1321);
        var_1323 = wp::add(var_1318, var_1322);
        var_1325 = wp::extract(var_2, var_1273, var_1324);
        var_1326 = wp::extract(var_2, var_1316, var_1324);
        var_1327 = wp::mul(var_1325, var_1326);
        var_1328 = wp::add(var_1323, var_1327);
        var_1330 = wp::extract(var_2, var_1273, var_1329);
        var_1331 = wp::extract(var_2, var_1316, var_1329);
        var_1332 = wp::mul(var_1330, var_1331);
        var_1333 = wp::add(var_1328, var_1332);
        var_1335 = wp::extract(var_2, var_1273, var_1334);
        var_1336 = wp::extract(var_2, var_1316, var_1334);
        var_1337 = wp::mul(var_1335, var_1336);
        var_1338 = wp::add(var_1333, var_1337);
        var_1340 = wp::extract(var_2, var_1273, var_1339);
        var_1341 = wp::extract(var_2, var_1316, var_1339);
        var_1342 = wp::mul(var_1340, var_1341);
        var_1343 = wp::add(var_1338, var_1342);
        var_1345 = wp::extract(var_2, var_1273, var_1344);
        var_1346 = wp::extract(var_2, var_1316, var_1344);
        var_1347 = wp::mul(var_1345, var_1346);
        var_1348 = wp::add(var_1343, var_1347);
        var_1350 = wp::extract(var_2, var_1273, var_1349);
        var_1351 = wp::extract(var_2, var_1316, var_1349);
        var_1352 = wp::mul(var_1350, var_1351);
        var_1353 = wp::add(var_1348, var_1352);
        // if a == b:                                                                             <L 54>
        var_1354 = (var_1273 == var_1316);
        if (var_1354) {
            // s += damping * damping                                                             <L 55>
            var_1355 = wp::mul(var_damping, var_damping);
            var_1356 = wp::add(var_1353, var_1355);
        }
        var_1357 = wp::where(var_1354, var_1356, var_1353);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1316, var_1357);
        // s = float(0.0)                                                                         <L 51>
        var_1360 = wp::float(var_1359);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1362 = wp::extract(var_2, var_1273, var_1361);
        var_1363 = wp::extract(var_2, var_1358, var_1361);
        var_1364 = wp::mul(var_1362, var_1363);
        var_1365 = wp::add(var_1360, var_1364);
        var_1367 = wp::extract(var_2, var_1273, var_1366);
        var_1368 = wp::extract(var_2, var_1358, var_1366);
        var_1369 = wp::mul(var_1367, var_1368);
        var_1370 = wp::add(var_1365, var_1369);
        var_1372 = wp::extract(var_2, var_1273, var_1371);
        var_1373 = wp::extract(var_2, var_1358, var_1371);
        var_1374 = wp::mul(var_1372, var_1373);
        var_1375 = wp::add(var_1370, var_1374);
        var_1377 = wp::extract(var_2, var_1273, var_1376);
        var_1378 = wp::extract(var_2, var_1358, var_1376);
        var_1379 = wp::mul(var_1377, var_1378);
        var_1380 = wp::add(var_1375, var_1379);
        var_1382 = wp::extract(var_2, var_1273, var_1381);
        var_1383 = wp::extract(var_2, var_1358, var_1381);
        var_1384 = wp::mul(var_1382, var_1383);
        var_1385 = wp::add(var_1380, var_1384);
        var_1387 = wp::extract(var_2, var_1273, var_1386);
        var_1388 = wp::extract(var_2, var_1358, var_1386);
        var_1389 = wp::mul(var_1387, var_1388);
        var_1390 = wp::add(var_1385, var_1389);
        var_1392 = wp::extract(var_2, var_1273, var_1391);
        var_1393 = wp::extract(var_2, var_1358, var_1391);
        var_1394 = wp::mul(var_1392, var_1393);
        var_1395 = wp::add(var_1390, var_1394);
        // if a == b:                                                                             <L 54>
        var_1396 = (var_1273 == var_1358);
        if (var_1396) {
            // s += damping * damping                                                             <L 55>
            var_1397 = wp::mul(var_damping, var_damping);
            var_1398 = wp::add(var_1395, var_1397);
        }
        var_1399 = wp::where(var_1396, var_1398, var_1395);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1358, var_1399);
        // s = float(0.0)                                                                         <L 51>
        var_1402 = wp::float(var_1401);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1404 = wp::extract(var_2, var_1273, var_1403);
        var_1405 = wp::extract(var_2, var_1400, var_1403);
        var_1406 = wp::mul(var_1404, var_1405);
        var_1407 = wp::add(var_1402, var_1406);
        var_1409 = wp::extract(var_2, var_1273, var_1408);
        var_1410 = wp::extract(var_2, var_1400, var_1408);
        var_1411 = wp::mul(var_1409, var_1410);
        var_1412 = wp::add(var_1407, var_1411);
        var_1414 = wp::extract(var_2, var_1273, var_1413);
        var_1415 = wp::extract(var_2, var_1400, var_1413);
        var_1416 = wp::mul(var_1414, var_1415);
        var_1417 = wp::add(var_1412, var_1416);
        var_1419 = wp::extract(var_2, var_1273, var_1418);
        var_1420 = wp::extract(var_2, var_1400, var_1418);
        var_1421 = wp::mul(var_1419, var_1420);
        var_1422 = wp::add(var_1417, var_1421);
        var_1424 = wp::extract(var_2, var_1273, var_1423);
        var_1425 = wp::extract(var_2, var_1400, var_1423);
        var_1426 = wp::mul(var_1424, var_1425);
        var_1427 = wp::add(var_1422, var_1426);
        var_1429 = wp::extract(var_2, var_1273, var_1428);
        var_1430 = wp::extract(var_2, var_1400, var_1428);
        var_1431 = wp::mul(var_1429, var_1430);
        var_1432 = wp::add(var_1427, var_1431);
        var_1434 = wp::extract(var_2, var_1273, var_1433);
        var_1435 = wp::extract(var_2, var_1400, var_1433);
        var_1436 = wp::mul(var_1434, var_1435);
        var_1437 = wp::add(var_1432, var_1436);
        // if a == b:                                                                             <L 54>
        var_1438 = (var_1273 == var_1400);
        if (var_1438) {
            // s += damping * damping                                                             <L 55>
            var_1439 = wp::mul(var_damping, var_damping);
            var_1440 = wp::add(var_1437, var_1439);
        }
        var_1441 = wp::where(var_1438, var_1440, var_1437);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1400, var_1441);
        // s = float(0.0)                                                                         <L 51>
        var_1444 = wp::float(var_1443);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1446 = wp::extract(var_2, var_1273, var_1445);
        var_1447 = wp::extract(var_2, var_1442, var_1445);
        var_1448 = wp::mul(var_1446, var_1447);
        var_1449 = wp::add(var_1444, var_1448);
        var_1451 = wp::extract(var_2, var_1273, var_1450);
        var_1452 = wp::extract(var_2, var_1442, var_1450);
        var_1453 = wp::mul(var_1451, var_1452);
        var_1454 = wp::add(var_1449, var_1453);
        var_1456 = wp::extract(var_2, var_1273, var_1455);
        var_1457 = wp::extract(var_2, var_1442, var_1455);
        var_1458 = wp::mul(var_1456, var_1457);
        var_1459 = wp::add(var_1454, var_1458);
        var_1461 = wp::extract(var_2, var_1273, var_1460);
        var_1462 = wp::extract(var_2, var_1442, var_1460);
        var_1463 = wp::mul(var_1461, var_1462);
        var_1464 = wp::add(var_1459, var_1463);
        var_1466 = wp::extract(var_2, var_1273, var_1465);
        var_1467 = wp::extract(var_2, var_1442, var_1465);
        var_1468 = wp::mul(var_1466, var_1467);
        var_1469 = wp::add(var_1464, var_1468);
        var_1471 = wp::extract(var_2, var_1273, var_1470);
        var_1472 = wp::extract(var_2, var_1442, var_1470);
        var_1473 = wp::mul(var_1471, var_1472);
        var_1474 = wp::add(var_1469, var_1473);
        var_1476 = wp::extract(var_2, var_1273, var_1475);
        var_1477 = wp::extract(var_2, var_1442, var_1475);
        var_1478 = wp::mul(var_1476, var_1477);
        var_1479 = wp::add(var_1474, var_1478);
        // if a == b:                                                                             <L 54>
        var_1480 = (var_1273 == var_1442);
        if (var_1480) {
            // s += damping * damping                                                             <L 55>
            var_1481 = wp::mul(var_damping, var_damping);
            var_1482 = wp::add(var_1479, var_1481);
        }
        var_1483 = wp::where(var_1480, var_1482, var_1479);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1442, var_1483);
        // s = float(0.0)                                                                         <L 51>
        var_1486 = wp::float(var_1485);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1488 = wp::extract(var_2, var_1273, var_1487);
        var_1489 = wp::extract(var_2, var_1484, var_1487);
        var_1490 = wp::mul(var_1488, var_1489);
        var_1491 = wp::add(var_1486, var_1490);
        var_1493 = wp::extract(var_2, var_1273, var_1492);
        var_1494 = wp::extract(var_2, var_1484, var_1492);
        var_1495 = wp::mul(var_1493, var_1494);
        var_1496 = wp::add(var_1491, var_1495);
        var_1498 = wp::extract(var_2, var_1273, var_1497);
        var_1499 = wp::extract(var_2, var_1484, var_1497);
        var_1500 = wp::mul(var_1498, var_1499);
        var_1501 = wp::add(var_1496, var_1500);
        var_1503 = wp::extract(var_2, var_1273, var_1502);
        var_1504 = wp::extract(var_2, var_1484, var_1502);
        var_1505 = wp::mul(var_1503, var_1504);
        var_1506 = wp::add(var_1501, var_1505);
        var_1508 = wp::extract(var_2, var_1273, var_1507);
        var_1509 = wp::extract(var_2, var_1484, var_1507);
        var_1510 = wp::mul(var_1508, var_1509);
        var_1511 = wp::add(var_1506, var_1510);
        var_1513 = wp::extract(var_2, var_1273, var_1512);
        var_1514 = wp::extract(var_2, var_1484, var_1512);
        var_1515 = wp::mul(var_1513, var_1514);
        var_1516 = wp::add(var_1511, var_1515);
        var_1518 = wp::extract(var_2, var_1273, var_1517);
        var_1519 = wp::extract(var_2, var_1484, var_1517);
        var_1520 = wp::mul(var_1518, var_1519);
        var_1521 = wp::add(var_1516, var_1520);
        // if a == b:                                                                             <L 54>
        var_1522 = (var_1273 == var_1484);
        if (var_1522) {
            // s += damping * damping                                                             <L 55>
            var_1523 = wp::mul(var_damping, var_damping);
            var_1524 = wp::add(var_1521, var_1523);
        }
        var_1525 = wp::where(var_1522, var_1524, var_1521);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1484, var_1525);
        // y = wp.spatial_vector()                                                                <L 58>
        var_1526 = wp::vec_t<6, wp::float32>();
        // for it in range(20):                                                                   <L 59>
        var_1528 = wp::range(var_1527);
        var_1529 = wp::copy(var_1273);
        var_1530 = wp::copy(var_1484);
        start_for_0:;
            if (iter_cmp(var_1528) == 0) goto end_for_0;
            var_1531 = wp::iter_next(var_1528);
            // for a in range(6):                                                                 <L 60>
            // s = e[a]                                                                           <L 61>
            var_1533 = wp::extract(var_5, var_1532);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1535 = (var_1534 != var_1532);
            if (var_1535) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1536 = wp::extract(var_7, var_1532, var_1534);
                var_1537 = wp::extract(var_1526, var_1534);
                var_1538 = wp::mul(var_1536, var_1537);
                var_1539 = wp::sub(var_1533, var_1538);
            }
            var_1540 = wp::where(var_1535, var_1539, var_1533);
            // if b != a:                                                                         <L 63>
            var_1542 = (var_1541 != var_1532);
            if (var_1542) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1543 = wp::extract(var_7, var_1532, var_1541);
                var_1544 = wp::extract(var_1526, var_1541);
                var_1545 = wp::mul(var_1543, var_1544);
                var_1546 = wp::sub(var_1540, var_1545);
            }
            var_1547 = wp::where(var_1542, var_1546, var_1540);
            // if b != a:                                                                         <L 63>
            var_1549 = (var_1548 != var_1532);
            if (var_1549) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1550 = wp::extract(var_7, var_1532, var_1548);
                var_1551 = wp::extract(var_1526, var_1548);
                var_1552 = wp::mul(var_1550, var_1551);
                var_1553 = wp::sub(var_1547, var_1552);
            }
            var_1554 = wp::where(var_1549, var_1553, var_1547);
            // if b != a:                                                                         <L 63>
            var_1556 = (var_1555 != var_1532);
            if (var_1556) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1557 = wp::extract(var_7, var_1532, var_1555);
                var_1558 = wp::extract(var_1526, var_1555);
                var_1559 = wp::mul(var_1557, var_1558);
                var_1560 = wp::sub(var_1554, var_1559);
            }
            var_1561 = wp::where(var_1556, var_1560, var_1554);
            // if b != a:                                                                         <L 63>
            var_1563 = (var_1562 != var_1532);
            if (var_1563) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1564 = wp::extract(var_7, var_1532, var_1562);
                var_1565 = wp::extract(var_1526, var_1562);
                var_1566 = wp::mul(var_1564, var_1565);
                var_1567 = wp::sub(var_1561, var_1566);
            }
            var_1568 = wp::where(var_1563, var_1567, var_1561);
            // if b != a:                                                                         <L 63>
            var_1570 = (var_1569 != var_1532);
            if (var_1570) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1571 = wp::extract(var_7, var_1532, var_1569);
                var_1572 = wp::extract(var_1526, var_1569);
                var_1573 = wp::mul(var_1571, var_1572);
                var_1574 = wp::sub(var_1568, var_1573);
            }
            var_1575 = wp::where(var_1570, var_1574, var_1568);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1576 = wp::extract(var_7, var_1532, var_1532);
            var_1577 = wp::div(var_1575, var_1576);
            wp::assign_inplace(var_1526, var_1532, var_1577);
            // s = e[a]                                                                           <L 61>
            var_1579 = wp::extract(var_5, var_1578);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1581 = (var_1580 != var_1578);
            if (var_1581) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1582 = wp::extract(var_7, var_1578, var_1580);
                var_1583 = wp::extract(var_1526, var_1580);
                var_1584 = wp::mul(var_1582, var_1583);
                var_1585 = wp::sub(var_1579, var_1584);
            }
            var_1586 = wp::where(var_1581, var_1585, var_1579);
            // if b != a:                                                                         <L 63>
            var_1588 = (var_1587 != var_1578);
            if (var_1588) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1589 = wp::extract(var_7, var_1578, var_1587);
                var_1590 = wp::extract(var_1526, var_1587);
                var_1591 = wp::mul(var_1589, var_1590);
                var_1592 = wp::sub(var_1586, var_1591);
            }
            var_1593 = wp::where(var_1588, var_1592, var_1586);
            // if b != a:                                                                         <L 63>
            var_1595 = (var_1594 != var_1578);
            if (var_1595) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1596 = wp::extract(var_7, var_1578, var_1594);
                var_1597 = wp::extract(var_1526, var_1594);
                var_1598 = wp::mul(var_1596, var_1597);
                var_1599 = wp::sub(var_1593, var_1598);
            }
            var_1600 = wp::where(var_1595, var_1599, var_1593);
            // if b != a:                                                                         <L 63>
            var_1602 = (var_1601 != var_1578);
            if (var_1602) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1603 = wp::extract(var_7, var_1578, var_1601);
                var_1604 = wp::extract(var_1526, var_1601);
                var_1605 = wp::mul(var_1603, var_1604);
                var_1606 = wp::sub(var_1600, var_1605);
            }
            var_1607 = wp::where(var_1602, var_1606, var_1600);
            // if b != a:                                                                         <L 63>
            var_1609 = (var_1608 != var_1578);
            if (var_1609) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1610 = wp::extract(var_7, var_1578, var_1608);
                var_1611 = wp::extract(var_1526, var_1608);
                var_1612 = wp::mul(var_1610, var_1611);
                var_1613 = wp::sub(var_1607, var_1612);
            }
            var_1614 = wp::where(var_1609, var_1613, var_1607);
            // if b != a:                                                                         <L 63>
            var_1616 = (var_1615 != var_1578);
            if (var_1616) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1617 = wp::extract(var_7, var_1578, var_1615);
                var_1618 = wp::extract(var_1526, var_1615);
                var_1619 = wp::mul(var_1617, var_1618);
                var_1620 = wp::sub(var_1614, var_1619);
            }
            var_1621 = wp::where(var_1616, var_1620, var_1614);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1622 = wp::extract(var_7, var_1578, var_1578);
            var_1623 = wp::div(var_1621, var_1622);
            wp::assign_inplace(var_1526, var_1578, var_1623);
            // s = e[a]                                                                           <L 61>
            var_1625 = wp::extract(var_5, var_1624);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1627 = (var_1626 != var_1624);
            if (var_1627) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1628 = wp::extract(var_7, var_1624, var_1626);
                var_1629 = wp::extract(var_1526, var_1626);
                var_1630 = wp::mul(var_1628, var_1629);
                var_1631 = wp::sub(var_1625, var_1630);
            }
            var_1632 = wp::where(var_1627, var_1631, var_1625);
            // if b != a:                                                                         <L 63>
            var_1634 = (var_1633 != var_1624);
            if (var_1634) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1635 = wp::extract(var_7, var_1624, var_1633);
                var_1636 = wp::extract(var_1526, var_1633);
                var_1637 = wp::mul(var_1635, var_1636);
                var_1638 = wp::sub(var_1632, var_1637);
            }
            var_1639 = wp::where(var_1634, var_1638, var_1632);
            // if b != a:                                                                         <L 63>
            var_1641 = (var_1640 != var_1624);
            if (var_1641) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1642 = wp::extract(var_7, var_1624, var_1640);
                var_1643 = wp::extract(var_1526, var_1640);
                var_1644 = wp::mul(var_1642, var_1643);
                var_1645 = wp::sub(var_1639, var_1644);
            }
            var_1646 = wp::where(var_1641, var_1645, var_1639);
            // if b != a:                                                                         <L 63>
            var_1648 = (var_1647 != var_1624);
            if (var_1648) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1649 = wp::extract(var_7, var_1624, var_1647);
                var_1650 = wp::extract(var_1526, var_1647);
                var_1651 = wp::mul(var_1649, var_1650);
                var_1652 = wp::sub(var_1646, var_1651);
            }
            var_1653 = wp::where(var_1648, var_1652, var_1646);
            // if b != a:                                                                         <L 63>
            var_1655 = (var_1654 != var_1624);
            if (var_1655) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1656 = wp::extract(var_7, var_1624, var_1654);
                var_1657 = wp::extract(var_1526, var_1654);
                var_1658 = wp::mul(var_1656, var_1657);
                var_1659 = wp::sub(var_1653, var_1658);
            }
            var_1660 = wp::where(var_1655, var_1659, var_1653);
            // if b != a:                                                                         <L 63>
            var_1662 = (var_1661 != var_1624);
            if (var_1662) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1663 = wp::extract(var_7, var_1624, var_1661);
                var_1664 = wp::extract(var_1526, var_1661);
                var_1665 = wp::mul(var_1663, var_1664);
                var_1666 = wp::sub(var_1660, var_1665);
            }
            var_1667 = wp::where(var_1662, var_1666, var_1660);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1668 = wp::extract(var_7, var_1624, var_1624);
            var_1669 = wp::div(var_1667, var_1668);
            wp::assign_inplace(var_1526, var_1624, var_1669);
            // s = e[a]                                                                           <L 61>
            var_1671 = wp::extract(var_5, var_1670);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1673 = (var_1672 != var_1670);
            if (var_1673) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1674 = wp::extract(var_7, var_1670, var_1672);
                var_1675 = wp::extract(var_1526, var_1672);
                var_1676 = wp::mul(var_1674, var_1675);
                var_1677 = wp::sub(var_1671, var_1676);
            }
            var_1678 = wp::where(var_1673, var_1677, var_1671);
            // if b != a:                                                                         <L 63>
            var_1680 = (var_1679 != var_1670);
            if (var_1680) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1681 = wp::extract(var_7, var_1670, var_1679);
                var_1682 = wp::extract(var_1526, var_1679);
                var_1683 = wp::mul(var_1681, var_1682);
                var_1684 = wp::sub(var_1678, var_1683);
            }
            var_1685 = wp::where(var_1680, var_1684, var_1678);
            // if b != a:                                                                         <L 63>
            var_1687 = (var_1686 != var_1670);
            if (var_1687) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1688 = wp::extract(var_7, var_1670, var_1686);
                var_1689 = wp::extract(var_1526, var_1686);
                var_1690 = wp::mul(var_1688, var_1689);
                var_1691 = wp::sub(var_1685, var_1690);
            }
            var_1692 = wp::where(var_1687, var_1691, var_1685);
            // if b != a:                                                                         <L 63>
            var_1694 = (var_1693 != var_1670);
            if (var_1694) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1695 = wp::extract(var_7, var_1670, var_1693);
                var_1696 = wp::extract(var_1526, var_1693);
                var_1697 = wp::mul(var_1695, var_1696);
                var_1698 = wp::sub(var_1692, var_1697);
            }
            var_1699 = wp::where(var_1694, var_1698, var_1692);
            // if b != a:                                                                         <L 63>
            var_1701 = (var_1700 != var_1670);
            if (var_1701) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1702 = wp::extract(var_7, var_1670, var_1700);
                var_1703 = wp::extract(var_1526, var_1700);
                var_1704 = wp::mul(var_1702, var_1703);
                var_1705 = wp::sub(var_1699, var_1704);
            }
            var_1706 = wp::where(var_1701, var_1705, var_1699);
            // if b != a:                                                                         <L 63>
            var_1708 = (var_1707 != var_1670);
            if (var_1708) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1709 = wp::extract(var_7, var_1670, var_1707);
                var_1710 = wp::extract(var_1526, var_1707);
                var_1711 = wp::mul(var_1709, var_1710);
                var_1712 = wp::sub(var_1706, var_1711);
            }
            var_1713 = wp::where(var_1708, var_1712, var_1706);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1714 = wp::extract(var_7, var_1670, var_1670);
            var_1715 = wp::div(var_1713, var_1714);
            wp::assign_inplace(var_1526, var_1670, var_1715);
            // s = e[a]                                                                           <L 61>
            var_1717 = wp::extract(var_5, var_1716);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1719 = (var_1718 != var_1716);
            if (var_1719) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1720 = wp::extract(var_7, var_1716, var_1718);
                var_1721 = wp::extract(var_1526, var_1718);
                var_1722 = wp::mul(var_1720, var_1721);
                var_1723 = wp::sub(var_1717, var_1722);
            }
            var_1724 = wp::where(var_1719, var_1723, var_1717);
            // if b != a:                                                                         <L 63>
            var_1726 = (var_1725 != var_1716);
            if (var_1726) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1727 = wp::extract(var_7, var_1716, var_1725);
                var_1728 = wp::extract(var_1526, var_1725);
                var_1729 = wp::mul(var_1727, var_1728);
                var_1730 = wp::sub(var_1724, var_1729);
            }
            var_1731 = wp::where(var_1726, var_1730, var_1724);
            // if b != a:                                                                         <L 63>
            var_1733 = (var_1732 != var_1716);
            if (var_1733) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1734 = wp::extract(var_7, var_1716, var_1732);
                var_1735 = wp::extract(var_1526, var_1732);
                var_1736 = wp::mul(var_1734, var_1735);
                var_1737 = wp::sub(var_1731, var_1736);
            }
            var_1738 = wp::where(var_1733, var_1737, var_1731);
            // if b != a:                                                                         <L 63>
            var_1740 = (var_1739 != var_1716);
            if (var_1740) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1741 = wp::extract(var_7, var_1716, var_1739);
                var_1742 = wp::extract(var_1526, var_1739);
                var_1743 = wp::mul(var_1741, var_1742);
                var_1744 = wp::sub(var_1738, var_1743);
            }
            var_1745 = wp::where(var_1740, var_1744, var_1738);
            // if b != a:                                                                         <L 63>
            var_1747 = (var_1746 != var_1716);
            if (var_1747) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1748 = wp::extract(var_7, var_1716, var_1746);
                var_1749 = wp::extract(var_1526, var_1746);
                var_1750 = wp::mul(var_1748, var_1749);
                var_1751 = wp::sub(var_1745, var_1750);
            }
            var_1752 = wp::where(var_1747, var_1751, var_1745);
            // if b != a:                                                                         <L 63>
            var_1754 = (var_1753 != var_1716);
            if (var_1754) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1755 = wp::extract(var_7, var_1716, var_1753);
                var_1756 = wp::extract(var_1526, var_1753);
                var_1757 = wp::mul(var_1755, var_1756);
                var_1758 = wp::sub(var_1752, var_1757);
            }
            var_1759 = wp::where(var_1754, var_1758, var_1752);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1760 = wp::extract(var_7, var_1716, var_1716);
            var_1761 = wp::div(var_1759, var_1760);
            wp::assign_inplace(var_1526, var_1716, var_1761);
            // s = e[a]                                                                           <L 61>
            var_1763 = wp::extract(var_5, var_1762);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1765 = (var_1764 != var_1762);
            if (var_1765) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1766 = wp::extract(var_7, var_1762, var_1764);
                var_1767 = wp::extract(var_1526, var_1764);
                var_1768 = wp::mul(var_1766, var_1767);
                var_1769 = wp::sub(var_1763, var_1768);
            }
            var_1770 = wp::where(var_1765, var_1769, var_1763);
            // if b != a:                                                                         <L 63>
            var_1772 = (var_1771 != var_1762);
            if (var_1772) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1773 = wp::extract(var_7, var_1762, var_1771);
                var_1774 = wp::extract(var_1526, var_1771);
                var_1775 = wp::mul(var_1773, var_1774);
                var_1776 = wp::sub(var_1770, var_1775);
            }
            var_1777 = wp::where(var_1772, var_1776, var_1770);
            // if b != a:                                                                         <L 63>
            var_1779 = (var_1778 != var_1762);
            if (var_1779) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1780 = wp::extract(var_7, var_1762, var_1778);
                var_1781 = wp::extract(var_1526, var_1778);
                var_1782 = wp::mul(var_1780, var_1781);
                var_1783 = wp::sub(var_1777, var_1782);
            }
            var_1784 = wp::where(var_1779, var_1783, var_1777);
            // if b != a:                                                                         <L 63>
            var_1786 = (var_1785 != var_1762);
            if (var_1786) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1787 = wp::extract(var_7, var_1762, var_1785);
                var_1788 = wp::extract(var_1526, var_1785);
                var_1789 = wp::mul(var_1787, var_1788);
                var_1790 = wp::sub(var_1784, var_1789);
            }
            var_1791 = wp::where(var_1786, var_1790, var_1784);
            // if b != a:                                                                         <L 63>
            var_1793 = (var_1792 != var_1762);
            if (var_1793) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1794 = wp::extract(var_7, var_1762, var_1792);
                var_1795 = wp::extract(var_1526, var_1792);
                var_1796 = wp::mul(var_1794, var_1795);
                var_1797 = wp::sub(var_1791, var_1796);
            }
            var_1798 = wp::where(var_1793, var_1797, var_1791);
            // if b != a:                                                                         <L 63>
            var_1800 = (var_1799 != var_1762);
            if (var_1800) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1801 = wp::extract(var_7, var_1762, var_1799);
                var_1802 = wp::extract(var_1526, var_1799);
                var_1803 = wp::mul(var_1801, var_1802);
                var_1804 = wp::sub(var_1798, var_1803);
            }
            var_1805 = wp::where(var_1800, var_1804, var_1798);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1806 = wp::extract(var_7, var_1762, var_1762);
            var_1807 = wp::div(var_1805, var_1806);
            wp::assign_inplace(var_1526, var_1762, var_1807);
            wp::assign(var_1529, var_1762);
            wp::assign(var_1530, var_1799);
            wp::assign(var_1525, var_1805);
            goto start_for_0;
        end_for_0:;
        // out = vec7()                                                                           <L 66>
        var_1808 = wp::vec_t<7, wp::float32>();
        // for k in range(MAX_DOF):                                                               <L 67>
        // s = float(0.0)                                                                         <L 68>
        var_1811 = wp::float(var_1810);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1813 = wp::extract(var_2, var_1812, var_1809);
        var_1814 = wp::extract(var_1526, var_1812);
        var_1815 = wp::mul(var_1813, var_1814);
        var_1816 = wp::add(var_1811, var_1815);
        var_1818 = wp::extract(var_2, var_1817, var_1809);
        var_1819 = wp::extract(var_1526, var_1817);
        var_1820 = wp::mul(var_1818, var_1819);
        var_1821 = wp::add(var_1816, var_1820);
        var_1823 = wp::extract(var_2, var_1822, var_1809);
        var_1824 = wp::extract(var_1526, var_1822);
        var_1825 = wp::mul(var_1823, var_1824);
        var_1826 = wp::add(var_1821, var_1825);
        var_1828 = wp::extract(var_2, var_1827, var_1809);
        var_1829 = wp::extract(var_1526, var_1827);
        var_1830 = wp::mul(var_1828, var_1829);
        var_1831 = wp::add(var_1826, var_1830);
        var_1833 = wp::extract(var_2, var_1832, var_1809);
        var_1834 = wp::extract(var_1526, var_1832);
        var_1835 = wp::mul(var_1833, var_1834);
        var_1836 = wp::add(var_1831, var_1835);
        var_1838 = wp::extract(var_2, var_1837, var_1809);
        var_1839 = wp::extract(var_1526, var_1837);
        var_1840 = wp::mul(var_1838, var_1839);
        var_1841 = wp::add(var_1836, var_1840);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1809, var_1841);
        // s = float(0.0)                                                                         <L 68>
        var_1844 = wp::float(var_1843);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1846 = wp::extract(var_2, var_1845, var_1842);
        var_1847 = wp::extract(var_1526, var_1845);
        var_1848 = wp::mul(var_1846, var_1847);
        var_1849 = wp::add(var_1844, var_1848);
        var_1851 = wp::extract(var_2, var_1850, var_1842);
        var_1852 = wp::extract(var_1526, var_1850);
        var_1853 = wp::mul(var_1851, var_1852);
        var_1854 = wp::add(var_1849, var_1853);
        var_1856 = wp::extract(var_2, var_1855, var_1842);
        var_1857 = wp::extract(var_1526, var_1855);
        var_1858 = wp::mul(var_1856, var_1857);
        var_1859 = wp::add(var_1854, var_1858);
        var_1861 = wp::extract(var_2, var_1860, var_1842);
        var_1862 = wp::extract(var_1526, var_1860);
        var_1863 = wp::mul(var_1861, var_1862);
        var_1864 = wp::add(var_1859, var_1863);
        var_1866 = wp::extract(var_2, var_1865, var_1842);
        var_1867 = wp::extract(var_1526, var_1865);
        var_1868 = wp::mul(var_1866, var_1867);
        var_1869 = wp::add(var_1864, var_1868);
        var_1871 = wp::extract(var_2, var_1870, var_1842);
        var_1872 = wp::extract(var_1526, var_1870);
        var_1873 = wp::mul(var_1871, var_1872);
        var_1874 = wp::add(var_1869, var_1873);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1842, var_1874);
        // s = float(0.0)                                                                         <L 68>
        var_1877 = wp::float(var_1876);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1879 = wp::extract(var_2, var_1878, var_1875);
        var_1880 = wp::extract(var_1526, var_1878);
        var_1881 = wp::mul(var_1879, var_1880);
        var_1882 = wp::add(var_1877, var_1881);
        var_1884 = wp::extract(var_2, var_1883, var_1875);
        var_1885 = wp::extract(var_1526, var_1883);
        var_1886 = wp::mul(var_1884, var_1885);
        var_1887 = wp::add(var_1882, var_1886);
        var_1889 = wp::extract(var_2, var_1888, var_1875);
        var_1890 = wp::extract(var_1526, var_1888);
        var_1891 = wp::mul(var_1889, var_1890);
        var_1892 = wp::add(var_1887, var_1891);
        var_1894 = wp::extract(var_2, var_1893, var_1875);
        var_1895 = wp::extract(var_1526, var_1893);
        var_1896 = wp::mul(var_1894, var_1895);
        var_1897 = wp::add(var_1892, var_1896);
        var_1899 = wp::extract(var_2, var_1898, var_1875);
        var_1900 = wp::extract(var_1526, var_1898);
        var_1901 = wp::mul(var_1899, var_1900);
        var_1902 = wp::add(var_1897, var_1901);
        var_1904 = wp::extract(var_2, var_1903, var_1875);
        var_1905 = wp::extract(var_1526, var_1903);
        var_1906 = wp::mul(var_1904, var_1905);
        var_1907 = wp::add(var_1902, var_1906);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1875, var_1907);
        // s = float(0.0)                                                                         <L 68>
        var_1910 = wp::float(var_1909);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1912 = wp::extract(var_2, var_1911, var_1908);
        var_1913 = wp::extract(var_1526, var_1911);
        var_1914 = wp::mul(var_1912, var_1913);
        var_1915 = wp::add(var_1910, var_1914);
        var_1917 = wp::extract(var_2, var_1916, var_1908);
        var_1918 = wp::extract(var_1526, var_1916);
        var_1919 = wp::mul(var_1917, var_1918);
        var_1920 = wp::add(var_1915, var_1919);
        var_1922 = wp::extract(var_2, var_1921, var_1908);
        var_1923 = wp::extract(var_1526, var_1921);
        var_1924 = wp::mul(var_1922, var_1923);
        var_1925 = wp::add(var_1920, var_1924);
        var_1927 = wp::extract(var_2, var_1926, var_1908);
        var_1928 = wp::extract(var_1526, var_1926);
        var_1929 = wp::mul(var_1927, var_1928);
        var_1930 = wp::add(var_1925, var_1929);
        var_1932 = wp::extract(var_2, var_1931, var_1908);
        var_1933 = wp::extract(var_1526, var_1931);
        var_1934 = wp::mul(var_1932, var_1933);
        var_1935 = wp::add(var_1930, var_1934);
        var_1937 = wp::extract(var_2, var_1936, var_1908);
        var_1938 = wp::extract(var_1526, var_1936);
        var_1939 = wp::mul(var_1937, var_1938);
        var_1940 = wp::add(var_1935, var_1939);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1908, var_1940);
        // s = float(0.0)                                                                         <L 68>
        var_1943 = wp::float(var_1942);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1945 = wp::extract(var_2, var_1944, var_1941);
        var_1946 = wp::extract(var_1526, var_1944);
        var_1947 = wp::mul(var_1945, var_1946);
        var_1948 = wp::add(var_1943, var_1947);
        var_1950 = wp::extract(var_2, var_1949, var_1941);
        var_1951 = wp::extract(var_1526, var_1949);
        var_1952 = wp::mul(var_1950, var_1951);
        var_1953 = wp::add(var_1948, var_1952);
        var_1955 = wp::extract(var_2, var_1954, var_1941);
        var_1956 = wp::extract(var_1526, var_1954);
        var_1957 = wp::mul(var_1955, var_1956);
        var_1958 = wp::add(var_1953, var_1957);
        var_1960 = wp::extract(var_2, var_1959, var_1941);
        var_1961 = wp::extract(var_1526, var_1959);
        var_1962 = wp::mul(var_1960, var_1961);
        var_1963 = wp::add(var_1958, var_1962);
        var_1965 = wp::extract(var_2, var_1964, var_1941);
        var_1966 = wp::extract(var_1526, var_1964);
        var_1967 = wp::mul(var_1965, var_1966);
        var_1968 = wp::add(var_1963, var_1967);
        var_1970 = wp::extract(var_2, var_1969, var_1941);
        var_1971 = wp::extract(var_1526, var_1969);
        var_1972 = wp::mul(var_1970, var_1971);
        var_1973 = wp::add(var_1968, var_1972);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1941, var_1973);
        // s = float(0.0)                                                                         <L 68>
        var_1976 = wp::float(var_1975);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1978 = wp::extract(var_2, var_1977, var_1974);
        var_1979 = wp::extract(var_1526, var_1977);
        var_1980 = wp::mul(var_1978, var_1979);
        var_1981 = wp::add(var_1976, var_1980);
        var_1983 = wp::extract(var_2, var_1982, var_1974);
        var_1984 = wp::extract(var_1526, var_1982);
        var_1985 = wp::mul(var_1983, var_1984);
        var_1986 = wp::add(var_1981, var_1985);
        var_1988 = wp::extract(var_2, var_1987, var_1974);
        var_1989 = wp::extract(var_1526, var_1987);
        var_1990 = wp::mul(var_1988, var_1989);
        var_1991 = wp::add(var_1986, var_1990);
        var_1993 = wp::extract(var_2, var_1992, var_1974);
        var_1994 = wp::extract(var_1526, var_1992);
        var_1995 = wp::mul(var_1993, var_1994);
        var_1996 = wp::add(var_1991, var_1995);
        var_1998 = wp::extract(var_2, var_1997, var_1974);
        var_1999 = wp::extract(var_1526, var_1997);
        var_2000 = wp::mul(var_1998, var_1999);
        var_2001 = wp::add(var_1996, var_2000);
        var_2003 = wp::extract(var_2, var_2002, var_1974);
        var_2004 = wp::extract(var_1526, var_2002);
        var_2005 = wp::mul(var_2003, var_2004);
        var_2006 = wp::add(var_2001, var_2005);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1974, var_2006);
        // s = float(0.0)                                                                         <L 68>
        var_2009 = wp::float(var_2008);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_2011 = wp::extract(var_2, var_2010, var_2007);
        var_2012 = wp::extract(var_1526, var_2010);
        var_2013 = wp::mul(var_2011, var_2012);
        var_2014 = wp::add(var_2009, var_2013);
        var_2016 = wp::extract(var_2, var_2015, var_2007);
        var_2017 = wp::extract(var_1526, var_2015);
        var_2018 = wp::mul(var_2016, var_2017);
        var_2019 = wp::add(var_2014, var_2018);
        var_2021 = wp::extract(var_2, var_2020, var_2007);
        var_2022 = wp::extract(var_1526, var_2020);
        var_2023 = wp::mul(var_2021, var_2022);
        var_2024 = wp::add(var_2019, var_2023);
        var_2026 = wp::extract(var_2, var_2025, var_2007);
        var_2027 = wp::extract(var_1526, var_2025);
        var_2028 = wp::mul(var_2026, var_2027);
        var_2029 = wp::add(var_2024, var_2028);
        var_2031 = wp::extract(var_2, var_2030, var_2007);
        var_2032 = wp::extract(var_1526, var_2030);
        var_2033 = wp::mul(var_2031, var_2032);
        var_2034 = wp::add(var_2029, var_2033);
        var_2036 = wp::extract(var_2, var_2035, var_2007);
        var_2037 = wp::extract(var_1526, var_2035);
        var_2038 = wp::mul(var_2036, var_2037);
        var_2039 = wp::add(var_2034, var_2038);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_2007, var_2039);
        // dq[r] = out                                                                            <L 72>
        wp::array_store(var_dq, var_0, var_1808);
    }
}



extern "C" __global__ void damped_least_squares_3dacf3dc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> var_J,
    wp::array_t<wp::vec_t<6, wp::float32>> var_err,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<7, wp::float32>> var_dq,
    wp::array_t<wp::mat_t<6, 7, wp::float32>> adj_J,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_err,
    wp::float32 adj_damping,
    wp::array_t<wp::vec_t<7, wp::float32>> adj_dq)
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
        wp::mat_t<6, 7, wp::float32>* var_1;
        wp::mat_t<6, 7, wp::float32> var_2;
        wp::mat_t<6, 7, wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::mat_t<6, 6, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 3;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 4;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 5;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 6;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        const wp::float32 var_52 = 0.0;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 2;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 3;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::int32 var_74 = 4;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 5;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 6;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        bool var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 2;
        const wp::float32 var_94 = 0.0;
        wp::float32 var_95;
        const wp::int32 var_96 = 0;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 1;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 2;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 3;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        const wp::int32 var_116 = 4;
        wp::float32 var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::int32 var_121 = 5;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::int32 var_126 = 6;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        bool var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        const wp::int32 var_135 = 3;
        const wp::float32 var_136 = 0.0;
        wp::float32 var_137;
        const wp::int32 var_138 = 0;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        wp::float32 var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 2;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::float32 var_151;
        wp::float32 var_152;
        const wp::int32 var_153 = 3;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 4;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        const wp::int32 var_163 = 5;
        wp::float32 var_164;
        wp::float32 var_165;
        wp::float32 var_166;
        wp::float32 var_167;
        const wp::int32 var_168 = 6;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        bool var_173;
        wp::float32 var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 4;
        const wp::float32 var_178 = 0.0;
        wp::float32 var_179;
        const wp::int32 var_180 = 0;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        const wp::int32 var_185 = 1;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        const wp::int32 var_190 = 2;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        wp::float32 var_194;
        const wp::int32 var_195 = 3;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 4;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        const wp::int32 var_205 = 5;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 6;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        wp::float32 var_214;
        bool var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        wp::float32 var_218;
        const wp::int32 var_219 = 5;
        const wp::float32 var_220 = 0.0;
        wp::float32 var_221;
        const wp::int32 var_222 = 0;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        const wp::int32 var_227 = 1;
        wp::float32 var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        wp::float32 var_231;
        const wp::int32 var_232 = 2;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::float32 var_236;
        const wp::int32 var_237 = 3;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 4;
        wp::float32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        const wp::int32 var_247 = 5;
        wp::float32 var_248;
        wp::float32 var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        const wp::int32 var_252 = 6;
        wp::float32 var_253;
        wp::float32 var_254;
        wp::float32 var_255;
        wp::float32 var_256;
        bool var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        const wp::int32 var_261 = 1;
        const wp::int32 var_262 = 0;
        const wp::float32 var_263 = 0.0;
        wp::float32 var_264;
        const wp::int32 var_265 = 0;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 1;
        wp::float32 var_271;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        const wp::int32 var_275 = 2;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 3;
        wp::float32 var_281;
        wp::float32 var_282;
        wp::float32 var_283;
        wp::float32 var_284;
        const wp::int32 var_285 = 4;
        wp::float32 var_286;
        wp::float32 var_287;
        wp::float32 var_288;
        wp::float32 var_289;
        const wp::int32 var_290 = 5;
        wp::float32 var_291;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        const wp::int32 var_295 = 6;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::float32 var_298;
        wp::float32 var_299;
        bool var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::int32 var_304 = 1;
        const wp::float32 var_305 = 0.0;
        wp::float32 var_306;
        const wp::int32 var_307 = 0;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 1;
        wp::float32 var_313;
        wp::float32 var_314;
        wp::float32 var_315;
        wp::float32 var_316;
        const wp::int32 var_317 = 2;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        const wp::int32 var_322 = 3;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        const wp::int32 var_327 = 4;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        const wp::int32 var_332 = 5;
        wp::float32 var_333;
        wp::float32 var_334;
        wp::float32 var_335;
        wp::float32 var_336;
        const wp::int32 var_337 = 6;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        bool var_342;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        const wp::int32 var_346 = 2;
        const wp::float32 var_347 = 0.0;
        wp::float32 var_348;
        const wp::int32 var_349 = 0;
        wp::float32 var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        const wp::int32 var_354 = 1;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        const wp::int32 var_359 = 2;
        wp::float32 var_360;
        wp::float32 var_361;
        wp::float32 var_362;
        wp::float32 var_363;
        const wp::int32 var_364 = 3;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        const wp::int32 var_369 = 4;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        const wp::int32 var_374 = 5;
        wp::float32 var_375;
        wp::float32 var_376;
        wp::float32 var_377;
        wp::float32 var_378;
        const wp::int32 var_379 = 6;
        wp::float32 var_380;
        wp::float32 var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        bool var_384;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::int32 var_388 = 3;
        const wp::float32 var_389 = 0.0;
        wp::float32 var_390;
        const wp::int32 var_391 = 0;
        wp::float32 var_392;
        wp::float32 var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        const wp::int32 var_396 = 1;
        wp::float32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        const wp::int32 var_401 = 2;
        wp::float32 var_402;
        wp::float32 var_403;
        wp::float32 var_404;
        wp::float32 var_405;
        const wp::int32 var_406 = 3;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 4;
        wp::float32 var_412;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        const wp::int32 var_416 = 5;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        wp::float32 var_420;
        const wp::int32 var_421 = 6;
        wp::float32 var_422;
        wp::float32 var_423;
        wp::float32 var_424;
        wp::float32 var_425;
        bool var_426;
        wp::float32 var_427;
        wp::float32 var_428;
        wp::float32 var_429;
        const wp::int32 var_430 = 4;
        const wp::float32 var_431 = 0.0;
        wp::float32 var_432;
        const wp::int32 var_433 = 0;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        const wp::int32 var_438 = 1;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        const wp::int32 var_443 = 2;
        wp::float32 var_444;
        wp::float32 var_445;
        wp::float32 var_446;
        wp::float32 var_447;
        const wp::int32 var_448 = 3;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        const wp::int32 var_453 = 4;
        wp::float32 var_454;
        wp::float32 var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        const wp::int32 var_458 = 5;
        wp::float32 var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        const wp::int32 var_463 = 6;
        wp::float32 var_464;
        wp::float32 var_465;
        wp::float32 var_466;
        wp::float32 var_467;
        bool var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        const wp::int32 var_472 = 5;
        const wp::float32 var_473 = 0.0;
        wp::float32 var_474;
        const wp::int32 var_475 = 0;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        const wp::int32 var_480 = 1;
        wp::float32 var_481;
        wp::float32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        const wp::int32 var_485 = 2;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        const wp::int32 var_490 = 3;
        wp::float32 var_491;
        wp::float32 var_492;
        wp::float32 var_493;
        wp::float32 var_494;
        const wp::int32 var_495 = 4;
        wp::float32 var_496;
        wp::float32 var_497;
        wp::float32 var_498;
        wp::float32 var_499;
        const wp::int32 var_500 = 5;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::float32 var_503;
        wp::float32 var_504;
        const wp::int32 var_505 = 6;
        wp::float32 var_506;
        wp::float32 var_507;
        wp::float32 var_508;
        wp::float32 var_509;
        bool var_510;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        const wp::int32 var_514 = 2;
        const wp::int32 var_515 = 0;
        const wp::float32 var_516 = 0.0;
        wp::float32 var_517;
        const wp::int32 var_518 = 0;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        wp::float32 var_522;
        const wp::int32 var_523 = 1;
        wp::float32 var_524;
        wp::float32 var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        const wp::int32 var_528 = 2;
        wp::float32 var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        const wp::int32 var_533 = 3;
        wp::float32 var_534;
        wp::float32 var_535;
        wp::float32 var_536;
        wp::float32 var_537;
        const wp::int32 var_538 = 4;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        const wp::int32 var_543 = 5;
        wp::float32 var_544;
        wp::float32 var_545;
        wp::float32 var_546;
        wp::float32 var_547;
        const wp::int32 var_548 = 6;
        wp::float32 var_549;
        wp::float32 var_550;
        wp::float32 var_551;
        wp::float32 var_552;
        bool var_553;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        const wp::int32 var_557 = 1;
        const wp::float32 var_558 = 0.0;
        wp::float32 var_559;
        const wp::int32 var_560 = 0;
        wp::float32 var_561;
        wp::float32 var_562;
        wp::float32 var_563;
        wp::float32 var_564;
        const wp::int32 var_565 = 1;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32 var_568;
        wp::float32 var_569;
        const wp::int32 var_570 = 2;
        wp::float32 var_571;
        wp::float32 var_572;
        wp::float32 var_573;
        wp::float32 var_574;
        const wp::int32 var_575 = 3;
        wp::float32 var_576;
        wp::float32 var_577;
        wp::float32 var_578;
        wp::float32 var_579;
        const wp::int32 var_580 = 4;
        wp::float32 var_581;
        wp::float32 var_582;
        wp::float32 var_583;
        wp::float32 var_584;
        const wp::int32 var_585 = 5;
        wp::float32 var_586;
        wp::float32 var_587;
        wp::float32 var_588;
        wp::float32 var_589;
        const wp::int32 var_590 = 6;
        wp::float32 var_591;
        wp::float32 var_592;
        wp::float32 var_593;
        wp::float32 var_594;
        bool var_595;
        wp::float32 var_596;
        wp::float32 var_597;
        wp::float32 var_598;
        const wp::int32 var_599 = 2;
        const wp::float32 var_600 = 0.0;
        wp::float32 var_601;
        const wp::int32 var_602 = 0;
        wp::float32 var_603;
        wp::float32 var_604;
        wp::float32 var_605;
        wp::float32 var_606;
        const wp::int32 var_607 = 1;
        wp::float32 var_608;
        wp::float32 var_609;
        wp::float32 var_610;
        wp::float32 var_611;
        const wp::int32 var_612 = 2;
        wp::float32 var_613;
        wp::float32 var_614;
        wp::float32 var_615;
        wp::float32 var_616;
        const wp::int32 var_617 = 3;
        wp::float32 var_618;
        wp::float32 var_619;
        wp::float32 var_620;
        wp::float32 var_621;
        const wp::int32 var_622 = 4;
        wp::float32 var_623;
        wp::float32 var_624;
        wp::float32 var_625;
        wp::float32 var_626;
        const wp::int32 var_627 = 5;
        wp::float32 var_628;
        wp::float32 var_629;
        wp::float32 var_630;
        wp::float32 var_631;
        const wp::int32 var_632 = 6;
        wp::float32 var_633;
        wp::float32 var_634;
        wp::float32 var_635;
        wp::float32 var_636;
        bool var_637;
        wp::float32 var_638;
        wp::float32 var_639;
        wp::float32 var_640;
        const wp::int32 var_641 = 3;
        const wp::float32 var_642 = 0.0;
        wp::float32 var_643;
        const wp::int32 var_644 = 0;
        wp::float32 var_645;
        wp::float32 var_646;
        wp::float32 var_647;
        wp::float32 var_648;
        const wp::int32 var_649 = 1;
        wp::float32 var_650;
        wp::float32 var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        const wp::int32 var_654 = 2;
        wp::float32 var_655;
        wp::float32 var_656;
        wp::float32 var_657;
        wp::float32 var_658;
        const wp::int32 var_659 = 3;
        wp::float32 var_660;
        wp::float32 var_661;
        wp::float32 var_662;
        wp::float32 var_663;
        const wp::int32 var_664 = 4;
        wp::float32 var_665;
        wp::float32 var_666;
        wp::float32 var_667;
        wp::float32 var_668;
        const wp::int32 var_669 = 5;
        wp::float32 var_670;
        wp::float32 var_671;
        wp::float32 var_672;
        wp::float32 var_673;
        const wp::int32 var_674 = 6;
        wp::float32 var_675;
        wp::float32 var_676;
        wp::float32 var_677;
        wp::float32 var_678;
        bool var_679;
        wp::float32 var_680;
        wp::float32 var_681;
        wp::float32 var_682;
        const wp::int32 var_683 = 4;
        const wp::float32 var_684 = 0.0;
        wp::float32 var_685;
        const wp::int32 var_686 = 0;
        wp::float32 var_687;
        wp::float32 var_688;
        wp::float32 var_689;
        wp::float32 var_690;
        const wp::int32 var_691 = 1;
        wp::float32 var_692;
        wp::float32 var_693;
        wp::float32 var_694;
        wp::float32 var_695;
        const wp::int32 var_696 = 2;
        wp::float32 var_697;
        wp::float32 var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        const wp::int32 var_701 = 3;
        wp::float32 var_702;
        wp::float32 var_703;
        wp::float32 var_704;
        wp::float32 var_705;
        const wp::int32 var_706 = 4;
        wp::float32 var_707;
        wp::float32 var_708;
        wp::float32 var_709;
        wp::float32 var_710;
        const wp::int32 var_711 = 5;
        wp::float32 var_712;
        wp::float32 var_713;
        wp::float32 var_714;
        wp::float32 var_715;
        const wp::int32 var_716 = 6;
        wp::float32 var_717;
        wp::float32 var_718;
        wp::float32 var_719;
        wp::float32 var_720;
        bool var_721;
        wp::float32 var_722;
        wp::float32 var_723;
        wp::float32 var_724;
        const wp::int32 var_725 = 5;
        const wp::float32 var_726 = 0.0;
        wp::float32 var_727;
        const wp::int32 var_728 = 0;
        wp::float32 var_729;
        wp::float32 var_730;
        wp::float32 var_731;
        wp::float32 var_732;
        const wp::int32 var_733 = 1;
        wp::float32 var_734;
        wp::float32 var_735;
        wp::float32 var_736;
        wp::float32 var_737;
        const wp::int32 var_738 = 2;
        wp::float32 var_739;
        wp::float32 var_740;
        wp::float32 var_741;
        wp::float32 var_742;
        const wp::int32 var_743 = 3;
        wp::float32 var_744;
        wp::float32 var_745;
        wp::float32 var_746;
        wp::float32 var_747;
        const wp::int32 var_748 = 4;
        wp::float32 var_749;
        wp::float32 var_750;
        wp::float32 var_751;
        wp::float32 var_752;
        const wp::int32 var_753 = 5;
        wp::float32 var_754;
        wp::float32 var_755;
        wp::float32 var_756;
        wp::float32 var_757;
        const wp::int32 var_758 = 6;
        wp::float32 var_759;
        wp::float32 var_760;
        wp::float32 var_761;
        wp::float32 var_762;
        bool var_763;
        wp::float32 var_764;
        wp::float32 var_765;
        wp::float32 var_766;
        const wp::int32 var_767 = 3;
        const wp::int32 var_768 = 0;
        const wp::float32 var_769 = 0.0;
        wp::float32 var_770;
        const wp::int32 var_771 = 0;
        wp::float32 var_772;
        wp::float32 var_773;
        wp::float32 var_774;
        wp::float32 var_775;
        const wp::int32 var_776 = 1;
        wp::float32 var_777;
        wp::float32 var_778;
        wp::float32 var_779;
        wp::float32 var_780;
        const wp::int32 var_781 = 2;
        wp::float32 var_782;
        wp::float32 var_783;
        wp::float32 var_784;
        wp::float32 var_785;
        const wp::int32 var_786 = 3;
        wp::float32 var_787;
        wp::float32 var_788;
        wp::float32 var_789;
        wp::float32 var_790;
        const wp::int32 var_791 = 4;
        wp::float32 var_792;
        wp::float32 var_793;
        wp::float32 var_794;
        wp::float32 var_795;
        const wp::int32 var_796 = 5;
        wp::float32 var_797;
        wp::float32 var_798;
        wp::float32 var_799;
        wp::float32 var_800;
        const wp::int32 var_801 = 6;
        wp::float32 var_802;
        wp::float32 var_803;
        wp::float32 var_804;
        wp::float32 var_805;
        bool var_806;
        wp::float32 var_807;
        wp::float32 var_808;
        wp::float32 var_809;
        const wp::int32 var_810 = 1;
        const wp::float32 var_811 = 0.0;
        wp::float32 var_812;
        const wp::int32 var_813 = 0;
        wp::float32 var_814;
        wp::float32 var_815;
        wp::float32 var_816;
        wp::float32 var_817;
        const wp::int32 var_818 = 1;
        wp::float32 var_819;
        wp::float32 var_820;
        wp::float32 var_821;
        wp::float32 var_822;
        const wp::int32 var_823 = 2;
        wp::float32 var_824;
        wp::float32 var_825;
        wp::float32 var_826;
        wp::float32 var_827;
        const wp::int32 var_828 = 3;
        wp::float32 var_829;
        wp::float32 var_830;
        wp::float32 var_831;
        wp::float32 var_832;
        const wp::int32 var_833 = 4;
        wp::float32 var_834;
        wp::float32 var_835;
        wp::float32 var_836;
        wp::float32 var_837;
        const wp::int32 var_838 = 5;
        wp::float32 var_839;
        wp::float32 var_840;
        wp::float32 var_841;
        wp::float32 var_842;
        const wp::int32 var_843 = 6;
        wp::float32 var_844;
        wp::float32 var_845;
        wp::float32 var_846;
        wp::float32 var_847;
        bool var_848;
        wp::float32 var_849;
        wp::float32 var_850;
        wp::float32 var_851;
        const wp::int32 var_852 = 2;
        const wp::float32 var_853 = 0.0;
        wp::float32 var_854;
        const wp::int32 var_855 = 0;
        wp::float32 var_856;
        wp::float32 var_857;
        wp::float32 var_858;
        wp::float32 var_859;
        const wp::int32 var_860 = 1;
        wp::float32 var_861;
        wp::float32 var_862;
        wp::float32 var_863;
        wp::float32 var_864;
        const wp::int32 var_865 = 2;
        wp::float32 var_866;
        wp::float32 var_867;
        wp::float32 var_868;
        wp::float32 var_869;
        const wp::int32 var_870 = 3;
        wp::float32 var_871;
        wp::float32 var_872;
        wp::float32 var_873;
        wp::float32 var_874;
        const wp::int32 var_875 = 4;
        wp::float32 var_876;
        wp::float32 var_877;
        wp::float32 var_878;
        wp::float32 var_879;
        const wp::int32 var_880 = 5;
        wp::float32 var_881;
        wp::float32 var_882;
        wp::float32 var_883;
        wp::float32 var_884;
        const wp::int32 var_885 = 6;
        wp::float32 var_886;
        wp::float32 var_887;
        wp::float32 var_888;
        wp::float32 var_889;
        bool var_890;
        wp::float32 var_891;
        wp::float32 var_892;
        wp::float32 var_893;
        const wp::int32 var_894 = 3;
        const wp::float32 var_895 = 0.0;
        wp::float32 var_896;
        const wp::int32 var_897 = 0;
        wp::float32 var_898;
        wp::float32 var_899;
        wp::float32 var_900;
        wp::float32 var_901;
        const wp::int32 var_902 = 1;
        wp::float32 var_903;
        wp::float32 var_904;
        wp::float32 var_905;
        wp::float32 var_906;
        const wp::int32 var_907 = 2;
        wp::float32 var_908;
        wp::float32 var_909;
        wp::float32 var_910;
        wp::float32 var_911;
        const wp::int32 var_912 = 3;
        wp::float32 var_913;
        wp::float32 var_914;
        wp::float32 var_915;
        wp::float32 var_916;
        const wp::int32 var_917 = 4;
        wp::float32 var_918;
        wp::float32 var_919;
        wp::float32 var_920;
        wp::float32 var_921;
        const wp::int32 var_922 = 5;
        wp::float32 var_923;
        wp::float32 var_924;
        wp::float32 var_925;
        wp::float32 var_926;
        const wp::int32 var_927 = 6;
        wp::float32 var_928;
        wp::float32 var_929;
        wp::float32 var_930;
        wp::float32 var_931;
        bool var_932;
        wp::float32 var_933;
        wp::float32 var_934;
        wp::float32 var_935;
        const wp::int32 var_936 = 4;
        const wp::float32 var_937 = 0.0;
        wp::float32 var_938;
        const wp::int32 var_939 = 0;
        wp::float32 var_940;
        wp::float32 var_941;
        wp::float32 var_942;
        wp::float32 var_943;
        const wp::int32 var_944 = 1;
        wp::float32 var_945;
        wp::float32 var_946;
        wp::float32 var_947;
        wp::float32 var_948;
        const wp::int32 var_949 = 2;
        wp::float32 var_950;
        wp::float32 var_951;
        wp::float32 var_952;
        wp::float32 var_953;
        const wp::int32 var_954 = 3;
        wp::float32 var_955;
        wp::float32 var_956;
        wp::float32 var_957;
        wp::float32 var_958;
        const wp::int32 var_959 = 4;
        wp::float32 var_960;
        wp::float32 var_961;
        wp::float32 var_962;
        wp::float32 var_963;
        const wp::int32 var_964 = 5;
        wp::float32 var_965;
        wp::float32 var_966;
        wp::float32 var_967;
        wp::float32 var_968;
        const wp::int32 var_969 = 6;
        wp::float32 var_970;
        wp::float32 var_971;
        wp::float32 var_972;
        wp::float32 var_973;
        bool var_974;
        wp::float32 var_975;
        wp::float32 var_976;
        wp::float32 var_977;
        const wp::int32 var_978 = 5;
        const wp::float32 var_979 = 0.0;
        wp::float32 var_980;
        const wp::int32 var_981 = 0;
        wp::float32 var_982;
        wp::float32 var_983;
        wp::float32 var_984;
        wp::float32 var_985;
        const wp::int32 var_986 = 1;
        wp::float32 var_987;
        wp::float32 var_988;
        wp::float32 var_989;
        wp::float32 var_990;
        const wp::int32 var_991 = 2;
        wp::float32 var_992;
        wp::float32 var_993;
        wp::float32 var_994;
        wp::float32 var_995;
        const wp::int32 var_996 = 3;
        wp::float32 var_997;
        wp::float32 var_998;
        wp::float32 var_999;
        wp::float32 var_1000;
        const wp::int32 var_1001 = 4;
        wp::float32 var_1002;
        wp::float32 var_1003;
        wp::float32 var_1004;
        wp::float32 var_1005;
        const wp::int32 var_1006 = 5;
        wp::float32 var_1007;
        wp::float32 var_1008;
        wp::float32 var_1009;
        wp::float32 var_1010;
        const wp::int32 var_1011 = 6;
        wp::float32 var_1012;
        wp::float32 var_1013;
        wp::float32 var_1014;
        wp::float32 var_1015;
        bool var_1016;
        wp::float32 var_1017;
        wp::float32 var_1018;
        wp::float32 var_1019;
        const wp::int32 var_1020 = 4;
        const wp::int32 var_1021 = 0;
        const wp::float32 var_1022 = 0.0;
        wp::float32 var_1023;
        const wp::int32 var_1024 = 0;
        wp::float32 var_1025;
        wp::float32 var_1026;
        wp::float32 var_1027;
        wp::float32 var_1028;
        const wp::int32 var_1029 = 1;
        wp::float32 var_1030;
        wp::float32 var_1031;
        wp::float32 var_1032;
        wp::float32 var_1033;
        const wp::int32 var_1034 = 2;
        wp::float32 var_1035;
        wp::float32 var_1036;
        wp::float32 var_1037;
        wp::float32 var_1038;
        const wp::int32 var_1039 = 3;
        wp::float32 var_1040;
        wp::float32 var_1041;
        wp::float32 var_1042;
        wp::float32 var_1043;
        const wp::int32 var_1044 = 4;
        wp::float32 var_1045;
        wp::float32 var_1046;
        wp::float32 var_1047;
        wp::float32 var_1048;
        const wp::int32 var_1049 = 5;
        wp::float32 var_1050;
        wp::float32 var_1051;
        wp::float32 var_1052;
        wp::float32 var_1053;
        const wp::int32 var_1054 = 6;
        wp::float32 var_1055;
        wp::float32 var_1056;
        wp::float32 var_1057;
        wp::float32 var_1058;
        bool var_1059;
        wp::float32 var_1060;
        wp::float32 var_1061;
        wp::float32 var_1062;
        const wp::int32 var_1063 = 1;
        const wp::float32 var_1064 = 0.0;
        wp::float32 var_1065;
        const wp::int32 var_1066 = 0;
        wp::float32 var_1067;
        wp::float32 var_1068;
        wp::float32 var_1069;
        wp::float32 var_1070;
        const wp::int32 var_1071 = 1;
        wp::float32 var_1072;
        wp::float32 var_1073;
        wp::float32 var_1074;
        wp::float32 var_1075;
        const wp::int32 var_1076 = 2;
        wp::float32 var_1077;
        wp::float32 var_1078;
        wp::float32 var_1079;
        wp::float32 var_1080;
        const wp::int32 var_1081 = 3;
        wp::float32 var_1082;
        wp::float32 var_1083;
        wp::float32 var_1084;
        wp::float32 var_1085;
        const wp::int32 var_1086 = 4;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::float32 var_1089;
        wp::float32 var_1090;
        const wp::int32 var_1091 = 5;
        wp::float32 var_1092;
        wp::float32 var_1093;
        wp::float32 var_1094;
        wp::float32 var_1095;
        const wp::int32 var_1096 = 6;
        wp::float32 var_1097;
        wp::float32 var_1098;
        wp::float32 var_1099;
        wp::float32 var_1100;
        bool var_1101;
        wp::float32 var_1102;
        wp::float32 var_1103;
        wp::float32 var_1104;
        const wp::int32 var_1105 = 2;
        const wp::float32 var_1106 = 0.0;
        wp::float32 var_1107;
        const wp::int32 var_1108 = 0;
        wp::float32 var_1109;
        wp::float32 var_1110;
        wp::float32 var_1111;
        wp::float32 var_1112;
        const wp::int32 var_1113 = 1;
        wp::float32 var_1114;
        wp::float32 var_1115;
        wp::float32 var_1116;
        wp::float32 var_1117;
        const wp::int32 var_1118 = 2;
        wp::float32 var_1119;
        wp::float32 var_1120;
        wp::float32 var_1121;
        wp::float32 var_1122;
        const wp::int32 var_1123 = 3;
        wp::float32 var_1124;
        wp::float32 var_1125;
        wp::float32 var_1126;
        wp::float32 var_1127;
        const wp::int32 var_1128 = 4;
        wp::float32 var_1129;
        wp::float32 var_1130;
        wp::float32 var_1131;
        wp::float32 var_1132;
        const wp::int32 var_1133 = 5;
        wp::float32 var_1134;
        wp::float32 var_1135;
        wp::float32 var_1136;
        wp::float32 var_1137;
        const wp::int32 var_1138 = 6;
        wp::float32 var_1139;
        wp::float32 var_1140;
        wp::float32 var_1141;
        wp::float32 var_1142;
        bool var_1143;
        wp::float32 var_1144;
        wp::float32 var_1145;
        wp::float32 var_1146;
        const wp::int32 var_1147 = 3;
        const wp::float32 var_1148 = 0.0;
        wp::float32 var_1149;
        const wp::int32 var_1150 = 0;
        wp::float32 var_1151;
        wp::float32 var_1152;
        wp::float32 var_1153;
        wp::float32 var_1154;
        const wp::int32 var_1155 = 1;
        wp::float32 var_1156;
        wp::float32 var_1157;
        wp::float32 var_1158;
        wp::float32 var_1159;
        const wp::int32 var_1160 = 2;
        wp::float32 var_1161;
        wp::float32 var_1162;
        wp::float32 var_1163;
        wp::float32 var_1164;
        const wp::int32 var_1165 = 3;
        wp::float32 var_1166;
        wp::float32 var_1167;
        wp::float32 var_1168;
        wp::float32 var_1169;
        const wp::int32 var_1170 = 4;
        wp::float32 var_1171;
        wp::float32 var_1172;
        wp::float32 var_1173;
        wp::float32 var_1174;
        const wp::int32 var_1175 = 5;
        wp::float32 var_1176;
        wp::float32 var_1177;
        wp::float32 var_1178;
        wp::float32 var_1179;
        const wp::int32 var_1180 = 6;
        wp::float32 var_1181;
        wp::float32 var_1182;
        wp::float32 var_1183;
        wp::float32 var_1184;
        bool var_1185;
        wp::float32 var_1186;
        wp::float32 var_1187;
        wp::float32 var_1188;
        const wp::int32 var_1189 = 4;
        const wp::float32 var_1190 = 0.0;
        wp::float32 var_1191;
        const wp::int32 var_1192 = 0;
        wp::float32 var_1193;
        wp::float32 var_1194;
        wp::float32 var_1195;
        wp::float32 var_1196;
        const wp::int32 var_1197 = 1;
        wp::float32 var_1198;
        wp::float32 var_1199;
        wp::float32 var_1200;
        wp::float32 var_1201;
        const wp::int32 var_1202 = 2;
        wp::float32 var_1203;
        wp::float32 var_1204;
        wp::float32 var_1205;
        wp::float32 var_1206;
        const wp::int32 var_1207 = 3;
        wp::float32 var_1208;
        wp::float32 var_1209;
        wp::float32 var_1210;
        wp::float32 var_1211;
        const wp::int32 var_1212 = 4;
        wp::float32 var_1213;
        wp::float32 var_1214;
        wp::float32 var_1215;
        wp::float32 var_1216;
        const wp::int32 var_1217 = 5;
        wp::float32 var_1218;
        wp::float32 var_1219;
        wp::float32 var_1220;
        wp::float32 var_1221;
        const wp::int32 var_1222 = 6;
        wp::float32 var_1223;
        wp::float32 var_1224;
        wp::float32 var_1225;
        wp::float32 var_1226;
        bool var_1227;
        wp::float32 var_1228;
        wp::float32 var_1229;
        wp::float32 var_1230;
        const wp::int32 var_1231 = 5;
        const wp::float32 var_1232 = 0.0;
        wp::float32 var_1233;
        const wp::int32 var_1234 = 0;
        wp::float32 var_1235;
        wp::float32 var_1236;
        wp::float32 var_1237;
        wp::float32 var_1238;
        const wp::int32 var_1239 = 1;
        wp::float32 var_1240;
        wp::float32 var_1241;
        wp::float32 var_1242;
        wp::float32 var_1243;
        const wp::int32 var_1244 = 2;
        wp::float32 var_1245;
        wp::float32 var_1246;
        wp::float32 var_1247;
        wp::float32 var_1248;
        const wp::int32 var_1249 = 3;
        wp::float32 var_1250;
        wp::float32 var_1251;
        wp::float32 var_1252;
        wp::float32 var_1253;
        const wp::int32 var_1254 = 4;
        wp::float32 var_1255;
        wp::float32 var_1256;
        wp::float32 var_1257;
        wp::float32 var_1258;
        const wp::int32 var_1259 = 5;
        wp::float32 var_1260;
        wp::float32 var_1261;
        wp::float32 var_1262;
        wp::float32 var_1263;
        const wp::int32 var_1264 = 6;
        wp::float32 var_1265;
        wp::float32 var_1266;
        wp::float32 var_1267;
        wp::float32 var_1268;
        bool var_1269;
        wp::float32 var_1270;
        wp::float32 var_1271;
        wp::float32 var_1272;
        const wp::int32 var_1273 = 5;
        const wp::int32 var_1274 = 0;
        const wp::float32 var_1275 = 0.0;
        wp::float32 var_1276;
        const wp::int32 var_1277 = 0;
        wp::float32 var_1278;
        wp::float32 var_1279;
        wp::float32 var_1280;
        wp::float32 var_1281;
        const wp::int32 var_1282 = 1;
        wp::float32 var_1283;
        wp::float32 var_1284;
        wp::float32 var_1285;
        wp::float32 var_1286;
        const wp::int32 var_1287 = 2;
        wp::float32 var_1288;
        wp::float32 var_1289;
        wp::float32 var_1290;
        wp::float32 var_1291;
        const wp::int32 var_1292 = 3;
        wp::float32 var_1293;
        wp::float32 var_1294;
        wp::float32 var_1295;
        wp::float32 var_1296;
        const wp::int32 var_1297 = 4;
        wp::float32 var_1298;
        wp::float32 var_1299;
        wp::float32 var_1300;
        wp::float32 var_1301;
        const wp::int32 var_1302 = 5;
        wp::float32 var_1303;
        wp::float32 var_1304;
        wp::float32 var_1305;
        wp::float32 var_1306;
        const wp::int32 var_1307 = 6;
        wp::float32 var_1308;
        wp::float32 var_1309;
        wp::float32 var_1310;
        wp::float32 var_1311;
        bool var_1312;
        wp::float32 var_1313;
        wp::float32 var_1314;
        wp::float32 var_1315;
        const wp::int32 var_1316 = 1;
        const wp::float32 var_1317 = 0.0;
        wp::float32 var_1318;
        const wp::int32 var_1319 = 0;
        wp::float32 var_1320;
        wp::float32 var_1321;
        wp::float32 var_1322;
        wp::float32 var_1323;
        const wp::int32 var_1324 = 1;
        wp::float32 var_1325;
        wp::float32 var_1326;
        wp::float32 var_1327;
        wp::float32 var_1328;
        const wp::int32 var_1329 = 2;
        wp::float32 var_1330;
        wp::float32 var_1331;
        wp::float32 var_1332;
        wp::float32 var_1333;
        const wp::int32 var_1334 = 3;
        wp::float32 var_1335;
        wp::float32 var_1336;
        wp::float32 var_1337;
        wp::float32 var_1338;
        const wp::int32 var_1339 = 4;
        wp::float32 var_1340;
        wp::float32 var_1341;
        wp::float32 var_1342;
        wp::float32 var_1343;
        const wp::int32 var_1344 = 5;
        wp::float32 var_1345;
        wp::float32 var_1346;
        wp::float32 var_1347;
        wp::float32 var_1348;
        const wp::int32 var_1349 = 6;
        wp::float32 var_1350;
        wp::float32 var_1351;
        wp::float32 var_1352;
        wp::float32 var_1353;
        bool var_1354;
        wp::float32 var_1355;
        wp::float32 var_1356;
        wp::float32 var_1357;
        const wp::int32 var_1358 = 2;
        const wp::float32 var_1359 = 0.0;
        wp::float32 var_1360;
        const wp::int32 var_1361 = 0;
        wp::float32 var_1362;
        wp::float32 var_1363;
        wp::float32 var_1364;
        wp::float32 var_1365;
        const wp::int32 var_1366 = 1;
        wp::float32 var_1367;
        wp::float32 var_1368;
        wp::float32 var_1369;
        wp::float32 var_1370;
        const wp::int32 var_1371 = 2;
        wp::float32 var_1372;
        wp::float32 var_1373;
        wp::float32 var_1374;
        wp::float32 var_1375;
        const wp::int32 var_1376 = 3;
        wp::float32 var_1377;
        wp::float32 var_1378;
        wp::float32 var_1379;
        wp::float32 var_1380;
        const wp::int32 var_1381 = 4;
        wp::float32 var_1382;
        wp::float32 var_1383;
        wp::float32 var_1384;
        wp::float32 var_1385;
        const wp::int32 var_1386 = 5;
        wp::float32 var_1387;
        wp::float32 var_1388;
        wp::float32 var_1389;
        wp::float32 var_1390;
        const wp::int32 var_1391 = 6;
        wp::float32 var_1392;
        wp::float32 var_1393;
        wp::float32 var_1394;
        wp::float32 var_1395;
        bool var_1396;
        wp::float32 var_1397;
        wp::float32 var_1398;
        wp::float32 var_1399;
        const wp::int32 var_1400 = 3;
        const wp::float32 var_1401 = 0.0;
        wp::float32 var_1402;
        const wp::int32 var_1403 = 0;
        wp::float32 var_1404;
        wp::float32 var_1405;
        wp::float32 var_1406;
        wp::float32 var_1407;
        const wp::int32 var_1408 = 1;
        wp::float32 var_1409;
        wp::float32 var_1410;
        wp::float32 var_1411;
        wp::float32 var_1412;
        const wp::int32 var_1413 = 2;
        wp::float32 var_1414;
        wp::float32 var_1415;
        wp::float32 var_1416;
        wp::float32 var_1417;
        const wp::int32 var_1418 = 3;
        wp::float32 var_1419;
        wp::float32 var_1420;
        wp::float32 var_1421;
        wp::float32 var_1422;
        const wp::int32 var_1423 = 4;
        wp::float32 var_1424;
        wp::float32 var_1425;
        wp::float32 var_1426;
        wp::float32 var_1427;
        const wp::int32 var_1428 = 5;
        wp::float32 var_1429;
        wp::float32 var_1430;
        wp::float32 var_1431;
        wp::float32 var_1432;
        const wp::int32 var_1433 = 6;
        wp::float32 var_1434;
        wp::float32 var_1435;
        wp::float32 var_1436;
        wp::float32 var_1437;
        bool var_1438;
        wp::float32 var_1439;
        wp::float32 var_1440;
        wp::float32 var_1441;
        const wp::int32 var_1442 = 4;
        const wp::float32 var_1443 = 0.0;
        wp::float32 var_1444;
        const wp::int32 var_1445 = 0;
        wp::float32 var_1446;
        wp::float32 var_1447;
        wp::float32 var_1448;
        wp::float32 var_1449;
        const wp::int32 var_1450 = 1;
        wp::float32 var_1451;
        wp::float32 var_1452;
        wp::float32 var_1453;
        wp::float32 var_1454;
        const wp::int32 var_1455 = 2;
        wp::float32 var_1456;
        wp::float32 var_1457;
        wp::float32 var_1458;
        wp::float32 var_1459;
        const wp::int32 var_1460 = 3;
        wp::float32 var_1461;
        wp::float32 var_1462;
        wp::float32 var_1463;
        wp::float32 var_1464;
        const wp::int32 var_1465 = 4;
        wp::float32 var_1466;
        wp::float32 var_1467;
        wp::float32 var_1468;
        wp::float32 var_1469;
        const wp::int32 var_1470 = 5;
        wp::float32 var_1471;
        wp::float32 var_1472;
        wp::float32 var_1473;
        wp::float32 var_1474;
        const wp::int32 var_1475 = 6;
        wp::float32 var_1476;
        wp::float32 var_1477;
        wp::float32 var_1478;
        wp::float32 var_1479;
        bool var_1480;
        wp::float32 var_1481;
        wp::float32 var_1482;
        wp::float32 var_1483;
        const wp::int32 var_1484 = 5;
        const wp::float32 var_1485 = 0.0;
        wp::float32 var_1486;
        const wp::int32 var_1487 = 0;
        wp::float32 var_1488;
        wp::float32 var_1489;
        wp::float32 var_1490;
        wp::float32 var_1491;
        const wp::int32 var_1492 = 1;
        wp::float32 var_1493;
        wp::float32 var_1494;
        wp::float32 var_1495;
        wp::float32 var_1496;
        const wp::int32 var_1497 = 2;
        wp::float32 var_1498;
        wp::float32 var_1499;
        wp::float32 var_1500;
        wp::float32 var_1501;
        const wp::int32 var_1502 = 3;
        wp::float32 var_1503;
        wp::float32 var_1504;
        wp::float32 var_1505;
        wp::float32 var_1506;
        const wp::int32 var_1507 = 4;
        wp::float32 var_1508;
        wp::float32 var_1509;
        wp::float32 var_1510;
        wp::float32 var_1511;
        const wp::int32 var_1512 = 5;
        wp::float32 var_1513;
        wp::float32 var_1514;
        wp::float32 var_1515;
        wp::float32 var_1516;
        const wp::int32 var_1517 = 6;
        wp::float32 var_1518;
        wp::float32 var_1519;
        wp::float32 var_1520;
        wp::float32 var_1521;
        bool var_1522;
        wp::float32 var_1523;
        wp::float32 var_1524;
        wp::float32 var_1525;
        wp::vec_t<6, wp::float32> var_1526;
        const wp::int32 var_1527 = 20;
        wp::range_t var_1528;
        wp::int32 var_1529;
        wp::int32 var_1530;
        wp::int32 var_1531;
        const wp::int32 var_1532 = 0;
        wp::float32 var_1533;
        const wp::int32 var_1534 = 0;
        bool var_1535;
        wp::float32 var_1536;
        wp::float32 var_1537;
        wp::float32 var_1538;
        wp::float32 var_1539;
        wp::float32 var_1540;
        const wp::int32 var_1541 = 1;
        bool var_1542;
        wp::float32 var_1543;
        wp::float32 var_1544;
        wp::float32 var_1545;
        wp::float32 var_1546;
        wp::float32 var_1547;
        const wp::int32 var_1548 = 2;
        bool var_1549;
        wp::float32 var_1550;
        wp::float32 var_1551;
        wp::float32 var_1552;
        wp::float32 var_1553;
        wp::float32 var_1554;
        const wp::int32 var_1555 = 3;
        bool var_1556;
        wp::float32 var_1557;
        wp::float32 var_1558;
        wp::float32 var_1559;
        wp::float32 var_1560;
        wp::float32 var_1561;
        const wp::int32 var_1562 = 4;
        bool var_1563;
        wp::float32 var_1564;
        wp::float32 var_1565;
        wp::float32 var_1566;
        wp::float32 var_1567;
        wp::float32 var_1568;
        const wp::int32 var_1569 = 5;
        bool var_1570;
        wp::float32 var_1571;
        wp::float32 var_1572;
        wp::float32 var_1573;
        wp::float32 var_1574;
        wp::float32 var_1575;
        wp::float32 var_1576;
        wp::float32 var_1577;
        const wp::int32 var_1578 = 1;
        wp::float32 var_1579;
        const wp::int32 var_1580 = 0;
        bool var_1581;
        wp::float32 var_1582;
        wp::float32 var_1583;
        wp::float32 var_1584;
        wp::float32 var_1585;
        wp::float32 var_1586;
        const wp::int32 var_1587 = 1;
        bool var_1588;
        wp::float32 var_1589;
        wp::float32 var_1590;
        wp::float32 var_1591;
        wp::float32 var_1592;
        wp::float32 var_1593;
        const wp::int32 var_1594 = 2;
        bool var_1595;
        wp::float32 var_1596;
        wp::float32 var_1597;
        wp::float32 var_1598;
        wp::float32 var_1599;
        wp::float32 var_1600;
        const wp::int32 var_1601 = 3;
        bool var_1602;
        wp::float32 var_1603;
        wp::float32 var_1604;
        wp::float32 var_1605;
        wp::float32 var_1606;
        wp::float32 var_1607;
        const wp::int32 var_1608 = 4;
        bool var_1609;
        wp::float32 var_1610;
        wp::float32 var_1611;
        wp::float32 var_1612;
        wp::float32 var_1613;
        wp::float32 var_1614;
        const wp::int32 var_1615 = 5;
        bool var_1616;
        wp::float32 var_1617;
        wp::float32 var_1618;
        wp::float32 var_1619;
        wp::float32 var_1620;
        wp::float32 var_1621;
        wp::float32 var_1622;
        wp::float32 var_1623;
        const wp::int32 var_1624 = 2;
        wp::float32 var_1625;
        const wp::int32 var_1626 = 0;
        bool var_1627;
        wp::float32 var_1628;
        wp::float32 var_1629;
        wp::float32 var_1630;
        wp::float32 var_1631;
        wp::float32 var_1632;
        const wp::int32 var_1633 = 1;
        bool var_1634;
        wp::float32 var_1635;
        wp::float32 var_1636;
        wp::float32 var_1637;
        wp::float32 var_1638;
        wp::float32 var_1639;
        const wp::int32 var_1640 = 2;
        bool var_1641;
        wp::float32 var_1642;
        wp::float32 var_1643;
        wp::float32 var_1644;
        wp::float32 var_1645;
        wp::float32 var_1646;
        const wp::int32 var_1647 = 3;
        bool var_1648;
        wp::float32 var_1649;
        wp::float32 var_1650;
        wp::float32 var_1651;
        wp::float32 var_1652;
        wp::float32 var_1653;
        const wp::int32 var_1654 = 4;
        bool var_1655;
        wp::float32 var_1656;
        wp::float32 var_1657;
        wp::float32 var_1658;
        wp::float32 var_1659;
        wp::float32 var_1660;
        const wp::int32 var_1661 = 5;
        bool var_1662;
        wp::float32 var_1663;
        wp::float32 var_1664;
        wp::float32 var_1665;
        wp::float32 var_1666;
        wp::float32 var_1667;
        wp::float32 var_1668;
        wp::float32 var_1669;
        const wp::int32 var_1670 = 3;
        wp::float32 var_1671;
        const wp::int32 var_1672 = 0;
        bool var_1673;
        wp::float32 var_1674;
        wp::float32 var_1675;
        wp::float32 var_1676;
        wp::float32 var_1677;
        wp::float32 var_1678;
        const wp::int32 var_1679 = 1;
        bool var_1680;
        wp::float32 var_1681;
        wp::float32 var_1682;
        wp::float32 var_1683;
        wp::float32 var_1684;
        wp::float32 var_1685;
        const wp::int32 var_1686 = 2;
        bool var_1687;
        wp::float32 var_1688;
        wp::float32 var_1689;
        wp::float32 var_1690;
        wp::float32 var_1691;
        wp::float32 var_1692;
        const wp::int32 var_1693 = 3;
        bool var_1694;
        wp::float32 var_1695;
        wp::float32 var_1696;
        wp::float32 var_1697;
        wp::float32 var_1698;
        wp::float32 var_1699;
        const wp::int32 var_1700 = 4;
        bool var_1701;
        wp::float32 var_1702;
        wp::float32 var_1703;
        wp::float32 var_1704;
        wp::float32 var_1705;
        wp::float32 var_1706;
        const wp::int32 var_1707 = 5;
        bool var_1708;
        wp::float32 var_1709;
        wp::float32 var_1710;
        wp::float32 var_1711;
        wp::float32 var_1712;
        wp::float32 var_1713;
        wp::float32 var_1714;
        wp::float32 var_1715;
        const wp::int32 var_1716 = 4;
        wp::float32 var_1717;
        const wp::int32 var_1718 = 0;
        bool var_1719;
        wp::float32 var_1720;
        wp::float32 var_1721;
        wp::float32 var_1722;
        wp::float32 var_1723;
        wp::float32 var_1724;
        const wp::int32 var_1725 = 1;
        bool var_1726;
        wp::float32 var_1727;
        wp::float32 var_1728;
        wp::float32 var_1729;
        wp::float32 var_1730;
        wp::float32 var_1731;
        const wp::int32 var_1732 = 2;
        bool var_1733;
        wp::float32 var_1734;
        wp::float32 var_1735;
        wp::float32 var_1736;
        wp::float32 var_1737;
        wp::float32 var_1738;
        const wp::int32 var_1739 = 3;
        bool var_1740;
        wp::float32 var_1741;
        wp::float32 var_1742;
        wp::float32 var_1743;
        wp::float32 var_1744;
        wp::float32 var_1745;
        const wp::int32 var_1746 = 4;
        bool var_1747;
        wp::float32 var_1748;
        wp::float32 var_1749;
        wp::float32 var_1750;
        wp::float32 var_1751;
        wp::float32 var_1752;
        const wp::int32 var_1753 = 5;
        bool var_1754;
        wp::float32 var_1755;
        wp::float32 var_1756;
        wp::float32 var_1757;
        wp::float32 var_1758;
        wp::float32 var_1759;
        wp::float32 var_1760;
        wp::float32 var_1761;
        const wp::int32 var_1762 = 5;
        wp::float32 var_1763;
        const wp::int32 var_1764 = 0;
        bool var_1765;
        wp::float32 var_1766;
        wp::float32 var_1767;
        wp::float32 var_1768;
        wp::float32 var_1769;
        wp::float32 var_1770;
        const wp::int32 var_1771 = 1;
        bool var_1772;
        wp::float32 var_1773;
        wp::float32 var_1774;
        wp::float32 var_1775;
        wp::float32 var_1776;
        wp::float32 var_1777;
        const wp::int32 var_1778 = 2;
        bool var_1779;
        wp::float32 var_1780;
        wp::float32 var_1781;
        wp::float32 var_1782;
        wp::float32 var_1783;
        wp::float32 var_1784;
        const wp::int32 var_1785 = 3;
        bool var_1786;
        wp::float32 var_1787;
        wp::float32 var_1788;
        wp::float32 var_1789;
        wp::float32 var_1790;
        wp::float32 var_1791;
        const wp::int32 var_1792 = 4;
        bool var_1793;
        wp::float32 var_1794;
        wp::float32 var_1795;
        wp::float32 var_1796;
        wp::float32 var_1797;
        wp::float32 var_1798;
        const wp::int32 var_1799 = 5;
        bool var_1800;
        wp::float32 var_1801;
        wp::float32 var_1802;
        wp::float32 var_1803;
        wp::float32 var_1804;
        wp::float32 var_1805;
        wp::float32 var_1806;
        wp::float32 var_1807;
        wp::vec_t<7, wp::float32> var_1808;
        const wp::int32 var_1809 = 0;
        const wp::float32 var_1810 = 0.0;
        wp::float32 var_1811;
        const wp::int32 var_1812 = 0;
        wp::float32 var_1813;
        wp::float32 var_1814;
        wp::float32 var_1815;
        wp::float32 var_1816;
        const wp::int32 var_1817 = 1;
        wp::float32 var_1818;
        wp::float32 var_1819;
        wp::float32 var_1820;
        wp::float32 var_1821;
        const wp::int32 var_1822 = 2;
        wp::float32 var_1823;
        wp::float32 var_1824;
        wp::float32 var_1825;
        wp::float32 var_1826;
        const wp::int32 var_1827 = 3;
        wp::float32 var_1828;
        wp::float32 var_1829;
        wp::float32 var_1830;
        wp::float32 var_1831;
        const wp::int32 var_1832 = 4;
        wp::float32 var_1833;
        wp::float32 var_1834;
        wp::float32 var_1835;
        wp::float32 var_1836;
        const wp::int32 var_1837 = 5;
        wp::float32 var_1838;
        wp::float32 var_1839;
        wp::float32 var_1840;
        wp::float32 var_1841;
        const wp::int32 var_1842 = 1;
        const wp::float32 var_1843 = 0.0;
        wp::float32 var_1844;
        const wp::int32 var_1845 = 0;
        wp::float32 var_1846;
        wp::float32 var_1847;
        wp::float32 var_1848;
        wp::float32 var_1849;
        const wp::int32 var_1850 = 1;
        wp::float32 var_1851;
        wp::float32 var_1852;
        wp::float32 var_1853;
        wp::float32 var_1854;
        const wp::int32 var_1855 = 2;
        wp::float32 var_1856;
        wp::float32 var_1857;
        wp::float32 var_1858;
        wp::float32 var_1859;
        const wp::int32 var_1860 = 3;
        wp::float32 var_1861;
        wp::float32 var_1862;
        wp::float32 var_1863;
        wp::float32 var_1864;
        const wp::int32 var_1865 = 4;
        wp::float32 var_1866;
        wp::float32 var_1867;
        wp::float32 var_1868;
        wp::float32 var_1869;
        const wp::int32 var_1870 = 5;
        wp::float32 var_1871;
        wp::float32 var_1872;
        wp::float32 var_1873;
        wp::float32 var_1874;
        const wp::int32 var_1875 = 2;
        const wp::float32 var_1876 = 0.0;
        wp::float32 var_1877;
        const wp::int32 var_1878 = 0;
        wp::float32 var_1879;
        wp::float32 var_1880;
        wp::float32 var_1881;
        wp::float32 var_1882;
        const wp::int32 var_1883 = 1;
        wp::float32 var_1884;
        wp::float32 var_1885;
        wp::float32 var_1886;
        wp::float32 var_1887;
        const wp::int32 var_1888 = 2;
        wp::float32 var_1889;
        wp::float32 var_1890;
        wp::float32 var_1891;
        wp::float32 var_1892;
        const wp::int32 var_1893 = 3;
        wp::float32 var_1894;
        wp::float32 var_1895;
        wp::float32 var_1896;
        wp::float32 var_1897;
        const wp::int32 var_1898 = 4;
        wp::float32 var_1899;
        wp::float32 var_1900;
        wp::float32 var_1901;
        wp::float32 var_1902;
        const wp::int32 var_1903 = 5;
        wp::float32 var_1904;
        wp::float32 var_1905;
        wp::float32 var_1906;
        wp::float32 var_1907;
        const wp::int32 var_1908 = 3;
        const wp::float32 var_1909 = 0.0;
        wp::float32 var_1910;
        const wp::int32 var_1911 = 0;
        wp::float32 var_1912;
        wp::float32 var_1913;
        wp::float32 var_1914;
        wp::float32 var_1915;
        const wp::int32 var_1916 = 1;
        wp::float32 var_1917;
        wp::float32 var_1918;
        wp::float32 var_1919;
        wp::float32 var_1920;
        const wp::int32 var_1921 = 2;
        wp::float32 var_1922;
        wp::float32 var_1923;
        wp::float32 var_1924;
        wp::float32 var_1925;
        const wp::int32 var_1926 = 3;
        wp::float32 var_1927;
        wp::float32 var_1928;
        wp::float32 var_1929;
        wp::float32 var_1930;
        const wp::int32 var_1931 = 4;
        wp::float32 var_1932;
        wp::float32 var_1933;
        wp::float32 var_1934;
        wp::float32 var_1935;
        const wp::int32 var_1936 = 5;
        wp::float32 var_1937;
        wp::float32 var_1938;
        wp::float32 var_1939;
        wp::float32 var_1940;
        const wp::int32 var_1941 = 4;
        const wp::float32 var_1942 = 0.0;
        wp::float32 var_1943;
        const wp::int32 var_1944 = 0;
        wp::float32 var_1945;
        wp::float32 var_1946;
        wp::float32 var_1947;
        wp::float32 var_1948;
        const wp::int32 var_1949 = 1;
        wp::float32 var_1950;
        wp::float32 var_1951;
        wp::float32 var_1952;
        wp::float32 var_1953;
        const wp::int32 var_1954 = 2;
        wp::float32 var_1955;
        wp::float32 var_1956;
        wp::float32 var_1957;
        wp::float32 var_1958;
        const wp::int32 var_1959 = 3;
        wp::float32 var_1960;
        wp::float32 var_1961;
        wp::float32 var_1962;
        wp::float32 var_1963;
        const wp::int32 var_1964 = 4;
        wp::float32 var_1965;
        wp::float32 var_1966;
        wp::float32 var_1967;
        wp::float32 var_1968;
        const wp::int32 var_1969 = 5;
        wp::float32 var_1970;
        wp::float32 var_1971;
        wp::float32 var_1972;
        wp::float32 var_1973;
        const wp::int32 var_1974 = 5;
        const wp::float32 var_1975 = 0.0;
        wp::float32 var_1976;
        const wp::int32 var_1977 = 0;
        wp::float32 var_1978;
        wp::float32 var_1979;
        wp::float32 var_1980;
        wp::float32 var_1981;
        const wp::int32 var_1982 = 1;
        wp::float32 var_1983;
        wp::float32 var_1984;
        wp::float32 var_1985;
        wp::float32 var_1986;
        const wp::int32 var_1987 = 2;
        wp::float32 var_1988;
        wp::float32 var_1989;
        wp::float32 var_1990;
        wp::float32 var_1991;
        const wp::int32 var_1992 = 3;
        wp::float32 var_1993;
        wp::float32 var_1994;
        wp::float32 var_1995;
        wp::float32 var_1996;
        const wp::int32 var_1997 = 4;
        wp::float32 var_1998;
        wp::float32 var_1999;
        wp::float32 var_2000;
        wp::float32 var_2001;
        const wp::int32 var_2002 = 5;
        wp::float32 var_2003;
        wp::float32 var_2004;
        wp::float32 var_2005;
        wp::float32 var_2006;
        const wp::int32 var_2007 = 6;
        const wp::float32 var_2008 = 0.0;
        wp::float32 var_2009;
        const wp::int32 var_2010 = 0;
        wp::float32 var_2011;
        wp::float32 var_2012;
        wp::float32 var_2013;
        wp::float32 var_2014;
        const wp::int32 var_2015 = 1;
        wp::float32 var_2016;
        wp::float32 var_2017;
        wp::float32 var_2018;
        wp::float32 var_2019;
        const wp::int32 var_2020 = 2;
        wp::float32 var_2021;
        wp::float32 var_2022;
        wp::float32 var_2023;
        wp::float32 var_2024;
        const wp::int32 var_2025 = 3;
        wp::float32 var_2026;
        wp::float32 var_2027;
        wp::float32 var_2028;
        wp::float32 var_2029;
        const wp::int32 var_2030 = 4;
        wp::float32 var_2031;
        wp::float32 var_2032;
        wp::float32 var_2033;
        wp::float32 var_2034;
        const wp::int32 var_2035 = 5;
        wp::float32 var_2036;
        wp::float32 var_2037;
        wp::float32 var_2038;
        wp::float32 var_2039;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<6, 7, wp::float32> adj_1 = {};
        wp::mat_t<6, 7, wp::float32> adj_2 = {};
        wp::mat_t<6, 7, wp::float32> adj_3 = {};
        wp::vec_t<6, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::vec_t<6, wp::float32> adj_6 = {};
        wp::mat_t<6, 6, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        bool adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        bool adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        bool adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::float32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::float32 adj_170 = {};
        wp::float32 adj_171 = {};
        wp::float32 adj_172 = {};
        bool adj_173 = {};
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::float32 adj_193 = {};
        wp::float32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::float32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::float32 adj_211 = {};
        wp::float32 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        bool adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::float32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::float32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::float32 adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::float32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::float32 adj_235 = {};
        wp::float32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::float32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::float32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::float32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::float32 adj_255 = {};
        wp::float32 adj_256 = {};
        bool adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::float32 adj_260 = {};
        wp::int32 adj_261 = {};
        wp::int32 adj_262 = {};
        wp::float32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::int32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::float32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::float32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::int32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::float32 adj_277 = {};
        wp::float32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::int32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::float32 adj_282 = {};
        wp::float32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::float32 adj_287 = {};
        wp::float32 adj_288 = {};
        wp::float32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::float32 adj_291 = {};
        wp::float32 adj_292 = {};
        wp::float32 adj_293 = {};
        wp::float32 adj_294 = {};
        wp::int32 adj_295 = {};
        wp::float32 adj_296 = {};
        wp::float32 adj_297 = {};
        wp::float32 adj_298 = {};
        wp::float32 adj_299 = {};
        bool adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::float32 adj_305 = {};
        wp::float32 adj_306 = {};
        wp::int32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::float32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::float32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::int32 adj_317 = {};
        wp::float32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::int32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::int32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::int32 adj_332 = {};
        wp::float32 adj_333 = {};
        wp::float32 adj_334 = {};
        wp::float32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::int32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::float32 adj_339 = {};
        wp::float32 adj_340 = {};
        wp::float32 adj_341 = {};
        bool adj_342 = {};
        wp::float32 adj_343 = {};
        wp::float32 adj_344 = {};
        wp::float32 adj_345 = {};
        wp::int32 adj_346 = {};
        wp::float32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::int32 adj_349 = {};
        wp::float32 adj_350 = {};
        wp::float32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::float32 adj_353 = {};
        wp::int32 adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::float32 adj_358 = {};
        wp::int32 adj_359 = {};
        wp::float32 adj_360 = {};
        wp::float32 adj_361 = {};
        wp::float32 adj_362 = {};
        wp::float32 adj_363 = {};
        wp::int32 adj_364 = {};
        wp::float32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::float32 adj_368 = {};
        wp::int32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::float32 adj_371 = {};
        wp::float32 adj_372 = {};
        wp::float32 adj_373 = {};
        wp::int32 adj_374 = {};
        wp::float32 adj_375 = {};
        wp::float32 adj_376 = {};
        wp::float32 adj_377 = {};
        wp::float32 adj_378 = {};
        wp::int32 adj_379 = {};
        wp::float32 adj_380 = {};
        wp::float32 adj_381 = {};
        wp::float32 adj_382 = {};
        wp::float32 adj_383 = {};
        bool adj_384 = {};
        wp::float32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::int32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::int32 adj_391 = {};
        wp::float32 adj_392 = {};
        wp::float32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::int32 adj_396 = {};
        wp::float32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::float32 adj_399 = {};
        wp::float32 adj_400 = {};
        wp::int32 adj_401 = {};
        wp::float32 adj_402 = {};
        wp::float32 adj_403 = {};
        wp::float32 adj_404 = {};
        wp::float32 adj_405 = {};
        wp::int32 adj_406 = {};
        wp::float32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::int32 adj_411 = {};
        wp::float32 adj_412 = {};
        wp::float32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::float32 adj_415 = {};
        wp::int32 adj_416 = {};
        wp::float32 adj_417 = {};
        wp::float32 adj_418 = {};
        wp::float32 adj_419 = {};
        wp::float32 adj_420 = {};
        wp::int32 adj_421 = {};
        wp::float32 adj_422 = {};
        wp::float32 adj_423 = {};
        wp::float32 adj_424 = {};
        wp::float32 adj_425 = {};
        bool adj_426 = {};
        wp::float32 adj_427 = {};
        wp::float32 adj_428 = {};
        wp::float32 adj_429 = {};
        wp::int32 adj_430 = {};
        wp::float32 adj_431 = {};
        wp::float32 adj_432 = {};
        wp::int32 adj_433 = {};
        wp::float32 adj_434 = {};
        wp::float32 adj_435 = {};
        wp::float32 adj_436 = {};
        wp::float32 adj_437 = {};
        wp::int32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::float32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::float32 adj_442 = {};
        wp::int32 adj_443 = {};
        wp::float32 adj_444 = {};
        wp::float32 adj_445 = {};
        wp::float32 adj_446 = {};
        wp::float32 adj_447 = {};
        wp::int32 adj_448 = {};
        wp::float32 adj_449 = {};
        wp::float32 adj_450 = {};
        wp::float32 adj_451 = {};
        wp::float32 adj_452 = {};
        wp::int32 adj_453 = {};
        wp::float32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::float32 adj_456 = {};
        wp::float32 adj_457 = {};
        wp::int32 adj_458 = {};
        wp::float32 adj_459 = {};
        wp::float32 adj_460 = {};
        wp::float32 adj_461 = {};
        wp::float32 adj_462 = {};
        wp::int32 adj_463 = {};
        wp::float32 adj_464 = {};
        wp::float32 adj_465 = {};
        wp::float32 adj_466 = {};
        wp::float32 adj_467 = {};
        bool adj_468 = {};
        wp::float32 adj_469 = {};
        wp::float32 adj_470 = {};
        wp::float32 adj_471 = {};
        wp::int32 adj_472 = {};
        wp::float32 adj_473 = {};
        wp::float32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::float32 adj_476 = {};
        wp::float32 adj_477 = {};
        wp::float32 adj_478 = {};
        wp::float32 adj_479 = {};
        wp::int32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::float32 adj_482 = {};
        wp::float32 adj_483 = {};
        wp::float32 adj_484 = {};
        wp::int32 adj_485 = {};
        wp::float32 adj_486 = {};
        wp::float32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::float32 adj_489 = {};
        wp::int32 adj_490 = {};
        wp::float32 adj_491 = {};
        wp::float32 adj_492 = {};
        wp::float32 adj_493 = {};
        wp::float32 adj_494 = {};
        wp::int32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::float32 adj_497 = {};
        wp::float32 adj_498 = {};
        wp::float32 adj_499 = {};
        wp::int32 adj_500 = {};
        wp::float32 adj_501 = {};
        wp::float32 adj_502 = {};
        wp::float32 adj_503 = {};
        wp::float32 adj_504 = {};
        wp::int32 adj_505 = {};
        wp::float32 adj_506 = {};
        wp::float32 adj_507 = {};
        wp::float32 adj_508 = {};
        wp::float32 adj_509 = {};
        bool adj_510 = {};
        wp::float32 adj_511 = {};
        wp::float32 adj_512 = {};
        wp::float32 adj_513 = {};
        wp::int32 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::float32 adj_516 = {};
        wp::float32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::float32 adj_519 = {};
        wp::float32 adj_520 = {};
        wp::float32 adj_521 = {};
        wp::float32 adj_522 = {};
        wp::int32 adj_523 = {};
        wp::float32 adj_524 = {};
        wp::float32 adj_525 = {};
        wp::float32 adj_526 = {};
        wp::float32 adj_527 = {};
        wp::int32 adj_528 = {};
        wp::float32 adj_529 = {};
        wp::float32 adj_530 = {};
        wp::float32 adj_531 = {};
        wp::float32 adj_532 = {};
        wp::int32 adj_533 = {};
        wp::float32 adj_534 = {};
        wp::float32 adj_535 = {};
        wp::float32 adj_536 = {};
        wp::float32 adj_537 = {};
        wp::int32 adj_538 = {};
        wp::float32 adj_539 = {};
        wp::float32 adj_540 = {};
        wp::float32 adj_541 = {};
        wp::float32 adj_542 = {};
        wp::int32 adj_543 = {};
        wp::float32 adj_544 = {};
        wp::float32 adj_545 = {};
        wp::float32 adj_546 = {};
        wp::float32 adj_547 = {};
        wp::int32 adj_548 = {};
        wp::float32 adj_549 = {};
        wp::float32 adj_550 = {};
        wp::float32 adj_551 = {};
        wp::float32 adj_552 = {};
        bool adj_553 = {};
        wp::float32 adj_554 = {};
        wp::float32 adj_555 = {};
        wp::float32 adj_556 = {};
        wp::int32 adj_557 = {};
        wp::float32 adj_558 = {};
        wp::float32 adj_559 = {};
        wp::int32 adj_560 = {};
        wp::float32 adj_561 = {};
        wp::float32 adj_562 = {};
        wp::float32 adj_563 = {};
        wp::float32 adj_564 = {};
        wp::int32 adj_565 = {};
        wp::float32 adj_566 = {};
        wp::float32 adj_567 = {};
        wp::float32 adj_568 = {};
        wp::float32 adj_569 = {};
        wp::int32 adj_570 = {};
        wp::float32 adj_571 = {};
        wp::float32 adj_572 = {};
        wp::float32 adj_573 = {};
        wp::float32 adj_574 = {};
        wp::int32 adj_575 = {};
        wp::float32 adj_576 = {};
        wp::float32 adj_577 = {};
        wp::float32 adj_578 = {};
        wp::float32 adj_579 = {};
        wp::int32 adj_580 = {};
        wp::float32 adj_581 = {};
        wp::float32 adj_582 = {};
        wp::float32 adj_583 = {};
        wp::float32 adj_584 = {};
        wp::int32 adj_585 = {};
        wp::float32 adj_586 = {};
        wp::float32 adj_587 = {};
        wp::float32 adj_588 = {};
        wp::float32 adj_589 = {};
        wp::int32 adj_590 = {};
        wp::float32 adj_591 = {};
        wp::float32 adj_592 = {};
        wp::float32 adj_593 = {};
        wp::float32 adj_594 = {};
        bool adj_595 = {};
        wp::float32 adj_596 = {};
        wp::float32 adj_597 = {};
        wp::float32 adj_598 = {};
        wp::int32 adj_599 = {};
        wp::float32 adj_600 = {};
        wp::float32 adj_601 = {};
        wp::int32 adj_602 = {};
        wp::float32 adj_603 = {};
        wp::float32 adj_604 = {};
        wp::float32 adj_605 = {};
        wp::float32 adj_606 = {};
        wp::int32 adj_607 = {};
        wp::float32 adj_608 = {};
        wp::float32 adj_609 = {};
        wp::float32 adj_610 = {};
        wp::float32 adj_611 = {};
        wp::int32 adj_612 = {};
        wp::float32 adj_613 = {};
        wp::float32 adj_614 = {};
        wp::float32 adj_615 = {};
        wp::float32 adj_616 = {};
        wp::int32 adj_617 = {};
        wp::float32 adj_618 = {};
        wp::float32 adj_619 = {};
        wp::float32 adj_620 = {};
        wp::float32 adj_621 = {};
        wp::int32 adj_622 = {};
        wp::float32 adj_623 = {};
        wp::float32 adj_624 = {};
        wp::float32 adj_625 = {};
        wp::float32 adj_626 = {};
        wp::int32 adj_627 = {};
        wp::float32 adj_628 = {};
        wp::float32 adj_629 = {};
        wp::float32 adj_630 = {};
        wp::float32 adj_631 = {};
        wp::int32 adj_632 = {};
        wp::float32 adj_633 = {};
        wp::float32 adj_634 = {};
        wp::float32 adj_635 = {};
        wp::float32 adj_636 = {};
        bool adj_637 = {};
        wp::float32 adj_638 = {};
        wp::float32 adj_639 = {};
        wp::float32 adj_640 = {};
        wp::int32 adj_641 = {};
        wp::float32 adj_642 = {};
        wp::float32 adj_643 = {};
        wp::int32 adj_644 = {};
        wp::float32 adj_645 = {};
        wp::float32 adj_646 = {};
        wp::float32 adj_647 = {};
        wp::float32 adj_648 = {};
        wp::int32 adj_649 = {};
        wp::float32 adj_650 = {};
        wp::float32 adj_651 = {};
        wp::float32 adj_652 = {};
        wp::float32 adj_653 = {};
        wp::int32 adj_654 = {};
        wp::float32 adj_655 = {};
        wp::float32 adj_656 = {};
        wp::float32 adj_657 = {};
        wp::float32 adj_658 = {};
        wp::int32 adj_659 = {};
        wp::float32 adj_660 = {};
        wp::float32 adj_661 = {};
        wp::float32 adj_662 = {};
        wp::float32 adj_663 = {};
        wp::int32 adj_664 = {};
        wp::float32 adj_665 = {};
        wp::float32 adj_666 = {};
        wp::float32 adj_667 = {};
        wp::float32 adj_668 = {};
        wp::int32 adj_669 = {};
        wp::float32 adj_670 = {};
        wp::float32 adj_671 = {};
        wp::float32 adj_672 = {};
        wp::float32 adj_673 = {};
        wp::int32 adj_674 = {};
        wp::float32 adj_675 = {};
        wp::float32 adj_676 = {};
        wp::float32 adj_677 = {};
        wp::float32 adj_678 = {};
        bool adj_679 = {};
        wp::float32 adj_680 = {};
        wp::float32 adj_681 = {};
        wp::float32 adj_682 = {};
        wp::int32 adj_683 = {};
        wp::float32 adj_684 = {};
        wp::float32 adj_685 = {};
        wp::int32 adj_686 = {};
        wp::float32 adj_687 = {};
        wp::float32 adj_688 = {};
        wp::float32 adj_689 = {};
        wp::float32 adj_690 = {};
        wp::int32 adj_691 = {};
        wp::float32 adj_692 = {};
        wp::float32 adj_693 = {};
        wp::float32 adj_694 = {};
        wp::float32 adj_695 = {};
        wp::int32 adj_696 = {};
        wp::float32 adj_697 = {};
        wp::float32 adj_698 = {};
        wp::float32 adj_699 = {};
        wp::float32 adj_700 = {};
        wp::int32 adj_701 = {};
        wp::float32 adj_702 = {};
        wp::float32 adj_703 = {};
        wp::float32 adj_704 = {};
        wp::float32 adj_705 = {};
        wp::int32 adj_706 = {};
        wp::float32 adj_707 = {};
        wp::float32 adj_708 = {};
        wp::float32 adj_709 = {};
        wp::float32 adj_710 = {};
        wp::int32 adj_711 = {};
        wp::float32 adj_712 = {};
        wp::float32 adj_713 = {};
        wp::float32 adj_714 = {};
        wp::float32 adj_715 = {};
        wp::int32 adj_716 = {};
        wp::float32 adj_717 = {};
        wp::float32 adj_718 = {};
        wp::float32 adj_719 = {};
        wp::float32 adj_720 = {};
        bool adj_721 = {};
        wp::float32 adj_722 = {};
        wp::float32 adj_723 = {};
        wp::float32 adj_724 = {};
        wp::int32 adj_725 = {};
        wp::float32 adj_726 = {};
        wp::float32 adj_727 = {};
        wp::int32 adj_728 = {};
        wp::float32 adj_729 = {};
        wp::float32 adj_730 = {};
        wp::float32 adj_731 = {};
        wp::float32 adj_732 = {};
        wp::int32 adj_733 = {};
        wp::float32 adj_734 = {};
        wp::float32 adj_735 = {};
        wp::float32 adj_736 = {};
        wp::float32 adj_737 = {};
        wp::int32 adj_738 = {};
        wp::float32 adj_739 = {};
        wp::float32 adj_740 = {};
        wp::float32 adj_741 = {};
        wp::float32 adj_742 = {};
        wp::int32 adj_743 = {};
        wp::float32 adj_744 = {};
        wp::float32 adj_745 = {};
        wp::float32 adj_746 = {};
        wp::float32 adj_747 = {};
        wp::int32 adj_748 = {};
        wp::float32 adj_749 = {};
        wp::float32 adj_750 = {};
        wp::float32 adj_751 = {};
        wp::float32 adj_752 = {};
        wp::int32 adj_753 = {};
        wp::float32 adj_754 = {};
        wp::float32 adj_755 = {};
        wp::float32 adj_756 = {};
        wp::float32 adj_757 = {};
        wp::int32 adj_758 = {};
        wp::float32 adj_759 = {};
        wp::float32 adj_760 = {};
        wp::float32 adj_761 = {};
        wp::float32 adj_762 = {};
        bool adj_763 = {};
        wp::float32 adj_764 = {};
        wp::float32 adj_765 = {};
        wp::float32 adj_766 = {};
        wp::int32 adj_767 = {};
        wp::int32 adj_768 = {};
        wp::float32 adj_769 = {};
        wp::float32 adj_770 = {};
        wp::int32 adj_771 = {};
        wp::float32 adj_772 = {};
        wp::float32 adj_773 = {};
        wp::float32 adj_774 = {};
        wp::float32 adj_775 = {};
        wp::int32 adj_776 = {};
        wp::float32 adj_777 = {};
        wp::float32 adj_778 = {};
        wp::float32 adj_779 = {};
        wp::float32 adj_780 = {};
        wp::int32 adj_781 = {};
        wp::float32 adj_782 = {};
        wp::float32 adj_783 = {};
        wp::float32 adj_784 = {};
        wp::float32 adj_785 = {};
        wp::int32 adj_786 = {};
        wp::float32 adj_787 = {};
        wp::float32 adj_788 = {};
        wp::float32 adj_789 = {};
        wp::float32 adj_790 = {};
        wp::int32 adj_791 = {};
        wp::float32 adj_792 = {};
        wp::float32 adj_793 = {};
        wp::float32 adj_794 = {};
        wp::float32 adj_795 = {};
        wp::int32 adj_796 = {};
        wp::float32 adj_797 = {};
        wp::float32 adj_798 = {};
        wp::float32 adj_799 = {};
        wp::float32 adj_800 = {};
        wp::int32 adj_801 = {};
        wp::float32 adj_802 = {};
        wp::float32 adj_803 = {};
        wp::float32 adj_804 = {};
        wp::float32 adj_805 = {};
        bool adj_806 = {};
        wp::float32 adj_807 = {};
        wp::float32 adj_808 = {};
        wp::float32 adj_809 = {};
        wp::int32 adj_810 = {};
        wp::float32 adj_811 = {};
        wp::float32 adj_812 = {};
        wp::int32 adj_813 = {};
        wp::float32 adj_814 = {};
        wp::float32 adj_815 = {};
        wp::float32 adj_816 = {};
        wp::float32 adj_817 = {};
        wp::int32 adj_818 = {};
        wp::float32 adj_819 = {};
        wp::float32 adj_820 = {};
        wp::float32 adj_821 = {};
        wp::float32 adj_822 = {};
        wp::int32 adj_823 = {};
        wp::float32 adj_824 = {};
        wp::float32 adj_825 = {};
        wp::float32 adj_826 = {};
        wp::float32 adj_827 = {};
        wp::int32 adj_828 = {};
        wp::float32 adj_829 = {};
        wp::float32 adj_830 = {};
        wp::float32 adj_831 = {};
        wp::float32 adj_832 = {};
        wp::int32 adj_833 = {};
        wp::float32 adj_834 = {};
        wp::float32 adj_835 = {};
        wp::float32 adj_836 = {};
        wp::float32 adj_837 = {};
        wp::int32 adj_838 = {};
        wp::float32 adj_839 = {};
        wp::float32 adj_840 = {};
        wp::float32 adj_841 = {};
        wp::float32 adj_842 = {};
        wp::int32 adj_843 = {};
        wp::float32 adj_844 = {};
        wp::float32 adj_845 = {};
        wp::float32 adj_846 = {};
        wp::float32 adj_847 = {};
        bool adj_848 = {};
        wp::float32 adj_849 = {};
        wp::float32 adj_850 = {};
        wp::float32 adj_851 = {};
        wp::int32 adj_852 = {};
        wp::float32 adj_853 = {};
        wp::float32 adj_854 = {};
        wp::int32 adj_855 = {};
        wp::float32 adj_856 = {};
        wp::float32 adj_857 = {};
        wp::float32 adj_858 = {};
        wp::float32 adj_859 = {};
        wp::int32 adj_860 = {};
        wp::float32 adj_861 = {};
        wp::float32 adj_862 = {};
        wp::float32 adj_863 = {};
        wp::float32 adj_864 = {};
        wp::int32 adj_865 = {};
        wp::float32 adj_866 = {};
        wp::float32 adj_867 = {};
        wp::float32 adj_868 = {};
        wp::float32 adj_869 = {};
        wp::int32 adj_870 = {};
        wp::float32 adj_871 = {};
        wp::float32 adj_872 = {};
        wp::float32 adj_873 = {};
        wp::float32 adj_874 = {};
        wp::int32 adj_875 = {};
        wp::float32 adj_876 = {};
        wp::float32 adj_877 = {};
        wp::float32 adj_878 = {};
        wp::float32 adj_879 = {};
        wp::int32 adj_880 = {};
        wp::float32 adj_881 = {};
        wp::float32 adj_882 = {};
        wp::float32 adj_883 = {};
        wp::float32 adj_884 = {};
        wp::int32 adj_885 = {};
        wp::float32 adj_886 = {};
        wp::float32 adj_887 = {};
        wp::float32 adj_888 = {};
        wp::float32 adj_889 = {};
        bool adj_890 = {};
        wp::float32 adj_891 = {};
        wp::float32 adj_892 = {};
        wp::float32 adj_893 = {};
        wp::int32 adj_894 = {};
        wp::float32 adj_895 = {};
        wp::float32 adj_896 = {};
        wp::int32 adj_897 = {};
        wp::float32 adj_898 = {};
        wp::float32 adj_899 = {};
        wp::float32 adj_900 = {};
        wp::float32 adj_901 = {};
        wp::int32 adj_902 = {};
        wp::float32 adj_903 = {};
        wp::float32 adj_904 = {};
        wp::float32 adj_905 = {};
        wp::float32 adj_906 = {};
        wp::int32 adj_907 = {};
        wp::float32 adj_908 = {};
        wp::float32 adj_909 = {};
        wp::float32 adj_910 = {};
        wp::float32 adj_911 = {};
        wp::int32 adj_912 = {};
        wp::float32 adj_913 = {};
        wp::float32 adj_914 = {};
        wp::float32 adj_915 = {};
        wp::float32 adj_916 = {};
        wp::int32 adj_917 = {};
        wp::float32 adj_918 = {};
        wp::float32 adj_919 = {};
        wp::float32 adj_920 = {};
        wp::float32 adj_921 = {};
        wp::int32 adj_922 = {};
        wp::float32 adj_923 = {};
        wp::float32 adj_924 = {};
        wp::float32 adj_925 = {};
        wp::float32 adj_926 = {};
        wp::int32 adj_927 = {};
        wp::float32 adj_928 = {};
        wp::float32 adj_929 = {};
        wp::float32 adj_930 = {};
        wp::float32 adj_931 = {};
        bool adj_932 = {};
        wp::float32 adj_933 = {};
        wp::float32 adj_934 = {};
        wp::float32 adj_935 = {};
        wp::int32 adj_936 = {};
        wp::float32 adj_937 = {};
        wp::float32 adj_938 = {};
        wp::int32 adj_939 = {};
        wp::float32 adj_940 = {};
        wp::float32 adj_941 = {};
        wp::float32 adj_942 = {};
        wp::float32 adj_943 = {};
        wp::int32 adj_944 = {};
        wp::float32 adj_945 = {};
        wp::float32 adj_946 = {};
        wp::float32 adj_947 = {};
        wp::float32 adj_948 = {};
        wp::int32 adj_949 = {};
        wp::float32 adj_950 = {};
        wp::float32 adj_951 = {};
        wp::float32 adj_952 = {};
        wp::float32 adj_953 = {};
        wp::int32 adj_954 = {};
        wp::float32 adj_955 = {};
        wp::float32 adj_956 = {};
        wp::float32 adj_957 = {};
        wp::float32 adj_958 = {};
        wp::int32 adj_959 = {};
        wp::float32 adj_960 = {};
        wp::float32 adj_961 = {};
        wp::float32 adj_962 = {};
        wp::float32 adj_963 = {};
        wp::int32 adj_964 = {};
        wp::float32 adj_965 = {};
        wp::float32 adj_966 = {};
        wp::float32 adj_967 = {};
        wp::float32 adj_968 = {};
        wp::int32 adj_969 = {};
        wp::float32 adj_970 = {};
        wp::float32 adj_971 = {};
        wp::float32 adj_972 = {};
        wp::float32 adj_973 = {};
        bool adj_974 = {};
        wp::float32 adj_975 = {};
        wp::float32 adj_976 = {};
        wp::float32 adj_977 = {};
        wp::int32 adj_978 = {};
        wp::float32 adj_979 = {};
        wp::float32 adj_980 = {};
        wp::int32 adj_981 = {};
        wp::float32 adj_982 = {};
        wp::float32 adj_983 = {};
        wp::float32 adj_984 = {};
        wp::float32 adj_985 = {};
        wp::int32 adj_986 = {};
        wp::float32 adj_987 = {};
        wp::float32 adj_988 = {};
        wp::float32 adj_989 = {};
        wp::float32 adj_990 = {};
        wp::int32 adj_991 = {};
        wp::float32 adj_992 = {};
        wp::float32 adj_993 = {};
        wp::float32 adj_994 = {};
        wp::float32 adj_995 = {};
        wp::int32 adj_996 = {};
        wp::float32 adj_997 = {};
        wp::float32 adj_998 = {};
        wp::float32 adj_999 = {};
        wp::float32 adj_1000 = {};
        wp::int32 adj_1001 = {};
        wp::float32 adj_1002 = {};
        wp::float32 adj_1003 = {};
        wp::float32 adj_1004 = {};
        wp::float32 adj_1005 = {};
        wp::int32 adj_1006 = {};
        wp::float32 adj_1007 = {};
        wp::float32 adj_1008 = {};
        wp::float32 adj_1009 = {};
        wp::float32 adj_1010 = {};
        wp::int32 adj_1011 = {};
        wp::float32 adj_1012 = {};
        wp::float32 adj_1013 = {};
        wp::float32 adj_1014 = {};
        wp::float32 adj_1015 = {};
        bool adj_1016 = {};
        wp::float32 adj_1017 = {};
        wp::float32 adj_1018 = {};
        wp::float32 adj_1019 = {};
        wp::int32 adj_1020 = {};
        wp::int32 adj_1021 = {};
        wp::float32 adj_1022 = {};
        wp::float32 adj_1023 = {};
        wp::int32 adj_1024 = {};
        wp::float32 adj_1025 = {};
        wp::float32 adj_1026 = {};
        wp::float32 adj_1027 = {};
        wp::float32 adj_1028 = {};
        wp::int32 adj_1029 = {};
        wp::float32 adj_1030 = {};
        wp::float32 adj_1031 = {};
        wp::float32 adj_1032 = {};
        wp::float32 adj_1033 = {};
        wp::int32 adj_1034 = {};
        wp::float32 adj_1035 = {};
        wp::float32 adj_1036 = {};
        wp::float32 adj_1037 = {};
        wp::float32 adj_1038 = {};
        wp::int32 adj_1039 = {};
        wp::float32 adj_1040 = {};
        wp::float32 adj_1041 = {};
        wp::float32 adj_1042 = {};
        wp::float32 adj_1043 = {};
        wp::int32 adj_1044 = {};
        wp::float32 adj_1045 = {};
        wp::float32 adj_1046 = {};
        wp::float32 adj_1047 = {};
        wp::float32 adj_1048 = {};
        wp::int32 adj_1049 = {};
        wp::float32 adj_1050 = {};
        wp::float32 adj_1051 = {};
        wp::float32 adj_1052 = {};
        wp::float32 adj_1053 = {};
        wp::int32 adj_1054 = {};
        wp::float32 adj_1055 = {};
        wp::float32 adj_1056 = {};
        wp::float32 adj_1057 = {};
        wp::float32 adj_1058 = {};
        bool adj_1059 = {};
        wp::float32 adj_1060 = {};
        wp::float32 adj_1061 = {};
        wp::float32 adj_1062 = {};
        wp::int32 adj_1063 = {};
        wp::float32 adj_1064 = {};
        wp::float32 adj_1065 = {};
        wp::int32 adj_1066 = {};
        wp::float32 adj_1067 = {};
        wp::float32 adj_1068 = {};
        wp::float32 adj_1069 = {};
        wp::float32 adj_1070 = {};
        wp::int32 adj_1071 = {};
        wp::float32 adj_1072 = {};
        wp::float32 adj_1073 = {};
        wp::float32 adj_1074 = {};
        wp::float32 adj_1075 = {};
        wp::int32 adj_1076 = {};
        wp::float32 adj_1077 = {};
        wp::float32 adj_1078 = {};
        wp::float32 adj_1079 = {};
        wp::float32 adj_1080 = {};
        wp::int32 adj_1081 = {};
        wp::float32 adj_1082 = {};
        wp::float32 adj_1083 = {};
        wp::float32 adj_1084 = {};
        wp::float32 adj_1085 = {};
        wp::int32 adj_1086 = {};
        wp::float32 adj_1087 = {};
        wp::float32 adj_1088 = {};
        wp::float32 adj_1089 = {};
        wp::float32 adj_1090 = {};
        wp::int32 adj_1091 = {};
        wp::float32 adj_1092 = {};
        wp::float32 adj_1093 = {};
        wp::float32 adj_1094 = {};
        wp::float32 adj_1095 = {};
        wp::int32 adj_1096 = {};
        wp::float32 adj_1097 = {};
        wp::float32 adj_1098 = {};
        wp::float32 adj_1099 = {};
        wp::float32 adj_1100 = {};
        bool adj_1101 = {};
        wp::float32 adj_1102 = {};
        wp::float32 adj_1103 = {};
        wp::float32 adj_1104 = {};
        wp::int32 adj_1105 = {};
        wp::float32 adj_1106 = {};
        wp::float32 adj_1107 = {};
        wp::int32 adj_1108 = {};
        wp::float32 adj_1109 = {};
        wp::float32 adj_1110 = {};
        wp::float32 adj_1111 = {};
        wp::float32 adj_1112 = {};
        wp::int32 adj_1113 = {};
        wp::float32 adj_1114 = {};
        wp::float32 adj_1115 = {};
        wp::float32 adj_1116 = {};
        wp::float32 adj_1117 = {};
        wp::int32 adj_1118 = {};
        wp::float32 adj_1119 = {};
        wp::float32 adj_1120 = {};
        wp::float32 adj_1121 = {};
        wp::float32 adj_1122 = {};
        wp::int32 adj_1123 = {};
        wp::float32 adj_1124 = {};
        wp::float32 adj_1125 = {};
        wp::float32 adj_1126 = {};
        wp::float32 adj_1127 = {};
        wp::int32 adj_1128 = {};
        wp::float32 adj_1129 = {};
        wp::float32 adj_1130 = {};
        wp::float32 adj_1131 = {};
        wp::float32 adj_1132 = {};
        wp::int32 adj_1133 = {};
        wp::float32 adj_1134 = {};
        wp::float32 adj_1135 = {};
        wp::float32 adj_1136 = {};
        wp::float32 adj_1137 = {};
        wp::int32 adj_1138 = {};
        wp::float32 adj_1139 = {};
        wp::float32 adj_1140 = {};
        wp::float32 adj_1141 = {};
        wp::float32 adj_1142 = {};
        bool adj_1143 = {};
        wp::float32 adj_1144 = {};
        wp::float32 adj_1145 = {};
        wp::float32 adj_1146 = {};
        wp::int32 adj_1147 = {};
        wp::float32 adj_1148 = {};
        wp::float32 adj_1149 = {};
        wp::int32 adj_1150 = {};
        wp::float32 adj_1151 = {};
        wp::float32 adj_1152 = {};
        wp::float32 adj_1153 = {};
        wp::float32 adj_1154 = {};
        wp::int32 adj_1155 = {};
        wp::float32 adj_1156 = {};
        wp::float32 adj_1157 = {};
        wp::float32 adj_1158 = {};
        wp::float32 adj_1159 = {};
        wp::int32 adj_1160 = {};
        wp::float32 adj_1161 = {};
        wp::float32 adj_1162 = {};
        wp::float32 adj_1163 = {};
        wp::float32 adj_1164 = {};
        wp::int32 adj_1165 = {};
        wp::float32 adj_1166 = {};
        wp::float32 adj_1167 = {};
        wp::float32 adj_1168 = {};
        wp::float32 adj_1169 = {};
        wp::int32 adj_1170 = {};
        wp::float32 adj_1171 = {};
        wp::float32 adj_1172 = {};
        wp::float32 adj_1173 = {};
        wp::float32 adj_1174 = {};
        wp::int32 adj_1175 = {};
        wp::float32 adj_1176 = {};
        wp::float32 adj_1177 = {};
        wp::float32 adj_1178 = {};
        wp::float32 adj_1179 = {};
        wp::int32 adj_1180 = {};
        wp::float32 adj_1181 = {};
        wp::float32 adj_1182 = {};
        wp::float32 adj_1183 = {};
        wp::float32 adj_1184 = {};
        bool adj_1185 = {};
        wp::float32 adj_1186 = {};
        wp::float32 adj_1187 = {};
        wp::float32 adj_1188 = {};
        wp::int32 adj_1189 = {};
        wp::float32 adj_1190 = {};
        wp::float32 adj_1191 = {};
        wp::int32 adj_1192 = {};
        wp::float32 adj_1193 = {};
        wp::float32 adj_1194 = {};
        wp::float32 adj_1195 = {};
        wp::float32 adj_1196 = {};
        wp::int32 adj_1197 = {};
        wp::float32 adj_1198 = {};
        wp::float32 adj_1199 = {};
        wp::float32 adj_1200 = {};
        wp::float32 adj_1201 = {};
        wp::int32 adj_1202 = {};
        wp::float32 adj_1203 = {};
        wp::float32 adj_1204 = {};
        wp::float32 adj_1205 = {};
        wp::float32 adj_1206 = {};
        wp::int32 adj_1207 = {};
        wp::float32 adj_1208 = {};
        wp::float32 adj_1209 = {};
        wp::float32 adj_1210 = {};
        wp::float32 adj_1211 = {};
        wp::int32 adj_1212 = {};
        wp::float32 adj_1213 = {};
        wp::float32 adj_1214 = {};
        wp::float32 adj_1215 = {};
        wp::float32 adj_1216 = {};
        wp::int32 adj_1217 = {};
        wp::float32 adj_1218 = {};
        wp::float32 adj_1219 = {};
        wp::float32 adj_1220 = {};
        wp::float32 adj_1221 = {};
        wp::int32 adj_1222 = {};
        wp::float32 adj_1223 = {};
        wp::float32 adj_1224 = {};
        wp::float32 adj_1225 = {};
        wp::float32 adj_1226 = {};
        bool adj_1227 = {};
        wp::float32 adj_1228 = {};
        wp::float32 adj_1229 = {};
        wp::float32 adj_1230 = {};
        wp::int32 adj_1231 = {};
        wp::float32 adj_1232 = {};
        wp::float32 adj_1233 = {};
        wp::int32 adj_1234 = {};
        wp::float32 adj_1235 = {};
        wp::float32 adj_1236 = {};
        wp::float32 adj_1237 = {};
        wp::float32 adj_1238 = {};
        wp::int32 adj_1239 = {};
        wp::float32 adj_1240 = {};
        wp::float32 adj_1241 = {};
        wp::float32 adj_1242 = {};
        wp::float32 adj_1243 = {};
        wp::int32 adj_1244 = {};
        wp::float32 adj_1245 = {};
        wp::float32 adj_1246 = {};
        wp::float32 adj_1247 = {};
        wp::float32 adj_1248 = {};
        wp::int32 adj_1249 = {};
        wp::float32 adj_1250 = {};
        wp::float32 adj_1251 = {};
        wp::float32 adj_1252 = {};
        wp::float32 adj_1253 = {};
        wp::int32 adj_1254 = {};
        wp::float32 adj_1255 = {};
        wp::float32 adj_1256 = {};
        wp::float32 adj_1257 = {};
        wp::float32 adj_1258 = {};
        wp::int32 adj_1259 = {};
        wp::float32 adj_1260 = {};
        wp::float32 adj_1261 = {};
        wp::float32 adj_1262 = {};
        wp::float32 adj_1263 = {};
        wp::int32 adj_1264 = {};
        wp::float32 adj_1265 = {};
        wp::float32 adj_1266 = {};
        wp::float32 adj_1267 = {};
        wp::float32 adj_1268 = {};
        bool adj_1269 = {};
        wp::float32 adj_1270 = {};
        wp::float32 adj_1271 = {};
        wp::float32 adj_1272 = {};
        wp::int32 adj_1273 = {};
        wp::int32 adj_1274 = {};
        wp::float32 adj_1275 = {};
        wp::float32 adj_1276 = {};
        wp::int32 adj_1277 = {};
        wp::float32 adj_1278 = {};
        wp::float32 adj_1279 = {};
        wp::float32 adj_1280 = {};
        wp::float32 adj_1281 = {};
        wp::int32 adj_1282 = {};
        wp::float32 adj_1283 = {};
        wp::float32 adj_1284 = {};
        wp::float32 adj_1285 = {};
        wp::float32 adj_1286 = {};
        wp::int32 adj_1287 = {};
        wp::float32 adj_1288 = {};
        wp::float32 adj_1289 = {};
        wp::float32 adj_1290 = {};
        wp::float32 adj_1291 = {};
        wp::int32 adj_1292 = {};
        wp::float32 adj_1293 = {};
        wp::float32 adj_1294 = {};
        wp::float32 adj_1295 = {};
        wp::float32 adj_1296 = {};
        wp::int32 adj_1297 = {};
        wp::float32 adj_1298 = {};
        wp::float32 adj_1299 = {};
        wp::float32 adj_1300 = {};
        wp::float32 adj_1301 = {};
        wp::int32 adj_1302 = {};
        wp::float32 adj_1303 = {};
        wp::float32 adj_1304 = {};
        wp::float32 adj_1305 = {};
        wp::float32 adj_1306 = {};
        wp::int32 adj_1307 = {};
        wp::float32 adj_1308 = {};
        wp::float32 adj_1309 = {};
        wp::float32 adj_1310 = {};
        wp::float32 adj_1311 = {};
        bool adj_1312 = {};
        wp::float32 adj_1313 = {};
        wp::float32 adj_1314 = {};
        wp::float32 adj_1315 = {};
        wp::int32 adj_1316 = {};
        wp::float32 adj_1317 = {};
        wp::float32 adj_1318 = {};
        wp::int32 adj_1319 = {};
        wp::float32 adj_1320 = {};
        wp::float32 adj_1321 = {};
        wp::float32 adj_1322 = {};
        wp::float32 adj_1323 = {};
        wp::int32 adj_1324 = {};
        wp::float32 adj_1325 = {};
        wp::float32 adj_1326 = {};
        wp::float32 adj_1327 = {};
        wp::float32 adj_1328 = {};
        wp::int32 adj_1329 = {};
        wp::float32 adj_1330 = {};
        wp::float32 adj_1331 = {};
        wp::float32 adj_1332 = {};
        wp::float32 adj_1333 = {};
        wp::int32 adj_1334 = {};
        wp::float32 adj_1335 = {};
        wp::float32 adj_1336 = {};
        wp::float32 adj_1337 = {};
        wp::float32 adj_1338 = {};
        wp::int32 adj_1339 = {};
        wp::float32 adj_1340 = {};
        wp::float32 adj_1341 = {};
        wp::float32 adj_1342 = {};
        wp::float32 adj_1343 = {};
        wp::int32 adj_1344 = {};
        wp::float32 adj_1345 = {};
        wp::float32 adj_1346 = {};
        wp::float32 adj_1347 = {};
        wp::float32 adj_1348 = {};
        wp::int32 adj_1349 = {};
        wp::float32 adj_1350 = {};
        wp::float32 adj_1351 = {};
        wp::float32 adj_1352 = {};
        wp::float32 adj_1353 = {};
        bool adj_1354 = {};
        wp::float32 adj_1355 = {};
        wp::float32 adj_1356 = {};
        wp::float32 adj_1357 = {};
        wp::int32 adj_1358 = {};
        wp::float32 adj_1359 = {};
        wp::float32 adj_1360 = {};
        wp::int32 adj_1361 = {};
        wp::float32 adj_1362 = {};
        wp::float32 adj_1363 = {};
        wp::float32 adj_1364 = {};
        wp::float32 adj_1365 = {};
        wp::int32 adj_1366 = {};
        wp::float32 adj_1367 = {};
        wp::float32 adj_1368 = {};
        wp::float32 adj_1369 = {};
        wp::float32 adj_1370 = {};
        wp::int32 adj_1371 = {};
        wp::float32 adj_1372 = {};
        wp::float32 adj_1373 = {};
        wp::float32 adj_1374 = {};
        wp::float32 adj_1375 = {};
        wp::int32 adj_1376 = {};
        wp::float32 adj_1377 = {};
        wp::float32 adj_1378 = {};
        wp::float32 adj_1379 = {};
        wp::float32 adj_1380 = {};
        wp::int32 adj_1381 = {};
        wp::float32 adj_1382 = {};
        wp::float32 adj_1383 = {};
        wp::float32 adj_1384 = {};
        wp::float32 adj_1385 = {};
        wp::int32 adj_1386 = {};
        wp::float32 adj_1387 = {};
        wp::float32 adj_1388 = {};
        wp::float32 adj_1389 = {};
        wp::float32 adj_1390 = {};
        wp::int32 adj_1391 = {};
        wp::float32 adj_1392 = {};
        wp::float32 adj_1393 = {};
        wp::float32 adj_1394 = {};
        wp::float32 adj_1395 = {};
        bool adj_1396 = {};
        wp::float32 adj_1397 = {};
        wp::float32 adj_1398 = {};
        wp::float32 adj_1399 = {};
        wp::int32 adj_1400 = {};
        wp::float32 adj_1401 = {};
        wp::float32 adj_1402 = {};
        wp::int32 adj_1403 = {};
        wp::float32 adj_1404 = {};
        wp::float32 adj_1405 = {};
        wp::float32 adj_1406 = {};
        wp::float32 adj_1407 = {};
        wp::int32 adj_1408 = {};
        wp::float32 adj_1409 = {};
        wp::float32 adj_1410 = {};
        wp::float32 adj_1411 = {};
        wp::float32 adj_1412 = {};
        wp::int32 adj_1413 = {};
        wp::float32 adj_1414 = {};
        wp::float32 adj_1415 = {};
        wp::float32 adj_1416 = {};
        wp::float32 adj_1417 = {};
        wp::int32 adj_1418 = {};
        wp::float32 adj_1419 = {};
        wp::float32 adj_1420 = {};
        wp::float32 adj_1421 = {};
        wp::float32 adj_1422 = {};
        wp::int32 adj_1423 = {};
        wp::float32 adj_1424 = {};
        wp::float32 adj_1425 = {};
        wp::float32 adj_1426 = {};
        wp::float32 adj_1427 = {};
        wp::int32 adj_1428 = {};
        wp::float32 adj_1429 = {};
        wp::float32 adj_1430 = {};
        wp::float32 adj_1431 = {};
        wp::float32 adj_1432 = {};
        wp::int32 adj_1433 = {};
        wp::float32 adj_1434 = {};
        wp::float32 adj_1435 = {};
        wp::float32 adj_1436 = {};
        wp::float32 adj_1437 = {};
        bool adj_1438 = {};
        wp::float32 adj_1439 = {};
        wp::float32 adj_1440 = {};
        wp::float32 adj_1441 = {};
        wp::int32 adj_1442 = {};
        wp::float32 adj_1443 = {};
        wp::float32 adj_1444 = {};
        wp::int32 adj_1445 = {};
        wp::float32 adj_1446 = {};
        wp::float32 adj_1447 = {};
        wp::float32 adj_1448 = {};
        wp::float32 adj_1449 = {};
        wp::int32 adj_1450 = {};
        wp::float32 adj_1451 = {};
        wp::float32 adj_1452 = {};
        wp::float32 adj_1453 = {};
        wp::float32 adj_1454 = {};
        wp::int32 adj_1455 = {};
        wp::float32 adj_1456 = {};
        wp::float32 adj_1457 = {};
        wp::float32 adj_1458 = {};
        wp::float32 adj_1459 = {};
        wp::int32 adj_1460 = {};
        wp::float32 adj_1461 = {};
        wp::float32 adj_1462 = {};
        wp::float32 adj_1463 = {};
        wp::float32 adj_1464 = {};
        wp::int32 adj_1465 = {};
        wp::float32 adj_1466 = {};
        wp::float32 adj_1467 = {};
        wp::float32 adj_1468 = {};
        wp::float32 adj_1469 = {};
        wp::int32 adj_1470 = {};
        wp::float32 adj_1471 = {};
        wp::float32 adj_1472 = {};
        wp::float32 adj_1473 = {};
        wp::float32 adj_1474 = {};
        wp::int32 adj_1475 = {};
        wp::float32 adj_1476 = {};
        wp::float32 adj_1477 = {};
        wp::float32 adj_1478 = {};
        wp::float32 adj_1479 = {};
        bool adj_1480 = {};
        wp::float32 adj_1481 = {};
        wp::float32 adj_1482 = {};
        wp::float32 adj_1483 = {};
        wp::int32 adj_1484 = {};
        wp::float32 adj_1485 = {};
        wp::float32 adj_1486 = {};
        wp::int32 adj_1487 = {};
        wp::float32 adj_1488 = {};
        wp::float32 adj_1489 = {};
        wp::float32 adj_1490 = {};
        wp::float32 adj_1491 = {};
        wp::int32 adj_1492 = {};
        wp::float32 adj_1493 = {};
        wp::float32 adj_1494 = {};
        wp::float32 adj_1495 = {};
        wp::float32 adj_1496 = {};
        wp::int32 adj_1497 = {};
        wp::float32 adj_1498 = {};
        wp::float32 adj_1499 = {};
        wp::float32 adj_1500 = {};
        wp::float32 adj_1501 = {};
        wp::int32 adj_1502 = {};
        wp::float32 adj_1503 = {};
        wp::float32 adj_1504 = {};
        wp::float32 adj_1505 = {};
        wp::float32 adj_1506 = {};
        wp::int32 adj_1507 = {};
        wp::float32 adj_1508 = {};
        wp::float32 adj_1509 = {};
        wp::float32 adj_1510 = {};
        wp::float32 adj_1511 = {};
        wp::int32 adj_1512 = {};
        wp::float32 adj_1513 = {};
        wp::float32 adj_1514 = {};
        wp::float32 adj_1515 = {};
        wp::float32 adj_1516 = {};
        wp::int32 adj_1517 = {};
        wp::float32 adj_1518 = {};
        wp::float32 adj_1519 = {};
        wp::float32 adj_1520 = {};
        wp::float32 adj_1521 = {};
        bool adj_1522 = {};
        wp::float32 adj_1523 = {};
        wp::float32 adj_1524 = {};
        wp::float32 adj_1525 = {};
        wp::vec_t<6, wp::float32> adj_1526 = {};
        wp::int32 adj_1527 = {};
        wp::range_t adj_1528 = {};
        wp::int32 adj_1529 = {};
        wp::int32 adj_1530 = {};
        wp::int32 adj_1531 = {};
        wp::int32 adj_1532 = {};
        wp::float32 adj_1533 = {};
        wp::int32 adj_1534 = {};
        bool adj_1535 = {};
        wp::float32 adj_1536 = {};
        wp::float32 adj_1537 = {};
        wp::float32 adj_1538 = {};
        wp::float32 adj_1539 = {};
        wp::float32 adj_1540 = {};
        wp::int32 adj_1541 = {};
        bool adj_1542 = {};
        wp::float32 adj_1543 = {};
        wp::float32 adj_1544 = {};
        wp::float32 adj_1545 = {};
        wp::float32 adj_1546 = {};
        wp::float32 adj_1547 = {};
        wp::int32 adj_1548 = {};
        bool adj_1549 = {};
        wp::float32 adj_1550 = {};
        wp::float32 adj_1551 = {};
        wp::float32 adj_1552 = {};
        wp::float32 adj_1553 = {};
        wp::float32 adj_1554 = {};
        wp::int32 adj_1555 = {};
        bool adj_1556 = {};
        wp::float32 adj_1557 = {};
        wp::float32 adj_1558 = {};
        wp::float32 adj_1559 = {};
        wp::float32 adj_1560 = {};
        wp::float32 adj_1561 = {};
        wp::int32 adj_1562 = {};
        bool adj_1563 = {};
        wp::float32 adj_1564 = {};
        wp::float32 adj_1565 = {};
        wp::float32 adj_1566 = {};
        wp::float32 adj_1567 = {};
        wp::float32 adj_1568 = {};
        wp::int32 adj_1569 = {};
        bool adj_1570 = {};
        wp::float32 adj_1571 = {};
        wp::float32 adj_1572 = {};
        wp::float32 adj_1573 = {};
        wp::float32 adj_1574 = {};
        wp::float32 adj_1575 = {};
        wp::float32 adj_1576 = {};
        wp::float32 adj_1577 = {};
        wp::int32 adj_1578 = {};
        wp::float32 adj_1579 = {};
        wp::int32 adj_1580 = {};
        bool adj_1581 = {};
        wp::float32 adj_1582 = {};
        wp::float32 adj_1583 = {};
        wp::float32 adj_1584 = {};
        wp::float32 adj_1585 = {};
        wp::float32 adj_1586 = {};
        wp::int32 adj_1587 = {};
        bool adj_1588 = {};
        wp::float32 adj_1589 = {};
        wp::float32 adj_1590 = {};
        wp::float32 adj_1591 = {};
        wp::float32 adj_1592 = {};
        wp::float32 adj_1593 = {};
        wp::int32 adj_1594 = {};
        bool adj_1595 = {};
        wp::float32 adj_1596 = {};
        wp::float32 adj_1597 = {};
        wp::float32 adj_1598 = {};
        wp::float32 adj_1599 = {};
        wp::float32 adj_1600 = {};
        wp::int32 adj_1601 = {};
        bool adj_1602 = {};
        wp::float32 adj_1603 = {};
        wp::float32 adj_1604 = {};
        wp::float32 adj_1605 = {};
        wp::float32 adj_1606 = {};
        wp::float32 adj_1607 = {};
        wp::int32 adj_1608 = {};
        bool adj_1609 = {};
        wp::float32 adj_1610 = {};
        wp::float32 adj_1611 = {};
        wp::float32 adj_1612 = {};
        wp::float32 adj_1613 = {};
        wp::float32 adj_1614 = {};
        wp::int32 adj_1615 = {};
        bool adj_1616 = {};
        wp::float32 adj_1617 = {};
        wp::float32 adj_1618 = {};
        wp::float32 adj_1619 = {};
        wp::float32 adj_1620 = {};
        wp::float32 adj_1621 = {};
        wp::float32 adj_1622 = {};
        wp::float32 adj_1623 = {};
        wp::int32 adj_1624 = {};
        wp::float32 adj_1625 = {};
        wp::int32 adj_1626 = {};
        bool adj_1627 = {};
        wp::float32 adj_1628 = {};
        wp::float32 adj_1629 = {};
        wp::float32 adj_1630 = {};
        wp::float32 adj_1631 = {};
        wp::float32 adj_1632 = {};
        wp::int32 adj_1633 = {};
        bool adj_1634 = {};
        wp::float32 adj_1635 = {};
        wp::float32 adj_1636 = {};
        wp::float32 adj_1637 = {};
        wp::float32 adj_1638 = {};
        wp::float32 adj_1639 = {};
        wp::int32 adj_1640 = {};
        bool adj_1641 = {};
        wp::float32 adj_1642 = {};
        wp::float32 adj_1643 = {};
        wp::float32 adj_1644 = {};
        wp::float32 adj_1645 = {};
        wp::float32 adj_1646 = {};
        wp::int32 adj_1647 = {};
        bool adj_1648 = {};
        wp::float32 adj_1649 = {};
        wp::float32 adj_1650 = {};
        wp::float32 adj_1651 = {};
        wp::float32 adj_1652 = {};
        wp::float32 adj_1653 = {};
        wp::int32 adj_1654 = {};
        bool adj_1655 = {};
        wp::float32 adj_1656 = {};
        wp::float32 adj_1657 = {};
        wp::float32 adj_1658 = {};
        wp::float32 adj_1659 = {};
        wp::float32 adj_1660 = {};
        wp::int32 adj_1661 = {};
        bool adj_1662 = {};
        wp::float32 adj_1663 = {};
        wp::float32 adj_1664 = {};
        wp::float32 adj_1665 = {};
        wp::float32 adj_1666 = {};
        wp::float32 adj_1667 = {};
        wp::float32 adj_1668 = {};
        wp::float32 adj_1669 = {};
        wp::int32 adj_1670 = {};
        wp::float32 adj_1671 = {};
        wp::int32 adj_1672 = {};
        bool adj_1673 = {};
        wp::float32 adj_1674 = {};
        wp::float32 adj_1675 = {};
        wp::float32 adj_1676 = {};
        wp::float32 adj_1677 = {};
        wp::float32 adj_1678 = {};
        wp::int32 adj_1679 = {};
        bool adj_1680 = {};
        wp::float32 adj_1681 = {};
        wp::float32 adj_1682 = {};
        wp::float32 adj_1683 = {};
        wp::float32 adj_1684 = {};
        wp::float32 adj_1685 = {};
        wp::int32 adj_1686 = {};
        bool adj_1687 = {};
        wp::float32 adj_1688 = {};
        wp::float32 adj_1689 = {};
        wp::float32 adj_1690 = {};
        wp::float32 adj_1691 = {};
        wp::float32 adj_1692 = {};
        wp::int32 adj_1693 = {};
        bool adj_1694 = {};
        wp::float32 adj_1695 = {};
        wp::float32 adj_1696 = {};
        wp::float32 adj_1697 = {};
        wp::float32 adj_1698 = {};
        wp::float32 adj_1699 = {};
        wp::int32 adj_1700 = {};
        bool adj_1701 = {};
        wp::float32 adj_1702 = {};
        wp::float32 adj_1703 = {};
        wp::float32 adj_1704 = {};
        wp::float32 adj_1705 = {};
        wp::float32 adj_1706 = {};
        wp::int32 adj_1707 = {};
        bool adj_1708 = {};
        wp::float32 adj_1709 = {};
        wp::float32 adj_1710 = {};
        wp::float32 adj_1711 = {};
        wp::float32 adj_1712 = {};
        wp::float32 adj_1713 = {};
        wp::float32 adj_1714 = {};
        wp::float32 adj_1715 = {};
        wp::int32 adj_1716 = {};
        wp::float32 adj_1717 = {};
        wp::int32 adj_1718 = {};
        bool adj_1719 = {};
        wp::float32 adj_1720 = {};
        wp::float32 adj_1721 = {};
        wp::float32 adj_1722 = {};
        wp::float32 adj_1723 = {};
        wp::float32 adj_1724 = {};
        wp::int32 adj_1725 = {};
        bool adj_1726 = {};
        wp::float32 adj_1727 = {};
        wp::float32 adj_1728 = {};
        wp::float32 adj_1729 = {};
        wp::float32 adj_1730 = {};
        wp::float32 adj_1731 = {};
        wp::int32 adj_1732 = {};
        bool adj_1733 = {};
        wp::float32 adj_1734 = {};
        wp::float32 adj_1735 = {};
        wp::float32 adj_1736 = {};
        wp::float32 adj_1737 = {};
        wp::float32 adj_1738 = {};
        wp::int32 adj_1739 = {};
        bool adj_1740 = {};
        wp::float32 adj_1741 = {};
        wp::float32 adj_1742 = {};
        wp::float32 adj_1743 = {};
        wp::float32 adj_1744 = {};
        wp::float32 adj_1745 = {};
        wp::int32 adj_1746 = {};
        bool adj_1747 = {};
        wp::float32 adj_1748 = {};
        wp::float32 adj_1749 = {};
        wp::float32 adj_1750 = {};
        wp::float32 adj_1751 = {};
        wp::float32 adj_1752 = {};
        wp::int32 adj_1753 = {};
        bool adj_1754 = {};
        wp::float32 adj_1755 = {};
        wp::float32 adj_1756 = {};
        wp::float32 adj_1757 = {};
        wp::float32 adj_1758 = {};
        wp::float32 adj_1759 = {};
        wp::float32 adj_1760 = {};
        wp::float32 adj_1761 = {};
        wp::int32 adj_1762 = {};
        wp::float32 adj_1763 = {};
        wp::int32 adj_1764 = {};
        bool adj_1765 = {};
        wp::float32 adj_1766 = {};
        wp::float32 adj_1767 = {};
        wp::float32 adj_1768 = {};
        wp::float32 adj_1769 = {};
        wp::float32 adj_1770 = {};
        wp::int32 adj_1771 = {};
        bool adj_1772 = {};
        wp::float32 adj_1773 = {};
        wp::float32 adj_1774 = {};
        wp::float32 adj_1775 = {};
        wp::float32 adj_1776 = {};
        wp::float32 adj_1777 = {};
        wp::int32 adj_1778 = {};
        bool adj_1779 = {};
        wp::float32 adj_1780 = {};
        wp::float32 adj_1781 = {};
        wp::float32 adj_1782 = {};
        wp::float32 adj_1783 = {};
        wp::float32 adj_1784 = {};
        wp::int32 adj_1785 = {};
        bool adj_1786 = {};
        wp::float32 adj_1787 = {};
        wp::float32 adj_1788 = {};
        wp::float32 adj_1789 = {};
        wp::float32 adj_1790 = {};
        wp::float32 adj_1791 = {};
        wp::int32 adj_1792 = {};
        bool adj_1793 = {};
        wp::float32 adj_1794 = {};
        wp::float32 adj_1795 = {};
        wp::float32 adj_1796 = {};
        wp::float32 adj_1797 = {};
        wp::float32 adj_1798 = {};
        wp::int32 adj_1799 = {};
        bool adj_1800 = {};
        wp::float32 adj_1801 = {};
        wp::float32 adj_1802 = {};
        wp::float32 adj_1803 = {};
        wp::float32 adj_1804 = {};
        wp::float32 adj_1805 = {};
        wp::float32 adj_1806 = {};
        wp::float32 adj_1807 = {};
        wp::vec_t<7, wp::float32> adj_1808 = {};
        wp::int32 adj_1809 = {};
        wp::float32 adj_1810 = {};
        wp::float32 adj_1811 = {};
        wp::int32 adj_1812 = {};
        wp::float32 adj_1813 = {};
        wp::float32 adj_1814 = {};
        wp::float32 adj_1815 = {};
        wp::float32 adj_1816 = {};
        wp::int32 adj_1817 = {};
        wp::float32 adj_1818 = {};
        wp::float32 adj_1819 = {};
        wp::float32 adj_1820 = {};
        wp::float32 adj_1821 = {};
        wp::int32 adj_1822 = {};
        wp::float32 adj_1823 = {};
        wp::float32 adj_1824 = {};
        wp::float32 adj_1825 = {};
        wp::float32 adj_1826 = {};
        wp::int32 adj_1827 = {};
        wp::float32 adj_1828 = {};
        wp::float32 adj_1829 = {};
        wp::float32 adj_1830 = {};
        wp::float32 adj_1831 = {};
        wp::int32 adj_1832 = {};
        wp::float32 adj_1833 = {};
        wp::float32 adj_1834 = {};
        wp::float32 adj_1835 = {};
        wp::float32 adj_1836 = {};
        wp::int32 adj_1837 = {};
        wp::float32 adj_1838 = {};
        wp::float32 adj_1839 = {};
        wp::float32 adj_1840 = {};
        wp::float32 adj_1841 = {};
        wp::int32 adj_1842 = {};
        wp::float32 adj_1843 = {};
        wp::float32 adj_1844 = {};
        wp::int32 adj_1845 = {};
        wp::float32 adj_1846 = {};
        wp::float32 adj_1847 = {};
        wp::float32 adj_1848 = {};
        wp::float32 adj_1849 = {};
        wp::int32 adj_1850 = {};
        wp::float32 adj_1851 = {};
        wp::float32 adj_1852 = {};
        wp::float32 adj_1853 = {};
        wp::float32 adj_1854 = {};
        wp::int32 adj_1855 = {};
        wp::float32 adj_1856 = {};
        wp::float32 adj_1857 = {};
        wp::float32 adj_1858 = {};
        wp::float32 adj_1859 = {};
        wp::int32 adj_1860 = {};
        wp::float32 adj_1861 = {};
        wp::float32 adj_1862 = {};
        wp::float32 adj_1863 = {};
        wp::float32 adj_1864 = {};
        wp::int32 adj_1865 = {};
        wp::float32 adj_1866 = {};
        wp::float32 adj_1867 = {};
        wp::float32 adj_1868 = {};
        wp::float32 adj_1869 = {};
        wp::int32 adj_1870 = {};
        wp::float32 adj_1871 = {};
        wp::float32 adj_1872 = {};
        wp::float32 adj_1873 = {};
        wp::float32 adj_1874 = {};
        wp::int32 adj_1875 = {};
        wp::float32 adj_1876 = {};
        wp::float32 adj_1877 = {};
        wp::int32 adj_1878 = {};
        wp::float32 adj_1879 = {};
        wp::float32 adj_1880 = {};
        wp::float32 adj_1881 = {};
        wp::float32 adj_1882 = {};
        wp::int32 adj_1883 = {};
        wp::float32 adj_1884 = {};
        wp::float32 adj_1885 = {};
        wp::float32 adj_1886 = {};
        wp::float32 adj_1887 = {};
        wp::int32 adj_1888 = {};
        wp::float32 adj_1889 = {};
        wp::float32 adj_1890 = {};
        wp::float32 adj_1891 = {};
        wp::float32 adj_1892 = {};
        wp::int32 adj_1893 = {};
        wp::float32 adj_1894 = {};
        wp::float32 adj_1895 = {};
        wp::float32 adj_1896 = {};
        wp::float32 adj_1897 = {};
        wp::int32 adj_1898 = {};
        wp::float32 adj_1899 = {};
        wp::float32 adj_1900 = {};
        wp::float32 adj_1901 = {};
        wp::float32 adj_1902 = {};
        wp::int32 adj_1903 = {};
        wp::float32 adj_1904 = {};
        wp::float32 adj_1905 = {};
        wp::float32 adj_1906 = {};
        wp::float32 adj_1907 = {};
        wp::int32 adj_1908 = {};
        wp::float32 adj_1909 = {};
        wp::float32 adj_1910 = {};
        wp::int32 adj_1911 = {};
        wp::float32 adj_1912 = {};
        wp::float32 adj_1913 = {};
        wp::float32 adj_1914 = {};
        wp::float32 adj_1915 = {};
        wp::int32 adj_1916 = {};
        wp::float32 adj_1917 = {};
        wp::float32 adj_1918 = {};
        wp::float32 adj_1919 = {};
        wp::float32 adj_1920 = {};
        wp::int32 adj_1921 = {};
        wp::float32 adj_1922 = {};
        wp::float32 adj_1923 = {};
        wp::float32 adj_1924 = {};
        wp::float32 adj_1925 = {};
        wp::int32 adj_1926 = {};
        wp::float32 adj_1927 = {};
        wp::float32 adj_1928 = {};
        wp::float32 adj_1929 = {};
        wp::float32 adj_1930 = {};
        wp::int32 adj_1931 = {};
        wp::float32 adj_1932 = {};
        wp::float32 adj_1933 = {};
        wp::float32 adj_1934 = {};
        wp::float32 adj_1935 = {};
        wp::int32 adj_1936 = {};
        wp::float32 adj_1937 = {};
        wp::float32 adj_1938 = {};
        wp::float32 adj_1939 = {};
        wp::float32 adj_1940 = {};
        wp::int32 adj_1941 = {};
        wp::float32 adj_1942 = {};
        wp::float32 adj_1943 = {};
        wp::int32 adj_1944 = {};
        wp::float32 adj_1945 = {};
        wp::float32 adj_1946 = {};
        wp::float32 adj_1947 = {};
        wp::float32 adj_1948 = {};
        wp::int32 adj_1949 = {};
        wp::float32 adj_1950 = {};
        wp::float32 adj_1951 = {};
        wp::float32 adj_1952 = {};
        wp::float32 adj_1953 = {};
        wp::int32 adj_1954 = {};
        wp::float32 adj_1955 = {};
        wp::float32 adj_1956 = {};
        wp::float32 adj_1957 = {};
        wp::float32 adj_1958 = {};
        wp::int32 adj_1959 = {};
        wp::float32 adj_1960 = {};
        wp::float32 adj_1961 = {};
        wp::float32 adj_1962 = {};
        wp::float32 adj_1963 = {};
        wp::int32 adj_1964 = {};
        wp::float32 adj_1965 = {};
        wp::float32 adj_1966 = {};
        wp::float32 adj_1967 = {};
        wp::float32 adj_1968 = {};
        wp::int32 adj_1969 = {};
        wp::float32 adj_1970 = {};
        wp::float32 adj_1971 = {};
        wp::float32 adj_1972 = {};
        wp::float32 adj_1973 = {};
        wp::int32 adj_1974 = {};
        wp::float32 adj_1975 = {};
        wp::float32 adj_1976 = {};
        wp::int32 adj_1977 = {};
        wp::float32 adj_1978 = {};
        wp::float32 adj_1979 = {};
        wp::float32 adj_1980 = {};
        wp::float32 adj_1981 = {};
        wp::int32 adj_1982 = {};
        wp::float32 adj_1983 = {};
        wp::float32 adj_1984 = {};
        wp::float32 adj_1985 = {};
        wp::float32 adj_1986 = {};
        wp::int32 adj_1987 = {};
        wp::float32 adj_1988 = {};
        wp::float32 adj_1989 = {};
        wp::float32 adj_1990 = {};
        wp::float32 adj_1991 = {};
        wp::int32 adj_1992 = {};
        wp::float32 adj_1993 = {};
        wp::float32 adj_1994 = {};
        wp::float32 adj_1995 = {};
        wp::float32 adj_1996 = {};
        wp::int32 adj_1997 = {};
        wp::float32 adj_1998 = {};
        wp::float32 adj_1999 = {};
        wp::float32 adj_2000 = {};
        wp::float32 adj_2001 = {};
        wp::int32 adj_2002 = {};
        wp::float32 adj_2003 = {};
        wp::float32 adj_2004 = {};
        wp::float32 adj_2005 = {};
        wp::float32 adj_2006 = {};
        wp::int32 adj_2007 = {};
        wp::float32 adj_2008 = {};
        wp::float32 adj_2009 = {};
        wp::int32 adj_2010 = {};
        wp::float32 adj_2011 = {};
        wp::float32 adj_2012 = {};
        wp::float32 adj_2013 = {};
        wp::float32 adj_2014 = {};
        wp::int32 adj_2015 = {};
        wp::float32 adj_2016 = {};
        wp::float32 adj_2017 = {};
        wp::float32 adj_2018 = {};
        wp::float32 adj_2019 = {};
        wp::int32 adj_2020 = {};
        wp::float32 adj_2021 = {};
        wp::float32 adj_2022 = {};
        wp::float32 adj_2023 = {};
        wp::float32 adj_2024 = {};
        wp::int32 adj_2025 = {};
        wp::float32 adj_2026 = {};
        wp::float32 adj_2027 = {};
        wp::float32 adj_2028 = {};
        wp::float32 adj_2029 = {};
        wp::int32 adj_2030 = {};
        wp::float32 adj_2031 = {};
        wp::float32 adj_2032 = {};
        wp::float32 adj_2033 = {};
        wp::float32 adj_2034 = {};
        wp::int32 adj_2035 = {};
        wp::float32 adj_2036 = {};
        wp::float32 adj_2037 = {};
        wp::float32 adj_2038 = {};
        wp::float32 adj_2039 = {};
        //---------
        // forward
        // def damped_least_squares(J: wp.array(dtype=mat67), err: wp.array(dtype=wp.spatial_vector), damping: float, dq: wp.array(dtype=vec7)):       <L 44>
        // r = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // M = J[r]                                                                               <L 46>
        var_1 = wp::address(var_J, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // e = err[r]                                                                             <L 47>
        var_4 = wp::address(var_err, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // JJt = wp.spatial_matrix()                                                              <L 48>
        var_7 = wp::mat_t<6, 6, wp::float32>();
        // for a in range(6):                                                                     <L 49>
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_11 = wp::float(var_10);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_13 = wp::extract(var_2, var_8, var_12);
        var_14 = wp::extract(var_2, var_9, var_12);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_11, var_15);
        var_18 = wp::extract(var_2, var_8, var_17);
        var_19 = wp::extract(var_2, var_9, var_17);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::add(var_16, var_20);
        var_23 = wp::extract(var_2, var_8, var_22);
        var_24 = wp::extract(var_2, var_9, var_22);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::add(var_21, var_25);
        var_28 = wp::extract(var_2, var_8, var_27);
        var_29 = wp::extract(var_2, var_9, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_26, var_30);
        var_33 = wp::extract(var_2, var_8, var_32);
        var_34 = wp::extract(var_2, var_9, var_32);
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_31, var_35);
        var_38 = wp::extract(var_2, var_8, var_37);
        var_39 = wp::extract(var_2, var_9, var_37);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::add(var_36, var_40);
        var_43 = wp::extract(var_2, var_8, var_42);
        var_44 = wp::extract(var_2, var_9, var_42);
        var_45 = wp::mul(var_43, var_44);
        var_46 = wp::add(var_41, var_45);
        // if a == b:                                                                             <L 54>
        var_47 = (var_8 == var_9);
        if (var_47) {
            // s += damping * damping                                                             <L 55>
            var_48 = wp::mul(var_damping, var_damping);
            var_49 = wp::add(var_46, var_48);
        }
        var_50 = wp::where(var_47, var_49, var_46);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_9, var_50);
        // s = float(0.0)                                                                         <L 51>
        var_53 = wp::float(var_52);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_55 = wp::extract(var_2, var_8, var_54);
        var_56 = wp::extract(var_2, var_51, var_54);
        var_57 = wp::mul(var_55, var_56);
        var_58 = wp::add(var_53, var_57);
        var_60 = wp::extract(var_2, var_8, var_59);
        var_61 = wp::extract(var_2, var_51, var_59);
        var_62 = wp::mul(var_60, var_61);
        var_63 = wp::add(var_58, var_62);
        var_65 = wp::extract(var_2, var_8, var_64);
        var_66 = wp::extract(var_2, var_51, var_64);
        var_67 = wp::mul(var_65, var_66);
        var_68 = wp::add(var_63, var_67);
        var_70 = wp::extract(var_2, var_8, var_69);
        var_71 = wp::extract(var_2, var_51, var_69);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::add(var_68, var_72);
        var_75 = wp::extract(var_2, var_8, var_74);
        var_76 = wp::extract(var_2, var_51, var_74);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::add(var_73, var_77);
        var_80 = wp::extract(var_2, var_8, var_79);
        var_81 = wp::extract(var_2, var_51, var_79);
        var_82 = wp::mul(var_80, var_81);
        var_83 = wp::add(var_78, var_82);
        var_85 = wp::extract(var_2, var_8, var_84);
        var_86 = wp::extract(var_2, var_51, var_84);
        var_87 = wp::mul(var_85, var_86);
        var_88 = wp::add(var_83, var_87);
        // if a == b:                                                                             <L 54>
        var_89 = (var_8 == var_51);
        if (var_89) {
            // s += damping * damping                                                             <L 55>
            var_90 = wp::mul(var_damping, var_damping);
            var_91 = wp::add(var_88, var_90);
        }
        var_92 = wp::where(var_89, var_91, var_88);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_51, var_92);
        // s = float(0.0)                                                                         <L 51>
        var_95 = wp::float(var_94);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_97 = wp::extract(var_2, var_8, var_96);
        var_98 = wp::extract(var_2, var_93, var_96);
        var_99 = wp::mul(var_97, var_98);
        var_100 = wp::add(var_95, var_99);
        var_102 = wp::extract(var_2, var_8, var_101);
        var_103 = wp::extract(var_2, var_93, var_101);
        var_104 = wp::mul(var_102, var_103);
        var_105 = wp::add(var_100, var_104);
        var_107 = wp::extract(var_2, var_8, var_106);
        var_108 = wp::extract(var_2, var_93, var_106);
        var_109 = wp::mul(var_107, var_108);
        var_110 = wp::add(var_105, var_109);
        var_112 = wp::extract(var_2, var_8, var_111);
        var_113 = wp::extract(var_2, var_93, var_111);
        var_114 = wp::mul(var_112, var_113);
        var_115 = wp::add(var_110, var_114);
        var_117 = wp::extract(var_2, var_8, var_116);
        var_118 = wp::extract(var_2, var_93, var_116);
        var_119 = wp::mul(var_117, var_118);
        var_120 = wp::add(var_115, var_119);
        var_122 = wp::extract(var_2, var_8, var_121);
        var_123 = wp::extract(var_2, var_93, var_121);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::add(var_120, var_124);
        var_127 = wp::extract(var_2, var_8, var_126);
        var_128 = wp::extract(var_2, var_93, var_126);
        var_129 = wp::mul(var_127, var_128);
        var_130 = wp::add(var_125, var_129);
        // if a == b:                                                                             <L 54>
        var_131 = (var_8 == var_93);
        if (var_131) {
            // s += damping * damping                                                             <L 55>
            var_132 = wp::mul(var_damping, var_damping);
            var_133 = wp::add(var_130, var_132);
        }
        var_134 = wp::where(var_131, var_133, var_130);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_93, var_134);
        // s = float(0.0)                                                                         <L 51>
        var_137 = wp::float(var_136);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_139 = wp::extract(var_2, var_8, var_138);
        var_140 = wp::extract(var_2, var_135, var_138);
        var_141 = wp::mul(var_139, var_140);
        var_142 = wp::add(var_137, var_141);
        var_144 = wp::extract(var_2, var_8, var_143);
        var_145 = wp::extract(var_2, var_135, var_143);
        var_146 = wp::mul(var_144, var_145);
        var_147 = wp::add(var_142, var_146);
        var_149 = wp::extract(var_2, var_8, var_148);
        var_150 = wp::extract(var_2, var_135, var_148);
        var_151 = wp::mul(var_149, var_150);
        var_152 = wp::add(var_147, var_151);
        var_154 = wp::extract(var_2, var_8, var_153);
        var_155 = wp::extract(var_2, var_135, var_153);
        var_156 = wp::mul(var_154, var_155);
        var_157 = wp::add(var_152, var_156);
        var_159 = wp::extract(var_2, var_8, var_158);
        var_160 = wp::extract(var_2, var_135, var_158);
        var_161 = wp::mul(var_159, var_160);
        var_162 = wp::add(var_157, var_161);
        var_164 = wp::extract(var_2, var_8, var_163);
        var_165 = wp::extract(var_2, var_135, var_163);
        var_166 = wp::mul(var_164, var_165);
        var_167 = wp::add(var_162, var_166);
        var_169 = wp::extract(var_2, var_8, var_168);
        var_170 = wp::extract(var_2, var_135, var_168);
        var_171 = wp::mul(var_169, var_170);
        var_172 = wp::add(var_167, var_171);
        // if a == b:                                                                             <L 54>
        var_173 = (var_8 == var_135);
        if (var_173) {
            // s += damping * damping                                                             <L 55>
            var_174 = wp::mul(var_damping, var_damping);
            var_175 = wp::add(var_172, var_174);
        }
        var_176 = wp::where(var_173, var_175, var_172);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_135, var_176);
        // s = float(0.0)                                                                         <L 51>
        var_179 = wp::float(var_178);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_181 = wp::extract(var_2, var_8, var_180);
        var_182 = wp::extract(var_2, var_177, var_180);
        var_183 = wp::mul(var_181, var_182);
        var_184 = wp::add(var_179, var_183);
        var_186 = wp::extract(var_2, var_8, var_185);
        var_187 = wp::extract(var_2, var_177, var_185);
        var_188 = wp::mul(var_186, var_187);
        var_189 = wp::add(var_184, var_188);
        var_191 = wp::extract(var_2, var_8, var_190);
        var_192 = wp::extract(var_2, var_177, var_190);
        var_193 = wp::mul(var_191, var_192);
        var_194 = wp::add(var_189, var_193);
        var_196 = wp::extract(var_2, var_8, var_195);
        var_197 = wp::extract(var_2, var_177, var_195);
        var_198 = wp::mul(var_196, var_197);
        var_199 = wp::add(var_194, var_198);
        var_201 = wp::extract(var_2, var_8, var_200);
        var_202 = wp::extract(var_2, var_177, var_200);
        var_203 = wp::mul(var_201, var_202);
        var_204 = wp::add(var_199, var_203);
        var_206 = wp::extract(var_2, var_8, var_205);
        var_207 = wp::extract(var_2, var_177, var_205);
        var_208 = wp::mul(var_206, var_207);
        var_209 = wp::add(var_204, var_208);
        var_211 = wp::extract(var_2, var_8, var_210);
        var_212 = wp::extract(var_2, var_177, var_210);
        var_213 = wp::mul(var_211, var_212);
        var_214 = wp::add(var_209, var_213);
        // if a == b:                                                                             <L 54>
        var_215 = (var_8 == var_177);
        if (var_215) {
            // s += damping * damping                                                             <L 55>
            var_216 = wp::mul(var_damping, var_damping);
            var_217 = wp::add(var_214, var_216);
        }
        var_218 = wp::where(var_215, var_217, var_214);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_177, var_218);
        // s = float(0.0)                                                                         <L 51>
        var_221 = wp::float(var_220);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_223 = wp::extract(var_2, var_8, var_222);
        var_224 = wp::extract(var_2, var_219, var_222);
        var_225 = wp::mul(var_223, var_224);
        var_226 = wp::add(var_221, var_225);
        var_228 = wp::extract(var_2, var_8, var_227);
        var_229 = wp::extract(var_2, var_219, var_227);
        var_230 = wp::mul(var_228, var_229);
        var_231 = wp::add(var_226, var_230);
        var_233 = wp::extract(var_2, var_8, var_232);
        var_234 = wp::extract(var_2, var_219, var_232);
        var_235 = wp::mul(var_233, var_234);
        var_236 = wp::add(var_231, var_235);
        var_238 = wp::extract(var_2, var_8, var_237);
        var_239 = wp::extract(var_2, var_219, var_237);
        var_240 = wp::mul(var_238, var_239);
        var_241 = wp::add(var_236, var_240);
        var_243 = wp::extract(var_2, var_8, var_242);
        var_244 = wp::extract(var_2, var_219, var_242);
        var_245 = wp::mul(var_243, var_244);
        var_246 = wp::add(var_241, var_245);
        var_248 = wp::extract(var_2, var_8, var_247);
        var_249 = wp::extract(var_2, var_219, var_247);
        var_250 = wp::mul(var_248, var_249);
        var_251 = wp::add(var_246, var_250);
        var_253 = wp::extract(var_2, var_8, var_252);
        var_254 = wp::extract(var_2, var_219, var_252);
        var_255 = wp::mul(var_253, var_254);
        var_256 = wp::add(var_251, var_255);
        // if a == b:                                                                             <L 54>
        var_257 = (var_8 == var_219);
        if (var_257) {
            // s += damping * damping                                                             <L 55>
            var_258 = wp::mul(var_damping, var_damping);
            var_259 = wp::add(var_256, var_258);
        }
        var_260 = wp::where(var_257, var_259, var_256);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_8, var_219, var_260);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_264 = wp::float(var_263);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_266 = wp::extract(var_2, var_261, var_265);
        var_267 = wp::extract(var_2, var_262, var_265);
        var_268 = wp::mul(var_266, var_267);
        var_269 = wp::add(var_264, var_268);
        var_271 = wp::extract(var_2, var_261, var_270);
        var_272 = wp::extract(var_2, var_262, var_270);
        var_273 = wp::mul(var_271, var_272);
        var_274 = wp::add(var_269, var_273);
        var_276 = wp::extract(var_2, var_261, var_275);
        var_277 = wp::extract(var_2, var_262, var_275);
        var_278 = wp::mul(var_276, var_277);
        var_279 = wp::add(var_274, var_278);
        var_281 = wp::extract(var_2, var_261, var_280);
        var_282 = wp::extract(var_2, var_262, var_280);
        var_283 = wp::mul(var_281, var_282);
        var_284 = wp::add(var_279, var_283);
        var_286 = wp::extract(var_2, var_261, var_285);
        var_287 = wp::extract(var_2, var_262, var_285);
        var_288 = wp::mul(var_286, var_287);
        var_289 = wp::add(var_284, var_288);
        var_291 = wp::extract(var_2, var_261, var_290);
        var_292 = wp::extract(var_2, var_262, var_290);
        var_293 = wp::mul(var_291, var_292);
        var_294 = wp::add(var_289, var_293);
        var_296 = wp::extract(var_2, var_261, var_295);
        var_297 = wp::extract(var_2, var_262, var_295);
        var_298 = wp::mul(var_296, var_297);
        var_299 = wp::add(var_294, var_298);
        // if a == b:                                                                             <L 54>
        var_300 = (var_261 == var_262);
        if (var_300) {
            // s += damping * damping                                                             <L 55>
            var_301 = wp::mul(var_damping, var_damping);
            var_302 = wp::add(var_299, var_301);
        }
        var_303 = wp::where(var_300, var_302, var_299);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_262, var_303);
        // s = float(0.0)                                                                         <L 51>
        var_306 = wp::float(var_305);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_308 = wp::extract(var_2, var_261, var_307);
        var_309 = wp::extract(var_2, var_304, var_307);
        var_310 = wp::mul(var_308, var_309);
        var_311 = wp::add(var_306, var_310);
        var_313 = wp::extract(var_2, var_261, var_312);
        var_314 = wp::extract(var_2, var_304, var_312);
        var_315 = wp::mul(var_313, var_314);
        var_316 = wp::add(var_311, var_315);
        var_318 = wp::extract(var_2, var_261, var_317);
        var_319 = wp::extract(var_2, var_304, var_317);
        var_320 = wp::mul(var_318, var_319);
        var_321 = wp::add(var_316, var_320);
        var_323 = wp::extract(var_2, var_261, var_322);
        var_324 = wp::extract(var_2, var_304, var_322);
        var_325 = wp::mul(var_323, var_324);
        var_326 = wp::add(var_321, var_325);
        var_328 = wp::extract(var_2, var_261, var_327);
        var_329 = wp::extract(var_2, var_304, var_327);
        var_330 = wp::mul(var_328, var_329);
        var_331 = wp::add(var_326, var_330);
        var_333 = wp::extract(var_2, var_261, var_332);
        var_334 = wp::extract(var_2, var_304, var_332);
        var_335 = wp::mul(var_333, var_334);
        var_336 = wp::add(var_331, var_335);
        var_338 = wp::extract(var_2, var_261, var_337);
        var_339 = wp::extract(var_2, var_304, var_337);
        var_340 = wp::mul(var_338, var_339);
        var_341 = wp::add(var_336, var_340);
        // if a == b:                                                                             <L 54>
        var_342 = (var_261 == var_304);
        if (var_342) {
            // s += damping * damping                                                             <L 55>
            var_343 = wp::mul(var_damping, var_damping);
            var_344 = wp::add(var_341, var_343);
        }
        var_345 = wp::where(var_342, var_344, var_341);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_304, var_345);
        // s = float(0.0)                                                                         <L 51>
        var_348 = wp::float(var_347);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_350 = wp::extract(var_2, var_261, var_349);
        var_351 = wp::extract(var_2, var_346, var_349);
        var_352 = wp::mul(var_350, var_351);
        var_353 = wp::add(var_348, var_352);
        var_355 = wp::extract(var_2, var_261, var_354);
        var_356 = wp::extract(var_2, var_346, var_354);
        var_357 = wp::mul(var_355, var_356);
        var_358 = wp::add(var_353, var_357);
        var_360 = wp::extract(var_2, var_261, var_359);
        var_361 = wp::extract(var_2, var_346, var_359);
        var_362 = wp::mul(var_360, var_361);
        var_363 = wp::add(var_358, var_362);
        var_365 = wp::extract(var_2, var_261, var_364);
        var_366 = wp::extract(var_2, var_346, var_364);
        var_367 = wp::mul(var_365, var_366);
        var_368 = wp::add(var_363, var_367);
        var_370 = wp::extract(var_2, var_261, var_369);
        var_371 = wp::extract(var_2, var_346, var_369);
        var_372 = wp::mul(var_370, var_371);
        var_373 = wp::add(var_368, var_372);
        var_375 = wp::extract(var_2, var_261, var_374);
        var_376 = wp::extract(var_2, var_346, var_374);
        var_377 = wp::mul(var_375, var_376);
        var_378 = wp::add(var_373, var_377);
        var_380 = wp::extract(var_2, var_261, var_379);
        var_381 = wp::extract(var_2, var_346, var_379);
        var_382 = wp::mul(var_380, var_381);
        var_383 = wp::add(var_378, var_382);
        // if a == b:                                                                             <L 54>
        var_384 = (var_261 == var_346);
        if (var_384) {
            // s += damping * damping                                                             <L 55>
            var_385 = wp::mul(var_damping, var_damping);
            var_386 = wp::add(var_383, var_385);
        }
        var_387 = wp::where(var_384, var_386, var_383);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_346, var_387);
        // s = float(0.0)                                                                         <L 51>
        var_390 = wp::float(var_389);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_392 = wp::extract(var_2, var_261, var_391);
        var_393 = wp::extract(var_2, var_388, var_391);
        var_394 = wp::mul(var_392, var_393);
        var_395 = wp::add(var_390, var_394);
        var_397 = wp::extract(var_2, var_261, var_396);
        var_398 = wp::extract(var_2, var_388, var_396);
        var_399 = wp::mul(var_397, var_398);
        var_400 = wp::add(var_395, var_399);
        var_402 = wp::extract(var_2, var_261, var_401);
        var_403 = wp::extract(var_2, var_388, var_401);
        var_404 = wp::mul(var_402, var_403);
        var_405 = wp::add(var_400, var_404);
        var_407 = wp::extract(var_2, var_261, var_406);
        var_408 = wp::extract(var_2, var_388, var_406);
        var_409 = wp::mul(var_407, var_408);
        var_410 = wp::add(var_405, var_409);
        var_412 = wp::extract(var_2, var_261, var_411);
        var_413 = wp::extract(var_2, var_388, var_411);
        var_414 = wp::mul(var_412, var_413);
        var_415 = wp::add(var_410, var_414);
        var_417 = wp::extract(var_2, var_261, var_416);
        var_418 = wp::extract(var_2, var_388, var_416);
        var_419 = wp::mul(var_417, var_418);
        var_420 = wp::add(var_415, var_419);
        var_422 = wp::extract(var_2, var_261, var_421);
        var_423 = wp::extract(var_2, var_388, var_421);
        var_424 = wp::mul(var_422, var_423);
        var_425 = wp::add(var_420, var_424);
        // if a == b:                                                                             <L 54>
        var_426 = (var_261 == var_388);
        if (var_426) {
            // s += damping * damping                                                             <L 55>
            var_427 = wp::mul(var_damping, var_damping);
            var_428 = wp::add(var_425, var_427);
        }
        var_429 = wp::where(var_426, var_428, var_425);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_388, var_429);
        // s = float(0.0)                                                                         <L 51>
        var_432 = wp::float(var_431);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_434 = wp::extract(var_2, var_261, var_433);
        var_435 = wp::extract(var_2, var_430, var_433);
        var_436 = wp::mul(var_434, var_435);
        var_437 = wp::add(var_432, var_436);
        var_439 = wp::extract(var_2, var_261, var_438);
        var_440 = wp::extract(var_2, var_430, var_438);
        var_441 = wp::mul(var_439, var_440);
        var_442 = wp::add(var_437, var_441);
        var_444 = wp::extract(var_2, var_261, var_443);
        var_445 = wp::extract(var_2, var_430, var_443);
        var_446 = wp::mul(var_444, var_445);
        var_447 = wp::add(var_442, var_446);
        var_449 = wp::extract(var_2, var_261, var_448);
        var_450 = wp::extract(var_2, var_430, var_448);
        var_451 = wp::mul(var_449, var_450);
        var_452 = wp::add(var_447, var_451);
        var_454 = wp::extract(var_2, var_261, var_453);
        var_455 = wp::extract(var_2, var_430, var_453);
        var_456 = wp::mul(var_454, var_455);
        var_457 = wp::add(var_452, var_456);
        var_459 = wp::extract(var_2, var_261, var_458);
        var_460 = wp::extract(var_2, var_430, var_458);
        var_461 = wp::mul(var_459, var_460);
        var_462 = wp::add(var_457, var_461);
        var_464 = wp::extract(var_2, var_261, var_463);
        var_465 = wp::extract(var_2, var_430, var_463);
        var_466 = wp::mul(var_464, var_465);
        var_467 = wp::add(var_462, var_466);
        // if a == b:                                                                             <L 54>
        var_468 = (var_261 == var_430);
        if (var_468) {
            // s += damping * damping                                                             <L 55>
            var_469 = wp::mul(var_damping, var_damping);
            var_470 = wp::add(var_467, var_469);
        }
        var_471 = wp::where(var_468, var_470, var_467);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_430, var_471);
        // s = float(0.0)                                                                         <L 51>
        var_474 = wp::float(var_473);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_476 = wp::extract(var_2, var_261, var_475);
        var_477 = wp::extract(var_2, var_472, var_475);
        var_478 = wp::mul(var_476, var_477);
        var_479 = wp::add(var_474, var_478);
        var_481 = wp::extract(var_2, var_261, var_480);
        var_482 = wp::extract(var_2, var_472, var_480);
        var_483 = wp::mul(var_481, var_482);
        var_484 = wp::add(var_479, var_483);
        var_486 = wp::extract(var_2, var_261, var_485);
        var_487 = wp::extract(var_2, var_472, var_485);
        var_488 = wp::mul(var_486, var_487);
        var_489 = wp::add(var_484, var_488);
        var_491 = wp::extract(var_2, var_261, var_490);
        var_492 = wp::extract(var_2, var_472, var_490);
        var_493 = wp::mul(var_491, var_492);
        var_494 = wp::add(var_489, var_493);
        var_496 = wp::extract(var_2, var_261, var_495);
        var_497 = wp::extract(var_2, var_472, var_495);
        var_498 = wp::mul(var_496, var_497);
        var_499 = wp::add(var_494, var_498);
        var_501 = wp::extract(var_2, var_261, var_500);
        var_502 = wp::extract(var_2, var_472, var_500);
        var_503 = wp::mul(var_501, var_502);
        var_504 = wp::add(var_499, var_503);
        var_506 = wp::extract(var_2, var_261, var_505);
        var_507 = wp::extract(var_2, var_472, var_505);
        var_508 = wp::mul(var_506, var_507);
        var_509 = wp::add(var_504, var_508);
        // if a == b:                                                                             <L 54>
        var_510 = (var_261 == var_472);
        if (var_510) {
            // s += damping * damping                                                             <L 55>
            var_511 = wp::mul(var_damping, var_damping);
            var_512 = wp::add(var_509, var_511);
        }
        var_513 = wp::where(var_510, var_512, var_509);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_261, var_472, var_513);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_517 = wp::float(var_516);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_519 = wp::extract(var_2, var_514, var_518);
        var_520 = wp::extract(var_2, var_515, var_518);
        var_521 = wp::mul(var_519, var_520);
        var_522 = wp::add(var_517, var_521);
        var_524 = wp::extract(var_2, var_514, var_523);
        var_525 = wp::extract(var_2, var_515, var_523);
        var_526 = wp::mul(var_524, var_525);
        var_527 = wp::add(var_522, var_526);
        var_529 = wp::extract(var_2, var_514, var_528);
        var_530 = wp::extract(var_2, var_515, var_528);
        var_531 = wp::mul(var_529, var_530);
        var_532 = wp::add(var_527, var_531);
        var_534 = wp::extract(var_2, var_514, var_533);
        var_535 = wp::extract(var_2, var_515, var_533);
        var_536 = wp::mul(var_534, var_535);
        var_537 = wp::add(var_532, var_536);
        var_539 = wp::extract(var_2, var_514, var_538);
        var_540 = wp::extract(var_2, var_515, var_538);
        var_541 = wp::mul(var_539, var_540);
        var_542 = wp::add(var_537, var_541);
        var_544 = wp::extract(var_2, var_514, var_543);
        var_545 = wp::extract(var_2, var_515, var_543);
        var_546 = wp::mul(var_544, var_545);
        var_547 = wp::add(var_542, var_546);
        var_549 = wp::extract(var_2, var_514, var_548);
        var_550 = wp::extract(var_2, var_515, var_548);
        var_551 = wp::mul(var_549, var_550);
        var_552 = wp::add(var_547, var_551);
        // if a == b:                                                                             <L 54>
        var_553 = (var_514 == var_515);
        if (var_553) {
            // s += damping * damping                                                             <L 55>
            var_554 = wp::mul(var_damping, var_damping);
            var_555 = wp::add(var_552, var_554);
        }
        var_556 = wp::where(var_553, var_555, var_552);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_515, var_556);
        // s = float(0.0)                                                                         <L 51>
        var_559 = wp::float(var_558);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_561 = wp::extract(var_2, var_514, var_560);
        var_562 = wp::extract(var_2, var_557, var_560);
        var_563 = wp::mul(var_561, var_562);
        var_564 = wp::add(var_559, var_563);
        var_566 = wp::extract(var_2, var_514, var_565);
        var_567 = wp::extract(var_2, var_557, var_565);
        var_568 = wp::mul(var_566, var_567);
        var_569 = wp::add(var_564, var_568);
        var_571 = wp::extract(var_2, var_514, var_570);
        var_572 = wp::extract(var_2, var_557, var_570);
        var_573 = wp::mul(var_571, var_572);
        var_574 = wp::add(var_569, var_573);
        var_576 = wp::extract(var_2, var_514, var_575);
        var_577 = wp::extract(var_2, var_557, var_575);
        var_578 = wp::mul(var_576, var_577);
        var_579 = wp::add(var_574, var_578);
        var_581 = wp::extract(var_2, var_514, var_580);
        var_582 = wp::extract(var_2, var_557, var_580);
        var_583 = wp::mul(var_581, var_582);
        var_584 = wp::add(var_579, var_583);
        var_586 = wp::extract(var_2, var_514, var_585);
        var_587 = wp::extract(var_2, var_557, var_585);
        var_588 = wp::mul(var_586, var_587);
        var_589 = wp::add(var_584, var_588);
        var_591 = wp::extract(var_2, var_514, var_590);
        var_592 = wp::extract(var_2, var_557, var_590);
        var_593 = wp::mul(var_591, var_592);
        var_594 = wp::add(var_589, var_593);
        // if a == b:                                                                             <L 54>
        var_595 = (var_514 == var_557);
        if (var_595) {
            // s += damping * damping                                                             <L 55>
            var_596 = wp::mul(var_damping, var_damping);
            var_597 = wp::add(var_594, var_596);
        }
        var_598 = wp::where(var_595, var_597, var_594);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_557, var_598);
        // s = float(0.0)                                                                         <L 51>
        var_601 = wp::float(var_600);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_603 = wp::extract(var_2, var_514, var_602);
        var_604 = wp::extract(var_2, var_599, var_602);
        var_605 = wp::mul(var_603, var_604);
        var_606 = wp::add(var_601, var_605);
        var_608 = wp::extract(var_2, var_514, var_607);
        var_609 = wp::extract(var_2, var_599, var_607);
        var_610 = wp::mul(var_608, var_609);
        var_611 = wp::add(var_606, var_610);
        var_613 = wp::extract(var_2, var_514, var_612);
        var_614 = wp::extract(var_2, var_599, var_612);
        var_615 = wp::mul(var_613, var_614);
        var_616 = wp::add(var_611, var_615);
        var_618 = wp::extract(var_2, var_514, var_617);
        var_619 = wp::extract(var_2, var_599, var_617);
        var_620 = wp::mul(var_618, var_619);
        var_621 = wp::add(var_616, var_620);
        var_623 = wp::extract(var_2, var_514, var_622);
        var_624 = wp::extract(var_2, var_599, var_622);
        var_625 = wp::mul(var_623, var_624);
        var_626 = wp::add(var_621, var_625);
        var_628 = wp::extract(var_2, var_514, var_627);
        var_629 = wp::extract(var_2, var_599, var_627);
        var_630 = wp::mul(var_628, var_629);
        var_631 = wp::add(var_626, var_630);
        var_633 = wp::extract(var_2, var_514, var_632);
        var_634 = wp::extract(var_2, var_599, var_632);
        var_635 = wp::mul(var_633, var_634);
        var_636 = wp::add(var_631, var_635);
        // if a == b:                                                                             <L 54>
        var_637 = (var_514 == var_599);
        if (var_637) {
            // s += damping * damping                                                             <L 55>
            var_638 = wp::mul(var_damping, var_damping);
            var_639 = wp::add(var_636, var_638);
        }
        var_640 = wp::where(var_637, var_639, var_636);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_599, var_640);
        // s = float(0.0)                                                                         <L 51>
        var_643 = wp::float(var_642);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_645 = wp::extract(var_2, var_514, var_644);
        var_646 = wp::extract(var_2, var_641, var_644);
        var_647 = wp::mul(var_645, var_646);
        var_648 = wp::add(var_643, var_647);
        var_650 = wp::extract(var_2, var_514, var_649);
        var_651 = wp::extract(var_2, var_641, var_649);
        var_652 = wp::mul(var_650, var_651);
        var_653 = wp::add(var_648, var_652);
        var_655 = wp::extract(var_2, var_514, var_654);
        var_656 = wp::extract(var_2, var_641, var_654);
        var_657 = wp::mul(var_655, var_656);
        var_658 = wp::add(var_653, var_657);
        var_660 = wp::extract(var_2, var_514, var_659);
        var_661 = wp::extract(var_2, var_641, var_659);
        var_662 = wp::mul(var_660, var_661);
        var_663 = wp::add(var_658, var_662);
        var_665 = wp::extract(var_2, var_514, var_664);
        var_666 = wp::extract(var_2, var_641, var_664);
        var_667 = wp::mul(var_665, var_666);
        var_668 = wp::add(var_663, var_667);
        var_670 = wp::extract(var_2, var_514, var_669);
        var_671 = wp::extract(var_2, var_641, var_669);
        var_672 = wp::mul(var_670, var_671);
        var_673 = wp::add(var_668, var_672);
        var_675 = wp::extract(var_2, var_514, var_674);
        var_676 = wp::extract(var_2, var_641, var_674);
        var_677 = wp::mul(var_675, var_676);
        var_678 = wp::add(var_673, var_677);
        // if a == b:                                                                             <L 54>
        var_679 = (var_514 == var_641);
        if (var_679) {
            // s += damping * damping                                                             <L 55>
            var_680 = wp::mul(var_damping, var_damping);
            var_681 = wp::add(var_678, var_680);
        }
        var_682 = wp::where(var_679, var_681, var_678);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_641, var_682);
        // s = float(0.0)                                                                         <L 51>
        var_685 = wp::float(var_684);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_687 = wp::extract(var_2, var_514, var_686);
        var_688 = wp::extract(var_2, var_683, var_686);
        var_689 = wp::mul(var_687, var_688);
        var_690 = wp::add(var_685, var_689);
        var_692 = wp::extract(var_2, var_514, var_691);
        var_693 = wp::extract(var_2, var_683, var_691);
        var_694 = wp::mul(var_692, var_693);
        var_695 = wp::add(var_690, var_694);
        var_697 = wp::extract(var_2, var_514, var_696);
        var_698 = wp::extract(var_2, var_683, var_696);
        var_699 = wp::mul(var_697, var_698);
        var_700 = wp::add(var_695, var_699);
        var_702 = wp::extract(var_2, var_514, var_701);
        var_703 = wp::extract(var_2, var_683, var_701);
        var_704 = wp::mul(var_702, var_703);
        var_705 = wp::add(var_700, var_704);
        var_707 = wp::extract(var_2, var_514, var_706);
        var_708 = wp::extract(var_2, var_683, var_706);
        var_709 = wp::mul(var_707, var_708);
        var_710 = wp::add(var_705, var_709);
        var_712 = wp::extract(var_2, var_514, var_711);
        var_713 = wp::extract(var_2, var_683, var_711);
        var_714 = wp::mul(var_712, var_713);
        var_715 = wp::add(var_710, var_714);
        var_717 = wp::extract(var_2, var_514, var_716);
        var_718 = wp::extract(var_2, var_683, var_716);
        var_719 = wp::mul(var_717, var_718);
        var_720 = wp::add(var_715, var_719);
        // if a == b:                                                                             <L 54>
        var_721 = (var_514 == var_683);
        if (var_721) {
            // s += damping * damping                                                             <L 55>
            var_722 = wp::mul(var_damping, var_damping);
            var_723 = wp::add(var_720, var_722);
        }
        var_724 = wp::where(var_721, var_723, var_720);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_683, var_724);
        // s = float(0.0)                                                                         <L 51>
        var_727 = wp::float(var_726);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_729 = wp::extract(var_2, var_514, var_728);
        var_730 = wp::extract(var_2, var_725, var_728);
        var_731 = wp::mul(var_729, var_730);
        var_732 = wp::add(var_727, var_731);
        var_734 = wp::extract(var_2, var_514, var_733);
        var_735 = wp::extract(var_2, var_725, var_733);
        var_736 = wp::mul(var_734, var_735);
        var_737 = wp::add(var_732, var_736);
        var_739 = wp::extract(var_2, var_514, var_738);
        var_740 = wp::extract(var_2, var_725, var_738);
        var_741 = wp::mul(var_739, var_740);
        var_742 = wp::add(var_737, var_741);
        var_744 = wp::extract(var_2, var_514, var_743);
        var_745 = wp::extract(var_2, var_725, var_743);
        var_746 = wp::mul(var_744, var_745);
        var_747 = wp::add(var_742, var_746);
        var_749 = wp::extract(var_2, var_514, var_748);
        var_750 = wp::extract(var_2, var_725, var_748);
        var_751 = wp::mul(var_749, var_750);
        var_752 = wp::add(var_747, var_751);
        var_754 = wp::extract(var_2, var_514, var_753);
        var_755 = wp::extract(var_2, var_725, var_753);
        var_756 = wp::mul(var_754, var_755);
        var_757 = wp::add(var_752, var_756);
        var_759 = wp::extract(var_2, var_514, var_758);
        var_760 = wp::extract(var_2, var_725, var_758);
        var_761 = wp::mul(var_759, var_760);
        var_762 = wp::add(var_757, var_761);
        // if a == b:                                                                             <L 54>
        var_763 = (var_514 == var_725);
        if (var_763) {
            // s += damping * damping                                                             <L 55>
            var_764 = wp::mul(var_damping, var_damping);
            var_765 = wp::add(var_762, var_764);
        }
        var_766 = wp::where(var_763, var_765, var_762);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_514, var_725, var_766);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_770 = wp::float(var_769);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_772 = wp::extract(var_2, var_767, var_771);
        var_773 = wp::extract(var_2, var_768, var_771);
        var_774 = wp::mul(var_772, var_773);
        var_775 = wp::add(var_770, var_774);
        var_777 = wp::extract(var_2, var_767, var_776);
        var_778 = wp::extract(var_2, var_768, var_776);
        var_779 = wp::mul(var_777, var_778);
        var_780 = wp::add(var_775, var_779);
        var_782 = wp::extract(var_2, var_767, var_781);
        var_783 = wp::extract(var_2, var_768, var_781);
        var_784 = wp::mul(var_782, var_783);
        var_785 = wp::add(var_780, var_784);
        var_787 = wp::extract(var_2, var_767, var_786);
        var_788 = wp::extract(var_2, var_768, var_786);
        var_789 = wp::mul(var_787, var_788);
        var_790 = wp::add(var_785, var_789);
        var_792 = wp::extract(var_2, var_767, var_791);
        var_793 = wp::extract(var_2, var_768, var_791);
        var_794 = wp::mul(var_792, var_793);
        var_795 = wp::add(var_790, var_794);
        var_797 = wp::extract(var_2, var_767, var_796);
        var_798 = wp::extract(var_2, var_768, var_796);
        var_799 = wp::mul(var_797, var_798);
        var_800 = wp::add(var_795, var_799);
        var_802 = wp::extract(var_2, var_767, var_801);
        var_803 = wp::extract(var_2, var_768, var_801);
        var_804 = wp::mul(var_802, var_803);
        var_805 = wp::add(var_800, var_804);
        // if a == b:                                                                             <L 54>
        var_806 = (var_767 == var_768);
        if (var_806) {
            // s += damping * damping                                                             <L 55>
            var_807 = wp::mul(var_damping, var_damping);
            var_808 = wp::add(var_805, var_807);
        }
        var_809 = wp::where(var_806, var_808, var_805);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_768, var_809);
        // s = float(0.0)                                                                         <L 51>
        var_812 = wp::float(var_811);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_814 = wp::extract(var_2, var_767, var_813);
        var_815 = wp::extract(var_2, var_810, var_813);
        var_816 = wp::mul(var_814, var_815);
        var_817 = wp::add(var_812, var_816);
        var_819 = wp::extract(var_2, var_767, var_818);
        var_820 = wp::extract(var_2, var_810, var_818);
        var_821 = wp::mul(var_819, var_820);
        var_822 = wp::add(var_817, var_821);
        var_824 = wp::extract(var_2, var_767, var_823);
        var_825 = wp::extract(var_2, var_810, var_823);
        var_826 = wp::mul(var_824, var_825);
        var_827 = wp::add(var_822, var_826);
        var_829 = wp::extract(var_2, var_767, var_828);
        var_830 = wp::extract(var_2, var_810, var_828);
        var_831 = wp::mul(var_829, var_830);
        var_832 = wp::add(var_827, var_831);
        var_834 = wp::extract(var_2, var_767, var_833);
        var_835 = wp::extract(var_2, var_810, var_833);
        var_836 = wp::mul(var_834, var_835);
        var_837 = wp::add(var_832, var_836);
        var_839 = wp::extract(var_2, var_767, var_838);
        var_840 = wp::extract(var_2, var_810, var_838);
        var_841 = wp::mul(var_839, var_840);
        var_842 = wp::add(var_837, var_841);
        var_844 = wp::extract(var_2, var_767, var_843);
        var_845 = wp::extract(var_2, var_810, var_843);
        var_846 = wp::mul(var_844, var_845);
        var_847 = wp::add(var_842, var_846);
        // if a == b:                                                                             <L 54>
        var_848 = (var_767 == var_810);
        if (var_848) {
            // s += damping * damping                                                             <L 55>
            var_849 = wp::mul(var_damping, var_damping);
            var_850 = wp::add(var_847, var_849);
        }
        var_851 = wp::where(var_848, var_850, var_847);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_810, var_851);
        // s = float(0.0)                                                                         <L 51>
        var_854 = wp::float(var_853);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_856 = wp::extract(var_2, var_767, var_855);
        var_857 = wp::extract(var_2, var_852, var_855);
        var_858 = wp::mul(var_856, var_857);
        var_859 = wp::add(var_854, var_858);
        var_861 = wp::extract(var_2, var_767, var_860);
        var_862 = wp::extract(var_2, var_852, var_860);
        var_863 = wp::mul(var_861, var_862);
        var_864 = wp::add(var_859, var_863);
        var_866 = wp::extract(var_2, var_767, var_865);
        var_867 = wp::extract(var_2, var_852, var_865);
        var_868 = wp::mul(var_866, var_867);
        var_869 = wp::add(var_864, var_868);
        var_871 = wp::extract(var_2, var_767, var_870);
        var_872 = wp::extract(var_2, var_852, var_870);
        var_873 = wp::mul(var_871, var_872);
        var_874 = wp::add(var_869, var_873);
        var_876 = wp::extract(var_2, var_767, var_875);
        var_877 = wp::extract(var_2, var_852, var_875);
        var_878 = wp::mul(var_876, var_877);
        var_879 = wp::add(var_874, var_878);
        var_881 = wp::extract(var_2, var_767, var_880);
        var_882 = wp::extract(var_2, var_852, var_880);
        var_883 = wp::mul(var_881, var_882);
        var_884 = wp::add(var_879, var_883);
        var_886 = wp::extract(var_2, var_767, var_885);
        var_887 = wp::extract(var_2, var_852, var_885);
        var_888 = wp::mul(var_886, var_887);
        var_889 = wp::add(var_884, var_888);
        // if a == b:                                                                             <L 54>
        var_890 = (var_767 == var_852);
        if (var_890) {
            // s += damping * damping                                                             <L 55>
            var_891 = wp::mul(var_damping, var_damping);
            var_892 = wp::add(var_889, var_891);
        }
        var_893 = wp::where(var_890, var_892, var_889);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_852, var_893);
        // s = float(0.0)                                                                         <L 51>
        var_896 = wp::float(var_895);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_898 = wp::extract(var_2, var_767, var_897);
        var_899 = wp::extract(var_2, var_894, var_897);
        var_900 = wp::mul(var_898, var_899);
        var_901 = wp::add(var_896, var_900);
        var_903 = wp::extract(var_2, var_767, var_902);
        var_904 = wp::extract(var_2, var_894, var_902);
        var_905 = wp::mul(var_903, var_904);
        var_906 = wp::add(var_901, var_905);
        var_908 = wp::extract(var_2, var_767, var_907);
        var_909 = wp::extract(var_2, var_894, var_907);
        var_910 = wp::mul(var_908, var_909);
        var_911 = wp::add(var_906, var_910);
        var_913 = wp::extract(var_2, var_767, var_912);
        var_914 = wp::extract(var_2, var_894, var_912);
        var_915 = wp::mul(var_913, var_914);
        var_916 = wp::add(var_911, var_915);
        var_918 = wp::extract(var_2, var_767, var_917);
        var_919 = wp::extract(var_2, var_894, var_917);
        var_920 = wp::mul(var_918, var_919);
        var_921 = wp::add(var_916, var_920);
        var_923 = wp::extract(var_2, var_767, var_922);
        var_924 = wp::extract(var_2, var_894, var_922);
        var_925 = wp::mul(var_923, var_924);
        var_926 = wp::add(var_921, var_925);
        var_928 = wp::extract(var_2, var_767, var_927);
        var_929 = wp::extract(var_2, var_894, var_927);
        var_930 = wp::mul(var_928, var_929);
        var_931 = wp::add(var_926, var_930);
        // if a == b:                                                                             <L 54>
        var_932 = (var_767 == var_894);
        if (var_932) {
            // s += damping * damping                                                             <L 55>
            var_933 = wp::mul(var_damping, var_damping);
            var_934 = wp::add(var_931, var_933);
        }
        var_935 = wp::where(var_932, var_934, var_931);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_894, var_935);
        // s = float(0.0)                                                                         <L 51>
        var_938 = wp::float(var_937);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_940 = wp::extract(var_2, var_767, var_939);
        var_941 = wp::extract(var_2, var_936, var_939);
        var_942 = wp::mul(var_940, var_941);
        var_943 = wp::add(var_938, var_942);
        var_945 = wp::extract(var_2, var_767, var_944);
        var_946 = wp::extract(var_2, var_936, var_944);
        var_947 = wp::mul(var_945, var_946);
        var_948 = wp::add(var_943, var_947);
        var_950 = wp::extract(var_2, var_767, var_949);
        var_951 = wp::extract(var_2, var_936, var_949);
        var_952 = wp::mul(var_950, var_951);
        var_953 = wp::add(var_948, var_952);
        var_955 = wp::extract(var_2, var_767, var_954);
        var_956 = wp::extract(var_2, var_936, var_954);
        var_957 = wp::mul(var_955, var_956);
        var_958 = wp::add(var_953, var_957);
        var_960 = wp::extract(var_2, var_767, var_959);
        var_961 = wp::extract(var_2, var_936, var_959);
        var_962 = wp::mul(var_960, var_961);
        var_963 = wp::add(var_958, var_962);
        var_965 = wp::extract(var_2, var_767, var_964);
        var_966 = wp::extract(var_2, var_936, var_964);
        var_967 = wp::mul(var_965, var_966);
        var_968 = wp::add(var_963, var_967);
        var_970 = wp::extract(var_2, var_767, var_969);
        var_971 = wp::extract(var_2, var_936, var_969);
        var_972 = wp::mul(var_970, var_971);
        var_973 = wp::add(var_968, var_972);
        // if a == b:                                                                             <L 54>
        var_974 = (var_767 == var_936);
        if (var_974) {
            // s += damping * damping                                                             <L 55>
            var_975 = wp::mul(var_damping, var_damping);
            var_976 = wp::add(var_973, var_975);
        }
        var_977 = wp::where(var_974, var_976, var_973);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_936, var_977);
        // s = float(0.0)                                                                         <L 51>
        var_980 = wp::float(var_979);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_982 = wp::extract(var_2, var_767, var_981);
        var_983 = wp::extract(var_2, var_978, var_981);
        var_984 = wp::mul(var_982, var_983);
        var_985 = wp::add(var_980, var_984);
        var_987 = wp::extract(var_2, var_767, var_986);
        var_988 = wp::extract(var_2, var_978, var_986);
        var_989 = wp::mul(var_987, var_988);
        var_990 = wp::add(var_985, var_989);
        var_992 = wp::extract(var_2, var_767, var_991);
        var_993 = wp::extract(var_2, var_978, var_991);
        var_994 = wp::mul(var_992, var_993);
        var_995 = wp::add(var_990, var_994);
        var_997 = wp::extract(var_2, var_767, var_996);
        var_998 = wp::extract(var_2, var_978, var_996);
        var_999 = wp::mul(var_997, var_998);
        var_1000 = wp::add(var_995, var_999);
        var_1002 = wp::extract(var_2, var_767, var_1001);
        var_1003 = wp::extract(var_2, var_978, var_1001);
        var_1004 = wp::mul(var_1002, var_1003);
        var_1005 = wp::add(var_1000, var_1004);
        var_1007 = wp::extract(var_2, var_767, var_1006);
        var_1008 = wp::extract(var_2, var_978, var_1006);
        var_1009 = wp::mul(var_1007, var_1008);
        var_1010 = wp::add(var_1005, var_1009);
        var_1012 = wp::extract(var_2, var_767, var_1011);
        var_1013 = wp::extract(var_2, var_978, var_1011);
        var_1014 = wp::mul(var_1012, var_1013);
        var_1015 = wp::add(var_1010, var_1014);
        // if a == b:                                                                             <L 54>
        var_1016 = (var_767 == var_978);
        if (var_1016) {
            // s += damping * damping                                                             <L 55>
            var_1017 = wp::mul(var_damping, var_damping);
            var_1018 = wp::add(var_1015, var_1017);
        }
        var_1019 = wp::where(var_1016, var_1018, var_1015);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_767, var_978, var_1019);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_1023 = wp::float(var_1022);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1025 = wp::extract(var_2, var_1020, var_1024);
        var_1026 = wp::extract(var_2, var_1021, var_1024);
        var_1027 = wp::mul(var_1025, var_1026);
        var_1028 = wp::add(var_1023, var_1027);
        var_1030 = wp::extract(var_2, var_1020, var_1029);
        var_1031 = wp::extract(var_2, var_1021, var_1029);
        var_1032 = wp::mul(var_1030, var_1031);
        var_1033 = wp::add(var_1028, var_1032);
        var_1035 = wp::extract(var_2, var_1020, var_1034);
        var_1036 = wp::extract(var_2, var_1021, var_1034);
        var_1037 = wp::mul(var_1035, var_1036);
        var_1038 = wp::add(var_1033, var_1037);
        var_1040 = wp::extract(var_2, var_1020, var_1039);
        var_1041 = wp::extract(var_2, var_1021, var_1039);
        var_1042 = wp::mul(var_1040, var_1041);
        var_1043 = wp::add(var_1038, var_1042);
        var_1045 = wp::extract(var_2, var_1020, var_1044);
        var_1046 = wp::extract(var_2, var_1021, var_1044);
        var_1047 = wp::mul(var_1045, var_1046);
        var_1048 = wp::add(var_1043, var_1047);
        var_1050 = wp::extract(var_2, var_1020, var_1049);
        var_1051 = wp::extract(var_2, var_1021, var_1049);
        var_1052 = wp::mul(var_1050, var_1051);
        var_1053 = wp::add(var_1048, var_1052);
        var_1055 = wp::extract(var_2, var_1020, var_1054);
        var_1056 = wp::extract(var_2, var_1021, var_1054);
        var_1057 = wp::mul(var_1055, var_1056);
        var_1058 = wp::add(var_1053, var_1057);
        // if a == b:                                                                             <L 54>
        var_1059 = (var_1020 == var_1021);
        if (var_1059) {
            // s += damping * damping                                                             <L 55>
            var_1060 = wp::mul(var_damping, var_damping);
            var_1061 = wp::add(var_1058, var_1060);
        }
        var_1062 = wp::where(var_1059, var_1061, var_1058);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1021, var_1062);
        // s = float(0.0)                                                                         <L 51>
        var_1065 = wp::float(var_1064);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1067 = wp::extract(var_2, var_1020, var_1066);
        var_1068 = wp::extract(var_2, var_1063, var_1066);
        var_1069 = wp::mul(var_1067, var_1068);
        var_1070 = wp::add(var_1065, var_1069);
        var_1072 = wp::extract(var_2, var_1020, var_1071);
        var_1073 = wp::extract(var_2, var_1063, var_1071);
        var_1074 = wp::mul(var_1072, var_1073);
        var_1075 = wp::add(var_1070, var_1074);
        var_1077 = wp::extract(var_2, var_1020, var_1076);
        var_1078 = wp::extract(var_2, var_1063, var_1076);
        var_1079 = wp::mul(var_1077, var_1078);
        var_1080 = wp::add(var_1075, var_1079);
        var_1082 = wp::extract(var_2, var_1020, var_1081);
        var_1083 = wp::extract(var_2, var_1063, var_1081);
        var_1084 = wp::mul(var_1082, var_1083);
        var_1085 = wp::add(var_1080, var_1084);
        var_1087 = wp::extract(var_2, var_1020, var_1086);
        var_1088 = wp::extract(var_2, var_1063, var_1086);
        var_1089 = wp::mul(var_1087, var_1088);
        var_1090 = wp::add(var_1085, var_1089);
        var_1092 = wp::extract(var_2, var_1020, var_1091);
        var_1093 = wp::extract(var_2, var_1063, var_1091);
        var_1094 = wp::mul(var_1092, var_1093);
        var_1095 = wp::add(var_1090, var_1094);
        var_1097 = wp::extract(var_2, var_1020, var_1096);
        var_1098 = wp::extract(var_2, var_1063, var_1096);
        var_1099 = wp::mul(var_1097, var_1098);
        var_1100 = wp::add(var_1095, var_1099);
        // if a == b:                                                                             <L 54>
        var_1101 = (var_1020 == var_1063);
        if (var_1101) {
            // s += damping * damping                                                             <L 55>
            var_1102 = wp::mul(var_damping, var_damping);
            var_1103 = wp::add(var_1100, var_1102);
        }
        var_1104 = wp::where(var_1101, var_1103, var_1100);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1063, var_1104);
        // s = float(0.0)                                                                         <L 51>
        var_1107 = wp::float(var_1106);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1109 = wp::extract(var_2, var_1020, var_1108);
        var_1110 = wp::extract(var_2, var_1105, var_1108);
        var_1111 = wp::mul(var_1109, var_1110);
        var_1112 = wp::add(var_1107, var_1111);
        var_1114 = wp::extract(var_2, var_1020, var_1113);
        var_1115 = wp::extract(var_2, var_1105, var_1113);
        var_1116 = wp::mul(var_1114, var_1115);
        var_1117 = wp::add(var_1112, var_1116);
        var_1119 = wp::extract(var_2, var_1020, var_1118);
        var_1120 = wp::extract(var_2, var_1105, var_1118);
        var_1121 = wp::mul(var_1119, var_1120);
        var_1122 = wp::add(var_1117, var_1121);
        var_1124 = wp::extract(var_2, var_1020, var_1123);
        var_1125 = wp::extract(var_2, var_1105, var_1123);
        var_1126 = wp::mul(var_1124, var_1125);
        var_1127 = wp::add(var_1122, var_1126);
        var_1129 = wp::extract(var_2, var_1020, var_1128);
        var_1130 = wp::extract(var_2, var_1105, var_1128);
        var_1131 = wp::mul(var_1129, var_1130);
        var_1132 = wp::add(var_1127, var_1131);
        var_1134 = wp::extract(var_2, var_1020, var_1133);
        var_1135 = wp::extract(var_2, var_1105, var_1133);
        var_1136 = wp::mul(var_1134, var_1135);
        var_1137 = wp::add(var_1132, var_1136);
        var_1139 = wp::extract(var_2, var_1020, var_1138);
        var_1140 = wp::extract(var_2, var_1105, var_1138);
        var_1141 = wp::mul(var_1139, var_1140);
        var_1142 = wp::add(var_1137, var_1141);
        // if a == b:                                                                             <L 54>
        var_1143 = (var_1020 == var_1105);
        if (var_1143) {
            // s += damping * damping                                                             <L 55>
            var_1144 = wp::mul(var_damping, var_damping);
            var_1145 = wp::add(var_1142, var_1144);
        }
        var_1146 = wp::where(var_1143, var_1145, var_1142);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1105, var_1146);
        // s = float(0.0)                                                                         <L 51>
        var_1149 = wp::float(var_1148);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1151 = wp::extract(var_2, var_1020, var_1150);
        var_1152 = wp::extract(var_2, var_1147, var_1150);
        var_1153 = wp::mul(var_1151, var_1152);
        var_1154 = wp::add(var_1149, var_1153);
        var_1156 = wp::extract(var_2, var_1020, var_1155);
        var_1157 = wp::extract(var_2, var_1147, var_1155);
        var_1158 = wp::mul(var_1156, var_1157);
        var_1159 = wp::add(var_1154, var_1158);
        var_1161 = wp::extract(var_2, var_1020, var_1160);
        var_1162 = wp::extract(var_2, var_1147, var_1160);
        var_1163 = wp::mul(var_1161, var_1162);
        var_1164 = wp::add(var_1159, var_1163);
        var_1166 = wp::extract(var_2, var_1020, var_1165);
        var_1167 = wp::extract(var_2, var_1147, var_1165);
        var_1168 = wp::mul(var_1166, var_1167);
        var_1169 = wp::add(var_1164, var_1168);
        var_1171 = wp::extract(var_2, var_1020, var_1170);
        var_1172 = wp::extract(var_2, var_1147, var_1170);
        var_1173 = wp::mul(var_1171, var_1172);
        var_1174 = wp::add(var_1169, var_1173);
        var_1176 = wp::extract(var_2, var_1020, var_1175);
        var_1177 = wp::extract(var_2, var_1147, var_1175);
        var_1178 = wp::mul(var_1176, var_1177);
        var_1179 = wp::add(var_1174, var_1178);
        var_1181 = wp::extract(var_2, var_1020, var_1180);
        var_1182 = wp::extract(var_2, var_1147, var_1180);
        var_1183 = wp::mul(var_1181, var_1182);
        var_1184 = wp::add(var_1179, var_1183);
        // if a == b:                                                                             <L 54>
        var_1185 = (var_1020 == var_1147);
        if (var_1185) {
            // s += damping * damping                                                             <L 55>
            var_1186 = wp::mul(var_damping, var_damping);
            var_1187 = wp::add(var_1184, var_1186);
        }
        var_1188 = wp::where(var_1185, var_1187, var_1184);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1147, var_1188);
        // s = float(0.0)                                                                         <L 51>
        var_1191 = wp::float(var_1190);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1193 = wp::extract(var_2, var_1020, var_1192);
        var_1194 = wp::extract(var_2, var_1189, var_1192);
        var_1195 = wp::mul(var_1193, var_1194);
        var_1196 = wp::add(var_1191, var_1195);
        var_1198 = wp::extract(var_2, var_1020, var_1197);
        var_1199 = wp::extract(var_2, var_1189, var_1197);
        var_1200 = wp::mul(var_1198, var_1199);
        var_1201 = wp::add(var_1196, var_1200);
        var_1203 = wp::extract(var_2, var_1020, var_1202);
        var_1204 = wp::extract(var_2, var_1189, var_1202);
        var_1205 = wp::mul(var_1203, var_1204);
        var_1206 = wp::add(var_1201, var_1205);
        var_1208 = wp::extract(var_2, var_1020, var_1207);
        var_1209 = wp::extract(var_2, var_1189, var_1207);
        var_1210 = wp::mul(var_1208, var_1209);
        var_1211 = wp::add(var_1206, var_1210);
        var_1213 = wp::extract(var_2, var_1020, var_1212);
        var_1214 = wp::extract(var_2, var_1189, var_1212);
        var_1215 = wp::mul(var_1213, var_1214);
        var_1216 = wp::add(var_1211, var_1215);
        var_1218 = wp::extract(var_2, var_1020, var_1217);
        var_1219 = wp::extract(var_2, var_1189, var_1217);
        var_1220 = wp::mul(var_1218, var_1219);
        var_1221 = wp::add(var_1216, var_1220);
        var_1223 = wp::extract(var_2, var_1020, var_1222);
        var_1224 = wp::extract(var_2, var_1189, var_1222);
        var_1225 = wp::mul(var_1223, var_1224);
        var_1226 = wp::add(var_1221, var_1225);
        // if a == b:                                                                             <L 54>
        var_1227 = (var_1020 == var_1189);
        if (var_1227) {
            // s += damping * damping                                                             <L 55>
            var_1228 = wp::mul(var_damping, var_damping);
            var_1229 = wp::add(var_1226, var_1228);
        }
        var_1230 = wp::where(var_1227, var_1229, var_1226);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1189, var_1230);
        // s = float(0.0)                                                                         <L 51>
        var_1233 = wp::float(var_1232);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1235 = wp::extract(var_2, var_1020, var_1234);
        var_1236 = wp::extract(var_2, var_1231, var_1234);
        var_1237 = wp::mul(var_1235, var_1236);
        var_1238 = wp::add(var_1233, var_1237);
        var_1240 = wp::extract(var_2, var_1020, var_1239);
        var_1241 = wp::extract(var_2, var_1231, var_1239);
        var_1242 = wp::mul(var_1240, var_1241);
        var_1243 = wp::add(var_1238, var_1242);
        var_1245 = wp::extract(var_2, var_1020, var_1244);
        var_1246 = wp::extract(var_2, var_1231, var_1244);
        var_1247 = wp::mul(var_1245, var_1246);
        var_1248 = wp::add(var_1243, var_1247);
        var_1250 = wp::extract(var_2, var_1020, var_1249);
        var_1251 = wp::extract(var_2, var_1231, var_1249);
        var_1252 = wp::mul(var_1250, var_1251);
        var_1253 = wp::add(var_1248, var_1252);
        var_1255 = wp::extract(var_2, var_1020, var_1254);
        var_1256 = wp::extract(var_2, var_1231, var_1254);
        var_1257 = wp::mul(var_1255, var_1256);
        var_1258 = wp::add(var_1253, var_1257);
        var_1260 = wp::extract(var_2, var_1020, var_1259);
        var_1261 = wp::extract(var_2, var_1231, var_1259);
        var_1262 = wp::mul(var_1260, var_1261);
        var_1263 = wp::add(var_1258, var_1262);
        var_1265 = wp::extract(var_2, var_1020, var_1264);
        var_1266 = wp::extract(var_2, var_1231, var_1264);
        var_1267 = wp::mul(var_1265, var_1266);
        var_1268 = wp::add(var_1263, var_1267);
        // if a == b:                                                                             <L 54>
        var_1269 = (var_1020 == var_1231);
        if (var_1269) {
            // s += damping * damping                                                             <L 55>
            var_1270 = wp::mul(var_damping, var_damping);
            var_1271 = wp::add(var_1268, var_1270);
        }
        var_1272 = wp::where(var_1269, var_1271, var_1268);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1020, var_1231, var_1272);
        // for b in range(6):                                                                     <L 50>
        // s = float(0.0)                                                                         <L 51>
        var_1276 = wp::float(var_1275);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1278 = wp::extract(var_2, var_1273, var_1277);
        var_1279 = wp::extract(var_2, var_1274, var_1277);
        var_1280 = wp::mul(var_1278, var_1279);
        var_1281 = wp::add(var_1276, var_1280);
        var_1283 = wp::extract(var_2, var_1273, var_1282);
        var_1284 = wp::extract(var_2, var_1274, var_1282);
        var_1285 = wp::mul(var_1283, var_1284);
        var_1286 = wp::add(var_1281, var_1285);
        var_1288 = wp::extract(var_2, var_1273, var_1287);
        var_1289 = wp::extract(var_2, var_1274, var_1287);
        var_1290 = wp::mul(var_1288, var_1289);
        var_1291 = wp::add(var_1286, var_1290);
        var_1293 = wp::extract(var_2, var_1273, var_1292);
        var_1294 = wp::extract(var_2, var_1274, var_1292);
        var_1295 = wp::mul(var_1293, var_1294);
        var_1296 = wp::add(var_1291, var_1295);
        var_1298 = wp::extract(var_2, var_1273, var_1297);
        var_1299 = wp::extract(var_2, var_1274, var_1297);
        var_1300 = wp::mul(var_1298, var_1299);
        var_1301 = wp::add(var_1296, var_1300);
        var_1303 = wp::extract(var_2, var_1273, var_1302);
        var_1304 = wp::extract(var_2, var_1274, var_1302);
        var_1305 = wp::mul(var_1303, var_1304);
        var_1306 = wp::add(var_1301, var_1305);
        var_1308 = wp::extract(var_2, var_1273, var_1307);
        var_1309 = wp::extract(var_2, var_1274, var_1307);
        var_1310 = wp::mul(var_1308, var_1309);
        var_1311 = wp::add(var_1306, var_1310);
        // if a == b:                                                                             <L 54>
        var_1312 = (var_1273 == var_1274);
        if (var_1312) {
            // s += damping * damping                                                             <L 55>
            var_1313 = wp::mul(var_damping, var_damping);
            var_1314 = wp::add(var_1311, var_1313);
        }
        var_1315 = wp::where(var_1312, var_1314, var_1311);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1274, var_1315);
        // s = float(0.0)                                                                         <L 51>
        var_1318 = wp::float(var_1317);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1320 = wp::extract(var_2, var_1273, var_1319);
        var_1321 = wp::extract(var_2, var_1316, var_1319);
        var_1322 = wp::mul(var_1320, var_1321);
        var_1323 = wp::add(var_1318, var_1322);
        var_1325 = wp::extract(var_2, var_1273, var_1324);
        var_1326 = wp::extract(var_2, var_1316, var_1324);
        var_1327 = wp::mul(var_1325, var_1326);
        var_1328 = wp::add(var_1323, var_1327);
        var_1330 = wp::extract(var_2, var_1273, var_1329);
        var_1331 = wp::extract(var_2, var_1316, var_1329);
        var_1332 = wp::mul(var_1330, var_1331);
        var_1333 = wp::add(var_1328, var_1332);
        var_1335 = wp::extract(var_2, var_1273, var_1334);
        var_1336 = wp::extract(var_2, var_1316, var_1334);
        var_1337 = wp::mul(var_1335, var_1336);
        var_1338 = wp::add(var_1333, var_1337);
        var_1340 = wp::extract(var_2, var_1273, var_1339);
        var_1341 = wp::extract(var_2, var_1316, var_1339);
        var_1342 = wp::mul(var_1340, var_1341);
        var_1343 = wp::add(var_1338, var_1342);
        var_1345 = wp::extract(var_2, var_1273, var_1344);
        var_1346 = wp::extract(var_2, var_1316, var_1344);
        var_1347 = wp::mul(var_1345, var_1346);
        var_1348 = wp::add(var_1343, var_1347);
        var_1350 = wp::extract(var_2, var_1273, var_1349);
        var_1351 = wp::extract(var_2, var_1316, var_1349);
        var_1352 = wp::mul(var_1350, var_1351);
        var_1353 = wp::add(var_1348, var_1352);
        // if a == b:                                                                             <L 54>
        var_1354 = (var_1273 == var_1316);
        if (var_1354) {
            // s += damping * damping                                                             <L 55>
            var_1355 = wp::mul(var_damping, var_damping);
            var_1356 = wp::add(var_1353, var_1355);
        }
        var_1357 = wp::where(var_1354, var_1356, var_1353);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1316, var_1357);
        // s = float(0.0)                                                                         <L 51>
        var_1360 = wp::float(var_1359);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1362 = wp::extract(var_2, var_1273, var_1361);
        var_1363 = wp::extract(var_2, var_1358, var_1361);
        var_1364 = wp::mul(var_1362, var_1363);
        var_1365 = wp::add(var_1360, var_1364);
        var_1367 = wp::extract(var_2, var_1273, var_1366);
        var_1368 = wp::extract(var_2, var_1358, var_1366);
        var_1369 = wp::mul(var_1367, var_1368);
        var_1370 = wp::add(var_1365, var_1369);
        var_1372 = wp::extract(var_2, var_1273, var_1371);
        var_1373 = wp::extract(var_2, var_1358, var_1371);
        var_1374 = wp::mul(var_1372, var_1373);
        var_1375 = wp::add(var_1370, var_1374);
        var_1377 = wp::extract(var_2, var_1273, var_1376);
        var_1378 = wp::extract(var_2, var_1358, var_1376);
        var_1379 = wp::mul(var_1377, var_1378);
        var_1380 = wp::add(var_1375, var_1379);
        var_1382 = wp::extract(var_2, var_1273, var_1381);
        var_1383 = wp::extract(var_2, var_1358, var_1381);
        var_1384 = wp::mul(var_1382, var_1383);
        var_1385 = wp::add(var_1380, var_1384);
        var_1387 = wp::extract(var_2, var_1273, var_1386);
        var_1388 = wp::extract(var_2, var_1358, var_1386);
        var_1389 = wp::mul(var_1387, var_1388);
        var_1390 = wp::add(var_1385, var_1389);
        var_1392 = wp::extract(var_2, var_1273, var_1391);
        var_1393 = wp::extract(var_2, var_1358, var_1391);
        var_1394 = wp::mul(var_1392, var_1393);
        var_1395 = wp::add(var_1390, var_1394);
        // if a == b:                                                                             <L 54>
        var_1396 = (var_1273 == var_1358);
        if (var_1396) {
            // s += damping * damping                                                             <L 55>
            var_1397 = wp::mul(var_damping, var_damping);
            var_1398 = wp::add(var_1395, var_1397);
        }
        var_1399 = wp::where(var_1396, var_1398, var_1395);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1358, var_1399);
        // s = float(0.0)                                                                         <L 51>
        var_1402 = wp::float(var_1401);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1404 = wp::extract(var_2, var_1273, var_1403);
        var_1405 = wp::extract(var_2, var_1400, var_1403);
        var_1406 = wp::mul(var_1404, var_1405);
        var_1407 = wp::add(var_1402, var_1406);
        var_1409 = wp::extract(var_2, var_1273, var_1408);
        var_1410 = wp::extract(var_2, var_1400, var_1408);
        var_1411 = wp::mul(var_1409, var_1410);
        var_1412 = wp::add(var_1407, var_1411);
        var_1414 = wp::extract(var_2, var_1273, var_1413);
        var_1415 = wp::extract(var_2, var_1400, var_1413);
        var_1416 = wp::mul(var_1414, var_1415);
        var_1417 = wp::add(var_1412, var_1416);
        var_1419 = wp::extract(var_2, var_1273, var_1418);
        var_1420 = wp::extract(var_2, var_1400, var_1418);
        var_1421 = wp::mul(var_1419, var_1420);
        var_1422 = wp::add(var_1417, var_1421);
        var_1424 = wp::extract(var_2, var_1273, var_1423);
        var_1425 = wp::extract(var_2, var_1400, var_1423);
        var_1426 = wp::mul(var_1424, var_1425);
        var_1427 = wp::add(var_1422, var_1426);
        var_1429 = wp::extract(var_2, var_1273, var_1428);
        var_1430 = wp::extract(var_2, var_1400, var_1428);
        var_1431 = wp::mul(var_1429, var_1430);
        var_1432 = wp::add(var_1427, var_1431);
        var_1434 = wp::extract(var_2, var_1273, var_1433);
        var_1435 = wp::extract(var_2, var_1400, var_1433);
        var_1436 = wp::mul(var_1434, var_1435);
        var_1437 = wp::add(var_1432, var_1436);
        // if a == b:                                                                             <L 54>
        var_1438 = (var_1273 == var_1400);
        if (var_1438) {
            // s += damping * damping                                                             <L 55>
            var_1439 = wp::mul(var_damping, var_damping);
            var_1440 = wp::add(var_1437, var_1439);
        }
        var_1441 = wp::where(var_1438, var_1440, var_1437);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1400, var_1441);
        // s = float(0.0)                                                                         <L 51>
        var_1444 = wp::float(var_1443);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1446 = wp::extract(var_2, var_1273, var_1445);
        var_1447 = wp::extract(var_2, var_1442, var_1445);
        var_1448 = wp::mul(var_1446, var_1447);
        var_1449 = wp::add(var_1444, var_1448);
        var_1451 = wp::extract(var_2, var_1273, var_1450);
        var_1452 = wp::extract(var_2, var_1442, var_1450);
        var_1453 = wp::mul(var_1451, var_1452);
        var_1454 = wp::add(var_1449, var_1453);
        var_1456 = wp::extract(var_2, var_1273, var_1455);
        var_1457 = wp::extract(var_2, var_1442, var_1455);
        var_1458 = wp::mul(var_1456, var_1457);
        var_1459 = wp::add(var_1454, var_1458);
        var_1461 = wp::extract(var_2, var_1273, var_1460);
        var_1462 = wp::extract(var_2, var_1442, var_1460);
        var_1463 = wp::mul(var_1461, var_1462);
        var_1464 = wp::add(var_1459, var_1463);
        var_1466 = wp::extract(var_2, var_1273, var_1465);
        var_1467 = wp::extract(var_2, var_1442, var_1465);
        var_1468 = wp::mul(var_1466, var_1467);
        var_1469 = wp::add(var_1464, var_1468);
        var_1471 = wp::extract(var_2, var_1273, var_1470);
        var_1472 = wp::extract(var_2, var_1442, var_1470);
        var_1473 = wp::mul(var_1471, var_1472);
        var_1474 = wp::add(var_1469, var_1473);
        var_1476 = wp::extract(var_2, var_1273, var_1475);
        var_1477 = wp::extract(var_2, var_1442, var_1475);
        var_1478 = wp::mul(var_1476, var_1477);
        var_1479 = wp::add(var_1474, var_1478);
        // if a == b:                                                                             <L 54>
        var_1480 = (var_1273 == var_1442);
        if (var_1480) {
            // s += damping * damping                                                             <L 55>
            var_1481 = wp::mul(var_damping, var_damping);
            var_1482 = wp::add(var_1479, var_1481);
        }
        var_1483 = wp::where(var_1480, var_1482, var_1479);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1442, var_1483);
        // s = float(0.0)                                                                         <L 51>
        var_1486 = wp::float(var_1485);
        // for k in range(MAX_DOF):                                                               <L 52>
        // s += M[a, k] * M[b, k]                                                                 <L 53>
        var_1488 = wp::extract(var_2, var_1273, var_1487);
        var_1489 = wp::extract(var_2, var_1484, var_1487);
        var_1490 = wp::mul(var_1488, var_1489);
        var_1491 = wp::add(var_1486, var_1490);
        var_1493 = wp::extract(var_2, var_1273, var_1492);
        var_1494 = wp::extract(var_2, var_1484, var_1492);
        var_1495 = wp::mul(var_1493, var_1494);
        var_1496 = wp::add(var_1491, var_1495);
        var_1498 = wp::extract(var_2, var_1273, var_1497);
        var_1499 = wp::extract(var_2, var_1484, var_1497);
        var_1500 = wp::mul(var_1498, var_1499);
        var_1501 = wp::add(var_1496, var_1500);
        var_1503 = wp::extract(var_2, var_1273, var_1502);
        var_1504 = wp::extract(var_2, var_1484, var_1502);
        var_1505 = wp::mul(var_1503, var_1504);
        var_1506 = wp::add(var_1501, var_1505);
        var_1508 = wp::extract(var_2, var_1273, var_1507);
        var_1509 = wp::extract(var_2, var_1484, var_1507);
        var_1510 = wp::mul(var_1508, var_1509);
        var_1511 = wp::add(var_1506, var_1510);
        var_1513 = wp::extract(var_2, var_1273, var_1512);
        var_1514 = wp::extract(var_2, var_1484, var_1512);
        var_1515 = wp::mul(var_1513, var_1514);
        var_1516 = wp::add(var_1511, var_1515);
        var_1518 = wp::extract(var_2, var_1273, var_1517);
        var_1519 = wp::extract(var_2, var_1484, var_1517);
        var_1520 = wp::mul(var_1518, var_1519);
        var_1521 = wp::add(var_1516, var_1520);
        // if a == b:                                                                             <L 54>
        var_1522 = (var_1273 == var_1484);
        if (var_1522) {
            // s += damping * damping                                                             <L 55>
            var_1523 = wp::mul(var_damping, var_damping);
            var_1524 = wp::add(var_1521, var_1523);
        }
        var_1525 = wp::where(var_1522, var_1524, var_1521);
        // JJt[a, b] = s                                                                          <L 56>
        wp::assign_inplace(var_7, var_1273, var_1484, var_1525);
        // y = wp.spatial_vector()                                                                <L 58>
        var_1526 = wp::vec_t<6, wp::float32>();
        // for it in range(20):                                                                   <L 59>
        var_1528 = wp::range(var_1527);
        var_1529 = wp::copy(var_1273);
        var_1530 = wp::copy(var_1484);
        // out = vec7()                                                                           <L 66>
        var_1808 = wp::vec_t<7, wp::float32>();
        // for k in range(MAX_DOF):                                                               <L 67>
        // s = float(0.0)                                                                         <L 68>
        var_1811 = wp::float(var_1810);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1813 = wp::extract(var_2, var_1812, var_1809);
        var_1814 = wp::extract(var_1526, var_1812);
        var_1815 = wp::mul(var_1813, var_1814);
        var_1816 = wp::add(var_1811, var_1815);
        var_1818 = wp::extract(var_2, var_1817, var_1809);
        var_1819 = wp::extract(var_1526, var_1817);
        var_1820 = wp::mul(var_1818, var_1819);
        var_1821 = wp::add(var_1816, var_1820);
        var_1823 = wp::extract(var_2, var_1822, var_1809);
        var_1824 = wp::extract(var_1526, var_1822);
        var_1825 = wp::mul(var_1823, var_1824);
        var_1826 = wp::add(var_1821, var_1825);
        var_1828 = wp::extract(var_2, var_1827, var_1809);
        var_1829 = wp::extract(var_1526, var_1827);
        var_1830 = wp::mul(var_1828, var_1829);
        var_1831 = wp::add(var_1826, var_1830);
        var_1833 = wp::extract(var_2, var_1832, var_1809);
        var_1834 = wp::extract(var_1526, var_1832);
        var_1835 = wp::mul(var_1833, var_1834);
        var_1836 = wp::add(var_1831, var_1835);
        var_1838 = wp::extract(var_2, var_1837, var_1809);
        var_1839 = wp::extract(var_1526, var_1837);
        var_1840 = wp::mul(var_1838, var_1839);
        var_1841 = wp::add(var_1836, var_1840);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1809, var_1841);
        // s = float(0.0)                                                                         <L 68>
        var_1844 = wp::float(var_1843);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1846 = wp::extract(var_2, var_1845, var_1842);
        var_1847 = wp::extract(var_1526, var_1845);
        var_1848 = wp::mul(var_1846, var_1847);
        var_1849 = wp::add(var_1844, var_1848);
        var_1851 = wp::extract(var_2, var_1850, var_1842);
        var_1852 = wp::extract(var_1526, var_1850);
        var_1853 = wp::mul(var_1851, var_1852);
        var_1854 = wp::add(var_1849, var_1853);
        var_1856 = wp::extract(var_2, var_1855, var_1842);
        var_1857 = wp::extract(var_1526, var_1855);
        var_1858 = wp::mul(var_1856, var_1857);
        var_1859 = wp::add(var_1854, var_1858);
        var_1861 = wp::extract(var_2, var_1860, var_1842);
        var_1862 = wp::extract(var_1526, var_1860);
        var_1863 = wp::mul(var_1861, var_1862);
        var_1864 = wp::add(var_1859, var_1863);
        var_1866 = wp::extract(var_2, var_1865, var_1842);
        var_1867 = wp::extract(var_1526, var_1865);
        var_1868 = wp::mul(var_1866, var_1867);
        var_1869 = wp::add(var_1864, var_1868);
        var_1871 = wp::extract(var_2, var_1870, var_1842);
        var_1872 = wp::extract(var_1526, var_1870);
        var_1873 = wp::mul(var_1871, var_1872);
        var_1874 = wp::add(var_1869, var_1873);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1842, var_1874);
        // s = float(0.0)                                                                         <L 68>
        var_1877 = wp::float(var_1876);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1879 = wp::extract(var_2, var_1878, var_1875);
        var_1880 = wp::extract(var_1526, var_1878);
        var_1881 = wp::mul(var_1879, var_1880);
        var_1882 = wp::add(var_1877, var_1881);
        var_1884 = wp::extract(var_2, var_1883, var_1875);
        var_1885 = wp::extract(var_1526, var_1883);
        var_1886 = wp::mul(var_1884, var_1885);
        var_1887 = wp::add(var_1882, var_1886);
        var_1889 = wp::extract(var_2, var_1888, var_1875);
        var_1890 = wp::extract(var_1526, var_1888);
        var_1891 = wp::mul(var_1889, var_1890);
        var_1892 = wp::add(var_1887, var_1891);
        var_1894 = wp::extract(var_2, var_1893, var_1875);
        var_1895 = wp::extract(var_1526, var_1893);
        var_1896 = wp::mul(var_1894, var_1895);
        var_1897 = wp::add(var_1892, var_1896);
        var_1899 = wp::extract(var_2, var_1898, var_1875);
        var_1900 = wp::extract(var_1526, var_1898);
        var_1901 = wp::mul(var_1899, var_1900);
        var_1902 = wp::add(var_1897, var_1901);
        var_1904 = wp::extract(var_2, var_1903, var_1875);
        var_1905 = wp::extract(var_1526, var_1903);
        var_1906 = wp::mul(var_1904, var_1905);
        var_1907 = wp::add(var_1902, var_1906);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1875, var_1907);
        // s = float(0.0)                                                                         <L 68>
        var_1910 = wp::float(var_1909);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1912 = wp::extract(var_2, var_1911, var_1908);
        var_1913 = wp::extract(var_1526, var_1911);
        var_1914 = wp::mul(var_1912, var_1913);
        var_1915 = wp::add(var_1910, var_1914);
        var_1917 = wp::extract(var_2, var_1916, var_1908);
        var_1918 = wp::extract(var_1526, var_1916);
        var_1919 = wp::mul(var_1917, var_1918);
        var_1920 = wp::add(var_1915, var_1919);
        var_1922 = wp::extract(var_2, var_1921, var_1908);
        var_1923 = wp::extract(var_1526, var_1921);
        var_1924 = wp::mul(var_1922, var_1923);
        var_1925 = wp::add(var_1920, var_1924);
        var_1927 = wp::extract(var_2, var_1926, var_1908);
        var_1928 = wp::extract(var_1526, var_1926);
        var_1929 = wp::mul(var_1927, var_1928);
        var_1930 = wp::add(var_1925, var_1929);
        var_1932 = wp::extract(var_2, var_1931, var_1908);
        var_1933 = wp::extract(var_1526, var_1931);
        var_1934 = wp::mul(var_1932, var_1933);
        var_1935 = wp::add(var_1930, var_1934);
        var_1937 = wp::extract(var_2, var_1936, var_1908);
        var_1938 = wp::extract(var_1526, var_1936);
        var_1939 = wp::mul(var_1937, var_1938);
        var_1940 = wp::add(var_1935, var_1939);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1908, var_1940);
        // s = float(0.0)                                                                         <L 68>
        var_1943 = wp::float(var_1942);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1945 = wp::extract(var_2, var_1944, var_1941);
        var_1946 = wp::extract(var_1526, var_1944);
        var_1947 = wp::mul(var_1945, var_1946);
        var_1948 = wp::add(var_1943, var_1947);
        var_1950 = wp::extract(var_2, var_1949, var_1941);
        var_1951 = wp::extract(var_1526, var_1949);
        var_1952 = wp::mul(var_1950, var_1951);
        var_1953 = wp::add(var_1948, var_1952);
        var_1955 = wp::extract(var_2, var_1954, var_1941);
        var_1956 = wp::extract(var_1526, var_1954);
        var_1957 = wp::mul(var_1955, var_1956);
        var_1958 = wp::add(var_1953, var_1957);
        var_1960 = wp::extract(var_2, var_1959, var_1941);
        var_1961 = wp::extract(var_1526, var_1959);
        var_1962 = wp::mul(var_1960, var_1961);
        var_1963 = wp::add(var_1958, var_1962);
        var_1965 = wp::extract(var_2, var_1964, var_1941);
        var_1966 = wp::extract(var_1526, var_1964);
        var_1967 = wp::mul(var_1965, var_1966);
        var_1968 = wp::add(var_1963, var_1967);
        var_1970 = wp::extract(var_2, var_1969, var_1941);
        var_1971 = wp::extract(var_1526, var_1969);
        var_1972 = wp::mul(var_1970, var_1971);
        var_1973 = wp::add(var_1968, var_1972);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1941, var_1973);
        // s = float(0.0)                                                                         <L 68>
        var_1976 = wp::float(var_1975);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_1978 = wp::extract(var_2, var_1977, var_1974);
        var_1979 = wp::extract(var_1526, var_1977);
        var_1980 = wp::mul(var_1978, var_1979);
        var_1981 = wp::add(var_1976, var_1980);
        var_1983 = wp::extract(var_2, var_1982, var_1974);
        var_1984 = wp::extract(var_1526, var_1982);
        var_1985 = wp::mul(var_1983, var_1984);
        var_1986 = wp::add(var_1981, var_1985);
        var_1988 = wp::extract(var_2, var_1987, var_1974);
        var_1989 = wp::extract(var_1526, var_1987);
        var_1990 = wp::mul(var_1988, var_1989);
        var_1991 = wp::add(var_1986, var_1990);
        var_1993 = wp::extract(var_2, var_1992, var_1974);
        var_1994 = wp::extract(var_1526, var_1992);
        var_1995 = wp::mul(var_1993, var_1994);
        var_1996 = wp::add(var_1991, var_1995);
        var_1998 = wp::extract(var_2, var_1997, var_1974);
        var_1999 = wp::extract(var_1526, var_1997);
        var_2000 = wp::mul(var_1998, var_1999);
        var_2001 = wp::add(var_1996, var_2000);
        var_2003 = wp::extract(var_2, var_2002, var_1974);
        var_2004 = wp::extract(var_1526, var_2002);
        var_2005 = wp::mul(var_2003, var_2004);
        var_2006 = wp::add(var_2001, var_2005);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_1974, var_2006);
        // s = float(0.0)                                                                         <L 68>
        var_2009 = wp::float(var_2008);
        // for a in range(6):                                                                     <L 69>
        // s += M[a, k] * y[a]                                                                    <L 70>
        var_2011 = wp::extract(var_2, var_2010, var_2007);
        var_2012 = wp::extract(var_1526, var_2010);
        var_2013 = wp::mul(var_2011, var_2012);
        var_2014 = wp::add(var_2009, var_2013);
        var_2016 = wp::extract(var_2, var_2015, var_2007);
        var_2017 = wp::extract(var_1526, var_2015);
        var_2018 = wp::mul(var_2016, var_2017);
        var_2019 = wp::add(var_2014, var_2018);
        var_2021 = wp::extract(var_2, var_2020, var_2007);
        var_2022 = wp::extract(var_1526, var_2020);
        var_2023 = wp::mul(var_2021, var_2022);
        var_2024 = wp::add(var_2019, var_2023);
        var_2026 = wp::extract(var_2, var_2025, var_2007);
        var_2027 = wp::extract(var_1526, var_2025);
        var_2028 = wp::mul(var_2026, var_2027);
        var_2029 = wp::add(var_2024, var_2028);
        var_2031 = wp::extract(var_2, var_2030, var_2007);
        var_2032 = wp::extract(var_1526, var_2030);
        var_2033 = wp::mul(var_2031, var_2032);
        var_2034 = wp::add(var_2029, var_2033);
        var_2036 = wp::extract(var_2, var_2035, var_2007);
        var_2037 = wp::extract(var_1526, var_2035);
        var_2038 = wp::mul(var_2036, var_2037);
        var_2039 = wp::add(var_2034, var_2038);
        // out[k] = s                                                                             <L 71>
        wp::assign_inplace(var_1808, var_2007, var_2039);
        // dq[r] = out                                                                            <L 72>
        // wp::array_store(var_dq, var_0, var_1808);
        //---------
        // reverse
        wp::adj_array_store(var_dq, var_0, var_1808, adj_dq, adj_0, adj_1808);
        // adj: dq[r] = out                                                                       <L 72>
        wp::adj_assign_inplace(var_1808, var_2007, var_2039, adj_1808, adj_2007, adj_2039);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_2034, var_2038, adj_2034, adj_2038, adj_2039);
        wp::adj_mul(var_2036, var_2037, adj_2036, adj_2037, adj_2038);
        wp::adj_extract(var_1526, var_2035, adj_1526, adj_2035, adj_2037);
        wp::adj_extract(var_2, var_2035, var_2007, adj_2, adj_2035, adj_2007, adj_2036);
        wp::adj_add(var_2029, var_2033, adj_2029, adj_2033, adj_2034);
        wp::adj_mul(var_2031, var_2032, adj_2031, adj_2032, adj_2033);
        wp::adj_extract(var_1526, var_2030, adj_1526, adj_2030, adj_2032);
        wp::adj_extract(var_2, var_2030, var_2007, adj_2, adj_2030, adj_2007, adj_2031);
        wp::adj_add(var_2024, var_2028, adj_2024, adj_2028, adj_2029);
        wp::adj_mul(var_2026, var_2027, adj_2026, adj_2027, adj_2028);
        wp::adj_extract(var_1526, var_2025, adj_1526, adj_2025, adj_2027);
        wp::adj_extract(var_2, var_2025, var_2007, adj_2, adj_2025, adj_2007, adj_2026);
        wp::adj_add(var_2019, var_2023, adj_2019, adj_2023, adj_2024);
        wp::adj_mul(var_2021, var_2022, adj_2021, adj_2022, adj_2023);
        wp::adj_extract(var_1526, var_2020, adj_1526, adj_2020, adj_2022);
        wp::adj_extract(var_2, var_2020, var_2007, adj_2, adj_2020, adj_2007, adj_2021);
        wp::adj_add(var_2014, var_2018, adj_2014, adj_2018, adj_2019);
        wp::adj_mul(var_2016, var_2017, adj_2016, adj_2017, adj_2018);
        wp::adj_extract(var_1526, var_2015, adj_1526, adj_2015, adj_2017);
        wp::adj_extract(var_2, var_2015, var_2007, adj_2, adj_2015, adj_2007, adj_2016);
        wp::adj_add(var_2009, var_2013, adj_2009, adj_2013, adj_2014);
        wp::adj_mul(var_2011, var_2012, adj_2011, adj_2012, adj_2013);
        wp::adj_extract(var_1526, var_2010, adj_1526, adj_2010, adj_2012);
        wp::adj_extract(var_2, var_2010, var_2007, adj_2, adj_2010, adj_2007, adj_2011);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_2008, adj_2008, adj_2009);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1974, var_2006, adj_1808, adj_1974, adj_2006);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_2001, var_2005, adj_2001, adj_2005, adj_2006);
        wp::adj_mul(var_2003, var_2004, adj_2003, adj_2004, adj_2005);
        wp::adj_extract(var_1526, var_2002, adj_1526, adj_2002, adj_2004);
        wp::adj_extract(var_2, var_2002, var_1974, adj_2, adj_2002, adj_1974, adj_2003);
        wp::adj_add(var_1996, var_2000, adj_1996, adj_2000, adj_2001);
        wp::adj_mul(var_1998, var_1999, adj_1998, adj_1999, adj_2000);
        wp::adj_extract(var_1526, var_1997, adj_1526, adj_1997, adj_1999);
        wp::adj_extract(var_2, var_1997, var_1974, adj_2, adj_1997, adj_1974, adj_1998);
        wp::adj_add(var_1991, var_1995, adj_1991, adj_1995, adj_1996);
        wp::adj_mul(var_1993, var_1994, adj_1993, adj_1994, adj_1995);
        wp::adj_extract(var_1526, var_1992, adj_1526, adj_1992, adj_1994);
        wp::adj_extract(var_2, var_1992, var_1974, adj_2, adj_1992, adj_1974, adj_1993);
        wp::adj_add(var_1986, var_1990, adj_1986, adj_1990, adj_1991);
        wp::adj_mul(var_1988, var_1989, adj_1988, adj_1989, adj_1990);
        wp::adj_extract(var_1526, var_1987, adj_1526, adj_1987, adj_1989);
        wp::adj_extract(var_2, var_1987, var_1974, adj_2, adj_1987, adj_1974, adj_1988);
        wp::adj_add(var_1981, var_1985, adj_1981, adj_1985, adj_1986);
        wp::adj_mul(var_1983, var_1984, adj_1983, adj_1984, adj_1985);
        wp::adj_extract(var_1526, var_1982, adj_1526, adj_1982, adj_1984);
        wp::adj_extract(var_2, var_1982, var_1974, adj_2, adj_1982, adj_1974, adj_1983);
        wp::adj_add(var_1976, var_1980, adj_1976, adj_1980, adj_1981);
        wp::adj_mul(var_1978, var_1979, adj_1978, adj_1979, adj_1980);
        wp::adj_extract(var_1526, var_1977, adj_1526, adj_1977, adj_1979);
        wp::adj_extract(var_2, var_1977, var_1974, adj_2, adj_1977, adj_1974, adj_1978);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1975, adj_1975, adj_1976);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1941, var_1973, adj_1808, adj_1941, adj_1973);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_1968, var_1972, adj_1968, adj_1972, adj_1973);
        wp::adj_mul(var_1970, var_1971, adj_1970, adj_1971, adj_1972);
        wp::adj_extract(var_1526, var_1969, adj_1526, adj_1969, adj_1971);
        wp::adj_extract(var_2, var_1969, var_1941, adj_2, adj_1969, adj_1941, adj_1970);
        wp::adj_add(var_1963, var_1967, adj_1963, adj_1967, adj_1968);
        wp::adj_mul(var_1965, var_1966, adj_1965, adj_1966, adj_1967);
        wp::adj_extract(var_1526, var_1964, adj_1526, adj_1964, adj_1966);
        wp::adj_extract(var_2, var_1964, var_1941, adj_2, adj_1964, adj_1941, adj_1965);
        wp::adj_add(var_1958, var_1962, adj_1958, adj_1962, adj_1963);
        wp::adj_mul(var_1960, var_1961, adj_1960, adj_1961, adj_1962);
        wp::adj_extract(var_1526, var_1959, adj_1526, adj_1959, adj_1961);
        wp::adj_extract(var_2, var_1959, var_1941, adj_2, adj_1959, adj_1941, adj_1960);
        wp::adj_add(var_1953, var_1957, adj_1953, adj_1957, adj_1958);
        wp::adj_mul(var_1955, var_1956, adj_1955, adj_1956, adj_1957);
        wp::adj_extract(var_1526, var_1954, adj_1526, adj_1954, adj_1956);
        wp::adj_extract(var_2, var_1954, var_1941, adj_2, adj_1954, adj_1941, adj_1955);
        wp::adj_add(var_1948, var_1952, adj_1948, adj_1952, adj_1953);
        wp::adj_mul(var_1950, var_1951, adj_1950, adj_1951, adj_1952);
        wp::adj_extract(var_1526, var_1949, adj_1526, adj_1949, adj_1951);
        wp::adj_extract(var_2, var_1949, var_1941, adj_2, adj_1949, adj_1941, adj_1950);
        wp::adj_add(var_1943, var_1947, adj_1943, adj_1947, adj_1948);
        wp::adj_mul(var_1945, var_1946, adj_1945, adj_1946, adj_1947);
        wp::adj_extract(var_1526, var_1944, adj_1526, adj_1944, adj_1946);
        wp::adj_extract(var_2, var_1944, var_1941, adj_2, adj_1944, adj_1941, adj_1945);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1942, adj_1942, adj_1943);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1908, var_1940, adj_1808, adj_1908, adj_1940);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_1935, var_1939, adj_1935, adj_1939, adj_1940);
        wp::adj_mul(var_1937, var_1938, adj_1937, adj_1938, adj_1939);
        wp::adj_extract(var_1526, var_1936, adj_1526, adj_1936, adj_1938);
        wp::adj_extract(var_2, var_1936, var_1908, adj_2, adj_1936, adj_1908, adj_1937);
        wp::adj_add(var_1930, var_1934, adj_1930, adj_1934, adj_1935);
        wp::adj_mul(var_1932, var_1933, adj_1932, adj_1933, adj_1934);
        wp::adj_extract(var_1526, var_1931, adj_1526, adj_1931, adj_1933);
        wp::adj_extract(var_2, var_1931, var_1908, adj_2, adj_1931, adj_1908, adj_1932);
        wp::adj_add(var_1925, var_1929, adj_1925, adj_1929, adj_1930);
        wp::adj_mul(var_1927, var_1928, adj_1927, adj_1928, adj_1929);
        wp::adj_extract(var_1526, var_1926, adj_1526, adj_1926, adj_1928);
        wp::adj_extract(var_2, var_1926, var_1908, adj_2, adj_1926, adj_1908, adj_1927);
        wp::adj_add(var_1920, var_1924, adj_1920, adj_1924, adj_1925);
        wp::adj_mul(var_1922, var_1923, adj_1922, adj_1923, adj_1924);
        wp::adj_extract(var_1526, var_1921, adj_1526, adj_1921, adj_1923);
        wp::adj_extract(var_2, var_1921, var_1908, adj_2, adj_1921, adj_1908, adj_1922);
        wp::adj_add(var_1915, var_1919, adj_1915, adj_1919, adj_1920);
        wp::adj_mul(var_1917, var_1918, adj_1917, adj_1918, adj_1919);
        wp::adj_extract(var_1526, var_1916, adj_1526, adj_1916, adj_1918);
        wp::adj_extract(var_2, var_1916, var_1908, adj_2, adj_1916, adj_1908, adj_1917);
        wp::adj_add(var_1910, var_1914, adj_1910, adj_1914, adj_1915);
        wp::adj_mul(var_1912, var_1913, adj_1912, adj_1913, adj_1914);
        wp::adj_extract(var_1526, var_1911, adj_1526, adj_1911, adj_1913);
        wp::adj_extract(var_2, var_1911, var_1908, adj_2, adj_1911, adj_1908, adj_1912);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1909, adj_1909, adj_1910);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1875, var_1907, adj_1808, adj_1875, adj_1907);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_1902, var_1906, adj_1902, adj_1906, adj_1907);
        wp::adj_mul(var_1904, var_1905, adj_1904, adj_1905, adj_1906);
        wp::adj_extract(var_1526, var_1903, adj_1526, adj_1903, adj_1905);
        wp::adj_extract(var_2, var_1903, var_1875, adj_2, adj_1903, adj_1875, adj_1904);
        wp::adj_add(var_1897, var_1901, adj_1897, adj_1901, adj_1902);
        wp::adj_mul(var_1899, var_1900, adj_1899, adj_1900, adj_1901);
        wp::adj_extract(var_1526, var_1898, adj_1526, adj_1898, adj_1900);
        wp::adj_extract(var_2, var_1898, var_1875, adj_2, adj_1898, adj_1875, adj_1899);
        wp::adj_add(var_1892, var_1896, adj_1892, adj_1896, adj_1897);
        wp::adj_mul(var_1894, var_1895, adj_1894, adj_1895, adj_1896);
        wp::adj_extract(var_1526, var_1893, adj_1526, adj_1893, adj_1895);
        wp::adj_extract(var_2, var_1893, var_1875, adj_2, adj_1893, adj_1875, adj_1894);
        wp::adj_add(var_1887, var_1891, adj_1887, adj_1891, adj_1892);
        wp::adj_mul(var_1889, var_1890, adj_1889, adj_1890, adj_1891);
        wp::adj_extract(var_1526, var_1888, adj_1526, adj_1888, adj_1890);
        wp::adj_extract(var_2, var_1888, var_1875, adj_2, adj_1888, adj_1875, adj_1889);
        wp::adj_add(var_1882, var_1886, adj_1882, adj_1886, adj_1887);
        wp::adj_mul(var_1884, var_1885, adj_1884, adj_1885, adj_1886);
        wp::adj_extract(var_1526, var_1883, adj_1526, adj_1883, adj_1885);
        wp::adj_extract(var_2, var_1883, var_1875, adj_2, adj_1883, adj_1875, adj_1884);
        wp::adj_add(var_1877, var_1881, adj_1877, adj_1881, adj_1882);
        wp::adj_mul(var_1879, var_1880, adj_1879, adj_1880, adj_1881);
        wp::adj_extract(var_1526, var_1878, adj_1526, adj_1878, adj_1880);
        wp::adj_extract(var_2, var_1878, var_1875, adj_2, adj_1878, adj_1875, adj_1879);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1876, adj_1876, adj_1877);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1842, var_1874, adj_1808, adj_1842, adj_1874);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_1869, var_1873, adj_1869, adj_1873, adj_1874);
        wp::adj_mul(var_1871, var_1872, adj_1871, adj_1872, adj_1873);
        wp::adj_extract(var_1526, var_1870, adj_1526, adj_1870, adj_1872);
        wp::adj_extract(var_2, var_1870, var_1842, adj_2, adj_1870, adj_1842, adj_1871);
        wp::adj_add(var_1864, var_1868, adj_1864, adj_1868, adj_1869);
        wp::adj_mul(var_1866, var_1867, adj_1866, adj_1867, adj_1868);
        wp::adj_extract(var_1526, var_1865, adj_1526, adj_1865, adj_1867);
        wp::adj_extract(var_2, var_1865, var_1842, adj_2, adj_1865, adj_1842, adj_1866);
        wp::adj_add(var_1859, var_1863, adj_1859, adj_1863, adj_1864);
        wp::adj_mul(var_1861, var_1862, adj_1861, adj_1862, adj_1863);
        wp::adj_extract(var_1526, var_1860, adj_1526, adj_1860, adj_1862);
        wp::adj_extract(var_2, var_1860, var_1842, adj_2, adj_1860, adj_1842, adj_1861);
        wp::adj_add(var_1854, var_1858, adj_1854, adj_1858, adj_1859);
        wp::adj_mul(var_1856, var_1857, adj_1856, adj_1857, adj_1858);
        wp::adj_extract(var_1526, var_1855, adj_1526, adj_1855, adj_1857);
        wp::adj_extract(var_2, var_1855, var_1842, adj_2, adj_1855, adj_1842, adj_1856);
        wp::adj_add(var_1849, var_1853, adj_1849, adj_1853, adj_1854);
        wp::adj_mul(var_1851, var_1852, adj_1851, adj_1852, adj_1853);
        wp::adj_extract(var_1526, var_1850, adj_1526, adj_1850, adj_1852);
        wp::adj_extract(var_2, var_1850, var_1842, adj_2, adj_1850, adj_1842, adj_1851);
        wp::adj_add(var_1844, var_1848, adj_1844, adj_1848, adj_1849);
        wp::adj_mul(var_1846, var_1847, adj_1846, adj_1847, adj_1848);
        wp::adj_extract(var_1526, var_1845, adj_1526, adj_1845, adj_1847);
        wp::adj_extract(var_2, var_1845, var_1842, adj_2, adj_1845, adj_1842, adj_1846);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1843, adj_1843, adj_1844);
        // adj: s = float(0.0)                                                                    <L 68>
        wp::adj_assign_inplace(var_1808, var_1809, var_1841, adj_1808, adj_1809, adj_1841);
        // adj: out[k] = s                                                                        <L 71>
        wp::adj_add(var_1836, var_1840, adj_1836, adj_1840, adj_1841);
        wp::adj_mul(var_1838, var_1839, adj_1838, adj_1839, adj_1840);
        wp::adj_extract(var_1526, var_1837, adj_1526, adj_1837, adj_1839);
        wp::adj_extract(var_2, var_1837, var_1809, adj_2, adj_1837, adj_1809, adj_1838);
        wp::adj_add(var_1831, var_1835, adj_1831, adj_1835, adj_1836);
        wp::adj_mul(var_1833, var_1834, adj_1833, adj_1834, adj_1835);
        wp::adj_extract(var_1526, var_1832, adj_1526, adj_1832, adj_1834);
        wp::adj_extract(var_2, var_1832, var_1809, adj_2, adj_1832, adj_1809, adj_1833);
        wp::adj_add(var_1826, var_1830, adj_1826, adj_1830, adj_1831);
        wp::adj_mul(var_1828, var_1829, adj_1828, adj_1829, adj_1830);
        wp::adj_extract(var_1526, var_1827, adj_1526, adj_1827, adj_1829);
        wp::adj_extract(var_2, var_1827, var_1809, adj_2, adj_1827, adj_1809, adj_1828);
        wp::adj_add(var_1821, var_1825, adj_1821, adj_1825, adj_1826);
        wp::adj_mul(var_1823, var_1824, adj_1823, adj_1824, adj_1825);
        wp::adj_extract(var_1526, var_1822, adj_1526, adj_1822, adj_1824);
        wp::adj_extract(var_2, var_1822, var_1809, adj_2, adj_1822, adj_1809, adj_1823);
        wp::adj_add(var_1816, var_1820, adj_1816, adj_1820, adj_1821);
        wp::adj_mul(var_1818, var_1819, adj_1818, adj_1819, adj_1820);
        wp::adj_extract(var_1526, var_1817, adj_1526, adj_1817, adj_1819);
        wp::adj_extract(var_2, var_1817, var_1809, adj_2, adj_1817, adj_1809, adj_1818);
        wp::adj_add(var_1811, var_1815, adj_1811, adj_1815, adj_1816);
        wp::adj_mul(var_1813, var_1814, adj_1813, adj_1814, adj_1815);
        wp::adj_extract(var_1526, var_1812, adj_1526, adj_1812, adj_1814);
        wp::adj_extract(var_2, var_1812, var_1809, adj_2, adj_1812, adj_1809, adj_1813);
        // adj: s += M[a, k] * y[a]                                                               <L 70>
        // adj: for a in range(6):                                                                <L 69>
        wp::adj_float(var_1810, adj_1810, adj_1811);
        // adj: s = float(0.0)                                                                    <L 68>
        // adj: for k in range(MAX_DOF):                                                          <L 67>
        // adj: out = vec7()                                                                      <L 66>
        var_1528 = wp::iter_reverse(var_1528);
        start_for_0:;
            if (iter_cmp(var_1528) == 0) goto end_for_0;
            var_1531 = wp::iter_next(var_1528);
        	adj_1532 = {};
        	adj_1533 = {};
        	adj_1534 = {};
        	adj_1535 = {};
        	adj_1536 = {};
        	adj_1537 = {};
        	adj_1538 = {};
        	adj_1539 = {};
        	adj_1540 = {};
        	adj_1541 = {};
        	adj_1542 = {};
        	adj_1543 = {};
        	adj_1544 = {};
        	adj_1545 = {};
        	adj_1546 = {};
        	adj_1547 = {};
        	adj_1548 = {};
        	adj_1549 = {};
        	adj_1550 = {};
        	adj_1551 = {};
        	adj_1552 = {};
        	adj_1553 = {};
        	adj_1554 = {};
        	adj_1555 = {};
        	adj_1556 = {};
        	adj_1557 = {};
        	adj_1558 = {};
        	adj_1559 = {};
        	adj_1560 = {};
        	adj_1561 = {};
        	adj_1562 = {};
        	adj_1563 = {};
        	adj_1564 = {};
        	adj_1565 = {};
        	adj_1566 = {};
        	adj_1567 = {};
        	adj_1568 = {};
        	adj_1569 = {};
        	adj_1570 = {};
        	adj_1571 = {};
        	adj_1572 = {};
        	adj_1573 = {};
        	adj_1574 = {};
        	adj_1575 = {};
        	adj_1576 = {};
        	adj_1577 = {};
        	adj_1578 = {};
        	adj_1579 = {};
        	adj_1580 = {};
        	adj_1581 = {};
        	adj_1582 = {};
        	adj_1583 = {};
        	adj_1584 = {};
        	adj_1585 = {};
        	adj_1586 = {};
        	adj_1587 = {};
        	adj_1588 = {};
        	adj_1589 = {};
        	adj_1590 = {};
        	adj_1591 = {};
        	adj_1592 = {};
        	adj_1593 = {};
        	adj_1594 = {};
        	adj_1595 = {};
        	adj_1596 = {};
        	adj_1597 = {};
        	adj_1598 = {};
        	adj_1599 = {};
        	adj_1600 = {};
        	adj_1601 = {};
        	adj_1602 = {};
        	adj_1603 = {};
        	adj_1604 = {};
        	adj_1605 = {};
        	adj_1606 = {};
        	adj_1607 = {};
        	adj_1608 = {};
        	adj_1609 = {};
        	adj_1610 = {};
        	adj_1611 = {};
        	adj_1612 = {};
        	adj_1613 = {};
        	adj_1614 = {};
        	adj_1615 = {};
        	adj_1616 = {};
        	adj_1617 = {};
        	adj_1618 = {};
        	adj_1619 = {};
        	adj_1620 = {};
        	adj_1621 = {};
        	adj_1622 = {};
        	adj_1623 = {};
        	adj_1624 = {};
        	adj_1625 = {};
        	adj_1626 = {};
        	adj_1627 = {};
        	adj_1628 = {};
        	adj_1629 = {};
        	adj_1630 = {};
        	adj_1631 = {};
        	adj_1632 = {};
        	adj_1633 = {};
        	adj_1634 = {};
        	adj_1635 = {};
        	adj_1636 = {};
        	adj_1637 = {};
        	adj_1638 = {};
        	adj_1639 = {};
        	adj_1640 = {};
        	adj_1641 = {};
        	adj_1642 = {};
        	adj_1643 = {};
        	adj_1644 = {};
        	adj_1645 = {};
        	adj_1646 = {};
        	adj_1647 = {};
        	adj_1648 = {};
        	adj_1649 = {};
        	adj_1650 = {};
        	adj_1651 = {};
        	adj_1652 = {};
        	adj_1653 = {};
        	adj_1654 = {};
        	adj_1655 = {};
        	adj_1656 = {};
        	adj_1657 = {};
        	adj_1658 = {};
        	adj_1659 = {};
        	adj_1660 = {};
        	adj_1661 = {};
        	adj_1662 = {};
        	adj_1663 = {};
        	adj_1664 = {};
        	adj_1665 = {};
        	adj_1666 = {};
        	adj_1667 = {};
        	adj_1668 = {};
        	adj_1669 = {};
        	adj_1670 = {};
        	adj_1671 = {};
        	adj_1672 = {};
        	adj_1673 = {};
        	adj_1674 = {};
        	adj_1675 = {};
        	adj_1676 = {};
        	adj_1677 = {};
        	adj_1678 = {};
        	adj_1679 = {};
        	adj_1680 = {};
        	adj_1681 = {};
        	adj_1682 = {};
        	adj_1683 = {};
        	adj_1684 = {};
        	adj_1685 = {};
        	adj_1686 = {};
        	adj_1687 = {};
        	adj_1688 = {};
        	adj_1689 = {};
        	adj_1690 = {};
        	adj_1691 = {};
        	adj_1692 = {};
        	adj_1693 = {};
        	adj_1694 = {};
        	adj_1695 = {};
        	adj_1696 = {};
        	adj_1697 = {};
        	adj_1698 = {};
        	adj_1699 = {};
        	adj_1700 = {};
        	adj_1701 = {};
        	adj_1702 = {};
        	adj_1703 = {};
        	adj_1704 = {};
        	adj_1705 = {};
        	adj_1706 = {};
        	adj_1707 = {};
        	adj_1708 = {};
        	adj_1709 = {};
        	adj_1710 = {};
        	adj_1711 = {};
        	adj_1712 = {};
        	adj_1713 = {};
        	adj_1714 = {};
        	adj_1715 = {};
        	adj_1716 = {};
        	adj_1717 = {};
        	adj_1718 = {};
        	adj_1719 = {};
        	adj_1720 = {};
        	adj_1721 = {};
        	adj_1722 = {};
        	adj_1723 = {};
        	adj_1724 = {};
        	adj_1725 = {};
        	adj_1726 = {};
        	adj_1727 = {};
        	adj_1728 = {};
        	adj_1729 = {};
        	adj_1730 = {};
        	adj_1731 = {};
        	adj_1732 = {};
        	adj_1733 = {};
        	adj_1734 = {};
        	adj_1735 = {};
        	adj_1736 = {};
        	adj_1737 = {};
        	adj_1738 = {};
        	adj_1739 = {};
        	adj_1740 = {};
        	adj_1741 = {};
        	adj_1742 = {};
        	adj_1743 = {};
        	adj_1744 = {};
        	adj_1745 = {};
        	adj_1746 = {};
        	adj_1747 = {};
        	adj_1748 = {};
        	adj_1749 = {};
        	adj_1750 = {};
        	adj_1751 = {};
        	adj_1752 = {};
        	adj_1753 = {};
        	adj_1754 = {};
        	adj_1755 = {};
        	adj_1756 = {};
        	adj_1757 = {};
        	adj_1758 = {};
        	adj_1759 = {};
        	adj_1760 = {};
        	adj_1761 = {};
        	adj_1762 = {};
        	adj_1763 = {};
        	adj_1764 = {};
        	adj_1765 = {};
        	adj_1766 = {};
        	adj_1767 = {};
        	adj_1768 = {};
        	adj_1769 = {};
        	adj_1770 = {};
        	adj_1771 = {};
        	adj_1772 = {};
        	adj_1773 = {};
        	adj_1774 = {};
        	adj_1775 = {};
        	adj_1776 = {};
        	adj_1777 = {};
        	adj_1778 = {};
        	adj_1779 = {};
        	adj_1780 = {};
        	adj_1781 = {};
        	adj_1782 = {};
        	adj_1783 = {};
        	adj_1784 = {};
        	adj_1785 = {};
        	adj_1786 = {};
        	adj_1787 = {};
        	adj_1788 = {};
        	adj_1789 = {};
        	adj_1790 = {};
        	adj_1791 = {};
        	adj_1792 = {};
        	adj_1793 = {};
        	adj_1794 = {};
        	adj_1795 = {};
        	adj_1796 = {};
        	adj_1797 = {};
        	adj_1798 = {};
        	adj_1799 = {};
        	adj_1800 = {};
        	adj_1801 = {};
        	adj_1802 = {};
        	adj_1803 = {};
        	adj_1804 = {};
        	adj_1805 = {};
        	adj_1806 = {};
        	adj_1807 = {};
            // for a in range(6):                                                                 <L 60>
            // s = e[a]                                                                           <L 61>
            var_1533 = wp::extract(var_5, var_1532);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1535 = (var_1534 != var_1532);
            if (var_1535) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1536 = wp::extract(var_7, var_1532, var_1534);
                var_1537 = wp::extract(var_1526, var_1534);
                var_1538 = wp::mul(var_1536, var_1537);
                var_1539 = wp::sub(var_1533, var_1538);
            }
            var_1540 = wp::where(var_1535, var_1539, var_1533);
            // if b != a:                                                                         <L 63>
            var_1542 = (var_1541 != var_1532);
            if (var_1542) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1543 = wp::extract(var_7, var_1532, var_1541);
                var_1544 = wp::extract(var_1526, var_1541);
                var_1545 = wp::mul(var_1543, var_1544);
                var_1546 = wp::sub(var_1540, var_1545);
            }
            var_1547 = wp::where(var_1542, var_1546, var_1540);
            // if b != a:                                                                         <L 63>
            var_1549 = (var_1548 != var_1532);
            if (var_1549) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1550 = wp::extract(var_7, var_1532, var_1548);
                var_1551 = wp::extract(var_1526, var_1548);
                var_1552 = wp::mul(var_1550, var_1551);
                var_1553 = wp::sub(var_1547, var_1552);
            }
            var_1554 = wp::where(var_1549, var_1553, var_1547);
            // if b != a:                                                                         <L 63>
            var_1556 = (var_1555 != var_1532);
            if (var_1556) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1557 = wp::extract(var_7, var_1532, var_1555);
                var_1558 = wp::extract(var_1526, var_1555);
                var_1559 = wp::mul(var_1557, var_1558);
                var_1560 = wp::sub(var_1554, var_1559);
            }
            var_1561 = wp::where(var_1556, var_1560, var_1554);
            // if b != a:                                                                         <L 63>
            var_1563 = (var_1562 != var_1532);
            if (var_1563) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1564 = wp::extract(var_7, var_1532, var_1562);
                var_1565 = wp::extract(var_1526, var_1562);
                var_1566 = wp::mul(var_1564, var_1565);
                var_1567 = wp::sub(var_1561, var_1566);
            }
            var_1568 = wp::where(var_1563, var_1567, var_1561);
            // if b != a:                                                                         <L 63>
            var_1570 = (var_1569 != var_1532);
            if (var_1570) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1571 = wp::extract(var_7, var_1532, var_1569);
                var_1572 = wp::extract(var_1526, var_1569);
                var_1573 = wp::mul(var_1571, var_1572);
                var_1574 = wp::sub(var_1568, var_1573);
            }
            var_1575 = wp::where(var_1570, var_1574, var_1568);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1576 = wp::extract(var_7, var_1532, var_1532);
            var_1577 = wp::div(var_1575, var_1576);
            wp::assign_inplace(var_1526, var_1532, var_1577);
            // s = e[a]                                                                           <L 61>
            var_1579 = wp::extract(var_5, var_1578);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1581 = (var_1580 != var_1578);
            if (var_1581) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1582 = wp::extract(var_7, var_1578, var_1580);
                var_1583 = wp::extract(var_1526, var_1580);
                var_1584 = wp::mul(var_1582, var_1583);
                var_1585 = wp::sub(var_1579, var_1584);
            }
            var_1586 = wp::where(var_1581, var_1585, var_1579);
            // if b != a:                                                                         <L 63>
            var_1588 = (var_1587 != var_1578);
            if (var_1588) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1589 = wp::extract(var_7, var_1578, var_1587);
                var_1590 = wp::extract(var_1526, var_1587);
                var_1591 = wp::mul(var_1589, var_1590);
                var_1592 = wp::sub(var_1586, var_1591);
            }
            var_1593 = wp::where(var_1588, var_1592, var_1586);
            // if b != a:                                                                         <L 63>
            var_1595 = (var_1594 != var_1578);
            if (var_1595) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1596 = wp::extract(var_7, var_1578, var_1594);
                var_1597 = wp::extract(var_1526, var_1594);
                var_1598 = wp::mul(var_1596, var_1597);
                var_1599 = wp::sub(var_1593, var_1598);
            }
            var_1600 = wp::where(var_1595, var_1599, var_1593);
            // if b != a:                                                                         <L 63>
            var_1602 = (var_1601 != var_1578);
            if (var_1602) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1603 = wp::extract(var_7, var_1578, var_1601);
                var_1604 = wp::extract(var_1526, var_1601);
                var_1605 = wp::mul(var_1603, var_1604);
                var_1606 = wp::sub(var_1600, var_1605);
            }
            var_1607 = wp::where(var_1602, var_1606, var_1600);
            // if b != a:                                                                         <L 63>
            var_1609 = (var_1608 != var_1578);
            if (var_1609) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1610 = wp::extract(var_7, var_1578, var_1608);
                var_1611 = wp::extract(var_1526, var_1608);
                var_1612 = wp::mul(var_1610, var_1611);
                var_1613 = wp::sub(var_1607, var_1612);
            }
            var_1614 = wp::where(var_1609, var_1613, var_1607);
            // if b != a:                                                                         <L 63>
            var_1616 = (var_1615 != var_1578);
            if (var_1616) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1617 = wp::extract(var_7, var_1578, var_1615);
                var_1618 = wp::extract(var_1526, var_1615);
                var_1619 = wp::mul(var_1617, var_1618);
                var_1620 = wp::sub(var_1614, var_1619);
            }
            var_1621 = wp::where(var_1616, var_1620, var_1614);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1622 = wp::extract(var_7, var_1578, var_1578);
            var_1623 = wp::div(var_1621, var_1622);
            wp::assign_inplace(var_1526, var_1578, var_1623);
            // s = e[a]                                                                           <L 61>
            var_1625 = wp::extract(var_5, var_1624);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1627 = (var_1626 != var_1624);
            if (var_1627) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1628 = wp::extract(var_7, var_1624, var_1626);
                var_1629 = wp::extract(var_1526, var_1626);
                var_1630 = wp::mul(var_1628, var_1629);
                var_1631 = wp::sub(var_1625, var_1630);
            }
            var_1632 = wp::where(var_1627, var_1631, var_1625);
            // if b != a:                                                                         <L 63>
            var_1634 = (var_1633 != var_1624);
            if (var_1634) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1635 = wp::extract(var_7, var_1624, var_1633);
                var_1636 = wp::extract(var_1526, var_1633);
                var_1637 = wp::mul(var_1635, var_1636);
                var_1638 = wp::sub(var_1632, var_1637);
            }
            var_1639 = wp::where(var_1634, var_1638, var_1632);
            // if b != a:                                                                         <L 63>
            var_1641 = (var_1640 != var_1624);
            if (var_1641) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1642 = wp::extract(var_7, var_1624, var_1640);
                var_1643 = wp::extract(var_1526, var_1640);
                var_1644 = wp::mul(var_1642, var_1643);
                var_1645 = wp::sub(var_1639, var_1644);
            }
            var_1646 = wp::where(var_1641, var_1645, var_1639);
            // if b != a:                                                                         <L 63>
            var_1648 = (var_1647 != var_1624);
            if (var_1648) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1649 = wp::extract(var_7, var_1624, var_1647);
                var_1650 = wp::extract(var_1526, var_1647);
                var_1651 = wp::mul(var_1649, var_1650);
                var_1652 = wp::sub(var_1646, var_1651);
            }
            var_1653 = wp::where(var_1648, var_1652, var_1646);
            // if b != a:                                                                         <L 63>
            var_1655 = (var_1654 != var_1624);
            if (var_1655) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1656 = wp::extract(var_7, var_1624, var_1654);
                var_1657 = wp::extract(var_1526, var_1654);
                var_1658 = wp::mul(var_1656, var_1657);
                var_1659 = wp::sub(var_1653, var_1658);
            }
            var_1660 = wp::where(var_1655, var_1659, var_1653);
            // if b != a:                                                                         <L 63>
            var_1662 = (var_1661 != var_1624);
            if (var_1662) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1663 = wp::extract(var_7, var_1624, var_1661);
                var_1664 = wp::extract(var_1526, var_1661);
                var_1665 = wp::mul(var_1663, var_1664);
                var_1666 = wp::sub(var_1660, var_1665);
            }
            var_1667 = wp::where(var_1662, var_1666, var_1660);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1668 = wp::extract(var_7, var_1624, var_1624);
            var_1669 = wp::div(var_1667, var_1668);
            wp::assign_inplace(var_1526, var_1624, var_1669);
            // s = e[a]                                                                           <L 61>
            var_1671 = wp::extract(var_5, var_1670);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1673 = (var_1672 != var_1670);
            if (var_1673) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1674 = wp::extract(var_7, var_1670, var_1672);
                var_1675 = wp::extract(var_1526, var_1672);
                var_1676 = wp::mul(var_1674, var_1675);
                var_1677 = wp::sub(var_1671, var_1676);
            }
            var_1678 = wp::where(var_1673, var_1677, var_1671);
            // if b != a:                                                                         <L 63>
            var_1680 = (var_1679 != var_1670);
            if (var_1680) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1681 = wp::extract(var_7, var_1670, var_1679);
                var_1682 = wp::extract(var_1526, var_1679);
                var_1683 = wp::mul(var_1681, var_1682);
                var_1684 = wp::sub(var_1678, var_1683);
            }
            var_1685 = wp::where(var_1680, var_1684, var_1678);
            // if b != a:                                                                         <L 63>
            var_1687 = (var_1686 != var_1670);
            if (var_1687) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1688 = wp::extract(var_7, var_1670, var_1686);
                var_1689 = wp::extract(var_1526, var_1686);
                var_1690 = wp::mul(var_1688, var_1689);
                var_1691 = wp::sub(var_1685, var_1690);
            }
            var_1692 = wp::where(var_1687, var_1691, var_1685);
            // if b != a:                                                                         <L 63>
            var_1694 = (var_1693 != var_1670);
            if (var_1694) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1695 = wp::extract(var_7, var_1670, var_1693);
                var_1696 = wp::extract(var_1526, var_1693);
                var_1697 = wp::mul(var_1695, var_1696);
                var_1698 = wp::sub(var_1692, var_1697);
            }
            var_1699 = wp::where(var_1694, var_1698, var_1692);
            // if b != a:                                                                         <L 63>
            var_1701 = (var_1700 != var_1670);
            if (var_1701) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1702 = wp::extract(var_7, var_1670, var_1700);
                var_1703 = wp::extract(var_1526, var_1700);
                var_1704 = wp::mul(var_1702, var_1703);
                var_1705 = wp::sub(var_1699, var_1704);
            }
            var_1706 = wp::where(var_1701, var_1705, var_1699);
            // if b != a:                                                                         <L 63>
            var_1708 = (var_1707 != var_1670);
            if (var_1708) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1709 = wp::extract(var_7, var_1670, var_1707);
                var_1710 = wp::extract(var_1526, var_1707);
                var_1711 = wp::mul(var_1709, var_1710);
                var_1712 = wp::sub(var_1706, var_1711);
            }
            var_1713 = wp::where(var_1708, var_1712, var_1706);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1714 = wp::extract(var_7, var_1670, var_1670);
            var_1715 = wp::div(var_1713, var_1714);
            wp::assign_inplace(var_1526, var_1670, var_1715);
            // s = e[a]                                                                           <L 61>
            var_1717 = wp::extract(var_5, var_1716);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1719 = (var_1718 != var_1716);
            if (var_1719) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1720 = wp::extract(var_7, var_1716, var_1718);
                var_1721 = wp::extract(var_1526, var_1718);
                var_1722 = wp::mul(var_1720, var_1721);
                var_1723 = wp::sub(var_1717, var_1722);
            }
            var_1724 = wp::where(var_1719, var_1723, var_1717);
            // if b != a:                                                                         <L 63>
            var_1726 = (var_1725 != var_1716);
            if (var_1726) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1727 = wp::extract(var_7, var_1716, var_1725);
                var_1728 = wp::extract(var_1526, var_1725);
                var_1729 = wp::mul(var_1727, var_1728);
                var_1730 = wp::sub(var_1724, var_1729);
            }
            var_1731 = wp::where(var_1726, var_1730, var_1724);
            // if b != a:                                                                         <L 63>
            var_1733 = (var_1732 != var_1716);
            if (var_1733) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1734 = wp::extract(var_7, var_1716, var_1732);
                var_1735 = wp::extract(var_1526, var_1732);
                var_1736 = wp::mul(var_1734, var_1735);
                var_1737 = wp::sub(var_1731, var_1736);
            }
            var_1738 = wp::where(var_1733, var_1737, var_1731);
            // if b != a:                                                                         <L 63>
            var_1740 = (var_1739 != var_1716);
            if (var_1740) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1741 = wp::extract(var_7, var_1716, var_1739);
                var_1742 = wp::extract(var_1526, var_1739);
                var_1743 = wp::mul(var_1741, var_1742);
                var_1744 = wp::sub(var_1738, var_1743);
            }
            var_1745 = wp::where(var_1740, var_1744, var_1738);
            // if b != a:                                                                         <L 63>
            var_1747 = (var_1746 != var_1716);
            if (var_1747) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1748 = wp::extract(var_7, var_1716, var_1746);
                var_1749 = wp::extract(var_1526, var_1746);
                var_1750 = wp::mul(var_1748, var_1749);
                var_1751 = wp::sub(var_1745, var_1750);
            }
            var_1752 = wp::where(var_1747, var_1751, var_1745);
            // if b != a:                                                                         <L 63>
            var_1754 = (var_1753 != var_1716);
            if (var_1754) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1755 = wp::extract(var_7, var_1716, var_1753);
                var_1756 = wp::extract(var_1526, var_1753);
                var_1757 = wp::mul(var_1755, var_1756);
                var_1758 = wp::sub(var_1752, var_1757);
            }
            var_1759 = wp::where(var_1754, var_1758, var_1752);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1760 = wp::extract(var_7, var_1716, var_1716);
            var_1761 = wp::div(var_1759, var_1760);
            wp::assign_inplace(var_1526, var_1716, var_1761);
            // s = e[a]                                                                           <L 61>
            var_1763 = wp::extract(var_5, var_1762);
            // for b in range(6):                                                                 <L 62>
            // if b != a:                                                                         <L 63>
            var_1765 = (var_1764 != var_1762);
            if (var_1765) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1766 = wp::extract(var_7, var_1762, var_1764);
                var_1767 = wp::extract(var_1526, var_1764);
                var_1768 = wp::mul(var_1766, var_1767);
                var_1769 = wp::sub(var_1763, var_1768);
            }
            var_1770 = wp::where(var_1765, var_1769, var_1763);
            // if b != a:                                                                         <L 63>
            var_1772 = (var_1771 != var_1762);
            if (var_1772) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1773 = wp::extract(var_7, var_1762, var_1771);
                var_1774 = wp::extract(var_1526, var_1771);
                var_1775 = wp::mul(var_1773, var_1774);
                var_1776 = wp::sub(var_1770, var_1775);
            }
            var_1777 = wp::where(var_1772, var_1776, var_1770);
            // if b != a:                                                                         <L 63>
            var_1779 = (var_1778 != var_1762);
            if (var_1779) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1780 = wp::extract(var_7, var_1762, var_1778);
                var_1781 = wp::extract(var_1526, var_1778);
                var_1782 = wp::mul(var_1780, var_1781);
                var_1783 = wp::sub(var_1777, var_1782);
            }
            var_1784 = wp::where(var_1779, var_1783, var_1777);
            // if b != a:                                                                         <L 63>
            var_1786 = (var_1785 != var_1762);
            if (var_1786) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1787 = wp::extract(var_7, var_1762, var_1785);
                var_1788 = wp::extract(var_1526, var_1785);
                var_1789 = wp::mul(var_1787, var_1788);
                var_1790 = wp::sub(var_1784, var_1789);
            }
            var_1791 = wp::where(var_1786, var_1790, var_1784);
            // if b != a:                                                                         <L 63>
            var_1793 = (var_1792 != var_1762);
            if (var_1793) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1794 = wp::extract(var_7, var_1762, var_1792);
                var_1795 = wp::extract(var_1526, var_1792);
                var_1796 = wp::mul(var_1794, var_1795);
                var_1797 = wp::sub(var_1791, var_1796);
            }
            var_1798 = wp::where(var_1793, var_1797, var_1791);
            // if b != a:                                                                         <L 63>
            var_1800 = (var_1799 != var_1762);
            if (var_1800) {
                // s -= JJt[a, b] * y[b]                                                          <L 64>
                var_1801 = wp::extract(var_7, var_1762, var_1799);
                var_1802 = wp::extract(var_1526, var_1799);
                var_1803 = wp::mul(var_1801, var_1802);
                var_1804 = wp::sub(var_1798, var_1803);
            }
            var_1805 = wp::where(var_1800, var_1804, var_1798);
            // y[a] = s / JJt[a, a]                                                               <L 65>
            var_1806 = wp::extract(var_7, var_1762, var_1762);
            var_1807 = wp::div(var_1805, var_1806);
            wp::assign_inplace(var_1526, var_1762, var_1807);
            wp::assign(var_1529, var_1762);
            wp::assign(var_1530, var_1799);
            wp::assign(var_1525, var_1805);
            wp::adj_assign(var_1525, var_1805, adj_1525, adj_1805);
            wp::adj_assign(var_1530, var_1799, adj_1530, adj_1799);
            wp::adj_assign(var_1529, var_1762, adj_1529, adj_1762);
            wp::adj_assign_inplace(var_1526, var_1762, var_1807, adj_1526, adj_1762, adj_1807);
            wp::adj_div(var_1805, var_1806, var_1807, adj_1805, adj_1806, adj_1807);
            wp::adj_extract(var_7, var_1762, var_1762, adj_7, adj_1762, adj_1762, adj_1806);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1800, var_1804, var_1798, adj_1800, adj_1804, adj_1798, adj_1805);
            if (var_1800) {
                wp::adj_sub(var_1798, var_1803, adj_1798, adj_1803, adj_1804);
                wp::adj_mul(var_1801, var_1802, adj_1801, adj_1802, adj_1803);
                wp::adj_extract(var_1526, var_1799, adj_1526, adj_1799, adj_1802);
                wp::adj_extract(var_7, var_1762, var_1799, adj_7, adj_1762, adj_1799, adj_1801);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1793, var_1797, var_1791, adj_1793, adj_1797, adj_1791, adj_1798);
            if (var_1793) {
                wp::adj_sub(var_1791, var_1796, adj_1791, adj_1796, adj_1797);
                wp::adj_mul(var_1794, var_1795, adj_1794, adj_1795, adj_1796);
                wp::adj_extract(var_1526, var_1792, adj_1526, adj_1792, adj_1795);
                wp::adj_extract(var_7, var_1762, var_1792, adj_7, adj_1762, adj_1792, adj_1794);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1786, var_1790, var_1784, adj_1786, adj_1790, adj_1784, adj_1791);
            if (var_1786) {
                wp::adj_sub(var_1784, var_1789, adj_1784, adj_1789, adj_1790);
                wp::adj_mul(var_1787, var_1788, adj_1787, adj_1788, adj_1789);
                wp::adj_extract(var_1526, var_1785, adj_1526, adj_1785, adj_1788);
                wp::adj_extract(var_7, var_1762, var_1785, adj_7, adj_1762, adj_1785, adj_1787);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1779, var_1783, var_1777, adj_1779, adj_1783, adj_1777, adj_1784);
            if (var_1779) {
                wp::adj_sub(var_1777, var_1782, adj_1777, adj_1782, adj_1783);
                wp::adj_mul(var_1780, var_1781, adj_1780, adj_1781, adj_1782);
                wp::adj_extract(var_1526, var_1778, adj_1526, adj_1778, adj_1781);
                wp::adj_extract(var_7, var_1762, var_1778, adj_7, adj_1762, adj_1778, adj_1780);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1772, var_1776, var_1770, adj_1772, adj_1776, adj_1770, adj_1777);
            if (var_1772) {
                wp::adj_sub(var_1770, var_1775, adj_1770, adj_1775, adj_1776);
                wp::adj_mul(var_1773, var_1774, adj_1773, adj_1774, adj_1775);
                wp::adj_extract(var_1526, var_1771, adj_1526, adj_1771, adj_1774);
                wp::adj_extract(var_7, var_1762, var_1771, adj_7, adj_1762, adj_1771, adj_1773);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1765, var_1769, var_1763, adj_1765, adj_1769, adj_1763, adj_1770);
            if (var_1765) {
                wp::adj_sub(var_1763, var_1768, adj_1763, adj_1768, adj_1769);
                wp::adj_mul(var_1766, var_1767, adj_1766, adj_1767, adj_1768);
                wp::adj_extract(var_1526, var_1764, adj_1526, adj_1764, adj_1767);
                wp::adj_extract(var_7, var_1762, var_1764, adj_7, adj_1762, adj_1764, adj_1766);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1762, adj_5, adj_1762, adj_1763);
            // adj: s = e[a]                                                                      <L 61>
            wp::adj_assign_inplace(var_1526, var_1716, var_1761, adj_1526, adj_1716, adj_1761);
            wp::adj_div(var_1759, var_1760, var_1761, adj_1759, adj_1760, adj_1761);
            wp::adj_extract(var_7, var_1716, var_1716, adj_7, adj_1716, adj_1716, adj_1760);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1754, var_1758, var_1752, adj_1754, adj_1758, adj_1752, adj_1759);
            if (var_1754) {
                wp::adj_sub(var_1752, var_1757, adj_1752, adj_1757, adj_1758);
                wp::adj_mul(var_1755, var_1756, adj_1755, adj_1756, adj_1757);
                wp::adj_extract(var_1526, var_1753, adj_1526, adj_1753, adj_1756);
                wp::adj_extract(var_7, var_1716, var_1753, adj_7, adj_1716, adj_1753, adj_1755);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1747, var_1751, var_1745, adj_1747, adj_1751, adj_1745, adj_1752);
            if (var_1747) {
                wp::adj_sub(var_1745, var_1750, adj_1745, adj_1750, adj_1751);
                wp::adj_mul(var_1748, var_1749, adj_1748, adj_1749, adj_1750);
                wp::adj_extract(var_1526, var_1746, adj_1526, adj_1746, adj_1749);
                wp::adj_extract(var_7, var_1716, var_1746, adj_7, adj_1716, adj_1746, adj_1748);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1740, var_1744, var_1738, adj_1740, adj_1744, adj_1738, adj_1745);
            if (var_1740) {
                wp::adj_sub(var_1738, var_1743, adj_1738, adj_1743, adj_1744);
                wp::adj_mul(var_1741, var_1742, adj_1741, adj_1742, adj_1743);
                wp::adj_extract(var_1526, var_1739, adj_1526, adj_1739, adj_1742);
                wp::adj_extract(var_7, var_1716, var_1739, adj_7, adj_1716, adj_1739, adj_1741);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1733, var_1737, var_1731, adj_1733, adj_1737, adj_1731, adj_1738);
            if (var_1733) {
                wp::adj_sub(var_1731, var_1736, adj_1731, adj_1736, adj_1737);
                wp::adj_mul(var_1734, var_1735, adj_1734, adj_1735, adj_1736);
                wp::adj_extract(var_1526, var_1732, adj_1526, adj_1732, adj_1735);
                wp::adj_extract(var_7, var_1716, var_1732, adj_7, adj_1716, adj_1732, adj_1734);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1726, var_1730, var_1724, adj_1726, adj_1730, adj_1724, adj_1731);
            if (var_1726) {
                wp::adj_sub(var_1724, var_1729, adj_1724, adj_1729, adj_1730);
                wp::adj_mul(var_1727, var_1728, adj_1727, adj_1728, adj_1729);
                wp::adj_extract(var_1526, var_1725, adj_1526, adj_1725, adj_1728);
                wp::adj_extract(var_7, var_1716, var_1725, adj_7, adj_1716, adj_1725, adj_1727);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1719, var_1723, var_1717, adj_1719, adj_1723, adj_1717, adj_1724);
            if (var_1719) {
                wp::adj_sub(var_1717, var_1722, adj_1717, adj_1722, adj_1723);
                wp::adj_mul(var_1720, var_1721, adj_1720, adj_1721, adj_1722);
                wp::adj_extract(var_1526, var_1718, adj_1526, adj_1718, adj_1721);
                wp::adj_extract(var_7, var_1716, var_1718, adj_7, adj_1716, adj_1718, adj_1720);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1716, adj_5, adj_1716, adj_1717);
            // adj: s = e[a]                                                                      <L 61>
            wp::adj_assign_inplace(var_1526, var_1670, var_1715, adj_1526, adj_1670, adj_1715);
            wp::adj_div(var_1713, var_1714, var_1715, adj_1713, adj_1714, adj_1715);
            wp::adj_extract(var_7, var_1670, var_1670, adj_7, adj_1670, adj_1670, adj_1714);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1708, var_1712, var_1706, adj_1708, adj_1712, adj_1706, adj_1713);
            if (var_1708) {
                wp::adj_sub(var_1706, var_1711, adj_1706, adj_1711, adj_1712);
                wp::adj_mul(var_1709, var_1710, adj_1709, adj_1710, adj_1711);
                wp::adj_extract(var_1526, var_1707, adj_1526, adj_1707, adj_1710);
                wp::adj_extract(var_7, var_1670, var_1707, adj_7, adj_1670, adj_1707, adj_1709);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1701, var_1705, var_1699, adj_1701, adj_1705, adj_1699, adj_1706);
            if (var_1701) {
                wp::adj_sub(var_1699, var_1704, adj_1699, adj_1704, adj_1705);
                wp::adj_mul(var_1702, var_1703, adj_1702, adj_1703, adj_1704);
                wp::adj_extract(var_1526, var_1700, adj_1526, adj_1700, adj_1703);
                wp::adj_extract(var_7, var_1670, var_1700, adj_7, adj_1670, adj_1700, adj_1702);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1694, var_1698, var_1692, adj_1694, adj_1698, adj_1692, adj_1699);
            if (var_1694) {
                wp::adj_sub(var_1692, var_1697, adj_1692, adj_1697, adj_1698);
                wp::adj_mul(var_1695, var_1696, adj_1695, adj_1696, adj_1697);
                wp::adj_extract(var_1526, var_1693, adj_1526, adj_1693, adj_1696);
                wp::adj_extract(var_7, var_1670, var_1693, adj_7, adj_1670, adj_1693, adj_1695);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1687, var_1691, var_1685, adj_1687, adj_1691, adj_1685, adj_1692);
            if (var_1687) {
                wp::adj_sub(var_1685, var_1690, adj_1685, adj_1690, adj_1691);
                wp::adj_mul(var_1688, var_1689, adj_1688, adj_1689, adj_1690);
                wp::adj_extract(var_1526, var_1686, adj_1526, adj_1686, adj_1689);
                wp::adj_extract(var_7, var_1670, var_1686, adj_7, adj_1670, adj_1686, adj_1688);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1680, var_1684, var_1678, adj_1680, adj_1684, adj_1678, adj_1685);
            if (var_1680) {
                wp::adj_sub(var_1678, var_1683, adj_1678, adj_1683, adj_1684);
                wp::adj_mul(var_1681, var_1682, adj_1681, adj_1682, adj_1683);
                wp::adj_extract(var_1526, var_1679, adj_1526, adj_1679, adj_1682);
                wp::adj_extract(var_7, var_1670, var_1679, adj_7, adj_1670, adj_1679, adj_1681);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1673, var_1677, var_1671, adj_1673, adj_1677, adj_1671, adj_1678);
            if (var_1673) {
                wp::adj_sub(var_1671, var_1676, adj_1671, adj_1676, adj_1677);
                wp::adj_mul(var_1674, var_1675, adj_1674, adj_1675, adj_1676);
                wp::adj_extract(var_1526, var_1672, adj_1526, adj_1672, adj_1675);
                wp::adj_extract(var_7, var_1670, var_1672, adj_7, adj_1670, adj_1672, adj_1674);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1670, adj_5, adj_1670, adj_1671);
            // adj: s = e[a]                                                                      <L 61>
            wp::adj_assign_inplace(var_1526, var_1624, var_1669, adj_1526, adj_1624, adj_1669);
            wp::adj_div(var_1667, var_1668, var_1669, adj_1667, adj_1668, adj_1669);
            wp::adj_extract(var_7, var_1624, var_1624, adj_7, adj_1624, adj_1624, adj_1668);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1662, var_1666, var_1660, adj_1662, adj_1666, adj_1660, adj_1667);
            if (var_1662) {
                wp::adj_sub(var_1660, var_1665, adj_1660, adj_1665, adj_1666);
                wp::adj_mul(var_1663, var_1664, adj_1663, adj_1664, adj_1665);
                wp::adj_extract(var_1526, var_1661, adj_1526, adj_1661, adj_1664);
                wp::adj_extract(var_7, var_1624, var_1661, adj_7, adj_1624, adj_1661, adj_1663);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1655, var_1659, var_1653, adj_1655, adj_1659, adj_1653, adj_1660);
            if (var_1655) {
                wp::adj_sub(var_1653, var_1658, adj_1653, adj_1658, adj_1659);
                wp::adj_mul(var_1656, var_1657, adj_1656, adj_1657, adj_1658);
                wp::adj_extract(var_1526, var_1654, adj_1526, adj_1654, adj_1657);
                wp::adj_extract(var_7, var_1624, var_1654, adj_7, adj_1624, adj_1654, adj_1656);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1648, var_1652, var_1646, adj_1648, adj_1652, adj_1646, adj_1653);
            if (var_1648) {
                wp::adj_sub(var_1646, var_1651, adj_1646, adj_1651, adj_1652);
                wp::adj_mul(var_1649, var_1650, adj_1649, adj_1650, adj_1651);
                wp::adj_extract(var_1526, var_1647, adj_1526, adj_1647, adj_1650);
                wp::adj_extract(var_7, var_1624, var_1647, adj_7, adj_1624, adj_1647, adj_1649);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1641, var_1645, var_1639, adj_1641, adj_1645, adj_1639, adj_1646);
            if (var_1641) {
                wp::adj_sub(var_1639, var_1644, adj_1639, adj_1644, adj_1645);
                wp::adj_mul(var_1642, var_1643, adj_1642, adj_1643, adj_1644);
                wp::adj_extract(var_1526, var_1640, adj_1526, adj_1640, adj_1643);
                wp::adj_extract(var_7, var_1624, var_1640, adj_7, adj_1624, adj_1640, adj_1642);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1634, var_1638, var_1632, adj_1634, adj_1638, adj_1632, adj_1639);
            if (var_1634) {
                wp::adj_sub(var_1632, var_1637, adj_1632, adj_1637, adj_1638);
                wp::adj_mul(var_1635, var_1636, adj_1635, adj_1636, adj_1637);
                wp::adj_extract(var_1526, var_1633, adj_1526, adj_1633, adj_1636);
                wp::adj_extract(var_7, var_1624, var_1633, adj_7, adj_1624, adj_1633, adj_1635);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1627, var_1631, var_1625, adj_1627, adj_1631, adj_1625, adj_1632);
            if (var_1627) {
                wp::adj_sub(var_1625, var_1630, adj_1625, adj_1630, adj_1631);
                wp::adj_mul(var_1628, var_1629, adj_1628, adj_1629, adj_1630);
                wp::adj_extract(var_1526, var_1626, adj_1526, adj_1626, adj_1629);
                wp::adj_extract(var_7, var_1624, var_1626, adj_7, adj_1624, adj_1626, adj_1628);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1624, adj_5, adj_1624, adj_1625);
            // adj: s = e[a]                                                                      <L 61>
            wp::adj_assign_inplace(var_1526, var_1578, var_1623, adj_1526, adj_1578, adj_1623);
            wp::adj_div(var_1621, var_1622, var_1623, adj_1621, adj_1622, adj_1623);
            wp::adj_extract(var_7, var_1578, var_1578, adj_7, adj_1578, adj_1578, adj_1622);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1616, var_1620, var_1614, adj_1616, adj_1620, adj_1614, adj_1621);
            if (var_1616) {
                wp::adj_sub(var_1614, var_1619, adj_1614, adj_1619, adj_1620);
                wp::adj_mul(var_1617, var_1618, adj_1617, adj_1618, adj_1619);
                wp::adj_extract(var_1526, var_1615, adj_1526, adj_1615, adj_1618);
                wp::adj_extract(var_7, var_1578, var_1615, adj_7, adj_1578, adj_1615, adj_1617);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1609, var_1613, var_1607, adj_1609, adj_1613, adj_1607, adj_1614);
            if (var_1609) {
                wp::adj_sub(var_1607, var_1612, adj_1607, adj_1612, adj_1613);
                wp::adj_mul(var_1610, var_1611, adj_1610, adj_1611, adj_1612);
                wp::adj_extract(var_1526, var_1608, adj_1526, adj_1608, adj_1611);
                wp::adj_extract(var_7, var_1578, var_1608, adj_7, adj_1578, adj_1608, adj_1610);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1602, var_1606, var_1600, adj_1602, adj_1606, adj_1600, adj_1607);
            if (var_1602) {
                wp::adj_sub(var_1600, var_1605, adj_1600, adj_1605, adj_1606);
                wp::adj_mul(var_1603, var_1604, adj_1603, adj_1604, adj_1605);
                wp::adj_extract(var_1526, var_1601, adj_1526, adj_1601, adj_1604);
                wp::adj_extract(var_7, var_1578, var_1601, adj_7, adj_1578, adj_1601, adj_1603);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1595, var_1599, var_1593, adj_1595, adj_1599, adj_1593, adj_1600);
            if (var_1595) {
                wp::adj_sub(var_1593, var_1598, adj_1593, adj_1598, adj_1599);
                wp::adj_mul(var_1596, var_1597, adj_1596, adj_1597, adj_1598);
                wp::adj_extract(var_1526, var_1594, adj_1526, adj_1594, adj_1597);
                wp::adj_extract(var_7, var_1578, var_1594, adj_7, adj_1578, adj_1594, adj_1596);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1588, var_1592, var_1586, adj_1588, adj_1592, adj_1586, adj_1593);
            if (var_1588) {
                wp::adj_sub(var_1586, var_1591, adj_1586, adj_1591, adj_1592);
                wp::adj_mul(var_1589, var_1590, adj_1589, adj_1590, adj_1591);
                wp::adj_extract(var_1526, var_1587, adj_1526, adj_1587, adj_1590);
                wp::adj_extract(var_7, var_1578, var_1587, adj_7, adj_1578, adj_1587, adj_1589);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1581, var_1585, var_1579, adj_1581, adj_1585, adj_1579, adj_1586);
            if (var_1581) {
                wp::adj_sub(var_1579, var_1584, adj_1579, adj_1584, adj_1585);
                wp::adj_mul(var_1582, var_1583, adj_1582, adj_1583, adj_1584);
                wp::adj_extract(var_1526, var_1580, adj_1526, adj_1580, adj_1583);
                wp::adj_extract(var_7, var_1578, var_1580, adj_7, adj_1578, adj_1580, adj_1582);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1578, adj_5, adj_1578, adj_1579);
            // adj: s = e[a]                                                                      <L 61>
            wp::adj_assign_inplace(var_1526, var_1532, var_1577, adj_1526, adj_1532, adj_1577);
            wp::adj_div(var_1575, var_1576, var_1577, adj_1575, adj_1576, adj_1577);
            wp::adj_extract(var_7, var_1532, var_1532, adj_7, adj_1532, adj_1532, adj_1576);
            // adj: y[a] = s / JJt[a, a]                                                          <L 65>
            wp::adj_where(var_1570, var_1574, var_1568, adj_1570, adj_1574, adj_1568, adj_1575);
            if (var_1570) {
                wp::adj_sub(var_1568, var_1573, adj_1568, adj_1573, adj_1574);
                wp::adj_mul(var_1571, var_1572, adj_1571, adj_1572, adj_1573);
                wp::adj_extract(var_1526, var_1569, adj_1526, adj_1569, adj_1572);
                wp::adj_extract(var_7, var_1532, var_1569, adj_7, adj_1532, adj_1569, adj_1571);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1563, var_1567, var_1561, adj_1563, adj_1567, adj_1561, adj_1568);
            if (var_1563) {
                wp::adj_sub(var_1561, var_1566, adj_1561, adj_1566, adj_1567);
                wp::adj_mul(var_1564, var_1565, adj_1564, adj_1565, adj_1566);
                wp::adj_extract(var_1526, var_1562, adj_1526, adj_1562, adj_1565);
                wp::adj_extract(var_7, var_1532, var_1562, adj_7, adj_1532, adj_1562, adj_1564);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1556, var_1560, var_1554, adj_1556, adj_1560, adj_1554, adj_1561);
            if (var_1556) {
                wp::adj_sub(var_1554, var_1559, adj_1554, adj_1559, adj_1560);
                wp::adj_mul(var_1557, var_1558, adj_1557, adj_1558, adj_1559);
                wp::adj_extract(var_1526, var_1555, adj_1526, adj_1555, adj_1558);
                wp::adj_extract(var_7, var_1532, var_1555, adj_7, adj_1532, adj_1555, adj_1557);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1549, var_1553, var_1547, adj_1549, adj_1553, adj_1547, adj_1554);
            if (var_1549) {
                wp::adj_sub(var_1547, var_1552, adj_1547, adj_1552, adj_1553);
                wp::adj_mul(var_1550, var_1551, adj_1550, adj_1551, adj_1552);
                wp::adj_extract(var_1526, var_1548, adj_1526, adj_1548, adj_1551);
                wp::adj_extract(var_7, var_1532, var_1548, adj_7, adj_1532, adj_1548, adj_1550);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1542, var_1546, var_1540, adj_1542, adj_1546, adj_1540, adj_1547);
            if (var_1542) {
                wp::adj_sub(var_1540, var_1545, adj_1540, adj_1545, adj_1546);
                wp::adj_mul(var_1543, var_1544, adj_1543, adj_1544, adj_1545);
                wp::adj_extract(var_1526, var_1541, adj_1526, adj_1541, adj_1544);
                wp::adj_extract(var_7, var_1532, var_1541, adj_7, adj_1532, adj_1541, adj_1543);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            wp::adj_where(var_1535, var_1539, var_1533, adj_1535, adj_1539, adj_1533, adj_1540);
            if (var_1535) {
                wp::adj_sub(var_1533, var_1538, adj_1533, adj_1538, adj_1539);
                wp::adj_mul(var_1536, var_1537, adj_1536, adj_1537, adj_1538);
                wp::adj_extract(var_1526, var_1534, adj_1526, adj_1534, adj_1537);
                wp::adj_extract(var_7, var_1532, var_1534, adj_7, adj_1532, adj_1534, adj_1536);
                // adj: s -= JJt[a, b] * y[b]                                                     <L 64>
            }
            // adj: if b != a:                                                                    <L 63>
            // adj: for b in range(6):                                                            <L 62>
            wp::adj_extract(var_5, var_1532, adj_5, adj_1532, adj_1533);
            // adj: s = e[a]                                                                      <L 61>
            // adj: for a in range(6):                                                            <L 60>
        	goto start_for_0;
        end_for_0:;
        wp::adj_copy(var_1484, adj_1484, adj_1530);
        wp::adj_copy(var_1273, adj_1273, adj_1529);
        // adj: for it in range(20):                                                              <L 59>
        // adj: y = wp.spatial_vector()                                                           <L 58>
        wp::adj_assign_inplace(var_7, var_1273, var_1484, var_1525, adj_7, adj_1273, adj_1484, adj_1525);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1522, var_1524, var_1521, adj_1522, adj_1524, adj_1521, adj_1525);
        if (var_1522) {
            wp::adj_add(var_1521, var_1523, adj_1521, adj_1523, adj_1524);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1523);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1516, var_1520, adj_1516, adj_1520, adj_1521);
        wp::adj_mul(var_1518, var_1519, adj_1518, adj_1519, adj_1520);
        wp::adj_extract(var_2, var_1484, var_1517, adj_2, adj_1484, adj_1517, adj_1519);
        wp::adj_extract(var_2, var_1273, var_1517, adj_2, adj_1273, adj_1517, adj_1518);
        wp::adj_add(var_1511, var_1515, adj_1511, adj_1515, adj_1516);
        wp::adj_mul(var_1513, var_1514, adj_1513, adj_1514, adj_1515);
        wp::adj_extract(var_2, var_1484, var_1512, adj_2, adj_1484, adj_1512, adj_1514);
        wp::adj_extract(var_2, var_1273, var_1512, adj_2, adj_1273, adj_1512, adj_1513);
        wp::adj_add(var_1506, var_1510, adj_1506, adj_1510, adj_1511);
        wp::adj_mul(var_1508, var_1509, adj_1508, adj_1509, adj_1510);
        wp::adj_extract(var_2, var_1484, var_1507, adj_2, adj_1484, adj_1507, adj_1509);
        wp::adj_extract(var_2, var_1273, var_1507, adj_2, adj_1273, adj_1507, adj_1508);
        wp::adj_add(var_1501, var_1505, adj_1501, adj_1505, adj_1506);
        wp::adj_mul(var_1503, var_1504, adj_1503, adj_1504, adj_1505);
        wp::adj_extract(var_2, var_1484, var_1502, adj_2, adj_1484, adj_1502, adj_1504);
        wp::adj_extract(var_2, var_1273, var_1502, adj_2, adj_1273, adj_1502, adj_1503);
        wp::adj_add(var_1496, var_1500, adj_1496, adj_1500, adj_1501);
        wp::adj_mul(var_1498, var_1499, adj_1498, adj_1499, adj_1500);
        wp::adj_extract(var_2, var_1484, var_1497, adj_2, adj_1484, adj_1497, adj_1499);
        wp::adj_extract(var_2, var_1273, var_1497, adj_2, adj_1273, adj_1497, adj_1498);
        wp::adj_add(var_1491, var_1495, adj_1491, adj_1495, adj_1496);
        wp::adj_mul(var_1493, var_1494, adj_1493, adj_1494, adj_1495);
        wp::adj_extract(var_2, var_1484, var_1492, adj_2, adj_1484, adj_1492, adj_1494);
        wp::adj_extract(var_2, var_1273, var_1492, adj_2, adj_1273, adj_1492, adj_1493);
        wp::adj_add(var_1486, var_1490, adj_1486, adj_1490, adj_1491);
        wp::adj_mul(var_1488, var_1489, adj_1488, adj_1489, adj_1490);
        wp::adj_extract(var_2, var_1484, var_1487, adj_2, adj_1484, adj_1487, adj_1489);
        wp::adj_extract(var_2, var_1273, var_1487, adj_2, adj_1273, adj_1487, adj_1488);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1485, adj_1485, adj_1486);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1273, var_1442, var_1483, adj_7, adj_1273, adj_1442, adj_1483);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1480, var_1482, var_1479, adj_1480, adj_1482, adj_1479, adj_1483);
        if (var_1480) {
            wp::adj_add(var_1479, var_1481, adj_1479, adj_1481, adj_1482);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1481);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1474, var_1478, adj_1474, adj_1478, adj_1479);
        wp::adj_mul(var_1476, var_1477, adj_1476, adj_1477, adj_1478);
        wp::adj_extract(var_2, var_1442, var_1475, adj_2, adj_1442, adj_1475, adj_1477);
        wp::adj_extract(var_2, var_1273, var_1475, adj_2, adj_1273, adj_1475, adj_1476);
        wp::adj_add(var_1469, var_1473, adj_1469, adj_1473, adj_1474);
        wp::adj_mul(var_1471, var_1472, adj_1471, adj_1472, adj_1473);
        wp::adj_extract(var_2, var_1442, var_1470, adj_2, adj_1442, adj_1470, adj_1472);
        wp::adj_extract(var_2, var_1273, var_1470, adj_2, adj_1273, adj_1470, adj_1471);
        wp::adj_add(var_1464, var_1468, adj_1464, adj_1468, adj_1469);
        wp::adj_mul(var_1466, var_1467, adj_1466, adj_1467, adj_1468);
        wp::adj_extract(var_2, var_1442, var_1465, adj_2, adj_1442, adj_1465, adj_1467);
        wp::adj_extract(var_2, var_1273, var_1465, adj_2, adj_1273, adj_1465, adj_1466);
        wp::adj_add(var_1459, var_1463, adj_1459, adj_1463, adj_1464);
        wp::adj_mul(var_1461, var_1462, adj_1461, adj_1462, adj_1463);
        wp::adj_extract(var_2, var_1442, var_1460, adj_2, adj_1442, adj_1460, adj_1462);
        wp::adj_extract(var_2, var_1273, var_1460, adj_2, adj_1273, adj_1460, adj_1461);
        wp::adj_add(var_1454, var_1458, adj_1454, adj_1458, adj_1459);
        wp::adj_mul(var_1456, var_1457, adj_1456, adj_1457, adj_1458);
        wp::adj_extract(var_2, var_1442, var_1455, adj_2, adj_1442, adj_1455, adj_1457);
        wp::adj_extract(var_2, var_1273, var_1455, adj_2, adj_1273, adj_1455, adj_1456);
        wp::adj_add(var_1449, var_1453, adj_1449, adj_1453, adj_1454);
        wp::adj_mul(var_1451, var_1452, adj_1451, adj_1452, adj_1453);
        wp::adj_extract(var_2, var_1442, var_1450, adj_2, adj_1442, adj_1450, adj_1452);
        wp::adj_extract(var_2, var_1273, var_1450, adj_2, adj_1273, adj_1450, adj_1451);
        wp::adj_add(var_1444, var_1448, adj_1444, adj_1448, adj_1449);
        wp::adj_mul(var_1446, var_1447, adj_1446, adj_1447, adj_1448);
        wp::adj_extract(var_2, var_1442, var_1445, adj_2, adj_1442, adj_1445, adj_1447);
        wp::adj_extract(var_2, var_1273, var_1445, adj_2, adj_1273, adj_1445, adj_1446);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1443, adj_1443, adj_1444);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1273, var_1400, var_1441, adj_7, adj_1273, adj_1400, adj_1441);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1438, var_1440, var_1437, adj_1438, adj_1440, adj_1437, adj_1441);
        if (var_1438) {
            wp::adj_add(var_1437, var_1439, adj_1437, adj_1439, adj_1440);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1439);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1432, var_1436, adj_1432, adj_1436, adj_1437);
        wp::adj_mul(var_1434, var_1435, adj_1434, adj_1435, adj_1436);
        wp::adj_extract(var_2, var_1400, var_1433, adj_2, adj_1400, adj_1433, adj_1435);
        wp::adj_extract(var_2, var_1273, var_1433, adj_2, adj_1273, adj_1433, adj_1434);
        wp::adj_add(var_1427, var_1431, adj_1427, adj_1431, adj_1432);
        wp::adj_mul(var_1429, var_1430, adj_1429, adj_1430, adj_1431);
        wp::adj_extract(var_2, var_1400, var_1428, adj_2, adj_1400, adj_1428, adj_1430);
        wp::adj_extract(var_2, var_1273, var_1428, adj_2, adj_1273, adj_1428, adj_1429);
        wp::adj_add(var_1422, var_1426, adj_1422, adj_1426, adj_1427);
        wp::adj_mul(var_1424, var_1425, adj_1424, adj_1425, adj_1426);
        wp::adj_extract(var_2, var_1400, var_1423, adj_2, adj_1400, adj_1423, adj_1425);
        wp::adj_extract(var_2, var_1273, var_1423, adj_2, adj_1273, adj_1423, adj_1424);
        wp::adj_add(var_1417, var_1421, adj_1417, adj_1421, adj_1422);
        wp::adj_mul(var_1419, var_1420, adj_1419, adj_1420, adj_1421);
        wp::adj_extract(var_2, var_1400, var_1418, adj_2, adj_1400, adj_1418, adj_1420);
        wp::adj_extract(var_2, var_1273, var_1418, adj_2, adj_1273, adj_1418, adj_1419);
        wp::adj_add(var_1412, var_1416, adj_1412, adj_1416, adj_1417);
        wp::adj_mul(var_1414, var_1415, adj_1414, adj_1415, adj_1416);
        wp::adj_extract(var_2, var_1400, var_1413, adj_2, adj_1400, adj_1413, adj_1415);
        wp::adj_extract(var_2, var_1273, var_1413, adj_2, adj_1273, adj_1413, adj_1414);
        wp::adj_add(var_1407, var_1411, adj_1407, adj_1411, adj_1412);
        wp::adj_mul(var_1409, var_1410, adj_1409, adj_1410, adj_1411);
        wp::adj_extract(var_2, var_1400, var_1408, adj_2, adj_1400, adj_1408, adj_1410);
        wp::adj_extract(var_2, var_1273, var_1408, adj_2, adj_1273, adj_1408, adj_1409);
        wp::adj_add(var_1402, var_1406, adj_1402, adj_1406, adj_1407);
        wp::adj_mul(var_1404, var_1405, adj_1404, adj_1405, adj_1406);
        wp::adj_extract(var_2, var_1400, var_1403, adj_2, adj_1400, adj_1403, adj_1405);
        wp::adj_extract(var_2, var_1273, var_1403, adj_2, adj_1273, adj_1403, adj_1404);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1401, adj_1401, adj_1402);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1273, var_1358, var_1399, adj_7, adj_1273, adj_1358, adj_1399);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1396, var_1398, var_1395, adj_1396, adj_1398, adj_1395, adj_1399);
        if (var_1396) {
            wp::adj_add(var_1395, var_1397, adj_1395, adj_1397, adj_1398);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1397);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1390, var_1394, adj_1390, adj_1394, adj_1395);
        wp::adj_mul(var_1392, var_1393, adj_1392, adj_1393, adj_1394);
        wp::adj_extract(var_2, var_1358, var_1391, adj_2, adj_1358, adj_1391, adj_1393);
        wp::adj_extract(var_2, var_1273, var_1391, adj_2, adj_1273, adj_1391, adj_1392);
        wp::adj_add(var_1385, var_1389, adj_1385, adj_1389, adj_1390);
        wp::adj_mul(var_1387, var_1388, adj_1387, adj_1388, adj_1389);
        wp::adj_extract(var_2, var_1358, var_1386, adj_2, adj_1358, adj_1386, adj_1388);
        wp::adj_extract(var_2, var_1273, var_1386, adj_2, adj_1273, adj_1386, adj_1387);
        wp::adj_add(var_1380, var_1384, adj_1380, adj_1384, adj_1385);
        wp::adj_mul(var_1382, var_1383, adj_1382, adj_1383, adj_1384);
        wp::adj_extract(var_2, var_1358, var_1381, adj_2, adj_1358, adj_1381, adj_1383);
        wp::adj_extract(var_2, var_1273, var_1381, adj_2, adj_1273, adj_1381, adj_1382);
        wp::adj_add(var_1375, var_1379, adj_1375, adj_1379, adj_1380);
        wp::adj_mul(var_1377, var_1378, adj_1377, adj_1378, adj_1379);
        wp::adj_extract(var_2, var_1358, var_1376, adj_2, adj_1358, adj_1376, adj_1378);
        wp::adj_extract(var_2, var_1273, var_1376, adj_2, adj_1273, adj_1376, adj_1377);
        wp::adj_add(var_1370, var_1374, adj_1370, adj_1374, adj_1375);
        wp::adj_mul(var_1372, var_1373, adj_1372, adj_1373, adj_1374);
        wp::adj_extract(var_2, var_1358, var_1371, adj_2, adj_1358, adj_1371, adj_1373);
        wp::adj_extract(var_2, var_1273, var_1371, adj_2, adj_1273, adj_1371, adj_1372);
        wp::adj_add(var_1365, var_1369, adj_1365, adj_1369, adj_1370);
        wp::adj_mul(var_1367, var_1368, adj_1367, adj_1368, adj_1369);
        wp::adj_extract(var_2, var_1358, var_1366, adj_2, adj_1358, adj_1366, adj_1368);
        wp::adj_extract(var_2, var_1273, var_1366, adj_2, adj_1273, adj_1366, adj_1367);
        wp::adj_add(var_1360, var_1364, adj_1360, adj_1364, adj_1365);
        wp::adj_mul(var_1362, var_1363, adj_1362, adj_1363, adj_1364);
        wp::adj_extract(var_2, var_1358, var_1361, adj_2, adj_1358, adj_1361, adj_1363);
        wp::adj_extract(var_2, var_1273, var_1361, adj_2, adj_1273, adj_1361, adj_1362);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1359, adj_1359, adj_1360);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1273, var_1316, var_1357, adj_7, adj_1273, adj_1316, adj_1357);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1354, var_1356, var_1353, adj_1354, adj_1356, adj_1353, adj_1357);
        if (var_1354) {
            wp::adj_add(var_1353, var_1355, adj_1353, adj_1355, adj_1356);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1355);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1348, var_1352, adj_1348, adj_1352, adj_1353);
        wp::adj_mul(var_1350, var_1351, adj_1350, adj_1351, adj_1352);
        wp::adj_extract(var_2, var_1316, var_1349, adj_2, adj_1316, adj_1349, adj_1351);
        wp::adj_extract(var_2, var_1273, var_1349, adj_2, adj_1273, adj_1349, adj_1350);
        wp::adj_add(var_1343, var_1347, adj_1343, adj_1347, adj_1348);
        wp::adj_mul(var_1345, var_1346, adj_1345, adj_1346, adj_1347);
        wp::adj_extract(var_2, var_1316, var_1344, adj_2, adj_1316, adj_1344, adj_1346);
        wp::adj_extract(var_2, var_1273, var_1344, adj_2, adj_1273, adj_1344, adj_1345);
        wp::adj_add(var_1338, var_1342, adj_1338, adj_1342, adj_1343);
        wp::adj_mul(var_1340, var_1341, adj_1340, adj_1341, adj_1342);
        wp::adj_extract(var_2, var_1316, var_1339, adj_2, adj_1316, adj_1339, adj_1341);
        wp::adj_extract(var_2, var_1273, var_1339, adj_2, adj_1273, adj_1339, adj_1340);
        wp::adj_add(var_1333, var_1337, adj_1333, adj_1337, adj_1338);
        wp::adj_mul(var_1335, var_1336, adj_1335, adj_1336, adj_1337);
        wp::adj_extract(var_2, var_1316, var_1334, adj_2, adj_1316, adj_1334, adj_1336);
        wp::adj_extract(var_2, var_1273, var_1334, adj_2, adj_1273, adj_1334, adj_1335);
        wp::adj_add(var_1328, var_1332, adj_1328, adj_1332, adj_1333);
        wp::adj_mul(var_1330, var_1331, adj_1330, adj_1331, adj_1332);
        wp::adj_extract(var_2, var_1316, var_1329, adj_2, adj_1316, adj_1329, adj_1331);
        wp::adj_extract(var_2, var_1273, var_1329, adj_2, adj_1273, adj_1329, adj_1330);
        wp::adj_add(var_1323, var_1327, adj_1323, adj_1327, adj_1328);
        wp::adj_mul(var_1325, var_1326, adj_1325, adj_1326, adj_1327);
        wp::adj_extract(var_2, var_1316, var_1324, adj_2, adj_1316, adj_1324, adj_1326);
        wp::adj_extract(var_2, var_1273, var_1324, adj_2, adj_1273, adj_1324, adj_1325);
        wp::adj_add(var_1318, var_1322, adj_1318, adj_1322, adj_1323);
        wp::adj_mul(var_1320, var_1321, adj_1320, adj_1321, adj_1322);
        wp::adj_extract(var_2, var_1316, var_1319, adj_2, adj_1316, adj_1319, adj_1321);
        wp::adj_extract(var_2, var_1273, var_1319, adj_2, adj_1273, adj_1319, adj_1320);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1317, adj_1317, adj_1318);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1273, var_1274, var_1315, adj_7, adj_1273, adj_1274, adj_1315);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1312, var_1314, var_1311, adj_1312, adj_1314, adj_1311, adj_1315);
        if (var_1312) {
            wp::adj_add(var_1311, var_1313, adj_1311, adj_1313, adj_1314);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1313);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1306, var_1310, adj_1306, adj_1310, adj_1311);
        wp::adj_mul(var_1308, var_1309, adj_1308, adj_1309, adj_1310);
        wp::adj_extract(var_2, var_1274, var_1307, adj_2, adj_1274, adj_1307, adj_1309);
        wp::adj_extract(var_2, var_1273, var_1307, adj_2, adj_1273, adj_1307, adj_1308);
        wp::adj_add(var_1301, var_1305, adj_1301, adj_1305, adj_1306);
        wp::adj_mul(var_1303, var_1304, adj_1303, adj_1304, adj_1305);
        wp::adj_extract(var_2, var_1274, var_1302, adj_2, adj_1274, adj_1302, adj_1304);
        wp::adj_extract(var_2, var_1273, var_1302, adj_2, adj_1273, adj_1302, adj_1303);
        wp::adj_add(var_1296, var_1300, adj_1296, adj_1300, adj_1301);
        wp::adj_mul(var_1298, var_1299, adj_1298, adj_1299, adj_1300);
        wp::adj_extract(var_2, var_1274, var_1297, adj_2, adj_1274, adj_1297, adj_1299);
        wp::adj_extract(var_2, var_1273, var_1297, adj_2, adj_1273, adj_1297, adj_1298);
        wp::adj_add(var_1291, var_1295, adj_1291, adj_1295, adj_1296);
        wp::adj_mul(var_1293, var_1294, adj_1293, adj_1294, adj_1295);
        wp::adj_extract(var_2, var_1274, var_1292, adj_2, adj_1274, adj_1292, adj_1294);
        wp::adj_extract(var_2, var_1273, var_1292, adj_2, adj_1273, adj_1292, adj_1293);
        wp::adj_add(var_1286, var_1290, adj_1286, adj_1290, adj_1291);
        wp::adj_mul(var_1288, var_1289, adj_1288, adj_1289, adj_1290);
        wp::adj_extract(var_2, var_1274, var_1287, adj_2, adj_1274, adj_1287, adj_1289);
        wp::adj_extract(var_2, var_1273, var_1287, adj_2, adj_1273, adj_1287, adj_1288);
        wp::adj_add(var_1281, var_1285, adj_1281, adj_1285, adj_1286);
        wp::adj_mul(var_1283, var_1284, adj_1283, adj_1284, adj_1285);
        wp::adj_extract(var_2, var_1274, var_1282, adj_2, adj_1274, adj_1282, adj_1284);
        wp::adj_extract(var_2, var_1273, var_1282, adj_2, adj_1273, adj_1282, adj_1283);
        wp::adj_add(var_1276, var_1280, adj_1276, adj_1280, adj_1281);
        wp::adj_mul(var_1278, var_1279, adj_1278, adj_1279, adj_1280);
        wp::adj_extract(var_2, var_1274, var_1277, adj_2, adj_1274, adj_1277, adj_1279);
        wp::adj_extract(var_2, var_1273, var_1277, adj_2, adj_1273, adj_1277, adj_1278);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1275, adj_1275, adj_1276);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        wp::adj_assign_inplace(var_7, var_1020, var_1231, var_1272, adj_7, adj_1020, adj_1231, adj_1272);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1269, var_1271, var_1268, adj_1269, adj_1271, adj_1268, adj_1272);
        if (var_1269) {
            wp::adj_add(var_1268, var_1270, adj_1268, adj_1270, adj_1271);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1270);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1263, var_1267, adj_1263, adj_1267, adj_1268);
        wp::adj_mul(var_1265, var_1266, adj_1265, adj_1266, adj_1267);
        wp::adj_extract(var_2, var_1231, var_1264, adj_2, adj_1231, adj_1264, adj_1266);
        wp::adj_extract(var_2, var_1020, var_1264, adj_2, adj_1020, adj_1264, adj_1265);
        wp::adj_add(var_1258, var_1262, adj_1258, adj_1262, adj_1263);
        wp::adj_mul(var_1260, var_1261, adj_1260, adj_1261, adj_1262);
        wp::adj_extract(var_2, var_1231, var_1259, adj_2, adj_1231, adj_1259, adj_1261);
        wp::adj_extract(var_2, var_1020, var_1259, adj_2, adj_1020, adj_1259, adj_1260);
        wp::adj_add(var_1253, var_1257, adj_1253, adj_1257, adj_1258);
        wp::adj_mul(var_1255, var_1256, adj_1255, adj_1256, adj_1257);
        wp::adj_extract(var_2, var_1231, var_1254, adj_2, adj_1231, adj_1254, adj_1256);
        wp::adj_extract(var_2, var_1020, var_1254, adj_2, adj_1020, adj_1254, adj_1255);
        wp::adj_add(var_1248, var_1252, adj_1248, adj_1252, adj_1253);
        wp::adj_mul(var_1250, var_1251, adj_1250, adj_1251, adj_1252);
        wp::adj_extract(var_2, var_1231, var_1249, adj_2, adj_1231, adj_1249, adj_1251);
        wp::adj_extract(var_2, var_1020, var_1249, adj_2, adj_1020, adj_1249, adj_1250);
        wp::adj_add(var_1243, var_1247, adj_1243, adj_1247, adj_1248);
        wp::adj_mul(var_1245, var_1246, adj_1245, adj_1246, adj_1247);
        wp::adj_extract(var_2, var_1231, var_1244, adj_2, adj_1231, adj_1244, adj_1246);
        wp::adj_extract(var_2, var_1020, var_1244, adj_2, adj_1020, adj_1244, adj_1245);
        wp::adj_add(var_1238, var_1242, adj_1238, adj_1242, adj_1243);
        wp::adj_mul(var_1240, var_1241, adj_1240, adj_1241, adj_1242);
        wp::adj_extract(var_2, var_1231, var_1239, adj_2, adj_1231, adj_1239, adj_1241);
        wp::adj_extract(var_2, var_1020, var_1239, adj_2, adj_1020, adj_1239, adj_1240);
        wp::adj_add(var_1233, var_1237, adj_1233, adj_1237, adj_1238);
        wp::adj_mul(var_1235, var_1236, adj_1235, adj_1236, adj_1237);
        wp::adj_extract(var_2, var_1231, var_1234, adj_2, adj_1231, adj_1234, adj_1236);
        wp::adj_extract(var_2, var_1020, var_1234, adj_2, adj_1020, adj_1234, adj_1235);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1232, adj_1232, adj_1233);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1020, var_1189, var_1230, adj_7, adj_1020, adj_1189, adj_1230);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1227, var_1229, var_1226, adj_1227, adj_1229, adj_1226, adj_1230);
        if (var_1227) {
            wp::adj_add(var_1226, var_1228, adj_1226, adj_1228, adj_1229);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1228);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1221, var_1225, adj_1221, adj_1225, adj_1226);
        wp::adj_mul(var_1223, var_1224, adj_1223, adj_1224, adj_1225);
        wp::adj_extract(var_2, var_1189, var_1222, adj_2, adj_1189, adj_1222, adj_1224);
        wp::adj_extract(var_2, var_1020, var_1222, adj_2, adj_1020, adj_1222, adj_1223);
        wp::adj_add(var_1216, var_1220, adj_1216, adj_1220, adj_1221);
        wp::adj_mul(var_1218, var_1219, adj_1218, adj_1219, adj_1220);
        wp::adj_extract(var_2, var_1189, var_1217, adj_2, adj_1189, adj_1217, adj_1219);
        wp::adj_extract(var_2, var_1020, var_1217, adj_2, adj_1020, adj_1217, adj_1218);
        wp::adj_add(var_1211, var_1215, adj_1211, adj_1215, adj_1216);
        wp::adj_mul(var_1213, var_1214, adj_1213, adj_1214, adj_1215);
        wp::adj_extract(var_2, var_1189, var_1212, adj_2, adj_1189, adj_1212, adj_1214);
        wp::adj_extract(var_2, var_1020, var_1212, adj_2, adj_1020, adj_1212, adj_1213);
        wp::adj_add(var_1206, var_1210, adj_1206, adj_1210, adj_1211);
        wp::adj_mul(var_1208, var_1209, adj_1208, adj_1209, adj_1210);
        wp::adj_extract(var_2, var_1189, var_1207, adj_2, adj_1189, adj_1207, adj_1209);
        wp::adj_extract(var_2, var_1020, var_1207, adj_2, adj_1020, adj_1207, adj_1208);
        wp::adj_add(var_1201, var_1205, adj_1201, adj_1205, adj_1206);
        wp::adj_mul(var_1203, var_1204, adj_1203, adj_1204, adj_1205);
        wp::adj_extract(var_2, var_1189, var_1202, adj_2, adj_1189, adj_1202, adj_1204);
        wp::adj_extract(var_2, var_1020, var_1202, adj_2, adj_1020, adj_1202, adj_1203);
        wp::adj_add(var_1196, var_1200, adj_1196, adj_1200, adj_1201);
        wp::adj_mul(var_1198, var_1199, adj_1198, adj_1199, adj_1200);
        wp::adj_extract(var_2, var_1189, var_1197, adj_2, adj_1189, adj_1197, adj_1199);
        wp::adj_extract(var_2, var_1020, var_1197, adj_2, adj_1020, adj_1197, adj_1198);
        wp::adj_add(var_1191, var_1195, adj_1191, adj_1195, adj_1196);
        wp::adj_mul(var_1193, var_1194, adj_1193, adj_1194, adj_1195);
        wp::adj_extract(var_2, var_1189, var_1192, adj_2, adj_1189, adj_1192, adj_1194);
        wp::adj_extract(var_2, var_1020, var_1192, adj_2, adj_1020, adj_1192, adj_1193);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1190, adj_1190, adj_1191);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1020, var_1147, var_1188, adj_7, adj_1020, adj_1147, adj_1188);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1185, var_1187, var_1184, adj_1185, adj_1187, adj_1184, adj_1188);
        if (var_1185) {
            wp::adj_add(var_1184, var_1186, adj_1184, adj_1186, adj_1187);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1186);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1179, var_1183, adj_1179, adj_1183, adj_1184);
        wp::adj_mul(var_1181, var_1182, adj_1181, adj_1182, adj_1183);
        wp::adj_extract(var_2, var_1147, var_1180, adj_2, adj_1147, adj_1180, adj_1182);
        wp::adj_extract(var_2, var_1020, var_1180, adj_2, adj_1020, adj_1180, adj_1181);
        wp::adj_add(var_1174, var_1178, adj_1174, adj_1178, adj_1179);
        wp::adj_mul(var_1176, var_1177, adj_1176, adj_1177, adj_1178);
        wp::adj_extract(var_2, var_1147, var_1175, adj_2, adj_1147, adj_1175, adj_1177);
        wp::adj_extract(var_2, var_1020, var_1175, adj_2, adj_1020, adj_1175, adj_1176);
        wp::adj_add(var_1169, var_1173, adj_1169, adj_1173, adj_1174);
        wp::adj_mul(var_1171, var_1172, adj_1171, adj_1172, adj_1173);
        wp::adj_extract(var_2, var_1147, var_1170, adj_2, adj_1147, adj_1170, adj_1172);
        wp::adj_extract(var_2, var_1020, var_1170, adj_2, adj_1020, adj_1170, adj_1171);
        wp::adj_add(var_1164, var_1168, adj_1164, adj_1168, adj_1169);
        wp::adj_mul(var_1166, var_1167, adj_1166, adj_1167, adj_1168);
        wp::adj_extract(var_2, var_1147, var_1165, adj_2, adj_1147, adj_1165, adj_1167);
        wp::adj_extract(var_2, var_1020, var_1165, adj_2, adj_1020, adj_1165, adj_1166);
        wp::adj_add(var_1159, var_1163, adj_1159, adj_1163, adj_1164);
        wp::adj_mul(var_1161, var_1162, adj_1161, adj_1162, adj_1163);
        wp::adj_extract(var_2, var_1147, var_1160, adj_2, adj_1147, adj_1160, adj_1162);
        wp::adj_extract(var_2, var_1020, var_1160, adj_2, adj_1020, adj_1160, adj_1161);
        wp::adj_add(var_1154, var_1158, adj_1154, adj_1158, adj_1159);
        wp::adj_mul(var_1156, var_1157, adj_1156, adj_1157, adj_1158);
        wp::adj_extract(var_2, var_1147, var_1155, adj_2, adj_1147, adj_1155, adj_1157);
        wp::adj_extract(var_2, var_1020, var_1155, adj_2, adj_1020, adj_1155, adj_1156);
        wp::adj_add(var_1149, var_1153, adj_1149, adj_1153, adj_1154);
        wp::adj_mul(var_1151, var_1152, adj_1151, adj_1152, adj_1153);
        wp::adj_extract(var_2, var_1147, var_1150, adj_2, adj_1147, adj_1150, adj_1152);
        wp::adj_extract(var_2, var_1020, var_1150, adj_2, adj_1020, adj_1150, adj_1151);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1148, adj_1148, adj_1149);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1020, var_1105, var_1146, adj_7, adj_1020, adj_1105, adj_1146);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1143, var_1145, var_1142, adj_1143, adj_1145, adj_1142, adj_1146);
        if (var_1143) {
            wp::adj_add(var_1142, var_1144, adj_1142, adj_1144, adj_1145);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1144);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1137, var_1141, adj_1137, adj_1141, adj_1142);
        wp::adj_mul(var_1139, var_1140, adj_1139, adj_1140, adj_1141);
        wp::adj_extract(var_2, var_1105, var_1138, adj_2, adj_1105, adj_1138, adj_1140);
        wp::adj_extract(var_2, var_1020, var_1138, adj_2, adj_1020, adj_1138, adj_1139);
        wp::adj_add(var_1132, var_1136, adj_1132, adj_1136, adj_1137);
        wp::adj_mul(var_1134, var_1135, adj_1134, adj_1135, adj_1136);
        wp::adj_extract(var_2, var_1105, var_1133, adj_2, adj_1105, adj_1133, adj_1135);
        wp::adj_extract(var_2, var_1020, var_1133, adj_2, adj_1020, adj_1133, adj_1134);
        wp::adj_add(var_1127, var_1131, adj_1127, adj_1131, adj_1132);
        wp::adj_mul(var_1129, var_1130, adj_1129, adj_1130, adj_1131);
        wp::adj_extract(var_2, var_1105, var_1128, adj_2, adj_1105, adj_1128, adj_1130);
        wp::adj_extract(var_2, var_1020, var_1128, adj_2, adj_1020, adj_1128, adj_1129);
        wp::adj_add(var_1122, var_1126, adj_1122, adj_1126, adj_1127);
        wp::adj_mul(var_1124, var_1125, adj_1124, adj_1125, adj_1126);
        wp::adj_extract(var_2, var_1105, var_1123, adj_2, adj_1105, adj_1123, adj_1125);
        wp::adj_extract(var_2, var_1020, var_1123, adj_2, adj_1020, adj_1123, adj_1124);
        wp::adj_add(var_1117, var_1121, adj_1117, adj_1121, adj_1122);
        wp::adj_mul(var_1119, var_1120, adj_1119, adj_1120, adj_1121);
        wp::adj_extract(var_2, var_1105, var_1118, adj_2, adj_1105, adj_1118, adj_1120);
        wp::adj_extract(var_2, var_1020, var_1118, adj_2, adj_1020, adj_1118, adj_1119);
        wp::adj_add(var_1112, var_1116, adj_1112, adj_1116, adj_1117);
        wp::adj_mul(var_1114, var_1115, adj_1114, adj_1115, adj_1116);
        wp::adj_extract(var_2, var_1105, var_1113, adj_2, adj_1105, adj_1113, adj_1115);
        wp::adj_extract(var_2, var_1020, var_1113, adj_2, adj_1020, adj_1113, adj_1114);
        wp::adj_add(var_1107, var_1111, adj_1107, adj_1111, adj_1112);
        wp::adj_mul(var_1109, var_1110, adj_1109, adj_1110, adj_1111);
        wp::adj_extract(var_2, var_1105, var_1108, adj_2, adj_1105, adj_1108, adj_1110);
        wp::adj_extract(var_2, var_1020, var_1108, adj_2, adj_1020, adj_1108, adj_1109);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1106, adj_1106, adj_1107);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1020, var_1063, var_1104, adj_7, adj_1020, adj_1063, adj_1104);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1101, var_1103, var_1100, adj_1101, adj_1103, adj_1100, adj_1104);
        if (var_1101) {
            wp::adj_add(var_1100, var_1102, adj_1100, adj_1102, adj_1103);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1102);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1095, var_1099, adj_1095, adj_1099, adj_1100);
        wp::adj_mul(var_1097, var_1098, adj_1097, adj_1098, adj_1099);
        wp::adj_extract(var_2, var_1063, var_1096, adj_2, adj_1063, adj_1096, adj_1098);
        wp::adj_extract(var_2, var_1020, var_1096, adj_2, adj_1020, adj_1096, adj_1097);
        wp::adj_add(var_1090, var_1094, adj_1090, adj_1094, adj_1095);
        wp::adj_mul(var_1092, var_1093, adj_1092, adj_1093, adj_1094);
        wp::adj_extract(var_2, var_1063, var_1091, adj_2, adj_1063, adj_1091, adj_1093);
        wp::adj_extract(var_2, var_1020, var_1091, adj_2, adj_1020, adj_1091, adj_1092);
        wp::adj_add(var_1085, var_1089, adj_1085, adj_1089, adj_1090);
        wp::adj_mul(var_1087, var_1088, adj_1087, adj_1088, adj_1089);
        wp::adj_extract(var_2, var_1063, var_1086, adj_2, adj_1063, adj_1086, adj_1088);
        wp::adj_extract(var_2, var_1020, var_1086, adj_2, adj_1020, adj_1086, adj_1087);
        wp::adj_add(var_1080, var_1084, adj_1080, adj_1084, adj_1085);
        wp::adj_mul(var_1082, var_1083, adj_1082, adj_1083, adj_1084);
        wp::adj_extract(var_2, var_1063, var_1081, adj_2, adj_1063, adj_1081, adj_1083);
        wp::adj_extract(var_2, var_1020, var_1081, adj_2, adj_1020, adj_1081, adj_1082);
        wp::adj_add(var_1075, var_1079, adj_1075, adj_1079, adj_1080);
        wp::adj_mul(var_1077, var_1078, adj_1077, adj_1078, adj_1079);
        wp::adj_extract(var_2, var_1063, var_1076, adj_2, adj_1063, adj_1076, adj_1078);
        wp::adj_extract(var_2, var_1020, var_1076, adj_2, adj_1020, adj_1076, adj_1077);
        wp::adj_add(var_1070, var_1074, adj_1070, adj_1074, adj_1075);
        wp::adj_mul(var_1072, var_1073, adj_1072, adj_1073, adj_1074);
        wp::adj_extract(var_2, var_1063, var_1071, adj_2, adj_1063, adj_1071, adj_1073);
        wp::adj_extract(var_2, var_1020, var_1071, adj_2, adj_1020, adj_1071, adj_1072);
        wp::adj_add(var_1065, var_1069, adj_1065, adj_1069, adj_1070);
        wp::adj_mul(var_1067, var_1068, adj_1067, adj_1068, adj_1069);
        wp::adj_extract(var_2, var_1063, var_1066, adj_2, adj_1063, adj_1066, adj_1068);
        wp::adj_extract(var_2, var_1020, var_1066, adj_2, adj_1020, adj_1066, adj_1067);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1064, adj_1064, adj_1065);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_1020, var_1021, var_1062, adj_7, adj_1020, adj_1021, adj_1062);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1059, var_1061, var_1058, adj_1059, adj_1061, adj_1058, adj_1062);
        if (var_1059) {
            wp::adj_add(var_1058, var_1060, adj_1058, adj_1060, adj_1061);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1060);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1053, var_1057, adj_1053, adj_1057, adj_1058);
        wp::adj_mul(var_1055, var_1056, adj_1055, adj_1056, adj_1057);
        wp::adj_extract(var_2, var_1021, var_1054, adj_2, adj_1021, adj_1054, adj_1056);
        wp::adj_extract(var_2, var_1020, var_1054, adj_2, adj_1020, adj_1054, adj_1055);
        wp::adj_add(var_1048, var_1052, adj_1048, adj_1052, adj_1053);
        wp::adj_mul(var_1050, var_1051, adj_1050, adj_1051, adj_1052);
        wp::adj_extract(var_2, var_1021, var_1049, adj_2, adj_1021, adj_1049, adj_1051);
        wp::adj_extract(var_2, var_1020, var_1049, adj_2, adj_1020, adj_1049, adj_1050);
        wp::adj_add(var_1043, var_1047, adj_1043, adj_1047, adj_1048);
        wp::adj_mul(var_1045, var_1046, adj_1045, adj_1046, adj_1047);
        wp::adj_extract(var_2, var_1021, var_1044, adj_2, adj_1021, adj_1044, adj_1046);
        wp::adj_extract(var_2, var_1020, var_1044, adj_2, adj_1020, adj_1044, adj_1045);
        wp::adj_add(var_1038, var_1042, adj_1038, adj_1042, adj_1043);
        wp::adj_mul(var_1040, var_1041, adj_1040, adj_1041, adj_1042);
        wp::adj_extract(var_2, var_1021, var_1039, adj_2, adj_1021, adj_1039, adj_1041);
        wp::adj_extract(var_2, var_1020, var_1039, adj_2, adj_1020, adj_1039, adj_1040);
        wp::adj_add(var_1033, var_1037, adj_1033, adj_1037, adj_1038);
        wp::adj_mul(var_1035, var_1036, adj_1035, adj_1036, adj_1037);
        wp::adj_extract(var_2, var_1021, var_1034, adj_2, adj_1021, adj_1034, adj_1036);
        wp::adj_extract(var_2, var_1020, var_1034, adj_2, adj_1020, adj_1034, adj_1035);
        wp::adj_add(var_1028, var_1032, adj_1028, adj_1032, adj_1033);
        wp::adj_mul(var_1030, var_1031, adj_1030, adj_1031, adj_1032);
        wp::adj_extract(var_2, var_1021, var_1029, adj_2, adj_1021, adj_1029, adj_1031);
        wp::adj_extract(var_2, var_1020, var_1029, adj_2, adj_1020, adj_1029, adj_1030);
        wp::adj_add(var_1023, var_1027, adj_1023, adj_1027, adj_1028);
        wp::adj_mul(var_1025, var_1026, adj_1025, adj_1026, adj_1027);
        wp::adj_extract(var_2, var_1021, var_1024, adj_2, adj_1021, adj_1024, adj_1026);
        wp::adj_extract(var_2, var_1020, var_1024, adj_2, adj_1020, adj_1024, adj_1025);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_1022, adj_1022, adj_1023);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        wp::adj_assign_inplace(var_7, var_767, var_978, var_1019, adj_7, adj_767, adj_978, adj_1019);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_1016, var_1018, var_1015, adj_1016, adj_1018, adj_1015, adj_1019);
        if (var_1016) {
            wp::adj_add(var_1015, var_1017, adj_1015, adj_1017, adj_1018);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_1017);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_1010, var_1014, adj_1010, adj_1014, adj_1015);
        wp::adj_mul(var_1012, var_1013, adj_1012, adj_1013, adj_1014);
        wp::adj_extract(var_2, var_978, var_1011, adj_2, adj_978, adj_1011, adj_1013);
        wp::adj_extract(var_2, var_767, var_1011, adj_2, adj_767, adj_1011, adj_1012);
        wp::adj_add(var_1005, var_1009, adj_1005, adj_1009, adj_1010);
        wp::adj_mul(var_1007, var_1008, adj_1007, adj_1008, adj_1009);
        wp::adj_extract(var_2, var_978, var_1006, adj_2, adj_978, adj_1006, adj_1008);
        wp::adj_extract(var_2, var_767, var_1006, adj_2, adj_767, adj_1006, adj_1007);
        wp::adj_add(var_1000, var_1004, adj_1000, adj_1004, adj_1005);
        wp::adj_mul(var_1002, var_1003, adj_1002, adj_1003, adj_1004);
        wp::adj_extract(var_2, var_978, var_1001, adj_2, adj_978, adj_1001, adj_1003);
        wp::adj_extract(var_2, var_767, var_1001, adj_2, adj_767, adj_1001, adj_1002);
        wp::adj_add(var_995, var_999, adj_995, adj_999, adj_1000);
        wp::adj_mul(var_997, var_998, adj_997, adj_998, adj_999);
        wp::adj_extract(var_2, var_978, var_996, adj_2, adj_978, adj_996, adj_998);
        wp::adj_extract(var_2, var_767, var_996, adj_2, adj_767, adj_996, adj_997);
        wp::adj_add(var_990, var_994, adj_990, adj_994, adj_995);
        wp::adj_mul(var_992, var_993, adj_992, adj_993, adj_994);
        wp::adj_extract(var_2, var_978, var_991, adj_2, adj_978, adj_991, adj_993);
        wp::adj_extract(var_2, var_767, var_991, adj_2, adj_767, adj_991, adj_992);
        wp::adj_add(var_985, var_989, adj_985, adj_989, adj_990);
        wp::adj_mul(var_987, var_988, adj_987, adj_988, adj_989);
        wp::adj_extract(var_2, var_978, var_986, adj_2, adj_978, adj_986, adj_988);
        wp::adj_extract(var_2, var_767, var_986, adj_2, adj_767, adj_986, adj_987);
        wp::adj_add(var_980, var_984, adj_980, adj_984, adj_985);
        wp::adj_mul(var_982, var_983, adj_982, adj_983, adj_984);
        wp::adj_extract(var_2, var_978, var_981, adj_2, adj_978, adj_981, adj_983);
        wp::adj_extract(var_2, var_767, var_981, adj_2, adj_767, adj_981, adj_982);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_979, adj_979, adj_980);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_767, var_936, var_977, adj_7, adj_767, adj_936, adj_977);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_974, var_976, var_973, adj_974, adj_976, adj_973, adj_977);
        if (var_974) {
            wp::adj_add(var_973, var_975, adj_973, adj_975, adj_976);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_975);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_968, var_972, adj_968, adj_972, adj_973);
        wp::adj_mul(var_970, var_971, adj_970, adj_971, adj_972);
        wp::adj_extract(var_2, var_936, var_969, adj_2, adj_936, adj_969, adj_971);
        wp::adj_extract(var_2, var_767, var_969, adj_2, adj_767, adj_969, adj_970);
        wp::adj_add(var_963, var_967, adj_963, adj_967, adj_968);
        wp::adj_mul(var_965, var_966, adj_965, adj_966, adj_967);
        wp::adj_extract(var_2, var_936, var_964, adj_2, adj_936, adj_964, adj_966);
        wp::adj_extract(var_2, var_767, var_964, adj_2, adj_767, adj_964, adj_965);
        wp::adj_add(var_958, var_962, adj_958, adj_962, adj_963);
        wp::adj_mul(var_960, var_961, adj_960, adj_961, adj_962);
        wp::adj_extract(var_2, var_936, var_959, adj_2, adj_936, adj_959, adj_961);
        wp::adj_extract(var_2, var_767, var_959, adj_2, adj_767, adj_959, adj_960);
        wp::adj_add(var_953, var_957, adj_953, adj_957, adj_958);
        wp::adj_mul(var_955, var_956, adj_955, adj_956, adj_957);
        wp::adj_extract(var_2, var_936, var_954, adj_2, adj_936, adj_954, adj_956);
        wp::adj_extract(var_2, var_767, var_954, adj_2, adj_767, adj_954, adj_955);
        wp::adj_add(var_948, var_952, adj_948, adj_952, adj_953);
        wp::adj_mul(var_950, var_951, adj_950, adj_951, adj_952);
        wp::adj_extract(var_2, var_936, var_949, adj_2, adj_936, adj_949, adj_951);
        wp::adj_extract(var_2, var_767, var_949, adj_2, adj_767, adj_949, adj_950);
        wp::adj_add(var_943, var_947, adj_943, adj_947, adj_948);
        wp::adj_mul(var_945, var_946, adj_945, adj_946, adj_947);
        wp::adj_extract(var_2, var_936, var_944, adj_2, adj_936, adj_944, adj_946);
        wp::adj_extract(var_2, var_767, var_944, adj_2, adj_767, adj_944, adj_945);
        wp::adj_add(var_938, var_942, adj_938, adj_942, adj_943);
        wp::adj_mul(var_940, var_941, adj_940, adj_941, adj_942);
        wp::adj_extract(var_2, var_936, var_939, adj_2, adj_936, adj_939, adj_941);
        wp::adj_extract(var_2, var_767, var_939, adj_2, adj_767, adj_939, adj_940);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_937, adj_937, adj_938);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_767, var_894, var_935, adj_7, adj_767, adj_894, adj_935);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_932, var_934, var_931, adj_932, adj_934, adj_931, adj_935);
        if (var_932) {
            wp::adj_add(var_931, var_933, adj_931, adj_933, adj_934);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_933);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_926, var_930, adj_926, adj_930, adj_931);
        wp::adj_mul(var_928, var_929, adj_928, adj_929, adj_930);
        wp::adj_extract(var_2, var_894, var_927, adj_2, adj_894, adj_927, adj_929);
        wp::adj_extract(var_2, var_767, var_927, adj_2, adj_767, adj_927, adj_928);
        wp::adj_add(var_921, var_925, adj_921, adj_925, adj_926);
        wp::adj_mul(var_923, var_924, adj_923, adj_924, adj_925);
        wp::adj_extract(var_2, var_894, var_922, adj_2, adj_894, adj_922, adj_924);
        wp::adj_extract(var_2, var_767, var_922, adj_2, adj_767, adj_922, adj_923);
        wp::adj_add(var_916, var_920, adj_916, adj_920, adj_921);
        wp::adj_mul(var_918, var_919, adj_918, adj_919, adj_920);
        wp::adj_extract(var_2, var_894, var_917, adj_2, adj_894, adj_917, adj_919);
        wp::adj_extract(var_2, var_767, var_917, adj_2, adj_767, adj_917, adj_918);
        wp::adj_add(var_911, var_915, adj_911, adj_915, adj_916);
        wp::adj_mul(var_913, var_914, adj_913, adj_914, adj_915);
        wp::adj_extract(var_2, var_894, var_912, adj_2, adj_894, adj_912, adj_914);
        wp::adj_extract(var_2, var_767, var_912, adj_2, adj_767, adj_912, adj_913);
        wp::adj_add(var_906, var_910, adj_906, adj_910, adj_911);
        wp::adj_mul(var_908, var_909, adj_908, adj_909, adj_910);
        wp::adj_extract(var_2, var_894, var_907, adj_2, adj_894, adj_907, adj_909);
        wp::adj_extract(var_2, var_767, var_907, adj_2, adj_767, adj_907, adj_908);
        wp::adj_add(var_901, var_905, adj_901, adj_905, adj_906);
        wp::adj_mul(var_903, var_904, adj_903, adj_904, adj_905);
        wp::adj_extract(var_2, var_894, var_902, adj_2, adj_894, adj_902, adj_904);
        wp::adj_extract(var_2, var_767, var_902, adj_2, adj_767, adj_902, adj_903);
        wp::adj_add(var_896, var_900, adj_896, adj_900, adj_901);
        wp::adj_mul(var_898, var_899, adj_898, adj_899, adj_900);
        wp::adj_extract(var_2, var_894, var_897, adj_2, adj_894, adj_897, adj_899);
        wp::adj_extract(var_2, var_767, var_897, adj_2, adj_767, adj_897, adj_898);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_895, adj_895, adj_896);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_767, var_852, var_893, adj_7, adj_767, adj_852, adj_893);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_890, var_892, var_889, adj_890, adj_892, adj_889, adj_893);
        if (var_890) {
            wp::adj_add(var_889, var_891, adj_889, adj_891, adj_892);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_891);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_884, var_888, adj_884, adj_888, adj_889);
        wp::adj_mul(var_886, var_887, adj_886, adj_887, adj_888);
        wp::adj_extract(var_2, var_852, var_885, adj_2, adj_852, adj_885, adj_887);
        wp::adj_extract(var_2, var_767, var_885, adj_2, adj_767, adj_885, adj_886);
        wp::adj_add(var_879, var_883, adj_879, adj_883, adj_884);
        wp::adj_mul(var_881, var_882, adj_881, adj_882, adj_883);
        wp::adj_extract(var_2, var_852, var_880, adj_2, adj_852, adj_880, adj_882);
        wp::adj_extract(var_2, var_767, var_880, adj_2, adj_767, adj_880, adj_881);
        wp::adj_add(var_874, var_878, adj_874, adj_878, adj_879);
        wp::adj_mul(var_876, var_877, adj_876, adj_877, adj_878);
        wp::adj_extract(var_2, var_852, var_875, adj_2, adj_852, adj_875, adj_877);
        wp::adj_extract(var_2, var_767, var_875, adj_2, adj_767, adj_875, adj_876);
        wp::adj_add(var_869, var_873, adj_869, adj_873, adj_874);
        wp::adj_mul(var_871, var_872, adj_871, adj_872, adj_873);
        wp::adj_extract(var_2, var_852, var_870, adj_2, adj_852, adj_870, adj_872);
        wp::adj_extract(var_2, var_767, var_870, adj_2, adj_767, adj_870, adj_871);
        wp::adj_add(var_864, var_868, adj_864, adj_868, adj_869);
        wp::adj_mul(var_866, var_867, adj_866, adj_867, adj_868);
        wp::adj_extract(var_2, var_852, var_865, adj_2, adj_852, adj_865, adj_867);
        wp::adj_extract(var_2, var_767, var_865, adj_2, adj_767, adj_865, adj_866);
        wp::adj_add(var_859, var_863, adj_859, adj_863, adj_864);
        wp::adj_mul(var_861, var_862, adj_861, adj_862, adj_863);
        wp::adj_extract(var_2, var_852, var_860, adj_2, adj_852, adj_860, adj_862);
        wp::adj_extract(var_2, var_767, var_860, adj_2, adj_767, adj_860, adj_861);
        wp::adj_add(var_854, var_858, adj_854, adj_858, adj_859);
        wp::adj_mul(var_856, var_857, adj_856, adj_857, adj_858);
        wp::adj_extract(var_2, var_852, var_855, adj_2, adj_852, adj_855, adj_857);
        wp::adj_extract(var_2, var_767, var_855, adj_2, adj_767, adj_855, adj_856);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_853, adj_853, adj_854);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_767, var_810, var_851, adj_7, adj_767, adj_810, adj_851);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_848, var_850, var_847, adj_848, adj_850, adj_847, adj_851);
        if (var_848) {
            wp::adj_add(var_847, var_849, adj_847, adj_849, adj_850);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_849);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_842, var_846, adj_842, adj_846, adj_847);
        wp::adj_mul(var_844, var_845, adj_844, adj_845, adj_846);
        wp::adj_extract(var_2, var_810, var_843, adj_2, adj_810, adj_843, adj_845);
        wp::adj_extract(var_2, var_767, var_843, adj_2, adj_767, adj_843, adj_844);
        wp::adj_add(var_837, var_841, adj_837, adj_841, adj_842);
        wp::adj_mul(var_839, var_840, adj_839, adj_840, adj_841);
        wp::adj_extract(var_2, var_810, var_838, adj_2, adj_810, adj_838, adj_840);
        wp::adj_extract(var_2, var_767, var_838, adj_2, adj_767, adj_838, adj_839);
        wp::adj_add(var_832, var_836, adj_832, adj_836, adj_837);
        wp::adj_mul(var_834, var_835, adj_834, adj_835, adj_836);
        wp::adj_extract(var_2, var_810, var_833, adj_2, adj_810, adj_833, adj_835);
        wp::adj_extract(var_2, var_767, var_833, adj_2, adj_767, adj_833, adj_834);
        wp::adj_add(var_827, var_831, adj_827, adj_831, adj_832);
        wp::adj_mul(var_829, var_830, adj_829, adj_830, adj_831);
        wp::adj_extract(var_2, var_810, var_828, adj_2, adj_810, adj_828, adj_830);
        wp::adj_extract(var_2, var_767, var_828, adj_2, adj_767, adj_828, adj_829);
        wp::adj_add(var_822, var_826, adj_822, adj_826, adj_827);
        wp::adj_mul(var_824, var_825, adj_824, adj_825, adj_826);
        wp::adj_extract(var_2, var_810, var_823, adj_2, adj_810, adj_823, adj_825);
        wp::adj_extract(var_2, var_767, var_823, adj_2, adj_767, adj_823, adj_824);
        wp::adj_add(var_817, var_821, adj_817, adj_821, adj_822);
        wp::adj_mul(var_819, var_820, adj_819, adj_820, adj_821);
        wp::adj_extract(var_2, var_810, var_818, adj_2, adj_810, adj_818, adj_820);
        wp::adj_extract(var_2, var_767, var_818, adj_2, adj_767, adj_818, adj_819);
        wp::adj_add(var_812, var_816, adj_812, adj_816, adj_817);
        wp::adj_mul(var_814, var_815, adj_814, adj_815, adj_816);
        wp::adj_extract(var_2, var_810, var_813, adj_2, adj_810, adj_813, adj_815);
        wp::adj_extract(var_2, var_767, var_813, adj_2, adj_767, adj_813, adj_814);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_811, adj_811, adj_812);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_767, var_768, var_809, adj_7, adj_767, adj_768, adj_809);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_806, var_808, var_805, adj_806, adj_808, adj_805, adj_809);
        if (var_806) {
            wp::adj_add(var_805, var_807, adj_805, adj_807, adj_808);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_807);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_800, var_804, adj_800, adj_804, adj_805);
        wp::adj_mul(var_802, var_803, adj_802, adj_803, adj_804);
        wp::adj_extract(var_2, var_768, var_801, adj_2, adj_768, adj_801, adj_803);
        wp::adj_extract(var_2, var_767, var_801, adj_2, adj_767, adj_801, adj_802);
        wp::adj_add(var_795, var_799, adj_795, adj_799, adj_800);
        wp::adj_mul(var_797, var_798, adj_797, adj_798, adj_799);
        wp::adj_extract(var_2, var_768, var_796, adj_2, adj_768, adj_796, adj_798);
        wp::adj_extract(var_2, var_767, var_796, adj_2, adj_767, adj_796, adj_797);
        wp::adj_add(var_790, var_794, adj_790, adj_794, adj_795);
        wp::adj_mul(var_792, var_793, adj_792, adj_793, adj_794);
        wp::adj_extract(var_2, var_768, var_791, adj_2, adj_768, adj_791, adj_793);
        wp::adj_extract(var_2, var_767, var_791, adj_2, adj_767, adj_791, adj_792);
        wp::adj_add(var_785, var_789, adj_785, adj_789, adj_790);
        wp::adj_mul(var_787, var_788, adj_787, adj_788, adj_789);
        wp::adj_extract(var_2, var_768, var_786, adj_2, adj_768, adj_786, adj_788);
        wp::adj_extract(var_2, var_767, var_786, adj_2, adj_767, adj_786, adj_787);
        wp::adj_add(var_780, var_784, adj_780, adj_784, adj_785);
        wp::adj_mul(var_782, var_783, adj_782, adj_783, adj_784);
        wp::adj_extract(var_2, var_768, var_781, adj_2, adj_768, adj_781, adj_783);
        wp::adj_extract(var_2, var_767, var_781, adj_2, adj_767, adj_781, adj_782);
        wp::adj_add(var_775, var_779, adj_775, adj_779, adj_780);
        wp::adj_mul(var_777, var_778, adj_777, adj_778, adj_779);
        wp::adj_extract(var_2, var_768, var_776, adj_2, adj_768, adj_776, adj_778);
        wp::adj_extract(var_2, var_767, var_776, adj_2, adj_767, adj_776, adj_777);
        wp::adj_add(var_770, var_774, adj_770, adj_774, adj_775);
        wp::adj_mul(var_772, var_773, adj_772, adj_773, adj_774);
        wp::adj_extract(var_2, var_768, var_771, adj_2, adj_768, adj_771, adj_773);
        wp::adj_extract(var_2, var_767, var_771, adj_2, adj_767, adj_771, adj_772);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_769, adj_769, adj_770);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        wp::adj_assign_inplace(var_7, var_514, var_725, var_766, adj_7, adj_514, adj_725, adj_766);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_763, var_765, var_762, adj_763, adj_765, adj_762, adj_766);
        if (var_763) {
            wp::adj_add(var_762, var_764, adj_762, adj_764, adj_765);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_764);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_757, var_761, adj_757, adj_761, adj_762);
        wp::adj_mul(var_759, var_760, adj_759, adj_760, adj_761);
        wp::adj_extract(var_2, var_725, var_758, adj_2, adj_725, adj_758, adj_760);
        wp::adj_extract(var_2, var_514, var_758, adj_2, adj_514, adj_758, adj_759);
        wp::adj_add(var_752, var_756, adj_752, adj_756, adj_757);
        wp::adj_mul(var_754, var_755, adj_754, adj_755, adj_756);
        wp::adj_extract(var_2, var_725, var_753, adj_2, adj_725, adj_753, adj_755);
        wp::adj_extract(var_2, var_514, var_753, adj_2, adj_514, adj_753, adj_754);
        wp::adj_add(var_747, var_751, adj_747, adj_751, adj_752);
        wp::adj_mul(var_749, var_750, adj_749, adj_750, adj_751);
        wp::adj_extract(var_2, var_725, var_748, adj_2, adj_725, adj_748, adj_750);
        wp::adj_extract(var_2, var_514, var_748, adj_2, adj_514, adj_748, adj_749);
        wp::adj_add(var_742, var_746, adj_742, adj_746, adj_747);
        wp::adj_mul(var_744, var_745, adj_744, adj_745, adj_746);
        wp::adj_extract(var_2, var_725, var_743, adj_2, adj_725, adj_743, adj_745);
        wp::adj_extract(var_2, var_514, var_743, adj_2, adj_514, adj_743, adj_744);
        wp::adj_add(var_737, var_741, adj_737, adj_741, adj_742);
        wp::adj_mul(var_739, var_740, adj_739, adj_740, adj_741);
        wp::adj_extract(var_2, var_725, var_738, adj_2, adj_725, adj_738, adj_740);
        wp::adj_extract(var_2, var_514, var_738, adj_2, adj_514, adj_738, adj_739);
        wp::adj_add(var_732, var_736, adj_732, adj_736, adj_737);
        wp::adj_mul(var_734, var_735, adj_734, adj_735, adj_736);
        wp::adj_extract(var_2, var_725, var_733, adj_2, adj_725, adj_733, adj_735);
        wp::adj_extract(var_2, var_514, var_733, adj_2, adj_514, adj_733, adj_734);
        wp::adj_add(var_727, var_731, adj_727, adj_731, adj_732);
        wp::adj_mul(var_729, var_730, adj_729, adj_730, adj_731);
        wp::adj_extract(var_2, var_725, var_728, adj_2, adj_725, adj_728, adj_730);
        wp::adj_extract(var_2, var_514, var_728, adj_2, adj_514, adj_728, adj_729);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_726, adj_726, adj_727);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_514, var_683, var_724, adj_7, adj_514, adj_683, adj_724);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_721, var_723, var_720, adj_721, adj_723, adj_720, adj_724);
        if (var_721) {
            wp::adj_add(var_720, var_722, adj_720, adj_722, adj_723);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_722);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_715, var_719, adj_715, adj_719, adj_720);
        wp::adj_mul(var_717, var_718, adj_717, adj_718, adj_719);
        wp::adj_extract(var_2, var_683, var_716, adj_2, adj_683, adj_716, adj_718);
        wp::adj_extract(var_2, var_514, var_716, adj_2, adj_514, adj_716, adj_717);
        wp::adj_add(var_710, var_714, adj_710, adj_714, adj_715);
        wp::adj_mul(var_712, var_713, adj_712, adj_713, adj_714);
        wp::adj_extract(var_2, var_683, var_711, adj_2, adj_683, adj_711, adj_713);
        wp::adj_extract(var_2, var_514, var_711, adj_2, adj_514, adj_711, adj_712);
        wp::adj_add(var_705, var_709, adj_705, adj_709, adj_710);
        wp::adj_mul(var_707, var_708, adj_707, adj_708, adj_709);
        wp::adj_extract(var_2, var_683, var_706, adj_2, adj_683, adj_706, adj_708);
        wp::adj_extract(var_2, var_514, var_706, adj_2, adj_514, adj_706, adj_707);
        wp::adj_add(var_700, var_704, adj_700, adj_704, adj_705);
        wp::adj_mul(var_702, var_703, adj_702, adj_703, adj_704);
        wp::adj_extract(var_2, var_683, var_701, adj_2, adj_683, adj_701, adj_703);
        wp::adj_extract(var_2, var_514, var_701, adj_2, adj_514, adj_701, adj_702);
        wp::adj_add(var_695, var_699, adj_695, adj_699, adj_700);
        wp::adj_mul(var_697, var_698, adj_697, adj_698, adj_699);
        wp::adj_extract(var_2, var_683, var_696, adj_2, adj_683, adj_696, adj_698);
        wp::adj_extract(var_2, var_514, var_696, adj_2, adj_514, adj_696, adj_697);
        wp::adj_add(var_690, var_694, adj_690, adj_694, adj_695);
        wp::adj_mul(var_692, var_693, adj_692, adj_693, adj_694);
        wp::adj_extract(var_2, var_683, var_691, adj_2, adj_683, adj_691, adj_693);
        wp::adj_extract(var_2, var_514, var_691, adj_2, adj_514, adj_691, adj_692);
        wp::adj_add(var_685, var_689, adj_685, adj_689, adj_690);
        wp::adj_mul(var_687, var_688, adj_687, adj_688, adj_689);
        wp::adj_extract(var_2, var_683, var_686, adj_2, adj_683, adj_686, adj_688);
        wp::adj_extract(var_2, var_514, var_686, adj_2, adj_514, adj_686, adj_687);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_684, adj_684, adj_685);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_514, var_641, var_682, adj_7, adj_514, adj_641, adj_682);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_679, var_681, var_678, adj_679, adj_681, adj_678, adj_682);
        if (var_679) {
            wp::adj_add(var_678, var_680, adj_678, adj_680, adj_681);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_680);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_673, var_677, adj_673, adj_677, adj_678);
        wp::adj_mul(var_675, var_676, adj_675, adj_676, adj_677);
        wp::adj_extract(var_2, var_641, var_674, adj_2, adj_641, adj_674, adj_676);
        wp::adj_extract(var_2, var_514, var_674, adj_2, adj_514, adj_674, adj_675);
        wp::adj_add(var_668, var_672, adj_668, adj_672, adj_673);
        wp::adj_mul(var_670, var_671, adj_670, adj_671, adj_672);
        wp::adj_extract(var_2, var_641, var_669, adj_2, adj_641, adj_669, adj_671);
        wp::adj_extract(var_2, var_514, var_669, adj_2, adj_514, adj_669, adj_670);
        wp::adj_add(var_663, var_667, adj_663, adj_667, adj_668);
        wp::adj_mul(var_665, var_666, adj_665, adj_666, adj_667);
        wp::adj_extract(var_2, var_641, var_664, adj_2, adj_641, adj_664, adj_666);
        wp::adj_extract(var_2, var_514, var_664, adj_2, adj_514, adj_664, adj_665);
        wp::adj_add(var_658, var_662, adj_658, adj_662, adj_663);
        wp::adj_mul(var_660, var_661, adj_660, adj_661, adj_662);
        wp::adj_extract(var_2, var_641, var_659, adj_2, adj_641, adj_659, adj_661);
        wp::adj_extract(var_2, var_514, var_659, adj_2, adj_514, adj_659, adj_660);
        wp::adj_add(var_653, var_657, adj_653, adj_657, adj_658);
        wp::adj_mul(var_655, var_656, adj_655, adj_656, adj_657);
        wp::adj_extract(var_2, var_641, var_654, adj_2, adj_641, adj_654, adj_656);
        wp::adj_extract(var_2, var_514, var_654, adj_2, adj_514, adj_654, adj_655);
        wp::adj_add(var_648, var_652, adj_648, adj_652, adj_653);
        wp::adj_mul(var_650, var_651, adj_650, adj_651, adj_652);
        wp::adj_extract(var_2, var_641, var_649, adj_2, adj_641, adj_649, adj_651);
        wp::adj_extract(var_2, var_514, var_649, adj_2, adj_514, adj_649, adj_650);
        wp::adj_add(var_643, var_647, adj_643, adj_647, adj_648);
        wp::adj_mul(var_645, var_646, adj_645, adj_646, adj_647);
        wp::adj_extract(var_2, var_641, var_644, adj_2, adj_641, adj_644, adj_646);
        wp::adj_extract(var_2, var_514, var_644, adj_2, adj_514, adj_644, adj_645);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_642, adj_642, adj_643);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_514, var_599, var_640, adj_7, adj_514, adj_599, adj_640);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_637, var_639, var_636, adj_637, adj_639, adj_636, adj_640);
        if (var_637) {
            wp::adj_add(var_636, var_638, adj_636, adj_638, adj_639);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_638);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_631, var_635, adj_631, adj_635, adj_636);
        wp::adj_mul(var_633, var_634, adj_633, adj_634, adj_635);
        wp::adj_extract(var_2, var_599, var_632, adj_2, adj_599, adj_632, adj_634);
        wp::adj_extract(var_2, var_514, var_632, adj_2, adj_514, adj_632, adj_633);
        wp::adj_add(var_626, var_630, adj_626, adj_630, adj_631);
        wp::adj_mul(var_628, var_629, adj_628, adj_629, adj_630);
        wp::adj_extract(var_2, var_599, var_627, adj_2, adj_599, adj_627, adj_629);
        wp::adj_extract(var_2, var_514, var_627, adj_2, adj_514, adj_627, adj_628);
        wp::adj_add(var_621, var_625, adj_621, adj_625, adj_626);
        wp::adj_mul(var_623, var_624, adj_623, adj_624, adj_625);
        wp::adj_extract(var_2, var_599, var_622, adj_2, adj_599, adj_622, adj_624);
        wp::adj_extract(var_2, var_514, var_622, adj_2, adj_514, adj_622, adj_623);
        wp::adj_add(var_616, var_620, adj_616, adj_620, adj_621);
        wp::adj_mul(var_618, var_619, adj_618, adj_619, adj_620);
        wp::adj_extract(var_2, var_599, var_617, adj_2, adj_599, adj_617, adj_619);
        wp::adj_extract(var_2, var_514, var_617, adj_2, adj_514, adj_617, adj_618);
        wp::adj_add(var_611, var_615, adj_611, adj_615, adj_616);
        wp::adj_mul(var_613, var_614, adj_613, adj_614, adj_615);
        wp::adj_extract(var_2, var_599, var_612, adj_2, adj_599, adj_612, adj_614);
        wp::adj_extract(var_2, var_514, var_612, adj_2, adj_514, adj_612, adj_613);
        wp::adj_add(var_606, var_610, adj_606, adj_610, adj_611);
        wp::adj_mul(var_608, var_609, adj_608, adj_609, adj_610);
        wp::adj_extract(var_2, var_599, var_607, adj_2, adj_599, adj_607, adj_609);
        wp::adj_extract(var_2, var_514, var_607, adj_2, adj_514, adj_607, adj_608);
        wp::adj_add(var_601, var_605, adj_601, adj_605, adj_606);
        wp::adj_mul(var_603, var_604, adj_603, adj_604, adj_605);
        wp::adj_extract(var_2, var_599, var_602, adj_2, adj_599, adj_602, adj_604);
        wp::adj_extract(var_2, var_514, var_602, adj_2, adj_514, adj_602, adj_603);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_600, adj_600, adj_601);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_514, var_557, var_598, adj_7, adj_514, adj_557, adj_598);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_595, var_597, var_594, adj_595, adj_597, adj_594, adj_598);
        if (var_595) {
            wp::adj_add(var_594, var_596, adj_594, adj_596, adj_597);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_596);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_589, var_593, adj_589, adj_593, adj_594);
        wp::adj_mul(var_591, var_592, adj_591, adj_592, adj_593);
        wp::adj_extract(var_2, var_557, var_590, adj_2, adj_557, adj_590, adj_592);
        wp::adj_extract(var_2, var_514, var_590, adj_2, adj_514, adj_590, adj_591);
        wp::adj_add(var_584, var_588, adj_584, adj_588, adj_589);
        wp::adj_mul(var_586, var_587, adj_586, adj_587, adj_588);
        wp::adj_extract(var_2, var_557, var_585, adj_2, adj_557, adj_585, adj_587);
        wp::adj_extract(var_2, var_514, var_585, adj_2, adj_514, adj_585, adj_586);
        wp::adj_add(var_579, var_583, adj_579, adj_583, adj_584);
        wp::adj_mul(var_581, var_582, adj_581, adj_582, adj_583);
        wp::adj_extract(var_2, var_557, var_580, adj_2, adj_557, adj_580, adj_582);
        wp::adj_extract(var_2, var_514, var_580, adj_2, adj_514, adj_580, adj_581);
        wp::adj_add(var_574, var_578, adj_574, adj_578, adj_579);
        wp::adj_mul(var_576, var_577, adj_576, adj_577, adj_578);
        wp::adj_extract(var_2, var_557, var_575, adj_2, adj_557, adj_575, adj_577);
        wp::adj_extract(var_2, var_514, var_575, adj_2, adj_514, adj_575, adj_576);
        wp::adj_add(var_569, var_573, adj_569, adj_573, adj_574);
        wp::adj_mul(var_571, var_572, adj_571, adj_572, adj_573);
        wp::adj_extract(var_2, var_557, var_570, adj_2, adj_557, adj_570, adj_572);
        wp::adj_extract(var_2, var_514, var_570, adj_2, adj_514, adj_570, adj_571);
        wp::adj_add(var_564, var_568, adj_564, adj_568, adj_569);
        wp::adj_mul(var_566, var_567, adj_566, adj_567, adj_568);
        wp::adj_extract(var_2, var_557, var_565, adj_2, adj_557, adj_565, adj_567);
        wp::adj_extract(var_2, var_514, var_565, adj_2, adj_514, adj_565, adj_566);
        wp::adj_add(var_559, var_563, adj_559, adj_563, adj_564);
        wp::adj_mul(var_561, var_562, adj_561, adj_562, adj_563);
        wp::adj_extract(var_2, var_557, var_560, adj_2, adj_557, adj_560, adj_562);
        wp::adj_extract(var_2, var_514, var_560, adj_2, adj_514, adj_560, adj_561);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_558, adj_558, adj_559);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_514, var_515, var_556, adj_7, adj_514, adj_515, adj_556);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_553, var_555, var_552, adj_553, adj_555, adj_552, adj_556);
        if (var_553) {
            wp::adj_add(var_552, var_554, adj_552, adj_554, adj_555);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_554);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_547, var_551, adj_547, adj_551, adj_552);
        wp::adj_mul(var_549, var_550, adj_549, adj_550, adj_551);
        wp::adj_extract(var_2, var_515, var_548, adj_2, adj_515, adj_548, adj_550);
        wp::adj_extract(var_2, var_514, var_548, adj_2, adj_514, adj_548, adj_549);
        wp::adj_add(var_542, var_546, adj_542, adj_546, adj_547);
        wp::adj_mul(var_544, var_545, adj_544, adj_545, adj_546);
        wp::adj_extract(var_2, var_515, var_543, adj_2, adj_515, adj_543, adj_545);
        wp::adj_extract(var_2, var_514, var_543, adj_2, adj_514, adj_543, adj_544);
        wp::adj_add(var_537, var_541, adj_537, adj_541, adj_542);
        wp::adj_mul(var_539, var_540, adj_539, adj_540, adj_541);
        wp::adj_extract(var_2, var_515, var_538, adj_2, adj_515, adj_538, adj_540);
        wp::adj_extract(var_2, var_514, var_538, adj_2, adj_514, adj_538, adj_539);
        wp::adj_add(var_532, var_536, adj_532, adj_536, adj_537);
        wp::adj_mul(var_534, var_535, adj_534, adj_535, adj_536);
        wp::adj_extract(var_2, var_515, var_533, adj_2, adj_515, adj_533, adj_535);
        wp::adj_extract(var_2, var_514, var_533, adj_2, adj_514, adj_533, adj_534);
        wp::adj_add(var_527, var_531, adj_527, adj_531, adj_532);
        wp::adj_mul(var_529, var_530, adj_529, adj_530, adj_531);
        wp::adj_extract(var_2, var_515, var_528, adj_2, adj_515, adj_528, adj_530);
        wp::adj_extract(var_2, var_514, var_528, adj_2, adj_514, adj_528, adj_529);
        wp::adj_add(var_522, var_526, adj_522, adj_526, adj_527);
        wp::adj_mul(var_524, var_525, adj_524, adj_525, adj_526);
        wp::adj_extract(var_2, var_515, var_523, adj_2, adj_515, adj_523, adj_525);
        wp::adj_extract(var_2, var_514, var_523, adj_2, adj_514, adj_523, adj_524);
        wp::adj_add(var_517, var_521, adj_517, adj_521, adj_522);
        wp::adj_mul(var_519, var_520, adj_519, adj_520, adj_521);
        wp::adj_extract(var_2, var_515, var_518, adj_2, adj_515, adj_518, adj_520);
        wp::adj_extract(var_2, var_514, var_518, adj_2, adj_514, adj_518, adj_519);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_516, adj_516, adj_517);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        wp::adj_assign_inplace(var_7, var_261, var_472, var_513, adj_7, adj_261, adj_472, adj_513);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_510, var_512, var_509, adj_510, adj_512, adj_509, adj_513);
        if (var_510) {
            wp::adj_add(var_509, var_511, adj_509, adj_511, adj_512);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_511);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_504, var_508, adj_504, adj_508, adj_509);
        wp::adj_mul(var_506, var_507, adj_506, adj_507, adj_508);
        wp::adj_extract(var_2, var_472, var_505, adj_2, adj_472, adj_505, adj_507);
        wp::adj_extract(var_2, var_261, var_505, adj_2, adj_261, adj_505, adj_506);
        wp::adj_add(var_499, var_503, adj_499, adj_503, adj_504);
        wp::adj_mul(var_501, var_502, adj_501, adj_502, adj_503);
        wp::adj_extract(var_2, var_472, var_500, adj_2, adj_472, adj_500, adj_502);
        wp::adj_extract(var_2, var_261, var_500, adj_2, adj_261, adj_500, adj_501);
        wp::adj_add(var_494, var_498, adj_494, adj_498, adj_499);
        wp::adj_mul(var_496, var_497, adj_496, adj_497, adj_498);
        wp::adj_extract(var_2, var_472, var_495, adj_2, adj_472, adj_495, adj_497);
        wp::adj_extract(var_2, var_261, var_495, adj_2, adj_261, adj_495, adj_496);
        wp::adj_add(var_489, var_493, adj_489, adj_493, adj_494);
        wp::adj_mul(var_491, var_492, adj_491, adj_492, adj_493);
        wp::adj_extract(var_2, var_472, var_490, adj_2, adj_472, adj_490, adj_492);
        wp::adj_extract(var_2, var_261, var_490, adj_2, adj_261, adj_490, adj_491);
        wp::adj_add(var_484, var_488, adj_484, adj_488, adj_489);
        wp::adj_mul(var_486, var_487, adj_486, adj_487, adj_488);
        wp::adj_extract(var_2, var_472, var_485, adj_2, adj_472, adj_485, adj_487);
        wp::adj_extract(var_2, var_261, var_485, adj_2, adj_261, adj_485, adj_486);
        wp::adj_add(var_479, var_483, adj_479, adj_483, adj_484);
        wp::adj_mul(var_481, var_482, adj_481, adj_482, adj_483);
        wp::adj_extract(var_2, var_472, var_480, adj_2, adj_472, adj_480, adj_482);
        wp::adj_extract(var_2, var_261, var_480, adj_2, adj_261, adj_480, adj_481);
        wp::adj_add(var_474, var_478, adj_474, adj_478, adj_479);
        wp::adj_mul(var_476, var_477, adj_476, adj_477, adj_478);
        wp::adj_extract(var_2, var_472, var_475, adj_2, adj_472, adj_475, adj_477);
        wp::adj_extract(var_2, var_261, var_475, adj_2, adj_261, adj_475, adj_476);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_473, adj_473, adj_474);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_261, var_430, var_471, adj_7, adj_261, adj_430, adj_471);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_468, var_470, var_467, adj_468, adj_470, adj_467, adj_471);
        if (var_468) {
            wp::adj_add(var_467, var_469, adj_467, adj_469, adj_470);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_469);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_462, var_466, adj_462, adj_466, adj_467);
        wp::adj_mul(var_464, var_465, adj_464, adj_465, adj_466);
        wp::adj_extract(var_2, var_430, var_463, adj_2, adj_430, adj_463, adj_465);
        wp::adj_extract(var_2, var_261, var_463, adj_2, adj_261, adj_463, adj_464);
        wp::adj_add(var_457, var_461, adj_457, adj_461, adj_462);
        wp::adj_mul(var_459, var_460, adj_459, adj_460, adj_461);
        wp::adj_extract(var_2, var_430, var_458, adj_2, adj_430, adj_458, adj_460);
        wp::adj_extract(var_2, var_261, var_458, adj_2, adj_261, adj_458, adj_459);
        wp::adj_add(var_452, var_456, adj_452, adj_456, adj_457);
        wp::adj_mul(var_454, var_455, adj_454, adj_455, adj_456);
        wp::adj_extract(var_2, var_430, var_453, adj_2, adj_430, adj_453, adj_455);
        wp::adj_extract(var_2, var_261, var_453, adj_2, adj_261, adj_453, adj_454);
        wp::adj_add(var_447, var_451, adj_447, adj_451, adj_452);
        wp::adj_mul(var_449, var_450, adj_449, adj_450, adj_451);
        wp::adj_extract(var_2, var_430, var_448, adj_2, adj_430, adj_448, adj_450);
        wp::adj_extract(var_2, var_261, var_448, adj_2, adj_261, adj_448, adj_449);
        wp::adj_add(var_442, var_446, adj_442, adj_446, adj_447);
        wp::adj_mul(var_444, var_445, adj_444, adj_445, adj_446);
        wp::adj_extract(var_2, var_430, var_443, adj_2, adj_430, adj_443, adj_445);
        wp::adj_extract(var_2, var_261, var_443, adj_2, adj_261, adj_443, adj_444);
        wp::adj_add(var_437, var_441, adj_437, adj_441, adj_442);
        wp::adj_mul(var_439, var_440, adj_439, adj_440, adj_441);
        wp::adj_extract(var_2, var_430, var_438, adj_2, adj_430, adj_438, adj_440);
        wp::adj_extract(var_2, var_261, var_438, adj_2, adj_261, adj_438, adj_439);
        wp::adj_add(var_432, var_436, adj_432, adj_436, adj_437);
        wp::adj_mul(var_434, var_435, adj_434, adj_435, adj_436);
        wp::adj_extract(var_2, var_430, var_433, adj_2, adj_430, adj_433, adj_435);
        wp::adj_extract(var_2, var_261, var_433, adj_2, adj_261, adj_433, adj_434);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_431, adj_431, adj_432);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_261, var_388, var_429, adj_7, adj_261, adj_388, adj_429);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_426, var_428, var_425, adj_426, adj_428, adj_425, adj_429);
        if (var_426) {
            wp::adj_add(var_425, var_427, adj_425, adj_427, adj_428);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_427);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_420, var_424, adj_420, adj_424, adj_425);
        wp::adj_mul(var_422, var_423, adj_422, adj_423, adj_424);
        wp::adj_extract(var_2, var_388, var_421, adj_2, adj_388, adj_421, adj_423);
        wp::adj_extract(var_2, var_261, var_421, adj_2, adj_261, adj_421, adj_422);
        wp::adj_add(var_415, var_419, adj_415, adj_419, adj_420);
        wp::adj_mul(var_417, var_418, adj_417, adj_418, adj_419);
        wp::adj_extract(var_2, var_388, var_416, adj_2, adj_388, adj_416, adj_418);
        wp::adj_extract(var_2, var_261, var_416, adj_2, adj_261, adj_416, adj_417);
        wp::adj_add(var_410, var_414, adj_410, adj_414, adj_415);
        wp::adj_mul(var_412, var_413, adj_412, adj_413, adj_414);
        wp::adj_extract(var_2, var_388, var_411, adj_2, adj_388, adj_411, adj_413);
        wp::adj_extract(var_2, var_261, var_411, adj_2, adj_261, adj_411, adj_412);
        wp::adj_add(var_405, var_409, adj_405, adj_409, adj_410);
        wp::adj_mul(var_407, var_408, adj_407, adj_408, adj_409);
        wp::adj_extract(var_2, var_388, var_406, adj_2, adj_388, adj_406, adj_408);
        wp::adj_extract(var_2, var_261, var_406, adj_2, adj_261, adj_406, adj_407);
        wp::adj_add(var_400, var_404, adj_400, adj_404, adj_405);
        wp::adj_mul(var_402, var_403, adj_402, adj_403, adj_404);
        wp::adj_extract(var_2, var_388, var_401, adj_2, adj_388, adj_401, adj_403);
        wp::adj_extract(var_2, var_261, var_401, adj_2, adj_261, adj_401, adj_402);
        wp::adj_add(var_395, var_399, adj_395, adj_399, adj_400);
        wp::adj_mul(var_397, var_398, adj_397, adj_398, adj_399);
        wp::adj_extract(var_2, var_388, var_396, adj_2, adj_388, adj_396, adj_398);
        wp::adj_extract(var_2, var_261, var_396, adj_2, adj_261, adj_396, adj_397);
        wp::adj_add(var_390, var_394, adj_390, adj_394, adj_395);
        wp::adj_mul(var_392, var_393, adj_392, adj_393, adj_394);
        wp::adj_extract(var_2, var_388, var_391, adj_2, adj_388, adj_391, adj_393);
        wp::adj_extract(var_2, var_261, var_391, adj_2, adj_261, adj_391, adj_392);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_389, adj_389, adj_390);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_261, var_346, var_387, adj_7, adj_261, adj_346, adj_387);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_384, var_386, var_383, adj_384, adj_386, adj_383, adj_387);
        if (var_384) {
            wp::adj_add(var_383, var_385, adj_383, adj_385, adj_386);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_385);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_378, var_382, adj_378, adj_382, adj_383);
        wp::adj_mul(var_380, var_381, adj_380, adj_381, adj_382);
        wp::adj_extract(var_2, var_346, var_379, adj_2, adj_346, adj_379, adj_381);
        wp::adj_extract(var_2, var_261, var_379, adj_2, adj_261, adj_379, adj_380);
        wp::adj_add(var_373, var_377, adj_373, adj_377, adj_378);
        wp::adj_mul(var_375, var_376, adj_375, adj_376, adj_377);
        wp::adj_extract(var_2, var_346, var_374, adj_2, adj_346, adj_374, adj_376);
        wp::adj_extract(var_2, var_261, var_374, adj_2, adj_261, adj_374, adj_375);
        wp::adj_add(var_368, var_372, adj_368, adj_372, adj_373);
        wp::adj_mul(var_370, var_371, adj_370, adj_371, adj_372);
        wp::adj_extract(var_2, var_346, var_369, adj_2, adj_346, adj_369, adj_371);
        wp::adj_extract(var_2, var_261, var_369, adj_2, adj_261, adj_369, adj_370);
        wp::adj_add(var_363, var_367, adj_363, adj_367, adj_368);
        wp::adj_mul(var_365, var_366, adj_365, adj_366, adj_367);
        wp::adj_extract(var_2, var_346, var_364, adj_2, adj_346, adj_364, adj_366);
        wp::adj_extract(var_2, var_261, var_364, adj_2, adj_261, adj_364, adj_365);
        wp::adj_add(var_358, var_362, adj_358, adj_362, adj_363);
        wp::adj_mul(var_360, var_361, adj_360, adj_361, adj_362);
        wp::adj_extract(var_2, var_346, var_359, adj_2, adj_346, adj_359, adj_361);
        wp::adj_extract(var_2, var_261, var_359, adj_2, adj_261, adj_359, adj_360);
        wp::adj_add(var_353, var_357, adj_353, adj_357, adj_358);
        wp::adj_mul(var_355, var_356, adj_355, adj_356, adj_357);
        wp::adj_extract(var_2, var_346, var_354, adj_2, adj_346, adj_354, adj_356);
        wp::adj_extract(var_2, var_261, var_354, adj_2, adj_261, adj_354, adj_355);
        wp::adj_add(var_348, var_352, adj_348, adj_352, adj_353);
        wp::adj_mul(var_350, var_351, adj_350, adj_351, adj_352);
        wp::adj_extract(var_2, var_346, var_349, adj_2, adj_346, adj_349, adj_351);
        wp::adj_extract(var_2, var_261, var_349, adj_2, adj_261, adj_349, adj_350);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_347, adj_347, adj_348);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_261, var_304, var_345, adj_7, adj_261, adj_304, adj_345);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_342, var_344, var_341, adj_342, adj_344, adj_341, adj_345);
        if (var_342) {
            wp::adj_add(var_341, var_343, adj_341, adj_343, adj_344);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_343);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_336, var_340, adj_336, adj_340, adj_341);
        wp::adj_mul(var_338, var_339, adj_338, adj_339, adj_340);
        wp::adj_extract(var_2, var_304, var_337, adj_2, adj_304, adj_337, adj_339);
        wp::adj_extract(var_2, var_261, var_337, adj_2, adj_261, adj_337, adj_338);
        wp::adj_add(var_331, var_335, adj_331, adj_335, adj_336);
        wp::adj_mul(var_333, var_334, adj_333, adj_334, adj_335);
        wp::adj_extract(var_2, var_304, var_332, adj_2, adj_304, adj_332, adj_334);
        wp::adj_extract(var_2, var_261, var_332, adj_2, adj_261, adj_332, adj_333);
        wp::adj_add(var_326, var_330, adj_326, adj_330, adj_331);
        wp::adj_mul(var_328, var_329, adj_328, adj_329, adj_330);
        wp::adj_extract(var_2, var_304, var_327, adj_2, adj_304, adj_327, adj_329);
        wp::adj_extract(var_2, var_261, var_327, adj_2, adj_261, adj_327, adj_328);
        wp::adj_add(var_321, var_325, adj_321, adj_325, adj_326);
        wp::adj_mul(var_323, var_324, adj_323, adj_324, adj_325);
        wp::adj_extract(var_2, var_304, var_322, adj_2, adj_304, adj_322, adj_324);
        wp::adj_extract(var_2, var_261, var_322, adj_2, adj_261, adj_322, adj_323);
        wp::adj_add(var_316, var_320, adj_316, adj_320, adj_321);
        wp::adj_mul(var_318, var_319, adj_318, adj_319, adj_320);
        wp::adj_extract(var_2, var_304, var_317, adj_2, adj_304, adj_317, adj_319);
        wp::adj_extract(var_2, var_261, var_317, adj_2, adj_261, adj_317, adj_318);
        wp::adj_add(var_311, var_315, adj_311, adj_315, adj_316);
        wp::adj_mul(var_313, var_314, adj_313, adj_314, adj_315);
        wp::adj_extract(var_2, var_304, var_312, adj_2, adj_304, adj_312, adj_314);
        wp::adj_extract(var_2, var_261, var_312, adj_2, adj_261, adj_312, adj_313);
        wp::adj_add(var_306, var_310, adj_306, adj_310, adj_311);
        wp::adj_mul(var_308, var_309, adj_308, adj_309, adj_310);
        wp::adj_extract(var_2, var_304, var_307, adj_2, adj_304, adj_307, adj_309);
        wp::adj_extract(var_2, var_261, var_307, adj_2, adj_261, adj_307, adj_308);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_305, adj_305, adj_306);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_261, var_262, var_303, adj_7, adj_261, adj_262, adj_303);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_300, var_302, var_299, adj_300, adj_302, adj_299, adj_303);
        if (var_300) {
            wp::adj_add(var_299, var_301, adj_299, adj_301, adj_302);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_301);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_294, var_298, adj_294, adj_298, adj_299);
        wp::adj_mul(var_296, var_297, adj_296, adj_297, adj_298);
        wp::adj_extract(var_2, var_262, var_295, adj_2, adj_262, adj_295, adj_297);
        wp::adj_extract(var_2, var_261, var_295, adj_2, adj_261, adj_295, adj_296);
        wp::adj_add(var_289, var_293, adj_289, adj_293, adj_294);
        wp::adj_mul(var_291, var_292, adj_291, adj_292, adj_293);
        wp::adj_extract(var_2, var_262, var_290, adj_2, adj_262, adj_290, adj_292);
        wp::adj_extract(var_2, var_261, var_290, adj_2, adj_261, adj_290, adj_291);
        wp::adj_add(var_284, var_288, adj_284, adj_288, adj_289);
        wp::adj_mul(var_286, var_287, adj_286, adj_287, adj_288);
        wp::adj_extract(var_2, var_262, var_285, adj_2, adj_262, adj_285, adj_287);
        wp::adj_extract(var_2, var_261, var_285, adj_2, adj_261, adj_285, adj_286);
        wp::adj_add(var_279, var_283, adj_279, adj_283, adj_284);
        wp::adj_mul(var_281, var_282, adj_281, adj_282, adj_283);
        wp::adj_extract(var_2, var_262, var_280, adj_2, adj_262, adj_280, adj_282);
        wp::adj_extract(var_2, var_261, var_280, adj_2, adj_261, adj_280, adj_281);
        wp::adj_add(var_274, var_278, adj_274, adj_278, adj_279);
        wp::adj_mul(var_276, var_277, adj_276, adj_277, adj_278);
        wp::adj_extract(var_2, var_262, var_275, adj_2, adj_262, adj_275, adj_277);
        wp::adj_extract(var_2, var_261, var_275, adj_2, adj_261, adj_275, adj_276);
        wp::adj_add(var_269, var_273, adj_269, adj_273, adj_274);
        wp::adj_mul(var_271, var_272, adj_271, adj_272, adj_273);
        wp::adj_extract(var_2, var_262, var_270, adj_2, adj_262, adj_270, adj_272);
        wp::adj_extract(var_2, var_261, var_270, adj_2, adj_261, adj_270, adj_271);
        wp::adj_add(var_264, var_268, adj_264, adj_268, adj_269);
        wp::adj_mul(var_266, var_267, adj_266, adj_267, adj_268);
        wp::adj_extract(var_2, var_262, var_265, adj_2, adj_262, adj_265, adj_267);
        wp::adj_extract(var_2, var_261, var_265, adj_2, adj_261, adj_265, adj_266);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_263, adj_263, adj_264);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        wp::adj_assign_inplace(var_7, var_8, var_219, var_260, adj_7, adj_8, adj_219, adj_260);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_257, var_259, var_256, adj_257, adj_259, adj_256, adj_260);
        if (var_257) {
            wp::adj_add(var_256, var_258, adj_256, adj_258, adj_259);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_258);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_251, var_255, adj_251, adj_255, adj_256);
        wp::adj_mul(var_253, var_254, adj_253, adj_254, adj_255);
        wp::adj_extract(var_2, var_219, var_252, adj_2, adj_219, adj_252, adj_254);
        wp::adj_extract(var_2, var_8, var_252, adj_2, adj_8, adj_252, adj_253);
        wp::adj_add(var_246, var_250, adj_246, adj_250, adj_251);
        wp::adj_mul(var_248, var_249, adj_248, adj_249, adj_250);
        wp::adj_extract(var_2, var_219, var_247, adj_2, adj_219, adj_247, adj_249);
        wp::adj_extract(var_2, var_8, var_247, adj_2, adj_8, adj_247, adj_248);
        wp::adj_add(var_241, var_245, adj_241, adj_245, adj_246);
        wp::adj_mul(var_243, var_244, adj_243, adj_244, adj_245);
        wp::adj_extract(var_2, var_219, var_242, adj_2, adj_219, adj_242, adj_244);
        wp::adj_extract(var_2, var_8, var_242, adj_2, adj_8, adj_242, adj_243);
        wp::adj_add(var_236, var_240, adj_236, adj_240, adj_241);
        wp::adj_mul(var_238, var_239, adj_238, adj_239, adj_240);
        wp::adj_extract(var_2, var_219, var_237, adj_2, adj_219, adj_237, adj_239);
        wp::adj_extract(var_2, var_8, var_237, adj_2, adj_8, adj_237, adj_238);
        wp::adj_add(var_231, var_235, adj_231, adj_235, adj_236);
        wp::adj_mul(var_233, var_234, adj_233, adj_234, adj_235);
        wp::adj_extract(var_2, var_219, var_232, adj_2, adj_219, adj_232, adj_234);
        wp::adj_extract(var_2, var_8, var_232, adj_2, adj_8, adj_232, adj_233);
        wp::adj_add(var_226, var_230, adj_226, adj_230, adj_231);
        wp::adj_mul(var_228, var_229, adj_228, adj_229, adj_230);
        wp::adj_extract(var_2, var_219, var_227, adj_2, adj_219, adj_227, adj_229);
        wp::adj_extract(var_2, var_8, var_227, adj_2, adj_8, adj_227, adj_228);
        wp::adj_add(var_221, var_225, adj_221, adj_225, adj_226);
        wp::adj_mul(var_223, var_224, adj_223, adj_224, adj_225);
        wp::adj_extract(var_2, var_219, var_222, adj_2, adj_219, adj_222, adj_224);
        wp::adj_extract(var_2, var_8, var_222, adj_2, adj_8, adj_222, adj_223);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_220, adj_220, adj_221);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_8, var_177, var_218, adj_7, adj_8, adj_177, adj_218);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_215, var_217, var_214, adj_215, adj_217, adj_214, adj_218);
        if (var_215) {
            wp::adj_add(var_214, var_216, adj_214, adj_216, adj_217);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_216);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_209, var_213, adj_209, adj_213, adj_214);
        wp::adj_mul(var_211, var_212, adj_211, adj_212, adj_213);
        wp::adj_extract(var_2, var_177, var_210, adj_2, adj_177, adj_210, adj_212);
        wp::adj_extract(var_2, var_8, var_210, adj_2, adj_8, adj_210, adj_211);
        wp::adj_add(var_204, var_208, adj_204, adj_208, adj_209);
        wp::adj_mul(var_206, var_207, adj_206, adj_207, adj_208);
        wp::adj_extract(var_2, var_177, var_205, adj_2, adj_177, adj_205, adj_207);
        wp::adj_extract(var_2, var_8, var_205, adj_2, adj_8, adj_205, adj_206);
        wp::adj_add(var_199, var_203, adj_199, adj_203, adj_204);
        wp::adj_mul(var_201, var_202, adj_201, adj_202, adj_203);
        wp::adj_extract(var_2, var_177, var_200, adj_2, adj_177, adj_200, adj_202);
        wp::adj_extract(var_2, var_8, var_200, adj_2, adj_8, adj_200, adj_201);
        wp::adj_add(var_194, var_198, adj_194, adj_198, adj_199);
        wp::adj_mul(var_196, var_197, adj_196, adj_197, adj_198);
        wp::adj_extract(var_2, var_177, var_195, adj_2, adj_177, adj_195, adj_197);
        wp::adj_extract(var_2, var_8, var_195, adj_2, adj_8, adj_195, adj_196);
        wp::adj_add(var_189, var_193, adj_189, adj_193, adj_194);
        wp::adj_mul(var_191, var_192, adj_191, adj_192, adj_193);
        wp::adj_extract(var_2, var_177, var_190, adj_2, adj_177, adj_190, adj_192);
        wp::adj_extract(var_2, var_8, var_190, adj_2, adj_8, adj_190, adj_191);
        wp::adj_add(var_184, var_188, adj_184, adj_188, adj_189);
        wp::adj_mul(var_186, var_187, adj_186, adj_187, adj_188);
        wp::adj_extract(var_2, var_177, var_185, adj_2, adj_177, adj_185, adj_187);
        wp::adj_extract(var_2, var_8, var_185, adj_2, adj_8, adj_185, adj_186);
        wp::adj_add(var_179, var_183, adj_179, adj_183, adj_184);
        wp::adj_mul(var_181, var_182, adj_181, adj_182, adj_183);
        wp::adj_extract(var_2, var_177, var_180, adj_2, adj_177, adj_180, adj_182);
        wp::adj_extract(var_2, var_8, var_180, adj_2, adj_8, adj_180, adj_181);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_178, adj_178, adj_179);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_8, var_135, var_176, adj_7, adj_8, adj_135, adj_176);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_173, var_175, var_172, adj_173, adj_175, adj_172, adj_176);
        if (var_173) {
            wp::adj_add(var_172, var_174, adj_172, adj_174, adj_175);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_174);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_167, var_171, adj_167, adj_171, adj_172);
        wp::adj_mul(var_169, var_170, adj_169, adj_170, adj_171);
        wp::adj_extract(var_2, var_135, var_168, adj_2, adj_135, adj_168, adj_170);
        wp::adj_extract(var_2, var_8, var_168, adj_2, adj_8, adj_168, adj_169);
        wp::adj_add(var_162, var_166, adj_162, adj_166, adj_167);
        wp::adj_mul(var_164, var_165, adj_164, adj_165, adj_166);
        wp::adj_extract(var_2, var_135, var_163, adj_2, adj_135, adj_163, adj_165);
        wp::adj_extract(var_2, var_8, var_163, adj_2, adj_8, adj_163, adj_164);
        wp::adj_add(var_157, var_161, adj_157, adj_161, adj_162);
        wp::adj_mul(var_159, var_160, adj_159, adj_160, adj_161);
        wp::adj_extract(var_2, var_135, var_158, adj_2, adj_135, adj_158, adj_160);
        wp::adj_extract(var_2, var_8, var_158, adj_2, adj_8, adj_158, adj_159);
        wp::adj_add(var_152, var_156, adj_152, adj_156, adj_157);
        wp::adj_mul(var_154, var_155, adj_154, adj_155, adj_156);
        wp::adj_extract(var_2, var_135, var_153, adj_2, adj_135, adj_153, adj_155);
        wp::adj_extract(var_2, var_8, var_153, adj_2, adj_8, adj_153, adj_154);
        wp::adj_add(var_147, var_151, adj_147, adj_151, adj_152);
        wp::adj_mul(var_149, var_150, adj_149, adj_150, adj_151);
        wp::adj_extract(var_2, var_135, var_148, adj_2, adj_135, adj_148, adj_150);
        wp::adj_extract(var_2, var_8, var_148, adj_2, adj_8, adj_148, adj_149);
        wp::adj_add(var_142, var_146, adj_142, adj_146, adj_147);
        wp::adj_mul(var_144, var_145, adj_144, adj_145, adj_146);
        wp::adj_extract(var_2, var_135, var_143, adj_2, adj_135, adj_143, adj_145);
        wp::adj_extract(var_2, var_8, var_143, adj_2, adj_8, adj_143, adj_144);
        wp::adj_add(var_137, var_141, adj_137, adj_141, adj_142);
        wp::adj_mul(var_139, var_140, adj_139, adj_140, adj_141);
        wp::adj_extract(var_2, var_135, var_138, adj_2, adj_135, adj_138, adj_140);
        wp::adj_extract(var_2, var_8, var_138, adj_2, adj_8, adj_138, adj_139);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_136, adj_136, adj_137);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_8, var_93, var_134, adj_7, adj_8, adj_93, adj_134);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_131, var_133, var_130, adj_131, adj_133, adj_130, adj_134);
        if (var_131) {
            wp::adj_add(var_130, var_132, adj_130, adj_132, adj_133);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_132);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_125, var_129, adj_125, adj_129, adj_130);
        wp::adj_mul(var_127, var_128, adj_127, adj_128, adj_129);
        wp::adj_extract(var_2, var_93, var_126, adj_2, adj_93, adj_126, adj_128);
        wp::adj_extract(var_2, var_8, var_126, adj_2, adj_8, adj_126, adj_127);
        wp::adj_add(var_120, var_124, adj_120, adj_124, adj_125);
        wp::adj_mul(var_122, var_123, adj_122, adj_123, adj_124);
        wp::adj_extract(var_2, var_93, var_121, adj_2, adj_93, adj_121, adj_123);
        wp::adj_extract(var_2, var_8, var_121, adj_2, adj_8, adj_121, adj_122);
        wp::adj_add(var_115, var_119, adj_115, adj_119, adj_120);
        wp::adj_mul(var_117, var_118, adj_117, adj_118, adj_119);
        wp::adj_extract(var_2, var_93, var_116, adj_2, adj_93, adj_116, adj_118);
        wp::adj_extract(var_2, var_8, var_116, adj_2, adj_8, adj_116, adj_117);
        wp::adj_add(var_110, var_114, adj_110, adj_114, adj_115);
        wp::adj_mul(var_112, var_113, adj_112, adj_113, adj_114);
        wp::adj_extract(var_2, var_93, var_111, adj_2, adj_93, adj_111, adj_113);
        wp::adj_extract(var_2, var_8, var_111, adj_2, adj_8, adj_111, adj_112);
        wp::adj_add(var_105, var_109, adj_105, adj_109, adj_110);
        wp::adj_mul(var_107, var_108, adj_107, adj_108, adj_109);
        wp::adj_extract(var_2, var_93, var_106, adj_2, adj_93, adj_106, adj_108);
        wp::adj_extract(var_2, var_8, var_106, adj_2, adj_8, adj_106, adj_107);
        wp::adj_add(var_100, var_104, adj_100, adj_104, adj_105);
        wp::adj_mul(var_102, var_103, adj_102, adj_103, adj_104);
        wp::adj_extract(var_2, var_93, var_101, adj_2, adj_93, adj_101, adj_103);
        wp::adj_extract(var_2, var_8, var_101, adj_2, adj_8, adj_101, adj_102);
        wp::adj_add(var_95, var_99, adj_95, adj_99, adj_100);
        wp::adj_mul(var_97, var_98, adj_97, adj_98, adj_99);
        wp::adj_extract(var_2, var_93, var_96, adj_2, adj_93, adj_96, adj_98);
        wp::adj_extract(var_2, var_8, var_96, adj_2, adj_8, adj_96, adj_97);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_94, adj_94, adj_95);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_8, var_51, var_92, adj_7, adj_8, adj_51, adj_92);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_89, var_91, var_88, adj_89, adj_91, adj_88, adj_92);
        if (var_89) {
            wp::adj_add(var_88, var_90, adj_88, adj_90, adj_91);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_90);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_83, var_87, adj_83, adj_87, adj_88);
        wp::adj_mul(var_85, var_86, adj_85, adj_86, adj_87);
        wp::adj_extract(var_2, var_51, var_84, adj_2, adj_51, adj_84, adj_86);
        wp::adj_extract(var_2, var_8, var_84, adj_2, adj_8, adj_84, adj_85);
        wp::adj_add(var_78, var_82, adj_78, adj_82, adj_83);
        wp::adj_mul(var_80, var_81, adj_80, adj_81, adj_82);
        wp::adj_extract(var_2, var_51, var_79, adj_2, adj_51, adj_79, adj_81);
        wp::adj_extract(var_2, var_8, var_79, adj_2, adj_8, adj_79, adj_80);
        wp::adj_add(var_73, var_77, adj_73, adj_77, adj_78);
        wp::adj_mul(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_extract(var_2, var_51, var_74, adj_2, adj_51, adj_74, adj_76);
        wp::adj_extract(var_2, var_8, var_74, adj_2, adj_8, adj_74, adj_75);
        wp::adj_add(var_68, var_72, adj_68, adj_72, adj_73);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_extract(var_2, var_51, var_69, adj_2, adj_51, adj_69, adj_71);
        wp::adj_extract(var_2, var_8, var_69, adj_2, adj_8, adj_69, adj_70);
        wp::adj_add(var_63, var_67, adj_63, adj_67, adj_68);
        wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_extract(var_2, var_51, var_64, adj_2, adj_51, adj_64, adj_66);
        wp::adj_extract(var_2, var_8, var_64, adj_2, adj_8, adj_64, adj_65);
        wp::adj_add(var_58, var_62, adj_58, adj_62, adj_63);
        wp::adj_mul(var_60, var_61, adj_60, adj_61, adj_62);
        wp::adj_extract(var_2, var_51, var_59, adj_2, adj_51, adj_59, adj_61);
        wp::adj_extract(var_2, var_8, var_59, adj_2, adj_8, adj_59, adj_60);
        wp::adj_add(var_53, var_57, adj_53, adj_57, adj_58);
        wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_extract(var_2, var_51, var_54, adj_2, adj_51, adj_54, adj_56);
        wp::adj_extract(var_2, var_8, var_54, adj_2, adj_8, adj_54, adj_55);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_52, adj_52, adj_53);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_assign_inplace(var_7, var_8, var_9, var_50, adj_7, adj_8, adj_9, adj_50);
        // adj: JJt[a, b] = s                                                                     <L 56>
        wp::adj_where(var_47, var_49, var_46, adj_47, adj_49, adj_46, adj_50);
        if (var_47) {
            wp::adj_add(var_46, var_48, adj_46, adj_48, adj_49);
            wp::adj_mul(var_damping, var_damping, adj_damping, adj_damping, adj_48);
            // adj: s += damping * damping                                                        <L 55>
        }
        // adj: if a == b:                                                                        <L 54>
        wp::adj_add(var_41, var_45, adj_41, adj_45, adj_46);
        wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
        wp::adj_extract(var_2, var_9, var_42, adj_2, adj_9, adj_42, adj_44);
        wp::adj_extract(var_2, var_8, var_42, adj_2, adj_8, adj_42, adj_43);
        wp::adj_add(var_36, var_40, adj_36, adj_40, adj_41);
        wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_extract(var_2, var_9, var_37, adj_2, adj_9, adj_37, adj_39);
        wp::adj_extract(var_2, var_8, var_37, adj_2, adj_8, adj_37, adj_38);
        wp::adj_add(var_31, var_35, adj_31, adj_35, adj_36);
        wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
        wp::adj_extract(var_2, var_9, var_32, adj_2, adj_9, adj_32, adj_34);
        wp::adj_extract(var_2, var_8, var_32, adj_2, adj_8, adj_32, adj_33);
        wp::adj_add(var_26, var_30, adj_26, adj_30, adj_31);
        wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_extract(var_2, var_9, var_27, adj_2, adj_9, adj_27, adj_29);
        wp::adj_extract(var_2, var_8, var_27, adj_2, adj_8, adj_27, adj_28);
        wp::adj_add(var_21, var_25, adj_21, adj_25, adj_26);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_extract(var_2, var_9, var_22, adj_2, adj_9, adj_22, adj_24);
        wp::adj_extract(var_2, var_8, var_22, adj_2, adj_8, adj_22, adj_23);
        wp::adj_add(var_16, var_20, adj_16, adj_20, adj_21);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_extract(var_2, var_9, var_17, adj_2, adj_9, adj_17, adj_19);
        wp::adj_extract(var_2, var_8, var_17, adj_2, adj_8, adj_17, adj_18);
        wp::adj_add(var_11, var_15, adj_11, adj_15, adj_16);
        wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_extract(var_2, var_9, var_12, adj_2, adj_9, adj_12, adj_14);
        wp::adj_extract(var_2, var_8, var_12, adj_2, adj_8, adj_12, adj_13);
        // adj: s += M[a, k] * M[b, k]                                                            <L 53>
        // adj: for k in range(MAX_DOF):                                                          <L 52>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: s = float(0.0)                                                                    <L 51>
        // adj: for b in range(6):                                                                <L 50>
        // adj: for a in range(6):                                                                <L 49>
        // adj: JJt = wp.spatial_matrix()                                                         <L 48>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_err, var_0, adj_err, adj_0, adj_4);
        // adj: e = err[r]                                                                        <L 47>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_J, var_0, adj_J, adj_0, adj_1);
        // adj: M = J[r]                                                                          <L 46>
        // adj: r = wp.tid()                                                                      <L 45>
        // adj: def damped_least_squares(J: wp.array(dtype=mat67), err: wp.array(dtype=wp.spatial_vector), damping: float, dq: wp.array(dtype=vec7)):  <L 44>
        continue;
    }
}



extern "C" __global__ void apply_joint_limits_d495ed29_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<7, wp::float32>> var_q,
    wp::array_t<wp::vec_t<7, wp::float32>> var_dq,
    wp::vec_t<7, wp::float32> var_lo,
    wp::vec_t<7, wp::float32> var_hi,
    wp::float32 var_step)
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
        wp::vec_t<7, wp::float32>* var_1;
        wp::vec_t<7, wp::float32>* var_2;
        wp::vec_t<7, wp::float32> var_3;
        wp::vec_t<7, wp::float32> var_4;
        wp::vec_t<7, wp::float32> var_5;
        wp::vec_t<7, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 3;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 4;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 5;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 6;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // forward
        // def apply_joint_limits(q: wp.array(dtype=vec7), dq: wp.array(dtype=vec7), lo: vec7, hi: vec7, step: float):       <L 76>
        // r = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // v = q[r] + dq[r] * step                                                                <L 78>
        var_1 = wp::address(var_q, var_0);
        var_2 = wp::address(var_dq, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_step);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // for k in range(MAX_DOF):                                                               <L 79>
        // v[k] = wp.clamp(v[k], lo[k], hi[k])                                                    <L 80>
        var_8 = wp::extract(var_5, var_7);
        var_9 = wp::extract(var_lo, var_7);
        var_10 = wp::extract(var_hi, var_7);
        var_11 = wp::clamp(var_8, var_9, var_10);
        wp::assign_inplace(var_5, var_7, var_11);
        var_13 = wp::extract(var_5, var_12);
        var_14 = wp::extract(var_lo, var_12);
        var_15 = wp::extract(var_hi, var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        wp::assign_inplace(var_5, var_12, var_16);
        var_18 = wp::extract(var_5, var_17);
        var_19 = wp::extract(var_lo, var_17);
        var_20 = wp::extract(var_hi, var_17);
        var_21 = wp::clamp(var_18, var_19, var_20);
        wp::assign_inplace(var_5, var_17, var_21);
        var_23 = wp::extract(var_5, var_22);
        var_24 = wp::extract(var_lo, var_22);
        var_25 = wp::extract(var_hi, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        wp::assign_inplace(var_5, var_22, var_26);
        var_28 = wp::extract(var_5, var_27);
        var_29 = wp::extract(var_lo, var_27);
        var_30 = wp::extract(var_hi, var_27);
        var_31 = wp::clamp(var_28, var_29, var_30);
        wp::assign_inplace(var_5, var_27, var_31);
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::extract(var_lo, var_32);
        var_35 = wp::extract(var_hi, var_32);
        var_36 = wp::clamp(var_33, var_34, var_35);
        wp::assign_inplace(var_5, var_32, var_36);
        var_38 = wp::extract(var_5, var_37);
        var_39 = wp::extract(var_lo, var_37);
        var_40 = wp::extract(var_hi, var_37);
        var_41 = wp::clamp(var_38, var_39, var_40);
        wp::assign_inplace(var_5, var_37, var_41);
        // q[r] = v                                                                               <L 81>
        wp::array_store(var_q, var_0, var_5);
    }
}



extern "C" __global__ void apply_joint_limits_d495ed29_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<7, wp::float32>> var_q,
    wp::array_t<wp::vec_t<7, wp::float32>> var_dq,
    wp::vec_t<7, wp::float32> var_lo,
    wp::vec_t<7, wp::float32> var_hi,
    wp::float32 var_step,
    wp::array_t<wp::vec_t<7, wp::float32>> adj_q,
    wp::array_t<wp::vec_t<7, wp::float32>> adj_dq,
    wp::vec_t<7, wp::float32> adj_lo,
    wp::vec_t<7, wp::float32> adj_hi,
    wp::float32 adj_step)
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
        wp::vec_t<7, wp::float32>* var_1;
        wp::vec_t<7, wp::float32>* var_2;
        wp::vec_t<7, wp::float32> var_3;
        wp::vec_t<7, wp::float32> var_4;
        wp::vec_t<7, wp::float32> var_5;
        wp::vec_t<7, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 3;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 4;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 5;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 6;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<7, wp::float32> adj_1 = {};
        wp::vec_t<7, wp::float32> adj_2 = {};
        wp::vec_t<7, wp::float32> adj_3 = {};
        wp::vec_t<7, wp::float32> adj_4 = {};
        wp::vec_t<7, wp::float32> adj_5 = {};
        wp::vec_t<7, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        //---------
        // forward
        // def apply_joint_limits(q: wp.array(dtype=vec7), dq: wp.array(dtype=vec7), lo: vec7, hi: vec7, step: float):       <L 76>
        // r = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // v = q[r] + dq[r] * step                                                                <L 78>
        var_1 = wp::address(var_q, var_0);
        var_2 = wp::address(var_dq, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_step);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // for k in range(MAX_DOF):                                                               <L 79>
        // v[k] = wp.clamp(v[k], lo[k], hi[k])                                                    <L 80>
        var_8 = wp::extract(var_5, var_7);
        var_9 = wp::extract(var_lo, var_7);
        var_10 = wp::extract(var_hi, var_7);
        var_11 = wp::clamp(var_8, var_9, var_10);
        wp::assign_inplace(var_5, var_7, var_11);
        var_13 = wp::extract(var_5, var_12);
        var_14 = wp::extract(var_lo, var_12);
        var_15 = wp::extract(var_hi, var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        wp::assign_inplace(var_5, var_12, var_16);
        var_18 = wp::extract(var_5, var_17);
        var_19 = wp::extract(var_lo, var_17);
        var_20 = wp::extract(var_hi, var_17);
        var_21 = wp::clamp(var_18, var_19, var_20);
        wp::assign_inplace(var_5, var_17, var_21);
        var_23 = wp::extract(var_5, var_22);
        var_24 = wp::extract(var_lo, var_22);
        var_25 = wp::extract(var_hi, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        wp::assign_inplace(var_5, var_22, var_26);
        var_28 = wp::extract(var_5, var_27);
        var_29 = wp::extract(var_lo, var_27);
        var_30 = wp::extract(var_hi, var_27);
        var_31 = wp::clamp(var_28, var_29, var_30);
        wp::assign_inplace(var_5, var_27, var_31);
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::extract(var_lo, var_32);
        var_35 = wp::extract(var_hi, var_32);
        var_36 = wp::clamp(var_33, var_34, var_35);
        wp::assign_inplace(var_5, var_32, var_36);
        var_38 = wp::extract(var_5, var_37);
        var_39 = wp::extract(var_lo, var_37);
        var_40 = wp::extract(var_hi, var_37);
        var_41 = wp::clamp(var_38, var_39, var_40);
        wp::assign_inplace(var_5, var_37, var_41);
        // q[r] = v                                                                               <L 81>
        // wp::array_store(var_q, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_q, var_0, var_5, adj_q, adj_0, adj_5);
        // adj: q[r] = v                                                                          <L 81>
        wp::adj_assign_inplace(var_5, var_37, var_41, adj_5, adj_37, adj_41);
        wp::adj_clamp(var_38, var_39, var_40, adj_38, adj_39, adj_40, adj_41);
        wp::adj_extract(var_hi, var_37, adj_hi, adj_37, adj_40);
        wp::adj_extract(var_lo, var_37, adj_lo, adj_37, adj_39);
        wp::adj_extract(var_5, var_37, adj_5, adj_37, adj_38);
        wp::adj_assign_inplace(var_5, var_32, var_36, adj_5, adj_32, adj_36);
        wp::adj_clamp(var_33, var_34, var_35, adj_33, adj_34, adj_35, adj_36);
        wp::adj_extract(var_hi, var_32, adj_hi, adj_32, adj_35);
        wp::adj_extract(var_lo, var_32, adj_lo, adj_32, adj_34);
        wp::adj_extract(var_5, var_32, adj_5, adj_32, adj_33);
        wp::adj_assign_inplace(var_5, var_27, var_31, adj_5, adj_27, adj_31);
        wp::adj_clamp(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
        wp::adj_extract(var_hi, var_27, adj_hi, adj_27, adj_30);
        wp::adj_extract(var_lo, var_27, adj_lo, adj_27, adj_29);
        wp::adj_extract(var_5, var_27, adj_5, adj_27, adj_28);
        wp::adj_assign_inplace(var_5, var_22, var_26, adj_5, adj_22, adj_26);
        wp::adj_clamp(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
        wp::adj_extract(var_hi, var_22, adj_hi, adj_22, adj_25);
        wp::adj_extract(var_lo, var_22, adj_lo, adj_22, adj_24);
        wp::adj_extract(var_5, var_22, adj_5, adj_22, adj_23);
        wp::adj_assign_inplace(var_5, var_17, var_21, adj_5, adj_17, adj_21);
        wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
        wp::adj_extract(var_hi, var_17, adj_hi, adj_17, adj_20);
        wp::adj_extract(var_lo, var_17, adj_lo, adj_17, adj_19);
        wp::adj_extract(var_5, var_17, adj_5, adj_17, adj_18);
        wp::adj_assign_inplace(var_5, var_12, var_16, adj_5, adj_12, adj_16);
        wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        wp::adj_extract(var_hi, var_12, adj_hi, adj_12, adj_15);
        wp::adj_extract(var_lo, var_12, adj_lo, adj_12, adj_14);
        wp::adj_extract(var_5, var_12, adj_5, adj_12, adj_13);
        wp::adj_assign_inplace(var_5, var_7, var_11, adj_5, adj_7, adj_11);
        wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        wp::adj_extract(var_hi, var_7, adj_hi, adj_7, adj_10);
        wp::adj_extract(var_lo, var_7, adj_lo, adj_7, adj_9);
        wp::adj_extract(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: v[k] = wp.clamp(v[k], lo[k], hi[k])                                               <L 80>
        // adj: for k in range(MAX_DOF):                                                          <L 79>
        wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_mul(var_4, var_step, adj_2, adj_step, adj_3);
        wp::adj_address(var_dq, var_0, adj_dq, adj_0, adj_2);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_1);
        // adj: v = q[r] + dq[r] * step                                                           <L 78>
        // adj: r = wp.tid()                                                                      <L 77>
        // adj: def apply_joint_limits(q: wp.array(dtype=vec7), dq: wp.array(dtype=vec7), lo: vec7, hi: vec7, step: float):  <L 76>
        continue;
    }
}

