
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/019_quat_orientation.py:4
static wp::quat_t<wp::float32> integrate_quat_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_omega,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::quat_t<wp::float32> var_13;
    //---------
    // forward
    // def integrate_quat(q: wp.quat, omega: wp.vec3, dt: float) -> wp.quat:                  <L 5>
    // w = wp.quat(omega[0], omega[1], omega[2], 0.0)                                         <L 6>
    var_1 = wp::extract(var_omega, var_0);
    var_3 = wp::extract(var_omega, var_2);
    var_5 = wp::extract(var_omega, var_4);
    var_7 = wp::quat_t<wp::float32>(var_1, var_3, var_5, var_6);
    // dq = w * q * (0.5 * dt)                                                                <L 7>
    var_8 = wp::mul(var_7, var_q);
    var_10 = wp::mul(var_9, var_dt);
    var_11 = wp::mul(var_8, var_10);
    // return wp.normalize(q + dq)                                                            <L 8>
    var_12 = wp::add(var_q, var_11);
    var_13 = wp::normalize(var_12);
    return var_13;
}


// corpus/019_quat_orientation.py:18
static wp::quat_t<wp::float32> swing_limit_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_max_angle)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = -1.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-06;
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    //---------
    // forward
    // def swing_limit(q: wp.quat, axis: wp.vec3, max_angle: float) -> wp.quat:               <L 19>
    // v = wp.quat_rotate(q, axis)                                                            <L 20>
    var_0 = wp::quat_rotate(var_q, var_axis);
    // c = wp.clamp(wp.dot(v, axis), -1.0, 1.0)                                               <L 21>
    var_1 = wp::dot(var_0, var_axis);
    var_5 = wp::clamp(var_1, var_3, var_4);
    // angle = wp.acos(c)                                                                     <L 22>
    var_6 = wp::acos(var_5);
    // if angle <= max_angle:                                                                 <L 23>
    var_7 = (var_6 <= var_max_angle);
    if (var_7) {
        // return q                                                                           <L 24>
        return var_q;
    }
    // corr_axis = wp.cross(v, axis)                                                          <L 25>
    var_8 = wp::cross(var_0, var_axis);
    // l = wp.length(corr_axis)                                                               <L 26>
    var_9 = wp::length(var_8);
    // if l < 1.0e-6:                                                                         <L 27>
    var_11 = (var_9 < var_10);
    if (var_11) {
        // return q                                                                           <L 28>
        return var_q;
    }
    // corr = wp.quat_from_axis_angle(corr_axis / l, angle - max_angle)                       <L 29>
    var_12 = wp::div(var_8, var_9);
    var_13 = wp::sub(var_6, var_max_angle);
    var_14 = wp::quat_from_axis_angle(var_12, var_13);
    // return corr * q                                                                        <L 30>
    var_15 = wp::mul(var_14, var_q);
    return var_15;
}


// corpus/019_quat_orientation.py:11
static wp::float32 quat_angle_between_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def quat_angle_between(a: wp.quat, b: wp.quat) -> float:                               <L 12>
    // d = wp.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])                      <L 13>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::add(var_10, var_15);
    var_18 = wp::extract(var_a, var_17);
    var_20 = wp::extract(var_b, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_22 = wp::add(var_16, var_21);
    var_23 = wp::abs(var_22);
    // d = wp.min(d, 1.0)                                                                     <L 14>
    var_25 = wp::min(var_23, var_24);
    // return 2.0 * wp.acos(d)                                                                <L 15>
    var_27 = wp::acos(var_25);
    var_28 = wp::mul(var_26, var_27);
    return var_28;
}


