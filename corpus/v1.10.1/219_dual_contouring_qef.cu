
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


// corpus/219_dual_contouring_qef.py:4
static CUDA_CALLABLE wp::float32 sphere_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sphere_sdf(p: wp.vec3, c: wp.vec3, r: float) -> float:                             <L 5>
    // return wp.length(p - c) - r                                                            <L 6>
    var_0 = wp::sub(var_p, var_c);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_r);
    return var_2;
}


// corpus/219_dual_contouring_qef.py:9
static CUDA_CALLABLE wp::float32 field_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.7;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    const wp::float32 var_7 = 0.2;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.4;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def field(p: wp.vec3) -> float:                                                        <L 10>
    // a = sphere_sdf(p, wp.vec3(0.0, 0.0, 0.0), 0.7)                                         <L 11>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_5 = sphere_sdf_0(var_p, var_3, var_4);
    // b = sphere_sdf(p, wp.vec3(0.5, 0.2, 0.0), 0.4)                                         <L 12>
    var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
    var_11 = sphere_sdf_0(var_p, var_9, var_10);
    // return wp.min(a, b)                                                                    <L 13>
    var_12 = wp::min(var_5, var_11);
    return var_12;
}


// corpus/219_dual_contouring_qef.py:16
static CUDA_CALLABLE wp::vec_t<3, wp::float32> field_normal_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def field_normal(p: wp.vec3) -> wp.vec3:                                               <L 17>
    // e = 1.0e-3                                                                             <L 18>
    // return wp.normalize(wp.vec3(field(p + wp.vec3(e, 0.0, 0.0)) - field(p - wp.vec3(e, 0.0, 0.0)), field(p + wp.vec3(0.0, e, 0.0)) - field(p - wp.vec3(0.0, e, 0.0)), field(p + wp.vec3(0.0, 0.0, e)) - field(p - wp.vec3(0.0, 0.0, e))))       <L 19>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = field_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = field_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = field_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = field_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = field_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = field_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// corpus/219_dual_contouring_qef.py:22
static CUDA_CALLABLE wp::vec_t<3, wp::float32> corner_0(
    wp::int32 var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def corner(c: int) -> wp.vec3:                                                         <L 23>
    // return wp.vec3(float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1))                 <L 24>
    var_1 = wp::bit_and(var_c, var_0);
    var_2 = wp::float(var_1);
    var_4 = wp::rshift(var_c, var_3);
    var_6 = wp::bit_and(var_4, var_5);
    var_7 = wp::float(var_6);
    var_9 = wp::rshift(var_c, var_8);
    var_11 = wp::bit_and(var_9, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_2, var_7, var_12);
    return var_13;
}


// corpus/219_dual_contouring_qef.py:4
static CUDA_CALLABLE void adj_sphere_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sphere_sdf(p: wp.vec3, c: wp.vec3, r: float) -> float:                             <L 5>
    // return wp.length(p - c) - r                                                            <L 6>
    var_0 = wp::sub(var_p, var_c);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_r, adj_1, adj_r, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_c, adj_p, adj_c, adj_0);
    // adj: return wp.length(p - c) - r                                                       <L 6>
    // adj: def sphere_sdf(p: wp.vec3, c: wp.vec3, r: float) -> float:                        <L 5>
    return;
}


// corpus/219_dual_contouring_qef.py:9
static CUDA_CALLABLE void adj_field_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.7;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    const wp::float32 var_7 = 0.2;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.4;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def field(p: wp.vec3) -> float:                                                        <L 10>
    // a = sphere_sdf(p, wp.vec3(0.0, 0.0, 0.0), 0.7)                                         <L 11>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_5 = sphere_sdf_0(var_p, var_3, var_4);
    // b = sphere_sdf(p, wp.vec3(0.5, 0.2, 0.0), 0.4)                                         <L 12>
    var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
    var_11 = sphere_sdf_0(var_p, var_9, var_10);
    // return wp.min(a, b)                                                                    <L 13>
    var_12 = wp::min(var_5, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_min(var_5, var_11, adj_5, adj_11, adj_12);
    // adj: return wp.min(a, b)                                                               <L 13>
    adj_sphere_sdf_0(var_p, var_9, var_10, adj_p, adj_9, adj_10, adj_11);
    wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    // adj: b = sphere_sdf(p, wp.vec3(0.5, 0.2, 0.0), 0.4)                                    <L 12>
    adj_sphere_sdf_0(var_p, var_3, var_4, adj_p, adj_3, adj_4, adj_5);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: a = sphere_sdf(p, wp.vec3(0.0, 0.0, 0.0), 0.7)                                    <L 11>
    // adj: def field(p: wp.vec3) -> float:                                                   <L 10>
    return;
}


