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


// corpus/072_ik_ccd.py:11
static CUDA_CALLABLE wp::quat_t<wp::float32> rotation_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 1e-08;
    bool var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    wp::quat_t<wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = -1.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1e-08;
    bool var_17;
    wp::quat_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::quat_t<wp::float32> var_21;
    //---------
    // forward
    // def rotation_between(a: wp.vec3, b: wp.vec3) -> wp.quat:                               <L 12>
    // la = wp.length(a)                                                                      <L 13>
    var_0 = wp::length(var_a);
    // lb = wp.length(b)                                                                      <L 14>
    var_1 = wp::length(var_b);
    // if la < 1.0e-8 or lb < 1.0e-8:                                                         <L 15>
    var_4 = (var_0 < var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 < var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return wp.quat_identity()                                                          <L 16>
        var_7 = wp::quat_identity<wp::float32>();
        return var_7;
    }
    // u = a / la                                                                             <L 17>
    var_8 = wp::div(var_a, var_0);
    // v = b / lb                                                                             <L 18>
    var_9 = wp::div(var_b, var_1);
    // c = wp.clamp(wp.dot(u, v), -1.0, 1.0)                                                  <L 19>
    var_10 = wp::dot(var_8, var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    // axis = wp.cross(u, v)                                                                  <L 20>
    var_14 = wp::cross(var_8, var_9);
    // s = wp.length(axis)                                                                    <L 21>
    var_15 = wp::length(var_14);
    // if s < 1.0e-8:                                                                         <L 22>
    var_17 = (var_15 < var_16);
    if (var_17) {
        // return wp.quat_identity()                                                          <L 23>
        var_18 = wp::quat_identity<wp::float32>();
        return var_18;
    }
    // return wp.quat_from_axis_angle(axis / s, wp.acos(c))                                   <L 24>
    var_19 = wp::div(var_14, var_15);
    var_20 = wp::acos(var_13);
    var_21 = wp::quat_from_axis_angle(var_19, var_20);
    return var_21;
}


// corpus/072_ik_ccd.py:6
static CUDA_CALLABLE wp::vec_t<3, wp::float32> rotate_about_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_pivot,
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def rotate_about(p: wp.vec3, pivot: wp.vec3, q: wp.quat) -> wp.vec3:                   <L 7>
    // return pivot + wp.quat_rotate(q, p - pivot)                                            <L 8>
    var_0 = wp::sub(var_p, var_pivot);
    var_1 = wp::quat_rotate(var_q, var_0);
    var_2 = wp::add(var_pivot, var_1);
    return var_2;
}


