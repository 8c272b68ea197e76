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
    wp::launch_bounds_t<3> dim,
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
        const wp::int32 var_32 = 1;
        bool var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 1.0;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        bool var_61;
        const wp::float32 var_62 = 0.0;
        bool var_63;
        bool var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        const wp::int32 var_77 = 0;
        bool var_78;
        const bool var_79 = false;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::int32 var_82 = 3;
        wp::mat_t<3, 3, wp::float32> var_83;
        const wp::float32 var_84 = 0.05;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        const bool var_97 = true;
        const wp::int32 var_98 = 0;
        const wp::int32 var_99 = 1;
        wp::int32 var_100;
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
            if (!var_23) {
                // elif axis == 1:                                                                <L 41>
                var_33 = (var_18 == var_32);
                if (var_33) {
                    // c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                             <L 42>
                    var_35 = wp::bit_and(var_20, var_34);
                    var_36 = wp::float(var_35);
                    var_39 = wp::rshift(var_20, var_38);
                    var_40 = wp::float(var_39);
                    var_41 = wp::vec_t<3, wp::float32>(var_36, var_37, var_40);
                }
                if (!var_33) {
                    // c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                             <L 44>
                    var_43 = wp::bit_and(var_20, var_42);
                    var_44 = wp::float(var_43);
                    var_46 = wp::rshift(var_20, var_45);
                    var_47 = wp::float(var_46);
                    var_49 = wp::vec_t<3, wp::float32>(var_44, var_47, var_48);
                }
                var_50 = wp::where(var_33, var_41, var_49);
            }
            var_51 = wp::where(var_23, var_31, var_50);
            // c1 = c0                                                                            <L 45>
            var_52 = wp::copy(var_51);
            // c1[axis] = 1.0                                                                     <L 46>
            wp::assign_inplace(var_52, var_18, var_53);
            // p0 = base + c0 * h                                                                 <L 47>
            var_54 = wp::mul(var_51, var_h);
            var_55 = wp::add(var_8, var_54);
            // p1 = base + c1 * h                                                                 <L 48>
            var_56 = wp::mul(var_52, var_h);
            var_57 = wp::add(var_8, var_56);
            // f0 = field(p0)                                                                     <L 49>
            var_58 = field_0(var_55);
            // f1 = field(p1)                                                                     <L 50>
            var_59 = field_0(var_57);
            // if (f0 < 0.0) == (f1 < 0.0):                                                       <L 51>
            var_61 = (var_58 < var_60);
            var_63 = (var_59 < var_62);
            var_64 = (var_61 == var_63);
            if (var_64) {
                // continue                                                                       <L 52>
                goto start_for_0;
            }
            // t = f0 / (f0 - f1)                                                                 <L 53>
            var_65 = wp::sub(var_58, var_59);
            var_66 = wp::div(var_58, var_65);
            // p = wp.lerp(p0, p1, t)                                                             <L 54>
            var_67 = wp::lerp(var_55, var_57, var_66);
            // n = field_normal(p)                                                                <L 55>
            var_68 = field_normal_0(var_67);
            // ATA += wp.outer(n, n)                                                              <L 56>
            var_69 = wp::outer(var_68, var_68);
            var_70 = wp::add(var_9, var_69);
            // ATb += n * wp.dot(n, p)                                                            <L 57>
            var_71 = wp::dot(var_68, var_67);
            var_72 = wp::mul(var_68, var_71);
            var_73 = wp::add(var_10, var_72);
            // mass += p                                                                          <L 58>
            var_74 = wp::add(var_11, var_67);
            // n_cross += 1                                                                       <L 59>
            var_76 = wp::add(var_13, var_75);
            wp::assign(var_9, var_70);
            wp::assign(var_10, var_73);
            wp::assign(var_11, var_74);
            wp::assign(var_13, var_76);
            goto start_for_0;
        end_for_0:;
        // if n_cross == 0:                                                                       <L 60>
        var_78 = (var_13 == var_77);
        if (var_78) {
            // active[i, j, k] = False                                                            <L 61>
            wp::array_store(var_active, var_0, var_1, var_2, var_79);
            // return                                                                             <L 62>
            continue;
        }
        // centroid = mass / float(n_cross)                                                       <L 63>
        var_80 = wp::float(var_13);
        var_81 = wp::div(var_11, var_80);
        // reg = wp.identity(n=3, dtype=float) * 0.05                                             <L 64>
        var_83 = wp::identity<3, wp::float32>();
        var_85 = wp::mul(var_83, var_84);
        // x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                          <L 65>
        var_86 = wp::add(var_9, var_85);
        var_87 = wp::inverse(var_86);
        var_88 = wp::mul(var_9, var_81);
        var_89 = wp::sub(var_10, var_88);
        var_90 = wp::mul(var_87, var_89);
        var_91 = wp::add(var_90, var_81);
        // lo = base                                                                              <L 66>
        var_92 = wp::copy(var_8);
        // hi = base + wp.vec3(h)                                                                 <L 67>
        var_93 = wp::vec_t<3, wp::float32>(var_h);
        var_94 = wp::add(var_8, var_93);
        // verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                             <L 68>
        var_95 = wp::max(var_91, var_92);
        var_96 = wp::min(var_95, var_94);
        wp::array_store(var_verts, var_0, var_1, var_2, var_96);
        // active[i, j, k] = True                                                                 <L 69>
        wp::array_store(var_active, var_0, var_1, var_2, var_97);
        // wp.atomic_add(count, 0, 1)                                                             <L 70>
        var_100 = wp::atomic_add(var_count, var_98, var_99);
    }
}



