
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


// corpus/170_linear_dual_quat_skinning.py:6
static void dq_from_transform_0(
    wp::transform_t<wp::float32> var_t,
    wp::quat_t<wp::float32> & ret_0,
    wp::quat_t<wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    const wp::float32 var_11 = 0.5;
    wp::quat_t<wp::float32> var_12;
    //---------
    // forward
    // def dq_from_transform(t: wp.transform):                                                <L 7>
    // q = wp.transform_get_rotation(t)                                                       <L 8>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 9>
    var_1 = wp::transform_get_translation(var_t);
    // d = wp.quat(p[0], p[1], p[2], 0.0) * q * 0.5                                           <L 10>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_1, var_4);
    var_7 = wp::extract(var_1, var_6);
    var_9 = wp::quat_t<wp::float32>(var_3, var_5, var_7, var_8);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::mul(var_10, var_11);
    // return q, d                                                                            <L 11>
    ret_0 = var_0;
    ret_1 = var_12;
    return;
}


// corpus/170_linear_dual_quat_skinning.py:14
static wp::vec_t<3, wp::float32> dq_transform_point_0(
    wp::quat_t<wp::float32> var_r,
    wp::quat_t<wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::quat_t<wp::float32> var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::quat_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def dq_transform_point(r: wp.quat, d: wp.quat, p: wp.vec3) -> wp.vec3:                 <L 15>
    // n = wp.length(r)                                                                       <L 16>
    var_0 = wp::length(var_r);
    // rn = r / n                                                                             <L 17>
    var_1 = wp::div(var_r, var_0);
    // dn = d / n                                                                             <L 18>
    var_2 = wp::div(var_d, var_0);
    // t = dn * wp.quat_inverse(rn) * 2.0                                                     <L 19>
    var_3 = wp::quat_inverse(var_1);
    var_4 = wp::mul(var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    // return wp.quat_rotate(rn, p) + wp.vec3(t[0], t[1], t[2])                               <L 20>
    var_7 = wp::quat_rotate(var_1, var_p);
    var_9 = wp::extract(var_6, var_8);
    var_11 = wp::extract(var_6, var_10);
    var_13 = wp::extract(var_6, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
    var_15 = wp::add(var_7, var_14);
    return var_15;
}


// corpus/170_linear_dual_quat_skinning.py:6
static void adj_dq_from_transform_0(
    wp::transform_t<wp::float32> var_t,
    wp::quat_t<wp::float32> & ret_0,
    wp::quat_t<wp::float32> & ret_1,
    wp::transform_t<wp::float32> & adj_t,
    wp::quat_t<wp::float32> & adj_ret_0,
    wp::quat_t<wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    const wp::float32 var_11 = 0.5;
    wp::quat_t<wp::float32> var_12;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    //---------
    // forward
    // def dq_from_transform(t: wp.transform):                                                <L 7>
    // q = wp.transform_get_rotation(t)                                                       <L 8>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 9>
    var_1 = wp::transform_get_translation(var_t);
    // d = wp.quat(p[0], p[1], p[2], 0.0) * q * 0.5                                           <L 10>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_1, var_4);
    var_7 = wp::extract(var_1, var_6);
    var_9 = wp::quat_t<wp::float32>(var_3, var_5, var_7, var_8);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::mul(var_10, var_11);
    // return q, d                                                                            <L 11>
    ret_0 = var_0;
    ret_1 = var_12;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return q, d                                                                       <L 11>
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_mul(var_9, var_0, adj_9, adj_0, adj_10);
    wp::adj_quat_t(var_3, var_5, var_7, var_8, adj_3, adj_5, adj_7, adj_8, adj_9);
    wp::adj_extract(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_extract(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: d = wp.quat(p[0], p[1], p[2], 0.0) * q * 0.5                                      <L 10>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 9>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 8>
    // adj: def dq_from_transform(t: wp.transform):                                           <L 7>
    return;
}


// corpus/170_linear_dual_quat_skinning.py:14
static void adj_dq_transform_point_0(
    wp::quat_t<wp::float32> var_r,
    wp::quat_t<wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_p,
    wp::quat_t<wp::float32> & adj_r,
    wp::quat_t<wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::quat_t<wp::float32> var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::quat_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def dq_transform_point(r: wp.quat, d: wp.quat, p: wp.vec3) -> wp.vec3:                 <L 15>
    // n = wp.length(r)                                                                       <L 16>
    var_0 = wp::length(var_r);
    // rn = r / n                                                                             <L 17>
    var_1 = wp::div(var_r, var_0);
    // dn = d / n                                                                             <L 18>
    var_2 = wp::div(var_d, var_0);
    // t = dn * wp.quat_inverse(rn) * 2.0                                                     <L 19>
    var_3 = wp::quat_inverse(var_1);
    var_4 = wp::mul(var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    // return wp.quat_rotate(rn, p) + wp.vec3(t[0], t[1], t[2])                               <L 20>
    var_7 = wp::quat_rotate(var_1, var_p);
    var_9 = wp::extract(var_6, var_8);
    var_11 = wp::extract(var_6, var_10);
    var_13 = wp::extract(var_6, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
    var_15 = wp::add(var_7, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_add(var_7, var_14, adj_7, adj_14, adj_15);
    wp::adj_vec_t(var_9, var_11, var_13, adj_9, adj_11, adj_13, adj_14);
    wp::adj_extract(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_extract(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_extract(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_quat_rotate(var_1, var_p, adj_1, adj_p, adj_7);
    // adj: return wp.quat_rotate(rn, p) + wp.vec3(t[0], t[1], t[2])                          <L 20>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_quat_inverse(var_1, adj_1, adj_3);
    // adj: t = dn * wp.quat_inverse(rn) * 2.0                                                <L 19>
    wp::adj_div(var_d, var_0, adj_d, adj_0, adj_2);
    // adj: dn = d / n                                                                        <L 18>
    wp::adj_div(var_r, var_0, adj_r, adj_0, adj_1);
    // adj: rn = r / n                                                                        <L 17>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: n = wp.length(r)                                                                  <L 16>
    // adj: def dq_transform_point(r: wp.quat, d: wp.quat, p: wp.vec3) -> wp.vec3:            <L 15>
    return;
}

struct wp_args_linear_blend_2edce484 {
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::vec_t<4, wp::int32>> joints;
    wp::array_t<wp::vec_t<4, wp::float32>> weights;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> bones;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void linear_blend_2edce484_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_linear_blend_2edce484 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> var_joints = _wp_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones = _wp_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::vec_t<4, wp::float32> var_11;
    wp::vec_t<4, wp::int32>* var_12;
    wp::vec_t<4, wp::int32> var_13;
    wp::vec_t<4, wp::int32> var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::vec_t<4, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    wp::int32 var_23;
    wp::mat_t<4, 4, wp::float32>* var_24;
    wp::vec_t<4, wp::float32> var_25;
    wp::mat_t<4, 4, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::int32 var_29;
    wp::mat_t<4, 4, wp::float32>* var_30;
    wp::vec_t<4, wp::float32> var_31;
    wp::mat_t<4, 4, wp::float32> var_32;
    wp::float32 var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32> var_35;
    wp::vec_t<4, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::int32 var_41;
    wp::mat_t<4, 4, wp::float32>* var_42;
    wp::vec_t<4, wp::float32> var_43;
    wp::mat_t<4, 4, wp::float32> var_44;
    wp::float32 var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::int32 var_47;
    wp::mat_t<4, 4, wp::float32>* var_48;
    wp::vec_t<4, wp::float32> var_49;
    wp::mat_t<4, 4, wp::float32> var_50;
    wp::float32 var_51;
    wp::vec_t<4, wp::float32> var_52;
    wp::vec_t<4, wp::float32> var_53;
    wp::vec_t<4, wp::float32> var_54;
    const wp::int32 var_55 = 2;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.0;
    bool var_58;
    wp::int32 var_59;
    wp::mat_t<4, 4, wp::float32>* var_60;
    wp::vec_t<4, wp::float32> var_61;
    wp::mat_t<4, 4, wp::float32> var_62;
    wp::float32 var_63;
    wp::vec_t<4, wp::float32> var_64;
    wp::int32 var_65;
    wp::mat_t<4, 4, wp::float32>* var_66;
    wp::vec_t<4, wp::float32> var_67;
    wp::mat_t<4, 4, wp::float32> var_68;
    wp::float32 var_69;
    wp::vec_t<4, wp::float32> var_70;
    wp::vec_t<4, wp::float32> var_71;
    wp::vec_t<4, wp::float32> var_72;
    const wp::int32 var_73 = 3;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    bool var_76;
    wp::int32 var_77;
    wp::mat_t<4, 4, wp::float32>* var_78;
    wp::vec_t<4, wp::float32> var_79;
    wp::mat_t<4, 4, wp::float32> var_80;
    wp::float32 var_81;
    wp::vec_t<4, wp::float32> var_82;
    wp::int32 var_83;
    wp::mat_t<4, 4, wp::float32>* var_84;
    wp::vec_t<4, wp::float32> var_85;
    wp::mat_t<4, 4, wp::float32> var_86;
    wp::float32 var_87;
    wp::vec_t<4, wp::float32> var_88;
    wp::vec_t<4, wp::float32> var_89;
    wp::vec_t<4, wp::float32> var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32> var_97;
    //---------
    // forward
    // def linear_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.vec3)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = rest[i]                                                                            <L 26>
    var_1 = wp::address(var_rest, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ph = wp.vec4(p[0], p[1], p[2], 1.0)                                                    <L 27>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_11 = wp::vec_t<4, wp::float32>(var_5, var_7, var_9, var_10);
    // j = joints[i]                                                                          <L 28>
    var_12 = wp::address(var_joints, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // w = weights[i]                                                                         <L 29>
    var_15 = wp::address(var_weights, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // acc = wp.vec4()                                                                        <L 30>
    var_18 = wp::vec_t<4, wp::float32>();
    // for k in range(MAX_INFLUENCES):                                                        <L 31>
    // if w[k] > 0.0:                                                                         <L 32>
    var_20 = wp::extract(var_16, var_19);
    var_22 = (var_20 > var_21);
    if (var_22) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_23 = wp::extract(var_13, var_19);
        var_24 = wp::address(var_bones, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_26, var_11);
        var_27 = wp::extract(var_16, var_19);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::extract(var_13, var_19);
        var_30 = wp::address(var_bones, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_11);
        var_33 = wp::extract(var_16, var_19);
        var_34 = wp::mul(var_31, var_33);
        var_35 = wp::add(var_18, var_34);
    }
    var_36 = wp::where(var_22, var_35, var_18);
    // if w[k] > 0.0:                                                                         <L 32>
    var_38 = wp::extract(var_16, var_37);
    var_40 = (var_38 > var_39);
    if (var_40) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_41 = wp::extract(var_13, var_37);
        var_42 = wp::address(var_bones, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_44, var_11);
        var_45 = wp::extract(var_16, var_37);
        var_46 = wp::mul(var_43, var_45);
        var_47 = wp::extract(var_13, var_37);
        var_48 = wp::address(var_bones, var_47);
        var_50 = wp::load(var_48);
        var_49 = wp::mul(var_50, var_11);
        var_51 = wp::extract(var_16, var_37);
        var_52 = wp::mul(var_49, var_51);
        var_53 = wp::add(var_36, var_52);
    }
    var_54 = wp::where(var_40, var_53, var_36);
    // if w[k] > 0.0:                                                                         <L 32>
    var_56 = wp::extract(var_16, var_55);
    var_58 = (var_56 > var_57);
    if (var_58) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_59 = wp::extract(var_13, var_55);
        var_60 = wp::address(var_bones, var_59);
        var_62 = wp::load(var_60);
        var_61 = wp::mul(var_62, var_11);
        var_63 = wp::extract(var_16, var_55);
        var_64 = wp::mul(var_61, var_63);
        var_65 = wp::extract(var_13, var_55);
        var_66 = wp::address(var_bones, var_65);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_68, var_11);
        var_69 = wp::extract(var_16, var_55);
        var_70 = wp::mul(var_67, var_69);
        var_71 = wp::add(var_54, var_70);
    }
    var_72 = wp::where(var_58, var_71, var_54);
    // if w[k] > 0.0:                                                                         <L 32>
    var_74 = wp::extract(var_16, var_73);
    var_76 = (var_74 > var_75);
    if (var_76) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_77 = wp::extract(var_13, var_73);
        var_78 = wp::address(var_bones, var_77);
        var_80 = wp::load(var_78);
        var_79 = wp::mul(var_80, var_11);
        var_81 = wp::extract(var_16, var_73);
        var_82 = wp::mul(var_79, var_81);
        var_83 = wp::extract(var_13, var_73);
        var_84 = wp::address(var_bones, var_83);
        var_86 = wp::load(var_84);
        var_85 = wp::mul(var_86, var_11);
        var_87 = wp::extract(var_16, var_73);
        var_88 = wp::mul(var_85, var_87);
        var_89 = wp::add(var_72, var_88);
    }
    var_90 = wp::where(var_76, var_89, var_72);
    // out[i] = wp.vec3(acc[0], acc[1], acc[2])                                               <L 34>
    var_92 = wp::extract(var_90, var_91);
    var_94 = wp::extract(var_90, var_93);
    var_96 = wp::extract(var_90, var_95);
    var_97 = wp::vec_t<3, wp::float32>(var_92, var_94, var_96);
    wp::array_store(var_out, var_0, var_97);
}



void linear_blend_2edce484_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_linear_blend_2edce484 *_wp_args,
    wp_args_linear_blend_2edce484 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> var_joints = _wp_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones = _wp_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_joints = _wp_adj_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_bones = _wp_adj_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::vec_t<4, wp::float32> var_11;
    wp::vec_t<4, wp::int32>* var_12;
    wp::vec_t<4, wp::int32> var_13;
    wp::vec_t<4, wp::int32> var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::vec_t<4, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    wp::int32 var_23;
    wp::mat_t<4, 4, wp::float32>* var_24;
    wp::vec_t<4, wp::float32> var_25;
    wp::mat_t<4, 4, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::int32 var_29;
    wp::mat_t<4, 4, wp::float32>* var_30;
    wp::vec_t<4, wp::float32> var_31;
    wp::mat_t<4, 4, wp::float32> var_32;
    wp::float32 var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32> var_35;
    wp::vec_t<4, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::int32 var_41;
    wp::mat_t<4, 4, wp::float32>* var_42;
    wp::vec_t<4, wp::float32> var_43;
    wp::mat_t<4, 4, wp::float32> var_44;
    wp::float32 var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::int32 var_47;
    wp::mat_t<4, 4, wp::float32>* var_48;
    wp::vec_t<4, wp::float32> var_49;
    wp::mat_t<4, 4, wp::float32> var_50;
    wp::float32 var_51;
    wp::vec_t<4, wp::float32> var_52;
    wp::vec_t<4, wp::float32> var_53;
    wp::vec_t<4, wp::float32> var_54;
    const wp::int32 var_55 = 2;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.0;
    bool var_58;
    wp::int32 var_59;
    wp::mat_t<4, 4, wp::float32>* var_60;
    wp::vec_t<4, wp::float32> var_61;
    wp::mat_t<4, 4, wp::float32> var_62;
    wp::float32 var_63;
    wp::vec_t<4, wp::float32> var_64;
    wp::int32 var_65;
    wp::mat_t<4, 4, wp::float32>* var_66;
    wp::vec_t<4, wp::float32> var_67;
    wp::mat_t<4, 4, wp::float32> var_68;
    wp::float32 var_69;
    wp::vec_t<4, wp::float32> var_70;
    wp::vec_t<4, wp::float32> var_71;
    wp::vec_t<4, wp::float32> var_72;
    const wp::int32 var_73 = 3;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    bool var_76;
    wp::int32 var_77;
    wp::mat_t<4, 4, wp::float32>* var_78;
    wp::vec_t<4, wp::float32> var_79;
    wp::mat_t<4, 4, wp::float32> var_80;
    wp::float32 var_81;
    wp::vec_t<4, wp::float32> var_82;
    wp::int32 var_83;
    wp::mat_t<4, 4, wp::float32>* var_84;
    wp::vec_t<4, wp::float32> var_85;
    wp::mat_t<4, 4, wp::float32> var_86;
    wp::float32 var_87;
    wp::vec_t<4, wp::float32> var_88;
    wp::vec_t<4, wp::float32> var_89;
    wp::vec_t<4, wp::float32> var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32> var_97;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<4, wp::float32> adj_11 = {};
    wp::vec_t<4, wp::int32> adj_12 = {};
    wp::vec_t<4, wp::int32> adj_13 = {};
    wp::vec_t<4, wp::int32> adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::vec_t<4, wp::float32> adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    wp::vec_t<4, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::mat_t<4, 4, wp::float32> adj_24 = {};
    wp::vec_t<4, wp::float32> adj_25 = {};
    wp::mat_t<4, 4, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<4, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::mat_t<4, 4, wp::float32> adj_30 = {};
    wp::vec_t<4, wp::float32> adj_31 = {};
    wp::mat_t<4, 4, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<4, wp::float32> adj_34 = {};
    wp::vec_t<4, wp::float32> adj_35 = {};
    wp::vec_t<4, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::int32 adj_41 = {};
    wp::mat_t<4, 4, wp::float32> adj_42 = {};
    wp::vec_t<4, wp::float32> adj_43 = {};
    wp::mat_t<4, 4, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<4, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::mat_t<4, 4, wp::float32> adj_48 = {};
    wp::vec_t<4, wp::float32> adj_49 = {};
    wp::mat_t<4, 4, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<4, wp::float32> adj_52 = {};
    wp::vec_t<4, wp::float32> adj_53 = {};
    wp::vec_t<4, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::int32 adj_59 = {};
    wp::mat_t<4, 4, wp::float32> adj_60 = {};
    wp::vec_t<4, wp::float32> adj_61 = {};
    wp::mat_t<4, 4, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<4, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::mat_t<4, 4, wp::float32> adj_66 = {};
    wp::vec_t<4, wp::float32> adj_67 = {};
    wp::mat_t<4, 4, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::vec_t<4, wp::float32> adj_70 = {};
    wp::vec_t<4, wp::float32> adj_71 = {};
    wp::vec_t<4, wp::float32> adj_72 = {};
    wp::int32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    bool adj_76 = {};
    wp::int32 adj_77 = {};
    wp::mat_t<4, 4, wp::float32> adj_78 = {};
    wp::vec_t<4, wp::float32> adj_79 = {};
    wp::mat_t<4, 4, wp::float32> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::vec_t<4, wp::float32> adj_82 = {};
    wp::int32 adj_83 = {};
    wp::mat_t<4, 4, wp::float32> adj_84 = {};
    wp::vec_t<4, wp::float32> adj_85 = {};
    wp::mat_t<4, 4, wp::float32> adj_86 = {};
    wp::float32 adj_87 = {};
    wp::vec_t<4, wp::float32> adj_88 = {};
    wp::vec_t<4, wp::float32> adj_89 = {};
    wp::vec_t<4, wp::float32> adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    //---------
    // forward
    // def linear_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.vec3)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = rest[i]                                                                            <L 26>
    var_1 = wp::address(var_rest, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ph = wp.vec4(p[0], p[1], p[2], 1.0)                                                    <L 27>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_11 = wp::vec_t<4, wp::float32>(var_5, var_7, var_9, var_10);
    // j = joints[i]                                                                          <L 28>
    var_12 = wp::address(var_joints, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // w = weights[i]                                                                         <L 29>
    var_15 = wp::address(var_weights, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // acc = wp.vec4()                                                                        <L 30>
    var_18 = wp::vec_t<4, wp::float32>();
    // for k in range(MAX_INFLUENCES):                                                        <L 31>
    // if w[k] > 0.0:                                                                         <L 32>
    var_20 = wp::extract(var_16, var_19);
    var_22 = (var_20 > var_21);
    if (var_22) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_23 = wp::extract(var_13, var_19);
        var_24 = wp::address(var_bones, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_26, var_11);
        var_27 = wp::extract(var_16, var_19);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::extract(var_13, var_19);
        var_30 = wp::address(var_bones, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_11);
        var_33 = wp::extract(var_16, var_19);
        var_34 = wp::mul(var_31, var_33);
        var_35 = wp::add(var_18, var_34);
    }
    var_36 = wp::where(var_22, var_35, var_18);
    // if w[k] > 0.0:                                                                         <L 32>
    var_38 = wp::extract(var_16, var_37);
    var_40 = (var_38 > var_39);
    if (var_40) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_41 = wp::extract(var_13, var_37);
        var_42 = wp::address(var_bones, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_44, var_11);
        var_45 = wp::extract(var_16, var_37);
        var_46 = wp::mul(var_43, var_45);
        var_47 = wp::extract(var_13, var_37);
        var_48 = wp::address(var_bones, var_47);
        var_50 = wp::load(var_48);
        var_49 = wp::mul(var_50, var_11);
        var_51 = wp::extract(var_16, var_37);
        var_52 = wp::mul(var_49, var_51);
        var_53 = wp::add(var_36, var_52);
    }
    var_54 = wp::where(var_40, var_53, var_36);
    // if w[k] > 0.0:                                                                         <L 32>
    var_56 = wp::extract(var_16, var_55);
    var_58 = (var_56 > var_57);
    if (var_58) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_59 = wp::extract(var_13, var_55);
        var_60 = wp::address(var_bones, var_59);
        var_62 = wp::load(var_60);
        var_61 = wp::mul(var_62, var_11);
        var_63 = wp::extract(var_16, var_55);
        var_64 = wp::mul(var_61, var_63);
        var_65 = wp::extract(var_13, var_55);
        var_66 = wp::address(var_bones, var_65);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_68, var_11);
        var_69 = wp::extract(var_16, var_55);
        var_70 = wp::mul(var_67, var_69);
        var_71 = wp::add(var_54, var_70);
    }
    var_72 = wp::where(var_58, var_71, var_54);
    // if w[k] > 0.0:                                                                         <L 32>
    var_74 = wp::extract(var_16, var_73);
    var_76 = (var_74 > var_75);
    if (var_76) {
        // acc += bones[j[k]] * ph * w[k]                                                     <L 33>
        var_77 = wp::extract(var_13, var_73);
        var_78 = wp::address(var_bones, var_77);
        var_80 = wp::load(var_78);
        var_79 = wp::mul(var_80, var_11);
        var_81 = wp::extract(var_16, var_73);
        var_82 = wp::mul(var_79, var_81);
        var_83 = wp::extract(var_13, var_73);
        var_84 = wp::address(var_bones, var_83);
        var_86 = wp::load(var_84);
        var_85 = wp::mul(var_86, var_11);
        var_87 = wp::extract(var_16, var_73);
        var_88 = wp::mul(var_85, var_87);
        var_89 = wp::add(var_72, var_88);
    }
    var_90 = wp::where(var_76, var_89, var_72);
    // out[i] = wp.vec3(acc[0], acc[1], acc[2])                                               <L 34>
    var_92 = wp::extract(var_90, var_91);
    var_94 = wp::extract(var_90, var_93);
    var_96 = wp::extract(var_90, var_95);
    var_97 = wp::vec_t<3, wp::float32>(var_92, var_94, var_96);
    // wp::array_store(var_out, var_0, var_97);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_97, adj_out, adj_0, adj_97);
    wp::adj_vec_t(var_92, var_94, var_96, adj_92, adj_94, adj_96, adj_97);
    wp::adj_extract(var_90, var_95, adj_90, adj_95, adj_96);
    wp::adj_extract(var_90, var_93, adj_90, adj_93, adj_94);
    wp::adj_extract(var_90, var_91, adj_90, adj_91, adj_92);
    // adj: out[i] = wp.vec3(acc[0], acc[1], acc[2])                                          <L 34>
    wp::adj_where(var_76, var_89, var_72, adj_76, adj_89, adj_72, adj_90);
    if (var_76) {
        wp::adj_add(var_72, var_88, adj_72, adj_88, adj_89);
        wp::adj_mul(var_85, var_87, adj_85, adj_87, adj_88);
        wp::adj_extract(var_16, var_73, adj_16, adj_73, adj_87);
        wp::adj_mul(var_86, var_11, adj_84, adj_11, adj_85);
        wp::adj_address(var_bones, var_83, adj_bones, adj_83, adj_84);
        wp::adj_extract(var_13, var_73, adj_13, adj_73, adj_83);
        wp::adj_mul(var_79, var_81, adj_79, adj_81, adj_82);
        wp::adj_extract(var_16, var_73, adj_16, adj_73, adj_81);
        wp::adj_mul(var_80, var_11, adj_78, adj_11, adj_79);
        wp::adj_address(var_bones, var_77, adj_bones, adj_77, adj_78);
        wp::adj_extract(var_13, var_73, adj_13, adj_73, adj_77);
        // adj: acc += bones[j[k]] * ph * w[k]                                                <L 33>
    }
    wp::adj_extract(var_16, var_73, adj_16, adj_73, adj_74);
    // adj: if w[k] > 0.0:                                                                    <L 32>
    wp::adj_where(var_58, var_71, var_54, adj_58, adj_71, adj_54, adj_72);
    if (var_58) {
        wp::adj_add(var_54, var_70, adj_54, adj_70, adj_71);
        wp::adj_mul(var_67, var_69, adj_67, adj_69, adj_70);
        wp::adj_extract(var_16, var_55, adj_16, adj_55, adj_69);
        wp::adj_mul(var_68, var_11, adj_66, adj_11, adj_67);
        wp::adj_address(var_bones, var_65, adj_bones, adj_65, adj_66);
        wp::adj_extract(var_13, var_55, adj_13, adj_55, adj_65);
        wp::adj_mul(var_61, var_63, adj_61, adj_63, adj_64);
        wp::adj_extract(var_16, var_55, adj_16, adj_55, adj_63);
        wp::adj_mul(var_62, var_11, adj_60, adj_11, adj_61);
        wp::adj_address(var_bones, var_59, adj_bones, adj_59, adj_60);
        wp::adj_extract(var_13, var_55, adj_13, adj_55, adj_59);
        // adj: acc += bones[j[k]] * ph * w[k]                                                <L 33>
    }
    wp::adj_extract(var_16, var_55, adj_16, adj_55, adj_56);
    // adj: if w[k] > 0.0:                                                                    <L 32>
    wp::adj_where(var_40, var_53, var_36, adj_40, adj_53, adj_36, adj_54);
    if (var_40) {
        wp::adj_add(var_36, var_52, adj_36, adj_52, adj_53);
        wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_52);
        wp::adj_extract(var_16, var_37, adj_16, adj_37, adj_51);
        wp::adj_mul(var_50, var_11, adj_48, adj_11, adj_49);
        wp::adj_address(var_bones, var_47, adj_bones, adj_47, adj_48);
        wp::adj_extract(var_13, var_37, adj_13, adj_37, adj_47);
        wp::adj_mul(var_43, var_45, adj_43, adj_45, adj_46);
        wp::adj_extract(var_16, var_37, adj_16, adj_37, adj_45);
        wp::adj_mul(var_44, var_11, adj_42, adj_11, adj_43);
        wp::adj_address(var_bones, var_41, adj_bones, adj_41, adj_42);
        wp::adj_extract(var_13, var_37, adj_13, adj_37, adj_41);
        // adj: acc += bones[j[k]] * ph * w[k]                                                <L 33>
    }
    wp::adj_extract(var_16, var_37, adj_16, adj_37, adj_38);
    // adj: if w[k] > 0.0:                                                                    <L 32>
    wp::adj_where(var_22, var_35, var_18, adj_22, adj_35, adj_18, adj_36);
    if (var_22) {
        wp::adj_add(var_18, var_34, adj_18, adj_34, adj_35);
        wp::adj_mul(var_31, var_33, adj_31, adj_33, adj_34);
        wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_33);
        wp::adj_mul(var_32, var_11, adj_30, adj_11, adj_31);
        wp::adj_address(var_bones, var_29, adj_bones, adj_29, adj_30);
        wp::adj_extract(var_13, var_19, adj_13, adj_19, adj_29);
        wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_27);
        wp::adj_mul(var_26, var_11, adj_24, adj_11, adj_25);
        wp::adj_address(var_bones, var_23, adj_bones, adj_23, adj_24);
        wp::adj_extract(var_13, var_19, adj_13, adj_19, adj_23);
        // adj: acc += bones[j[k]] * ph * w[k]                                                <L 33>
    }
    wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_20);
    // adj: if w[k] > 0.0:                                                                    <L 32>
    // adj: for k in range(MAX_INFLUENCES):                                                   <L 31>
    // adj: acc = wp.vec4()                                                                   <L 30>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_15);
    // adj: w = weights[i]                                                                    <L 29>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_joints, var_0, adj_joints, adj_0, adj_12);
    // adj: j = joints[i]                                                                     <L 28>
    wp::adj_vec_t(var_5, var_7, var_9, var_10, adj_5, adj_7, adj_9, adj_10, adj_11);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: ph = wp.vec4(p[0], p[1], p[2], 1.0)                                               <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_1);
    // adj: p = rest[i]                                                                       <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def linear_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.vec3)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void linear_blend_2edce484_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_linear_blend_2edce484 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        linear_blend_2edce484_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void linear_blend_2edce484_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_linear_blend_2edce484 *_wp_args,
    wp_args_linear_blend_2edce484 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        linear_blend_2edce484_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dual_quat_blend_f995e2ac {
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::vec_t<4, wp::int32>> joints;
    wp::array_t<wp::vec_t<4, wp::float32>> weights;
    wp::array_t<wp::transform_t<wp::float32>> bones;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void dual_quat_blend_f995e2ac_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dual_quat_blend_f995e2ac *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> var_joints = _wp_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    wp::array_t<wp::transform_t<wp::float32>> var_bones = _wp_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::quat_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::quat_t<wp::float32> var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::transform_t<wp::float32>* var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::transform_t<wp::float32>* var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::transform_t<wp::float32> var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::quat_t<wp::float32> var_47;
    wp::quat_t<wp::float32> var_48;
    wp::quat_t<wp::float32> var_49;
    wp::quat_t<wp::float32> var_50;
    const wp::int32 var_51 = 3;
    wp::int32 var_52;
    wp::transform_t<wp::float32>* var_53;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::transform_t<wp::float32> var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 0.0;
    bool var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::quat_t<wp::float32> var_63;
    wp::quat_t<wp::float32> var_64;
    wp::quat_t<wp::float32> var_65;
    wp::quat_t<wp::float32> var_66;
    wp::vec_t<3, wp::float32>* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    //---------
    // forward
    // def dual_quat_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.transform), out: wp.array(dtype=wp.vec3)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // j = joints[i]                                                                          <L 40>
    var_1 = wp::address(var_joints, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[i]                                                                         <L 41>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r0, d0 = dq_from_transform(bones[j[0]])                                                <L 42>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::address(var_bones, var_8);
    var_12 = wp::load(var_9);
    dq_from_transform_0(var_12, var_10, var_11);
    // br = r0 * w[0]                                                                         <L 43>
    var_14 = wp::extract(var_5, var_13);
    var_15 = wp::mul(var_10, var_14);
    // bd = d0 * w[0]                                                                         <L 44>
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::mul(var_11, var_17);
    // for k in range(1, MAX_INFLUENCES):                                                     <L 45>
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::address(var_bones, var_20);
    var_24 = wp::load(var_21);
    dq_from_transform_0(var_24, var_22, var_23);
    // s = w[k]                                                                               <L 47>
    var_25 = wp::extract(var_5, var_19);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_26 = wp::dot(var_22, var_10);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // s = -s                                                                             <L 49>
        var_29 = wp::neg(var_25);
    }
    var_30 = wp::where(var_28, var_29, var_25);
    // br = br + r * s                                                                        <L 50>
    var_31 = wp::mul(var_22, var_30);
    var_32 = wp::add(var_15, var_31);
    // bd = bd + d * s                                                                        <L 51>
    var_33 = wp::mul(var_23, var_30);
    var_34 = wp::add(var_18, var_33);
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::address(var_bones, var_36);
    var_40 = wp::load(var_37);
    dq_from_transform_0(var_40, var_38, var_39);
    // s = w[k]                                                                               <L 47>
    var_41 = wp::extract(var_5, var_35);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_42 = wp::dot(var_38, var_10);
    var_44 = (var_42 < var_43);
    if (var_44) {
        // s = -s                                                                             <L 49>
        var_45 = wp::neg(var_41);
    }
    var_46 = wp::where(var_44, var_45, var_41);
    // br = br + r * s                                                                        <L 50>
    var_47 = wp::mul(var_38, var_46);
    var_48 = wp::add(var_32, var_47);
    // bd = bd + d * s                                                                        <L 51>
    var_49 = wp::mul(var_39, var_46);
    var_50 = wp::add(var_34, var_49);
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_52 = wp::extract(var_2, var_51);
    var_53 = wp::address(var_bones, var_52);
    var_56 = wp::load(var_53);
    dq_from_transform_0(var_56, var_54, var_55);
    // s = w[k]                                                                               <L 47>
    var_57 = wp::extract(var_5, var_51);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_58 = wp::dot(var_54, var_10);
    var_60 = (var_58 < var_59);
    if (var_60) {
        // s = -s                                                                             <L 49>
        var_61 = wp::neg(var_57);
    }
    var_62 = wp::where(var_60, var_61, var_57);
    // br = br + r * s                                                                        <L 50>
    var_63 = wp::mul(var_54, var_62);
    var_64 = wp::add(var_48, var_63);
    // bd = bd + d * s                                                                        <L 51>
    var_65 = wp::mul(var_55, var_62);
    var_66 = wp::add(var_50, var_65);
    // out[i] = dq_transform_point(br, bd, rest[i])                                           <L 52>
    var_67 = wp::address(var_rest, var_0);
    var_69 = wp::load(var_67);
    var_68 = dq_transform_point_0(var_64, var_66, var_69);
    wp::array_store(var_out, var_0, var_68);
}



void dual_quat_blend_f995e2ac_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dual_quat_blend_f995e2ac *_wp_args,
    wp_args_dual_quat_blend_f995e2ac *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> var_joints = _wp_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    wp::array_t<wp::transform_t<wp::float32>> var_bones = _wp_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_joints = _wp_adj_args->joints;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::transform_t<wp::float32>> adj_bones = _wp_adj_args->bones;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::quat_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::quat_t<wp::float32> var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::transform_t<wp::float32>* var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::transform_t<wp::float32>* var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::transform_t<wp::float32> var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::quat_t<wp::float32> var_47;
    wp::quat_t<wp::float32> var_48;
    wp::quat_t<wp::float32> var_49;
    wp::quat_t<wp::float32> var_50;
    const wp::int32 var_51 = 3;
    wp::int32 var_52;
    wp::transform_t<wp::float32>* var_53;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::transform_t<wp::float32> var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 0.0;
    bool var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::quat_t<wp::float32> var_63;
    wp::quat_t<wp::float32> var_64;
    wp::quat_t<wp::float32> var_65;
    wp::quat_t<wp::float32> var_66;
    wp::vec_t<3, wp::float32>* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::vec_t<4, wp::int32> adj_2 = {};
    wp::vec_t<4, wp::int32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::transform_t<wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::quat_t<wp::float32> adj_23 = {};
    wp::transform_t<wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::quat_t<wp::float32> adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    wp::quat_t<wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::transform_t<wp::float32> adj_37 = {};
    wp::quat_t<wp::float32> adj_38 = {};
    wp::quat_t<wp::float32> adj_39 = {};
    wp::transform_t<wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::quat_t<wp::float32> adj_47 = {};
    wp::quat_t<wp::float32> adj_48 = {};
    wp::quat_t<wp::float32> adj_49 = {};
    wp::quat_t<wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::transform_t<wp::float32> adj_53 = {};
    wp::quat_t<wp::float32> adj_54 = {};
    wp::quat_t<wp::float32> adj_55 = {};
    wp::transform_t<wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::quat_t<wp::float32> adj_63 = {};
    wp::quat_t<wp::float32> adj_64 = {};
    wp::quat_t<wp::float32> adj_65 = {};
    wp::quat_t<wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    //---------
    // forward
    // def dual_quat_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.transform), out: wp.array(dtype=wp.vec3)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // j = joints[i]                                                                          <L 40>
    var_1 = wp::address(var_joints, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[i]                                                                         <L 41>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r0, d0 = dq_from_transform(bones[j[0]])                                                <L 42>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::address(var_bones, var_8);
    var_12 = wp::load(var_9);
    dq_from_transform_0(var_12, var_10, var_11);
    // br = r0 * w[0]                                                                         <L 43>
    var_14 = wp::extract(var_5, var_13);
    var_15 = wp::mul(var_10, var_14);
    // bd = d0 * w[0]                                                                         <L 44>
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::mul(var_11, var_17);
    // for k in range(1, MAX_INFLUENCES):                                                     <L 45>
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::address(var_bones, var_20);
    var_24 = wp::load(var_21);
    dq_from_transform_0(var_24, var_22, var_23);
    // s = w[k]                                                                               <L 47>
    var_25 = wp::extract(var_5, var_19);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_26 = wp::dot(var_22, var_10);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // s = -s                                                                             <L 49>
        var_29 = wp::neg(var_25);
    }
    var_30 = wp::where(var_28, var_29, var_25);
    // br = br + r * s                                                                        <L 50>
    var_31 = wp::mul(var_22, var_30);
    var_32 = wp::add(var_15, var_31);
    // bd = bd + d * s                                                                        <L 51>
    var_33 = wp::mul(var_23, var_30);
    var_34 = wp::add(var_18, var_33);
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::address(var_bones, var_36);
    var_40 = wp::load(var_37);
    dq_from_transform_0(var_40, var_38, var_39);
    // s = w[k]                                                                               <L 47>
    var_41 = wp::extract(var_5, var_35);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_42 = wp::dot(var_38, var_10);
    var_44 = (var_42 < var_43);
    if (var_44) {
        // s = -s                                                                             <L 49>
        var_45 = wp::neg(var_41);
    }
    var_46 = wp::where(var_44, var_45, var_41);
    // br = br + r * s                                                                        <L 50>
    var_47 = wp::mul(var_38, var_46);
    var_48 = wp::add(var_32, var_47);
    // bd = bd + d * s                                                                        <L 51>
    var_49 = wp::mul(var_39, var_46);
    var_50 = wp::add(var_34, var_49);
    // r, d = dq_from_transform(bones[j[k]])                                                  <L 46>
    var_52 = wp::extract(var_2, var_51);
    var_53 = wp::address(var_bones, var_52);
    var_56 = wp::load(var_53);
    dq_from_transform_0(var_56, var_54, var_55);
    // s = w[k]                                                                               <L 47>
    var_57 = wp::extract(var_5, var_51);
    // if wp.dot(r, r0) < 0.0:                                                                <L 48>
    var_58 = wp::dot(var_54, var_10);
    var_60 = (var_58 < var_59);
    if (var_60) {
        // s = -s                                                                             <L 49>
        var_61 = wp::neg(var_57);
    }
    var_62 = wp::where(var_60, var_61, var_57);
    // br = br + r * s                                                                        <L 50>
    var_63 = wp::mul(var_54, var_62);
    var_64 = wp::add(var_48, var_63);
    // bd = bd + d * s                                                                        <L 51>
    var_65 = wp::mul(var_55, var_62);
    var_66 = wp::add(var_50, var_65);
    // out[i] = dq_transform_point(br, bd, rest[i])                                           <L 52>
    var_67 = wp::address(var_rest, var_0);
    var_69 = wp::load(var_67);
    var_68 = dq_transform_point_0(var_64, var_66, var_69);
    // wp::array_store(var_out, var_0, var_68);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_68, adj_out, adj_0, adj_68);
    adj_dq_transform_point_0(var_64, var_66, var_69, adj_64, adj_66, adj_67, adj_68);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_67);
    // adj: out[i] = dq_transform_point(br, bd, rest[i])                                      <L 52>
    wp::adj_add(var_50, var_65, adj_50, adj_65, adj_66);
    wp::adj_mul(var_55, var_62, adj_55, adj_62, adj_65);
    // adj: bd = bd + d * s                                                                   <L 51>
    wp::adj_add(var_48, var_63, adj_48, adj_63, adj_64);
    wp::adj_mul(var_54, var_62, adj_54, adj_62, adj_63);
    // adj: br = br + r * s                                                                   <L 50>
    wp::adj_where(var_60, var_61, var_57, adj_60, adj_61, adj_57, adj_62);
    if (var_60) {
        wp::adj_neg(var_57, adj_57, adj_61);
        // adj: s = -s                                                                        <L 49>
    }
    wp::adj_dot(var_54, var_10, adj_54, adj_10, adj_58);
    // adj: if wp.dot(r, r0) < 0.0:                                                           <L 48>
    wp::adj_extract(var_5, var_51, adj_5, adj_51, adj_57);
    // adj: s = w[k]                                                                          <L 47>
    adj_dq_from_transform_0(var_56, var_54, var_55, adj_53, adj_54, adj_55);
    wp::adj_address(var_bones, var_52, adj_bones, adj_52, adj_53);
    wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_52);
    // adj: r, d = dq_from_transform(bones[j[k]])                                             <L 46>
    wp::adj_add(var_34, var_49, adj_34, adj_49, adj_50);
    wp::adj_mul(var_39, var_46, adj_39, adj_46, adj_49);
    // adj: bd = bd + d * s                                                                   <L 51>
    wp::adj_add(var_32, var_47, adj_32, adj_47, adj_48);
    wp::adj_mul(var_38, var_46, adj_38, adj_46, adj_47);
    // adj: br = br + r * s                                                                   <L 50>
    wp::adj_where(var_44, var_45, var_41, adj_44, adj_45, adj_41, adj_46);
    if (var_44) {
        wp::adj_neg(var_41, adj_41, adj_45);
        // adj: s = -s                                                                        <L 49>
    }
    wp::adj_dot(var_38, var_10, adj_38, adj_10, adj_42);
    // adj: if wp.dot(r, r0) < 0.0:                                                           <L 48>
    wp::adj_extract(var_5, var_35, adj_5, adj_35, adj_41);
    // adj: s = w[k]                                                                          <L 47>
    adj_dq_from_transform_0(var_40, var_38, var_39, adj_37, adj_38, adj_39);
    wp::adj_address(var_bones, var_36, adj_bones, adj_36, adj_37);
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    // adj: r, d = dq_from_transform(bones[j[k]])                                             <L 46>
    wp::adj_add(var_18, var_33, adj_18, adj_33, adj_34);
    wp::adj_mul(var_23, var_30, adj_23, adj_30, adj_33);
    // adj: bd = bd + d * s                                                                   <L 51>
    wp::adj_add(var_15, var_31, adj_15, adj_31, adj_32);
    wp::adj_mul(var_22, var_30, adj_22, adj_30, adj_31);
    // adj: br = br + r * s                                                                   <L 50>
    wp::adj_where(var_28, var_29, var_25, adj_28, adj_29, adj_25, adj_30);
    if (var_28) {
        wp::adj_neg(var_25, adj_25, adj_29);
        // adj: s = -s                                                                        <L 49>
    }
    wp::adj_dot(var_22, var_10, adj_22, adj_10, adj_26);
    // adj: if wp.dot(r, r0) < 0.0:                                                           <L 48>
    wp::adj_extract(var_5, var_19, adj_5, adj_19, adj_25);
    // adj: s = w[k]                                                                          <L 47>
    adj_dq_from_transform_0(var_24, var_22, var_23, adj_21, adj_22, adj_23);
    wp::adj_address(var_bones, var_20, adj_bones, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    // adj: r, d = dq_from_transform(bones[j[k]])                                             <L 46>
    // adj: for k in range(1, MAX_INFLUENCES):                                                <L 45>
    wp::adj_mul(var_11, var_17, adj_11, adj_17, adj_18);
    wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
    // adj: bd = d0 * w[0]                                                                    <L 44>
    wp::adj_mul(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_extract(var_5, var_13, adj_5, adj_13, adj_14);
    // adj: br = r0 * w[0]                                                                    <L 43>
    adj_dq_from_transform_0(var_12, var_10, var_11, adj_9, adj_10, adj_11);
    wp::adj_address(var_bones, var_8, adj_bones, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: r0, d0 = dq_from_transform(bones[j[0]])                                           <L 42>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: w = weights[i]                                                                    <L 41>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_joints, var_0, adj_joints, adj_0, adj_1);
    // adj: j = joints[i]                                                                     <L 40>
    // adj: i = wp.tid()                                                                      <L 39>
    // adj: def dual_quat_blend(rest: wp.array(dtype=wp.vec3), joints: wp.array(dtype=wp.vec4i), weights: wp.array(dtype=wp.vec4), bones: wp.array(dtype=wp.transform), out: wp.array(dtype=wp.vec3)):  <L 38>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dual_quat_blend_f995e2ac_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dual_quat_blend_f995e2ac *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dual_quat_blend_f995e2ac_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dual_quat_blend_f995e2ac_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dual_quat_blend_f995e2ac *_wp_args,
    wp_args_dual_quat_blend_f995e2ac *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dual_quat_blend_f995e2ac_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bone_matrices_79ff48a4 {
    wp::array_t<wp::transform_t<wp::float32>> local;
    wp::array_t<wp::int32> parent;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> inv_bind;
    wp::array_t<wp::transform_t<wp::float32>> world;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> mats;
};


void bone_matrices_79ff48a4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bone_matrices_79ff48a4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_local = _wp_args->local;
    wp::array_t<wp::int32> var_parent = _wp_args->parent;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv_bind = _wp_args->inv_bind;
    wp::array_t<wp::transform_t<wp::float32>> var_world = _wp_args->world;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mats = _wp_args->mats;
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
    bool var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::quat_t<wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    const wp::int32 var_47 = 2;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
    const wp::float32 var_52 = 0.0;
    const wp::float32 var_53 = 0.0;
    const wp::float32 var_54 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_55;
    wp::mat_t<4, 4, wp::float32>* var_56;
    wp::mat_t<4, 4, wp::float32> var_57;
    wp::mat_t<4, 4, wp::float32> var_58;
    //---------
    // forward
    // def bone_matrices(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), world: wp.array(dtype=wp.transform), mats: wp.array(dtype=wp.mat44)):       <L 56>
    // b = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // X = local[b]                                                                           <L 58>
    var_1 = wp::address(var_local, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = parent[b]                                                                          <L 59>
    var_4 = wp::address(var_parent, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // while p >= 0:                                                                          <L 60>
    start_while_0:;
    var_8 = (var_5 >= var_7);
    if ((var_8) == false) goto end_while_0;
        // X = local[p] * X                                                                   <L 61>
        var_9 = wp::address(var_local, var_5);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        // p = parent[p]                                                                      <L 62>
        var_12 = wp::address(var_parent, var_5);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        wp::assign(var_2, var_10);
        wp::assign(var_5, var_13);
    goto start_while_0;
    end_while_0:;
    // world[b] = X                                                                           <L 63>
    wp::array_store(var_world, var_0, var_2);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(X))                                    <L 64>
    var_15 = wp::transform_get_rotation(var_2);
    var_16 = wp::quat_to_matrix(var_15);
    // t = wp.transform_get_translation(X)                                                    <L 65>
    var_17 = wp::transform_get_translation(var_2);
    // M = wp.mat44(R[0, 0], R[0, 1], R[0, 2], t[0], R[1, 0], R[1, 1], R[1, 2], t[1], R[2, 0], R[2, 1], R[2, 2], t[2], 0.0, 0.0, 0.0, 1.0)       <L 66>
    var_20 = wp::extract(var_16, var_18, var_19);
    var_23 = wp::extract(var_16, var_21, var_22);
    var_26 = wp::extract(var_16, var_24, var_25);
    var_28 = wp::extract(var_17, var_27);
    var_31 = wp::extract(var_16, var_29, var_30);
    var_34 = wp::extract(var_16, var_32, var_33);
    var_37 = wp::extract(var_16, var_35, var_36);
    var_39 = wp::extract(var_17, var_38);
    var_42 = wp::extract(var_16, var_40, var_41);
    var_45 = wp::extract(var_16, var_43, var_44);
    var_48 = wp::extract(var_16, var_46, var_47);
    var_50 = wp::extract(var_17, var_49);
    var_55 = wp::mat_t<4, 4, wp::float32>(var_20, var_23, var_26, var_28, var_31, var_34, var_37, var_39, var_42, var_45, var_48, var_50, var_51, var_52, var_53, var_54);
    // mats[b] = M * inv_bind[b]                                                              <L 67>
    var_56 = wp::address(var_inv_bind, var_0);
    var_58 = wp::load(var_56);
    var_57 = wp::mul(var_55, var_58);
    wp::array_store(var_mats, var_0, var_57);
}



void bone_matrices_79ff48a4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bone_matrices_79ff48a4 *_wp_args,
    wp_args_bone_matrices_79ff48a4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_local = _wp_args->local;
    wp::array_t<wp::int32> var_parent = _wp_args->parent;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv_bind = _wp_args->inv_bind;
    wp::array_t<wp::transform_t<wp::float32>> var_world = _wp_args->world;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::transform_t<wp::float32>> adj_local = _wp_adj_args->local;
    wp::array_t<wp::int32> adj_parent = _wp_adj_args->parent;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_inv_bind = _wp_adj_args->inv_bind;
    wp::array_t<wp::transform_t<wp::float32>> adj_world = _wp_adj_args->world;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_mats = _wp_adj_args->mats;
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
    bool var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::quat_t<wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    const wp::int32 var_47 = 2;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
    const wp::float32 var_52 = 0.0;
    const wp::float32 var_53 = 0.0;
    const wp::float32 var_54 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_55;
    wp::mat_t<4, 4, wp::float32>* var_56;
    wp::mat_t<4, 4, wp::float32> var_57;
    wp::mat_t<4, 4, wp::float32> var_58;
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
    bool adj_8 = {};
    wp::transform_t<wp::float32> adj_9 = {};
    wp::transform_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::mat_t<4, 4, wp::float32> adj_55 = {};
    wp::mat_t<4, 4, wp::float32> adj_56 = {};
    wp::mat_t<4, 4, wp::float32> adj_57 = {};
    wp::mat_t<4, 4, wp::float32> adj_58 = {};
    //---------
    // forward
    // def bone_matrices(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), world: wp.array(dtype=wp.transform), mats: wp.array(dtype=wp.mat44)):       <L 56>
    // b = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // X = local[b]                                                                           <L 58>
    var_1 = wp::address(var_local, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = parent[b]                                                                          <L 59>
    var_4 = wp::address(var_parent, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // while p >= 0:                                                                          <L 60>
    // world[b] = X                                                                           <L 63>
    // wp::array_store(var_world, var_0, var_2);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(X))                                    <L 64>
    var_15 = wp::transform_get_rotation(var_2);
    var_16 = wp::quat_to_matrix(var_15);
    // t = wp.transform_get_translation(X)                                                    <L 65>
    var_17 = wp::transform_get_translation(var_2);
    // M = wp.mat44(R[0, 0], R[0, 1], R[0, 2], t[0], R[1, 0], R[1, 1], R[1, 2], t[1], R[2, 0], R[2, 1], R[2, 2], t[2], 0.0, 0.0, 0.0, 1.0)       <L 66>
    var_20 = wp::extract(var_16, var_18, var_19);
    var_23 = wp::extract(var_16, var_21, var_22);
    var_26 = wp::extract(var_16, var_24, var_25);
    var_28 = wp::extract(var_17, var_27);
    var_31 = wp::extract(var_16, var_29, var_30);
    var_34 = wp::extract(var_16, var_32, var_33);
    var_37 = wp::extract(var_16, var_35, var_36);
    var_39 = wp::extract(var_17, var_38);
    var_42 = wp::extract(var_16, var_40, var_41);
    var_45 = wp::extract(var_16, var_43, var_44);
    var_48 = wp::extract(var_16, var_46, var_47);
    var_50 = wp::extract(var_17, var_49);
    var_55 = wp::mat_t<4, 4, wp::float32>(var_20, var_23, var_26, var_28, var_31, var_34, var_37, var_39, var_42, var_45, var_48, var_50, var_51, var_52, var_53, var_54);
    // mats[b] = M * inv_bind[b]                                                              <L 67>
    var_56 = wp::address(var_inv_bind, var_0);
    var_58 = wp::load(var_56);
    var_57 = wp::mul(var_55, var_58);
    // wp::array_store(var_mats, var_0, var_57);
    //---------
    // reverse
    wp::adj_array_store(var_mats, var_0, var_57, adj_mats, adj_0, adj_57);
    wp::adj_mul(var_55, var_58, adj_55, adj_56, adj_57);
    wp::adj_address(var_inv_bind, var_0, adj_inv_bind, adj_0, adj_56);
    // adj: mats[b] = M * inv_bind[b]                                                         <L 67>
    wp::adj_mat_t(var_20, var_23, var_26, var_28, var_31, var_34, var_37, var_39, var_42, var_45, var_48, var_50, var_51, var_52, var_53, var_54, adj_20, adj_23, adj_26, adj_28, adj_31, adj_34, adj_37, adj_39, adj_42, adj_45, adj_48, adj_50, adj_51, adj_52, adj_53, adj_54, adj_55);
    wp::adj_extract(var_17, var_49, adj_17, adj_49, adj_50);
    wp::adj_extract(var_16, var_46, var_47, adj_16, adj_46, adj_47, adj_48);
    wp::adj_extract(var_16, var_43, var_44, adj_16, adj_43, adj_44, adj_45);
    wp::adj_extract(var_16, var_40, var_41, adj_16, adj_40, adj_41, adj_42);
    wp::adj_extract(var_17, var_38, adj_17, adj_38, adj_39);
    wp::adj_extract(var_16, var_35, var_36, adj_16, adj_35, adj_36, adj_37);
    wp::adj_extract(var_16, var_32, var_33, adj_16, adj_32, adj_33, adj_34);
    wp::adj_extract(var_16, var_29, var_30, adj_16, adj_29, adj_30, adj_31);
    wp::adj_extract(var_17, var_27, adj_17, adj_27, adj_28);
    wp::adj_extract(var_16, var_24, var_25, adj_16, adj_24, adj_25, adj_26);
    wp::adj_extract(var_16, var_21, var_22, adj_16, adj_21, adj_22, adj_23);
    wp::adj_extract(var_16, var_18, var_19, adj_16, adj_18, adj_19, adj_20);
    // adj: M = wp.mat44(R[0, 0], R[0, 1], R[0, 2], t[0], R[1, 0], R[1, 1], R[1, 2], t[1], R[2, 0], R[2, 1], R[2, 2], t[2], 0.0, 0.0, 0.0, 1.0)  <L 66>
    wp::adj_transform_get_translation(var_2, adj_2, adj_17);
    // adj: t = wp.transform_get_translation(X)                                               <L 65>
    wp::adj_quat_to_matrix(var_15, adj_15, adj_16);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_15);
    // adj: R = wp.quat_to_matrix(wp.transform_get_rotation(X))                               <L 64>
    wp::adj_array_store(var_world, var_0, var_2, adj_world, adj_0, adj_2);
    // adj: world[b] = X                                                                      <L 63>
    start_while_0:;
    var_8 = (var_5 >= var_7);
    if ((var_8) == false) goto end_while_0;
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
        // X = local[p] * X                                                                   <L 61>
        var_9 = wp::address(var_local, var_5);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        // p = parent[p]                                                                      <L 62>
        var_12 = wp::address(var_parent, var_5);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        wp::assign(var_2, var_10);
        wp::assign(var_5, var_13);
        wp::adj_assign(var_5, var_13, adj_5, adj_13);
        wp::adj_assign(var_2, var_10, adj_2, adj_10);
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_parent, var_5, adj_parent, adj_5, adj_12);
        // adj: p = parent[p]                                                                 <L 62>
        wp::adj_mul(var_11, var_2, adj_9, adj_2, adj_10);
        wp::adj_address(var_local, var_5, adj_local, adj_5, adj_9);
        // adj: X = local[p] * X                                                              <L 61>
    goto start_while_0;
    end_while_0:;
    // adj: while p >= 0:                                                                     <L 60>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_parent, var_0, adj_parent, adj_0, adj_4);
    // adj: p = parent[b]                                                                     <L 59>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_local, var_0, adj_local, adj_0, adj_1);
    // adj: X = local[b]                                                                      <L 58>
    // adj: b = wp.tid()                                                                      <L 57>
    // adj: def bone_matrices(local: wp.array(dtype=wp.transform), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), world: wp.array(dtype=wp.transform), mats: wp.array(dtype=wp.mat44)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bone_matrices_79ff48a4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_bone_matrices_79ff48a4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bone_matrices_79ff48a4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bone_matrices_79ff48a4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_bone_matrices_79ff48a4 *_wp_args,
    wp_args_bone_matrices_79ff48a4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bone_matrices_79ff48a4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_normalize_weights_3699774c {
    wp::array_t<wp::vec_t<4, wp::float32>> weights;
};


void normalize_weights_3699774c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_normalize_weights_3699774c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::vec_t<4, wp::float32> var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<4, wp::float32> var_22;
    //---------
    // forward
    // def normalize_weights(weights: wp.array(dtype=wp.vec4)):                               <L 71>
    // i = wp.tid()                                                                           <L 72>
    var_0 = builtin_tid1d();
    // w = weights[i]                                                                         <L 73>
    var_1 = wp::address(var_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = w[0] + w[1] + w[2] + w[3]                                                          <L 74>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::add(var_11, var_13);
    // if s > 0.0:                                                                            <L 75>
    var_16 = (var_14 > var_15);
    if (var_16) {
        // weights[i] = w / s                                                                 <L 76>
        var_17 = wp::div(var_2, var_14);
        wp::array_store(var_weights, var_0, var_17);
    }
    if (!var_16) {
        // weights[i] = wp.vec4(1.0, 0.0, 0.0, 0.0)                                           <L 78>
        var_22 = wp::vec_t<4, wp::float32>(var_18, var_19, var_20, var_21);
        wp::array_store(var_weights, var_0, var_22);
    }
}



void normalize_weights_3699774c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_normalize_weights_3699774c *_wp_args,
    wp_args_normalize_weights_3699774c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_weights = _wp_adj_args->weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::vec_t<4, wp::float32> var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<4, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    //---------
    // forward
    // def normalize_weights(weights: wp.array(dtype=wp.vec4)):                               <L 71>
    // i = wp.tid()                                                                           <L 72>
    var_0 = builtin_tid1d();
    // w = weights[i]                                                                         <L 73>
    var_1 = wp::address(var_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = w[0] + w[1] + w[2] + w[3]                                                          <L 74>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::add(var_11, var_13);
    // if s > 0.0:                                                                            <L 75>
    var_16 = (var_14 > var_15);
    if (var_16) {
        // weights[i] = w / s                                                                 <L 76>
        var_17 = wp::div(var_2, var_14);
        // wp::array_store(var_weights, var_0, var_17);
    }
    if (!var_16) {
        // weights[i] = wp.vec4(1.0, 0.0, 0.0, 0.0)                                           <L 78>
        var_22 = wp::vec_t<4, wp::float32>(var_18, var_19, var_20, var_21);
        // wp::array_store(var_weights, var_0, var_22);
    }
    //---------
    // reverse
    if (!var_16) {
        wp::adj_array_store(var_weights, var_0, var_22, adj_weights, adj_0, adj_22);
        wp::adj_vec_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_22);
        // adj: weights[i] = wp.vec4(1.0, 0.0, 0.0, 0.0)                                      <L 78>
    }
    if (var_16) {
        wp::adj_array_store(var_weights, var_0, var_17, adj_weights, adj_0, adj_17);
        wp::adj_div(var_2, var_14, adj_2, adj_14, adj_17);
        // adj: weights[i] = w / s                                                            <L 76>
    }
    // adj: if s > 0.0:                                                                       <L 75>
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: s = w[0] + w[1] + w[2] + w[3]                                                     <L 74>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_1);
    // adj: w = weights[i]                                                                    <L 73>
    // adj: i = wp.tid()                                                                      <L 72>
    // adj: def normalize_weights(weights: wp.array(dtype=wp.vec4)):                          <L 71>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void normalize_weights_3699774c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_normalize_weights_3699774c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        normalize_weights_3699774c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void normalize_weights_3699774c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_normalize_weights_3699774c *_wp_args,
    wp_args_normalize_weights_3699774c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        normalize_weights_3699774c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

