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


// corpus/110_library_name_collision_quats.py:7
static wp::quat_t<wp::float32> quat_twist_1(
    wp::vec_t<3, wp::float32> var_axis,
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
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::vec_t<4, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-09;
    bool var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 8>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 9>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = axis * wp.dot(a, axis)                                                          <L 10>
    var_7 = wp::dot(var_6, var_axis);
    var_8 = wp::mul(var_axis, var_7);
    // t = wp.quat(proj[0], proj[1], proj[2], q[3])                                           <L 11>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    // l = wp.length(wp.vec4(t[0], t[1], t[2], t[3]))                                         <L 12>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::extract(var_17, var_22);
    var_25 = wp::extract(var_17, var_24);
    var_26 = wp::vec_t<4, wp::float32>(var_19, var_21, var_23, var_25);
    var_27 = wp::length(var_26);
    // if l < 1.0e-9:                                                                         <L 13>
    var_29 = (var_27 < var_28);
    if (var_29) {
        // return wp.quat_identity()                                                          <L 14>
        var_30 = wp::quat_identity<wp::float32>();
        return var_30;
    }
    // return t / l                                                                           <L 15>
    var_31 = wp::div(var_17, var_27);
    return var_31;
}


// corpus/110_library_name_collision_quats.py:18
static wp::vec_t<3, wp::float32> quat_to_rpy_1(
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
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat) -> wp.vec3:                                                <L 19>
    // x = q[0]                                                                               <L 20>
    var_1 = wp::extract(var_q, var_0);
    // y = q[1]                                                                               <L 21>
    var_3 = wp::extract(var_q, var_2);
    // z = q[2]                                                                               <L 22>
    var_5 = wp::extract(var_q, var_4);
    // w = q[3]                                                                               <L 23>
    var_7 = wp::extract(var_q, var_6);
    // roll = wp.atan2(2.0 * (w * x + y * z), 1.0 - 2.0 * (x * x + y * y))                    <L 24>
    var_9 = wp::mul(var_7, var_1);
    var_10 = wp::mul(var_3, var_5);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::mul(var_8, var_11);
    var_15 = wp::mul(var_1, var_1);
    var_16 = wp::mul(var_3, var_3);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::sub(var_13, var_18);
    var_20 = wp::atan2(var_12, var_19);
    // s = wp.clamp(2.0 * (w * y - z * x), -1.0, 1.0)                                         <L 25>
    var_22 = wp::mul(var_7, var_3);
    var_23 = wp::mul(var_5, var_1);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_21, var_24);
    var_28 = wp::clamp(var_25, var_26, var_27);
    // pitch = wp.asin(s)                                                                     <L 26>
    var_29 = wp::asin(var_28);
    // yaw = wp.atan2(2.0 * (w * z + x * y), 1.0 - 2.0 * (y * y + z * z))                     <L 27>
    var_31 = wp::mul(var_7, var_5);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_30, var_33);
    var_37 = wp::mul(var_3, var_3);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_36, var_39);
    var_41 = wp::sub(var_35, var_40);
    var_42 = wp::atan2(var_34, var_41);
    // return wp.vec3(roll, pitch, yaw)                                                       <L 28>
    var_43 = wp::vec_t<3, wp::float32>(var_20, var_29, var_42);
    return var_43;
}


// corpus/110_library_name_collision_quats.py:31
static wp::vec_t<3, wp::float32> quat_to_euler_1(
    wp::quat_t<wp::float32> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    const wp::int32 var_5 = 2;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                      <L 32>
    // if i == 0 and j == 1 and k == 2:                                                       <L 34>
    var_2 = (var_i == var_1);
    var_0 = var_2;
    if (var_0) {
        var_4 = (var_j == var_3);
        var_0 = var_0 && var_4;
    }
    if (var_0) {
        var_6 = (var_k == var_5);
        var_0 = var_0 && var_6;
    }
    if (var_0) {
        // return quat_to_rpy(q)                                                              <L 35>
        var_7 = quat_to_rpy_1(var_q);
        return var_7;
    }
    // r = quat_to_rpy(q)                                                                     <L 36>
    var_8 = quat_to_rpy_1(var_q);
    // return wp.vec3(r[2], r[1], r[0])                                                       <L 37>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    return var_15;
}