// corpus/219_dual_contouring_qef.py:16
static CUDA_CALLABLE void adj_field_normal_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    //---------
    // forward
    // def field_normal(p: wp.vec3) -> wp.vec3:                                               <L 17>
    // e = 1.0e-3                                                                             <L 18>
    // return wp.normalize(wp.vec3(field(p + wp.vec3(e, 0.0, 0.0)) - field(p - wp.vec3(e, 0.0, 0.0)), field(p + wp.vec3(0.0, e, 0.0)) - field(p - wp.vec3(0.0, e, 0.0)), field(p + wp.vec3(0.0, 0.0, e)) - field(p - wp.vec3(0.0, 0.0, e))))       <L 19>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = field_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = field_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = field_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = field_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = field_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = field_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_35 += adj_ret;
    wp::adj_normalize(var_34, var_35, adj_34, adj_35);
    wp::adj_vec_t(var_11, var_22, var_33, adj_11, adj_22, adj_33, adj_34);
    wp::adj_sub(var_27, var_32, adj_27, adj_32, adj_33);
    adj_field_0(var_31, adj_31, adj_32);
    wp::adj_sub(var_p, var_30, adj_p, adj_30, adj_31);
    wp::adj_vec_t(var_28, var_29, var_0, adj_28, adj_29, adj_0, adj_30);
    adj_field_0(var_26, adj_26, adj_27);
    wp::adj_add(var_p, var_25, adj_p, adj_25, adj_26);
    wp::adj_vec_t(var_23, var_24, var_0, adj_23, adj_24, adj_0, adj_25);
    wp::adj_sub(var_16, var_21, adj_16, adj_21, adj_22);
    adj_field_0(var_20, adj_20, adj_21);
    wp::adj_sub(var_p, var_19, adj_p, adj_19, adj_20);
    wp::adj_vec_t(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    adj_field_0(var_15, adj_15, adj_16);
    wp::adj_add(var_p, var_14, adj_p, adj_14, adj_15);
    wp::adj_vec_t(var_12, var_0, var_13, adj_12, adj_0, adj_13, adj_14);
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    adj_field_0(var_9, adj_9, adj_10);
    wp::adj_sub(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_vec_t(var_0, var_6, var_7, adj_0, adj_6, adj_7, adj_8);
    adj_field_0(var_4, adj_4, adj_5);
    wp::adj_add(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: return wp.normalize(wp.vec3(field(p + wp.vec3(e, 0.0, 0.0)) - field(p - wp.vec3(e, 0.0, 0.0)), field(p + wp.vec3(0.0, e, 0.0)) - field(p - wp.vec3(0.0, e, 0.0)), field(p + wp.vec3(0.0, 0.0, e)) - field(p - wp.vec3(0.0, 0.0, e))))  <L 19>
    // adj: e = 1.0e-3                                                                        <L 18>
    // adj: def field_normal(p: wp.vec3) -> wp.vec3:                                          <L 17>
    return;
}


// corpus/219_dual_contouring_qef.py:22
static CUDA_CALLABLE void adj_corner_0(
    wp::int32 var_c,
    wp::int32 & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def corner(c: int) -> wp.vec3:                                                         <L 23>
    // return wp.vec3(float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1))                 <L 24>
    var_1 = wp::bit_and(var_c, var_0);
    var_2 = wp::float(var_1);
    var_4 = wp::rshift(var_c, var_3);
    var_6 = wp::bit_and(var_4, var_5);
    var_7 = wp::float(var_6);
    var_9 = wp::rshift(var_c, var_8);
    var_11 = wp::bit_and(var_9, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_2, var_7, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_vec_t(var_2, var_7, var_12, adj_2, adj_7, adj_12, adj_13);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_float(var_6, adj_6, adj_7);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: return wp.vec3(float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1))            <L 24>
    // adj: def corner(c: int) -> wp.vec3:                                                    <L 23>
    return;
}



extern "C" __global__ void cell_vertices_3ff49abf_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<bool> var_active,
    wp::array_t<wp::int32> var_count)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 12;
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 4;
        wp::int32 var_18;
        const wp::int32 var_19 = 4;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 1;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        const wp::float32 var_55 = 1.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.0;
        bool var_63;
        const wp::float32 var_64 = 0.0;
        bool var_65;
        bool var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::mat_t<3, 3, wp::float32> var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 1;
        const wp::int32 var_81 = 1;
        wp::int32 var_82;
        const wp::int32 var_83 = 0;
        bool var_84;
        const bool var_85 = false;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::int32 var_88 = 3;
        wp::mat_t<3, 3, wp::float32> var_89;
        const wp::float32 var_90 = 0.05;
        wp::mat_t<3, 3, wp::float32> var_91;
        wp::mat_t<3, 3, wp::float32> var_92;
        wp::mat_t<3, 3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::vec_t<3, wp::float32> var_102;
        const bool var_103 = true;
        const wp::int32 var_104 = 0;
        const wp::int32 var_105 = 1;
        wp::int32 var_106;
        //---------
        // forward
        // def cell_vertices(origin: wp.vec3, h: float, verts: wp.array3d(dtype=wp.vec3), active: wp.array3d(dtype=wp.bool), count: wp.array(dtype=int)):       <L 28>
        // i, j, k = wp.tid()                                                                     <L 29>
        builtin_tid3d(var_0, var_1, var_2);
        // base = origin + wp.vec3(float(i), float(j), float(k)) * h                              <L 30>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::add(var_origin, var_7);
        // ATA = wp.mat33()                                                                       <L 31>
        var_9 = wp::mat_t<3, 3, wp::float32>();
        // ATb = wp.vec3()                                                                        <L 32>
        var_10 = wp::vec_t<3, wp::float32>();
        // mass = wp.vec3()                                                                       <L 33>
        var_11 = wp::vec_t<3, wp::float32>();
        // n_cross = int(0)                                                                       <L 34>
        var_13 = wp::int(var_12);
        // for e in range(12):                                                                    <L 35>
        var_15 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // axis = e // 4                                                                      <L 36>
            var_18 = wp::floordiv(var_16, var_17);
            // m = e % 4                                                                          <L 37>
            var_20 = wp::mod(var_16, var_19);
            // c0 = wp.vec3()                                                                     <L 38>
            var_21 = wp::vec_t<3, wp::float32>();
            // if axis == 0:                                                                      <L 39>
            var_23 = (var_18 == var_22);
            if (var_23) {
                // c0 = wp.vec3(0.0, float(m & 1), float(m >> 1))                                 <L 40>
                var_26 = wp::bit_and(var_20, var_25);
                var_27 = wp::float(var_26);
                var_29 = wp::rshift(var_20, var_28);
                var_30 = wp::float(var_29);
                var_31 = wp::vec_t<3, wp::float32>(var_24, var_27, var_30);
            }
            var_32 = wp::where(var_23, var_31, var_21);
            if (!var_23) {
                // elif axis == 1:                                                                <L 41>
                var_34 = (var_18 == var_33);
                if (var_34) {
                    // c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                             <L 42>
                    var_36 = wp::bit_and(var_20, var_35);
                    var_37 = wp::float(var_36);
                    var_40 = wp::rshift(var_20, var_39);
                    var_41 = wp::float(var_40);
                    var_42 = wp::vec_t<3, wp::float32>(var_37, var_38, var_41);
                }
                var_43 = wp::where(var_34, var_42, var_32);
                if (!var_34) {
                    // c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                             <L 44>
                    var_45 = wp::bit_and(var_20, var_44);
                    var_46 = wp::float(var_45);
                    var_48 = wp::rshift(var_20, var_47);
                    var_49 = wp::float(var_48);
                    var_51 = wp::vec_t<3, wp::float32>(var_46, var_49, var_50);
                }
                var_52 = wp::where(var_34, var_43, var_51);
            }
            var_53 = wp::where(var_23, var_32, var_52);
            // c1 = c0                                                                            <L 45>
            var_54 = wp::copy(var_53);
            // c1[axis] = 1.0                                                                     <L 46>
            wp::assign_inplace(var_54, var_18, var_55);
            // p0 = base + c0 * h                                                                 <L 47>
            var_56 = wp::mul(var_53, var_h);
            var_57 = wp::add(var_8, var_56);
            // p1 = base + c1 * h                                                                 <L 48>
            var_58 = wp::mul(var_54, var_h);
            var_59 = wp::add(var_8, var_58);
            // f0 = field(p0)                                                                     <L 49>
            var_60 = field_0(var_57);
            // f1 = field(p1)                                                                     <L 50>
            var_61 = field_0(var_59);
            // if (f0 < 0.0) == (f1 < 0.0):                                                       <L 51>
            var_63 = (var_60 < var_62);
            var_65 = (var_61 < var_64);
            var_66 = (var_63 == var_65);
            if (var_66) {
                // continue                                                                       <L 52>
                goto start_for_0;
            }
            // t = f0 / (f0 - f1)                                                                 <L 53>
            var_67 = wp::sub(var_60, var_61);
            var_68 = wp::div(var_60, var_67);
            // p = wp.lerp(p0, p1, t)                                                             <L 54>
            var_69 = wp::lerp(var_57, var_59, var_68);
            // n = field_normal(p)                                                                <L 55>
            var_70 = field_normal_0(var_69);
            // ATA += wp.outer(n, n)                                                              <L 56>
            var_71 = wp::outer(var_70, var_70);
            var_72 = wp::outer(var_70, var_70);
            var_73 = wp::add(var_9, var_72);
            // ATb += n * wp.dot(n, p)                                                            <L 57>
            var_74 = wp::dot(var_70, var_69);
            var_75 = wp::mul(var_70, var_74);
            var_76 = wp::dot(var_70, var_69);
            var_77 = wp::mul(var_70, var_76);
            var_78 = wp::add(var_10, var_77);
            // mass += p                                                                          <L 58>
            var_79 = wp::add(var_11, var_69);
            // n_cross += 1                                                                       <L 59>
            var_82 = wp::add(var_13, var_81);
            wp::assign(var_9, var_73);
            wp::assign(var_10, var_78);
            wp::assign(var_11, var_79);
            wp::assign(var_13, var_82);
            goto start_for_0;
        end_for_0:;
        // if n_cross == 0:                                                                       <L 60>
        var_84 = (var_13 == var_83);
        if (var_84) {
            // active[i, j, k] = False                                                            <L 61>
            wp::array_store(var_active, var_0, var_1, var_2, var_85);
            // return                                                                             <L 62>
            continue;
        }
        // centroid = mass / float(n_cross)                                                       <L 63>
        var_86 = wp::float(var_13);
        var_87 = wp::div(var_11, var_86);
        // reg = wp.identity(n=3, dtype=float) * 0.05                                             <L 64>
        var_89 = wp::identity<3, wp::float32>();
        var_91 = wp::mul(var_89, var_90);
        // x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                          <L 65>
        var_92 = wp::add(var_9, var_91);
        var_93 = wp::inverse(var_92);
        var_94 = wp::mul(var_9, var_87);
        var_95 = wp::sub(var_10, var_94);
        var_96 = wp::mul(var_93, var_95);
        var_97 = wp::add(var_96, var_87);
        // lo = base                                                                              <L 66>
        var_98 = wp::copy(var_8);
        // hi = base + wp.vec3(h)                                                                 <L 67>
        var_99 = wp::vec_t<3, wp::float32>(var_h);
        var_100 = wp::add(var_8, var_99);
        // verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                             <L 68>
        var_101 = wp::max(var_97, var_98);
        var_102 = wp::min(var_101, var_100);
        wp::array_store(var_verts, var_0, var_1, var_2, var_102);
        // active[i, j, k] = True                                                                 <L 69>
        wp::array_store(var_active, var_0, var_1, var_2, var_103);
        // wp.atomic_add(count, 0, 1)                                                             <L 70>
        var_106 = wp::atomic_add(var_count, var_104, var_105);
    }
}