// corpus/019_quat_orientation.py:4
static void adj_integrate_quat_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_omega,
    wp::float32 var_dt,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_omega,
    wp::float32 & adj_dt,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::quat_t<wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::quat_t<wp::float32> adj_13 = {};
    //---------
    // forward
    // def integrate_quat(q: wp.quat, omega: wp.vec3, dt: float) -> wp.quat:                  <L 5>
    // w = wp.quat(omega[0], omega[1], omega[2], 0.0)                                         <L 6>
    var_1 = wp::extract(var_omega, var_0);
    var_3 = wp::extract(var_omega, var_2);
    var_5 = wp::extract(var_omega, var_4);
    var_7 = wp::quat_t<wp::float32>(var_1, var_3, var_5, var_6);
    // dq = w * q * (0.5 * dt)                                                                <L 7>
    var_8 = wp::mul(var_7, var_q);
    var_10 = wp::mul(var_9, var_dt);
    var_11 = wp::mul(var_8, var_10);
    // return wp.normalize(q + dq)                                                            <L 8>
    var_12 = wp::add(var_q, var_11);
    var_13 = wp::normalize(var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_normalize(var_12, adj_12, adj_13);
    wp::adj_add(var_q, var_11, adj_q, adj_11, adj_12);
    // adj: return wp.normalize(q + dq)                                                       <L 8>
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_9, var_dt, adj_9, adj_dt, adj_10);
    wp::adj_mul(var_7, var_q, adj_7, adj_q, adj_8);
    // adj: dq = w * q * (0.5 * dt)                                                           <L 7>
    wp::adj_quat_t(var_1, var_3, var_5, var_6, adj_1, adj_3, adj_5, adj_6, adj_7);
    wp::adj_extract(var_omega, var_4, adj_omega, adj_4, adj_5);
    wp::adj_extract(var_omega, var_2, adj_omega, adj_2, adj_3);
    wp::adj_extract(var_omega, var_0, adj_omega, adj_0, adj_1);
    // adj: w = wp.quat(omega[0], omega[1], omega[2], 0.0)                                    <L 6>
    // adj: def integrate_quat(q: wp.quat, omega: wp.vec3, dt: float) -> wp.quat:             <L 5>
    return;
}


// corpus/019_quat_orientation.py:18
static void adj_swing_limit_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_max_angle,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::float32 & adj_max_angle,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = -1.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-06;
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    //---------
    // forward
    // def swing_limit(q: wp.quat, axis: wp.vec3, max_angle: float) -> wp.quat:               <L 19>
    // v = wp.quat_rotate(q, axis)                                                            <L 20>
    var_0 = wp::quat_rotate(var_q, var_axis);
    // c = wp.clamp(wp.dot(v, axis), -1.0, 1.0)                                               <L 21>
    var_1 = wp::dot(var_0, var_axis);
    var_5 = wp::clamp(var_1, var_3, var_4);
    // angle = wp.acos(c)                                                                     <L 22>
    var_6 = wp::acos(var_5);
    // if angle <= max_angle:                                                                 <L 23>
    var_7 = (var_6 <= var_max_angle);
    if (var_7) {
        // return q                                                                           <L 24>
        goto label0;
    }
    // corr_axis = wp.cross(v, axis)                                                          <L 25>
    var_8 = wp::cross(var_0, var_axis);
    // l = wp.length(corr_axis)                                                               <L 26>
    var_9 = wp::length(var_8);
    // if l < 1.0e-6:                                                                         <L 27>
    var_11 = (var_9 < var_10);
    if (var_11) {
        // return q                                                                           <L 28>
        goto label1;
    }
    // corr = wp.quat_from_axis_angle(corr_axis / l, angle - max_angle)                       <L 29>
    var_12 = wp::div(var_8, var_9);
    var_13 = wp::sub(var_6, var_max_angle);
    var_14 = wp::quat_from_axis_angle(var_12, var_13);
    // return corr * q                                                                        <L 30>
    var_15 = wp::mul(var_14, var_q);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_15 += adj_ret;
    wp::adj_mul(var_14, var_q, adj_14, adj_q, adj_15);
    // adj: return corr * q                                                                   <L 30>
    wp::adj_quat_from_axis_angle(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_sub(var_6, var_max_angle, adj_6, adj_max_angle, adj_13);
    wp::adj_div(var_8, var_9, adj_8, adj_9, adj_12);
    // adj: corr = wp.quat_from_axis_angle(corr_axis / l, angle - max_angle)                  <L 29>
    if (var_11) {
        label1:;
        adj_q += adj_ret;
        // adj: return q                                                                      <L 28>
    }
    // adj: if l < 1.0e-6:                                                                    <L 27>
    wp::adj_length(var_8, var_9, adj_8, adj_9);
    // adj: l = wp.length(corr_axis)                                                          <L 26>
    wp::adj_cross(var_0, var_axis, adj_0, adj_axis, adj_8);
    // adj: corr_axis = wp.cross(v, axis)                                                     <L 25>
    if (var_7) {
        label0:;
        adj_q += adj_ret;
        // adj: return q                                                                      <L 24>
    }
    // adj: if angle <= max_angle:                                                            <L 23>
    wp::adj_acos(var_5, adj_5, adj_6);
    // adj: angle = wp.acos(c)                                                                <L 22>
    wp::adj_clamp(var_1, var_3, var_4, adj_1, adj_3, adj_4, adj_5);
    wp::adj_dot(var_0, var_axis, adj_0, adj_axis, adj_1);
    // adj: c = wp.clamp(wp.dot(v, axis), -1.0, 1.0)                                          <L 21>
    wp::adj_quat_rotate(var_q, var_axis, adj_q, adj_axis, adj_0);
    // adj: v = wp.quat_rotate(q, axis)                                                       <L 20>
    // adj: def swing_limit(q: wp.quat, axis: wp.vec3, max_angle: float) -> wp.quat:          <L 19>
    return;
}