// corpus/072_ik_ccd.py:11
static CUDA_CALLABLE void adj_rotation_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 1e-08;
    bool var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    wp::quat_t<wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = -1.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1e-08;
    bool var_17;
    wp::quat_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::quat_t<wp::float32> var_21;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::quat_t<wp::float32> adj_21 = {};
    //---------
    // forward
    // def rotation_between(a: wp.vec3, b: wp.vec3) -> wp.quat:                               <L 12>
    // la = wp.length(a)                                                                      <L 13>
    var_0 = wp::length(var_a);
    // lb = wp.length(b)                                                                      <L 14>
    var_1 = wp::length(var_b);
    // if la < 1.0e-8 or lb < 1.0e-8:                                                         <L 15>
    var_4 = (var_0 < var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 < var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return wp.quat_identity()                                                          <L 16>
        var_7 = wp::quat_identity<wp::float32>();
        goto label0;
    }
    // u = a / la                                                                             <L 17>
    var_8 = wp::div(var_a, var_0);
    // v = b / lb                                                                             <L 18>
    var_9 = wp::div(var_b, var_1);
    // c = wp.clamp(wp.dot(u, v), -1.0, 1.0)                                                  <L 19>
    var_10 = wp::dot(var_8, var_9);
    var_13 = wp::clamp(var_10, var_11, var_12);
    // axis = wp.cross(u, v)                                                                  <L 20>
    var_14 = wp::cross(var_8, var_9);
    // s = wp.length(axis)                                                                    <L 21>
    var_15 = wp::length(var_14);
    // if s < 1.0e-8:                                                                         <L 22>
    var_17 = (var_15 < var_16);
    if (var_17) {
        // return wp.quat_identity()                                                          <L 23>
        var_18 = wp::quat_identity<wp::float32>();
        goto label1;
    }
    // return wp.quat_from_axis_angle(axis / s, wp.acos(c))                                   <L 24>
    var_19 = wp::div(var_14, var_15);
    var_20 = wp::acos(var_13);
    var_21 = wp::quat_from_axis_angle(var_19, var_20);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_21 += adj_ret;
    wp::adj_quat_from_axis_angle(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_acos(var_13, adj_13, adj_20);
    wp::adj_div(var_14, var_15, adj_14, adj_15, adj_19);
    // adj: return wp.quat_from_axis_angle(axis / s, wp.acos(c))                              <L 24>
    if (var_17) {
        label1:;
        adj_18 += adj_ret;
        // adj: return wp.quat_identity()                                                     <L 23>
    }
    // adj: if s < 1.0e-8:                                                                    <L 22>
    wp::adj_length(var_14, var_15, adj_14, adj_15);
    // adj: s = wp.length(axis)                                                               <L 21>
    wp::adj_cross(var_8, var_9, adj_8, adj_9, adj_14);
    // adj: axis = wp.cross(u, v)                                                             <L 20>
    wp::adj_clamp(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_dot(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: c = wp.clamp(wp.dot(u, v), -1.0, 1.0)                                             <L 19>
    wp::adj_div(var_b, var_1, adj_b, adj_1, adj_9);
    // adj: v = b / lb                                                                        <L 18>
    wp::adj_div(var_a, var_0, adj_a, adj_0, adj_8);
    // adj: u = a / la                                                                        <L 17>
    if (var_2) {
        label0:;
        adj_7 += adj_ret;
        // adj: return wp.quat_identity()                                                     <L 16>
    }
    if (!var_2) {
    }
    // adj: if la < 1.0e-8 or lb < 1.0e-8:                                                    <L 15>
    wp::adj_length(var_b, var_1, adj_b, adj_1);
    // adj: lb = wp.length(b)                                                                 <L 14>
    wp::adj_length(var_a, var_0, adj_a, adj_0);
    // adj: la = wp.length(a)                                                                 <L 13>
    // adj: def rotation_between(a: wp.vec3, b: wp.vec3) -> wp.quat:                          <L 12>
    return;
}


// corpus/072_ik_ccd.py:6
static CUDA_CALLABLE void adj_rotate_about_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_pivot,
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_pivot,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def rotate_about(p: wp.vec3, pivot: wp.vec3, q: wp.quat) -> wp.vec3:                   <L 7>
    // return pivot + wp.quat_rotate(q, p - pivot)                                            <L 8>
    var_0 = wp::sub(var_p, var_pivot);
    var_1 = wp::quat_rotate(var_q, var_0);
    var_2 = wp::add(var_pivot, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_pivot, var_1, adj_pivot, adj_1, adj_2);
    wp::adj_quat_rotate(var_q, var_0, adj_q, adj_0, adj_1);
    wp::adj_sub(var_p, var_pivot, adj_p, adj_pivot, adj_0);
    // adj: return pivot + wp.quat_rotate(q, p - pivot)                                       <L 8>
    // adj: def rotate_about(p: wp.vec3, pivot: wp.vec3, q: wp.quat) -> wp.vec3:              <L 7>
    return;
}



extern "C" __global__ void ccd_solve_65921d89_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::int32 var_num_links,
    wp::int32 var_iterations,
    wp::float32 var_tolerance,
    wp::float32 var_max_step_angle,
    wp::array_t<wp::float32> var_final_error,
    wp::array_t<wp::int32> var_iters_used)
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
        const wp::int32 var_4 = 16;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::quat_t<wp::float32> var_33;
        const wp::float32 var_34 = 2.0;
        const wp::int32 var_35 = 3;
        wp::float32 var_36;
        const wp::float32 var_37 = -1.0;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 1e-08;
        bool var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        wp::range_t var_59;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32>* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::vec_t<3, wp::float32>* var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        //---------
        // forward
        // def ccd_solve(                                                                         <L 28>
        // c = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // target = targets[c]                                                                    <L 39>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.min(num_links, MAX_LINKS)                                                       <L 40>
        var_5 = wp::min(var_num_links, var_4);
        // err = wp.length(joints[c, n - 1] - target)                                             <L 41>
        var_7 = wp::sub(var_5, var_6);
        var_8 = wp::address(var_joints, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_10, var_2);
        var_11 = wp::length(var_9);
        // used = int(0)                                                                          <L 42>
        var_13 = wp::int(var_12);
        // for it in range(iterations):                                                           <L 43>
        var_14 = wp::range(var_iterations);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // if err < tolerance:                                                                <L 44>
            var_16 = (var_11 < var_tolerance);
            if (var_16) {
                // break                                                                          <L 45>
                goto end_for_0;
            }
            // used += 1                                                                          <L 46>
            var_18 = wp::add(var_13, var_17);
            // j = n - 2                                                                          <L 47>
            var_20 = wp::sub(var_5, var_19);
            // while j >= 0:                                                                      <L 48>
        start_while_2:;
            var_22 = (var_20 >= var_21);
        if ((var_22) == false) goto end_while_2;
                // pivot = joints[c, j]                                                           <L 49>
                var_23 = wp::address(var_joints, var_0, var_20);
                var_25 = wp::load(var_23);
                var_24 = wp::copy(var_25);
                // eff = joints[c, n - 1]                                                         <L 50>
                var_27 = wp::sub(var_5, var_26);
                var_28 = wp::address(var_joints, var_0, var_27);
                var_30 = wp::load(var_28);
                var_29 = wp::copy(var_30);
                // q = rotation_between(eff - pivot, target - pivot)                              <L 51>
                var_31 = wp::sub(var_29, var_24);
                var_32 = wp::sub(var_2, var_24);
                var_33 = rotation_between_0(var_31, var_32);
                // angle = 2.0 * wp.acos(wp.clamp(q[3], -1.0, 1.0))                               <L 53>
                var_36 = wp::extract(var_33, var_35);
                var_39 = wp::clamp(var_36, var_37, var_38);
                var_40 = wp::acos(var_39);
                var_41 = wp::mul(var_34, var_40);
                // if angle > max_step_angle:                                                     <L 54>
                var_42 = (var_41 > var_max_step_angle);
                if (var_42) {
                    // axis = wp.vec3(q[0], q[1], q[2])                                           <L 55>
                    var_44 = wp::extract(var_33, var_43);
                    var_46 = wp::extract(var_33, var_45);
                    var_48 = wp::extract(var_33, var_47);
                    var_49 = wp::vec_t<3, wp::float32>(var_44, var_46, var_48);
                    // al = wp.length(axis)                                                       <L 56>
                    var_50 = wp::length(var_49);
                    // if al > 1.0e-8:                                                            <L 57>
                    var_52 = (var_50 > var_51);
                    if (var_52) {
                        // q = wp.quat_from_axis_angle(axis / al, max_step_angle)                 <L 58>
                        var_53 = wp::div(var_49, var_50);
                        var_54 = wp::quat_from_axis_angle(var_53, var_max_step_angle);
                    }
                    var_55 = wp::where(var_52, var_54, var_33);
                }
                var_56 = wp::where(var_42, var_55, var_33);
                // for k in range(j + 1, n):                                                      <L 59>
                var_58 = wp::add(var_20, var_57);
                var_59 = wp::range(var_58, var_5);
                start_for_4:;
                    if (iter_cmp(var_59) == 0) goto end_for_4;
                    var_60 = wp::iter_next(var_59);
                    // joints[c, k] = rotate_about(joints[c, k], pivot, q)                        <L 60>
                    var_61 = wp::address(var_joints, var_0, var_60);
                    var_63 = wp::load(var_61);
                    var_62 = rotate_about_0(var_63, var_24, var_56);
                    wp::array_store(var_joints, var_0, var_60, var_62);
                    goto start_for_4;
                end_for_4:;
                // j -= 1                                                                         <L 61>
                var_65 = wp::sub(var_20, var_64);
                wp::assign(var_20, var_65);
        goto start_while_2;
        end_while_2:;
            // err = wp.length(joints[c, n - 1] - target)                                         <L 62>
            var_67 = wp::sub(var_5, var_66);
            var_68 = wp::address(var_joints, var_0, var_67);
            var_70 = wp::load(var_68);
            var_69 = wp::sub(var_70, var_2);
            var_71 = wp::length(var_69);
            wp::assign(var_11, var_71);
            wp::assign(var_13, var_18);
            goto start_for_0;
        end_for_0:;
        // final_error[c] = err                                                                   <L 63>
        wp::array_store(var_final_error, var_0, var_11);
        // iters_used[c] = used                                                                   <L 64>
        wp::array_store(var_iters_used, var_0, var_13);
    }
}