extern "C" __global__ void cell_vertices_3ff49abf_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
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
        const wp::int32 var_32 = 1;
        bool var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 1.0;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        bool var_61;
        const wp::float32 var_62 = 0.0;
        bool var_63;
        bool var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        const wp::int32 var_77 = 0;
        bool var_78;
        const bool var_79 = false;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::int32 var_82 = 3;
        wp::mat_t<3, 3, wp::float32> var_83;
        const wp::float32 var_84 = 0.05;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        const bool var_97 = true;
        const wp::int32 var_98 = 0;
        const wp::int32 var_99 = 1;
        wp::int32 var_100;
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
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        bool adj_61 = {};
        wp::float32 adj_62 = {};
        bool adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::mat_t<3, 3, wp::float32> adj_69 = {};
        wp::mat_t<3, 3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        bool adj_78 = {};
        bool adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::int32 adj_82 = {};
        wp::mat_t<3, 3, wp::float32> adj_83 = {};
        wp::float32 adj_84 = {};
        wp::mat_t<3, 3, wp::float32> adj_85 = {};
        wp::mat_t<3, 3, wp::float32> adj_86 = {};
        wp::mat_t<3, 3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        bool adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
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
        var_78 = (var_13 == var_77);
        if (var_78) {
            // active[i, j, k] = False                                                            <L 61>
            // wp::array_store(var_active, var_0, var_1, var_2, var_79);
            // return                                                                             <L 62>
            goto label2;
        }
        // centroid = mass / float(n_cross)                                                       <L 63>
        var_80 = wp::float(var_13);
        var_81 = wp::div(var_11, var_80);
        // reg = wp.identity(n=3, dtype=float) * 0.05                                             <L 64>
        var_83 = wp::identity<3, wp::float32>();
        var_85 = wp::mul(var_83, var_84);
        // x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                          <L 65>
        var_86 = wp::add(var_9, var_85);
        var_87 = wp::inverse(var_86);
        var_88 = wp::mul(var_9, var_81);
        var_89 = wp::sub(var_10, var_88);
        var_90 = wp::mul(var_87, var_89);
        var_91 = wp::add(var_90, var_81);
        // lo = base                                                                              <L 66>
        var_92 = wp::copy(var_8);
        // hi = base + wp.vec3(h)                                                                 <L 67>
        var_93 = wp::vec_t<3, wp::float32>(var_h);
        var_94 = wp::add(var_8, var_93);
        // verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                             <L 68>
        var_95 = wp::max(var_91, var_92);
        var_96 = wp::min(var_95, var_94);
        // wp::array_store(var_verts, var_0, var_1, var_2, var_96);
        // active[i, j, k] = True                                                                 <L 69>
        // wp::array_store(var_active, var_0, var_1, var_2, var_97);
        // wp.atomic_add(count, 0, 1)                                                             <L 70>
        // var_100 = wp::atomic_add(var_count, var_98, var_99);
        //---------
        // reverse
        wp::adj_atomic_add(var_count, var_98, var_99, adj_count, adj_98, adj_99, adj_100);
        // adj: wp.atomic_add(count, 0, 1)                                                        <L 70>
        wp::adj_array_store(var_active, var_0, var_1, var_2, var_97, adj_active, adj_0, adj_1, adj_2, adj_97);
        // adj: active[i, j, k] = True                                                            <L 69>
        wp::adj_array_store(var_verts, var_0, var_1, var_2, var_96, adj_verts, adj_0, adj_1, adj_2, adj_96);
        wp::adj_min(var_95, var_94, adj_95, adj_94, adj_96);
        wp::adj_max(var_91, var_92, adj_91, adj_92, adj_95);
        // adj: verts[i, j, k] = wp.min(wp.max(x, lo), hi)                                        <L 68>
        wp::adj_add(var_8, var_93, adj_8, adj_93, adj_94);
        wp::adj_vec_t(var_h, adj_h, adj_93);
        // adj: hi = base + wp.vec3(h)                                                            <L 67>
        wp::adj_copy(var_8, adj_8, adj_92);
        // adj: lo = base                                                                         <L 66>
        wp::adj_add(var_90, var_81, adj_90, adj_81, adj_91);
        wp::adj_mul(var_87, var_89, adj_87, adj_89, adj_90);
        wp::adj_sub(var_10, var_88, adj_10, adj_88, adj_89);
        wp::adj_mul(var_9, var_81, adj_9, adj_81, adj_88);
        wp::adj_inverse(var_86, var_87, adj_86, adj_87);
        wp::adj_add(var_9, var_85, adj_9, adj_85, adj_86);
        // adj: x = wp.inverse(ATA + reg) * (ATb - ATA * centroid) + centroid                     <L 65>
        wp::adj_mul(var_83, var_84, adj_83, adj_84, adj_85);
        // adj: reg = wp.identity(n=3, dtype=float) * 0.05                                        <L 64>
        wp::adj_div(var_11, var_80, adj_11, adj_80, adj_81);
        wp::adj_float(var_13, adj_13, adj_80);
        // adj: centroid = mass / float(n_cross)                                                  <L 63>
        if (var_78) {
            label2:;
            // adj: return                                                                        <L 62>
            wp::adj_array_store(var_active, var_0, var_1, var_2, var_79, adj_active, adj_0, adj_1, adj_2, adj_79);
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
            if (!var_23) {
                // elif axis == 1:                                                                <L 41>
                var_33 = (var_18 == var_32);
                if (var_33) {
                    // c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                             <L 42>
                    var_35 = wp::bit_and(var_20, var_34);
                    var_36 = wp::float(var_35);
                    var_39 = wp::rshift(var_20, var_38);
                    var_40 = wp::float(var_39);
                    var_41 = wp::vec_t<3, wp::float32>(var_36, var_37, var_40);
                }
                if (!var_33) {
                    // c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                             <L 44>
                    var_43 = wp::bit_and(var_20, var_42);
                    var_44 = wp::float(var_43);
                    var_46 = wp::rshift(var_20, var_45);
                    var_47 = wp::float(var_46);
                    var_49 = wp::vec_t<3, wp::float32>(var_44, var_47, var_48);
                }
                var_50 = wp::where(var_33, var_41, var_49);
            }
            var_51 = wp::where(var_23, var_31, var_50);
            // c1 = c0                                                                            <L 45>
            var_52 = wp::copy(var_51);
            // c1[axis] = 1.0                                                                     <L 46>
            wp::assign_inplace(var_52, var_18, var_53);
            // p0 = base + c0 * h                                                                 <L 47>
            var_54 = wp::mul(var_51, var_h);
            var_55 = wp::add(var_8, var_54);
            // p1 = base + c1 * h                                                                 <L 48>
            var_56 = wp::mul(var_52, var_h);
            var_57 = wp::add(var_8, var_56);
            // f0 = field(p0)                                                                     <L 49>
            var_58 = field_0(var_55);
            // f1 = field(p1)                                                                     <L 50>
            var_59 = field_0(var_57);
            // if (f0 < 0.0) == (f1 < 0.0):                                                       <L 51>
            var_61 = (var_58 < var_60);
            var_63 = (var_59 < var_62);
            var_64 = (var_61 == var_63);
            if (var_64) {
                // continue                                                                       <L 52>
                goto start_for_0;
            }
            // t = f0 / (f0 - f1)                                                                 <L 53>
            var_65 = wp::sub(var_58, var_59);
            var_66 = wp::div(var_58, var_65);
            // p = wp.lerp(p0, p1, t)                                                             <L 54>
            var_67 = wp::lerp(var_55, var_57, var_66);
            // n = field_normal(p)                                                                <L 55>
            var_68 = field_normal_0(var_67);
            // ATA += wp.outer(n, n)                                                              <L 56>
            var_69 = wp::outer(var_68, var_68);
            var_70 = wp::add(var_9, var_69);
            // ATb += n * wp.dot(n, p)                                                            <L 57>
            var_71 = wp::dot(var_68, var_67);
            var_72 = wp::mul(var_68, var_71);
            var_73 = wp::add(var_10, var_72);
            // mass += p                                                                          <L 58>
            var_74 = wp::add(var_11, var_67);
            // n_cross += 1                                                                       <L 59>
            var_76 = wp::add(var_13, var_75);
            wp::assign(var_9, var_70);
            wp::assign(var_10, var_73);
            wp::assign(var_11, var_74);
            wp::assign(var_13, var_76);
            wp::adj_assign(var_13, var_76, adj_13, adj_76);
            wp::adj_assign(var_11, var_74, adj_11, adj_74);
            wp::adj_assign(var_10, var_73, adj_10, adj_73);
            wp::adj_assign(var_9, var_70, adj_9, adj_70);
            wp::adj_add(var_13, var_75, adj_13, adj_75, adj_76);
            // adj: n_cross += 1                                                                  <L 59>
            wp::adj_add(var_11, var_67, adj_11, adj_67, adj_74);
            // adj: mass += p                                                                     <L 58>
            wp::adj_add(var_10, var_72, adj_10, adj_72, adj_73);
            wp::adj_mul(var_68, var_71, adj_68, adj_71, adj_72);
            wp::adj_dot(var_68, var_67, adj_68, adj_67, adj_71);
            // adj: ATb += n * wp.dot(n, p)                                                       <L 57>
            wp::adj_add(var_9, var_69, adj_9, adj_69, adj_70);
            wp::adj_outer(var_68, var_68, adj_68, adj_68, adj_69);
            // adj: ATA += wp.outer(n, n)                                                         <L 56>
            adj_field_normal_0(var_67, adj_67, adj_68);
            // adj: n = field_normal(p)                                                           <L 55>
            wp::adj_lerp(var_55, var_57, var_66, adj_55, adj_57, adj_66, adj_67);
            // adj: p = wp.lerp(p0, p1, t)                                                        <L 54>
            wp::adj_div(var_58, var_65, var_66, adj_58, adj_65, adj_66);
            wp::adj_sub(var_58, var_59, adj_58, adj_59, adj_65);
            // adj: t = f0 / (f0 - f1)                                                            <L 53>
            if (var_64) {
                // adj: continue                                                                  <L 52>
            }
            // adj: if (f0 < 0.0) == (f1 < 0.0):                                                  <L 51>
            adj_field_0(var_57, adj_57, adj_59);
            // adj: f1 = field(p1)                                                                <L 50>
            adj_field_0(var_55, adj_55, adj_58);
            // adj: f0 = field(p0)                                                                <L 49>
            wp::adj_add(var_8, var_56, adj_8, adj_56, adj_57);
            wp::adj_mul(var_52, var_h, adj_52, adj_h, adj_56);
            // adj: p1 = base + c1 * h                                                            <L 48>
            wp::adj_add(var_8, var_54, adj_8, adj_54, adj_55);
            wp::adj_mul(var_51, var_h, adj_51, adj_h, adj_54);
            // adj: p0 = base + c0 * h                                                            <L 47>
            wp::adj_assign_inplace(var_52, var_18, var_53, adj_52, adj_18, adj_53);
            // adj: c1[axis] = 1.0                                                                <L 46>
            wp::adj_copy(var_51, adj_51, adj_52);
            // adj: c1 = c0                                                                       <L 45>
            wp::adj_where(var_23, var_31, var_50, adj_23, adj_31, adj_50, adj_51);
            if (!var_23) {
                wp::adj_where(var_33, var_41, var_49, adj_33, adj_41, adj_49, adj_50);
                if (!var_33) {
                    wp::adj_vec_t(var_44, var_47, var_48, adj_44, adj_47, adj_48, adj_49);
                    wp::adj_float(var_46, adj_46, adj_47);
                    wp::adj_float(var_43, adj_43, adj_44);
                    // adj: c0 = wp.vec3(float(m & 1), float(m >> 1), 0.0)                        <L 44>
                }
                if (var_33) {
                    wp::adj_vec_t(var_36, var_37, var_40, adj_36, adj_37, adj_40, adj_41);
                    wp::adj_float(var_39, adj_39, adj_40);
                    wp::adj_float(var_35, adj_35, adj_36);
                    // adj: c0 = wp.vec3(float(m & 1), 0.0, float(m >> 1))                        <L 42>
                }
                // adj: elif axis == 1:                                                           <L 41>
            }
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
        // adj: for e in range(12):                                                               <L 35>
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
    wp::launch_bounds_t<3> dim,
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
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 3;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 0.0;
        bool var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 4;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        bool var_61;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 5;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.0;
        bool var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 6;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        bool var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 7;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        const wp::float32 var_93 = 0.0;
        bool var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::uint8 var_99;
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
            var_20 = wp::bit_or(var_10, var_19);
        }
        var_21 = wp::where(var_17, var_20, var_10);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_23 = corner_0(var_22);
        var_24 = wp::mul(var_23, var_h);
        var_25 = wp::add(var_8, var_24);
        var_26 = field_0(var_25);
        var_28 = (var_26 < var_27);
        if (var_28) {
            // bits |= 1 << c                                                                     <L 80>
            var_30 = wp::lshift(var_29, var_22);
            var_31 = wp::bit_or(var_21, var_30);
        }
        var_32 = wp::where(var_28, var_31, var_21);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_34 = corner_0(var_33);
        var_35 = wp::mul(var_34, var_h);
        var_36 = wp::add(var_8, var_35);
        var_37 = field_0(var_36);
        var_39 = (var_37 < var_38);
        if (var_39) {
            // bits |= 1 << c                                                                     <L 80>
            var_41 = wp::lshift(var_40, var_33);
            var_42 = wp::bit_or(var_32, var_41);
        }
        var_43 = wp::where(var_39, var_42, var_32);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_45 = corner_0(var_44);
        var_46 = wp::mul(var_45, var_h);
        var_47 = wp::add(var_8, var_46);
        var_48 = field_0(var_47);
        var_50 = (var_48 < var_49);
        if (var_50) {
            // bits |= 1 << c                                                                     <L 80>
            var_52 = wp::lshift(var_51, var_44);
            var_53 = wp::bit_or(var_43, var_52);
        }
        var_54 = wp::where(var_50, var_53, var_43);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_56 = corner_0(var_55);
        var_57 = wp::mul(var_56, var_h);
        var_58 = wp::add(var_8, var_57);
        var_59 = field_0(var_58);
        var_61 = (var_59 < var_60);
        if (var_61) {
            // bits |= 1 << c                                                                     <L 80>
            var_63 = wp::lshift(var_62, var_55);
            var_64 = wp::bit_or(var_54, var_63);
        }
        var_65 = wp::where(var_61, var_64, var_54);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_67 = corner_0(var_66);
        var_68 = wp::mul(var_67, var_h);
        var_69 = wp::add(var_8, var_68);
        var_70 = field_0(var_69);
        var_72 = (var_70 < var_71);
        if (var_72) {
            // bits |= 1 << c                                                                     <L 80>
            var_74 = wp::lshift(var_73, var_66);
            var_75 = wp::bit_or(var_65, var_74);
        }
        var_76 = wp::where(var_72, var_75, var_65);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_78 = corner_0(var_77);
        var_79 = wp::mul(var_78, var_h);
        var_80 = wp::add(var_8, var_79);
        var_81 = field_0(var_80);
        var_83 = (var_81 < var_82);
        if (var_83) {
            // bits |= 1 << c                                                                     <L 80>
            var_85 = wp::lshift(var_84, var_77);
            var_86 = wp::bit_or(var_76, var_85);
        }
        var_87 = wp::where(var_83, var_86, var_76);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_89 = corner_0(var_88);
        var_90 = wp::mul(var_89, var_h);
        var_91 = wp::add(var_8, var_90);
        var_92 = field_0(var_91);
        var_94 = (var_92 < var_93);
        if (var_94) {
            // bits |= 1 << c                                                                     <L 80>
            var_96 = wp::lshift(var_95, var_88);
            var_97 = wp::bit_or(var_87, var_96);
        }
        var_98 = wp::where(var_94, var_97, var_87);
        // signs[i, j, k] = wp.uint8(bits)                                                        <L 81>
        var_99 = wp::uint8(var_98);
        wp::array_store(var_signs, var_0, var_1, var_2, var_99);
    }
}



