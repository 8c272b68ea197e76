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


// corpus/043_sdf_grid_ops.py:4
static CUDA_CALLABLE wp::float32 sd_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::float32 var_27;
    //---------
    // forward
    // def sd_box(p: wp.vec3, b: wp.vec3) -> float:                                           <L 5>
    // q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - b                              <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_10 = wp::sub(var_9, var_b);
    // outside = wp.length(wp.max(q, wp.vec3(0.0, 0.0, 0.0)))                                 <L 7>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::max(var_10, var_14);
    var_16 = wp::length(var_15);
    // inside = wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)                                 <L 8>
    var_18 = wp::extract(var_10, var_17);
    var_20 = wp::extract(var_10, var_19);
    var_22 = wp::extract(var_10, var_21);
    var_23 = wp::max(var_20, var_22);
    var_24 = wp::max(var_18, var_23);
    var_26 = wp::min(var_24, var_25);
    // return outside + inside                                                                <L 9>
    var_27 = wp::add(var_16, var_26);
    return var_27;
}


// corpus/043_sdf_grid_ops.py:12
static CUDA_CALLABLE wp::float32 sd_torus_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r_major,
    wp::float32 var_r_minor)
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
    // def sd_torus(p: wp.vec3, r_major: float, r_minor: float) -> float:                     <L 13>
    // qx = wp.length(wp.vec2(p[0], p[2])) - r_major                                          <L 14>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_6 = wp::sub(var_5, var_r_major);
    // return wp.length(wp.vec2(qx, p[1])) - r_minor                                          <L 15>
    var_8 = wp::extract(var_p, var_7);
    var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
    var_10 = wp::length(var_9);
    var_11 = wp::sub(var_10, var_r_minor);
    return var_11;
}


// corpus/043_sdf_grid_ops.py:18
static CUDA_CALLABLE wp::float32 smooth_union_0(
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
    // def smooth_union(a: float, b: float, k: float) -> float:                               <L 19>
    // h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                        <L 20>
    var_2 = wp::sub(var_b, var_a);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::div(var_3, var_k);
    var_5 = wp::add(var_0, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return wp.lerp(b, a, h) - k * h * (1.0 - h)                                            <L 21>
    var_9 = wp::lerp(var_b, var_a, var_8);
    var_10 = wp::mul(var_k, var_8);
    var_12 = wp::sub(var_11, var_8);
    var_13 = wp::mul(var_10, var_12);
    var_14 = wp::sub(var_9, var_13);
    return var_14;
}


// corpus/043_sdf_grid_ops.py:24
static CUDA_CALLABLE wp::float32 scene_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_blend)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -0.5;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.3;
    const wp::float32 var_6 = 0.3;
    const wp::float32 var_7 = 0.3;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.4;
    const wp::float32 var_16 = 0.1;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.25;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    //---------
    // forward
    // def scene(p: wp.vec3, blend: float) -> float:                                          <L 25>
    // d1 = sd_box(p - wp.vec3(-0.5, 0.0, 0.0), wp.vec3(0.3, 0.3, 0.3))                       <L 26>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = sd_box_0(var_4, var_8);
    // d2 = sd_torus(p - wp.vec3(0.5, 0.0, 0.0), 0.4, 0.1)                                    <L 27>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_p, var_13);
    var_17 = sd_torus_0(var_14, var_15, var_16);
    // d3 = wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.25                                      <L 28>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::sub(var_p, var_21);
    var_23 = wp::length(var_22);
    var_25 = wp::sub(var_23, var_24);
    // return smooth_union(smooth_union(d1, d2, blend), d3, blend)                            <L 29>
    var_26 = smooth_union_0(var_9, var_17, var_blend);
    var_27 = smooth_union_0(var_26, var_25, var_blend);
    return var_27;
}


