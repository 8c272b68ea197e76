
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


// corpus/165_sdf_scene_sphere_trace.py:4
static wp::float32 sdf_torus_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r1,
    wp::float32 var_r2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def sdf_torus(p: wp.vec3, r1: float, r2: float) -> float:                              <L 5>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - r1, p[1])                                 <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_6 = wp::sub(var_5, var_r1);
    var_8 = wp::extract(var_p, var_7);
    var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
    // return wp.length(q) - r2                                                               <L 7>
    var_10 = wp::length(var_9);
    var_11 = wp::sub(var_10, var_r2);
    return var_11;
}


// corpus/165_sdf_scene_sphere_trace.py:10
static wp::float32 sdf_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def sdf_box(p: wp.vec3, b: wp.vec3) -> float:                                          <L 11>
    // q = wp.abs(p) - b                                                                      <L 12>
    var_0 = wp::abs(var_p);
    var_1 = wp::sub(var_0, var_b);
    // return wp.length(wp.max(q, wp.vec3(0.0))) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)       <L 13>
    var_3 = wp::vec_t<3, wp::float32>(var_2);
    var_4 = wp::max(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::extract(var_1, var_6);
    var_9 = wp::extract(var_1, var_8);
    var_11 = wp::extract(var_1, var_10);
    var_12 = wp::max(var_9, var_11);
    var_13 = wp::max(var_7, var_12);
    var_15 = wp::min(var_13, var_14);
    var_16 = wp::add(var_5, var_15);
    return var_16;
}


// corpus/165_sdf_scene_sphere_trace.py:16
static wp::float32 smooth_union_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def smooth_union(a: float, b: float, k: float) -> float:                               <L 17>
    // h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                        <L 18>
    var_2 = wp::sub(var_b, var_a);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::div(var_3, var_k);
    var_5 = wp::add(var_0, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return wp.lerp(b, a, h) - k * h * (1.0 - h)                                            <L 19>
    var_9 = wp::lerp(var_b, var_a, var_8);
    var_10 = wp::mul(var_k, var_8);
    var_12 = wp::sub(var_11, var_8);
    var_13 = wp::mul(var_10, var_12);
    var_14 = wp::sub(var_9, var_13);
    return var_14;
}


// corpus/165_sdf_scene_sphere_trace.py:22
static wp::float32 scene_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.6;
    const wp::float32 var_1 = 0.2;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 0.3;
    const wp::float32 var_9 = 0.1;
    const wp::float32 var_10 = 0.3;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.1;
    wp::float32 var_14;
    //---------
    // forward
    // def scene(p: wp.vec3) -> float:                                                        <L 23>
    // d = sdf_torus(p, 0.6, 0.2)                                                             <L 24>
    var_2 = sdf_torus_0(var_p, var_0, var_1);
    // d = smooth_union(d, sdf_box(p - wp.vec3(0.0, 0.4, 0.0), wp.vec3(0.3, 0.1, 0.3)), 0.1)       <L 25>
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::sub(var_p, var_6);
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = sdf_box_0(var_7, var_11);
    var_14 = smooth_union_0(var_2, var_12, var_13);
    // return d                                                                               <L 26>
    return var_14;
}


// corpus/165_sdf_scene_sphere_trace.py:29
static wp::vec_t<3, wp::float32> grad_scene_0(
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
    // def grad_scene(p: wp.vec3) -> wp.vec3:                                                 <L 30>
    // e = 1.0e-3                                                                             <L 31>
    // dx = scene(p + wp.vec3(e, 0.0, 0.0)) - scene(p - wp.vec3(e, 0.0, 0.0))                 <L 32>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene(p + wp.vec3(0.0, e, 0.0)) - scene(p - wp.vec3(0.0, e, 0.0))                 <L 33>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene(p + wp.vec3(0.0, 0.0, e)) - scene(p - wp.vec3(0.0, 0.0, e))                 <L 34>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 35>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// corpus/165_sdf_scene_sphere_trace.py:4
static void adj_sdf_torus_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r1,
    wp::float32 var_r2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r1,
    wp::float32 & adj_r2,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def sdf_torus(p: wp.vec3, r1: float, r2: float) -> float:                              <L 5>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - r1, p[1])                                 <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_6 = wp::sub(var_5, var_r1);
    var_8 = wp::extract(var_p, var_7);
    var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
    // return wp.length(q) - r2                                                               <L 7>
    var_10 = wp::length(var_9);
    var_11 = wp::sub(var_10, var_r2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_sub(var_10, var_r2, adj_10, adj_r2, adj_11);
    wp::adj_length(var_9, var_10, adj_9, adj_10);
    // adj: return wp.length(q) - r2                                                          <L 7>
    wp::adj_vec_t(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_p, var_7, adj_p, adj_7, adj_8);
    wp::adj_sub(var_5, var_r1, adj_5, adj_r1, adj_6);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_vec_t(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - r1, p[1])                            <L 6>
    // adj: def sdf_torus(p: wp.vec3, r1: float, r2: float) -> float:                         <L 5>
    return;
}


