
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


// corpus/071_quat_pose_blending.py:4
static wp::float32 quat_dot_0(
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
    //---------
    // forward
    // def quat_dot(a: wp.quat, b: wp.quat) -> float:                                         <L 5>
    // return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]                           <L 6>
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
    return var_22;
}


// corpus/071_quat_pose_blending.py:9
static wp::quat_t<wp::float32> nlerp_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::quat_t<wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    //---------
    // forward
    // def nlerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                                <L 10>
    // bb = b                                                                                 <L 11>
    var_0 = wp::copy(var_b);
    // if quat_dot(a, b) < 0.0:                                                               <L 12>
    var_1 = quat_dot_0(var_a, var_b);
    var_3 = (var_1 < var_2);
    if (var_3) {
        // bb = -b                                                                            <L 13>
        var_4 = wp::neg(var_b);
    }
    var_5 = wp::where(var_3, var_4, var_0);
    // return wp.normalize(a * (1.0 - t) + bb * t)                                            <L 14>
    var_7 = wp::sub(var_6, var_t);
    var_8 = wp::mul(var_a, var_7);
    var_9 = wp::mul(var_5, var_t);
    var_10 = wp::add(var_8, var_9);
    var_11 = wp::normalize(var_10);
    return var_11;
}


// corpus/071_quat_pose_blending.py:17
static wp::quat_t<wp::float32> slerp_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::quat_t<wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::quat_t<wp::float32> var_5;
    wp::float32 var_6;
    wp::quat_t<wp::float32> var_7;
    const wp::float32 var_8 = 0.9995;
    bool var_9;
    wp::quat_t<wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::quat_t<wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    //---------
    // forward
    // def slerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                                <L 18>
    // d = quat_dot(a, b)                                                                     <L 19>
    var_0 = quat_dot_0(var_a, var_b);
    // bb = b                                                                                 <L 20>
    var_1 = wp::copy(var_b);
    // if d < 0.0:                                                                            <L 21>
    var_3 = (var_0 < var_2);
    if (var_3) {
        // d = -d                                                                             <L 22>
        var_4 = wp::neg(var_0);
        // bb = -b                                                                            <L 23>
        var_5 = wp::neg(var_b);
    }
    var_6 = wp::where(var_3, var_4, var_0);
    var_7 = wp::where(var_3, var_5, var_1);
    // if d > 0.9995:                                                                         <L 24>
    var_9 = (var_6 > var_8);
    if (var_9) {
        // return nlerp(a, bb, t)                                                             <L 25>
        var_10 = nlerp_0(var_a, var_7, var_t);
        return var_10;
    }
    // theta = wp.acos(d)                                                                     <L 26>
    var_11 = wp::acos(var_6);
    // s = wp.sin(theta)                                                                      <L 27>
    var_12 = wp::sin(var_11);
    // wa = wp.sin((1.0 - t) * theta) / s                                                     <L 28>
    var_14 = wp::sub(var_13, var_t);
    var_15 = wp::mul(var_14, var_11);
    var_16 = wp::sin(var_15);
    var_17 = wp::div(var_16, var_12);
    // wb = wp.sin(t * theta) / s                                                             <L 29>
    var_18 = wp::mul(var_t, var_11);
    var_19 = wp::sin(var_18);
    var_20 = wp::div(var_19, var_12);
    // return a * wa + bb * wb                                                                <L 30>
    var_21 = wp::mul(var_a, var_17);
    var_22 = wp::mul(var_7, var_20);
    var_23 = wp::add(var_21, var_22);
    return var_23;
}


// corpus/071_quat_pose_blending.py:33
static wp::vec_t<3, wp::float32> quat_log_0(
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
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-08;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def quat_log(q: wp.quat) -> wp.vec3:                                                   <L 34>
    // v = wp.vec3(q[0], q[1], q[2])                                                          <L 35>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // s = wp.length(v)                                                                       <L 36>
    var_7 = wp::length(var_6);
    // if s < 1.0e-8:                                                                         <L 37>
    var_9 = (var_7 < var_8);
    if (var_9) {
        // return wp.vec3()                                                                   <L 38>
        var_10 = wp::vec_t<3, wp::float32>();
        return var_10;
    }
    // angle = wp.atan2(s, q[3])                                                              <L 39>
    var_12 = wp::extract(var_q, var_11);
    var_13 = wp::atan2(var_7, var_12);
    // return v * (angle / s)                                                                 <L 40>
    var_14 = wp::div(var_13, var_7);
    var_15 = wp::mul(var_6, var_14);
    return var_15;
}