// corpus/110_library_name_collision_quats.py:40
static wp::vec_t<6, wp::float32> transform_wrench_1(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x)
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
    // def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 41>
    // q = wp.transform_get_rotation(t)                                                       <L 42>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 43>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 44>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x))                                            <L 45>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    // return wp.spatial_vector(w + wp.cross(p, v), v)                                        <L 46>
    var_6 = wp::cross(var_1, var_5);
    var_7 = wp::add(var_3, var_6);
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_5);
    return var_8;
}


// corpus/110_library_name_collision_quats.py:49
static wp::vec_t<6, wp::float32> transform_twist_1(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x)
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
    // def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 50>
    // q = wp.transform_get_rotation(t)                                                       <L 51>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 52>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 53>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                           <L 54>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 55>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    return var_8;
}


// corpus/110_library_name_collision_quats.py:7
static void adj_quat_twist_1(
    wp::vec_t<3, wp::float32> var_axis,
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::quat_t<wp::float32> & adj_q,
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
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::vec_t<4, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-09;
    bool var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<4, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::quat_t<wp::float32> adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 8>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 9>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = axis * wp.dot(a, axis)                                                          <L 10>
    var_7 = wp::dot(var_6, var_axis);
    var_8 = wp::mul(var_axis, var_7);
    // t = wp.quat(proj[0], proj[1], proj[2], q[3])                                           <L 11>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    // l = wp.length(wp.vec4(t[0], t[1], t[2], t[3]))                                         <L 12>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::extract(var_17, var_22);
    var_25 = wp::extract(var_17, var_24);
    var_26 = wp::vec_t<4, wp::float32>(var_19, var_21, var_23, var_25);
    var_27 = wp::length(var_26);
    // if l < 1.0e-9:                                                                         <L 13>
    var_29 = (var_27 < var_28);
    if (var_29) {
        // return wp.quat_identity()                                                          <L 14>
        var_30 = wp::quat_identity<wp::float32>();
        goto label0;
    }
    // return t / l                                                                           <L 15>
    var_31 = wp::div(var_17, var_27);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_31 += adj_ret;
    wp::adj_div(var_17, var_27, adj_17, adj_27, adj_31);
    // adj: return t / l                                                                      <L 15>
    if (var_29) {
        label0:;
        adj_30 += adj_ret;
        // adj: return wp.quat_identity()                                                     <L 14>
    }
    // adj: if l < 1.0e-9:                                                                    <L 13>
    wp::adj_length(var_26, var_27, adj_26, adj_27);
    wp::adj_vec_t(var_19, var_21, var_23, var_25, adj_19, adj_21, adj_23, adj_25, adj_26);
    wp::adj_extract(var_17, var_24, adj_17, adj_24, adj_25);
    wp::adj_extract(var_17, var_22, adj_17, adj_22, adj_23);
    wp::adj_extract(var_17, var_20, adj_17, adj_20, adj_21);
    wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_19);
    // adj: l = wp.length(wp.vec4(t[0], t[1], t[2], t[3]))                                    <L 12>
    wp::adj_quat_t(var_10, var_12, var_14, var_16, adj_10, adj_12, adj_14, adj_16, adj_17);
    wp::adj_extract(var_q, var_15, adj_q, adj_15, adj_16);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: t = wp.quat(proj[0], proj[1], proj[2], q[3])                                      <L 11>
    wp::adj_mul(var_axis, var_7, adj_axis, adj_7, adj_8);
    wp::adj_dot(var_6, var_axis, adj_6, adj_axis, adj_7);
    // adj: proj = axis * wp.dot(a, axis)                                                     <L 10>
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: a = wp.vec3(q[0], q[1], q[2])                                                     <L 9>
    // adj: def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                             <L 8>
    return;
}