// corpus/043_sdf_grid_ops.py:4
static CUDA_CALLABLE void adj_sd_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::float32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    //---------
    // forward
    // def sd_box(p: wp.vec3, b: wp.vec3) -> float:                                           <L 5>
    // q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - b                              <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_10 = wp::sub(var_9, var_b);
    // outside = wp.length(wp.max(q, wp.vec3(0.0, 0.0, 0.0)))                                 <L 7>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::max(var_10, var_14);
    var_16 = wp::length(var_15);
    // inside = wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)                                 <L 8>
    var_18 = wp::extract(var_10, var_17);
    var_20 = wp::extract(var_10, var_19);
    var_22 = wp::extract(var_10, var_21);
    var_23 = wp::max(var_20, var_22);
    var_24 = wp::max(var_18, var_23);
    var_26 = wp::min(var_24, var_25);
    // return outside + inside                                                                <L 9>
    var_27 = wp::add(var_16, var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    wp::adj_add(var_16, var_26, adj_16, adj_26, adj_27);
    // adj: return outside + inside                                                           <L 9>
    wp::adj_min(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_max(var_18, var_23, adj_18, adj_23, adj_24);
    wp::adj_max(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_extract(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_extract(var_10, var_19, adj_10, adj_19, adj_20);
    wp::adj_extract(var_10, var_17, adj_10, adj_17, adj_18);
    // adj: inside = wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)                            <L 8>
    wp::adj_length(var_15, var_16, adj_15, adj_16);
    wp::adj_max(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: outside = wp.length(wp.max(q, wp.vec3(0.0, 0.0, 0.0)))                            <L 7>
    wp::adj_sub(var_9, var_b, adj_9, adj_b, adj_10);
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - b                         <L 6>
    // adj: def sd_box(p: wp.vec3, b: wp.vec3) -> float:                                      <L 5>
    return;
}


// corpus/043_sdf_grid_ops.py:12
static CUDA_CALLABLE void adj_sd_torus_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r_major,
    wp::float32 var_r_minor,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r_major,
    wp::float32 & adj_r_minor,
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
    // def sd_torus(p: wp.vec3, r_major: float, r_minor: float) -> float:                     <L 13>
    // qx = wp.length(wp.vec2(p[0], p[2])) - r_major                                          <L 14>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_6 = wp::sub(var_5, var_r_major);
    // return wp.length(wp.vec2(qx, p[1])) - r_minor                                          <L 15>
    var_8 = wp::extract(var_p, var_7);
    var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
    var_10 = wp::length(var_9);
    var_11 = wp::sub(var_10, var_r_minor);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_sub(var_10, var_r_minor, adj_10, adj_r_minor, adj_11);
    wp::adj_length(var_9, var_10, adj_9, adj_10);
    wp::adj_vec_t(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_p, var_7, adj_p, adj_7, adj_8);
    // adj: return wp.length(wp.vec2(qx, p[1])) - r_minor                                     <L 15>
    wp::adj_sub(var_5, var_r_major, adj_5, adj_r_major, adj_6);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_vec_t(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: qx = wp.length(wp.vec2(p[0], p[2])) - r_major                                     <L 14>
    // adj: def sd_torus(p: wp.vec3, r_major: float, r_minor: float) -> float:                <L 13>
    return;
}


// corpus/043_sdf_grid_ops.py:18
static CUDA_CALLABLE void adj_smooth_union_0(
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
    // def smooth_union(a: float, b: float, k: float) -> float:                               <L 19>
    // h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                        <L 20>
    var_2 = wp::sub(var_b, var_a);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::div(var_3, var_k);
    var_5 = wp::add(var_0, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return wp.lerp(b, a, h) - k * h * (1.0 - h)                                            <L 21>
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
    // adj: return wp.lerp(b, a, h) - k * h * (1.0 - h)                                       <L 21>
    wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_div(var_3, var_k, var_4, adj_3, adj_k, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_2);
    // adj: h = wp.clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)                                   <L 20>
    // adj: def smooth_union(a: float, b: float, k: float) -> float:                          <L 19>
    return;
}


// corpus/043_sdf_grid_ops.py:24
static CUDA_CALLABLE void adj_scene_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_blend,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_blend,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -0.5;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.3;
    const wp::float32 var_6 = 0.3;
    const wp::float32 var_7 = 0.3;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.4;
    const wp::float32 var_16 = 0.1;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.25;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
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
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    //---------
    // forward
    // def scene(p: wp.vec3, blend: float) -> float:                                          <L 25>
    // d1 = sd_box(p - wp.vec3(-0.5, 0.0, 0.0), wp.vec3(0.3, 0.3, 0.3))                       <L 26>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = sd_box_0(var_4, var_8);
    // d2 = sd_torus(p - wp.vec3(0.5, 0.0, 0.0), 0.4, 0.1)                                    <L 27>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_p, var_13);
    var_17 = sd_torus_0(var_14, var_15, var_16);
    // d3 = wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.25                                      <L 28>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::sub(var_p, var_21);
    var_23 = wp::length(var_22);
    var_25 = wp::sub(var_23, var_24);
    // return smooth_union(smooth_union(d1, d2, blend), d3, blend)                            <L 29>
    var_26 = smooth_union_0(var_9, var_17, var_blend);
    var_27 = smooth_union_0(var_26, var_25, var_blend);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    adj_smooth_union_0(var_26, var_25, var_blend, adj_26, adj_25, adj_blend, adj_27);
    adj_smooth_union_0(var_9, var_17, var_blend, adj_9, adj_17, adj_blend, adj_26);
    // adj: return smooth_union(smooth_union(d1, d2, blend), d3, blend)                       <L 29>
    wp::adj_sub(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_length(var_22, var_23, adj_22, adj_23);
    wp::adj_sub(var_p, var_21, adj_p, adj_21, adj_22);
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    // adj: d3 = wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.25                                 <L 28>
    adj_sd_torus_0(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_sub(var_p, var_13, adj_p, adj_13, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    // adj: d2 = sd_torus(p - wp.vec3(0.5, 0.0, 0.0), 0.4, 0.1)                               <L 27>
    adj_sd_box_0(var_4, var_8, adj_4, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    wp::adj_sub(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: d1 = sd_box(p - wp.vec3(-0.5, 0.0, 0.0), wp.vec3(0.3, 0.3, 0.3))                  <L 26>
    // adj: def scene(p: wp.vec3, blend: float) -> float:                                     <L 25>
    return;
}



extern "C" __global__ void sample_sdf_01dfec95_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_blend,
    wp::array_t<wp::float32> var_sdf,
    wp::array_t<wp::int32> var_inside_count)
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
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        //---------
        // forward
        // def sample_sdf(origin: wp.vec3, spacing: float, blend: float, sdf: wp.array3d(dtype=float), inside_count: wp.array(dtype=int)):       <L 33>
        // i, j, k = wp.tid()                                                                     <L 34>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 35>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_spacing);
        var_8 = wp::add(var_origin, var_7);
        // d = scene(p, blend)                                                                    <L 36>
        var_9 = scene_0(var_8, var_blend);
        // sdf[i, j, k] = d                                                                       <L 37>
        wp::array_store(var_sdf, var_0, var_1, var_2, var_9);
        // if d < 0.0:                                                                            <L 38>
        var_11 = (var_9 < var_10);
        if (var_11) {
            // wp.atomic_add(inside_count, 0, 1)                                                  <L 39>
            var_14 = wp::atomic_add(var_inside_count, var_12, var_13);
        }
    }
}



extern "C" __global__ void sample_sdf_01dfec95_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_blend,
    wp::array_t<wp::float32> var_sdf,
    wp::array_t<wp::int32> var_inside_count,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_spacing,
    wp::float32 adj_blend,
    wp::array_t<wp::float32> adj_sdf,
    wp::array_t<wp::int32> adj_inside_count)
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
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
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
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def sample_sdf(origin: wp.vec3, spacing: float, blend: float, sdf: wp.array3d(dtype=float), inside_count: wp.array(dtype=int)):       <L 33>
        // i, j, k = wp.tid()                                                                     <L 34>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 35>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_spacing);
        var_8 = wp::add(var_origin, var_7);
        // d = scene(p, blend)                                                                    <L 36>
        var_9 = scene_0(var_8, var_blend);
        // sdf[i, j, k] = d                                                                       <L 37>
        // wp::array_store(var_sdf, var_0, var_1, var_2, var_9);
        // if d < 0.0:                                                                            <L 38>
        var_11 = (var_9 < var_10);
        if (var_11) {
            // wp.atomic_add(inside_count, 0, 1)                                                  <L 39>
            // var_14 = wp::atomic_add(var_inside_count, var_12, var_13);
        }
        //---------
        // reverse
        if (var_11) {
            wp::adj_atomic_add(var_inside_count, var_12, var_13, adj_inside_count, adj_12, adj_13, adj_14);
            // adj: wp.atomic_add(inside_count, 0, 1)                                             <L 39>
        }
        // adj: if d < 0.0:                                                                       <L 38>
        wp::adj_array_store(var_sdf, var_0, var_1, var_2, var_9, adj_sdf, adj_0, adj_1, adj_2, adj_9);
        // adj: sdf[i, j, k] = d                                                                  <L 37>
        adj_scene_0(var_8, var_blend, adj_8, adj_blend, adj_9);
        // adj: d = scene(p, blend)                                                               <L 36>
        wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
        wp::adj_mul(var_6, var_spacing, adj_6, adj_spacing, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                      <L 35>
        // adj: i, j, k = wp.tid()                                                                <L 34>
        // adj: def sample_sdf(origin: wp.vec3, spacing: float, blend: float, sdf: wp.array3d(dtype=float), inside_count: wp.array(dtype=int)):  <L 33>
        continue;
    }
}



extern "C" __global__ void sdf_normals_7bfbcc96_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_sdf,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 0.0;
        bool var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::float32 var_62 = 0.0;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = 0.0;
        wp::vec_t<3, wp::float32> var_65;
        //---------
        // forward
        // def sdf_normals(sdf: wp.array3d(dtype=float), spacing: float, normals: wp.array3d(dtype=wp.vec3)):       <L 43>
        // i, j, k = wp.tid()                                                                     <L 44>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = sdf.shape[0]                                                                      <L 45>
        var_3 = &(var_sdf.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = sdf.shape[1]                                                                      <L 46>
        var_7 = &(var_sdf.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = sdf.shape[2]                                                                      <L 47>
        var_11 = &(var_sdf.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // ip = wp.min(i + 1, nx - 1)                                                             <L 48>
        var_16 = wp::add(var_0, var_15);
        var_18 = wp::sub(var_5, var_17);
        var_19 = wp::min(var_16, var_18);
        // im = wp.max(i - 1, 0)                                                                  <L 49>
        var_21 = wp::sub(var_0, var_20);
        var_23 = wp::max(var_21, var_22);
        // jp = wp.min(j + 1, ny - 1)                                                             <L 50>
        var_25 = wp::add(var_1, var_24);
        var_27 = wp::sub(var_9, var_26);
        var_28 = wp::min(var_25, var_27);
        // jm = wp.max(j - 1, 0)                                                                  <L 51>
        var_30 = wp::sub(var_1, var_29);
        var_32 = wp::max(var_30, var_31);
        // kp = wp.min(k + 1, nz - 1)                                                             <L 52>
        var_34 = wp::add(var_2, var_33);
        var_36 = wp::sub(var_13, var_35);
        var_37 = wp::min(var_34, var_36);
        // km = wp.max(k - 1, 0)                                                                  <L 53>
        var_39 = wp::sub(var_2, var_38);
        var_41 = wp::max(var_39, var_40);
        // g = wp.vec3(sdf[ip, j, k] - sdf[im, j, k], sdf[i, jp, k] - sdf[i, jm, k], sdf[i, j, kp] - sdf[i, j, km])       <L 54>
        var_42 = wp::address(var_sdf, var_19, var_1, var_2);
        var_43 = wp::address(var_sdf, var_23, var_1, var_2);
        var_45 = wp::load(var_42);
        var_46 = wp::load(var_43);
        var_44 = wp::sub(var_45, var_46);
        var_47 = wp::address(var_sdf, var_0, var_28, var_2);
        var_48 = wp::address(var_sdf, var_0, var_32, var_2);
        var_50 = wp::load(var_47);
        var_51 = wp::load(var_48);
        var_49 = wp::sub(var_50, var_51);
        var_52 = wp::address(var_sdf, var_0, var_1, var_37);
        var_53 = wp::address(var_sdf, var_0, var_1, var_41);
        var_55 = wp::load(var_52);
        var_56 = wp::load(var_53);
        var_54 = wp::sub(var_55, var_56);
        var_57 = wp::vec_t<3, wp::float32>(var_44, var_49, var_54);
        // l = wp.length(g)                                                                       <L 55>
        var_58 = wp::length(var_57);
        // if l > 0.0:                                                                            <L 56>
        var_60 = (var_58 > var_59);
        if (var_60) {
            // normals[i, j, k] = g / l                                                           <L 57>
            var_61 = wp::div(var_57, var_58);
            wp::array_store(var_normals, var_0, var_1, var_2, var_61);
        }
        if (!var_60) {
            // normals[i, j, k] = wp.vec3(0.0, 1.0, 0.0)                                          <L 59>
            var_65 = wp::vec_t<3, wp::float32>(var_62, var_63, var_64);
            wp::array_store(var_normals, var_0, var_1, var_2, var_65);
        }
    }
}



extern "C" __global__ void sdf_normals_7bfbcc96_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_sdf,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::float32> adj_sdf,
    wp::float32 adj_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 0.0;
        bool var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::float32 var_62 = 0.0;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = 0.0;
        wp::vec_t<3, wp::float32> var_65;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
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
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        //---------
        // forward
        // def sdf_normals(sdf: wp.array3d(dtype=float), spacing: float, normals: wp.array3d(dtype=wp.vec3)):       <L 43>
        // i, j, k = wp.tid()                                                                     <L 44>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = sdf.shape[0]                                                                      <L 45>
        var_3 = &(var_sdf.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = sdf.shape[1]                                                                      <L 46>
        var_7 = &(var_sdf.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = sdf.shape[2]                                                                      <L 47>
        var_11 = &(var_sdf.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // ip = wp.min(i + 1, nx - 1)                                                             <L 48>
        var_16 = wp::add(var_0, var_15);
        var_18 = wp::sub(var_5, var_17);
        var_19 = wp::min(var_16, var_18);
        // im = wp.max(i - 1, 0)                                                                  <L 49>
        var_21 = wp::sub(var_0, var_20);
        var_23 = wp::max(var_21, var_22);
        // jp = wp.min(j + 1, ny - 1)                                                             <L 50>
        var_25 = wp::add(var_1, var_24);
        var_27 = wp::sub(var_9, var_26);
        var_28 = wp::min(var_25, var_27);
        // jm = wp.max(j - 1, 0)                                                                  <L 51>
        var_30 = wp::sub(var_1, var_29);
        var_32 = wp::max(var_30, var_31);
        // kp = wp.min(k + 1, nz - 1)                                                             <L 52>
        var_34 = wp::add(var_2, var_33);
        var_36 = wp::sub(var_13, var_35);
        var_37 = wp::min(var_34, var_36);
        // km = wp.max(k - 1, 0)                                                                  <L 53>
        var_39 = wp::sub(var_2, var_38);
        var_41 = wp::max(var_39, var_40);
        // g = wp.vec3(sdf[ip, j, k] - sdf[im, j, k], sdf[i, jp, k] - sdf[i, jm, k], sdf[i, j, kp] - sdf[i, j, km])       <L 54>
        var_42 = wp::address(var_sdf, var_19, var_1, var_2);
        var_43 = wp::address(var_sdf, var_23, var_1, var_2);
        var_45 = wp::load(var_42);
        var_46 = wp::load(var_43);
        var_44 = wp::sub(var_45, var_46);
        var_47 = wp::address(var_sdf, var_0, var_28, var_2);
        var_48 = wp::address(var_sdf, var_0, var_32, var_2);
        var_50 = wp::load(var_47);
        var_51 = wp::load(var_48);
        var_49 = wp::sub(var_50, var_51);
        var_52 = wp::address(var_sdf, var_0, var_1, var_37);
        var_53 = wp::address(var_sdf, var_0, var_1, var_41);
        var_55 = wp::load(var_52);
        var_56 = wp::load(var_53);
        var_54 = wp::sub(var_55, var_56);
        var_57 = wp::vec_t<3, wp::float32>(var_44, var_49, var_54);
        // l = wp.length(g)                                                                       <L 55>
        var_58 = wp::length(var_57);
        // if l > 0.0:                                                                            <L 56>
        var_60 = (var_58 > var_59);
        if (var_60) {
            // normals[i, j, k] = g / l                                                           <L 57>
            var_61 = wp::div(var_57, var_58);
            // wp::array_store(var_normals, var_0, var_1, var_2, var_61);
        }
        if (!var_60) {
            // normals[i, j, k] = wp.vec3(0.0, 1.0, 0.0)                                          <L 59>
            var_65 = wp::vec_t<3, wp::float32>(var_62, var_63, var_64);
            // wp::array_store(var_normals, var_0, var_1, var_2, var_65);
        }
        //---------
        // reverse
        if (!var_60) {
            wp::adj_array_store(var_normals, var_0, var_1, var_2, var_65, adj_normals, adj_0, adj_1, adj_2, adj_65);
            wp::adj_vec_t(var_62, var_63, var_64, adj_62, adj_63, adj_64, adj_65);
            // adj: normals[i, j, k] = wp.vec3(0.0, 1.0, 0.0)                                     <L 59>
        }
        if (var_60) {
            wp::adj_array_store(var_normals, var_0, var_1, var_2, var_61, adj_normals, adj_0, adj_1, adj_2, adj_61);
            wp::adj_div(var_57, var_58, adj_57, adj_58, adj_61);
            // adj: normals[i, j, k] = g / l                                                      <L 57>
        }
        // adj: if l > 0.0:                                                                       <L 56>
        wp::adj_length(var_57, var_58, adj_57, adj_58);
        // adj: l = wp.length(g)                                                                  <L 55>
        wp::adj_vec_t(var_44, var_49, var_54, adj_44, adj_49, adj_54, adj_57);
        wp::adj_sub(var_55, var_56, adj_52, adj_53, adj_54);
        wp::adj_address(var_sdf, var_0, var_1, var_41, adj_sdf, adj_0, adj_1, adj_41, adj_53);
        wp::adj_address(var_sdf, var_0, var_1, var_37, adj_sdf, adj_0, adj_1, adj_37, adj_52);
        wp::adj_sub(var_50, var_51, adj_47, adj_48, adj_49);
        wp::adj_address(var_sdf, var_0, var_32, var_2, adj_sdf, adj_0, adj_32, adj_2, adj_48);
        wp::adj_address(var_sdf, var_0, var_28, var_2, adj_sdf, adj_0, adj_28, adj_2, adj_47);
        wp::adj_sub(var_45, var_46, adj_42, adj_43, adj_44);
        wp::adj_address(var_sdf, var_23, var_1, var_2, adj_sdf, adj_23, adj_1, adj_2, adj_43);
        wp::adj_address(var_sdf, var_19, var_1, var_2, adj_sdf, adj_19, adj_1, adj_2, adj_42);
        // adj: g = wp.vec3(sdf[ip, j, k] - sdf[im, j, k], sdf[i, jp, k] - sdf[i, jm, k], sdf[i, j, kp] - sdf[i, j, km])  <L 54>
        wp::adj_max(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_sub(var_2, var_38, adj_2, adj_38, adj_39);
        // adj: km = wp.max(k - 1, 0)                                                             <L 53>
        wp::adj_min(var_34, var_36, adj_34, adj_36, adj_37);
        wp::adj_sub(var_13, var_35, adj_13, adj_35, adj_36);
        wp::adj_add(var_2, var_33, adj_2, adj_33, adj_34);
        // adj: kp = wp.min(k + 1, nz - 1)                                                        <L 52>
        wp::adj_max(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_sub(var_1, var_29, adj_1, adj_29, adj_30);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 51>
        wp::adj_min(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_sub(var_9, var_26, adj_9, adj_26, adj_27);
        wp::adj_add(var_1, var_24, adj_1, adj_24, adj_25);
        // adj: jp = wp.min(j + 1, ny - 1)                                                        <L 50>
        wp::adj_max(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_sub(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: im = wp.max(i - 1, 0)                                                             <L 49>
        wp::adj_min(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_sub(var_5, var_17, adj_5, adj_17, adj_18);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
        // adj: ip = wp.min(i + 1, nx - 1)                                                        <L 48>
        adj_sdf.shape = adj_11;
        // adj: nz = sdf.shape[2]                                                                 <L 47>
        adj_sdf.shape = adj_7;
        // adj: ny = sdf.shape[1]                                                                 <L 46>
        adj_sdf.shape = adj_3;
        // adj: nx = sdf.shape[0]                                                                 <L 45>
        // adj: i, j, k = wp.tid()                                                                <L 44>
        // adj: def sdf_normals(sdf: wp.array3d(dtype=float), spacing: float, normals: wp.array3d(dtype=wp.vec3)):  <L 43>
        continue;
    }
}



extern "C" __global__ void count_surface_cells_1b5ad9d9_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_sdf,
    wp::float32 var_iso,
    wp::array_t<wp::vec_t<3, wp::int32>> var_cells,
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
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        bool var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::float32* var_61;
        bool var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 3;
        const wp::int32 var_69 = 1;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::float32* var_82;
        bool var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 4;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        const wp::int32 var_96 = 2;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::float32* var_103;
        bool var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 5;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        const wp::int32 var_117 = 2;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        wp::int32 var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        wp::float32* var_124;
        bool var_125;
        wp::float32 var_126;
        const wp::int32 var_127 = 1;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        const wp::int32 var_131 = 6;
        const wp::int32 var_132 = 1;
        wp::int32 var_133;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        const wp::int32 var_138 = 2;
        wp::int32 var_139;
        const wp::int32 var_140 = 1;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        wp::float32* var_145;
        bool var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 7;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        wp::int32 var_156;
        const wp::int32 var_157 = 1;
        wp::int32 var_158;
        const wp::int32 var_159 = 2;
        wp::int32 var_160;
        const wp::int32 var_161 = 1;
        wp::int32 var_162;
        wp::int32 var_163;
        wp::int32 var_164;
        wp::int32 var_165;
        wp::float32* var_166;
        bool var_167;
        wp::float32 var_168;
        const wp::int32 var_169 = 1;
        wp::int32 var_170;
        wp::int32 var_171;
        wp::int32 var_172;
        bool var_173;
        const wp::int32 var_174 = 0;
        bool var_175;
        const wp::int32 var_176 = 255;
        bool var_177;
        const wp::int32 var_178 = 0;
        const wp::int32 var_179 = 1;
        wp::int32 var_180;
        wp::shape_t* var_181;
        const wp::int32 var_182 = 0;
        wp::int32 var_183;
        wp::shape_t var_184;
        bool var_185;
        wp::vec_t<3, wp::int32> var_186;
        //---------
        // forward
        // def count_surface_cells(sdf: wp.array3d(dtype=float), iso: float, cells: wp.array(dtype=wp.vec3i), count: wp.array(dtype=int)):       <L 63>
        // i, j, k = wp.tid()                                                                     <L 64>
        builtin_tid3d(var_0, var_1, var_2);
        // mask = int(0)                                                                          <L 65>
        var_4 = wp::int(var_3);
        // for c in range(8):                                                                     <L 66>
        // di = c & 1                                                                             <L 67>
        var_7 = wp::bit_and(var_5, var_6);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_9 = wp::rshift(var_5, var_8);
        var_11 = wp::bit_and(var_9, var_10);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_13 = wp::rshift(var_5, var_12);
        var_15 = wp::bit_and(var_13, var_14);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_16 = wp::add(var_0, var_7);
        var_17 = wp::add(var_1, var_11);
        var_18 = wp::add(var_2, var_15);
        var_19 = wp::address(var_sdf, var_16, var_17, var_18);
        var_21 = wp::load(var_19);
        var_20 = (var_21 < var_iso);
        if (var_20) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_23 = wp::lshift(var_22, var_5);
            var_24 = wp::bit_or(var_4, var_23);
        }
        var_25 = wp::where(var_20, var_24, var_4);
        // di = c & 1                                                                             <L 67>
        var_28 = wp::bit_and(var_26, var_27);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_30 = wp::rshift(var_26, var_29);
        var_32 = wp::bit_and(var_30, var_31);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_34 = wp::rshift(var_26, var_33);
        var_36 = wp::bit_and(var_34, var_35);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_37 = wp::add(var_0, var_28);
        var_38 = wp::add(var_1, var_32);
        var_39 = wp::add(var_2, var_36);
        var_40 = wp::address(var_sdf, var_37, var_38, var_39);
        var_42 = wp::load(var_40);
        var_41 = (var_42 < var_iso);
        if (var_41) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_44 = wp::lshift(var_43, var_26);
            var_45 = wp::bit_or(var_25, var_44);
        }
        var_46 = wp::where(var_41, var_45, var_25);
        // di = c & 1                                                                             <L 67>
        var_49 = wp::bit_and(var_47, var_48);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_51 = wp::rshift(var_47, var_50);
        var_53 = wp::bit_and(var_51, var_52);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_55 = wp::rshift(var_47, var_54);
        var_57 = wp::bit_and(var_55, var_56);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_58 = wp::add(var_0, var_49);
        var_59 = wp::add(var_1, var_53);
        var_60 = wp::add(var_2, var_57);
        var_61 = wp::address(var_sdf, var_58, var_59, var_60);
        var_63 = wp::load(var_61);
        var_62 = (var_63 < var_iso);
        if (var_62) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_65 = wp::lshift(var_64, var_47);
            var_66 = wp::bit_or(var_46, var_65);
        }
        var_67 = wp::where(var_62, var_66, var_46);
        // di = c & 1                                                                             <L 67>
        var_70 = wp::bit_and(var_68, var_69);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_72 = wp::rshift(var_68, var_71);
        var_74 = wp::bit_and(var_72, var_73);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_76 = wp::rshift(var_68, var_75);
        var_78 = wp::bit_and(var_76, var_77);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_79 = wp::add(var_0, var_70);
        var_80 = wp::add(var_1, var_74);
        var_81 = wp::add(var_2, var_78);
        var_82 = wp::address(var_sdf, var_79, var_80, var_81);
        var_84 = wp::load(var_82);
        var_83 = (var_84 < var_iso);
        if (var_83) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_86 = wp::lshift(var_85, var_68);
            var_87 = wp::bit_or(var_67, var_86);
        }
        var_88 = wp::where(var_83, var_87, var_67);
        // di = c & 1                                                                             <L 67>
        var_91 = wp::bit_and(var_89, var_90);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_93 = wp::rshift(var_89, var_92);
        var_95 = wp::bit_and(var_93, var_94);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_97 = wp::rshift(var_89, var_96);
        var_99 = wp::bit_and(var_97, var_98);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_100 = wp::add(var_0, var_91);
        var_101 = wp::add(var_1, var_95);
        var_102 = wp::add(var_2, var_99);
        var_103 = wp::address(var_sdf, var_100, var_101, var_102);
        var_105 = wp::load(var_103);
        var_104 = (var_105 < var_iso);
        if (var_104) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_107 = wp::lshift(var_106, var_89);
            var_108 = wp::bit_or(var_88, var_107);
        }
        var_109 = wp::where(var_104, var_108, var_88);
        // di = c & 1                                                                             <L 67>
        var_112 = wp::bit_and(var_110, var_111);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_114 = wp::rshift(var_110, var_113);
        var_116 = wp::bit_and(var_114, var_115);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_118 = wp::rshift(var_110, var_117);
        var_120 = wp::bit_and(var_118, var_119);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_121 = wp::add(var_0, var_112);
        var_122 = wp::add(var_1, var_116);
        var_123 = wp::add(var_2, var_120);
        var_124 = wp::address(var_sdf, var_121, var_122, var_123);
        var_126 = wp::load(var_124);
        var_125 = (var_126 < var_iso);
        if (var_125) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_128 = wp::lshift(var_127, var_110);
            var_129 = wp::bit_or(var_109, var_128);
        }
        var_130 = wp::where(var_125, var_129, var_109);
        // di = c & 1                                                                             <L 67>
        var_133 = wp::bit_and(var_131, var_132);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_135 = wp::rshift(var_131, var_134);
        var_137 = wp::bit_and(var_135, var_136);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_139 = wp::rshift(var_131, var_138);
        var_141 = wp::bit_and(var_139, var_140);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_142 = wp::add(var_0, var_133);
        var_143 = wp::add(var_1, var_137);
        var_144 = wp::add(var_2, var_141);
        var_145 = wp::address(var_sdf, var_142, var_143, var_144);
        var_147 = wp::load(var_145);
        var_146 = (var_147 < var_iso);
        if (var_146) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_149 = wp::lshift(var_148, var_131);
            var_150 = wp::bit_or(var_130, var_149);
        }
        var_151 = wp::where(var_146, var_150, var_130);
        // di = c & 1                                                                             <L 67>
        var_154 = wp::bit_and(var_152, var_153);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_156 = wp::rshift(var_152, var_155);
        var_158 = wp::bit_and(var_156, var_157);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_160 = wp::rshift(var_152, var_159);
        var_162 = wp::bit_and(var_160, var_161);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_163 = wp::add(var_0, var_154);
        var_164 = wp::add(var_1, var_158);
        var_165 = wp::add(var_2, var_162);
        var_166 = wp::address(var_sdf, var_163, var_164, var_165);
        var_168 = wp::load(var_166);
        var_167 = (var_168 < var_iso);
        if (var_167) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_170 = wp::lshift(var_169, var_152);
            var_171 = wp::bit_or(var_151, var_170);
        }
        var_172 = wp::where(var_167, var_171, var_151);
        // if mask == 0 or mask == 255:                                                           <L 72>
        var_175 = (var_172 == var_174);
        var_173 = var_175;
        if (!var_173) {
            var_177 = (var_172 == var_176);
            var_173 = var_173 || var_177;
        }
        if (var_173) {
            // return                                                                             <L 73>
            continue;
        }
        // slot = wp.atomic_add(count, 0, 1)                                                      <L 74>
        var_180 = wp::atomic_add(var_count, var_178, var_179);
        // if slot < cells.shape[0]:                                                              <L 75>
        var_181 = &(var_cells.shape);
        var_184 = wp::load(var_181);
        var_183 = wp::extract(var_184, var_182);
        var_185 = (var_180 < var_183);
        if (var_185) {
            // cells[slot] = wp.vec3i(i, j, k)                                                    <L 76>
            var_186 = wp::vec_t<3, wp::int32>(var_0, var_1, var_2);
            wp::array_store(var_cells, var_180, var_186);
        }
    }
}



extern "C" __global__ void count_surface_cells_1b5ad9d9_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_sdf,
    wp::float32 var_iso,
    wp::array_t<wp::vec_t<3, wp::int32>> var_cells,
    wp::array_t<wp::int32> var_count,
    wp::array_t<wp::float32> adj_sdf,
    wp::float32 adj_iso,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_cells,
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
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        bool var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::float32* var_61;
        bool var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 3;
        const wp::int32 var_69 = 1;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::float32* var_82;
        bool var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 4;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        const wp::int32 var_96 = 2;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::float32* var_103;
        bool var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 5;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        const wp::int32 var_117 = 2;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        wp::int32 var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        wp::float32* var_124;
        bool var_125;
        wp::float32 var_126;
        const wp::int32 var_127 = 1;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        const wp::int32 var_131 = 6;
        const wp::int32 var_132 = 1;
        wp::int32 var_133;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        const wp::int32 var_138 = 2;
        wp::int32 var_139;
        const wp::int32 var_140 = 1;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        wp::float32* var_145;
        bool var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 7;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        wp::int32 var_156;
        const wp::int32 var_157 = 1;
        wp::int32 var_158;
        const wp::int32 var_159 = 2;
        wp::int32 var_160;
        const wp::int32 var_161 = 1;
        wp::int32 var_162;
        wp::int32 var_163;
        wp::int32 var_164;
        wp::int32 var_165;
        wp::float32* var_166;
        bool var_167;
        wp::float32 var_168;
        const wp::int32 var_169 = 1;
        wp::int32 var_170;
        wp::int32 var_171;
        wp::int32 var_172;
        bool var_173;
        const wp::int32 var_174 = 0;
        bool var_175;
        const wp::int32 var_176 = 255;
        bool var_177;
        const wp::int32 var_178 = 0;
        const wp::int32 var_179 = 1;
        wp::int32 var_180;
        wp::shape_t* var_181;
        const wp::int32 var_182 = 0;
        wp::int32 var_183;
        wp::shape_t var_184;
        bool var_185;
        wp::vec_t<3, wp::int32> var_186;
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
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
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
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
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
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
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
        wp::float32 adj_82 = {};
        bool adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
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
        wp::float32 adj_103 = {};
        bool adj_104 = {};
        wp::float32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
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
        wp::float32 adj_124 = {};
        bool adj_125 = {};
        wp::float32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
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
        wp::float32 adj_145 = {};
        bool adj_146 = {};
        wp::float32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
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
        wp::float32 adj_166 = {};
        bool adj_167 = {};
        wp::float32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        bool adj_173 = {};
        wp::int32 adj_174 = {};
        bool adj_175 = {};
        wp::int32 adj_176 = {};
        bool adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::shape_t adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::shape_t adj_184 = {};
        bool adj_185 = {};
        wp::vec_t<3, wp::int32> adj_186 = {};
        //---------
        // forward
        // def count_surface_cells(sdf: wp.array3d(dtype=float), iso: float, cells: wp.array(dtype=wp.vec3i), count: wp.array(dtype=int)):       <L 63>
        // i, j, k = wp.tid()                                                                     <L 64>
        builtin_tid3d(var_0, var_1, var_2);
        // mask = int(0)                                                                          <L 65>
        var_4 = wp::int(var_3);
        // for c in range(8):                                                                     <L 66>
        // di = c & 1                                                                             <L 67>
        var_7 = wp::bit_and(var_5, var_6);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_9 = wp::rshift(var_5, var_8);
        var_11 = wp::bit_and(var_9, var_10);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_13 = wp::rshift(var_5, var_12);
        var_15 = wp::bit_and(var_13, var_14);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_16 = wp::add(var_0, var_7);
        var_17 = wp::add(var_1, var_11);
        var_18 = wp::add(var_2, var_15);
        var_19 = wp::address(var_sdf, var_16, var_17, var_18);
        var_21 = wp::load(var_19);
        var_20 = (var_21 < var_iso);
        if (var_20) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_23 = wp::lshift(var_22, var_5);
            var_24 = wp::bit_or(var_4, var_23);
        }
        var_25 = wp::where(var_20, var_24, var_4);
        // di = c & 1                                                                             <L 67>
        var_28 = wp::bit_and(var_26, var_27);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_30 = wp::rshift(var_26, var_29);
        var_32 = wp::bit_and(var_30, var_31);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_34 = wp::rshift(var_26, var_33);
        var_36 = wp::bit_and(var_34, var_35);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_37 = wp::add(var_0, var_28);
        var_38 = wp::add(var_1, var_32);
        var_39 = wp::add(var_2, var_36);
        var_40 = wp::address(var_sdf, var_37, var_38, var_39);
        var_42 = wp::load(var_40);
        var_41 = (var_42 < var_iso);
        if (var_41) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_44 = wp::lshift(var_43, var_26);
            var_45 = wp::bit_or(var_25, var_44);
        }
        var_46 = wp::where(var_41, var_45, var_25);
        // di = c & 1                                                                             <L 67>
        var_49 = wp::bit_and(var_47, var_48);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_51 = wp::rshift(var_47, var_50);
        var_53 = wp::bit_and(var_51, var_52);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_55 = wp::rshift(var_47, var_54);
        var_57 = wp::bit_and(var_55, var_56);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_58 = wp::add(var_0, var_49);
        var_59 = wp::add(var_1, var_53);
        var_60 = wp::add(var_2, var_57);
        var_61 = wp::address(var_sdf, var_58, var_59, var_60);
        var_63 = wp::load(var_61);
        var_62 = (var_63 < var_iso);
        if (var_62) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_65 = wp::lshift(var_64, var_47);
            var_66 = wp::bit_or(var_46, var_65);
        }
        var_67 = wp::where(var_62, var_66, var_46);
        // di = c & 1                                                                             <L 67>
        var_70 = wp::bit_and(var_68, var_69);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_72 = wp::rshift(var_68, var_71);
        var_74 = wp::bit_and(var_72, var_73);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_76 = wp::rshift(var_68, var_75);
        var_78 = wp::bit_and(var_76, var_77);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_79 = wp::add(var_0, var_70);
        var_80 = wp::add(var_1, var_74);
        var_81 = wp::add(var_2, var_78);
        var_82 = wp::address(var_sdf, var_79, var_80, var_81);
        var_84 = wp::load(var_82);
        var_83 = (var_84 < var_iso);
        if (var_83) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_86 = wp::lshift(var_85, var_68);
            var_87 = wp::bit_or(var_67, var_86);
        }
        var_88 = wp::where(var_83, var_87, var_67);
        // di = c & 1                                                                             <L 67>
        var_91 = wp::bit_and(var_89, var_90);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_93 = wp::rshift(var_89, var_92);
        var_95 = wp::bit_and(var_93, var_94);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_97 = wp::rshift(var_89, var_96);
        var_99 = wp::bit_and(var_97, var_98);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_100 = wp::add(var_0, var_91);
        var_101 = wp::add(var_1, var_95);
        var_102 = wp::add(var_2, var_99);
        var_103 = wp::address(var_sdf, var_100, var_101, var_102);
        var_105 = wp::load(var_103);
        var_104 = (var_105 < var_iso);
        if (var_104) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_107 = wp::lshift(var_106, var_89);
            var_108 = wp::bit_or(var_88, var_107);
        }
        var_109 = wp::where(var_104, var_108, var_88);
        // di = c & 1                                                                             <L 67>
        var_112 = wp::bit_and(var_110, var_111);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_114 = wp::rshift(var_110, var_113);
        var_116 = wp::bit_and(var_114, var_115);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_118 = wp::rshift(var_110, var_117);
        var_120 = wp::bit_and(var_118, var_119);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_121 = wp::add(var_0, var_112);
        var_122 = wp::add(var_1, var_116);
        var_123 = wp::add(var_2, var_120);
        var_124 = wp::address(var_sdf, var_121, var_122, var_123);
        var_126 = wp::load(var_124);
        var_125 = (var_126 < var_iso);
        if (var_125) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_128 = wp::lshift(var_127, var_110);
            var_129 = wp::bit_or(var_109, var_128);
        }
        var_130 = wp::where(var_125, var_129, var_109);
        // di = c & 1                                                                             <L 67>
        var_133 = wp::bit_and(var_131, var_132);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_135 = wp::rshift(var_131, var_134);
        var_137 = wp::bit_and(var_135, var_136);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_139 = wp::rshift(var_131, var_138);
        var_141 = wp::bit_and(var_139, var_140);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_142 = wp::add(var_0, var_133);
        var_143 = wp::add(var_1, var_137);
        var_144 = wp::add(var_2, var_141);
        var_145 = wp::address(var_sdf, var_142, var_143, var_144);
        var_147 = wp::load(var_145);
        var_146 = (var_147 < var_iso);
        if (var_146) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_149 = wp::lshift(var_148, var_131);
            var_150 = wp::bit_or(var_130, var_149);
        }
        var_151 = wp::where(var_146, var_150, var_130);
        // di = c & 1                                                                             <L 67>
        var_154 = wp::bit_and(var_152, var_153);
        // dj = (c >> 1) & 1                                                                      <L 68>
        var_156 = wp::rshift(var_152, var_155);
        var_158 = wp::bit_and(var_156, var_157);
        // dk = (c >> 2) & 1                                                                      <L 69>
        var_160 = wp::rshift(var_152, var_159);
        var_162 = wp::bit_and(var_160, var_161);
        // if sdf[i + di, j + dj, k + dk] < iso:                                                  <L 70>
        var_163 = wp::add(var_0, var_154);
        var_164 = wp::add(var_1, var_158);
        var_165 = wp::add(var_2, var_162);
        var_166 = wp::address(var_sdf, var_163, var_164, var_165);
        var_168 = wp::load(var_166);
        var_167 = (var_168 < var_iso);
        if (var_167) {
            // mask = mask | (1 << c)                                                             <L 71>
            var_170 = wp::lshift(var_169, var_152);
            var_171 = wp::bit_or(var_151, var_170);
        }
        var_172 = wp::where(var_167, var_171, var_151);
        // if mask == 0 or mask == 255:                                                           <L 72>
        var_175 = (var_172 == var_174);
        var_173 = var_175;
        if (!var_173) {
            var_177 = (var_172 == var_176);
            var_173 = var_173 || var_177;
        }
        if (var_173) {
            // return                                                                             <L 73>
            goto label0;
        }
        // slot = wp.atomic_add(count, 0, 1)                                                      <L 74>
        // var_180 = wp::atomic_add(var_count, var_178, var_179);
        // if slot < cells.shape[0]:                                                              <L 75>
        var_181 = &(var_cells.shape);
        var_184 = wp::load(var_181);
        var_183 = wp::extract(var_184, var_182);
        var_185 = (var_180 < var_183);
        if (var_185) {
            // cells[slot] = wp.vec3i(i, j, k)                                                    <L 76>
            var_186 = wp::vec_t<3, wp::int32>(var_0, var_1, var_2);
            // wp::array_store(var_cells, var_180, var_186);
        }
        //---------
        // reverse
        if (var_185) {
            wp::adj_array_store(var_cells, var_180, var_186, adj_cells, adj_180, adj_186);
            wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_186);
            // adj: cells[slot] = wp.vec3i(i, j, k)                                               <L 76>
        }
        adj_cells.shape = adj_181;
        // adj: if slot < cells.shape[0]:                                                         <L 75>
        wp::adj_atomic_add(var_count, var_178, var_179, adj_count, adj_178, adj_179, adj_180);
        // adj: slot = wp.atomic_add(count, 0, 1)                                                 <L 74>
        if (var_173) {
            label0:;
            // adj: return                                                                        <L 73>
        }
        if (!var_173) {
        }
        // adj: if mask == 0 or mask == 255:                                                      <L 72>
        wp::adj_where(var_167, var_171, var_151, adj_167, adj_171, adj_151, adj_172);
        if (var_167) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_163, var_164, var_165, adj_sdf, adj_163, adj_164, adj_165, adj_166);
        wp::adj_add(var_2, var_162, adj_2, adj_162, adj_165);
        wp::adj_add(var_1, var_158, adj_1, adj_158, adj_164);
        wp::adj_add(var_0, var_154, adj_0, adj_154, adj_163);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_146, var_150, var_130, adj_146, adj_150, adj_130, adj_151);
        if (var_146) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_142, var_143, var_144, adj_sdf, adj_142, adj_143, adj_144, adj_145);
        wp::adj_add(var_2, var_141, adj_2, adj_141, adj_144);
        wp::adj_add(var_1, var_137, adj_1, adj_137, adj_143);
        wp::adj_add(var_0, var_133, adj_0, adj_133, adj_142);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_125, var_129, var_109, adj_125, adj_129, adj_109, adj_130);
        if (var_125) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_121, var_122, var_123, adj_sdf, adj_121, adj_122, adj_123, adj_124);
        wp::adj_add(var_2, var_120, adj_2, adj_120, adj_123);
        wp::adj_add(var_1, var_116, adj_1, adj_116, adj_122);
        wp::adj_add(var_0, var_112, adj_0, adj_112, adj_121);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_104, var_108, var_88, adj_104, adj_108, adj_88, adj_109);
        if (var_104) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_100, var_101, var_102, adj_sdf, adj_100, adj_101, adj_102, adj_103);
        wp::adj_add(var_2, var_99, adj_2, adj_99, adj_102);
        wp::adj_add(var_1, var_95, adj_1, adj_95, adj_101);
        wp::adj_add(var_0, var_91, adj_0, adj_91, adj_100);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_83, var_87, var_67, adj_83, adj_87, adj_67, adj_88);
        if (var_83) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_79, var_80, var_81, adj_sdf, adj_79, adj_80, adj_81, adj_82);
        wp::adj_add(var_2, var_78, adj_2, adj_78, adj_81);
        wp::adj_add(var_1, var_74, adj_1, adj_74, adj_80);
        wp::adj_add(var_0, var_70, adj_0, adj_70, adj_79);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_62, var_66, var_46, adj_62, adj_66, adj_46, adj_67);
        if (var_62) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_58, var_59, var_60, adj_sdf, adj_58, adj_59, adj_60, adj_61);
        wp::adj_add(var_2, var_57, adj_2, adj_57, adj_60);
        wp::adj_add(var_1, var_53, adj_1, adj_53, adj_59);
        wp::adj_add(var_0, var_49, adj_0, adj_49, adj_58);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_41, var_45, var_25, adj_41, adj_45, adj_25, adj_46);
        if (var_41) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_37, var_38, var_39, adj_sdf, adj_37, adj_38, adj_39, adj_40);
        wp::adj_add(var_2, var_36, adj_2, adj_36, adj_39);
        wp::adj_add(var_1, var_32, adj_1, adj_32, adj_38);
        wp::adj_add(var_0, var_28, adj_0, adj_28, adj_37);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        wp::adj_where(var_20, var_24, var_4, adj_20, adj_24, adj_4, adj_25);
        if (var_20) {
            // adj: mask = mask | (1 << c)                                                        <L 71>
        }
        wp::adj_address(var_sdf, var_16, var_17, var_18, adj_sdf, adj_16, adj_17, adj_18, adj_19);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_18);
        wp::adj_add(var_1, var_11, adj_1, adj_11, adj_17);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_16);
        // adj: if sdf[i + di, j + dj, k + dk] < iso:                                             <L 70>
        // adj: dk = (c >> 2) & 1                                                                 <L 69>
        // adj: dj = (c >> 1) & 1                                                                 <L 68>
        // adj: di = c & 1                                                                        <L 67>
        // adj: for c in range(8):                                                                <L 66>
        // adj: mask = int(0)                                                                     <L 65>
        // adj: i, j, k = wp.tid()                                                                <L 64>
        // adj: def count_surface_cells(sdf: wp.array3d(dtype=float), iso: float, cells: wp.array(dtype=wp.vec3i), count: wp.array(dtype=int)):  <L 63>
        continue;
    }
}