// corpus/165_sdf_scene_sphere_trace.py:10
static void adj_sdf_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def sdf_box(p: wp.vec3, b: wp.vec3) -> float:                                          <L 11>
    // q = wp.abs(p) - b                                                                      <L 12>
    var_0 = wp::abs(var_p);
    var_1 = wp::sub(var_0, var_b);
    // return wp.length(wp.max(q, wp.vec3(0.0))) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)       <L 13>
    var_3 = wp::vec_t<3, wp::float32>(var_2);
    var_4 = wp::max(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::extract(var_1, var_6);
    var_9 = wp::extract(var_1, var_8);
    var_11 = wp::extract(var_1, var_10);
    var_12 = wp::max(var_9, var_11);
    var_13 = wp::max(var_7, var_12);
    var_15 = wp::min(var_13, var_14);
    var_16 = wp::add(var_5, var_15);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_16 += adj_ret;
    wp::adj_add(var_5, var_15, adj_5, adj_15, adj_16);
    wp::adj_min(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_max(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_max(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_1, var_10, adj_1, adj_10, adj_11);
    wp::adj_extract(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_extract(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_max(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_vec_t(var_2, adj_2, adj_3);
    // adj: return wp.length(wp.max(q, wp.vec3(0.0))) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)  <L 13>
    wp::adj_sub(var_0, var_b, adj_0, adj_b, adj_1);
    wp::adj_abs(var_p, adj_p, adj_0);
    // adj: q = wp.abs(p) - b                                                                 <L 12>
    // adj: def sdf_box(p: wp.vec3, b: wp.vec3) -> float:                                     <L 11>
    return;
}


// corpus/165_sdf_scene_sphere_trace.py:16
static void adj_smooth_union_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_k,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def smooth_union(a: float, b: float, k: float) -> float:                               <L 17>
    // h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                        <L 18>
    var_2 = wp::sub(var_b, var_a);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::div(var_3, var_k);
    var_5 = wp::add(var_0, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return wp.lerp(b, a, h) - k * h * (1.0 - h)                                            <L 19>
    var_9 = wp::lerp(var_b, var_a, var_8);
    var_10 = wp::mul(var_k, var_8);
    var_12 = wp::sub(var_11, var_8);
    var_13 = wp::mul(var_10, var_12);
    var_14 = wp::sub(var_9, var_13);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    wp::adj_sub(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sub(var_11, var_8, adj_11, adj_8, adj_12);
    wp::adj_mul(var_k, var_8, adj_k, adj_8, adj_10);
    wp::adj_lerp(var_b, var_a, var_8, adj_b, adj_a, adj_8, adj_9);
    // adj: return wp.lerp(b, a, h) - k * h * (1.0 - h)                                       <L 19>
    wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_div(var_3, var_k, var_4, adj_3, adj_k, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_2);
    // adj: h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                   <L 18>
    // adj: def smooth_union(a: float, b: float, k: float) -> float:                          <L 17>
    return;
}


// corpus/165_sdf_scene_sphere_trace.py:22
static void adj_scene_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.6;
    const wp::float32 var_1 = 0.2;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 0.3;
    const wp::float32 var_9 = 0.1;
    const wp::float32 var_10 = 0.3;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.1;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def scene(p: wp.vec3) -> float:                                                        <L 23>
    // d = sdf_torus(p, 0.6, 0.2)                                                             <L 24>
    var_2 = sdf_torus_0(var_p, var_0, var_1);
    // d = smooth_union(d, sdf_box(p - wp.vec3(0.0, 0.4, 0.0), wp.vec3(0.3, 0.1, 0.3)), 0.1)       <L 25>
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::sub(var_p, var_6);
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = sdf_box_0(var_7, var_11);
    var_14 = smooth_union_0(var_2, var_12, var_13);
    // return d                                                                               <L 26>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return d                                                                          <L 26>
    adj_smooth_union_0(var_2, var_12, var_13, adj_2, adj_12, adj_13, adj_14);
    adj_sdf_box_0(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    // adj: d = smooth_union(d, sdf_box(p - wp.vec3(0.0, 0.4, 0.0), wp.vec3(0.3, 0.1, 0.3)), 0.1)  <L 25>
    adj_sdf_torus_0(var_p, var_0, var_1, adj_p, adj_0, adj_1, adj_2);
    // adj: d = sdf_torus(p, 0.6, 0.2)                                                        <L 24>
    // adj: def scene(p: wp.vec3) -> float:                                                   <L 23>
    return;
}


// corpus/165_sdf_scene_sphere_trace.py:29
static void adj_grad_scene_0(
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
    // def grad_scene(p: wp.vec3) -> wp.vec3:                                                 <L 30>
    // e = 1.0e-3                                                                             <L 31>
    // dx = scene(p + wp.vec3(e, 0.0, 0.0)) - scene(p - wp.vec3(e, 0.0, 0.0))                 <L 32>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene(p + wp.vec3(0.0, e, 0.0)) - scene(p - wp.vec3(0.0, e, 0.0))                 <L 33>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene(p + wp.vec3(0.0, 0.0, e)) - scene(p - wp.vec3(0.0, 0.0, e))                 <L 34>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 35>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_35 += adj_ret;
    wp::adj_normalize(var_34, var_35, adj_34, adj_35);
    wp::adj_vec_t(var_11, var_22, var_33, adj_11, adj_22, adj_33, adj_34);
    // adj: return wp.normalize(wp.vec3(dx, dy, dz))                                          <L 35>
    wp::adj_sub(var_27, var_32, adj_27, adj_32, adj_33);
    adj_scene_0(var_31, adj_31, adj_32);
    wp::adj_sub(var_p, var_30, adj_p, adj_30, adj_31);
    wp::adj_vec_t(var_28, var_29, var_0, adj_28, adj_29, adj_0, adj_30);
    adj_scene_0(var_26, adj_26, adj_27);
    wp::adj_add(var_p, var_25, adj_p, adj_25, adj_26);
    wp::adj_vec_t(var_23, var_24, var_0, adj_23, adj_24, adj_0, adj_25);
    // adj: dz = scene(p + wp.vec3(0.0, 0.0, e)) - scene(p - wp.vec3(0.0, 0.0, e))            <L 34>
    wp::adj_sub(var_16, var_21, adj_16, adj_21, adj_22);
    adj_scene_0(var_20, adj_20, adj_21);
    wp::adj_sub(var_p, var_19, adj_p, adj_19, adj_20);
    wp::adj_vec_t(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    adj_scene_0(var_15, adj_15, adj_16);
    wp::adj_add(var_p, var_14, adj_p, adj_14, adj_15);
    wp::adj_vec_t(var_12, var_0, var_13, adj_12, adj_0, adj_13, adj_14);
    // adj: dy = scene(p + wp.vec3(0.0, e, 0.0)) - scene(p - wp.vec3(0.0, e, 0.0))            <L 33>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    adj_scene_0(var_9, adj_9, adj_10);
    wp::adj_sub(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_vec_t(var_0, var_6, var_7, adj_0, adj_6, adj_7, adj_8);
    adj_scene_0(var_4, adj_4, adj_5);
    wp::adj_add(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: dx = scene(p + wp.vec3(e, 0.0, 0.0)) - scene(p - wp.vec3(e, 0.0, 0.0))            <L 32>
    // adj: e = 1.0e-3                                                                        <L 31>
    // adj: def grad_scene(p: wp.vec3) -> wp.vec3:                                            <L 30>
    return;
}

struct wp_args_sample_field_73830c6c {
    wp::vec_t<3, wp::float32> origin;
    wp::float32 h;
    wp::array_t<wp::float32> field;
};


void sample_field_73830c6c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sample_field_73830c6c *_wp_args)
{
    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::float32> var_field = _wp_args->field;
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
    wp::float32 var_9;
    //---------
    // forward
    // def sample_field(origin: wp.vec3, h: float, field: wp.array3d(dtype=float)):           <L 39>
    // i, j, k = wp.tid()                                                                     <L 40>
    builtin_tid3d(var_0, var_1, var_2);
    // p = origin + wp.vec3(float(i), float(j), float(k)) * h                                 <L 41>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::add(var_origin, var_7);
    // field[i, j, k] = scene(p)                                                              <L 42>
    var_9 = scene_0(var_8);
    wp::array_store(var_field, var_0, var_1, var_2, var_9);
}



void sample_field_73830c6c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sample_field_73830c6c *_wp_args,
    wp_args_sample_field_73830c6c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::vec_t<3, wp::float32> adj_origin = _wp_adj_args->origin;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
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
    wp::float32 var_9;
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
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def sample_field(origin: wp.vec3, h: float, field: wp.array3d(dtype=float)):           <L 39>
    // i, j, k = wp.tid()                                                                     <L 40>
    builtin_tid3d(var_0, var_1, var_2);
    // p = origin + wp.vec3(float(i), float(j), float(k)) * h                                 <L 41>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::add(var_origin, var_7);
    // field[i, j, k] = scene(p)                                                              <L 42>
    var_9 = scene_0(var_8);
    // wp::array_store(var_field, var_0, var_1, var_2, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_2, var_9, adj_field, adj_0, adj_1, adj_2, adj_9);
    adj_scene_0(var_8, adj_8, adj_9);
    // adj: field[i, j, k] = scene(p)                                                         <L 42>
    wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
    wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
    wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: p = origin + wp.vec3(float(i), float(j), float(k)) * h                            <L 41>
    // adj: i, j, k = wp.tid()                                                                <L 40>
    // adj: def sample_field(origin: wp.vec3, h: float, field: wp.array3d(dtype=float)):      <L 39>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sample_field_73830c6c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sample_field_73830c6c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sample_field_73830c6c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sample_field_73830c6c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sample_field_73830c6c *_wp_args,
    wp_args_sample_field_73830c6c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sample_field_73830c6c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_classify_cells_7fd0c04f {
    wp::array_t<wp::float32> field;
    wp::float32 iso;
    wp::array_t<wp::uint8> cube_index;
    wp::array_t<wp::int32> active;
};


void classify_cells_7fd0c04f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_classify_cells_7fd0c04f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_iso = _wp_args->iso;
    wp::array_t<wp::uint8> var_cube_index = _wp_args->cube_index;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    bool var_22;
    wp::float32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32* var_42;
    bool var_43;
    wp::float32 var_44;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::float32* var_63;
    bool var_64;
    wp::float32 var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    const wp::int32 var_70 = 3;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    const wp::int32 var_73 = 1;
    wp::int32 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    const wp::int32 var_77 = 2;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    wp::float32* var_84;
    bool var_85;
    wp::float32 var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    const wp::int32 var_89 = 1;
    wp::int32 var_90;
    const wp::int32 var_91 = 4;
    const wp::int32 var_92 = 1;
    wp::int32 var_93;
    const wp::int32 var_94 = 1;
    wp::int32 var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    const wp::int32 var_98 = 2;
    wp::int32 var_99;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::float32* var_105;
    bool var_106;
    wp::float32 var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    const wp::int32 var_112 = 5;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    const wp::int32 var_115 = 1;
    wp::int32 var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    const wp::int32 var_119 = 2;
    wp::int32 var_120;
    const wp::int32 var_121 = 1;
    wp::int32 var_122;
    wp::int32 var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32* var_126;
    bool var_127;
    wp::float32 var_128;
    wp::int32 var_129;
    wp::int32 var_130;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    const wp::int32 var_133 = 6;
    const wp::int32 var_134 = 1;
    wp::int32 var_135;
    const wp::int32 var_136 = 1;
    wp::int32 var_137;
    const wp::int32 var_138 = 1;
    wp::int32 var_139;
    const wp::int32 var_140 = 2;
    wp::int32 var_141;
    const wp::int32 var_142 = 1;
    wp::int32 var_143;
    wp::int32 var_144;
    wp::int32 var_145;
    wp::int32 var_146;
    wp::float32* var_147;
    bool var_148;
    wp::float32 var_149;
    wp::int32 var_150;
    wp::int32 var_151;
    const wp::int32 var_152 = 1;
    wp::int32 var_153;
    const wp::int32 var_154 = 7;
    const wp::int32 var_155 = 1;
    wp::int32 var_156;
    const wp::int32 var_157 = 1;
    wp::int32 var_158;
    const wp::int32 var_159 = 1;
    wp::int32 var_160;
    const wp::int32 var_161 = 2;
    wp::int32 var_162;
    const wp::int32 var_163 = 1;
    wp::int32 var_164;
    wp::int32 var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    wp::float32* var_168;
    bool var_169;
    wp::float32 var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    const wp::int32 var_173 = 1;
    wp::int32 var_174;
    wp::uint8 var_175;
    const wp::int32 var_176 = 0;
    bool var_177;
    const wp::int32 var_178 = 255;
    bool var_179;
    bool var_180;
    const wp::int32 var_181 = 0;
    const wp::int32 var_182 = 1;
    wp::int32 var_183;
    //---------
    // forward
    // def classify_cells(field: wp.array3d(dtype=float), iso: float, cube_index: wp.array3d(dtype=wp.uint8), active: wp.array(dtype=int)):       <L 46>
    // i, j, k = wp.tid()                                                                     <L 47>
    builtin_tid3d(var_0, var_1, var_2);
    // code = int(0)                                                                          <L 48>
    var_4 = wp::int(var_3);
    // bit = int(1)                                                                           <L 49>
    var_6 = wp::int(var_5);
    // for c in range(8):                                                                     <L 50>
    // di = c & 1                                                                             <L 51>
    var_9 = wp::bit_and(var_7, var_8);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_11 = wp::rshift(var_7, var_10);
    var_13 = wp::bit_and(var_11, var_12);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_15 = wp::rshift(var_7, var_14);
    var_17 = wp::bit_and(var_15, var_16);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_18 = wp::add(var_0, var_9);
    var_19 = wp::add(var_1, var_13);
    var_20 = wp::add(var_2, var_17);
    var_21 = wp::address(var_field, var_18, var_19, var_20);
    var_23 = wp::load(var_21);
    var_22 = (var_23 < var_iso);
    if (var_22) {
        // code = code | bit                                                                  <L 55>
        var_24 = wp::bit_or(var_4, var_6);
    }
    var_25 = wp::where(var_22, var_24, var_4);
    // bit = bit << 1                                                                         <L 56>
    var_27 = wp::lshift(var_6, var_26);
    // di = c & 1                                                                             <L 51>
    var_30 = wp::bit_and(var_28, var_29);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_32 = wp::rshift(var_28, var_31);
    var_34 = wp::bit_and(var_32, var_33);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_36 = wp::rshift(var_28, var_35);
    var_38 = wp::bit_and(var_36, var_37);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_39 = wp::add(var_0, var_30);
    var_40 = wp::add(var_1, var_34);
    var_41 = wp::add(var_2, var_38);
    var_42 = wp::address(var_field, var_39, var_40, var_41);
    var_44 = wp::load(var_42);
    var_43 = (var_44 < var_iso);
    if (var_43) {
        // code = code | bit                                                                  <L 55>
        var_45 = wp::bit_or(var_25, var_27);
    }
    var_46 = wp::where(var_43, var_45, var_25);
    // bit = bit << 1                                                                         <L 56>
    var_48 = wp::lshift(var_27, var_47);
    // di = c & 1                                                                             <L 51>
    var_51 = wp::bit_and(var_49, var_50);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_53 = wp::rshift(var_49, var_52);
    var_55 = wp::bit_and(var_53, var_54);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_57 = wp::rshift(var_49, var_56);
    var_59 = wp::bit_and(var_57, var_58);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_60 = wp::add(var_0, var_51);
    var_61 = wp::add(var_1, var_55);
    var_62 = wp::add(var_2, var_59);
    var_63 = wp::address(var_field, var_60, var_61, var_62);
    var_65 = wp::load(var_63);
    var_64 = (var_65 < var_iso);
    if (var_64) {
        // code = code | bit                                                                  <L 55>
        var_66 = wp::bit_or(var_46, var_48);
    }
    var_67 = wp::where(var_64, var_66, var_46);
    // bit = bit << 1                                                                         <L 56>
    var_69 = wp::lshift(var_48, var_68);
    // di = c & 1                                                                             <L 51>
    var_72 = wp::bit_and(var_70, var_71);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_74 = wp::rshift(var_70, var_73);
    var_76 = wp::bit_and(var_74, var_75);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_78 = wp::rshift(var_70, var_77);
    var_80 = wp::bit_and(var_78, var_79);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_81 = wp::add(var_0, var_72);
    var_82 = wp::add(var_1, var_76);
    var_83 = wp::add(var_2, var_80);
    var_84 = wp::address(var_field, var_81, var_82, var_83);
    var_86 = wp::load(var_84);
    var_85 = (var_86 < var_iso);
    if (var_85) {
        // code = code | bit                                                                  <L 55>
        var_87 = wp::bit_or(var_67, var_69);
    }
    var_88 = wp::where(var_85, var_87, var_67);
    // bit = bit << 1                                                                         <L 56>
    var_90 = wp::lshift(var_69, var_89);
    // di = c & 1                                                                             <L 51>
    var_93 = wp::bit_and(var_91, var_92);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_95 = wp::rshift(var_91, var_94);
    var_97 = wp::bit_and(var_95, var_96);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_99 = wp::rshift(var_91, var_98);
    var_101 = wp::bit_and(var_99, var_100);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_102 = wp::add(var_0, var_93);
    var_103 = wp::add(var_1, var_97);
    var_104 = wp::add(var_2, var_101);
    var_105 = wp::address(var_field, var_102, var_103, var_104);
    var_107 = wp::load(var_105);
    var_106 = (var_107 < var_iso);
    if (var_106) {
        // code = code | bit                                                                  <L 55>
        var_108 = wp::bit_or(var_88, var_90);
    }
    var_109 = wp::where(var_106, var_108, var_88);
    // bit = bit << 1                                                                         <L 56>
    var_111 = wp::lshift(var_90, var_110);
    // di = c & 1                                                                             <L 51>
    var_114 = wp::bit_and(var_112, var_113);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_116 = wp::rshift(var_112, var_115);
    var_118 = wp::bit_and(var_116, var_117);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_120 = wp::rshift(var_112, var_119);
    var_122 = wp::bit_and(var_120, var_121);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_123 = wp::add(var_0, var_114);
    var_124 = wp::add(var_1, var_118);
    var_125 = wp::add(var_2, var_122);
    var_126 = wp::address(var_field, var_123, var_124, var_125);
    var_128 = wp::load(var_126);
    var_127 = (var_128 < var_iso);
    if (var_127) {
        // code = code | bit                                                                  <L 55>
        var_129 = wp::bit_or(var_109, var_111);
    }
    var_130 = wp::where(var_127, var_129, var_109);
    // bit = bit << 1                                                                         <L 56>
    var_132 = wp::lshift(var_111, var_131);
    // di = c & 1                                                                             <L 51>
    var_135 = wp::bit_and(var_133, var_134);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_137 = wp::rshift(var_133, var_136);
    var_139 = wp::bit_and(var_137, var_138);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_141 = wp::rshift(var_133, var_140);
    var_143 = wp::bit_and(var_141, var_142);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_144 = wp::add(var_0, var_135);
    var_145 = wp::add(var_1, var_139);
    var_146 = wp::add(var_2, var_143);
    var_147 = wp::address(var_field, var_144, var_145, var_146);
    var_149 = wp::load(var_147);
    var_148 = (var_149 < var_iso);
    if (var_148) {
        // code = code | bit                                                                  <L 55>
        var_150 = wp::bit_or(var_130, var_132);
    }
    var_151 = wp::where(var_148, var_150, var_130);
    // bit = bit << 1                                                                         <L 56>
    var_153 = wp::lshift(var_132, var_152);
    // di = c & 1                                                                             <L 51>
    var_156 = wp::bit_and(var_154, var_155);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_158 = wp::rshift(var_154, var_157);
    var_160 = wp::bit_and(var_158, var_159);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_162 = wp::rshift(var_154, var_161);
    var_164 = wp::bit_and(var_162, var_163);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_165 = wp::add(var_0, var_156);
    var_166 = wp::add(var_1, var_160);
    var_167 = wp::add(var_2, var_164);
    var_168 = wp::address(var_field, var_165, var_166, var_167);
    var_170 = wp::load(var_168);
    var_169 = (var_170 < var_iso);
    if (var_169) {
        // code = code | bit                                                                  <L 55>
        var_171 = wp::bit_or(var_151, var_153);
    }
    var_172 = wp::where(var_169, var_171, var_151);
    // bit = bit << 1                                                                         <L 56>
    var_174 = wp::lshift(var_153, var_173);
    // cube_index[i, j, k] = wp.uint8(code)                                                   <L 57>
    var_175 = wp::uint8(var_172);
    wp::array_store(var_cube_index, var_0, var_1, var_2, var_175);
    // if code != 0 and code != 255:                                                          <L 58>
    var_177 = (var_172 != var_176);
    var_179 = (var_172 != var_178);
    var_180 = var_177 && var_179;
    if (var_180) {
        // wp.atomic_add(active, 0, 1)                                                        <L 59>
        var_183 = wp::atomic_add(var_active, var_181, var_182);
    }
}



void classify_cells_7fd0c04f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_classify_cells_7fd0c04f *_wp_args,
    wp_args_classify_cells_7fd0c04f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_iso = _wp_args->iso;
    wp::array_t<wp::uint8> var_cube_index = _wp_args->cube_index;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::float32 adj_iso = _wp_adj_args->iso;
    wp::array_t<wp::uint8> adj_cube_index = _wp_adj_args->cube_index;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    bool var_22;
    wp::float32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32* var_42;
    bool var_43;
    wp::float32 var_44;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::float32* var_63;
    bool var_64;
    wp::float32 var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    const wp::int32 var_70 = 3;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    const wp::int32 var_73 = 1;
    wp::int32 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    const wp::int32 var_77 = 2;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    wp::float32* var_84;
    bool var_85;
    wp::float32 var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    const wp::int32 var_89 = 1;
    wp::int32 var_90;
    const wp::int32 var_91 = 4;
    const wp::int32 var_92 = 1;
    wp::int32 var_93;
    const wp::int32 var_94 = 1;
    wp::int32 var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    const wp::int32 var_98 = 2;
    wp::int32 var_99;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::float32* var_105;
    bool var_106;
    wp::float32 var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    const wp::int32 var_112 = 5;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    const wp::int32 var_115 = 1;
    wp::int32 var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    const wp::int32 var_119 = 2;
    wp::int32 var_120;
    const wp::int32 var_121 = 1;
    wp::int32 var_122;
    wp::int32 var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32* var_126;
    bool var_127;
    wp::float32 var_128;
    wp::int32 var_129;
    wp::int32 var_130;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    const wp::int32 var_133 = 6;
    const wp::int32 var_134 = 1;
    wp::int32 var_135;
    const wp::int32 var_136 = 1;
    wp::int32 var_137;
    const wp::int32 var_138 = 1;
    wp::int32 var_139;
    const wp::int32 var_140 = 2;
    wp::int32 var_141;
    const wp::int32 var_142 = 1;
    wp::int32 var_143;
    wp::int32 var_144;
    wp::int32 var_145;
    wp::int32 var_146;
    wp::float32* var_147;
    bool var_148;
    wp::float32 var_149;
    wp::int32 var_150;
    wp::int32 var_151;
    const wp::int32 var_152 = 1;
    wp::int32 var_153;
    const wp::int32 var_154 = 7;
    const wp::int32 var_155 = 1;
    wp::int32 var_156;
    const wp::int32 var_157 = 1;
    wp::int32 var_158;
    const wp::int32 var_159 = 1;
    wp::int32 var_160;
    const wp::int32 var_161 = 2;
    wp::int32 var_162;
    const wp::int32 var_163 = 1;
    wp::int32 var_164;
    wp::int32 var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    wp::float32* var_168;
    bool var_169;
    wp::float32 var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    const wp::int32 var_173 = 1;
    wp::int32 var_174;
    wp::uint8 var_175;
    const wp::int32 var_176 = 0;
    bool var_177;
    const wp::int32 var_178 = 255;
    bool var_179;
    bool var_180;
    const wp::int32 var_181 = 0;
    const wp::int32 var_182 = 1;
    wp::int32 var_183;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    bool adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    bool adj_85 = {};
    wp::float32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::float32 adj_105 = {};
    bool adj_106 = {};
    wp::float32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::float32 adj_126 = {};
    bool adj_127 = {};
    wp::float32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::float32 adj_147 = {};
    bool adj_148 = {};
    wp::float32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::float32 adj_168 = {};
    bool adj_169 = {};
    wp::float32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::uint8 adj_175 = {};
    wp::int32 adj_176 = {};
    bool adj_177 = {};
    wp::int32 adj_178 = {};
    bool adj_179 = {};
    bool adj_180 = {};
    wp::int32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::int32 adj_183 = {};
    //---------
    // forward
    // def classify_cells(field: wp.array3d(dtype=float), iso: float, cube_index: wp.array3d(dtype=wp.uint8), active: wp.array(dtype=int)):       <L 46>
    // i, j, k = wp.tid()                                                                     <L 47>
    builtin_tid3d(var_0, var_1, var_2);
    // code = int(0)                                                                          <L 48>
    var_4 = wp::int(var_3);
    // bit = int(1)                                                                           <L 49>
    var_6 = wp::int(var_5);
    // for c in range(8):                                                                     <L 50>
    // di = c & 1                                                                             <L 51>
    var_9 = wp::bit_and(var_7, var_8);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_11 = wp::rshift(var_7, var_10);
    var_13 = wp::bit_and(var_11, var_12);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_15 = wp::rshift(var_7, var_14);
    var_17 = wp::bit_and(var_15, var_16);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_18 = wp::add(var_0, var_9);
    var_19 = wp::add(var_1, var_13);
    var_20 = wp::add(var_2, var_17);
    var_21 = wp::address(var_field, var_18, var_19, var_20);
    var_23 = wp::load(var_21);
    var_22 = (var_23 < var_iso);
    if (var_22) {
        // code = code | bit                                                                  <L 55>
        var_24 = wp::bit_or(var_4, var_6);
    }
    var_25 = wp::where(var_22, var_24, var_4);
    // bit = bit << 1                                                                         <L 56>
    var_27 = wp::lshift(var_6, var_26);
    // di = c & 1                                                                             <L 51>
    var_30 = wp::bit_and(var_28, var_29);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_32 = wp::rshift(var_28, var_31);
    var_34 = wp::bit_and(var_32, var_33);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_36 = wp::rshift(var_28, var_35);
    var_38 = wp::bit_and(var_36, var_37);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_39 = wp::add(var_0, var_30);
    var_40 = wp::add(var_1, var_34);
    var_41 = wp::add(var_2, var_38);
    var_42 = wp::address(var_field, var_39, var_40, var_41);
    var_44 = wp::load(var_42);
    var_43 = (var_44 < var_iso);
    if (var_43) {
        // code = code | bit                                                                  <L 55>
        var_45 = wp::bit_or(var_25, var_27);
    }
    var_46 = wp::where(var_43, var_45, var_25);
    // bit = bit << 1                                                                         <L 56>
    var_48 = wp::lshift(var_27, var_47);
    // di = c & 1                                                                             <L 51>
    var_51 = wp::bit_and(var_49, var_50);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_53 = wp::rshift(var_49, var_52);
    var_55 = wp::bit_and(var_53, var_54);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_57 = wp::rshift(var_49, var_56);
    var_59 = wp::bit_and(var_57, var_58);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_60 = wp::add(var_0, var_51);
    var_61 = wp::add(var_1, var_55);
    var_62 = wp::add(var_2, var_59);
    var_63 = wp::address(var_field, var_60, var_61, var_62);
    var_65 = wp::load(var_63);
    var_64 = (var_65 < var_iso);
    if (var_64) {
        // code = code | bit                                                                  <L 55>
        var_66 = wp::bit_or(var_46, var_48);
    }
    var_67 = wp::where(var_64, var_66, var_46);
    // bit = bit << 1                                                                         <L 56>
    var_69 = wp::lshift(var_48, var_68);
    // di = c & 1                                                                             <L 51>
    var_72 = wp::bit_and(var_70, var_71);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_74 = wp::rshift(var_70, var_73);
    var_76 = wp::bit_and(var_74, var_75);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_78 = wp::rshift(var_70, var_77);
    var_80 = wp::bit_and(var_78, var_79);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_81 = wp::add(var_0, var_72);
    var_82 = wp::add(var_1, var_76);
    var_83 = wp::add(var_2, var_80);
    var_84 = wp::address(var_field, var_81, var_82, var_83);
    var_86 = wp::load(var_84);
    var_85 = (var_86 < var_iso);
    if (var_85) {
        // code = code | bit                                                                  <L 55>
        var_87 = wp::bit_or(var_67, var_69);
    }
    var_88 = wp::where(var_85, var_87, var_67);
    // bit = bit << 1                                                                         <L 56>
    var_90 = wp::lshift(var_69, var_89);
    // di = c & 1                                                                             <L 51>
    var_93 = wp::bit_and(var_91, var_92);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_95 = wp::rshift(var_91, var_94);
    var_97 = wp::bit_and(var_95, var_96);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_99 = wp::rshift(var_91, var_98);
    var_101 = wp::bit_and(var_99, var_100);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_102 = wp::add(var_0, var_93);
    var_103 = wp::add(var_1, var_97);
    var_104 = wp::add(var_2, var_101);
    var_105 = wp::address(var_field, var_102, var_103, var_104);
    var_107 = wp::load(var_105);
    var_106 = (var_107 < var_iso);
    if (var_106) {
        // code = code | bit                                                                  <L 55>
        var_108 = wp::bit_or(var_88, var_90);
    }
    var_109 = wp::where(var_106, var_108, var_88);
    // bit = bit << 1                                                                         <L 56>
    var_111 = wp::lshift(var_90, var_110);
    // di = c & 1                                                                             <L 51>
    var_114 = wp::bit_and(var_112, var_113);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_116 = wp::rshift(var_112, var_115);
    var_118 = wp::bit_and(var_116, var_117);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_120 = wp::rshift(var_112, var_119);
    var_122 = wp::bit_and(var_120, var_121);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_123 = wp::add(var_0, var_114);
    var_124 = wp::add(var_1, var_118);
    var_125 = wp::add(var_2, var_122);
    var_126 = wp::address(var_field, var_123, var_124, var_125);
    var_128 = wp::load(var_126);
    var_127 = (var_128 < var_iso);
    if (var_127) {
        // code = code | bit                                                                  <L 55>
        var_129 = wp::bit_or(var_109, var_111);
    }
    var_130 = wp::where(var_127, var_129, var_109);
    // bit = bit << 1                                                                         <L 56>
    var_132 = wp::lshift(var_111, var_131);
    // di = c & 1                                                                             <L 51>
    var_135 = wp::bit_and(var_133, var_134);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_137 = wp::rshift(var_133, var_136);
    var_139 = wp::bit_and(var_137, var_138);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_141 = wp::rshift(var_133, var_140);
    var_143 = wp::bit_and(var_141, var_142);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_144 = wp::add(var_0, var_135);
    var_145 = wp::add(var_1, var_139);
    var_146 = wp::add(var_2, var_143);
    var_147 = wp::address(var_field, var_144, var_145, var_146);
    var_149 = wp::load(var_147);
    var_148 = (var_149 < var_iso);
    if (var_148) {
        // code = code | bit                                                                  <L 55>
        var_150 = wp::bit_or(var_130, var_132);
    }
    var_151 = wp::where(var_148, var_150, var_130);
    // bit = bit << 1                                                                         <L 56>
    var_153 = wp::lshift(var_132, var_152);
    // di = c & 1                                                                             <L 51>
    var_156 = wp::bit_and(var_154, var_155);
    // dj = (c >> 1) & 1                                                                      <L 52>
    var_158 = wp::rshift(var_154, var_157);
    var_160 = wp::bit_and(var_158, var_159);
    // dk = (c >> 2) & 1                                                                      <L 53>
    var_162 = wp::rshift(var_154, var_161);
    var_164 = wp::bit_and(var_162, var_163);
    // if field[i + di, j + dj, k + dk] < iso:                                                <L 54>
    var_165 = wp::add(var_0, var_156);
    var_166 = wp::add(var_1, var_160);
    var_167 = wp::add(var_2, var_164);
    var_168 = wp::address(var_field, var_165, var_166, var_167);
    var_170 = wp::load(var_168);
    var_169 = (var_170 < var_iso);
    if (var_169) {
        // code = code | bit                                                                  <L 55>
        var_171 = wp::bit_or(var_151, var_153);
    }
    var_172 = wp::where(var_169, var_171, var_151);
    // bit = bit << 1                                                                         <L 56>
    var_174 = wp::lshift(var_153, var_173);
    // cube_index[i, j, k] = wp.uint8(code)                                                   <L 57>
    var_175 = wp::uint8(var_172);
    // wp::array_store(var_cube_index, var_0, var_1, var_2, var_175);
    // if code != 0 and code != 255:                                                          <L 58>
    var_177 = (var_172 != var_176);
    var_179 = (var_172 != var_178);
    var_180 = var_177 && var_179;
    if (var_180) {
        // wp.atomic_add(active, 0, 1)                                                        <L 59>
        // var_183 = wp::atomic_add(var_active, var_181, var_182);
    }
    //---------
    // reverse
    if (var_180) {
        wp::adj_atomic_add(var_active, var_181, var_182, adj_active, adj_181, adj_182, adj_183);
        // adj: wp.atomic_add(active, 0, 1)                                                   <L 59>
    }
    // adj: if code != 0 and code != 255:                                                     <L 58>
    wp::adj_array_store(var_cube_index, var_0, var_1, var_2, var_175, adj_cube_index, adj_0, adj_1, adj_2, adj_175);
    wp::adj_uint8(var_172, adj_172, adj_175);
    // adj: cube_index[i, j, k] = wp.uint8(code)                                              <L 57>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_169, var_171, var_151, adj_169, adj_171, adj_151, adj_172);
    if (var_169) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_165, var_166, var_167, adj_field, adj_165, adj_166, adj_167, adj_168);
    wp::adj_add(var_2, var_164, adj_2, adj_164, adj_167);
    wp::adj_add(var_1, var_160, adj_1, adj_160, adj_166);
    wp::adj_add(var_0, var_156, adj_0, adj_156, adj_165);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_148, var_150, var_130, adj_148, adj_150, adj_130, adj_151);
    if (var_148) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_144, var_145, var_146, adj_field, adj_144, adj_145, adj_146, adj_147);
    wp::adj_add(var_2, var_143, adj_2, adj_143, adj_146);
    wp::adj_add(var_1, var_139, adj_1, adj_139, adj_145);
    wp::adj_add(var_0, var_135, adj_0, adj_135, adj_144);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_127, var_129, var_109, adj_127, adj_129, adj_109, adj_130);
    if (var_127) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_123, var_124, var_125, adj_field, adj_123, adj_124, adj_125, adj_126);
    wp::adj_add(var_2, var_122, adj_2, adj_122, adj_125);
    wp::adj_add(var_1, var_118, adj_1, adj_118, adj_124);
    wp::adj_add(var_0, var_114, adj_0, adj_114, adj_123);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_106, var_108, var_88, adj_106, adj_108, adj_88, adj_109);
    if (var_106) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_102, var_103, var_104, adj_field, adj_102, adj_103, adj_104, adj_105);
    wp::adj_add(var_2, var_101, adj_2, adj_101, adj_104);
    wp::adj_add(var_1, var_97, adj_1, adj_97, adj_103);
    wp::adj_add(var_0, var_93, adj_0, adj_93, adj_102);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_85, var_87, var_67, adj_85, adj_87, adj_67, adj_88);
    if (var_85) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_81, var_82, var_83, adj_field, adj_81, adj_82, adj_83, adj_84);
    wp::adj_add(var_2, var_80, adj_2, adj_80, adj_83);
    wp::adj_add(var_1, var_76, adj_1, adj_76, adj_82);
    wp::adj_add(var_0, var_72, adj_0, adj_72, adj_81);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_64, var_66, var_46, adj_64, adj_66, adj_46, adj_67);
    if (var_64) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_60, var_61, var_62, adj_field, adj_60, adj_61, adj_62, adj_63);
    wp::adj_add(var_2, var_59, adj_2, adj_59, adj_62);
    wp::adj_add(var_1, var_55, adj_1, adj_55, adj_61);
    wp::adj_add(var_0, var_51, adj_0, adj_51, adj_60);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_43, var_45, var_25, adj_43, adj_45, adj_25, adj_46);
    if (var_43) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_39, var_40, var_41, adj_field, adj_39, adj_40, adj_41, adj_42);
    wp::adj_add(var_2, var_38, adj_2, adj_38, adj_41);
    wp::adj_add(var_1, var_34, adj_1, adj_34, adj_40);
    wp::adj_add(var_0, var_30, adj_0, adj_30, adj_39);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: bit = bit << 1                                                                    <L 56>
    wp::adj_where(var_22, var_24, var_4, adj_22, adj_24, adj_4, adj_25);
    if (var_22) {
        // adj: code = code | bit                                                             <L 55>
    }
    wp::adj_address(var_field, var_18, var_19, var_20, adj_field, adj_18, adj_19, adj_20, adj_21);
    wp::adj_add(var_2, var_17, adj_2, adj_17, adj_20);
    wp::adj_add(var_1, var_13, adj_1, adj_13, adj_19);
    wp::adj_add(var_0, var_9, adj_0, adj_9, adj_18);
    // adj: if field[i + di, j + dj, k + dk] < iso:                                           <L 54>
    // adj: dk = (c >> 2) & 1                                                                 <L 53>
    // adj: dj = (c >> 1) & 1                                                                 <L 52>
    // adj: di = c & 1                                                                        <L 51>
    // adj: for c in range(8):                                                                <L 50>
    wp::adj_int(var_5, adj_5, adj_6);
    // adj: bit = int(1)                                                                      <L 49>
    wp::adj_int(var_3, adj_3, adj_4);
    // adj: code = int(0)                                                                     <L 48>
    // adj: i, j, k = wp.tid()                                                                <L 47>
    // adj: def classify_cells(field: wp.array3d(dtype=float), iso: float, cube_index: wp.array3d(dtype=wp.uint8), active: wp.array(dtype=int)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void classify_cells_7fd0c04f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_classify_cells_7fd0c04f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        classify_cells_7fd0c04f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void classify_cells_7fd0c04f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_classify_cells_7fd0c04f *_wp_args,
    wp_args_classify_cells_7fd0c04f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        classify_cells_7fd0c04f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_project_points_877f86fc {
    wp::array_t<wp::vec_t<3, wp::float32>> pts;
    wp::int32 iters;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
};


