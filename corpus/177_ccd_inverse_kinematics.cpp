#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// corpus/177_ccd_inverse_kinematics.py:8
static wp::vec_t<2, wp::float32> chain_positions_0(
    wp::vec_t<8, wp::float32> var_angles,
    wp::vec_t<8, wp::float32> var_lengths,
    wp::int32 var_n,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 8;
    wp::range_t var_4;
    wp::int32 var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // forward
    // def chain_positions(angles: vec8, lengths: vec8, n: int, k: int) -> wp.vec2:           <L 9>
    // p = wp.vec2()                                                                          <L 10>
    var_0 = wp::vec_t<2, wp::float32>();
    // a = float(0.0)                                                                         <L 11>
    var_2 = wp::float(var_1);
    // for j in range(MAX_JOINTS):                                                            <L 12>
    var_4 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // if j >= k or j >= n:                                                               <L 13>
        var_7 = (var_5 >= var_k);
        var_6 = var_7;
        if (!var_6) {
            var_8 = (var_5 >= var_n);
            var_6 = var_6 || var_8;
        }
        if (var_6) {
            // break                                                                          <L 14>
            goto end_for_0;
        }
        // a += angles[j]                                                                     <L 15>
        var_9 = wp::extract(var_angles, var_5);
        var_10 = wp::add(var_2, var_9);
        // p += wp.vec2(wp.cos(a), wp.sin(a)) * lengths[j]                                    <L 16>
        var_11 = wp::cos(var_10);
        var_12 = wp::sin(var_10);
        var_13 = wp::vec_t<2, wp::float32>(var_11, var_12);
        var_14 = wp::extract(var_lengths, var_5);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_0, var_15);
        wp::assign(var_0, var_16);
        wp::assign(var_2, var_10);
        goto start_for_0;
    end_for_0:;
    // return p                                                                               <L 17>
    return var_0;
}


// corpus/177_ccd_inverse_kinematics.py:20
static wp::float32 wrap_angle_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 3.141592653589793;
    bool var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.141592653589793;
    const wp::float32 var_8 = -3.141592653589793;
    bool var_9;
    const wp::float32 var_10 = 2.0;
    const wp::float32 var_11 = 3.141592653589793;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def wrap_angle(a: float) -> float:                                                     <L 21>
    // x = a                                                                                  <L 22>
    var_0 = wp::copy(var_a);
    // while x > wp.pi:                                                                       <L 23>
    start_while_0:;
    var_2 = (var_0 > var_1);
    if ((var_2) == false) goto end_while_0;
        // x -= 2.0 * wp.pi                                                                   <L 24>
        var_5 = wp::mul(var_3, var_4);
        var_6 = wp::sub(var_0, var_5);
        wp::assign(var_0, var_6);
    goto start_while_0;
    end_while_0:;
    // while x < -wp.pi:                                                                      <L 25>
    start_while_2:;
    var_9 = (var_0 < var_8);
    if ((var_9) == false) goto end_while_2;
        // x += 2.0 * wp.pi                                                                   <L 26>
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::add(var_0, var_12);
        wp::assign(var_0, var_13);
    goto start_while_2;
    end_while_2:;
    // return x                                                                               <L 27>
    return var_0;
}