extern "C" __global__ void project_to_surface_352c7902_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_blend,
    wp::int32 var_iterations,
    wp::float32 var_h)
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
        wp::range_t var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1e-05;
        bool var_9;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 0.0;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        const wp::float32 var_33 = 0.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::float32 var_38 = 0.0;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 1e-12;
        bool var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        //---------
        // forward
        // def project_to_surface(points: wp.array(dtype=wp.vec3), blend: float, iterations: int, h: float):       <L 80>
        // t = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // p = points[t]                                                                          <L 82>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for it in range(iterations):                                                           <L 83>
        var_4 = wp::range(var_iterations);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // d = scene(p, blend)                                                                <L 84>
            var_6 = scene_0(var_2, var_blend);
            // if wp.abs(d) < 1.0e-5:                                                             <L 85>
            var_7 = wp::abs(var_6);
            var_9 = (var_7 < var_8);
            if (var_9) {
                // break                                                                          <L 86>
                goto end_for_0;
            }
            // gx = scene(p + wp.vec3(h, 0.0, 0.0), blend) - scene(p - wp.vec3(h, 0.0, 0.0), blend)       <L 87>
            var_12 = wp::vec_t<3, wp::float32>(var_h, var_10, var_11);
            var_13 = wp::add(var_2, var_12);
            var_14 = scene_0(var_13, var_blend);
            var_17 = wp::vec_t<3, wp::float32>(var_h, var_15, var_16);
            var_18 = wp::sub(var_2, var_17);
            var_19 = scene_0(var_18, var_blend);
            var_20 = wp::sub(var_14, var_19);
            // gy = scene(p + wp.vec3(0.0, h, 0.0), blend) - scene(p - wp.vec3(0.0, h, 0.0), blend)       <L 88>
            var_23 = wp::vec_t<3, wp::float32>(var_21, var_h, var_22);
            var_24 = wp::add(var_2, var_23);
            var_25 = scene_0(var_24, var_blend);
            var_28 = wp::vec_t<3, wp::float32>(var_26, var_h, var_27);
            var_29 = wp::sub(var_2, var_28);
            var_30 = scene_0(var_29, var_blend);
            var_31 = wp::sub(var_25, var_30);
            // gz = scene(p + wp.vec3(0.0, 0.0, h), blend) - scene(p - wp.vec3(0.0, 0.0, h), blend)       <L 89>
            var_34 = wp::vec_t<3, wp::float32>(var_32, var_33, var_h);
            var_35 = wp::add(var_2, var_34);
            var_36 = scene_0(var_35, var_blend);
            var_39 = wp::vec_t<3, wp::float32>(var_37, var_38, var_h);
            var_40 = wp::sub(var_2, var_39);
            var_41 = scene_0(var_40, var_blend);
            var_42 = wp::sub(var_36, var_41);
            // g = wp.vec3(gx, gy, gz)                                                            <L 90>
            var_43 = wp::vec_t<3, wp::float32>(var_20, var_31, var_42);
            // gl = wp.length(g)                                                                  <L 91>
            var_44 = wp::length(var_43);
            // if gl < 1.0e-12:                                                                   <L 92>
            var_46 = (var_44 < var_45);
            if (var_46) {
                // break                                                                          <L 93>
                goto end_for_0;
            }
            // p = p - g * (d / gl)                                                               <L 94>
            var_47 = wp::div(var_6, var_44);
            var_48 = wp::mul(var_43, var_47);
            var_49 = wp::sub(var_2, var_48);
            wp::assign(var_2, var_49);
            goto start_for_0;
        end_for_0:;
        // points[t] = p                                                                          <L 95>
        wp::array_store(var_points, var_0, var_2);
    }
}