extern "C" __global__ void cell_vertices_3ff49abf_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<bool> var_active,
    wp::array_t<wp::int32> var_count,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts,
    wp::array_t<bool> adj_active,
    wp::array_t<wp::int32> adj_count)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 12;
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 4;
        wp::int32 var_18;
        const wp::int32 var_19 = 4;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 1;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        const wp::float32 var_55 = 1.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.0;
        bool var_63;
        const wp::float32 var_64 = 0.0;
        bool var_65;
        bool var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::mat_t<3, 3, wp::float32> var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 1;
        const wp::int32 var_81 = 1;
        wp::int32 var_82;
        const wp::int32 var_83 = 0;
        bool var_84;
        const bool var_85 = false;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::int32 var_88 = 3;
        wp::mat_t<3, 3, wp::float32> var_89;
        const wp::float32 var_90 = 0.05;
        wp::mat_t<3, 3, wp::float32> var_91;
        wp::mat_t<3, 3, wp::float32> var_92;
        wp::mat_t<3, 3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::vec_t<3, wp::float32> var_102;
        const bool var_103 = true;
        const wp::int32 var_104 = 0;
        const wp::int32 var_105 = 1;
        wp::int32 var_106;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        bool adj_65 = {};
        bool adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::mat_t<3, 3, wp::float32> adj_71 = {};
        wp::mat_t<3, 3, wp::float32> adj_72 = {};
        wp::mat_t<3, 3, wp::float32> adj_73 = {};
        wp::float32 adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::float32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        bool adj_84 = {};
        bool adj_85 = {};
        wp::float32 adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::int32 adj_88 = {};
        wp::mat_t<3, 3, wp::float32> adj_89 = {};
        wp::float32 adj_90 = {};
        wp::mat_t<3, 3, wp::float32> adj_91 = {};
        wp::mat_t<3, 3, wp::float32> adj_92 = {};
        wp::mat_t<3, 3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::vec_t<3, wp::float32> adj_102 = {};
        bool adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        //---------
        // forward
        // def cell_vertices(origin: wp.vec3, h: float, verts: wp.array3d(dtype=wp.vec3), active: wp.array3d(dtype=wp.bool), count: wp.array(dtype=int)):       <L 28>
        // i, j, k = wp.tid()                                                                     <L 29>
        builtin_tid3d(var_0, var_1, var_2);
        // base = origin + wp.vec3(float(i), float(j), float(k)) * h                              <L 30>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::add(var_origin, var_7);
        // ATA = wp.mat33()                                                                       <L 31>
        var_9 = wp::mat_t<3, 3, wp::float32>();
        // ATb = wp.vec3()                                                                        <L 32>
        var_10 = wp::vec_t<3, wp::float32>();
        // mass = wp.vec3()                                                                       <L 33>
        var_11 = wp::vec_t<3, wp::float32>();
        // n_cross = int(0)                                                                       <L 34>
        var_13 = wp::int(var_12);
        // for e in range(12):                                                                    <L 35>
        var_15 = wp::range(var_14);
        // if n_cross == 0:                                                                       <L 60>
        var_84 = (var_13 == var_83);
        if (var_84) {
            // active[i, j, k] = False                                                            <L 61>
            // wp::array_store(var_active, var_0, var_1, var_2, var_85);
            // return                                                                             <L 62>
            goto label2;
        }
        // centroid = mass / float(n_cross)                                                       <L 63>
        var_86 = wp::float(var_13);
        var_87 = wp::div(var_11, var_86);
        // reg = wp.identity(n=3, dtype=float) * 0.05                                             <L 64>
        var_89 = wp::identity<3, wp::float32>();
        var_91 = wp::mul(var_89, var_90);
        // x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                          <L 65>
        var_92 = wp::add(var_9, var_91);
        var_93 = wp::inverse(var_92);
        var_94 = wp::mul(var_9, var_87);
        var_95 = wp::sub(var_10, var_94);
        var_96 = wp::mul(var_93, var_95);
        var_97 = wp::add(var_96, var_87);
        // lo = base                                                                              <L 66>
        var_98 = wp::copy(var_8);
        // hi = base + wp.vec3(h)                                                                 <L 67>
        var_99 = wp::vec_t<3, wp::float32>(var_h);
        var_100 = wp::add(var_8, var_99);
        // verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                             <L 68>
        var_101 = wp::max(var_97, var_98);
        var_102 = wp::min(var_101, var_100);
        // wp::array_store(var_verts, var_0, var_1, var_2, var_102);
        // active[i, j, k] = True                                                                 <L 69>
        // wp::array_store(var_active, var_0, var_1, var_2, var_103);
        // wp.atomic_add(count, 0, 1)                                                             <L 70>
        // var_106 = wp::atomic_add(var_count, var_104, var_105);
        //---------
        // reverse
        wp::adj_atomic_add(var_count, var_104, var_105, adj_count, adj_104, adj_105, adj_106);
        // adj: wp.atomic_add(count, 0, 1)                                                        <L 70>
        wp::adj_array_store(var_active, var_0, var_1, var_2, var_103, adj_active, adj_0, adj_1, adj_2, adj_103);
        // adj: active[i, j, k] = True                                                            <L 69>
        wp::adj_array_store(var_verts, var_0, var_1, var_2, var_102, adj_verts, adj_0, adj_1, adj_2, adj_102);
        wp::adj_min(var_101, var_100, adj_101, adj_100, adj_102);
        wp::adj_max(var_97, var_98, adj_97, adj_98, adj_101);
        // adj: verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                        <L 68>
        wp::adj_add(var_8, var_99, adj_8, adj_99, adj_100);
        wp::adj_vec_t(var_h, adj_h, adj_99);
        // adj: hi = base + wp.vec3(h)                                                            <L 67>
        wp::adj_copy(var_8, adj_8, adj_98);
        // adj: lo = base                                                                         <L 66>
        wp::adj_add(var_96, var_87, adj_96, adj_87, adj_97);
        wp::adj_mul(var_93, var_95, adj_93, adj_95, adj_96);
        wp::adj_sub(var_10, var_94, adj_10, adj_94, adj_95);
        wp::adj_mul(var_9, var_87, adj_9, adj_87, adj_94);
        wp::adj_inverse(var_92, var_93, adj_92, adj_93);
        wp::adj_add(var_9, var_91, adj_9, adj_91, adj_92);
        // adj: x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                     <L 65>
        wp::adj_mul(var_89, var_90, adj_89, adj_90, adj_91);
        // adj: reg = wp.identity(n=3, dtype=float) * 0.05                                        <L 64>
        wp::adj_div(var_11, var_86, adj_11, adj_86, adj_87);
        wp::adj_float(var_13, adj_13, adj_86);
        // adj: centroid = mass / float(n_cross)                                                  <L 63>
        if (var_84) {
            label2:;
            // adj: return                                                                        <L 62>
            wp::adj_array_store(var_active, var_0, var_1, var_2, var_85, adj_active, adj_0, adj_1, adj_2, adj_85);
            // adj: active[i, j, k] = False                                                       <L 61>
        }
        // adj: if n_cross == 0:                                                                  <L 60>
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
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
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
            // axis = e // 4                                                                      <L 36>
            var_18 = wp::floordiv(var_16, var_17);
            // m = e % 4                                                                          <L 37>
            var_20 = wp::mod(var_16, var_19);
            // c0 = wp.vec3()                                                                     <L 38>
            var_21 = wp::vec_t<3, wp::float32>();
            // if axis == 0:                                                                      <L 39>
            var_23 = (var_18 == var_22);
            if (var_23) {
                // c0 = wp.vec3(0.0, float(m & 1), float(m >> 1))                                 <L 40>
                var_26 = wp::bit_and(var_20, var_25);
                var_27 = wp::float(var_26);
                var_29 = wp::rshift(var_20, var_28);
                var_30 = wp::float(var_29);
                var_31 = wp::vec_t<3, wp::float32>(var_24, var_27, var_30);
            }
            var_32 = wp::where(var_23, var_31, var_21);
            if (!var_23) {
                // elif axis == 1:                                                                <L 41>
                var_34 = (var_18 == var_33);
                if (var_34) {
                    // c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                             <L 42>
                    var_36 = wp::bit_and(var_20, var_35);
                    var_37 = wp::float(var_36);
                    var_40 = wp::rshift(var_20, var_39);
                    var_41 = wp::float(var_40);
                    var_42 = wp::vec_t<3, wp::float32>(var_37, var_38, var_41);
                }
                var_43 = wp::where(var_34, var_42, var_32);
                if (!var_34) {
                    // c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                             <L 44>
                    var_45 = wp::bit_and(var_20, var_44);
                    var_46 = wp::float(var_45);
                    var_48 = wp::rshift(var_20, var_47);
                    var_49 = wp::float(var_48);
                    var_51 = wp::vec_t<3, wp::float32>(var_46, var_49, var_50);
                }
                var_52 = wp::where(var_34, var_43, var_51);
            }
            var_53 = wp::where(var_23, var_32, var_52);
            // c1 = c0                                                                            <L 45>
            var_54 = wp::copy(var_53);
            // c1[axis] = 1.0                                                                     <L 46>
            wp::assign_inplace(var_54, var_18, var_55);
            // p0 = base + c0 * h                                                                 <L 47>
            var_56 = wp::mul(var_53, var_h);
            var_57 = wp::add(var_8, var_56);
            // p1 = base + c1 * h                                                                 <L 48>
            var_58 = wp::mul(var_54, var_h);
            var_59 = wp::add(var_8, var_58);
            // f0 = field(p0)                                                                     <L 49>
            var_60 = field_0(var_57);
            // f1 = field(p1)                                                                     <L 50>
            var_61 = field_0(var_59);
            // if (f0 < 0.0) == (f1 < 0.0):                                                       <L 51>
            var_63 = (var_60 < var_62);
            var_65 = (var_61 < var_64);
            var_66 = (var_63 == var_65);
            if (var_66) {
                // continue                                                                       <L 52>
                goto start_for_0;
            }
            // t = f0 / (f0 - f1)                                                                 <L 53>
            var_67 = wp::sub(var_60, var_61);
            var_68 = wp::div(var_60, var_67);
            // p = wp.lerp(p0, p1, t)                                                             <L 54>
            var_69 = wp::lerp(var_57, var_59, var_68);
            // n = field_normal(p)                                                                <L 55>
            var_70 = field_normal_0(var_69);
            // ATA += wp.outer(n, n)                                                              <L 56>
            var_71 = wp::outer(var_70, var_70);
            var_72 = wp::outer(var_70, var_70);
            var_73 = wp::add(var_9, var_72);
            // ATb += n * wp.dot(n, p)                                                            <L 57>
            var_74 = wp::dot(var_70, var_69);
            var_75 = wp::mul(var_70, var_74);
            var_76 = wp::dot(var_70, var_69);
            var_77 = wp::mul(var_70, var_76);
            var_78 = wp::add(var_10, var_77);
            // mass += p                                                                          <L 58>
            var_79 = wp::add(var_11, var_69);
            // n_cross += 1                                                                       <L 59>
            var_82 = wp::add(var_13, var_81);
            wp::assign(var_9, var_73);
            wp::assign(var_10, var_78);
            wp::assign(var_11, var_79);
            wp::assign(var_13, var_82);
            wp::adj_assign(var_13, var_82, adj_13, adj_82);
            wp::adj_assign(var_11, var_79, adj_11, adj_79);
            wp::adj_assign(var_10, var_78, adj_10, adj_78);
            wp::adj_assign(var_9, var_73, adj_9, adj_73);
            wp::adj_add(var_13, var_81, adj_13, adj_81, adj_82);
            // adj: n_cross += 1                                                                  <L 59>
            wp::adj_add(var_11, var_69, adj_11, adj_69, adj_79);
            // adj: mass += p                                                                     <L 58>
            wp::adj_add(var_10, var_77, adj_10, adj_77, adj_78);
            wp::adj_mul(var_70, var_76, adj_70, adj_76, adj_77);
            wp::adj_dot(var_70, var_69, adj_70, adj_69, adj_76);
            wp::adj_mul(var_70, var_74, adj_70, adj_74, adj_75);
            wp::adj_dot(var_70, var_69, adj_70, adj_69, adj_74);
            // adj: ATb += n * wp.dot(n, p)                                                       <L 57>
            wp::adj_add(var_9, var_72, adj_9, adj_72, adj_73);
            wp::adj_outer(var_70, var_70, adj_70, adj_70, adj_72);
            wp::adj_outer(var_70, var_70, adj_70, adj_70, adj_71);
            // adj: ATA += wp.outer(n, n)                                                         <L 56>
            adj_field_normal_0(var_69, adj_69, adj_70);
            // adj: n = field_normal(p)                                                           <L 55>
            wp::adj_lerp(var_57, var_59, var_68, adj_57, adj_59, adj_68, adj_69);
            // adj: p = wp.lerp(p0, p1, t)                                                        <L 54>
            wp::adj_div(var_60, var_67, var_68, adj_60, adj_67, adj_68);
            wp::adj_sub(var_60, var_61, adj_60, adj_61, adj_67);
            // adj: t = f0 / (f0 - f1)                                                            <L 53>
            if (var_66) {
                // adj: continue                                                                  <L 52>
            }
            // adj: if (f0 < 0.0) == (f1 < 0.0):                                                  <L 51>
            adj_field_0(var_59, adj_59, adj_61);
            // adj: f1 = field(p1)                                                                <L 50>
            adj_field_0(var_57, adj_57, adj_60);
            // adj: f0 = field(p0)                                                                <L 49>
            wp::adj_add(var_8, var_58, adj_8, adj_58, adj_59);
            wp::adj_mul(var_54, var_h, adj_54, adj_h, adj_58);
            // adj: p1 = base + c1 * h                                                            <L 48>
            wp::adj_add(var_8, var_56, adj_8, adj_56, adj_57);
            wp::adj_mul(var_53, var_h, adj_53, adj_h, adj_56);
            // adj: p0 = base + c0 * h                                                            <L 47>
            wp::adj_assign_inplace(var_54, var_18, var_55, adj_54, adj_18, adj_55);
            // adj: c1[axis] = 1.0                                                                <L 46>
            wp::adj_copy(var_53, adj_53, adj_54);
            // adj: c1 = c0                                                                       <L 45>
            wp::adj_where(var_23, var_32, var_52, adj_23, adj_32, adj_52, adj_53);
            if (!var_23) {
                wp::adj_where(var_34, var_43, var_51, adj_34, adj_43, adj_51, adj_52);
                if (!var_34) {
                    wp::adj_vec_t(var_46, var_49, var_50, adj_46, adj_49, adj_50, adj_51);
                    wp::adj_float(var_48, adj_48, adj_49);
                    wp::adj_float(var_45, adj_45, adj_46);
                    // adj: c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                        <L 44>
                }
                wp::adj_where(var_34, var_42, var_32, adj_34, adj_42, adj_32, adj_43);
                if (var_34) {
                    wp::adj_vec_t(var_37, var_38, var_41, adj_37, adj_38, adj_41, adj_42);
                    wp::adj_float(var_40, adj_40, adj_41);
                    wp::adj_float(var_36, adj_36, adj_37);
                    // adj: c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                        <L 42>
                }
                // adj: elif axis == 1:                                                           <L 41>
            }
            wp::adj_where(var_23, var_31, var_21, adj_23, adj_31, adj_21, adj_32);
            if (var_23) {
                wp::adj_vec_t(var_24, var_27, var_30, adj_24, adj_27, adj_30, adj_31);
                wp::adj_float(var_29, adj_29, adj_30);
                wp::adj_float(var_26, adj_26, adj_27);
                // adj: c0 = wp.vec3(0.0, float(m & 1), float(m >> 1))                            <L 40>
            }
            // adj: if axis == 0:                                                                 <L 39>
            // adj: c0 = wp.vec3()                                                                <L 38>
            wp::adj_mod(var_16, var_19, adj_16, adj_19, adj_20);
            // adj: m = e % 4                                                                     <L 37>
            // adj: axis = e // 4                                                                 <L 36>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_14, adj_14, adj_15);
        // adj: for e in range(12):                                                               <L 35>
        wp::adj_int(var_12, adj_12, adj_13);
        // adj: n_cross = int(0)                                                                  <L 34>
        // adj: mass = wp.vec3()                                                                  <L 33>
        // adj: ATb = wp.vec3()                                                                   <L 32>
        // adj: ATA = wp.mat33()                                                                  <L 31>
        wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
        wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: base = origin + wp.vec3(float(i), float(j), float(k)) * h                         <L 30>
        // adj: i, j, k = wp.tid()                                                                <L 29>
        // adj: def cell_vertices(origin: wp.vec3, h: float, verts: wp.array3d(dtype=wp.vec3), active: wp.array3d(dtype=wp.bool), count: wp.array(dtype=int)):  <L 28>
        continue;
    }
}