// corpus/177_ccd_inverse_kinematics.py:8
static void adj_chain_positions_0(
    wp::vec_t<8, wp::float32> var_angles,
    wp::vec_t<8, wp::float32> var_lengths,
    wp::int32 var_n,
    wp::int32 var_k,
    wp::vec_t<8, wp::float32> & adj_angles,
    wp::vec_t<8, wp::float32> & adj_lengths,
    wp::int32 & adj_n,
    wp::int32 & adj_k,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 8;
    wp::range_t var_4;
    wp::int32 var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    //---------
    // forward
    // def chain_positions(angles: vec8, lengths: vec8, n: int, k: int) -> wp.vec2:           <L 9>
    // p = wp.vec2()                                                                          <L 10>
    var_0 = wp::vec_t<2, wp::float32>();
    // a = float(0.0)                                                                         <L 11>
    var_2 = wp::float(var_1);
    // for j in range(MAX_JOINTS):                                                            <L 12>
    var_4 = wp::range(var_3);
    // return p                                                                               <L 17>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return p                                                                          <L 17>
    var_4 = wp::iter_reverse(var_4);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
    	adj_6 = {};
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
        // if j >= k or j >= n:                                                               <L 13>
        var_7 = (var_5 >= var_k);
        var_6 = var_7;
        if (!var_6) {
            var_8 = (var_5 >= var_n);
            var_6 = var_6 || var_8;
        }
        if (var_6) {
            // break                                                                          <L 14>
            goto end_for_0;
        }
        // a += angles[j]                                                                     <L 15>
        var_9 = wp::extract(var_angles, var_5);
        var_10 = wp::add(var_2, var_9);
        // p += wp.vec2(wp.cos(a), wp.sin(a)) * lengths[j]                                    <L 16>
        var_11 = wp::cos(var_10);
        var_12 = wp::sin(var_10);
        var_13 = wp::vec_t<2, wp::float32>(var_11, var_12);
        var_14 = wp::extract(var_lengths, var_5);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_0, var_15);
        wp::assign(var_0, var_16);
        wp::assign(var_2, var_10);
        wp::adj_assign(var_2, var_10, adj_2, adj_10);
        wp::adj_assign(var_0, var_16, adj_0, adj_16);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
        wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_extract(var_lengths, var_5, adj_lengths, adj_5, adj_14);
        wp::adj_vec_t(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_sin(var_10, adj_10, adj_12);
        wp::adj_cos(var_10, adj_10, adj_11);
        // adj: p += wp.vec2(wp.cos(a), wp.sin(a)) * lengths[j]                               <L 16>
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_extract(var_angles, var_5, adj_angles, adj_5, adj_9);
        // adj: a += angles[j]                                                                <L 15>
        if (var_6) {
            // adj: break                                                                     <L 14>
        }
        if (!var_6) {
        }
        // adj: if j >= k or j >= n:                                                          <L 13>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(MAX_JOINTS):                                                       <L 12>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: a = float(0.0)                                                                    <L 11>
    // adj: p = wp.vec2()                                                                     <L 10>
    // adj: def chain_positions(angles: vec8, lengths: vec8, n: int, k: int) -> wp.vec2:      <L 9>
    return;
}


// corpus/177_ccd_inverse_kinematics.py:20
static void adj_wrap_angle_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 3.141592653589793;
    bool var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.141592653589793;
    const wp::float32 var_8 = -3.141592653589793;
    bool var_9;
    const wp::float32 var_10 = 2.0;
    const wp::float32 var_11 = 3.141592653589793;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def wrap_angle(a: float) -> float:                                                     <L 21>
    // x = a                                                                                  <L 22>
    var_0 = wp::copy(var_a);
    // while x > wp.pi:                                                                       <L 23>
    // while x < -wp.pi:                                                                      <L 25>
    // return x                                                                               <L 27>
    goto label4;
    //---------
    // reverse
    label4:;
    adj_0 += adj_ret;
    // adj: return x                                                                          <L 27>
    start_while_2:;
    var_9 = (var_0 < var_8);
    if ((var_9) == false) goto end_while_2;
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
        // x += 2.0 * wp.pi                                                                   <L 26>
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::add(var_0, var_12);
        wp::assign(var_0, var_13);
        wp::adj_assign(var_0, var_13, adj_0, adj_13);
        wp::adj_add(var_0, var_12, adj_0, adj_12, adj_13);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: x += 2.0 * wp.pi                                                              <L 26>
    goto start_while_2;
    end_while_2:;
    // adj: while x < -wp.pi:                                                                 <L 25>
    start_while_0:;
    var_2 = (var_0 > var_1);
    if ((var_2) == false) goto end_while_0;
    adj_3 = {};
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
        // x -= 2.0 * wp.pi                                                                   <L 24>
        var_5 = wp::mul(var_3, var_4);
        var_6 = wp::sub(var_0, var_5);
        wp::assign(var_0, var_6);
        wp::adj_assign(var_0, var_6, adj_0, adj_6);
        wp::adj_sub(var_0, var_5, adj_0, adj_5, adj_6);
        wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
        // adj: x -= 2.0 * wp.pi                                                              <L 24>
    goto start_while_0;
    end_while_0:;
    // adj: while x > wp.pi:                                                                  <L 23>
    wp::adj_copy(var_a, adj_a, adj_0);
    // adj: x = a                                                                             <L 22>
    // adj: def wrap_angle(a: float) -> float:                                                <L 21>
    return;
}