extern "C" __global__ void project_to_surface_352c7902_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_blend,
    wp::int32 var_iterations,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_blend,
    wp::int32 adj_iterations,
    wp::float32 adj_h)
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
        wp::range_t var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1e-05;
        bool var_9;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 0.0;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        const wp::float32 var_33 = 0.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::float32 var_38 = 0.0;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 1e-12;
        bool var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        bool adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        //---------
        // forward
        // def project_to_surface(points: wp.array(dtype=wp.vec3), blend: float, iterations: int, h: float):       <L 80>
        // t = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // p = points[t]                                                                          <L 82>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for it in range(iterations):                                                           <L 83>
        var_4 = wp::range(var_iterations);
        // points[t] = p                                                                          <L 95>
        // wp::array_store(var_points, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_2, adj_points, adj_0, adj_2);
        // adj: points[t] = p                                                                     <L 95>
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
            // d = scene(p, blend)                                                                <L 84>
            var_6 = scene_0(var_2, var_blend);
            // if wp.abs(d) < 1.0e-5:                                                             <L 85>
            var_7 = wp::abs(var_6);
            var_9 = (var_7 < var_8);
            if (var_9) {
                // break                                                                          <L 86>
                goto end_for_0;
            }
            // gx = scene(p + wp.vec3(h, 0.0, 0.0), blend) - scene(p - wp.vec3(h, 0.0, 0.0), blend)       <L 87>
            var_12 = wp::vec_t<3, wp::float32>(var_h, var_10, var_11);
            var_13 = wp::add(var_2, var_12);
            var_14 = scene_0(var_13, var_blend);
            var_17 = wp::vec_t<3, wp::float32>(var_h, var_15, var_16);
            var_18 = wp::sub(var_2, var_17);
            var_19 = scene_0(var_18, var_blend);
            var_20 = wp::sub(var_14, var_19);
            // gy = scene(p + wp.vec3(0.0, h, 0.0), blend) - scene(p - wp.vec3(0.0, h, 0.0), blend)       <L 88>
            var_23 = wp::vec_t<3, wp::float32>(var_21, var_h, var_22);
            var_24 = wp::add(var_2, var_23);
            var_25 = scene_0(var_24, var_blend);
            var_28 = wp::vec_t<3, wp::float32>(var_26, var_h, var_27);
            var_29 = wp::sub(var_2, var_28);
            var_30 = scene_0(var_29, var_blend);
            var_31 = wp::sub(var_25, var_30);
            // gz = scene(p + wp.vec3(0.0, 0.0, h), blend) - scene(p - wp.vec3(0.0, 0.0, h), blend)       <L 89>
            var_34 = wp::vec_t<3, wp::float32>(var_32, var_33, var_h);
            var_35 = wp::add(var_2, var_34);
            var_36 = scene_0(var_35, var_blend);
            var_39 = wp::vec_t<3, wp::float32>(var_37, var_38, var_h);
            var_40 = wp::sub(var_2, var_39);
            var_41 = scene_0(var_40, var_blend);
            var_42 = wp::sub(var_36, var_41);
            // g = wp.vec3(gx, gy, gz)                                                            <L 90>
            var_43 = wp::vec_t<3, wp::float32>(var_20, var_31, var_42);
            // gl = wp.length(g)                                                                  <L 91>
            var_44 = wp::length(var_43);
            // if gl < 1.0e-12:                                                                   <L 92>
            var_46 = (var_44 < var_45);
            if (var_46) {
                // break                                                                          <L 93>
                goto end_for_0;
            }
            // p = p - g * (d / gl)                                                               <L 94>
            var_47 = wp::div(var_6, var_44);
            var_48 = wp::mul(var_43, var_47);
            var_49 = wp::sub(var_2, var_48);
            wp::assign(var_2, var_49);
            wp::adj_assign(var_2, var_49, adj_2, adj_49);
            wp::adj_sub(var_2, var_48, adj_2, adj_48, adj_49);
            wp::adj_mul(var_43, var_47, adj_43, adj_47, adj_48);
            wp::adj_div(var_6, var_44, var_47, adj_6, adj_44, adj_47);
            // adj: p = p - g * (d / gl)                                                          <L 94>
            if (var_46) {
                // adj: break                                                                     <L 93>
            }
            // adj: if gl < 1.0e-12:                                                              <L 92>
            wp::adj_length(var_43, var_44, adj_43, adj_44);
            // adj: gl = wp.length(g)                                                             <L 91>
            wp::adj_vec_t(var_20, var_31, var_42, adj_20, adj_31, adj_42, adj_43);
            // adj: g = wp.vec3(gx, gy, gz)                                                       <L 90>
            wp::adj_sub(var_36, var_41, adj_36, adj_41, adj_42);
            adj_scene_0(var_40, var_blend, adj_40, adj_blend, adj_41);
            wp::adj_sub(var_2, var_39, adj_2, adj_39, adj_40);
            wp::adj_vec_t(var_37, var_38, var_h, adj_37, adj_38, adj_h, adj_39);
            adj_scene_0(var_35, var_blend, adj_35, adj_blend, adj_36);
            wp::adj_add(var_2, var_34, adj_2, adj_34, adj_35);
            wp::adj_vec_t(var_32, var_33, var_h, adj_32, adj_33, adj_h, adj_34);
            // adj: gz = scene(p + wp.vec3(0.0, 0.0, h), blend) - scene(p - wp.vec3(0.0, 0.0, h), blend)  <L 89>
            wp::adj_sub(var_25, var_30, adj_25, adj_30, adj_31);
            adj_scene_0(var_29, var_blend, adj_29, adj_blend, adj_30);
            wp::adj_sub(var_2, var_28, adj_2, adj_28, adj_29);
            wp::adj_vec_t(var_26, var_h, var_27, adj_26, adj_h, adj_27, adj_28);
            adj_scene_0(var_24, var_blend, adj_24, adj_blend, adj_25);
            wp::adj_add(var_2, var_23, adj_2, adj_23, adj_24);
            wp::adj_vec_t(var_21, var_h, var_22, adj_21, adj_h, adj_22, adj_23);
            // adj: gy = scene(p + wp.vec3(0.0, h, 0.0), blend) - scene(p - wp.vec3(0.0, h, 0.0), blend)  <L 88>
            wp::adj_sub(var_14, var_19, adj_14, adj_19, adj_20);
            adj_scene_0(var_18, var_blend, adj_18, adj_blend, adj_19);
            wp::adj_sub(var_2, var_17, adj_2, adj_17, adj_18);
            wp::adj_vec_t(var_h, var_15, var_16, adj_h, adj_15, adj_16, adj_17);
            adj_scene_0(var_13, var_blend, adj_13, adj_blend, adj_14);
            wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
            wp::adj_vec_t(var_h, var_10, var_11, adj_h, adj_10, adj_11, adj_12);
            // adj: gx = scene(p + wp.vec3(h, 0.0, 0.0), blend) - scene(p - wp.vec3(h, 0.0, 0.0), blend)  <L 87>
            if (var_9) {
                // adj: break                                                                     <L 86>
            }
            wp::adj_abs(var_6, adj_6, adj_7);
            // adj: if wp.abs(d) < 1.0e-5:                                                        <L 85>
            adj_scene_0(var_2, var_blend, adj_2, adj_blend, adj_6);
            // adj: d = scene(p, blend)                                                           <L 84>
        	goto start_for_0;
        end_for_0:;
        // adj: for it in range(iterations):                                                      <L 83>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[t]                                                                     <L 82>
        // adj: t = wp.tid()                                                                      <L 81>
        // adj: def project_to_surface(points: wp.array(dtype=wp.vec3), blend: float, iterations: int, h: float):  <L 80>
        continue;
    }
}