void project_points_877f86fc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_project_points_877f86fc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts = _wp_args->pts;
    wp::int32 var_iters = _wp_args->iters;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-05;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def project_points(pts: wp.array(dtype=wp.vec3), iters: int, out: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3)):       <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // p = pts[i]                                                                             <L 65>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for it in range(iters):                                                                <L 66>
    var_4 = wp::range(var_iters);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // d = scene(p)                                                                       <L 67>
        var_6 = scene_0(var_2);
        // if wp.abs(d) < 1.0e-5:                                                             <L 68>
        var_7 = wp::abs(var_6);
        var_9 = (var_7 < var_8);
        if (var_9) {
            // break                                                                          <L 69>
            goto end_for_0;
        }
        // p = p - grad_scene(p) * d                                                          <L 70>
        var_10 = grad_scene_0(var_2);
        var_11 = wp::mul(var_10, var_6);
        var_12 = wp::sub(var_2, var_11);
        wp::assign(var_2, var_12);
        goto start_for_0;
    end_for_0:;
    // out[i] = p                                                                             <L 71>
    wp::array_store(var_out, var_0, var_2);
    // normals[i] = grad_scene(p)                                                             <L 72>
    var_13 = grad_scene_0(var_2);
    wp::array_store(var_normals, var_0, var_13);
}