extern "C" __global__ void corner_signs_5a342ab9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::uint8> var_signs)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 2;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 3;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::int32 var_63 = 4;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32 var_67;
        const wp::float32 var_68 = 0.0;
        bool var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::int32 var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 5;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::float32 var_80;
        const wp::float32 var_81 = 0.0;
        bool var_82;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 6;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::float32 var_93;
        const wp::float32 var_94 = 0.0;
        bool var_95;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 7;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32> var_105;
        wp::float32 var_106;
        const wp::float32 var_107 = 0.0;
        bool var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        wp::uint8 var_115;
        //---------
        // forward
        // def corner_signs(origin: wp.vec3, h: float, signs: wp.array3d(dtype=wp.uint8)):        <L 74>
        // i, j, k = wp.tid()                                                                     <L 75>
        builtin_tid3d(var_0, var_1, var_2);
        // base = origin + wp.vec3(float(i), float(j), float(k)) * h                              <L 76>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::add(var_origin, var_7);
        // bits = int(0)                                                                          <L 77>
        var_10 = wp::int(var_9);
        // for c in range(8):                                                                     <L 78>
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_12 = corner_0(var_11);
        var_13 = wp::mul(var_12, var_h);
        var_14 = wp::add(var_8, var_13);
        var_15 = field_0(var_14);
        var_17 = (var_15 < var_16);
        if (var_17) {
            // bits |= 1 << c                                                                     <L 80>
            var_19 = wp::lshift(var_18, var_11);
            var_21 = wp::lshift(var_20, var_11);
            var_22 = wp::bit_or(var_10, var_21);
        }
        var_23 = wp::where(var_17, var_22, var_10);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_25 = corner_0(var_24);
        var_26 = wp::mul(var_25, var_h);
        var_27 = wp::add(var_8, var_26);
        var_28 = field_0(var_27);
        var_30 = (var_28 < var_29);
        if (var_30) {
            // bits |= 1 << c                                                                     <L 80>
            var_32 = wp::lshift(var_31, var_24);
            var_34 = wp::lshift(var_33, var_24);
            var_35 = wp::bit_or(var_23, var_34);
        }
        var_36 = wp::where(var_30, var_35, var_23);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_38 = corner_0(var_37);
        var_39 = wp::mul(var_38, var_h);
        var_40 = wp::add(var_8, var_39);
        var_41 = field_0(var_40);
        var_43 = (var_41 < var_42);
        if (var_43) {
            // bits |= 1 << c                                                                     <L 80>
            var_45 = wp::lshift(var_44, var_37);
            var_47 = wp::lshift(var_46, var_37);
            var_48 = wp::bit_or(var_36, var_47);
        }
        var_49 = wp::where(var_43, var_48, var_36);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_51 = corner_0(var_50);
        var_52 = wp::mul(var_51, var_h);
        var_53 = wp::add(var_8, var_52);
        var_54 = field_0(var_53);
        var_56 = (var_54 < var_55);
        if (var_56) {
            // bits |= 1 << c                                                                     <L 80>
            var_58 = wp::lshift(var_57, var_50);
            var_60 = wp::lshift(var_59, var_50);
            var_61 = wp::bit_or(var_49, var_60);
        }
        var_62 = wp::where(var_56, var_61, var_49);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_64 = corner_0(var_63);
        var_65 = wp::mul(var_64, var_h);
        var_66 = wp::add(var_8, var_65);
        var_67 = field_0(var_66);
        var_69 = (var_67 < var_68);
        if (var_69) {
            // bits |= 1 << c                                                                     <L 80>
            var_71 = wp::lshift(var_70, var_63);
            var_73 = wp::lshift(var_72, var_63);
            var_74 = wp::bit_or(var_62, var_73);
        }
        var_75 = wp::where(var_69, var_74, var_62);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_77 = corner_0(var_76);
        var_78 = wp::mul(var_77, var_h);
        var_79 = wp::add(var_8, var_78);
        var_80 = field_0(var_79);
        var_82 = (var_80 < var_81);
        if (var_82) {
            // bits |= 1 << c                                                                     <L 80>
            var_84 = wp::lshift(var_83, var_76);
            var_86 = wp::lshift(var_85, var_76);
            var_87 = wp::bit_or(var_75, var_86);
        }
        var_88 = wp::where(var_82, var_87, var_75);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_90 = corner_0(var_89);
        var_91 = wp::mul(var_90, var_h);
        var_92 = wp::add(var_8, var_91);
        var_93 = field_0(var_92);
        var_95 = (var_93 < var_94);
        if (var_95) {
            // bits |= 1 << c                                                                     <L 80>
            var_97 = wp::lshift(var_96, var_89);
            var_99 = wp::lshift(var_98, var_89);
            var_100 = wp::bit_or(var_88, var_99);
        }
        var_101 = wp::where(var_95, var_100, var_88);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_103 = corner_0(var_102);
        var_104 = wp::mul(var_103, var_h);
        var_105 = wp::add(var_8, var_104);
        var_106 = field_0(var_105);
        var_108 = (var_106 < var_107);
        if (var_108) {
            // bits |= 1 << c                                                                     <L 80>
            var_110 = wp::lshift(var_109, var_102);
            var_112 = wp::lshift(var_111, var_102);
            var_113 = wp::bit_or(var_101, var_112);
        }
        var_114 = wp::where(var_108, var_113, var_101);
        // signs[i, j, k] = wp.uint8(bits)                                                        <L 81>
        var_115 = wp::uint8(var_114);
        wp::array_store(var_signs, var_0, var_1, var_2, var_115);
    }
}