// corpus/110_library_name_collision_quats.py:18
static void adj_quat_to_rpy_1(
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
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
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
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
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
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat) -> wp.vec3:                                                <L 19>
    // x = q[0]                                                                               <L 20>
    var_1 = wp::extract(var_q, var_0);
    // y = q[1]                                                                               <L 21>
    var_3 = wp::extract(var_q, var_2);
    // z = q[2]                                                                               <L 22>
    var_5 = wp::extract(var_q, var_4);
    // w = q[3]                                                                               <L 23>
    var_7 = wp::extract(var_q, var_6);
    // roll = wp.atan2(2.0 * (w * x + y * z), 1.0 - 2.0 * (x * x + y * y))                    <L 24>
    var_9 = wp::mul(var_7, var_1);
    var_10 = wp::mul(var_3, var_5);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::mul(var_8, var_11);
    var_15 = wp::mul(var_1, var_1);
    var_16 = wp::mul(var_3, var_3);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::sub(var_13, var_18);
    var_20 = wp::atan2(var_12, var_19);
    // s = wp.clamp(2.0 * (w * y - z * x), -1.0, 1.0)                                         <L 25>
    var_22 = wp::mul(var_7, var_3);
    var_23 = wp::mul(var_5, var_1);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_21, var_24);
    var_28 = wp::clamp(var_25, var_26, var_27);
    // pitch = wp.asin(s)                                                                     <L 26>
    var_29 = wp::asin(var_28);
    // yaw = wp.atan2(2.0 * (w * z + x * y), 1.0 - 2.0 * (y * y + z * z))                     <L 27>
    var_31 = wp::mul(var_7, var_5);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_30, var_33);
    var_37 = wp::mul(var_3, var_3);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_36, var_39);
    var_41 = wp::sub(var_35, var_40);
    var_42 = wp::atan2(var_34, var_41);
    // return wp.vec3(roll, pitch, yaw)                                                       <L 28>
    var_43 = wp::vec_t<3, wp::float32>(var_20, var_29, var_42);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_43 += adj_ret;
    wp::adj_vec_t(var_20, var_29, var_42, adj_20, adj_29, adj_42, adj_43);
    // adj: return wp.vec3(roll, pitch, yaw)                                                  <L 28>
    wp::adj_atan2(var_34, var_41, adj_34, adj_41, adj_42);
    wp::adj_sub(var_35, var_40, adj_35, adj_40, adj_41);
    wp::adj_mul(var_36, var_39, adj_36, adj_39, adj_40);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_38);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_37);
    wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_34);
    wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_32);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_31);
    // adj: yaw = wp.atan2(2.0 * (w * z + x * y), 1.0 - 2.0 * (y * y + z * z))                <L 27>
    wp::adj_asin(var_28, adj_28, adj_29);
    // adj: pitch = wp.asin(s)                                                                <L 26>
    wp::adj_clamp(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
    wp::adj_mul(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_sub(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_23);
    wp::adj_mul(var_7, var_3, adj_7, adj_3, adj_22);
    // adj: s = wp.clamp(2.0 * (w * y - z * x), -1.0, 1.0)                                    <L 25>
    wp::adj_atan2(var_12, var_19, adj_12, adj_19, adj_20);
    wp::adj_sub(var_13, var_18, adj_13, adj_18, adj_19);
    wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_16);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_15);
    wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_10);
    wp::adj_mul(var_7, var_1, adj_7, adj_1, adj_9);
    // adj: roll = wp.atan2(2.0 * (w * x + y * z), 1.0 - 2.0 * (x * x + y * y))               <L 24>
    wp::adj_extract(var_q, var_6, adj_q, adj_6, adj_7);
    // adj: w = q[3]                                                                          <L 23>
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    // adj: z = q[2]                                                                          <L 22>
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    // adj: y = q[1]                                                                          <L 21>
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: x = q[0]                                                                          <L 20>
    // adj: def quat_to_rpy(q: wp.quat) -> wp.vec3:                                           <L 19>
    return;
}