extern "C" __global__ void ccd_solve_65921d89_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::int32 var_num_links,
    wp::int32 var_iterations,
    wp::float32 var_tolerance,
    wp::float32 var_max_step_angle,
    wp::array_t<wp::float32> var_final_error,
    wp::array_t<wp::int32> var_iters_used,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joints,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_targets,
    wp::int32 adj_num_links,
    wp::int32 adj_iterations,
    wp::float32 adj_tolerance,
    wp::float32 adj_max_step_angle,
    wp::array_t<wp::float32> adj_final_error,
    wp::array_t<wp::int32> adj_iters_used)
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
        const wp::int32 var_4 = 16;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::quat_t<wp::float32> var_33;
        const wp::float32 var_34 = 2.0;
        const wp::int32 var_35 = 3;
        wp::float32 var_36;
        const wp::float32 var_37 = -1.0;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 1e-08;
        bool var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        wp::range_t var_59;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32>* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::vec_t<3, wp::float32>* var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::quat_t<wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        bool adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        bool adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::quat_t<wp::float32> adj_54 = {};
        wp::quat_t<wp::float32> adj_55 = {};
        wp::quat_t<wp::float32> adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::range_t adj_59 = {};
        wp::int32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        //---------
        // forward
        // def ccd_solve(                                                                         <L 28>
        // c = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // target = targets[c]                                                                    <L 39>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.min(num_links, MAX_LINKS)                                                       <L 40>
        var_5 = wp::min(var_num_links, var_4);
        // err = wp.length(joints[c, n - 1] - target)                                             <L 41>
        var_7 = wp::sub(var_5, var_6);
        var_8 = wp::address(var_joints, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_10, var_2);
        var_11 = wp::length(var_9);
        // used = int(0)                                                                          <L 42>
        var_13 = wp::int(var_12);
        // for it in range(iterations):                                                           <L 43>
        var_14 = wp::range(var_iterations);
        // final_error[c] = err                                                                   <L 63>
        // wp::array_store(var_final_error, var_0, var_11);
        // iters_used[c] = used                                                                   <L 64>
        // wp::array_store(var_iters_used, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_iters_used, var_0, var_13, adj_iters_used, adj_0, adj_13);
        // adj: iters_used[c] = used                                                              <L 64>
        wp::adj_array_store(var_final_error, var_0, var_11, adj_final_error, adj_0, adj_11);
        // adj: final_error[c] = err                                                              <L 63>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
            // if err < tolerance:                                                                <L 44>
            var_16 = (var_11 < var_tolerance);
            if (var_16) {
                // break                                                                          <L 45>
                goto end_for_0;
            }
            // used += 1                                                                          <L 46>
            var_18 = wp::add(var_13, var_17);
            // j = n - 2                                                                          <L 47>
            var_20 = wp::sub(var_5, var_19);
            // while j >= 0:                                                                      <L 48>
            // err = wp.length(joints[c, n - 1] - target)                                         <L 62>
            var_67 = wp::sub(var_5, var_66);
            var_68 = wp::address(var_joints, var_0, var_67);
            var_70 = wp::load(var_68);
            var_69 = wp::sub(var_70, var_2);
            var_71 = wp::length(var_69);
            wp::assign(var_11, var_71);
            wp::assign(var_13, var_18);
            wp::adj_assign(var_13, var_18, adj_13, adj_18);
            wp::adj_assign(var_11, var_71, adj_11, adj_71);
            wp::adj_length(var_69, var_71, adj_69, adj_71);
            wp::adj_sub(var_70, var_2, adj_68, adj_2, adj_69);
            wp::adj_address(var_joints, var_0, var_67, adj_joints, adj_0, adj_67, adj_68);
            wp::adj_sub(var_5, var_66, adj_5, adj_66, adj_67);
            // adj: err = wp.length(joints[c, n - 1] - target)                                    <L 62>
        start_while_2:;
            var_22 = (var_20 >= var_21);
        if ((var_22) == false) goto end_while_2;
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
        adj_33 = {};
        adj_34 = {};
        adj_35 = {};
        adj_36 = {};
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
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
        adj_51 = {};
        adj_52 = {};
        adj_53 = {};
        adj_54 = {};
        adj_55 = {};
        adj_56 = {};
        adj_57 = {};
        adj_58 = {};
        adj_59 = {};
        adj_64 = {};
        adj_65 = {};
                // pivot = joints[c, j]                                                           <L 49>
                var_23 = wp::address(var_joints, var_0, var_20);
                var_25 = wp::load(var_23);
                var_24 = wp::copy(var_25);
                // eff = joints[c, n - 1]                                                         <L 50>
                var_27 = wp::sub(var_5, var_26);
                var_28 = wp::address(var_joints, var_0, var_27);
                var_30 = wp::load(var_28);
                var_29 = wp::copy(var_30);
                // q = rotation_between(eff - pivot, target - pivot)                              <L 51>
                var_31 = wp::sub(var_29, var_24);
                var_32 = wp::sub(var_2, var_24);
                var_33 = rotation_between_0(var_31, var_32);
                // angle = 2.0 * wp.acos(wp.clamp(q[3], -1.0, 1.0))                               <L 53>
                var_36 = wp::extract(var_33, var_35);
                var_39 = wp::clamp(var_36, var_37, var_38);
                var_40 = wp::acos(var_39);
                var_41 = wp::mul(var_34, var_40);
                // if angle > max_step_angle:                                                     <L 54>
                var_42 = (var_41 > var_max_step_angle);
                if (var_42) {
                    // axis = wp.vec3(q[0], q[1], q[2])                                           <L 55>
                    var_44 = wp::extract(var_33, var_43);
                    var_46 = wp::extract(var_33, var_45);
                    var_48 = wp::extract(var_33, var_47);
                    var_49 = wp::vec_t<3, wp::float32>(var_44, var_46, var_48);
                    // al = wp.length(axis)                                                       <L 56>
                    var_50 = wp::length(var_49);
                    // if al > 1.0e-8:                                                            <L 57>
                    var_52 = (var_50 > var_51);
                    if (var_52) {
                        // q = wp.quat_from_axis_angle(axis / al, max_step_angle)                 <L 58>
                        var_53 = wp::div(var_49, var_50);
                        var_54 = wp::quat_from_axis_angle(var_53, var_max_step_angle);
                    }
                    var_55 = wp::where(var_52, var_54, var_33);
                }
                var_56 = wp::where(var_42, var_55, var_33);
                // for k in range(j + 1, n):                                                      <L 59>
                var_58 = wp::add(var_20, var_57);
                var_59 = wp::range(var_58, var_5);
                // j -= 1                                                                         <L 61>
                var_65 = wp::sub(var_20, var_64);
                wp::assign(var_20, var_65);
                wp::adj_assign(var_20, var_65, adj_20, adj_65);
                wp::adj_sub(var_20, var_64, adj_20, adj_64, adj_65);
                // adj: j -= 1                                                                    <L 61>
                var_59 = wp::iter_reverse(var_59);
                start_for_4:;
                    if (iter_cmp(var_59) == 0) goto end_for_4;
                    var_60 = wp::iter_next(var_59);
                	adj_61 = {};
                	adj_62 = {};
                	adj_63 = {};
                    // joints[c, k] = rotate_about(joints[c, k], pivot, q)                        <L 60>
                    var_61 = wp::address(var_joints, var_0, var_60);
                    var_63 = wp::load(var_61);
                    var_62 = rotate_about_0(var_63, var_24, var_56);
                    // wp::array_store(var_joints, var_0, var_60, var_62);
                    wp::adj_array_store(var_joints, var_0, var_60, var_62, adj_joints, adj_0, adj_60, adj_62);
                    adj_rotate_about_0(var_63, var_24, var_56, adj_61, adj_24, adj_56, adj_62);
                    wp::adj_address(var_joints, var_0, var_60, adj_joints, adj_0, adj_60, adj_61);
                    // adj: joints[c, k] = rotate_about(joints[c, k], pivot, q)                   <L 60>
                	goto start_for_4;
                end_for_4:;
                wp::adj_add(var_20, var_57, adj_20, adj_57, adj_58);
                // adj: for k in range(j + 1, n):                                                 <L 59>
                wp::adj_where(var_42, var_55, var_33, adj_42, adj_55, adj_33, adj_56);
                if (var_42) {
                    wp::adj_where(var_52, var_54, var_33, adj_52, adj_54, adj_33, adj_55);
                    if (var_52) {
                        wp::adj_quat_from_axis_angle(var_53, var_max_step_angle, adj_53, adj_max_step_angle, adj_54);
                        wp::adj_div(var_49, var_50, adj_49, adj_50, adj_53);
                        // adj: q = wp.quat_from_axis_angle(axis / al, max_step_angle)            <L 58>
                    }
                    // adj: if al > 1.0e-8:                                                       <L 57>
                    wp::adj_length(var_49, var_50, adj_49, adj_50);
                    // adj: al = wp.length(axis)                                                  <L 56>
                    wp::adj_vec_t(var_44, var_46, var_48, adj_44, adj_46, adj_48, adj_49);
                    wp::adj_extract(var_33, var_47, adj_33, adj_47, adj_48);
                    wp::adj_extract(var_33, var_45, adj_33, adj_45, adj_46);
                    wp::adj_extract(var_33, var_43, adj_33, adj_43, adj_44);
                    // adj: axis = wp.vec3(q[0], q[1], q[2])                                      <L 55>
                }
                // adj: if angle > max_step_angle:                                                <L 54>
                wp::adj_mul(var_34, var_40, adj_34, adj_40, adj_41);
                wp::adj_acos(var_39, adj_39, adj_40);
                wp::adj_clamp(var_36, var_37, var_38, adj_36, adj_37, adj_38, adj_39);
                wp::adj_extract(var_33, var_35, adj_33, adj_35, adj_36);
                // adj: angle = 2.0 * wp.acos(wp.clamp(q[3], -1.0, 1.0))                          <L 53>
                adj_rotation_between_0(var_31, var_32, adj_31, adj_32, adj_33);
                wp::adj_sub(var_2, var_24, adj_2, adj_24, adj_32);
                wp::adj_sub(var_29, var_24, adj_29, adj_24, adj_31);
                // adj: q = rotation_between(eff - pivot, target - pivot)                         <L 51>
                wp::adj_copy(var_30, adj_28, adj_29);
                wp::adj_address(var_joints, var_0, var_27, adj_joints, adj_0, adj_27, adj_28);
                wp::adj_sub(var_5, var_26, adj_5, adj_26, adj_27);
                // adj: eff = joints[c, n - 1]                                                    <L 50>
                wp::adj_copy(var_25, adj_23, adj_24);
                wp::adj_address(var_joints, var_0, var_20, adj_joints, adj_0, adj_20, adj_23);
                // adj: pivot = joints[c, j]                                                      <L 49>
        goto start_while_2;
        end_while_2:;
            // adj: while j >= 0:                                                                 <L 48>
            wp::adj_sub(var_5, var_19, adj_5, adj_19, adj_20);
            // adj: j = n - 2                                                                     <L 47>
            wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
            // adj: used += 1                                                                     <L 46>
            if (var_16) {
                // adj: break                                                                     <L 45>
            }
            // adj: if err < tolerance:                                                           <L 44>
        	goto start_for_0;
        end_for_0:;
        // adj: for it in range(iterations):                                                      <L 43>
        // adj: used = int(0)                                                                     <L 42>
        wp::adj_length(var_9, var_11, adj_9, adj_11);
        wp::adj_sub(var_10, var_2, adj_8, adj_2, adj_9);
        wp::adj_address(var_joints, var_0, var_7, adj_joints, adj_0, adj_7, adj_8);
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: err = wp.length(joints[c, n - 1] - target)                                        <L 41>
        wp::adj_min(var_num_links, var_4, adj_num_links, adj_4, adj_5);
        // adj: n = wp.min(num_links, MAX_LINKS)                                                  <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_1);
        // adj: target = targets[c]                                                               <L 39>
        // adj: c = wp.tid()                                                                      <L 38>
        // adj: def ccd_solve(                                                                    <L 28>
        continue;
    }
}