extern "C" __global__ void corner_signs_5a342ab9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::uint8> var_signs,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_h,
    wp::array_t<wp::uint8> adj_signs)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 2;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 3;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::int32 var_63 = 4;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32 var_67;
        const wp::float32 var_68 = 0.0;
        bool var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::int32 var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 5;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::float32 var_80;
        const wp::float32 var_81 = 0.0;
        bool var_82;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 6;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::float32 var_93;
        const wp::float32 var_94 = 0.0;
        bool var_95;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 7;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32> var_105;
        wp::float32 var_106;
        const wp::float32 var_107 = 0.0;
        bool var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        wp::uint8 var_115;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        bool adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        bool adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        bool adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        bool adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::uint8 adj_115 = {};
        //---------
        // forward
        // def corner_signs(origin: wp.vec3, h: float, signs: wp.array3d(dtype=wp.uint8)):        <L 74>
        // i, j, k = wp.tid()                                                                     <L 75>
        builtin_tid3d(var_0, var_1, var_2);
        // base = origin + wp.vec3(float(i), float(j), float(k)) * h                              <L 76>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::add(var_origin, var_7);
        // bits = int(0)                                                                          <L 77>
        var_10 = wp::int(var_9);
        // for c in range(8):                                                                     <L 78>
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_12 = corner_0(var_11);
        var_13 = wp::mul(var_12, var_h);
        var_14 = wp::add(var_8, var_13);
        var_15 = field_0(var_14);
        var_17 = (var_15 < var_16);
        if (var_17) {
            // bits |= 1 << c                                                                     <L 80>
            var_19 = wp::lshift(var_18, var_11);
            var_21 = wp::lshift(var_20, var_11);
            var_22 = wp::bit_or(var_10, var_21);
        }
        var_23 = wp::where(var_17, var_22, var_10);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_25 = corner_0(var_24);
        var_26 = wp::mul(var_25, var_h);
        var_27 = wp::add(var_8, var_26);
        var_28 = field_0(var_27);
        var_30 = (var_28 < var_29);
        if (var_30) {
            // bits |= 1 << c                                                                     <L 80>
            var_32 = wp::lshift(var_31, var_24);
            var_34 = wp::lshift(var_33, var_24);
            var_35 = wp::bit_or(var_23, var_34);
        }
        var_36 = wp::where(var_30, var_35, var_23);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_38 = corner_0(var_37);
        var_39 = wp::mul(var_38, var_h);
        var_40 = wp::add(var_8, var_39);
        var_41 = field_0(var_40);
        var_43 = (var_41 < var_42);
        if (var_43) {
            // bits |= 1 << c                                                                     <L 80>
            var_45 = wp::lshift(var_44, var_37);
            var_47 = wp::lshift(var_46, var_37);
            var_48 = wp::bit_or(var_36, var_47);
        }
        var_49 = wp::where(var_43, var_48, var_36);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_51 = corner_0(var_50);
        var_52 = wp::mul(var_51, var_h);
        var_53 = wp::add(var_8, var_52);
        var_54 = field_0(var_53);
        var_56 = (var_54 < var_55);
        if (var_56) {
            // bits |= 1 << c                                                                     <L 80>
            var_58 = wp::lshift(var_57, var_50);
            var_60 = wp::lshift(var_59, var_50);
            var_61 = wp::bit_or(var_49, var_60);
        }
        var_62 = wp::where(var_56, var_61, var_49);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_64 = corner_0(var_63);
        var_65 = wp::mul(var_64, var_h);
        var_66 = wp::add(var_8, var_65);
        var_67 = field_0(var_66);
        var_69 = (var_67 < var_68);
        if (var_69) {
            // bits |= 1 << c                                                                     <L 80>
            var_71 = wp::lshift(var_70, var_63);
            var_73 = wp::lshift(var_72, var_63);
            var_74 = wp::bit_or(var_62, var_73);
        }
        var_75 = wp::where(var_69, var_74, var_62);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_77 = corner_0(var_76);
        var_78 = wp::mul(var_77, var_h);
        var_79 = wp::add(var_8, var_78);
        var_80 = field_0(var_79);
        var_82 = (var_80 < var_81);
        if (var_82) {
            // bits |= 1 << c                                                                     <L 80>
            var_84 = wp::lshift(var_83, var_76);
            var_86 = wp::lshift(var_85, var_76);
            var_87 = wp::bit_or(var_75, var_86);
        }
        var_88 = wp::where(var_82, var_87, var_75);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_90 = corner_0(var_89);
        var_91 = wp::mul(var_90, var_h);
        var_92 = wp::add(var_8, var_91);
        var_93 = field_0(var_92);
        var_95 = (var_93 < var_94);
        if (var_95) {
            // bits |= 1 << c                                                                     <L 80>
            var_97 = wp::lshift(var_96, var_89);
            var_99 = wp::lshift(var_98, var_89);
            var_100 = wp::bit_or(var_88, var_99);
        }
        var_101 = wp::where(var_95, var_100, var_88);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_103 = corner_0(var_102);
        var_104 = wp::mul(var_103, var_h);
        var_105 = wp::add(var_8, var_104);
        var_106 = field_0(var_105);
        var_108 = (var_106 < var_107);
        if (var_108) {
            // bits |= 1 << c                                                                     <L 80>
            var_110 = wp::lshift(var_109, var_102);
            var_112 = wp::lshift(var_111, var_102);
            var_113 = wp::bit_or(var_101, var_112);
        }
        var_114 = wp::where(var_108, var_113, var_101);
        // signs[i, j, k] = wp.uint8(bits)                                                        <L 81>
        var_115 = wp::uint8(var_114);
        // wp::array_store(var_signs, var_0, var_1, var_2, var_115);
        //---------
        // reverse
        wp::adj_array_store(var_signs, var_0, var_1, var_2, var_115, adj_signs, adj_0, adj_1, adj_2, adj_115);
        wp::adj_uint8(var_114, adj_114, adj_115);
        // adj: signs[i, j, k] = wp.uint8(bits)                                                   <L 81>
        wp::adj_where(var_108, var_113, var_101, adj_108, adj_113, adj_101, adj_114);
        if (var_108) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_105, adj_105, adj_106);
        wp::adj_add(var_8, var_104, adj_8, adj_104, adj_105);
        wp::adj_mul(var_103, var_h, adj_103, adj_h, adj_104);
        adj_corner_0(var_102, adj_102, adj_103);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_95, var_100, var_88, adj_95, adj_100, adj_88, adj_101);
        if (var_95) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_92, adj_92, adj_93);
        wp::adj_add(var_8, var_91, adj_8, adj_91, adj_92);
        wp::adj_mul(var_90, var_h, adj_90, adj_h, adj_91);
        adj_corner_0(var_89, adj_89, adj_90);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_82, var_87, var_75, adj_82, adj_87, adj_75, adj_88);
        if (var_82) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_79, adj_79, adj_80);
        wp::adj_add(var_8, var_78, adj_8, adj_78, adj_79);
        wp::adj_mul(var_77, var_h, adj_77, adj_h, adj_78);
        adj_corner_0(var_76, adj_76, adj_77);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_69, var_74, var_62, adj_69, adj_74, adj_62, adj_75);
        if (var_69) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_66, adj_66, adj_67);
        wp::adj_add(var_8, var_65, adj_8, adj_65, adj_66);
        wp::adj_mul(var_64, var_h, adj_64, adj_h, adj_65);
        adj_corner_0(var_63, adj_63, adj_64);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_56, var_61, var_49, adj_56, adj_61, adj_49, adj_62);
        if (var_56) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_53, adj_53, adj_54);
        wp::adj_add(var_8, var_52, adj_8, adj_52, adj_53);
        wp::adj_mul(var_51, var_h, adj_51, adj_h, adj_52);
        adj_corner_0(var_50, adj_50, adj_51);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_43, var_48, var_36, adj_43, adj_48, adj_36, adj_49);
        if (var_43) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_40, adj_40, adj_41);
        wp::adj_add(var_8, var_39, adj_8, adj_39, adj_40);
        wp::adj_mul(var_38, var_h, adj_38, adj_h, adj_39);
        adj_corner_0(var_37, adj_37, adj_38);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_30, var_35, var_23, adj_30, adj_35, adj_23, adj_36);
        if (var_30) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_27, adj_27, adj_28);
        wp::adj_add(var_8, var_26, adj_8, adj_26, adj_27);
        wp::adj_mul(var_25, var_h, adj_25, adj_h, adj_26);
        adj_corner_0(var_24, adj_24, adj_25);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_17, var_22, var_10, adj_17, adj_22, adj_10, adj_23);
        if (var_17) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_14, adj_14, adj_15);
        wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_h, adj_12, adj_h, adj_13);
        adj_corner_0(var_11, adj_11, adj_12);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        // adj: for c in range(8):                                                                <L 78>
        wp::adj_int(var_9, adj_9, adj_10);
        // adj: bits = int(0)                                                                     <L 77>
        wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
        wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: base = origin + wp.vec3(float(i), float(j), float(k)) * h                         <L 76>
        // adj: i, j, k = wp.tid()                                                                <L 75>
        // adj: def corner_signs(origin: wp.vec3, h: float, signs: wp.array3d(dtype=wp.uint8)):   <L 74>
        continue;
    }
}