// corpus/071_quat_pose_blending.py:43
static wp::quat_t<wp::float32> quat_exp_0(
    wp::vec_t<3, wp::float32> var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-08;
    bool var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::quat_t<wp::float32> var_7;
    //---------
    // forward
    // def quat_exp(w: wp.vec3) -> wp.quat:                                                   <L 44>
    // angle = wp.length(w)                                                                   <L 45>
    var_0 = wp::length(var_w);
    // if angle < 1.0e-8:                                                                     <L 46>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.quat_identity()                                                          <L 47>
        var_3 = wp::quat_identity<wp::float32>();
        return var_3;
    }
    // axis = w / angle                                                                       <L 48>
    var_4 = wp::div(var_w, var_0);
    // return wp.quat_from_axis_angle(axis, 2.0 * angle)                                      <L 49>
    var_6 = wp::mul(var_5, var_0);
    var_7 = wp::quat_from_axis_angle(var_4, var_6);
    return var_7;
}


// corpus/071_quat_pose_blending.py:4
static void adj_quat_dot_0(
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
    //---------
    // forward
    // def quat_dot(a: wp.quat, b: wp.quat) -> float:                                         <L 5>
    // return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]                           <L 6>
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
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
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
    // adj: return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]                      <L 6>
    // adj: def quat_dot(a: wp.quat, b: wp.quat) -> float:                                    <L 5>
    return;
}


// corpus/071_quat_pose_blending.py:9
static void adj_nlerp_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b,
    wp::float32 var_t,
    wp::quat_t<wp::float32> & adj_a,
    wp::quat_t<wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::quat_t<wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    //---------
    // forward
    // def nlerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                                <L 10>
    // bb = b                                                                                 <L 11>
    var_0 = wp::copy(var_b);
    // if quat_dot(a, b) < 0.0:                                                               <L 12>
    var_1 = quat_dot_0(var_a, var_b);
    var_3 = (var_1 < var_2);
    if (var_3) {
        // bb = -b                                                                            <L 13>
        var_4 = wp::neg(var_b);
    }
    var_5 = wp::where(var_3, var_4, var_0);
    // return wp.normalize(a * (1.0 - t) + bb * t)                                            <L 14>
    var_7 = wp::sub(var_6, var_t);
    var_8 = wp::mul(var_a, var_7);
    var_9 = wp::mul(var_5, var_t);
    var_10 = wp::add(var_8, var_9);
    var_11 = wp::normalize(var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_normalize(var_10, adj_10, adj_11);
    wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_5, var_t, adj_5, adj_t, adj_9);
    wp::adj_mul(var_a, var_7, adj_a, adj_7, adj_8);
    wp::adj_sub(var_6, var_t, adj_6, adj_t, adj_7);
    // adj: return wp.normalize(a * (1.0 - t) + bb * t)                                       <L 14>
    wp::adj_where(var_3, var_4, var_0, adj_3, adj_4, adj_0, adj_5);
    if (var_3) {
        wp::adj_neg(var_b, adj_b, adj_4);
        // adj: bb = -b                                                                       <L 13>
    }
    adj_quat_dot_0(var_a, var_b, adj_a, adj_b, adj_1);
    // adj: if quat_dot(a, b) < 0.0:                                                          <L 12>
    wp::adj_copy(var_b, adj_b, adj_0);
    // adj: bb = b                                                                            <L 11>
    // adj: def nlerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                           <L 10>
    return;
}