// corpus/019_quat_orientation.py:11
static void adj_quat_angle_between_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b,
    wp::quat_t<wp::float32> & adj_a,
    wp::quat_t<wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def quat_angle_between(a: wp.quat, b: wp.quat) -> float:                               <L 12>
    // d = wp.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])                      <L 13>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::add(var_10, var_15);
    var_18 = wp::extract(var_a, var_17);
    var_20 = wp::extract(var_b, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_22 = wp::add(var_16, var_21);
    var_23 = wp::abs(var_22);
    // d = wp.min(d, 1.0)                                                                     <L 14>
    var_25 = wp::min(var_23, var_24);
    // return 2.0 * wp.acos(d)                                                                <L 15>
    var_27 = wp::acos(var_25);
    var_28 = wp::mul(var_26, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_acos(var_25, adj_25, adj_27);
    // adj: return 2.0 * wp.acos(d)                                                           <L 15>
    wp::adj_min(var_23, var_24, adj_23, adj_24, adj_25);
    // adj: d = wp.min(d, 1.0)                                                                <L 14>
    wp::adj_abs(var_22, adj_22, adj_23);
    wp::adj_add(var_16, var_21, adj_16, adj_21, adj_22);
    wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_extract(var_b, var_19, adj_b, adj_19, adj_20);
    wp::adj_extract(var_a, var_17, adj_a, adj_17, adj_18);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_b, var_13, adj_b, adj_13, adj_14);
    wp::adj_extract(var_a, var_11, adj_a, adj_11, adj_12);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_b, var_7, adj_b, adj_7, adj_8);
    wp::adj_extract(var_a, var_5, adj_a, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: d = wp.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])                 <L 13>
    // adj: def quat_angle_between(a: wp.quat, b: wp.quat) -> float:                          <L 12>
    return;
}

struct wp_args_integrate_orientations_f1f42f0f {
    wp::array_t<wp::quat_t<wp::float32>> rot;
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
    wp::array_t<wp::vec_t<3, wp::float32>> axes;
    wp::float32 max_swing;
    wp::float32 dt;
    wp::int32 substeps;
    wp::array_t<wp::float32> err;
};


void integrate_orientations_f1f42f0f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_orientations_f1f42f0f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::float32 var_max_swing = _wp_args->max_swing;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::quat_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def integrate_orientations(                                                            <L 34>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // q = rot[i]                                                                             <L 44>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = omega[i]                                                                           <L 45>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q0 = q                                                                                 <L 46>
    var_7 = wp::copy(var_2);
    // h = dt / float(substeps)                                                               <L 47>
    var_8 = wp::float(var_substeps);
    var_9 = wp::div(var_dt, var_8);
    // for s in range(substeps):                                                              <L 48>
    var_10 = wp::range(var_substeps);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // q = integrate_quat(q, w, h)                                                        <L 49>
        var_12 = integrate_quat_0(var_2, var_5, var_9);
        // q = swing_limit(q, axes[i], max_swing)                                             <L 50>
        var_13 = wp::address(var_axes, var_0);
        var_15 = wp::load(var_13);
        var_14 = swing_limit_0(var_12, var_15, var_max_swing);
        wp::assign(var_2, var_14);
        goto start_for_0;
    end_for_0:;
    // rot[i] = q                                                                             <L 51>
    wp::array_store(var_rot, var_0, var_2);
    // err[i] = quat_angle_between(q0, q)                                                     <L 52>
    var_16 = quat_angle_between_0(var_7, var_2);
    wp::array_store(var_err, var_0, var_16);
}