// corpus/110_library_name_collision_quats.py:31
static void adj_quat_to_euler_1(
    wp::quat_t<wp::float32> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::quat_t<wp::float32> & adj_q,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    const wp::int32 var_5 = 2;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                      <L 32>
    // if i == 0 and j == 1 and k == 2:                                                       <L 34>
    var_2 = (var_i == var_1);
    var_0 = var_2;
    if (var_0) {
        var_4 = (var_j == var_3);
        var_0 = var_0 && var_4;
    }
    if (var_0) {
        var_6 = (var_k == var_5);
        var_0 = var_0 && var_6;
    }
    if (var_0) {
        // return quat_to_rpy(q)                                                              <L 35>
        var_7 = quat_to_rpy_1(var_q);
        goto label0;
    }
    // r = quat_to_rpy(q)                                                                     <L 36>
    var_8 = quat_to_rpy_1(var_q);
    // return wp.vec3(r[2], r[1], r[0])                                                       <L 37>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_15 += adj_ret;
    wp::adj_vec_t(var_10, var_12, var_14, adj_10, adj_12, adj_14, adj_15);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: return wp.vec3(r[2], r[1], r[0])                                                  <L 37>
    adj_quat_to_rpy_1(var_q, adj_q, adj_8);
    // adj: r = quat_to_rpy(q)                                                                <L 36>
    if (var_0) {
        label0:;
        adj_7 += adj_ret;
        adj_quat_to_rpy_1(var_q, adj_q, adj_7);
        // adj: return quat_to_rpy(q)                                                         <L 35>
    }
    if (var_0) {
    }
    if (var_0) {
    }
    // adj: if i == 0 and j == 1 and k == 2:                                                  <L 34>
    // adj: def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                 <L 32>
    return;
}


// corpus/110_library_name_collision_quats.py:40
static void adj_transform_wrench_1(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_x,
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
    // def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 41>
    // q = wp.transform_get_rotation(t)                                                       <L 42>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 43>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 44>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x))                                            <L 45>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    // return wp.spatial_vector(w + wp.cross(p, v), v)                                        <L 46>
    var_6 = wp::cross(var_1, var_5);
    var_7 = wp::add(var_3, var_6);
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_7, var_5, adj_7, adj_5, adj_8);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_cross(var_1, var_5, adj_1, adj_5, adj_6);
    // adj: return wp.spatial_vector(w + wp.cross(p, v), v)                                   <L 46>
    wp::adj_quat_rotate(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_spatial_bottom(var_x, adj_x, adj_4);
    // adj: v = wp.quat_rotate(q, wp.spatial_bottom(x))                                       <L 45>
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_spatial_top(var_x, adj_x, adj_2);
    // adj: w = wp.quat_rotate(q, wp.spatial_top(x))                                          <L 44>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 43>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 42>
    // adj: def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:  <L 41>
    return;
}


// corpus/110_library_name_collision_quats.py:49
static void adj_transform_twist_1(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_x,
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
    // def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 50>
    // q = wp.transform_get_rotation(t)                                                       <L 51>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 52>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 53>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                           <L 54>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 55>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: return wp.spatial_vector(w, v)                                                    <L 55>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_quat_rotate(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_spatial_bottom(var_x, adj_x, adj_4);
    // adj: v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                      <L 54>
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_spatial_top(var_x, adj_x, adj_2);
    // adj: w = wp.quat_rotate(q, wp.spatial_top(x))                                          <L 53>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 52>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 51>
    // adj: def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:  <L 50>
    return;
}

struct wp_args_joint_angles_213ef731 {
    wp::array_t<wp::quat_t<wp::float32>> rots;
    wp::array_t<wp::vec_t<3, wp::float32>> axes;
    wp::array_t<wp::float32> twist_angle;
    wp::array_t<wp::vec_t<3, wp::float32>> euler;
    wp::vec_t<3, wp::int32> order;
};