extern "C" __global__ void fabrik_forward_76140617_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::float32> var_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::int32 var_num_links)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1e-09;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // forward
        // def fabrik_forward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), targets: wp.array(dtype=wp.vec3), num_links: int):       <L 68>
        // c = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // n = num_links                                                                          <L 70>
        var_1 = wp::copy(var_num_links);
        // joints[c, n - 1] = targets[c]                                                          <L 71>
        var_2 = wp::address(var_targets, var_0);
        var_4 = wp::sub(var_1, var_3);
        var_5 = wp::load(var_2);
        wp::array_store(var_joints, var_0, var_4, var_5);
        // for k in range(n - 2, -1, -1):                                                         <L 72>
        var_7 = wp::sub(var_1, var_6);
        var_10 = wp::range(var_7, var_8, var_9);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // d = joints[c, k] - joints[c, k + 1]                                                <L 73>
            var_12 = wp::address(var_joints, var_0, var_11);
            var_14 = wp::add(var_11, var_13);
            var_15 = wp::address(var_joints, var_0, var_14);
            var_17 = wp::load(var_12);
            var_18 = wp::load(var_15);
            var_16 = wp::sub(var_17, var_18);
            // l = wp.length(d)                                                                   <L 74>
            var_19 = wp::length(var_16);
            // if l > 1.0e-9:                                                                     <L 75>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // joints[c, k] = joints[c, k + 1] + d * (lengths[c, k] / l)                      <L 76>
                var_23 = wp::add(var_11, var_22);
                var_24 = wp::address(var_joints, var_0, var_23);
                var_25 = wp::address(var_lengths, var_0, var_11);
                var_27 = wp::load(var_25);
                var_26 = wp::div(var_27, var_19);
                var_28 = wp::mul(var_16, var_26);
                var_30 = wp::load(var_24);
                var_29 = wp::add(var_30, var_28);
                wp::array_store(var_joints, var_0, var_11, var_29);
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void fabrik_forward_76140617_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::float32> var_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::int32 var_num_links,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joints,
    wp::array_t<wp::float32> adj_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_targets,
    wp::int32 adj_num_links)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1e-09;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        //---------
        // forward
        // def fabrik_forward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), targets: wp.array(dtype=wp.vec3), num_links: int):       <L 68>
        // c = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // n = num_links                                                                          <L 70>
        var_1 = wp::copy(var_num_links);
        // joints[c, n - 1] = targets[c]                                                          <L 71>
        var_2 = wp::address(var_targets, var_0);
        var_4 = wp::sub(var_1, var_3);
        var_5 = wp::load(var_2);
        // wp::array_store(var_joints, var_0, var_4, var_5);
        // for k in range(n - 2, -1, -1):                                                         <L 72>
        var_7 = wp::sub(var_1, var_6);
        var_10 = wp::range(var_7, var_8, var_9);
        //---------
        // reverse
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
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
            // d = joints[c, k] - joints[c, k + 1]                                                <L 73>
            var_12 = wp::address(var_joints, var_0, var_11);
            var_14 = wp::add(var_11, var_13);
            var_15 = wp::address(var_joints, var_0, var_14);
            var_17 = wp::load(var_12);
            var_18 = wp::load(var_15);
            var_16 = wp::sub(var_17, var_18);
            // l = wp.length(d)                                                                   <L 74>
            var_19 = wp::length(var_16);
            // if l > 1.0e-9:                                                                     <L 75>
            var_21 = (var_19 > var_20);
            if (var_21) {
                // joints[c, k] = joints[c, k + 1] + d * (lengths[c, k] / l)                      <L 76>
                var_23 = wp::add(var_11, var_22);
                var_24 = wp::address(var_joints, var_0, var_23);
                var_25 = wp::address(var_lengths, var_0, var_11);
                var_27 = wp::load(var_25);
                var_26 = wp::div(var_27, var_19);
                var_28 = wp::mul(var_16, var_26);
                var_30 = wp::load(var_24);
                var_29 = wp::add(var_30, var_28);
                // wp::array_store(var_joints, var_0, var_11, var_29);
            }
            if (var_21) {
                wp::adj_array_store(var_joints, var_0, var_11, var_29, adj_joints, adj_0, adj_11, adj_29);
                wp::adj_add(var_30, var_28, adj_24, adj_28, adj_29);
                wp::adj_mul(var_16, var_26, adj_16, adj_26, adj_28);
                wp::adj_div(var_27, var_19, var_26, adj_25, adj_19, adj_26);
                wp::adj_address(var_lengths, var_0, var_11, adj_lengths, adj_0, adj_11, adj_25);
                wp::adj_address(var_joints, var_0, var_23, adj_joints, adj_0, adj_23, adj_24);
                wp::adj_add(var_11, var_22, adj_11, adj_22, adj_23);
                // adj: joints[c, k] = joints[c, k + 1] + d * (lengths[c, k] / l)                 <L 76>
            }
            // adj: if l > 1.0e-9:                                                                <L 75>
            wp::adj_length(var_16, var_19, adj_16, adj_19);
            // adj: l = wp.length(d)                                                              <L 74>
            wp::adj_sub(var_17, var_18, adj_12, adj_15, adj_16);
            wp::adj_address(var_joints, var_0, var_14, adj_joints, adj_0, adj_14, adj_15);
            wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
            wp::adj_address(var_joints, var_0, var_11, adj_joints, adj_0, adj_11, adj_12);
            // adj: d = joints[c, k] - joints[c, k + 1]                                           <L 73>
        	goto start_for_0;
        end_for_0:;
        wp::adj_sub(var_1, var_6, adj_1, adj_6, adj_7);
        // adj: for k in range(n - 2, -1, -1):                                                    <L 72>
        wp::adj_array_store(var_joints, var_0, var_4, var_5, adj_joints, adj_0, adj_4, adj_2);
        wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_2);
        // adj: joints[c, n - 1] = targets[c]                                                     <L 71>
        wp::adj_copy(var_num_links, adj_num_links, adj_1);
        // adj: n = num_links                                                                     <L 70>
        // adj: c = wp.tid()                                                                      <L 69>
        // adj: def fabrik_forward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), targets: wp.array(dtype=wp.vec3), num_links: int):  <L 68>
        continue;
    }
}