void integrate_orientations_f1f42f0f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_orientations_f1f42f0f *_wp_args,
    wp_args_integrate_orientations_f1f42f0f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::float32 var_max_swing = _wp_args->max_swing;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    wp::array_t<wp::quat_t<wp::float32>> adj_rot = _wp_adj_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axes = _wp_adj_args->axes;
    wp::float32 adj_max_swing = _wp_adj_args->max_swing;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_substeps = _wp_adj_args->substeps;
    wp::array_t<wp::float32> adj_err = _wp_adj_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::quat_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def integrate_orientations(                                                            <L 34>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // q = rot[i]                                                                             <L 44>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = omega[i]                                                                           <L 45>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q0 = q                                                                                 <L 46>
    var_7 = wp::copy(var_2);
    // h = dt / float(substeps)                                                               <L 47>
    var_8 = wp::float(var_substeps);
    var_9 = wp::div(var_dt, var_8);
    // for s in range(substeps):                                                              <L 48>
    var_10 = wp::range(var_substeps);
    // rot[i] = q                                                                             <L 51>
    // wp::array_store(var_rot, var_0, var_2);
    // err[i] = quat_angle_between(q0, q)                                                     <L 52>
    var_16 = quat_angle_between_0(var_7, var_2);
    // wp::array_store(var_err, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_err, var_0, var_16, adj_err, adj_0, adj_16);
    adj_quat_angle_between_0(var_7, var_2, adj_7, adj_2, adj_16);
    // adj: err[i] = quat_angle_between(q0, q)                                                <L 52>
    wp::adj_array_store(var_rot, var_0, var_2, adj_rot, adj_0, adj_2);
    // adj: rot[i] = q                                                                        <L 51>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // q = integrate_quat(q, w, h)                                                        <L 49>
        var_12 = integrate_quat_0(var_2, var_5, var_9);
        // q = swing_limit(q, axes[i], max_swing)                                             <L 50>
        var_13 = wp::address(var_axes, var_0);
        var_15 = wp::load(var_13);
        var_14 = swing_limit_0(var_12, var_15, var_max_swing);
        wp::assign(var_2, var_14);
        wp::adj_assign(var_2, var_14, adj_2, adj_14);
        adj_swing_limit_0(var_12, var_15, var_max_swing, adj_12, adj_13, adj_max_swing, adj_14);
        wp::adj_address(var_axes, var_0, adj_axes, adj_0, adj_13);
        // adj: q = swing_limit(q, axes[i], max_swing)                                        <L 50>
        adj_integrate_quat_0(var_2, var_5, var_9, adj_2, adj_5, adj_9, adj_12);
        // adj: q = integrate_quat(q, w, h)                                                   <L 49>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_substeps, adj_substeps, adj_10);
    // adj: for s in range(substeps):                                                         <L 48>
    wp::adj_div(var_dt, var_8, var_9, adj_dt, adj_8, adj_9);
    wp::adj_float(var_substeps, adj_substeps, adj_8);
    // adj: h = dt / float(substeps)                                                          <L 47>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: q0 = q                                                                            <L 46>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_4);
    // adj: w = omega[i]                                                                      <L 45>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rot, var_0, adj_rot, adj_0, adj_1);
    // adj: q = rot[i]                                                                        <L 44>
    // adj: i = wp.tid()                                                                      <L 43>
    // adj: def integrate_orientations(                                                       <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_orientations_f1f42f0f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_orientations_f1f42f0f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_orientations_f1f42f0f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_orientations_f1f42f0f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_orientations_f1f42f0f *_wp_args,
    wp_args_integrate_orientations_f1f42f0f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_orientations_f1f42f0f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_quat_to_frames_d5fbb5d1 {
    wp::array_t<wp::quat_t<wp::float32>> rot;
    wp::array_t<wp::vec_t<3, wp::float32>> xs;
    wp::array_t<wp::vec_t<3, wp::float32>> ys;
    wp::array_t<wp::vec_t<3, wp::float32>> zs;
};


void quat_to_frames_d5fbb5d1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ys = _wp_args->ys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_zs = _wp_args->zs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def quat_to_frames(rot: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec3), ys: wp.array(dtype=wp.vec3), zs: wp.array(dtype=wp.vec3)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // q = rot[i]                                                                             <L 58>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xs[i] = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                      <L 59>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    var_8 = wp::quat_rotate(var_2, var_7);
    wp::array_store(var_xs, var_0, var_8);
    // ys[i] = wp.quat_rotate(q, wp.vec3(0.0, 1.0, 0.0))                                      <L 60>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = wp::quat_rotate(var_2, var_12);
    wp::array_store(var_ys, var_0, var_13);
    // zs[i] = wp.quat_rotate(q, wp.vec3(0.0, 0.0, 1.0))                                      <L 61>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::quat_rotate(var_2, var_17);
    wp::array_store(var_zs, var_0, var_18);
}