struct wp_args_ccd_solve_cab9c8cd {
    wp::array_t<wp::vec_t<2, wp::float32>> targets;
    wp::array_t<wp::vec_t<8, wp::float32>> lengths;
    wp::int32 n_joints;
    wp::int32 iters;
    wp::float32 tol;
    wp::array_t<wp::vec_t<8, wp::float32>> angles;
    wp::array_t<wp::float32> err;
};


void ccd_solve_cab9c8cd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ccd_solve_cab9c8cd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> var_lengths = _wp_args->lengths;
    wp::int32 var_n_joints = _wp_args->n_joints;
    wp::int32 var_iters = _wp_args->iters;
    wp::float32 var_tol = _wp_args->tol;
    wp::array_t<wp::vec_t<8, wp::float32>> var_angles = _wp_args->angles;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<8, wp::float32>* var_1;
    wp::vec_t<8, wp::float32> var_2;
    wp::vec_t<8, wp::float32> var_3;
    wp::vec_t<8, wp::float32>* var_4;
    wp::vec_t<8, wp::float32> var_5;
    wp::vec_t<8, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // forward
    // def ccd_solve(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, iters: int, tol: float, angles: wp.array(dtype=vec8), err: wp.array(dtype=float)):       <L 31>
    // c = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // ang = angles[c]                                                                        <L 33>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // L = lengths[c]                                                                         <L 34>
    var_4 = wp::address(var_lengths, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // t = targets[c]                                                                         <L 35>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // e = float(0.0)                                                                         <L 36>
    var_11 = wp::float(var_10);
    // for it in range(iters):                                                                <L 37>
    var_12 = wp::range(var_iters);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // end = chain_positions(ang, L, n_joints, n_joints)                                  <L 38>
        var_14 = chain_positions_0(var_2, var_5, var_n_joints, var_n_joints);
        // e = wp.length(end - t)                                                             <L 39>
        var_15 = wp::sub(var_14, var_8);
        var_16 = wp::length(var_15);
        // if e < tol:                                                                        <L 40>
        var_17 = (var_16 < var_tol);
        if (var_17) {
            // break                                                                          <L 41>
            wp::assign(var_11, var_16);
            goto end_for_0;
        }
        var_18 = wp::where(var_17, var_11, var_16);
        // for jj in range(n_joints):                                                         <L 42>
        var_19 = wp::range(var_n_joints);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
            // j = n_joints - 1 - jj                                                          <L 43>
            var_22 = wp::sub(var_n_joints, var_21);
            var_23 = wp::sub(var_22, var_20);
            // pivot = chain_positions(ang, L, n_joints, j)                                   <L 44>
            var_24 = chain_positions_0(var_2, var_5, var_n_joints, var_23);
            // end = chain_positions(ang, L, n_joints, n_joints)                              <L 45>
            var_25 = chain_positions_0(var_2, var_5, var_n_joints, var_n_joints);
            // to_end = end - pivot                                                           <L 46>
            var_26 = wp::sub(var_25, var_24);
            // to_t = t - pivot                                                               <L 47>
            var_27 = wp::sub(var_8, var_24);
            // a1 = wp.atan2(to_end[1], to_end[0])                                            <L 48>
            var_29 = wp::extract(var_26, var_28);
            var_31 = wp::extract(var_26, var_30);
            var_32 = wp::atan2(var_29, var_31);
            // a2 = wp.atan2(to_t[1], to_t[0])                                                <L 49>
            var_34 = wp::extract(var_27, var_33);
            var_36 = wp::extract(var_27, var_35);
            var_37 = wp::atan2(var_34, var_36);
            // ang[j] = wrap_angle(ang[j] + wrap_angle(a2 - a1))                              <L 50>
            var_38 = wp::extract(var_2, var_23);
            var_39 = wp::sub(var_37, var_32);
            var_40 = wrap_angle_0(var_39);
            var_41 = wp::add(var_38, var_40);
            var_42 = wrap_angle_0(var_41);
            wp::assign_inplace(var_2, var_23, var_42);
            wp::assign(var_14, var_25);
            goto start_for_2;
        end_for_2:;
        wp::assign(var_11, var_18);
        goto start_for_0;
    end_for_0:;
    // angles[c] = ang                                                                        <L 51>
    wp::array_store(var_angles, var_0, var_2);
    // err[c] = e                                                                             <L 52>
    wp::array_store(var_err, var_0, var_11);
}