// corpus/071_quat_pose_blending.py:17
static void adj_slerp_0(
    wp::quat_t<wp::float32> var_a,
    wp::quat_t<wp::float32> var_b,
    wp::float32 var_t,
    wp::quat_t<wp::float32> & adj_a,
    wp::quat_t<wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::quat_t<wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::quat_t<wp::float32> var_5;
    wp::float32 var_6;
    wp::quat_t<wp::float32> var_7;
    const wp::float32 var_8 = 0.9995;
    bool var_9;
    wp::quat_t<wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::quat_t<wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::quat_t<wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::quat_t<wp::float32> adj_23 = {};
    //---------
    // forward
    // def slerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                                <L 18>
    // d = quat_dot(a, b)                                                                     <L 19>
    var_0 = quat_dot_0(var_a, var_b);
    // bb = b                                                                                 <L 20>
    var_1 = wp::copy(var_b);
    // if d < 0.0:                                                                            <L 21>
    var_3 = (var_0 < var_2);
    if (var_3) {
        // d = -d                                                                             <L 22>
        var_4 = wp::neg(var_0);
        // bb = -b                                                                            <L 23>
        var_5 = wp::neg(var_b);
    }
    var_6 = wp::where(var_3, var_4, var_0);
    var_7 = wp::where(var_3, var_5, var_1);
    // if d > 0.9995:                                                                         <L 24>
    var_9 = (var_6 > var_8);
    if (var_9) {
        // return nlerp(a, bb, t)                                                             <L 25>
        var_10 = nlerp_0(var_a, var_7, var_t);
        goto label0;
    }
    // theta = wp.acos(d)                                                                     <L 26>
    var_11 = wp::acos(var_6);
    // s = wp.sin(theta)                                                                      <L 27>
    var_12 = wp::sin(var_11);
    // wa = wp.sin((1.0 - t) * theta) / s                                                     <L 28>
    var_14 = wp::sub(var_13, var_t);
    var_15 = wp::mul(var_14, var_11);
    var_16 = wp::sin(var_15);
    var_17 = wp::div(var_16, var_12);
    // wb = wp.sin(t * theta) / s                                                             <L 29>
    var_18 = wp::mul(var_t, var_11);
    var_19 = wp::sin(var_18);
    var_20 = wp::div(var_19, var_12);
    // return a * wa + bb * wb                                                                <L 30>
    var_21 = wp::mul(var_a, var_17);
    var_22 = wp::mul(var_7, var_20);
    var_23 = wp::add(var_21, var_22);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_23 += adj_ret;
    wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_mul(var_7, var_20, adj_7, adj_20, adj_22);
    wp::adj_mul(var_a, var_17, adj_a, adj_17, adj_21);
    // adj: return a * wa + bb * wb                                                           <L 30>
    wp::adj_div(var_19, var_12, var_20, adj_19, adj_12, adj_20);
    wp::adj_sin(var_18, adj_18, adj_19);
    wp::adj_mul(var_t, var_11, adj_t, adj_11, adj_18);
    // adj: wb = wp.sin(t * theta) / s                                                        <L 29>
    wp::adj_div(var_16, var_12, var_17, adj_16, adj_12, adj_17);
    wp::adj_sin(var_15, adj_15, adj_16);
    wp::adj_mul(var_14, var_11, adj_14, adj_11, adj_15);
    wp::adj_sub(var_13, var_t, adj_13, adj_t, adj_14);
    // adj: wa = wp.sin((1.0 - t) * theta) / s                                                <L 28>
    wp::adj_sin(var_11, adj_11, adj_12);
    // adj: s = wp.sin(theta)                                                                 <L 27>
    wp::adj_acos(var_6, adj_6, adj_11);
    // adj: theta = wp.acos(d)                                                                <L 26>
    if (var_9) {
        label0:;
        adj_10 += adj_ret;
        adj_nlerp_0(var_a, var_7, var_t, adj_a, adj_7, adj_t, adj_10);
        // adj: return nlerp(a, bb, t)                                                        <L 25>
    }
    // adj: if d > 0.9995:                                                                    <L 24>
    wp::adj_where(var_3, var_5, var_1, adj_3, adj_5, adj_1, adj_7);
    wp::adj_where(var_3, var_4, var_0, adj_3, adj_4, adj_0, adj_6);
    if (var_3) {
        wp::adj_neg(var_b, adj_b, adj_5);
        // adj: bb = -b                                                                       <L 23>
        wp::adj_neg(var_0, adj_0, adj_4);
        // adj: d = -d                                                                        <L 22>
    }
    // adj: if d < 0.0:                                                                       <L 21>
    wp::adj_copy(var_b, adj_b, adj_1);
    // adj: bb = b                                                                            <L 20>
    adj_quat_dot_0(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: d = quat_dot(a, b)                                                                <L 19>
    // adj: def slerp(a: wp.quat, b: wp.quat, t: float) -> wp.quat:                           <L 18>
    return;
}


// corpus/071_quat_pose_blending.py:33
static void adj_quat_log_0(
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
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-08;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def quat_log(q: wp.quat) -> wp.vec3:                                                   <L 34>
    // v = wp.vec3(q[0], q[1], q[2])                                                          <L 35>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // s = wp.length(v)                                                                       <L 36>
    var_7 = wp::length(var_6);
    // if s < 1.0e-8:                                                                         <L 37>
    var_9 = (var_7 < var_8);
    if (var_9) {
        // return wp.vec3()                                                                   <L 38>
        var_10 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // angle = wp.atan2(s, q[3])                                                              <L 39>
    var_12 = wp::extract(var_q, var_11);
    var_13 = wp::atan2(var_7, var_12);
    // return v * (angle / s)                                                                 <L 40>
    var_14 = wp::div(var_13, var_7);
    var_15 = wp::mul(var_6, var_14);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_15 += adj_ret;
    wp::adj_mul(var_6, var_14, adj_6, adj_14, adj_15);
    wp::adj_div(var_13, var_7, var_14, adj_13, adj_7, adj_14);
    // adj: return v * (angle / s)                                                            <L 40>
    wp::adj_atan2(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_extract(var_q, var_11, adj_q, adj_11, adj_12);
    // adj: angle = wp.atan2(s, q[3])                                                         <L 39>
    if (var_9) {
        label0:;
        adj_10 += adj_ret;
        // adj: return wp.vec3()                                                              <L 38>
    }
    // adj: if s < 1.0e-8:                                                                    <L 37>
    wp::adj_length(var_6, var_7, adj_6, adj_7);
    // adj: s = wp.length(v)                                                                  <L 36>
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: v = wp.vec3(q[0], q[1], q[2])                                                     <L 35>
    // adj: def quat_log(q: wp.quat) -> wp.vec3:                                              <L 34>
    return;
}


// corpus/071_quat_pose_blending.py:43
static void adj_quat_exp_0(
    wp::vec_t<3, wp::float32> var_w,
    wp::vec_t<3, wp::float32> & adj_w,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-08;
    bool var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::quat_t<wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    //---------
    // forward
    // def quat_exp(w: wp.vec3) -> wp.quat:                                                   <L 44>
    // angle = wp.length(w)                                                                   <L 45>
    var_0 = wp::length(var_w);
    // if angle < 1.0e-8:                                                                     <L 46>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.quat_identity()                                                          <L 47>
        var_3 = wp::quat_identity<wp::float32>();
        goto label0;
    }
    // axis = w / angle                                                                       <L 48>
    var_4 = wp::div(var_w, var_0);
    // return wp.quat_from_axis_angle(axis, 2.0 * angle)                                      <L 49>
    var_6 = wp::mul(var_5, var_0);
    var_7 = wp::quat_from_axis_angle(var_4, var_6);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_quat_from_axis_angle(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_mul(var_5, var_0, adj_5, adj_0, adj_6);
    // adj: return wp.quat_from_axis_angle(axis, 2.0 * angle)                                 <L 49>
    wp::adj_div(var_w, var_0, adj_w, adj_0, adj_4);
    // adj: axis = w / angle                                                                  <L 48>
    if (var_2) {
        label0:;
        adj_3 += adj_ret;
        // adj: return wp.quat_identity()                                                     <L 47>
    }
    // adj: if angle < 1.0e-8:                                                                <L 46>
    wp::adj_length(var_w, var_0, adj_w, adj_0);
    // adj: angle = wp.length(w)                                                              <L 45>
    // adj: def quat_exp(w: wp.vec3) -> wp.quat:                                              <L 44>
    return;
}

struct wp_args_blend_poses_6799445e {
    wp::array_t<wp::transform_t<wp::float32>> pose_a;
    wp::array_t<wp::transform_t<wp::float32>> pose_b;
    wp::array_t<wp::float32> weights;
    bool use_slerp;
    wp::array_t<wp::transform_t<wp::float32>> out;
};


void blend_poses_6799445e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_blend_poses_6799445e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_pose_a = _wp_args->pose_a;
    wp::array_t<wp::transform_t<wp::float32>> var_pose_b = _wp_args->pose_b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    bool var_use_slerp = _wp_args->use_slerp;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::transform_t<wp::float32>* var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::quat_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    //---------
    // forward
    // def blend_poses(                                                                       <L 53>
    // c, j = wp.tid()                                                                        <L 60>
    builtin_tid2d(var_0, var_1);
    // ta = pose_a[c, j]                                                                      <L 61>
    var_2 = wp::address(var_pose_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // tb = pose_b[c, j]                                                                      <L 62>
    var_5 = wp::address(var_pose_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[c]                                                                         <L 63>
    var_8 = wp::address(var_weights, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), w)       <L 64>
    var_11 = wp::transform_get_translation(var_3);
    var_12 = wp::transform_get_translation(var_6);
    var_13 = wp::lerp(var_11, var_12, var_9);
    // qa = wp.transform_get_rotation(ta)                                                     <L 65>
    var_14 = wp::transform_get_rotation(var_3);
    // qb = wp.transform_get_rotation(tb)                                                     <L 66>
    var_15 = wp::transform_get_rotation(var_6);
    // q = wp.quat_identity()                                                                 <L 67>
    var_16 = wp::quat_identity<wp::float32>();
    // if use_slerp:                                                                          <L 68>
    if (var_use_slerp) {
        // q = slerp(qa, qb, w)                                                               <L 69>
        var_17 = slerp_0(var_14, var_15, var_9);
    }
    var_18 = wp::where(var_use_slerp, var_17, var_16);
    if (!var_use_slerp) {
        // q = nlerp(qa, qb, w)                                                               <L 71>
        var_19 = nlerp_0(var_14, var_15, var_9);
    }
    var_20 = wp::where(var_use_slerp, var_18, var_19);
    // out[c, j] = wp.transform(p, q)                                                         <L 72>
    var_21 = wp::transform_t<wp::float32>(var_13, var_20);
    wp::array_store(var_out, var_0, var_1, var_21);
}



void blend_poses_6799445e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_blend_poses_6799445e *_wp_args,
    wp_args_blend_poses_6799445e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_pose_a = _wp_args->pose_a;
    wp::array_t<wp::transform_t<wp::float32>> var_pose_b = _wp_args->pose_b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    bool var_use_slerp = _wp_args->use_slerp;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float32>> adj_pose_a = _wp_adj_args->pose_a;
    wp::array_t<wp::transform_t<wp::float32>> adj_pose_b = _wp_adj_args->pose_b;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    bool adj_use_slerp = _wp_adj_args->use_slerp;
    wp::array_t<wp::transform_t<wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::transform_t<wp::float32>* var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::quat_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::transform_t<wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::quat_t<wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    //---------
    // forward
    // def blend_poses(                                                                       <L 53>
    // c, j = wp.tid()                                                                        <L 60>
    builtin_tid2d(var_0, var_1);
    // ta = pose_a[c, j]                                                                      <L 61>
    var_2 = wp::address(var_pose_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // tb = pose_b[c, j]                                                                      <L 62>
    var_5 = wp::address(var_pose_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[c]                                                                         <L 63>
    var_8 = wp::address(var_weights, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), w)       <L 64>
    var_11 = wp::transform_get_translation(var_3);
    var_12 = wp::transform_get_translation(var_6);
    var_13 = wp::lerp(var_11, var_12, var_9);
    // qa = wp.transform_get_rotation(ta)                                                     <L 65>
    var_14 = wp::transform_get_rotation(var_3);
    // qb = wp.transform_get_rotation(tb)                                                     <L 66>
    var_15 = wp::transform_get_rotation(var_6);
    // q = wp.quat_identity()                                                                 <L 67>
    var_16 = wp::quat_identity<wp::float32>();
    // if use_slerp:                                                                          <L 68>
    if (var_use_slerp) {
        // q = slerp(qa, qb, w)                                                               <L 69>
        var_17 = slerp_0(var_14, var_15, var_9);
    }
    var_18 = wp::where(var_use_slerp, var_17, var_16);
    if (!var_use_slerp) {
        // q = nlerp(qa, qb, w)                                                               <L 71>
        var_19 = nlerp_0(var_14, var_15, var_9);
    }
    var_20 = wp::where(var_use_slerp, var_18, var_19);
    // out[c, j] = wp.transform(p, q)                                                         <L 72>
    var_21 = wp::transform_t<wp::float32>(var_13, var_20);
    // wp::array_store(var_out, var_0, var_1, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_21, adj_out, adj_0, adj_1, adj_21);
    wp::adj_transform_t(var_13, var_20, adj_13, adj_20, adj_21);
    // adj: out[c, j] = wp.transform(p, q)                                                    <L 72>
    wp::adj_where(var_use_slerp, var_18, var_19, adj_use_slerp, adj_18, adj_19, adj_20);
    if (!var_use_slerp) {
        adj_nlerp_0(var_14, var_15, var_9, adj_14, adj_15, adj_9, adj_19);
        // adj: q = nlerp(qa, qb, w)                                                          <L 71>
    }
    wp::adj_where(var_use_slerp, var_17, var_16, adj_use_slerp, adj_17, adj_16, adj_18);
    if (var_use_slerp) {
        adj_slerp_0(var_14, var_15, var_9, adj_14, adj_15, adj_9, adj_17);
        // adj: q = slerp(qa, qb, w)                                                          <L 69>
    }
    // adj: if use_slerp:                                                                     <L 68>
    // adj: q = wp.quat_identity()                                                            <L 67>
    wp::adj_transform_get_rotation(var_6, adj_6, adj_15);
    // adj: qb = wp.transform_get_rotation(tb)                                                <L 66>
    wp::adj_transform_get_rotation(var_3, adj_3, adj_14);
    // adj: qa = wp.transform_get_rotation(ta)                                                <L 65>
    wp::adj_lerp(var_11, var_12, var_9, adj_11, adj_12, adj_9, adj_13);
    wp::adj_transform_get_translation(var_6, adj_6, adj_12);
    wp::adj_transform_get_translation(var_3, adj_3, adj_11);
    // adj: p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), w)  <L 64>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_8);
    // adj: w = weights[c]                                                                    <L 63>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_pose_b, var_0, var_1, adj_pose_b, adj_0, adj_1, adj_5);
    // adj: tb = pose_b[c, j]                                                                 <L 62>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_pose_a, var_0, var_1, adj_pose_a, adj_0, adj_1, adj_2);
    // adj: ta = pose_a[c, j]                                                                 <L 61>
    // adj: c, j = wp.tid()                                                                   <L 60>
    // adj: def blend_poses(                                                                  <L 53>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void blend_poses_6799445e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_blend_poses_6799445e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        blend_poses_6799445e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void blend_poses_6799445e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_blend_poses_6799445e *_wp_args,
    wp_args_blend_poses_6799445e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        blend_poses_6799445e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_average_rotations_87745147 {
    wp::array_t<wp::quat_t<wp::float32>> rots;
    wp::int32 iterations;
    wp::array_t<wp::quat_t<wp::float32>> mean;
};


void average_rotations_87745147_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_average_rotations_87745147 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::array_t<wp::quat_t<wp::float32>> var_mean = _wp_args->mean;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32>* var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32>* var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::quat_t<wp::float32>* var_20;
    wp::quat_t<wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-07;
    bool var_32;
    wp::quat_t<wp::float32> var_33;
    //---------
    // forward
    // def average_rotations(rots: wp.array2d(dtype=wp.quat), iterations: int, mean: wp.array(dtype=wp.quat)):       <L 76>
    // r = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // n = rots.shape[1]                                                                      <L 78>
    var_1 = &(var_rots.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // m = rots[r, 0]                                                                         <L 79>
    var_6 = wp::address(var_rots, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // for it in range(iterations):                                                           <L 80>
    var_9 = wp::range(var_iterations);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // acc = wp.vec3()                                                                    <L 81>
        var_11 = wp::vec_t<3, wp::float32>();
        // for k in range(n):                                                                 <L 82>
        var_12 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // acc += quat_log(wp.quat_inverse(m) * rots[r, k])                               <L 83>
            var_14 = wp::quat_inverse(var_7);
            var_15 = wp::address(var_rots, var_0, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::mul(var_14, var_17);
            var_18 = quat_log_0(var_16);
            var_19 = wp::quat_inverse(var_7);
            var_20 = wp::address(var_rots, var_0, var_13);
            var_22 = wp::load(var_20);
            var_21 = wp::mul(var_19, var_22);
            var_23 = quat_log_0(var_21);
            var_24 = wp::add(var_11, var_23);
            wp::assign(var_11, var_24);
            goto start_for_2;
        end_for_2:;
        // acc = acc / float(n)                                                               <L 84>
        var_25 = wp::float(var_3);
        var_26 = wp::div(var_11, var_25);
        // m = wp.normalize(m * quat_exp(acc))                                                <L 85>
        var_27 = quat_exp_0(var_26);
        var_28 = wp::mul(var_7, var_27);
        var_29 = wp::normalize(var_28);
        // if wp.length(acc) < 1.0e-7:                                                        <L 86>
        var_30 = wp::length(var_26);
        var_32 = (var_30 < var_31);
        if (var_32) {
            // break                                                                          <L 87>
            wp::assign(var_7, var_29);
            goto end_for_0;
        }
        var_33 = wp::where(var_32, var_7, var_29);
        wp::assign(var_7, var_33);
        goto start_for_0;
    end_for_0:;
    // mean[r] = m                                                                            <L 88>
    wp::array_store(var_mean, var_0, var_7);
}



void average_rotations_87745147_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_average_rotations_87745147 *_wp_args,
    wp_args_average_rotations_87745147 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::array_t<wp::quat_t<wp::float32>> var_mean = _wp_args->mean;
    wp::array_t<wp::quat_t<wp::float32>> adj_rots = _wp_adj_args->rots;
    wp::int32 adj_iterations = _wp_adj_args->iterations;
    wp::array_t<wp::quat_t<wp::float32>> adj_mean = _wp_adj_args->mean;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32>* var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32>* var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::quat_t<wp::float32>* var_20;
    wp::quat_t<wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-07;
    bool var_32;
    wp::quat_t<wp::float32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::quat_t<wp::float32> adj_20 = {};
    wp::quat_t<wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::quat_t<wp::float32> adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    //---------
    // forward
    // def average_rotations(rots: wp.array2d(dtype=wp.quat), iterations: int, mean: wp.array(dtype=wp.quat)):       <L 76>
    // r = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // n = rots.shape[1]                                                                      <L 78>
    var_1 = &(var_rots.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // m = rots[r, 0]                                                                         <L 79>
    var_6 = wp::address(var_rots, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // for it in range(iterations):                                                           <L 80>
    var_9 = wp::range(var_iterations);
    // mean[r] = m                                                                            <L 88>
    // wp::array_store(var_mean, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_mean, var_0, var_7, adj_mean, adj_0, adj_7);
    // adj: mean[r] = m                                                                       <L 88>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
        // acc = wp.vec3()                                                                    <L 81>
        var_11 = wp::vec_t<3, wp::float32>();
        // for k in range(n):                                                                 <L 82>
        var_12 = wp::range(var_3);
        // acc = acc / float(n)                                                               <L 84>
        var_25 = wp::float(var_3);
        var_26 = wp::div(var_11, var_25);
        // m = wp.normalize(m * quat_exp(acc))                                                <L 85>
        var_27 = quat_exp_0(var_26);
        var_28 = wp::mul(var_7, var_27);
        var_29 = wp::normalize(var_28);
        // if wp.length(acc) < 1.0e-7:                                                        <L 86>
        var_30 = wp::length(var_26);
        var_32 = (var_30 < var_31);
        if (var_32) {
            // break                                                                          <L 87>
            wp::assign(var_7, var_29);
            goto end_for_0;
        }
        var_33 = wp::where(var_32, var_7, var_29);
        wp::assign(var_7, var_33);
        wp::adj_assign(var_7, var_33, adj_7, adj_33);
        wp::adj_where(var_32, var_7, var_29, adj_32, adj_7, adj_29, adj_33);
        if (var_32) {
            wp::adj_assign(var_7, var_29, adj_7, adj_29);
            // adj: break                                                                     <L 87>
        }
        wp::adj_length(var_26, var_30, adj_26, adj_30);
        // adj: if wp.length(acc) < 1.0e-7:                                                   <L 86>
        wp::adj_normalize(var_28, adj_28, adj_29);
        wp::adj_mul(var_7, var_27, adj_7, adj_27, adj_28);
        adj_quat_exp_0(var_26, adj_26, adj_27);
        // adj: m = wp.normalize(m * quat_exp(acc))                                           <L 85>
        wp::adj_div(var_11, var_25, adj_11, adj_25, adj_26);
        wp::adj_float(var_3, adj_3, adj_25);
        // adj: acc = acc / float(n)                                                          <L 84>
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
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
            // acc += quat_log(wp.quat_inverse(m) * rots[r, k])                               <L 83>
            var_14 = wp::quat_inverse(var_7);
            var_15 = wp::address(var_rots, var_0, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::mul(var_14, var_17);
            var_18 = quat_log_0(var_16);
            var_19 = wp::quat_inverse(var_7);
            var_20 = wp::address(var_rots, var_0, var_13);
            var_22 = wp::load(var_20);
            var_21 = wp::mul(var_19, var_22);
            var_23 = quat_log_0(var_21);
            var_24 = wp::add(var_11, var_23);
            wp::assign(var_11, var_24);
            wp::adj_assign(var_11, var_24, adj_11, adj_24);
            wp::adj_add(var_11, var_23, adj_11, adj_23, adj_24);
            adj_quat_log_0(var_21, adj_21, adj_23);
            wp::adj_mul(var_19, var_22, adj_19, adj_20, adj_21);
            wp::adj_address(var_rots, var_0, var_13, adj_rots, adj_0, adj_13, adj_20);
            wp::adj_quat_inverse(var_7, adj_7, adj_19);
            adj_quat_log_0(var_16, adj_16, adj_18);
            wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
            wp::adj_address(var_rots, var_0, var_13, adj_rots, adj_0, adj_13, adj_15);
            wp::adj_quat_inverse(var_7, adj_7, adj_14);
            // adj: acc += quat_log(wp.quat_inverse(m) * rots[r, k])                          <L 83>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_3, adj_3, adj_12);
        // adj: for k in range(n):                                                            <L 82>
        // adj: acc = wp.vec3()                                                               <L 81>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_iterations, adj_iterations, adj_9);
    // adj: for it in range(iterations):                                                      <L 80>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_rots, var_0, var_5, adj_rots, adj_0, adj_5, adj_6);
    // adj: m = rots[r, 0]                                                                    <L 79>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_rots.shape = adj_1;
    // adj: n = rots.shape[1]                                                                 <L 78>
    // adj: r = wp.tid()                                                                      <L 77>
    // adj: def average_rotations(rots: wp.array2d(dtype=wp.quat), iterations: int, mean: wp.array(dtype=wp.quat)):  <L 76>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void average_rotations_87745147_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_average_rotations_87745147 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        average_rotations_87745147_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void average_rotations_87745147_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_average_rotations_87745147 *_wp_args,
    wp_args_average_rotations_87745147 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        average_rotations_87745147_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_angular_velocity_from_quats_b4567496 {
    wp::array_t<wp::quat_t<wp::float32>> q0;
    wp::array_t<wp::quat_t<wp::float32>> q1;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
};


void angular_velocity_from_quats_b4567496_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q0 = _wp_args->q0;
    wp::array_t<wp::quat_t<wp::float32>> var_q1 = _wp_args->q1;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def angular_velocity_from_quats(q0: wp.array(dtype=wp.quat), q1: wp.array(dtype=wp.quat), dt: float, omega: wp.array(dtype=wp.vec3)):       <L 92>
    // i = wp.tid()                                                                           <L 93>
    var_0 = builtin_tid1d();
    // dq = q1[i] * wp.quat_inverse(q0[i])                                                    <L 94>
    var_1 = wp::address(var_q1, var_0);
    var_2 = wp::address(var_q0, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::quat_inverse(var_4);
    var_6 = wp::load(var_1);
    var_5 = wp::mul(var_6, var_3);
    // if dq[3] < 0.0:                                                                        <L 95>
    var_8 = wp::extract(var_5, var_7);
    var_10 = (var_8 < var_9);
    if (var_10) {
        // dq = -dq                                                                           <L 96>
        var_11 = wp::neg(var_5);
    }
    var_12 = wp::where(var_10, var_11, var_5);
    // omega[i] = quat_log(dq) * (2.0 / dt)                                                   <L 97>
    var_13 = quat_log_0(var_12);
    var_15 = wp::div(var_14, var_dt);
    var_16 = wp::mul(var_13, var_15);
    wp::array_store(var_omega, var_0, var_16);
}



void angular_velocity_from_quats_b4567496_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_args,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q0 = _wp_args->q0;
    wp::array_t<wp::quat_t<wp::float32>> var_q1 = _wp_args->q1;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::quat_t<wp::float32>> adj_q0 = _wp_adj_args->q0;
    wp::array_t<wp::quat_t<wp::float32>> adj_q1 = _wp_adj_args->q1;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
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
    wp::quat_t<wp::float32> adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def angular_velocity_from_quats(q0: wp.array(dtype=wp.quat), q1: wp.array(dtype=wp.quat), dt: float, omega: wp.array(dtype=wp.vec3)):       <L 92>
    // i = wp.tid()                                                                           <L 93>
    var_0 = builtin_tid1d();
    // dq = q1[i] * wp.quat_inverse(q0[i])                                                    <L 94>
    var_1 = wp::address(var_q1, var_0);
    var_2 = wp::address(var_q0, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::quat_inverse(var_4);
    var_6 = wp::load(var_1);
    var_5 = wp::mul(var_6, var_3);
    // if dq[3] < 0.0:                                                                        <L 95>
    var_8 = wp::extract(var_5, var_7);
    var_10 = (var_8 < var_9);
    if (var_10) {
        // dq = -dq                                                                           <L 96>
        var_11 = wp::neg(var_5);
    }
    var_12 = wp::where(var_10, var_11, var_5);
    // omega[i] = quat_log(dq) * (2.0 / dt)                                                   <L 97>
    var_13 = quat_log_0(var_12);
    var_15 = wp::div(var_14, var_dt);
    var_16 = wp::mul(var_13, var_15);
    // wp::array_store(var_omega, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_omega, var_0, var_16, adj_omega, adj_0, adj_16);
    wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_div(var_14, var_dt, var_15, adj_14, adj_dt, adj_15);
    adj_quat_log_0(var_12, adj_12, adj_13);
    // adj: omega[i] = quat_log(dq) * (2.0 / dt)                                              <L 97>
    wp::adj_where(var_10, var_11, var_5, adj_10, adj_11, adj_5, adj_12);
    if (var_10) {
        wp::adj_neg(var_5, adj_5, adj_11);
        // adj: dq = -dq                                                                      <L 96>
    }
    wp::adj_extract(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: if dq[3] < 0.0:                                                                   <L 95>
    wp::adj_mul(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_quat_inverse(var_4, adj_2, adj_3);
    wp::adj_address(var_q0, var_0, adj_q0, adj_0, adj_2);
    wp::adj_address(var_q1, var_0, adj_q1, adj_0, adj_1);
    // adj: dq = q1[i] * wp.quat_inverse(q0[i])                                               <L 94>
    // adj: i = wp.tid()                                                                      <L 93>
    // adj: def angular_velocity_from_quats(q0: wp.array(dtype=wp.quat), q1: wp.array(dtype=wp.quat), dt: float, omega: wp.array(dtype=wp.vec3)):  <L 92>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void angular_velocity_from_quats_b4567496_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        angular_velocity_from_quats_b4567496_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void angular_velocity_from_quats_b4567496_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_args,
    wp_args_angular_velocity_from_quats_b4567496 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        angular_velocity_from_quats_b4567496_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