void quat_to_frames_d5fbb5d1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_args,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ys = _wp_args->ys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_zs = _wp_args->zs;
    wp::array_t<wp::quat_t<wp::float32>> adj_rot = _wp_adj_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ys = _wp_adj_args->ys;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_zs = _wp_adj_args->zs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def quat_to_frames(rot: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec3), ys: wp.array(dtype=wp.vec3), zs: wp.array(dtype=wp.vec3)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // q = rot[i]                                                                             <L 58>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xs[i] = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                      <L 59>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    var_8 = wp::quat_rotate(var_2, var_7);
    // wp::array_store(var_xs, var_0, var_8);
    // ys[i] = wp.quat_rotate(q, wp.vec3(0.0, 1.0, 0.0))                                      <L 60>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = wp::quat_rotate(var_2, var_12);
    // wp::array_store(var_ys, var_0, var_13);
    // zs[i] = wp.quat_rotate(q, wp.vec3(0.0, 0.0, 1.0))                                      <L 61>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::quat_rotate(var_2, var_17);
    // wp::array_store(var_zs, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_zs, var_0, var_18, adj_zs, adj_0, adj_18);
    wp::adj_quat_rotate(var_2, var_17, adj_2, adj_17, adj_18);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    // adj: zs[i] = wp.quat_rotate(q, wp.vec3(0.0, 0.0, 1.0))                                 <L 61>
    wp::adj_array_store(var_ys, var_0, var_13, adj_ys, adj_0, adj_13);
    wp::adj_quat_rotate(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: ys[i] = wp.quat_rotate(q, wp.vec3(0.0, 1.0, 0.0))                                 <L 60>
    wp::adj_array_store(var_xs, var_0, var_8, adj_xs, adj_0, adj_8);
    wp::adj_quat_rotate(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    // adj: xs[i] = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                 <L 59>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rot, var_0, adj_rot, adj_0, adj_1);
    // adj: q = rot[i]                                                                        <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def quat_to_frames(rot: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec3), ys: wp.array(dtype=wp.vec3), zs: wp.array(dtype=wp.vec3)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void quat_to_frames_d5fbb5d1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        quat_to_frames_d5fbb5d1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void quat_to_frames_d5fbb5d1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_args,
    wp_args_quat_to_frames_d5fbb5d1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        quat_to_frames_d5fbb5d1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_relative_rotation_cd4e6807 {
    wp::array_t<wp::quat_t<wp::float32>> a;
    wp::array_t<wp::quat_t<wp::float32>> b;
    wp::array_t<wp::quat_t<wp::float32>> rel;
    wp::array_t<wp::vec_t<4, wp::float32>> axis_angle;
};


void relative_rotation_cd4e6807_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_relative_rotation_cd4e6807 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::quat_t<wp::float32>> var_rel = _wp_args->rel;
    wp::array_t<wp::vec_t<4, wp::float32>> var_axis_angle = _wp_args->axis_angle;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    wp::quat_t<wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::int32 var_16 = 3;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 2.0;
    const wp::int32 var_26 = 3;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = -1.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 0.0;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = 1e-06;
    bool var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<4, wp::float32> var_55;
    //---------
    // forward
    // def relative_rotation(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), rel: wp.array(dtype=wp.quat), axis_angle: wp.array(dtype=wp.vec4)):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // r = wp.quat_inverse(a[i]) * b[i]                                                       <L 67>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_inverse(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // if r[3] < 0.0:                                                                         <L 68>
    var_8 = wp::extract(var_5, var_7);
    var_10 = (var_8 < var_9);
    if (var_10) {
        // r = r * -1.0                                                                       <L 69>
        var_13 = wp::mul(var_5, var_12);
    }
    var_14 = wp::where(var_10, var_13, var_5);
    // rel[i] = r                                                                             <L 70>
    wp::array_store(var_rel, var_0, var_14);
    // s = wp.sqrt(wp.max(1.0 - r[3] * r[3], 0.0))                                            <L 71>
    var_17 = wp::extract(var_14, var_16);
    var_19 = wp::extract(var_14, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::sub(var_15, var_20);
    var_23 = wp::max(var_21, var_22);
    var_24 = wp::sqrt(var_23);
    // angle = 2.0 * wp.acos(wp.clamp(r[3], -1.0, 1.0))                                       <L 72>
    var_27 = wp::extract(var_14, var_26);
    var_31 = wp::clamp(var_27, var_29, var_30);
    var_32 = wp::acos(var_31);
    var_33 = wp::mul(var_25, var_32);
    // ax = wp.vec3(1.0, 0.0, 0.0)                                                            <L 73>
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    // if s > 1.0e-6:                                                                         <L 74>
    var_39 = (var_24 > var_38);
    if (var_39) {
        // ax = wp.vec3(r[0], r[1], r[2]) / s                                                 <L 75>
        var_41 = wp::extract(var_14, var_40);
        var_43 = wp::extract(var_14, var_42);
        var_45 = wp::extract(var_14, var_44);
        var_46 = wp::vec_t<3, wp::float32>(var_41, var_43, var_45);
        var_47 = wp::div(var_46, var_24);
    }
    var_48 = wp::where(var_39, var_47, var_37);
    // axis_angle[i] = wp.vec4(ax[0], ax[1], ax[2], angle)                                    <L 76>
    var_50 = wp::extract(var_48, var_49);
    var_52 = wp::extract(var_48, var_51);
    var_54 = wp::extract(var_48, var_53);
    var_55 = wp::vec_t<4, wp::float32>(var_50, var_52, var_54, var_33);
    wp::array_store(var_axis_angle, var_0, var_55);
}



void relative_rotation_cd4e6807_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_relative_rotation_cd4e6807 *_wp_args,
    wp_args_relative_rotation_cd4e6807 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::quat_t<wp::float32>> var_rel = _wp_args->rel;
    wp::array_t<wp::vec_t<4, wp::float32>> var_axis_angle = _wp_args->axis_angle;
    wp::array_t<wp::quat_t<wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::quat_t<wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::quat_t<wp::float32>> adj_rel = _wp_adj_args->rel;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_axis_angle = _wp_adj_args->axis_angle;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    wp::quat_t<wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    const wp::float32 var_15 = 1.0;
    const wp::int32 var_16 = 3;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 2.0;
    const wp::int32 var_26 = 3;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = -1.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 0.0;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = 1e-06;
    bool var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<4, wp::float32> var_55;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::quat_t<wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<4, wp::float32> adj_55 = {};
    //---------
    // forward
    // def relative_rotation(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), rel: wp.array(dtype=wp.quat), axis_angle: wp.array(dtype=wp.vec4)):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // r = wp.quat_inverse(a[i]) * b[i]                                                       <L 67>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_inverse(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // if r[3] < 0.0:                                                                         <L 68>
    var_8 = wp::extract(var_5, var_7);
    var_10 = (var_8 < var_9);
    if (var_10) {
        // r = r * -1.0                                                                       <L 69>
        var_13 = wp::mul(var_5, var_12);
    }
    var_14 = wp::where(var_10, var_13, var_5);
    // rel[i] = r                                                                             <L 70>
    // wp::array_store(var_rel, var_0, var_14);
    // s = wp.sqrt(wp.max(1.0 - r[3] * r[3], 0.0))                                            <L 71>
    var_17 = wp::extract(var_14, var_16);
    var_19 = wp::extract(var_14, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::sub(var_15, var_20);
    var_23 = wp::max(var_21, var_22);
    var_24 = wp::sqrt(var_23);
    // angle = 2.0 * wp.acos(wp.clamp(r[3], -1.0, 1.0))                                       <L 72>
    var_27 = wp::extract(var_14, var_26);
    var_31 = wp::clamp(var_27, var_29, var_30);
    var_32 = wp::acos(var_31);
    var_33 = wp::mul(var_25, var_32);
    // ax = wp.vec3(1.0, 0.0, 0.0)                                                            <L 73>
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    // if s > 1.0e-6:                                                                         <L 74>
    var_39 = (var_24 > var_38);
    if (var_39) {
        // ax = wp.vec3(r[0], r[1], r[2]) / s                                                 <L 75>
        var_41 = wp::extract(var_14, var_40);
        var_43 = wp::extract(var_14, var_42);
        var_45 = wp::extract(var_14, var_44);
        var_46 = wp::vec_t<3, wp::float32>(var_41, var_43, var_45);
        var_47 = wp::div(var_46, var_24);
    }
    var_48 = wp::where(var_39, var_47, var_37);
    // axis_angle[i] = wp.vec4(ax[0], ax[1], ax[2], angle)                                    <L 76>
    var_50 = wp::extract(var_48, var_49);
    var_52 = wp::extract(var_48, var_51);
    var_54 = wp::extract(var_48, var_53);
    var_55 = wp::vec_t<4, wp::float32>(var_50, var_52, var_54, var_33);
    // wp::array_store(var_axis_angle, var_0, var_55);
    //---------
    // reverse
    wp::adj_array_store(var_axis_angle, var_0, var_55, adj_axis_angle, adj_0, adj_55);
    wp::adj_vec_t(var_50, var_52, var_54, var_33, adj_50, adj_52, adj_54, adj_33, adj_55);
    wp::adj_extract(var_48, var_53, adj_48, adj_53, adj_54);
    wp::adj_extract(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_extract(var_48, var_49, adj_48, adj_49, adj_50);
    // adj: axis_angle[i] = wp.vec4(ax[0], ax[1], ax[2], angle)                               <L 76>
    wp::adj_where(var_39, var_47, var_37, adj_39, adj_47, adj_37, adj_48);
    if (var_39) {
        wp::adj_div(var_46, var_24, adj_46, adj_24, adj_47);
        wp::adj_vec_t(var_41, var_43, var_45, adj_41, adj_43, adj_45, adj_46);
        wp::adj_extract(var_14, var_44, adj_14, adj_44, adj_45);
        wp::adj_extract(var_14, var_42, adj_14, adj_42, adj_43);
        wp::adj_extract(var_14, var_40, adj_14, adj_40, adj_41);
        // adj: ax = wp.vec3(r[0], r[1], r[2]) / s                                            <L 75>
    }
    // adj: if s > 1.0e-6:                                                                    <L 74>
    wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
    // adj: ax = wp.vec3(1.0, 0.0, 0.0)                                                       <L 73>
    wp::adj_mul(var_25, var_32, adj_25, adj_32, adj_33);
    wp::adj_acos(var_31, adj_31, adj_32);
    wp::adj_clamp(var_27, var_29, var_30, adj_27, adj_29, adj_30, adj_31);
    wp::adj_extract(var_14, var_26, adj_14, adj_26, adj_27);
    // adj: angle = 2.0 * wp.acos(wp.clamp(r[3], -1.0, 1.0))                                  <L 72>
    wp::adj_sqrt(var_23, var_24, adj_23, adj_24);
    wp::adj_max(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_sub(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_extract(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_17);
    // adj: s = wp.sqrt(wp.max(1.0 - r[3] * r[3], 0.0))                                       <L 71>
    wp::adj_array_store(var_rel, var_0, var_14, adj_rel, adj_0, adj_14);
    // adj: rel[i] = r                                                                        <L 70>
    wp::adj_where(var_10, var_13, var_5, adj_10, adj_13, adj_5, adj_14);
    if (var_10) {
        wp::adj_mul(var_5, var_12, adj_5, adj_12, adj_13);
        // adj: r = r * -1.0                                                                  <L 69>
    }
    wp::adj_extract(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: if r[3] < 0.0:                                                                    <L 68>
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    wp::adj_quat_inverse(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: r = wp.quat_inverse(a[i]) * b[i]                                                  <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def relative_rotation(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), rel: wp.array(dtype=wp.quat), axis_angle: wp.array(dtype=wp.vec4)):  <L 65>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void relative_rotation_cd4e6807_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_relative_rotation_cd4e6807 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        relative_rotation_cd4e6807_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void relative_rotation_cd4e6807_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_relative_rotation_cd4e6807 *_wp_args,
    wp_args_relative_rotation_cd4e6807 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        relative_rotation_cd4e6807_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_blend_orientations_a80abf0f {
    wp::array_t<wp::quat_t<wp::float32>> a;
    wp::array_t<wp::quat_t<wp::float32>> b;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::quat_t<wp::float32>> out;
};


void blend_orientations_a80abf0f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_blend_orientations_a80abf0f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    const wp::int32 var_26 = 3;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    wp::quat_t<wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    wp::quat_t<wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    //---------
    // forward
    // def blend_orientations(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), out: wp.array(dtype=wp.quat)):       <L 80>
    // i = wp.tid()                                                                           <L 81>
    var_0 = builtin_tid1d();
    // qa = a[i]                                                                              <L 82>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qb = b[i]                                                                              <L 83>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = qa[0] * qb[0] + qa[1] * qb[1] + qa[2] * qb[2] + qa[3] * qb[3]                      <L 84>
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_15 = wp::extract(var_5, var_14);
    var_16 = wp::mul(var_13, var_15);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::extract(var_2, var_18);
    var_21 = wp::extract(var_5, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::add(var_17, var_22);
    var_25 = wp::extract(var_2, var_24);
    var_27 = wp::extract(var_5, var_26);
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_23, var_28);
    // if d < 0.0:                                                                            <L 85>
    var_31 = (var_29 < var_30);
    if (var_31) {
        // qb = -qb                                                                           <L 86>
        var_32 = wp::neg(var_5);
    }
    var_33 = wp::where(var_31, var_32, var_5);
    // t = weights[i]                                                                         <L 87>
    var_34 = wp::address(var_weights, var_0);
    var_36 = wp::load(var_34);
    var_35 = wp::copy(var_36);
    // out[i] = wp.normalize(qa * (1.0 - t) + qb * t)                                         <L 88>
    var_38 = wp::sub(var_37, var_35);
    var_39 = wp::mul(var_2, var_38);
    var_40 = wp::mul(var_33, var_35);
    var_41 = wp::add(var_39, var_40);
    var_42 = wp::normalize(var_41);
    wp::array_store(var_out, var_0, var_42);
}



void blend_orientations_a80abf0f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_blend_orientations_a80abf0f *_wp_args,
    wp_args_blend_orientations_a80abf0f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::quat_t<wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::quat_t<wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::quat_t<wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    const wp::int32 var_26 = 3;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    wp::quat_t<wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    wp::quat_t<wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::quat_t<wp::float32> adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::quat_t<wp::float32> adj_39 = {};
    wp::quat_t<wp::float32> adj_40 = {};
    wp::quat_t<wp::float32> adj_41 = {};
    wp::quat_t<wp::float32> adj_42 = {};
    //---------
    // forward
    // def blend_orientations(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), out: wp.array(dtype=wp.quat)):       <L 80>
    // i = wp.tid()                                                                           <L 81>
    var_0 = builtin_tid1d();
    // qa = a[i]                                                                              <L 82>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qb = b[i]                                                                              <L 83>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = qa[0] * qb[0] + qa[1] * qb[1] + qa[2] * qb[2] + qa[3] * qb[3]                      <L 84>
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_15 = wp::extract(var_5, var_14);
    var_16 = wp::mul(var_13, var_15);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::extract(var_2, var_18);
    var_21 = wp::extract(var_5, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::add(var_17, var_22);
    var_25 = wp::extract(var_2, var_24);
    var_27 = wp::extract(var_5, var_26);
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_23, var_28);
    // if d < 0.0:                                                                            <L 85>
    var_31 = (var_29 < var_30);
    if (var_31) {
        // qb = -qb                                                                           <L 86>
        var_32 = wp::neg(var_5);
    }
    var_33 = wp::where(var_31, var_32, var_5);
    // t = weights[i]                                                                         <L 87>
    var_34 = wp::address(var_weights, var_0);
    var_36 = wp::load(var_34);
    var_35 = wp::copy(var_36);
    // out[i] = wp.normalize(qa * (1.0 - t) + qb * t)                                         <L 88>
    var_38 = wp::sub(var_37, var_35);
    var_39 = wp::mul(var_2, var_38);
    var_40 = wp::mul(var_33, var_35);
    var_41 = wp::add(var_39, var_40);
    var_42 = wp::normalize(var_41);
    // wp::array_store(var_out, var_0, var_42);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_42, adj_out, adj_0, adj_42);
    wp::adj_normalize(var_41, adj_41, adj_42);
    wp::adj_add(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_mul(var_33, var_35, adj_33, adj_35, adj_40);
    wp::adj_mul(var_2, var_38, adj_2, adj_38, adj_39);
    wp::adj_sub(var_37, var_35, adj_37, adj_35, adj_38);
    // adj: out[i] = wp.normalize(qa * (1.0 - t) + qb * t)                                    <L 88>
    wp::adj_copy(var_36, adj_34, adj_35);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_34);
    // adj: t = weights[i]                                                                    <L 87>
    wp::adj_where(var_31, var_32, var_5, adj_31, adj_32, adj_5, adj_33);
    if (var_31) {
        wp::adj_neg(var_5, adj_5, adj_32);
        // adj: qb = -qb                                                                      <L 86>
    }
    // adj: if d < 0.0:                                                                       <L 85>
    wp::adj_add(var_23, var_28, adj_23, adj_28, adj_29);
    wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_extract(var_5, var_26, adj_5, adj_26, adj_27);
    wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
    wp::adj_add(var_17, var_22, adj_17, adj_22, adj_23);
    wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_extract(var_5, var_20, adj_5, adj_20, adj_21);
    wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_extract(var_5, var_14, adj_5, adj_14, adj_15);
    wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_extract(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: d = qa[0] * qb[0] + qa[1] * qb[1] + qa[2] * qb[2] + qa[3] * qb[3]                 <L 84>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: qb = b[i]                                                                         <L 83>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: qa = a[i]                                                                         <L 82>
    // adj: i = wp.tid()                                                                      <L 81>
    // adj: def blend_orientations(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), out: wp.array(dtype=wp.quat)):  <L 80>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void blend_orientations_a80abf0f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_blend_orientations_a80abf0f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        blend_orientations_a80abf0f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void blend_orientations_a80abf0f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_blend_orientations_a80abf0f *_wp_args,
    wp_args_blend_orientations_a80abf0f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        blend_orientations_a80abf0f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