void ccd_solve_cab9c8cd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ccd_solve_cab9c8cd *_wp_args,
    wp_args_ccd_solve_cab9c8cd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> var_lengths = _wp_args->lengths;
    wp::int32 var_n_joints = _wp_args->n_joints;
    wp::int32 var_iters = _wp_args->iters;
    wp::float32 var_tol = _wp_args->tol;
    wp::array_t<wp::vec_t<8, wp::float32>> var_angles = _wp_args->angles;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> adj_lengths = _wp_adj_args->lengths;
    wp::int32 adj_n_joints = _wp_adj_args->n_joints;
    wp::int32 adj_iters = _wp_adj_args->iters;
    wp::float32 adj_tol = _wp_adj_args->tol;
    wp::array_t<wp::vec_t<8, wp::float32>> adj_angles = _wp_adj_args->angles;
    wp::array_t<wp::float32> adj_err = _wp_adj_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<8, wp::float32>* var_1;
    wp::vec_t<8, wp::float32> var_2;
    wp::vec_t<8, wp::float32> var_3;
    wp::vec_t<8, wp::float32>* var_4;
    wp::vec_t<8, wp::float32> var_5;
    wp::vec_t<8, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<8, wp::float32> adj_1 = {};
    wp::vec_t<8, wp::float32> adj_2 = {};
    wp::vec_t<8, wp::float32> adj_3 = {};
    wp::vec_t<8, wp::float32> adj_4 = {};
    wp::vec_t<8, wp::float32> adj_5 = {};
    wp::vec_t<8, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::range_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::vec_t<2, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    //---------
    // forward
    // def ccd_solve(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, iters: int, tol: float, angles: wp.array(dtype=vec8), err: wp.array(dtype=float)):       <L 31>
    // c = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // ang = angles[c]                                                                        <L 33>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // L = lengths[c]                                                                         <L 34>
    var_4 = wp::address(var_lengths, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // t = targets[c]                                                                         <L 35>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // e = float(0.0)                                                                         <L 36>
    var_11 = wp::float(var_10);
    // for it in range(iters):                                                                <L 37>
    var_12 = wp::range(var_iters);
    // angles[c] = ang                                                                        <L 51>
    // wp::array_store(var_angles, var_0, var_2);
    // err[c] = e                                                                             <L 52>
    // wp::array_store(var_err, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_err, var_0, var_11, adj_err, adj_0, adj_11);
    // adj: err[c] = e                                                                        <L 52>
    wp::adj_array_store(var_angles, var_0, var_2, adj_angles, adj_0, adj_2);
    // adj: angles[c] = ang                                                                   <L 51>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
        // end = chain_positions(ang, L, n_joints, n_joints)                                  <L 38>
        var_14 = chain_positions_0(var_2, var_5, var_n_joints, var_n_joints);
        // e = wp.length(end - t)                                                             <L 39>
        var_15 = wp::sub(var_14, var_8);
        var_16 = wp::length(var_15);
        // if e < tol:                                                                        <L 40>
        var_17 = (var_16 < var_tol);
        if (var_17) {
            // break                                                                          <L 41>
            wp::assign(var_11, var_16);
            goto end_for_0;
        }
        var_18 = wp::where(var_17, var_11, var_16);
        // for jj in range(n_joints):                                                         <L 42>
        var_19 = wp::range(var_n_joints);
        wp::assign(var_11, var_18);
        wp::adj_assign(var_11, var_18, adj_11, adj_18);
        var_19 = wp::iter_reverse(var_19);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
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
            // j = n_joints - 1 - jj                                                          <L 43>
            var_22 = wp::sub(var_n_joints, var_21);
            var_23 = wp::sub(var_22, var_20);
            // pivot = chain_positions(ang, L, n_joints, j)                                   <L 44>
            var_24 = chain_positions_0(var_2, var_5, var_n_joints, var_23);
            // end = chain_positions(ang, L, n_joints, n_joints)                              <L 45>
            var_25 = chain_positions_0(var_2, var_5, var_n_joints, var_n_joints);
            // to_end = end - pivot                                                           <L 46>
            var_26 = wp::sub(var_25, var_24);
            // to_t = t - pivot                                                               <L 47>
            var_27 = wp::sub(var_8, var_24);
            // a1 = wp.atan2(to_end[1], to_end[0])                                            <L 48>
            var_29 = wp::extract(var_26, var_28);
            var_31 = wp::extract(var_26, var_30);
            var_32 = wp::atan2(var_29, var_31);
            // a2 = wp.atan2(to_t[1], to_t[0])                                                <L 49>
            var_34 = wp::extract(var_27, var_33);
            var_36 = wp::extract(var_27, var_35);
            var_37 = wp::atan2(var_34, var_36);
            // ang[j] = wrap_angle(ang[j] + wrap_angle(a2 - a1))                              <L 50>
            var_38 = wp::extract(var_2, var_23);
            var_39 = wp::sub(var_37, var_32);
            var_40 = wrap_angle_0(var_39);
            var_41 = wp::add(var_38, var_40);
            var_42 = wrap_angle_0(var_41);
            wp::assign_inplace(var_2, var_23, var_42);
            wp::assign(var_14, var_25);
            wp::adj_assign(var_14, var_25, adj_14, adj_25);
            wp::adj_assign_inplace(var_2, var_23, var_42, adj_2, adj_23, adj_42);
            adj_wrap_angle_0(var_41, adj_41, adj_42);
            wp::adj_add(var_38, var_40, adj_38, adj_40, adj_41);
            adj_wrap_angle_0(var_39, adj_39, adj_40);
            wp::adj_sub(var_37, var_32, adj_37, adj_32, adj_39);
            wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_38);
            // adj: ang[j] = wrap_angle(ang[j] + wrap_angle(a2 - a1))                         <L 50>
            wp::adj_atan2(var_34, var_36, adj_34, adj_36, adj_37);
            wp::adj_extract(var_27, var_35, adj_27, adj_35, adj_36);
            wp::adj_extract(var_27, var_33, adj_27, adj_33, adj_34);
            // adj: a2 = wp.atan2(to_t[1], to_t[0])                                           <L 49>
            wp::adj_atan2(var_29, var_31, adj_29, adj_31, adj_32);
            wp::adj_extract(var_26, var_30, adj_26, adj_30, adj_31);
            wp::adj_extract(var_26, var_28, adj_26, adj_28, adj_29);
            // adj: a1 = wp.atan2(to_end[1], to_end[0])                                       <L 48>
            wp::adj_sub(var_8, var_24, adj_8, adj_24, adj_27);
            // adj: to_t = t - pivot                                                          <L 47>
            wp::adj_sub(var_25, var_24, adj_25, adj_24, adj_26);
            // adj: to_end = end - pivot                                                      <L 46>
            adj_chain_positions_0(var_2, var_5, var_n_joints, var_n_joints, adj_2, adj_5, adj_n_joints, adj_n_joints, adj_25);
            // adj: end = chain_positions(ang, L, n_joints, n_joints)                         <L 45>
            adj_chain_positions_0(var_2, var_5, var_n_joints, var_23, adj_2, adj_5, adj_n_joints, adj_23, adj_24);
            // adj: pivot = chain_positions(ang, L, n_joints, j)                              <L 44>
            wp::adj_sub(var_22, var_20, adj_22, adj_20, adj_23);
            wp::adj_sub(var_n_joints, var_21, adj_n_joints, adj_21, adj_22);
            // adj: j = n_joints - 1 - jj                                                     <L 43>
        	goto start_for_2;
        end_for_2:;
        // adj: for jj in range(n_joints):                                                    <L 42>
        wp::adj_where(var_17, var_11, var_16, adj_17, adj_11, adj_16, adj_18);
        if (var_17) {
            wp::adj_assign(var_11, var_16, adj_11, adj_16);
            // adj: break                                                                     <L 41>
        }
        // adj: if e < tol:                                                                   <L 40>
        wp::adj_length(var_15, var_16, adj_15, adj_16);
        wp::adj_sub(var_14, var_8, adj_14, adj_8, adj_15);
        // adj: e = wp.length(end - t)                                                        <L 39>
        adj_chain_positions_0(var_2, var_5, var_n_joints, var_n_joints, adj_2, adj_5, adj_n_joints, adj_n_joints, adj_14);
        // adj: end = chain_positions(ang, L, n_joints, n_joints)                             <L 38>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(iters):                                                           <L 37>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: e = float(0.0)                                                                    <L 36>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_7);
    // adj: t = targets[c]                                                                    <L 35>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_lengths, var_0, adj_lengths, adj_0, adj_4);
    // adj: L = lengths[c]                                                                    <L 34>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_angles, var_0, adj_angles, adj_0, adj_1);
    // adj: ang = angles[c]                                                                   <L 33>
    // adj: c = wp.tid()                                                                      <L 32>
    // adj: def ccd_solve(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, iters: int, tol: float, angles: wp.array(dtype=vec8), err: wp.array(dtype=float)):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ccd_solve_cab9c8cd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ccd_solve_cab9c8cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ccd_solve_cab9c8cd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ccd_solve_cab9c8cd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ccd_solve_cab9c8cd *_wp_args,
    wp_args_ccd_solve_cab9c8cd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ccd_solve_cab9c8cd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_reachable_1d6dc534 {
    wp::array_t<wp::vec_t<2, wp::float32>> targets;
    wp::array_t<wp::vec_t<8, wp::float32>> lengths;
    wp::int32 n_joints;
    wp::array_t<bool> ok;
};