extern "C" __global__ void fabrik_backward_29ff10f7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::float32> var_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_roots,
    wp::int32 var_num_links)
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
        const wp::int32 var_2 = 0;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1e-09;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def fabrik_backward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), roots: wp.array(dtype=wp.vec3), num_links: int):       <L 80>
        // c = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // joints[c, 0] = roots[c]                                                                <L 82>
        var_1 = wp::address(var_roots, var_0);
        var_3 = wp::load(var_1);
        wp::array_store(var_joints, var_0, var_2, var_3);
        // for k in range(1, num_links):                                                          <L 83>
        var_5 = wp::range(var_4, var_num_links);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // d = joints[c, k] - joints[c, k - 1]                                                <L 84>
            var_7 = wp::address(var_joints, var_0, var_6);
            var_9 = wp::sub(var_6, var_8);
            var_10 = wp::address(var_joints, var_0, var_9);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            // l = wp.length(d)                                                                   <L 85>
            var_14 = wp::length(var_11);
            // if l > 1.0e-9:                                                                     <L 86>
            var_16 = (var_14 > var_15);
            if (var_16) {
                // joints[c, k] = joints[c, k - 1] + d * (lengths[c, k - 1] / l)                  <L 87>
                var_18 = wp::sub(var_6, var_17);
                var_19 = wp::address(var_joints, var_0, var_18);
                var_21 = wp::sub(var_6, var_20);
                var_22 = wp::address(var_lengths, var_0, var_21);
                var_24 = wp::load(var_22);
                var_23 = wp::div(var_24, var_14);
                var_25 = wp::mul(var_11, var_23);
                var_27 = wp::load(var_19);
                var_26 = wp::add(var_27, var_25);
                wp::array_store(var_joints, var_0, var_6, var_26);
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void fabrik_backward_29ff10f7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joints,
    wp::array_t<wp::float32> var_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_roots,
    wp::int32 var_num_links,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joints,
    wp::array_t<wp::float32> adj_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_roots,
    wp::int32 adj_num_links)
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
        const wp::int32 var_2 = 0;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1e-09;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def fabrik_backward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), roots: wp.array(dtype=wp.vec3), num_links: int):       <L 80>
        // c = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // joints[c, 0] = roots[c]                                                                <L 82>
        var_1 = wp::address(var_roots, var_0);
        var_3 = wp::load(var_1);
        // wp::array_store(var_joints, var_0, var_2, var_3);
        // for k in range(1, num_links):                                                          <L 83>
        var_5 = wp::range(var_4, var_num_links);
        //---------
        // reverse
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
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
            // d = joints[c, k] - joints[c, k - 1]                                                <L 84>
            var_7 = wp::address(var_joints, var_0, var_6);
            var_9 = wp::sub(var_6, var_8);
            var_10 = wp::address(var_joints, var_0, var_9);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            // l = wp.length(d)                                                                   <L 85>
            var_14 = wp::length(var_11);
            // if l > 1.0e-9:                                                                     <L 86>
            var_16 = (var_14 > var_15);
            if (var_16) {
                // joints[c, k] = joints[c, k - 1] + d * (lengths[c, k - 1] / l)                  <L 87>
                var_18 = wp::sub(var_6, var_17);
                var_19 = wp::address(var_joints, var_0, var_18);
                var_21 = wp::sub(var_6, var_20);
                var_22 = wp::address(var_lengths, var_0, var_21);
                var_24 = wp::load(var_22);
                var_23 = wp::div(var_24, var_14);
                var_25 = wp::mul(var_11, var_23);
                var_27 = wp::load(var_19);
                var_26 = wp::add(var_27, var_25);
                // wp::array_store(var_joints, var_0, var_6, var_26);
            }
            if (var_16) {
                wp::adj_array_store(var_joints, var_0, var_6, var_26, adj_joints, adj_0, adj_6, adj_26);
                wp::adj_add(var_27, var_25, adj_19, adj_25, adj_26);
                wp::adj_mul(var_11, var_23, adj_11, adj_23, adj_25);
                wp::adj_div(var_24, var_14, var_23, adj_22, adj_14, adj_23);
                wp::adj_address(var_lengths, var_0, var_21, adj_lengths, adj_0, adj_21, adj_22);
                wp::adj_sub(var_6, var_20, adj_6, adj_20, adj_21);
                wp::adj_address(var_joints, var_0, var_18, adj_joints, adj_0, adj_18, adj_19);
                wp::adj_sub(var_6, var_17, adj_6, adj_17, adj_18);
                // adj: joints[c, k] = joints[c, k - 1] + d * (lengths[c, k - 1] / l)             <L 87>
            }
            // adj: if l > 1.0e-9:                                                                <L 86>
            wp::adj_length(var_11, var_14, adj_11, adj_14);
            // adj: l = wp.length(d)                                                              <L 85>
            wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
            wp::adj_address(var_joints, var_0, var_9, adj_joints, adj_0, adj_9, adj_10);
            wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
            wp::adj_address(var_joints, var_0, var_6, adj_joints, adj_0, adj_6, adj_7);
            // adj: d = joints[c, k] - joints[c, k - 1]                                           <L 84>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(1, num_links):                                                     <L 83>
        wp::adj_array_store(var_joints, var_0, var_2, var_3, adj_joints, adj_0, adj_2, adj_1);
        wp::adj_address(var_roots, var_0, adj_roots, adj_0, adj_1);
        // adj: joints[c, 0] = roots[c]                                                           <L 82>
        // adj: c = wp.tid()                                                                      <L 81>
        // adj: def fabrik_backward(joints: wp.array2d(dtype=wp.vec3), lengths: wp.array2d(dtype=float), roots: wp.array(dtype=wp.vec3), num_links: int):  <L 80>
        continue;
    }
}