void project_points_877f86fc_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_project_points_877f86fc *_wp_args,
    wp_args_project_points_877f86fc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts = _wp_args->pts;
    wp::int32 var_iters = _wp_args->iters;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts = _wp_adj_args->pts;
    wp::int32 adj_iters = _wp_adj_args->iters;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-05;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def project_points(pts: wp.array(dtype=wp.vec3), iters: int, out: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3)):       <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // p = pts[i]                                                                             <L 65>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for it in range(iters):                                                                <L 66>
    var_4 = wp::range(var_iters);
    // out[i] = p                                                                             <L 71>
    // wp::array_store(var_out, var_0, var_2);
    // normals[i] = grad_scene(p)                                                             <L 72>
    var_13 = grad_scene_0(var_2);
    // wp::array_store(var_normals, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_13, adj_normals, adj_0, adj_13);
    adj_grad_scene_0(var_2, adj_2, adj_13);
    // adj: normals[i] = grad_scene(p)                                                        <L 72>
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = p                                                                        <L 71>
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
        // d = scene(p)                                                                       <L 67>
        var_6 = scene_0(var_2);
        // if wp.abs(d) < 1.0e-5:                                                             <L 68>
        var_7 = wp::abs(var_6);
        var_9 = (var_7 < var_8);
        if (var_9) {
            // break                                                                          <L 69>
            goto end_for_0;
        }
        // p = p - grad_scene(p) * d                                                          <L 70>
        var_10 = grad_scene_0(var_2);
        var_11 = wp::mul(var_10, var_6);
        var_12 = wp::sub(var_2, var_11);
        wp::assign(var_2, var_12);
        wp::adj_assign(var_2, var_12, adj_2, adj_12);
        wp::adj_sub(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_mul(var_10, var_6, adj_10, adj_6, adj_11);
        adj_grad_scene_0(var_2, adj_2, adj_10);
        // adj: p = p - grad_scene(p) * d                                                     <L 70>
        if (var_9) {
            // adj: break                                                                     <L 69>
        }
        wp::adj_abs(var_6, adj_6, adj_7);
        // adj: if wp.abs(d) < 1.0e-5:                                                        <L 68>
        adj_scene_0(var_2, adj_2, adj_6);
        // adj: d = scene(p)                                                                  <L 67>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_iters, adj_iters, adj_4);
    // adj: for it in range(iters):                                                           <L 66>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
    // adj: p = pts[i]                                                                        <L 65>
    // adj: i = wp.tid()                                                                      <L 64>
    // adj: def project_points(pts: wp.array(dtype=wp.vec3), iters: int, out: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3)):  <L 63>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void project_points_877f86fc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_project_points_877f86fc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_points_877f86fc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_points_877f86fc_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_project_points_877f86fc *_wp_args,
    wp_args_project_points_877f86fc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_points_877f86fc_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sphere_trace_d262f4db {
    wp::array_t<wp::vec_t<3, wp::float32>> origins;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::float32> t_out;
    wp::array_t<wp::int32> steps;
};


void sphere_trace_d262f4db_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sphere_trace_d262f4db *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::float32> var_t_out = _wp_args->t_out;
    wp::array_t<wp::int32> var_steps = _wp_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const bool var_11 = false;
    bool var_12;
    const wp::int32 var_13 = 128;
    wp::int32 var_14;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    bool var_20;
    const bool var_21 = true;
    wp::float32 var_22;
    const wp::float32 var_23 = 100.0;
    bool var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::float32 var_31 = 1.0;
    const wp::float32 var_32 = -1.0;
    wp::float32 var_33;
    //---------
    // forward
    // def sphere_trace(origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), t_out: wp.array(dtype=float), steps: wp.array(dtype=wp.int32)):       <L 76>
    // i = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // o = origins[i]                                                                         <L 78>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.normalize(dirs[i])                                                              <L 79>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // t = float(0.0)                                                                         <L 80>
    var_8 = wp::float(var_7);
    // n = wp.int32(0)                                                                        <L 81>
    var_10 = wp::int32(var_9);
    // hit = bool(False)                                                                      <L 82>
    var_12 = bool(var_11);
    // while n < wp.int32(128):                                                               <L 83>
    start_while_0:;
    var_14 = wp::int32(var_13);
    var_15 = (var_10 < var_14);
    if ((var_15) == false) goto end_while_0;
        // dist = scene(o + d * t)                                                            <L 84>
        var_16 = wp::mul(var_5, var_8);
        var_17 = wp::add(var_2, var_16);
        var_18 = scene_0(var_17);
        // if dist < 1.0e-4:                                                                  <L 85>
        var_20 = (var_18 < var_19);
        if (var_20) {
            // hit = True                                                                     <L 86>
            // break                                                                          <L 87>
            wp::assign(var_12, var_21);
            goto end_while_0;
        }
        // t += dist                                                                          <L 88>
        var_22 = wp::add(var_8, var_18);
        // if t > 100.0:                                                                      <L 89>
        var_24 = (var_22 > var_23);
        if (var_24) {
            // break                                                                          <L 90>
            wp::assign(var_8, var_22);
            goto end_while_0;
        }
        var_25 = wp::where(var_24, var_8, var_22);
        // n += wp.int32(1)                                                                   <L 91>
        var_27 = wp::int32(var_26);
        var_29 = wp::int32(var_28);
        var_30 = wp::add(var_10, var_29);
        wp::assign(var_8, var_25);
        wp::assign(var_10, var_30);
    goto start_while_0;
    end_while_0:;
    // t_out[i] = wp.where(hit, t, -1.0)                                                      <L 92>
    var_33 = wp::where(var_12, var_8, var_32);
    wp::array_store(var_t_out, var_0, var_33);
    // steps[i] = n                                                                           <L 93>
    wp::array_store(var_steps, var_0, var_10);
}