void joint_angles_213ef731_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_joint_angles_213ef731 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::float32> var_twist_angle = _wp_args->twist_angle;
    wp::array_t<wp::vec_t<3, wp::float32>> var_euler = _wp_args->euler;
    wp::vec_t<3, wp::int32> var_order = _wp_args->order;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 3;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def joint_angles(rots: wp.array(dtype=wp.quat), axes: wp.array(dtype=wp.vec3), twist_angle: wp.array(dtype=float), euler: wp.array(dtype=wp.vec3), order: wp.vec3i):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // q = rots[i]                                                                            <L 61>
    var_1 = wp::address(var_rots, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = quat_twist(axes[i], q)                                                             <L 62>
    var_4 = wp::address(var_axes, var_0);
    var_6 = wp::load(var_4);
    var_5 = quat_twist_1(var_6, var_2);
    // twist_angle[i] = 2.0 * wp.atan2(wp.length(wp.vec3(t[0], t[1], t[2])), t[3])            <L 63>
    var_9 = wp::extract(var_5, var_8);
    var_11 = wp::extract(var_5, var_10);
    var_13 = wp::extract(var_5, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
    var_15 = wp::length(var_14);
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::atan2(var_15, var_17);
    var_19 = wp::mul(var_7, var_18);
    wp::array_store(var_twist_angle, var_0, var_19);
    // euler[i] = quat_to_euler(q, order[0], order[1], order[2])                              <L 64>
    var_21 = wp::extract(var_order, var_20);
    var_23 = wp::extract(var_order, var_22);
    var_25 = wp::extract(var_order, var_24);
    var_26 = quat_to_euler_1(var_2, var_21, var_23, var_25);
    wp::array_store(var_euler, var_0, var_26);
}



void joint_angles_213ef731_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_joint_angles_213ef731 *_wp_args,
    wp_args_joint_angles_213ef731 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::float32> var_twist_angle = _wp_args->twist_angle;
    wp::array_t<wp::vec_t<3, wp::float32>> var_euler = _wp_args->euler;
    wp::vec_t<3, wp::int32> var_order = _wp_args->order;
    wp::array_t<wp::quat_t<wp::float32>> adj_rots = _wp_adj_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axes = _wp_adj_args->axes;
    wp::array_t<wp::float32> adj_twist_angle = _wp_adj_args->twist_angle;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_euler = _wp_adj_args->euler;
    wp::vec_t<3, wp::int32> adj_order = _wp_adj_args->order;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 3;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def joint_angles(rots: wp.array(dtype=wp.quat), axes: wp.array(dtype=wp.vec3), twist_angle: wp.array(dtype=float), euler: wp.array(dtype=wp.vec3), order: wp.vec3i):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // q = rots[i]                                                                            <L 61>
    var_1 = wp::address(var_rots, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = quat_twist(axes[i], q)                                                             <L 62>
    var_4 = wp::address(var_axes, var_0);
    var_6 = wp::load(var_4);
    var_5 = quat_twist_1(var_6, var_2);
    // twist_angle[i] = 2.0 * wp.atan2(wp.length(wp.vec3(t[0], t[1], t[2])), t[3])            <L 63>
    var_9 = wp::extract(var_5, var_8);
    var_11 = wp::extract(var_5, var_10);
    var_13 = wp::extract(var_5, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
    var_15 = wp::length(var_14);
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::atan2(var_15, var_17);
    var_19 = wp::mul(var_7, var_18);
    // wp::array_store(var_twist_angle, var_0, var_19);
    // euler[i] = quat_to_euler(q, order[0], order[1], order[2])                              <L 64>
    var_21 = wp::extract(var_order, var_20);
    var_23 = wp::extract(var_order, var_22);
    var_25 = wp::extract(var_order, var_24);
    var_26 = quat_to_euler_1(var_2, var_21, var_23, var_25);
    // wp::array_store(var_euler, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_euler, var_0, var_26, adj_euler, adj_0, adj_26);
    adj_quat_to_euler_1(var_2, var_21, var_23, var_25, adj_2, adj_21, adj_23, adj_25, adj_26);
    wp::adj_extract(var_order, var_24, adj_order, adj_24, adj_25);
    wp::adj_extract(var_order, var_22, adj_order, adj_22, adj_23);
    wp::adj_extract(var_order, var_20, adj_order, adj_20, adj_21);
    // adj: euler[i] = quat_to_euler(q, order[0], order[1], order[2])                         <L 64>
    wp::adj_array_store(var_twist_angle, var_0, var_19, adj_twist_angle, adj_0, adj_19);
    wp::adj_mul(var_7, var_18, adj_7, adj_18, adj_19);
    wp::adj_atan2(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
    wp::adj_length(var_14, var_15, adj_14, adj_15);
    wp::adj_vec_t(var_9, var_11, var_13, adj_9, adj_11, adj_13, adj_14);
    wp::adj_extract(var_5, var_12, adj_5, adj_12, adj_13);
    wp::adj_extract(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_extract(var_5, var_8, adj_5, adj_8, adj_9);
    // adj: twist_angle[i] = 2.0 * wp.atan2(wp.length(wp.vec3(t[0], t[1], t[2])), t[3])       <L 63>
    adj_quat_twist_1(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_axes, var_0, adj_axes, adj_0, adj_4);
    // adj: t = quat_twist(axes[i], q)                                                        <L 62>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rots, var_0, adj_rots, adj_0, adj_1);
    // adj: q = rots[i]                                                                       <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def joint_angles(rots: wp.array(dtype=wp.quat), axes: wp.array(dtype=wp.vec3), twist_angle: wp.array(dtype=float), euler: wp.array(dtype=wp.vec3), order: wp.vec3i):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void joint_angles_213ef731_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_angles_213ef731 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_angles_213ef731_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void joint_angles_213ef731_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_angles_213ef731 *_wp_args,
    wp_args_joint_angles_213ef731 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_angles_213ef731_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_world_wrenches_05f51f49 {
    wp::array_t<wp::transform_t<wp::float32>> X;
    wp::array_t<wp::vec_t<6, wp::float32>> f_body;
    wp::array_t<wp::vec_t<6, wp::float32>> qd_body;
    wp::array_t<wp::vec_t<6, wp::float32>> f_world;
    wp::array_t<wp::vec_t<6, wp::float32>> qd_world;
    wp::array_t<wp::float32> power;
};


void world_wrenches_05f51f49_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_world_wrenches_05f51f49 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_body = _wp_args->f_body;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd_body = _wp_args->qd_body;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_world = _wp_args->f_world;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd_world = _wp_args->qd_world;
    wp::array_t<wp::float32> var_power = _wp_args->power;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::transform_t<wp::float32>* var_6;
    wp::vec_t<6, wp::float32>* var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::transform_t<wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def world_wrenches(X: wp.array(dtype=wp.transform), f_body: wp.array(dtype=wp.spatial_vector), qd_body: wp.array(dtype=wp.spatial_vector), f_world: wp.array(dtype=wp.spatial_vector), qd_world: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float)):       <L 68>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // fw = transform_wrench(X[i], f_body[i])                                                 <L 70>
    var_1 = wp::address(var_X, var_0);
    var_2 = wp::address(var_f_body, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = transform_wrench_1(var_4, var_5);
    // vw = transform_twist(X[i], qd_body[i])                                                 <L 71>
    var_6 = wp::address(var_X, var_0);
    var_7 = wp::address(var_qd_body, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = transform_twist_1(var_9, var_10);
    // f_world[i] = fw                                                                        <L 72>
    wp::array_store(var_f_world, var_0, var_3);
    // qd_world[i] = vw                                                                       <L 73>
    wp::array_store(var_qd_world, var_0, var_8);
    // wp.atomic_add(power, 0, wp.dot(fw, vw))                                                <L 74>
    var_12 = wp::dot(var_3, var_8);
    var_13 = wp::atomic_add(var_power, var_11, var_12);
}



void world_wrenches_05f51f49_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_world_wrenches_05f51f49 *_wp_args,
    wp_args_world_wrenches_05f51f49 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_body = _wp_args->f_body;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd_body = _wp_args->qd_body;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_world = _wp_args->f_world;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd_world = _wp_args->qd_world;
    wp::array_t<wp::float32> var_power = _wp_args->power;
    wp::array_t<wp::transform_t<wp::float32>> adj_X = _wp_adj_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_f_body = _wp_adj_args->f_body;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qd_body = _wp_adj_args->qd_body;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_f_world = _wp_adj_args->f_world;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qd_world = _wp_adj_args->qd_world;
    wp::array_t<wp::float32> adj_power = _wp_adj_args->power;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::transform_t<wp::float32>* var_6;
    wp::vec_t<6, wp::float32>* var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::transform_t<wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    wp::transform_t<wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def world_wrenches(X: wp.array(dtype=wp.transform), f_body: wp.array(dtype=wp.spatial_vector), qd_body: wp.array(dtype=wp.spatial_vector), f_world: wp.array(dtype=wp.spatial_vector), qd_world: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float)):       <L 68>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // fw = transform_wrench(X[i], f_body[i])                                                 <L 70>
    var_1 = wp::address(var_X, var_0);
    var_2 = wp::address(var_f_body, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = transform_wrench_1(var_4, var_5);
    // vw = transform_twist(X[i], qd_body[i])                                                 <L 71>
    var_6 = wp::address(var_X, var_0);
    var_7 = wp::address(var_qd_body, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = transform_twist_1(var_9, var_10);
    // f_world[i] = fw                                                                        <L 72>
    // wp::array_store(var_f_world, var_0, var_3);
    // qd_world[i] = vw                                                                       <L 73>
    // wp::array_store(var_qd_world, var_0, var_8);
    // wp.atomic_add(power, 0, wp.dot(fw, vw))                                                <L 74>
    var_12 = wp::dot(var_3, var_8);
    // var_13 = wp::atomic_add(var_power, var_11, var_12);
    //---------
    // reverse
    wp::adj_atomic_add(var_power, var_11, var_12, adj_power, adj_11, adj_12, adj_13);
    wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_12);
    // adj: wp.atomic_add(power, 0, wp.dot(fw, vw))                                           <L 74>
    wp::adj_array_store(var_qd_world, var_0, var_8, adj_qd_world, adj_0, adj_8);
    // adj: qd_world[i] = vw                                                                  <L 73>
    wp::adj_array_store(var_f_world, var_0, var_3, adj_f_world, adj_0, adj_3);
    // adj: f_world[i] = fw                                                                   <L 72>
    adj_transform_twist_1(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_qd_body, var_0, adj_qd_body, adj_0, adj_7);
    wp::adj_address(var_X, var_0, adj_X, adj_0, adj_6);
    // adj: vw = transform_twist(X[i], qd_body[i])                                            <L 71>
    adj_transform_wrench_1(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_f_body, var_0, adj_f_body, adj_0, adj_2);
    wp::adj_address(var_X, var_0, adj_X, adj_0, adj_1);
    // adj: fw = transform_wrench(X[i], f_body[i])                                            <L 70>
    // adj: i = wp.tid()                                                                      <L 69>
    // adj: def world_wrenches(X: wp.array(dtype=wp.transform), f_body: wp.array(dtype=wp.spatial_vector), qd_body: wp.array(dtype=wp.spatial_vector), f_world: wp.array(dtype=wp.spatial_vector), qd_world: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float)):  <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void world_wrenches_05f51f49_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_world_wrenches_05f51f49 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_wrenches_05f51f49_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void world_wrenches_05f51f49_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_world_wrenches_05f51f49 *_wp_args,
    wp_args_world_wrenches_05f51f49 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_wrenches_05f51f49_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_attitude_report_919b5ce5 {
    wp::array_t<wp::quat_t<wp::float32>> rots;
    wp::array_t<wp::vec_t<3, wp::float32>> rpy;
    wp::array_t<wp::float32> max_tilt;
};


void attitude_report_919b5ce5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_attitude_report_919b5ce5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy = _wp_args->rpy;
    wp::array_t<wp::float32> var_max_tilt = _wp_args->max_tilt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def attitude_report(rots: wp.array(dtype=wp.quat), rpy: wp.array(dtype=wp.vec3), max_tilt: wp.array(dtype=float)):       <L 78>
    // i = wp.tid()                                                                           <L 79>
    var_0 = builtin_tid1d();
    // r = quat_to_rpy(rots[i])                                                               <L 80>
    var_1 = wp::address(var_rots, var_0);
    var_3 = wp::load(var_1);
    var_2 = quat_to_rpy_1(var_3);
    // rpy[i] = r                                                                             <L 81>
    wp::array_store(var_rpy, var_0, var_2);
    // wp.atomic_max(max_tilt, 0, wp.max(wp.abs(r[0]), wp.abs(r[1])))                         <L 82>
    var_6 = wp::extract(var_2, var_5);
    var_7 = wp::abs(var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::abs(var_9);
    var_11 = wp::max(var_7, var_10);
    var_12 = wp::atomic_max(var_max_tilt, var_4, var_11);
}



void attitude_report_919b5ce5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_attitude_report_919b5ce5 *_wp_args,
    wp_args_attitude_report_919b5ce5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy = _wp_args->rpy;
    wp::array_t<wp::float32> var_max_tilt = _wp_args->max_tilt;
    wp::array_t<wp::quat_t<wp::float32>> adj_rots = _wp_adj_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rpy = _wp_adj_args->rpy;
    wp::array_t<wp::float32> adj_max_tilt = _wp_adj_args->max_tilt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def attitude_report(rots: wp.array(dtype=wp.quat), rpy: wp.array(dtype=wp.vec3), max_tilt: wp.array(dtype=float)):       <L 78>
    // i = wp.tid()                                                                           <L 79>
    var_0 = builtin_tid1d();
    // r = quat_to_rpy(rots[i])                                                               <L 80>
    var_1 = wp::address(var_rots, var_0);
    var_3 = wp::load(var_1);
    var_2 = quat_to_rpy_1(var_3);
    // rpy[i] = r                                                                             <L 81>
    // wp::array_store(var_rpy, var_0, var_2);
    // wp.atomic_max(max_tilt, 0, wp.max(wp.abs(r[0]), wp.abs(r[1])))                         <L 82>
    var_6 = wp::extract(var_2, var_5);
    var_7 = wp::abs(var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::abs(var_9);
    var_11 = wp::max(var_7, var_10);
    // var_12 = wp::atomic_max(var_max_tilt, var_4, var_11);
    //---------
    // reverse
    wp::adj_atomic_max(var_max_tilt, var_4, var_11, adj_max_tilt, adj_4, adj_11, adj_12);
    wp::adj_max(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_abs(var_9, adj_9, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_abs(var_6, adj_6, adj_7);
    wp::adj_extract(var_2, var_5, adj_2, adj_5, adj_6);
    // adj: wp.atomic_max(max_tilt, 0, wp.max(wp.abs(r[0]), wp.abs(r[1])))                    <L 82>
    wp::adj_array_store(var_rpy, var_0, var_2, adj_rpy, adj_0, adj_2);
    // adj: rpy[i] = r                                                                        <L 81>
    adj_quat_to_rpy_1(var_3, adj_1, adj_2);
    wp::adj_address(var_rots, var_0, adj_rots, adj_0, adj_1);
    // adj: r = quat_to_rpy(rots[i])                                                          <L 80>
    // adj: i = wp.tid()                                                                      <L 79>
    // adj: def attitude_report(rots: wp.array(dtype=wp.quat), rpy: wp.array(dtype=wp.vec3), max_tilt: wp.array(dtype=float)):  <L 78>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void attitude_report_919b5ce5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_attitude_report_919b5ce5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        attitude_report_919b5ce5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void attitude_report_919b5ce5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_attitude_report_919b5ce5 *_wp_args,
    wp_args_attitude_report_919b5ce5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        attitude_report_919b5ce5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