extern "C" __global__ void corner_signs_5a342ab9_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
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
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 3;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 0.0;
        bool var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 4;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        bool var_61;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 5;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.0;
        bool var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 6;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        bool var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 7;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        const wp::float32 var_93 = 0.0;
        bool var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::uint8 var_99;
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
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        bool adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        bool adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        bool adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        bool adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::uint8 adj_99 = {};
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
            var_20 = wp::bit_or(var_10, var_19);
        }
        var_21 = wp::where(var_17, var_20, var_10);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_23 = corner_0(var_22);
        var_24 = wp::mul(var_23, var_h);
        var_25 = wp::add(var_8, var_24);
        var_26 = field_0(var_25);
        var_28 = (var_26 < var_27);
        if (var_28) {
            // bits |= 1 << c                                                                     <L 80>
            var_30 = wp::lshift(var_29, var_22);
            var_31 = wp::bit_or(var_21, var_30);
        }
        var_32 = wp::where(var_28, var_31, var_21);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_34 = corner_0(var_33);
        var_35 = wp::mul(var_34, var_h);
        var_36 = wp::add(var_8, var_35);
        var_37 = field_0(var_36);
        var_39 = (var_37 < var_38);
        if (var_39) {
            // bits |= 1 << c                                                                     <L 80>
            var_41 = wp::lshift(var_40, var_33);
            var_42 = wp::bit_or(var_32, var_41);
        }
        var_43 = wp::where(var_39, var_42, var_32);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_45 = corner_0(var_44);
        var_46 = wp::mul(var_45, var_h);
        var_47 = wp::add(var_8, var_46);
        var_48 = field_0(var_47);
        var_50 = (var_48 < var_49);
        if (var_50) {
            // bits |= 1 << c                                                                     <L 80>
            var_52 = wp::lshift(var_51, var_44);
            var_53 = wp::bit_or(var_43, var_52);
        }
        var_54 = wp::where(var_50, var_53, var_43);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_56 = corner_0(var_55);
        var_57 = wp::mul(var_56, var_h);
        var_58 = wp::add(var_8, var_57);
        var_59 = field_0(var_58);
        var_61 = (var_59 < var_60);
        if (var_61) {
            // bits |= 1 << c                                                                     <L 80>
            var_63 = wp::lshift(var_62, var_55);
            var_64 = wp::bit_or(var_54, var_63);
        }
        var_65 = wp::where(var_61, var_64, var_54);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_67 = corner_0(var_66);
        var_68 = wp::mul(var_67, var_h);
        var_69 = wp::add(var_8, var_68);
        var_70 = field_0(var_69);
        var_72 = (var_70 < var_71);
        if (var_72) {
            // bits |= 1 << c                                                                     <L 80>
            var_74 = wp::lshift(var_73, var_66);
            var_75 = wp::bit_or(var_65, var_74);
        }
        var_76 = wp::where(var_72, var_75, var_65);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_78 = corner_0(var_77);
        var_79 = wp::mul(var_78, var_h);
        var_80 = wp::add(var_8, var_79);
        var_81 = field_0(var_80);
        var_83 = (var_81 < var_82);
        if (var_83) {
            // bits |= 1 << c                                                                     <L 80>
            var_85 = wp::lshift(var_84, var_77);
            var_86 = wp::bit_or(var_76, var_85);
        }
        var_87 = wp::where(var_83, var_86, var_76);
        // if field(base + corner(c) * h) < 0.0:                                                  <L 79>
        var_89 = corner_0(var_88);
        var_90 = wp::mul(var_89, var_h);
        var_91 = wp::add(var_8, var_90);
        var_92 = field_0(var_91);
        var_94 = (var_92 < var_93);
        if (var_94) {
            // bits |= 1 << c                                                                     <L 80>
            var_96 = wp::lshift(var_95, var_88);
            var_97 = wp::bit_or(var_87, var_96);
        }
        var_98 = wp::where(var_94, var_97, var_87);
        // signs[i, j, k] = wp.uint8(bits)                                                        <L 81>
        var_99 = wp::uint8(var_98);
        // wp::array_store(var_signs, var_0, var_1, var_2, var_99);
        //---------
        // reverse
        wp::adj_array_store(var_signs, var_0, var_1, var_2, var_99, adj_signs, adj_0, adj_1, adj_2, adj_99);
        // adj: signs[i, j, k] = wp.uint8(bits)                                                   <L 81>
        wp::adj_where(var_94, var_97, var_87, adj_94, adj_97, adj_87, adj_98);
        if (var_94) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_91, adj_91, adj_92);
        wp::adj_add(var_8, var_90, adj_8, adj_90, adj_91);
        wp::adj_mul(var_89, var_h, adj_89, adj_h, adj_90);
        adj_corner_0(var_88, adj_88, adj_89);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_83, var_86, var_76, adj_83, adj_86, adj_76, adj_87);
        if (var_83) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_80, adj_80, adj_81);
        wp::adj_add(var_8, var_79, adj_8, adj_79, adj_80);
        wp::adj_mul(var_78, var_h, adj_78, adj_h, adj_79);
        adj_corner_0(var_77, adj_77, adj_78);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_72, var_75, var_65, adj_72, adj_75, adj_65, adj_76);
        if (var_72) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_69, adj_69, adj_70);
        wp::adj_add(var_8, var_68, adj_8, adj_68, adj_69);
        wp::adj_mul(var_67, var_h, adj_67, adj_h, adj_68);
        adj_corner_0(var_66, adj_66, adj_67);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_61, var_64, var_54, adj_61, adj_64, adj_54, adj_65);
        if (var_61) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_58, adj_58, adj_59);
        wp::adj_add(var_8, var_57, adj_8, adj_57, adj_58);
        wp::adj_mul(var_56, var_h, adj_56, adj_h, adj_57);
        adj_corner_0(var_55, adj_55, adj_56);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_50, var_53, var_43, adj_50, adj_53, adj_43, adj_54);
        if (var_50) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_47, adj_47, adj_48);
        wp::adj_add(var_8, var_46, adj_8, adj_46, adj_47);
        wp::adj_mul(var_45, var_h, adj_45, adj_h, adj_46);
        adj_corner_0(var_44, adj_44, adj_45);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_39, var_42, var_32, adj_39, adj_42, adj_32, adj_43);
        if (var_39) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_36, adj_36, adj_37);
        wp::adj_add(var_8, var_35, adj_8, adj_35, adj_36);
        wp::adj_mul(var_34, var_h, adj_34, adj_h, adj_35);
        adj_corner_0(var_33, adj_33, adj_34);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_28, var_31, var_21, adj_28, adj_31, adj_21, adj_32);
        if (var_28) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_25, adj_25, adj_26);
        wp::adj_add(var_8, var_24, adj_8, adj_24, adj_25);
        wp::adj_mul(var_23, var_h, adj_23, adj_h, adj_24);
        adj_corner_0(var_22, adj_22, adj_23);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        wp::adj_where(var_17, var_20, var_10, adj_17, adj_20, adj_10, adj_21);
        if (var_17) {
            // adj: bits |= 1 << c                                                                <L 80>
        }
        adj_field_0(var_14, adj_14, adj_15);
        wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_h, adj_12, adj_h, adj_13);
        adj_corner_0(var_11, adj_11, adj_12);
        // adj: if field(base + corner(c) * h) < 0.0:                                             <L 79>
        // adj: for c in range(8):                                                                <L 78>
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