void reachable_1d6dc534_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reachable_1d6dc534 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> var_lengths = _wp_args->lengths;
    wp::int32 var_n_joints = _wp_args->n_joints;
    wp::array_t<bool> var_ok = _wp_args->ok;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::vec_t<8, wp::float32>* var_7;
    wp::float32 var_8;
    wp::vec_t<8, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<8, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<8, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    bool var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    //---------
    // forward
    // def reachable(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, ok: wp.array(dtype=wp.bool)):       <L 56>
    // c = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // total = float(0.0)                                                                     <L 58>
    var_2 = wp::float(var_1);
    // longest = float(0.0)                                                                   <L 59>
    var_4 = wp::float(var_3);
    // for j in range(n_joints):                                                              <L 60>
    var_5 = wp::range(var_n_joints);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // total += lengths[c][j]                                                             <L 61>
        var_7 = wp::address(var_lengths, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::extract(var_9, var_6);
        var_10 = wp::add(var_2, var_8);
        // longest = wp.max(longest, lengths[c][j])                                           <L 62>
        var_11 = wp::address(var_lengths, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::extract(var_13, var_6);
        var_14 = wp::max(var_4, var_12);
        wp::assign(var_2, var_10);
        wp::assign(var_4, var_14);
        goto start_for_0;
    end_for_0:;
    // d = wp.length(targets[c])                                                              <L 63>
    var_15 = wp::address(var_targets, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::length(var_17);
    // ok[c] = d <= total and d >= wp.max(0.0, 2.0 * longest - total)                         <L 64>
    var_19 = (var_16 <= var_2);
    var_18 = var_19;
    if (var_18) {
        var_22 = wp::mul(var_21, var_4);
        var_23 = wp::sub(var_22, var_2);
        var_24 = wp::max(var_20, var_23);
        var_25 = (var_16 >= var_24);
        var_18 = var_18 && var_25;
    }
    wp::array_store(var_ok, var_0, var_18);
}



void reachable_1d6dc534_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reachable_1d6dc534 *_wp_args,
    wp_args_reachable_1d6dc534 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> var_lengths = _wp_args->lengths;
    wp::int32 var_n_joints = _wp_args->n_joints;
    wp::array_t<bool> var_ok = _wp_args->ok;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::vec_t<8, wp::float32>> adj_lengths = _wp_adj_args->lengths;
    wp::int32 adj_n_joints = _wp_adj_args->n_joints;
    wp::array_t<bool> adj_ok = _wp_adj_args->ok;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::vec_t<8, wp::float32>* var_7;
    wp::float32 var_8;
    wp::vec_t<8, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<8, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<8, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    bool var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<8, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<8, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<8, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<8, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    //---------
    // forward
    // def reachable(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, ok: wp.array(dtype=wp.bool)):       <L 56>
    // c = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // total = float(0.0)                                                                     <L 58>
    var_2 = wp::float(var_1);
    // longest = float(0.0)                                                                   <L 59>
    var_4 = wp::float(var_3);
    // for j in range(n_joints):                                                              <L 60>
    var_5 = wp::range(var_n_joints);
    // d = wp.length(targets[c])                                                              <L 63>
    var_15 = wp::address(var_targets, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::length(var_17);
    // ok[c] = d <= total and d >= wp.max(0.0, 2.0 * longest - total)                         <L 64>
    var_19 = (var_16 <= var_2);
    var_18 = var_19;
    if (var_18) {
        var_22 = wp::mul(var_21, var_4);
        var_23 = wp::sub(var_22, var_2);
        var_24 = wp::max(var_20, var_23);
        var_25 = (var_16 >= var_24);
        var_18 = var_18 && var_25;
    }
    // wp::array_store(var_ok, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_ok, var_0, var_18, adj_ok, adj_0, adj_18);
    if (var_18) {
        wp::adj_max(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_sub(var_22, var_2, adj_22, adj_2, adj_23);
        wp::adj_mul(var_21, var_4, adj_21, adj_4, adj_22);
    }
    // adj: ok[c] = d <= total and d >= wp.max(0.0, 2.0 * longest - total)                    <L 64>
    wp::adj_length(var_17, var_16, adj_15, adj_16);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_15);
    // adj: d = wp.length(targets[c])                                                         <L 63>
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
        // total += lengths[c][j]                                                             <L 61>
        var_7 = wp::address(var_lengths, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::extract(var_9, var_6);
        var_10 = wp::add(var_2, var_8);
        // longest = wp.max(longest, lengths[c][j])                                           <L 62>
        var_11 = wp::address(var_lengths, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::extract(var_13, var_6);
        var_14 = wp::max(var_4, var_12);
        wp::assign(var_2, var_10);
        wp::assign(var_4, var_14);
        wp::adj_assign(var_4, var_14, adj_4, adj_14);
        wp::adj_assign(var_2, var_10, adj_2, adj_10);
        wp::adj_max(var_4, var_12, adj_4, adj_12, adj_14);
        wp::adj_extract(var_13, var_6, adj_11, adj_6, adj_12);
        wp::adj_address(var_lengths, var_0, adj_lengths, adj_0, adj_11);
        // adj: longest = wp.max(longest, lengths[c][j])                                      <L 62>
        wp::adj_add(var_2, var_8, adj_2, adj_8, adj_10);
        wp::adj_extract(var_9, var_6, adj_7, adj_6, adj_8);
        wp::adj_address(var_lengths, var_0, adj_lengths, adj_0, adj_7);
        // adj: total += lengths[c][j]                                                        <L 61>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(n_joints):                                                         <L 60>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: longest = float(0.0)                                                              <L 59>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: total = float(0.0)                                                                <L 58>
    // adj: c = wp.tid()                                                                      <L 57>
    // adj: def reachable(targets: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=vec8), n_joints: int, ok: wp.array(dtype=wp.bool)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void reachable_1d6dc534_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reachable_1d6dc534 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reachable_1d6dc534_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void reachable_1d6dc534_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reachable_1d6dc534 *_wp_args,
    wp_args_reachable_1d6dc534 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reachable_1d6dc534_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