void sphere_trace_d262f4db_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sphere_trace_d262f4db *_wp_args,
    wp_args_sphere_trace_d262f4db *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::float32> var_t_out = _wp_args->t_out;
    wp::array_t<wp::int32> var_steps = _wp_args->steps;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins = _wp_adj_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::float32> adj_t_out = _wp_adj_args->t_out;
    wp::array_t<wp::int32> adj_steps = _wp_adj_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const bool var_11 = false;
    bool var_12;
    const wp::int32 var_13 = 128;
    wp::int32 var_14;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    bool var_20;
    const bool var_21 = true;
    wp::float32 var_22;
    const wp::float32 var_23 = 100.0;
    bool var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::float32 var_31 = 1.0;
    const wp::float32 var_32 = -1.0;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def sphere_trace(origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), t_out: wp.array(dtype=float), steps: wp.array(dtype=wp.int32)):       <L 76>
    // i = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // o = origins[i]                                                                         <L 78>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.normalize(dirs[i])                                                              <L 79>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // t = float(0.0)                                                                         <L 80>
    var_8 = wp::float(var_7);
    // n = wp.int32(0)                                                                        <L 81>
    var_10 = wp::int32(var_9);
    // hit = bool(False)                                                                      <L 82>
    var_12 = bool(var_11);
    // while n < wp.int32(128):                                                               <L 83>
    // t_out[i] = wp.where(hit, t, -1.0)                                                      <L 92>
    var_33 = wp::where(var_12, var_8, var_32);
    // wp::array_store(var_t_out, var_0, var_33);
    // steps[i] = n                                                                           <L 93>
    // wp::array_store(var_steps, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_steps, var_0, var_10, adj_steps, adj_0, adj_10);
    // adj: steps[i] = n                                                                      <L 93>
    wp::adj_array_store(var_t_out, var_0, var_33, adj_t_out, adj_0, adj_33);
    wp::adj_where(var_12, var_8, var_32, adj_12, adj_8, adj_32, adj_33);
    // adj: t_out[i] = wp.where(hit, t, -1.0)                                                 <L 92>
    start_while_0:;
    var_14 = wp::int32(var_13);
    var_15 = (var_10 < var_14);
    if ((var_15) == false) goto end_while_0;
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
        // dist = scene(o + d * t)                                                            <L 84>
        var_16 = wp::mul(var_5, var_8);
        var_17 = wp::add(var_2, var_16);
        var_18 = scene_0(var_17);
        // if dist < 1.0e-4:                                                                  <L 85>
        var_20 = (var_18 < var_19);
        if (var_20) {
            // hit = True                                                                     <L 86>
            // break                                                                          <L 87>
            wp::assign(var_12, var_21);
            goto end_while_0;
        }
        // t += dist                                                                          <L 88>
        var_22 = wp::add(var_8, var_18);
        // if t > 100.0:                                                                      <L 89>
        var_24 = (var_22 > var_23);
        if (var_24) {
            // break                                                                          <L 90>
            wp::assign(var_8, var_22);
            goto end_while_0;
        }
        var_25 = wp::where(var_24, var_8, var_22);
        // n += wp.int32(1)                                                                   <L 91>
        var_27 = wp::int32(var_26);
        var_29 = wp::int32(var_28);
        var_30 = wp::add(var_10, var_29);
        wp::assign(var_8, var_25);
        wp::assign(var_10, var_30);
        wp::adj_assign(var_10, var_30, adj_10, adj_30);
        wp::adj_assign(var_8, var_25, adj_8, adj_25);
        wp::adj_add(var_10, var_29, adj_10, adj_29, adj_30);
        wp::adj_int32(var_28, adj_28, adj_29);
        wp::adj_int32(var_26, adj_26, adj_27);
        // adj: n += wp.int32(1)                                                              <L 91>
        wp::adj_where(var_24, var_8, var_22, adj_24, adj_8, adj_22, adj_25);
        if (var_24) {
            wp::adj_assign(var_8, var_22, adj_8, adj_22);
            // adj: break                                                                     <L 90>
        }
        // adj: if t > 100.0:                                                                 <L 89>
        wp::adj_add(var_8, var_18, adj_8, adj_18, adj_22);
        // adj: t += dist                                                                     <L 88>
        if (var_20) {
            wp::adj_assign(var_12, var_21, adj_12, adj_21);
            // adj: break                                                                     <L 87>
            // adj: hit = True                                                                <L 86>
        }
        // adj: if dist < 1.0e-4:                                                             <L 85>
        adj_scene_0(var_17, adj_17, adj_18);
        wp::adj_add(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_16);
        // adj: dist = scene(o + d * t)                                                       <L 84>
    goto start_while_0;
    end_while_0:;
    // adj: while n < wp.int32(128):                                                          <L 83>
    adj_bool(var_11, adj_11, adj_12);
    // adj: hit = bool(False)                                                                 <L 82>
    wp::adj_int32(var_9, adj_9, adj_10);
    // adj: n = wp.int32(0)                                                                   <L 81>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: t = float(0.0)                                                                    <L 80>
    wp::adj_normalize(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
    // adj: d = wp.normalize(dirs[i])                                                         <L 79>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
    // adj: o = origins[i]                                                                    <L 78>
    // adj: i = wp.tid()                                                                      <L 77>
    // adj: def sphere_trace(origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), t_out: wp.array(dtype=float), steps: wp.array(dtype=wp.int32)):  <L 76>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sphere_trace_d262f4db_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sphere_trace_d262f4db *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sphere_trace_d262f4db_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sphere_trace_d262f4db_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sphere_trace_d262f4db *_wp_args,
    wp_args_sphere_trace_d262f4db *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sphere_trace_d262f4db_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

