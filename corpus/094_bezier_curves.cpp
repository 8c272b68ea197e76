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


// corpus/094_bezier_curves.py:10
static wp::vec_t<2, wp::float32> de_casteljau_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_ctrl,
    wp::int32 var_c,
    wp::float32 var_t)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 1;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::vec_t<2, wp::float32>* var_8;
    const wp::int32 var_9 = 2;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::vec_t<2, wp::float32>* var_15;
    const wp::int32 var_16 = 3;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    //---------
    // forward
    // def de_casteljau(ctrl: wp.array2d(dtype=wp.vec2), c: int, t: float) -> wp.vec2:        <L 11>
    // a = wp.lerp(ctrl[c, 0], ctrl[c, 1], t)                                                 <L 13>
    var_1 = wp::address(var_ctrl, var_c, var_0);
    var_3 = wp::address(var_ctrl, var_c, var_2);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_3);
    var_4 = wp::lerp(var_5, var_6, var_t);
    // b = wp.lerp(ctrl[c, 1], ctrl[c, 2], t)                                                 <L 14>
    var_8 = wp::address(var_ctrl, var_c, var_7);
    var_10 = wp::address(var_ctrl, var_c, var_9);
    var_12 = wp::load(var_8);
    var_13 = wp::load(var_10);
    var_11 = wp::lerp(var_12, var_13, var_t);
    // d = wp.lerp(ctrl[c, 2], ctrl[c, 3], t)                                                 <L 15>
    var_15 = wp::address(var_ctrl, var_c, var_14);
    var_17 = wp::address(var_ctrl, var_c, var_16);
    var_19 = wp::load(var_15);
    var_20 = wp::load(var_17);
    var_18 = wp::lerp(var_19, var_20, var_t);
    // e = wp.lerp(a, b, t)                                                                   <L 16>
    var_21 = wp::lerp(var_4, var_11, var_t);
    // f = wp.lerp(b, d, t)                                                                   <L 17>
    var_22 = wp::lerp(var_11, var_18, var_t);
    // return wp.lerp(e, f, t)                                                                <L 18>
    var_23 = wp::lerp(var_21, var_22, var_t);
    return var_23;
}


// corpus/094_bezier_curves.py:4
static wp::vec_t<2, wp::float32> bezier_cubic_0(
    wp::vec_t<2, wp::float32> var_p0,
    wp::vec_t<2, wp::float32> var_p1,
    wp::vec_t<2, wp::float32> var_p2,
    wp::vec_t<2, wp::float32> var_p3,
    wp::float32 var_t)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    const wp::float32 var_11 = 3.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    //---------
    // forward
    // def bezier_cubic(p0: wp.vec2, p1: wp.vec2, p2: wp.vec2, p3: wp.vec2, t: float) -> wp.vec2:       <L 5>
    // u = 1.0 - t                                                                            <L 6>
    var_1 = wp::sub(var_0, var_t);
    // return p0 * (u * u * u) + p1 * (3.0 * u * u * t) + p2 * (3.0 * u * t * t) + p3 * (t * t * t)       <L 7>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::mul(var_2, var_1);
    var_4 = wp::mul(var_p0, var_3);
    var_6 = wp::mul(var_5, var_1);
    var_7 = wp::mul(var_6, var_1);
    var_8 = wp::mul(var_7, var_t);
    var_9 = wp::mul(var_p1, var_8);
    var_10 = wp::add(var_4, var_9);
    var_12 = wp::mul(var_11, var_1);
    var_13 = wp::mul(var_12, var_t);
    var_14 = wp::mul(var_13, var_t);
    var_15 = wp::mul(var_p2, var_14);
    var_16 = wp::add(var_10, var_15);
    var_17 = wp::mul(var_t, var_t);
    var_18 = wp::mul(var_17, var_t);
    var_19 = wp::mul(var_p3, var_18);
    var_20 = wp::add(var_16, var_19);
    return var_20;
}


// corpus/094_bezier_curves.py:21
static wp::float32 distance_to_segment_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def distance_to_segment(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:                  <L 22>
    // ab = b - a                                                                             <L 23>
    var_0 = wp::sub(var_b, var_a);
    // l2 = wp.dot(ab, ab)                                                                    <L 24>
    var_1 = wp::dot(var_0, var_0);
    // if l2 == 0.0:                                                                          <L 25>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return wp.length(p - a)                                                            <L 26>
        var_4 = wp::sub(var_p, var_a);
        var_5 = wp::length(var_4);
        return var_5;
    }
    // t = wp.clamp(wp.dot(p - a, ab) / l2, 0.0, 1.0)                                         <L 27>
    var_6 = wp::sub(var_p, var_a);
    var_7 = wp::dot(var_6, var_0);
    var_8 = wp::div(var_7, var_1);
    var_11 = wp::clamp(var_8, var_9, var_10);
    // return wp.length(p - (a + ab * t))                                                     <L 28>
    var_12 = wp::mul(var_0, var_11);
    var_13 = wp::add(var_a, var_12);
    var_14 = wp::sub(var_p, var_13);
    var_15 = wp::length(var_14);
    return var_15;
}


// corpus/094_bezier_curves.py:10
static void adj_de_casteljau_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_ctrl,
    wp::int32 var_c,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_ctrl,
    wp::int32 & adj_c,
    wp::float32 & adj_t,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 1;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::vec_t<2, wp::float32>* var_8;
    const wp::int32 var_9 = 2;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::vec_t<2, wp::float32>* var_15;
    const wp::int32 var_16 = 3;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    //---------
    // forward
    // def de_casteljau(ctrl: wp.array2d(dtype=wp.vec2), c: int, t: float) -> wp.vec2:        <L 11>
    // a = wp.lerp(ctrl[c, 0], ctrl[c, 1], t)                                                 <L 13>
    var_1 = wp::address(var_ctrl, var_c, var_0);
    var_3 = wp::address(var_ctrl, var_c, var_2);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_3);
    var_4 = wp::lerp(var_5, var_6, var_t);
    // b = wp.lerp(ctrl[c, 1], ctrl[c, 2], t)                                                 <L 14>
    var_8 = wp::address(var_ctrl, var_c, var_7);
    var_10 = wp::address(var_ctrl, var_c, var_9);
    var_12 = wp::load(var_8);
    var_13 = wp::load(var_10);
    var_11 = wp::lerp(var_12, var_13, var_t);
    // d = wp.lerp(ctrl[c, 2], ctrl[c, 3], t)                                                 <L 15>
    var_15 = wp::address(var_ctrl, var_c, var_14);
    var_17 = wp::address(var_ctrl, var_c, var_16);
    var_19 = wp::load(var_15);
    var_20 = wp::load(var_17);
    var_18 = wp::lerp(var_19, var_20, var_t);
    // e = wp.lerp(a, b, t)                                                                   <L 16>
    var_21 = wp::lerp(var_4, var_11, var_t);
    // f = wp.lerp(b, d, t)                                                                   <L 17>
    var_22 = wp::lerp(var_11, var_18, var_t);
    // return wp.lerp(e, f, t)                                                                <L 18>
    var_23 = wp::lerp(var_21, var_22, var_t);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_lerp(var_21, var_22, var_t, adj_21, adj_22, adj_t, adj_23);
    // adj: return wp.lerp(e, f, t)                                                           <L 18>
    wp::adj_lerp(var_11, var_18, var_t, adj_11, adj_18, adj_t, adj_22);
    // adj: f = wp.lerp(b, d, t)                                                              <L 17>
    wp::adj_lerp(var_4, var_11, var_t, adj_4, adj_11, adj_t, adj_21);
    // adj: e = wp.lerp(a, b, t)                                                              <L 16>
    wp::adj_lerp(var_19, var_20, var_t, adj_15, adj_17, adj_t, adj_18);
    wp::adj_address(var_ctrl, var_c, var_16, adj_ctrl, adj_c, adj_16, adj_17);
    wp::adj_address(var_ctrl, var_c, var_14, adj_ctrl, adj_c, adj_14, adj_15);
    // adj: d = wp.lerp(ctrl[c, 2], ctrl[c, 3], t)                                            <L 15>
    wp::adj_lerp(var_12, var_13, var_t, adj_8, adj_10, adj_t, adj_11);
    wp::adj_address(var_ctrl, var_c, var_9, adj_ctrl, adj_c, adj_9, adj_10);
    wp::adj_address(var_ctrl, var_c, var_7, adj_ctrl, adj_c, adj_7, adj_8);
    // adj: b = wp.lerp(ctrl[c, 1], ctrl[c, 2], t)                                            <L 14>
    wp::adj_lerp(var_5, var_6, var_t, adj_1, adj_3, adj_t, adj_4);
    wp::adj_address(var_ctrl, var_c, var_2, adj_ctrl, adj_c, adj_2, adj_3);
    wp::adj_address(var_ctrl, var_c, var_0, adj_ctrl, adj_c, adj_0, adj_1);
    // adj: a = wp.lerp(ctrl[c, 0], ctrl[c, 1], t)                                            <L 13>
    // adj: def de_casteljau(ctrl: wp.array2d(dtype=wp.vec2), c: int, t: float) -> wp.vec2:   <L 11>
    return;
}


// corpus/094_bezier_curves.py:4
static void adj_bezier_cubic_0(
    wp::vec_t<2, wp::float32> var_p0,
    wp::vec_t<2, wp::float32> var_p1,
    wp::vec_t<2, wp::float32> var_p2,
    wp::vec_t<2, wp::float32> var_p3,
    wp::float32 var_t,
    wp::vec_t<2, wp::float32> & adj_p0,
    wp::vec_t<2, wp::float32> & adj_p1,
    wp::vec_t<2, wp::float32> & adj_p2,
    wp::vec_t<2, wp::float32> & adj_p3,
    wp::float32 & adj_t,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    const wp::float32 var_11 = 3.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    //---------
    // forward
    // def bezier_cubic(p0: wp.vec2, p1: wp.vec2, p2: wp.vec2, p3: wp.vec2, t: float) -> wp.vec2:       <L 5>
    // u = 1.0 - t                                                                            <L 6>
    var_1 = wp::sub(var_0, var_t);
    // return p0 * (u * u * u) + p1 * (3.0 * u * u * t) + p2 * (3.0 * u * t * t) + p3 * (t * t * t)       <L 7>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::mul(var_2, var_1);
    var_4 = wp::mul(var_p0, var_3);
    var_6 = wp::mul(var_5, var_1);
    var_7 = wp::mul(var_6, var_1);
    var_8 = wp::mul(var_7, var_t);
    var_9 = wp::mul(var_p1, var_8);
    var_10 = wp::add(var_4, var_9);
    var_12 = wp::mul(var_11, var_1);
    var_13 = wp::mul(var_12, var_t);
    var_14 = wp::mul(var_13, var_t);
    var_15 = wp::mul(var_p2, var_14);
    var_16 = wp::add(var_10, var_15);
    var_17 = wp::mul(var_t, var_t);
    var_18 = wp::mul(var_17, var_t);
    var_19 = wp::mul(var_p3, var_18);
    var_20 = wp::add(var_16, var_19);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_20 += adj_ret;
    wp::adj_add(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_mul(var_p3, var_18, adj_p3, adj_18, adj_19);
    wp::adj_mul(var_17, var_t, adj_17, adj_t, adj_18);
    wp::adj_mul(var_t, var_t, adj_t, adj_t, adj_17);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_mul(var_p2, var_14, adj_p2, adj_14, adj_15);
    wp::adj_mul(var_13, var_t, adj_13, adj_t, adj_14);
    wp::adj_mul(var_12, var_t, adj_12, adj_t, adj_13);
    wp::adj_mul(var_11, var_1, adj_11, adj_1, adj_12);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_p1, var_8, adj_p1, adj_8, adj_9);
    wp::adj_mul(var_7, var_t, adj_7, adj_t, adj_8);
    wp::adj_mul(var_6, var_1, adj_6, adj_1, adj_7);
    wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_6);
    wp::adj_mul(var_p0, var_3, adj_p0, adj_3, adj_4);
    wp::adj_mul(var_2, var_1, adj_2, adj_1, adj_3);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_2);
    // adj: return p0 * (u * u * u) + p1 * (3.0 * u * u * t) + p2 * (3.0 * u * t * t) + p3 * (t * t * t)  <L 7>
    wp::adj_sub(var_0, var_t, adj_0, adj_t, adj_1);
    // adj: u = 1.0 - t                                                                       <L 6>
    // adj: def bezier_cubic(p0: wp.vec2, p1: wp.vec2, p2: wp.vec2, p3: wp.vec2, t: float) -> wp.vec2:  <L 5>
    return;
}


// corpus/094_bezier_curves.py:21
static void adj_distance_to_segment_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def distance_to_segment(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:                  <L 22>
    // ab = b - a                                                                             <L 23>
    var_0 = wp::sub(var_b, var_a);
    // l2 = wp.dot(ab, ab)                                                                    <L 24>
    var_1 = wp::dot(var_0, var_0);
    // if l2 == 0.0:                                                                          <L 25>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return wp.length(p - a)                                                            <L 26>
        var_4 = wp::sub(var_p, var_a);
        var_5 = wp::length(var_4);
        goto label0;
    }
    // t = wp.clamp(wp.dot(p - a, ab) / l2, 0.0, 1.0)                                         <L 27>
    var_6 = wp::sub(var_p, var_a);
    var_7 = wp::dot(var_6, var_0);
    var_8 = wp::div(var_7, var_1);
    var_11 = wp::clamp(var_8, var_9, var_10);
    // return wp.length(p - (a + ab * t))                                                     <L 28>
    var_12 = wp::mul(var_0, var_11);
    var_13 = wp::add(var_a, var_12);
    var_14 = wp::sub(var_p, var_13);
    var_15 = wp::length(var_14);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_15 += adj_ret;
    wp::adj_length(var_14, var_15, adj_14, adj_15);
    wp::adj_sub(var_p, var_13, adj_p, adj_13, adj_14);
    wp::adj_add(var_a, var_12, adj_a, adj_12, adj_13);
    wp::adj_mul(var_0, var_11, adj_0, adj_11, adj_12);
    // adj: return wp.length(p - (a + ab * t))                                                <L 28>
    wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    wp::adj_div(var_7, var_1, var_8, adj_7, adj_1, adj_8);
    wp::adj_dot(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_6);
    // adj: t = wp.clamp(wp.dot(p - a, ab) / l2, 0.0, 1.0)                                    <L 27>
    if (var_3) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_length(var_4, var_5, adj_4, adj_5);
        wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_4);
        // adj: return wp.length(p - a)                                                       <L 26>
    }
    // adj: if l2 == 0.0:                                                                     <L 25>
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: l2 = wp.dot(ab, ab)                                                               <L 24>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: ab = b - a                                                                        <L 23>
    // adj: def distance_to_segment(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:             <L 22>
    return;
}

struct wp_args_tessellate_9d00c108 {
    wp::array_t<wp::vec_t<2, wp::float32>> ctrl;
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    bool use_casteljau;
};


void tessellate_9d00c108_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tessellate_9d00c108 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_ctrl = _wp_args->ctrl;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    bool var_use_casteljau = _wp_args->use_casteljau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::vec_t<2, wp::float32>* var_13;
    const wp::int32 var_14 = 1;
    wp::vec_t<2, wp::float32>* var_15;
    const wp::int32 var_16 = 2;
    wp::vec_t<2, wp::float32>* var_17;
    const wp::int32 var_18 = 3;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // forward
    // def tessellate(ctrl: wp.array2d(dtype=wp.vec2), points: wp.array2d(dtype=wp.vec2), use_casteljau: bool):       <L 32>
    // c, k = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // n = points.shape[1]                                                                    <L 34>
    var_2 = &(var_points.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // t = float(k) / float(n - 1)                                                            <L 35>
    var_6 = wp::float(var_1);
    var_8 = wp::sub(var_4, var_7);
    var_9 = wp::float(var_8);
    var_10 = wp::div(var_6, var_9);
    // if use_casteljau:                                                                      <L 36>
    if (var_use_casteljau) {
        // points[c, k] = de_casteljau(ctrl, c, t)                                            <L 37>
        var_11 = de_casteljau_0(var_ctrl, var_0, var_10);
        wp::array_store(var_points, var_0, var_1, var_11);
    }
    if (!var_use_casteljau) {
        // points[c, k] = bezier_cubic(ctrl[c, 0], ctrl[c, 1], ctrl[c, 2], ctrl[c, 3], t)       <L 39>
        var_13 = wp::address(var_ctrl, var_0, var_12);
        var_15 = wp::address(var_ctrl, var_0, var_14);
        var_17 = wp::address(var_ctrl, var_0, var_16);
        var_19 = wp::address(var_ctrl, var_0, var_18);
        var_21 = wp::load(var_13);
        var_22 = wp::load(var_15);
        var_23 = wp::load(var_17);
        var_24 = wp::load(var_19);
        var_20 = bezier_cubic_0(var_21, var_22, var_23, var_24, var_10);
        wp::array_store(var_points, var_0, var_1, var_20);
    }
}



void tessellate_9d00c108_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tessellate_9d00c108 *_wp_args,
    wp_args_tessellate_9d00c108 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_ctrl = _wp_args->ctrl;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    bool var_use_casteljau = _wp_args->use_casteljau;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_ctrl = _wp_adj_args->ctrl;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    bool adj_use_casteljau = _wp_adj_args->use_casteljau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::vec_t<2, wp::float32>* var_13;
    const wp::int32 var_14 = 1;
    wp::vec_t<2, wp::float32>* var_15;
    const wp::int32 var_16 = 2;
    wp::vec_t<2, wp::float32>* var_17;
    const wp::int32 var_18 = 3;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    //---------
    // forward
    // def tessellate(ctrl: wp.array2d(dtype=wp.vec2), points: wp.array2d(dtype=wp.vec2), use_casteljau: bool):       <L 32>
    // c, k = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // n = points.shape[1]                                                                    <L 34>
    var_2 = &(var_points.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // t = float(k) / float(n - 1)                                                            <L 35>
    var_6 = wp::float(var_1);
    var_8 = wp::sub(var_4, var_7);
    var_9 = wp::float(var_8);
    var_10 = wp::div(var_6, var_9);
    // if use_casteljau:                                                                      <L 36>
    if (var_use_casteljau) {
        // points[c, k] = de_casteljau(ctrl, c, t)                                            <L 37>
        var_11 = de_casteljau_0(var_ctrl, var_0, var_10);
        // wp::array_store(var_points, var_0, var_1, var_11);
    }
    if (!var_use_casteljau) {
        // points[c, k] = bezier_cubic(ctrl[c, 0], ctrl[c, 1], ctrl[c, 2], ctrl[c, 3], t)       <L 39>
        var_13 = wp::address(var_ctrl, var_0, var_12);
        var_15 = wp::address(var_ctrl, var_0, var_14);
        var_17 = wp::address(var_ctrl, var_0, var_16);
        var_19 = wp::address(var_ctrl, var_0, var_18);
        var_21 = wp::load(var_13);
        var_22 = wp::load(var_15);
        var_23 = wp::load(var_17);
        var_24 = wp::load(var_19);
        var_20 = bezier_cubic_0(var_21, var_22, var_23, var_24, var_10);
        // wp::array_store(var_points, var_0, var_1, var_20);
    }
    //---------
    // reverse
    if (!var_use_casteljau) {
        wp::adj_array_store(var_points, var_0, var_1, var_20, adj_points, adj_0, adj_1, adj_20);
        adj_bezier_cubic_0(var_21, var_22, var_23, var_24, var_10, adj_13, adj_15, adj_17, adj_19, adj_10, adj_20);
        wp::adj_address(var_ctrl, var_0, var_18, adj_ctrl, adj_0, adj_18, adj_19);
        wp::adj_address(var_ctrl, var_0, var_16, adj_ctrl, adj_0, adj_16, adj_17);
        wp::adj_address(var_ctrl, var_0, var_14, adj_ctrl, adj_0, adj_14, adj_15);
        wp::adj_address(var_ctrl, var_0, var_12, adj_ctrl, adj_0, adj_12, adj_13);
        // adj: points[c, k] = bezier_cubic(ctrl[c, 0], ctrl[c, 1], ctrl[c, 2], ctrl[c, 3], t)  <L 39>
    }
    if (var_use_casteljau) {
        wp::adj_array_store(var_points, var_0, var_1, var_11, adj_points, adj_0, adj_1, adj_11);
        adj_de_casteljau_0(var_ctrl, var_0, var_10, adj_ctrl, adj_0, adj_10, adj_11);
        // adj: points[c, k] = de_casteljau(ctrl, c, t)                                       <L 37>
    }
    // adj: if use_casteljau:                                                                 <L 36>
    wp::adj_div(var_6, var_9, var_10, adj_6, adj_9, adj_10);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_float(var_1, adj_1, adj_6);
    // adj: t = float(k) / float(n - 1)                                                       <L 35>
    adj_points.shape = adj_2;
    // adj: n = points.shape[1]                                                               <L 34>
    // adj: c, k = wp.tid()                                                                   <L 33>
    // adj: def tessellate(ctrl: wp.array2d(dtype=wp.vec2), points: wp.array2d(dtype=wp.vec2), use_casteljau: bool):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void tessellate_9d00c108_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tessellate_9d00c108 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tessellate_9d00c108_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void tessellate_9d00c108_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tessellate_9d00c108 *_wp_args,
    wp_args_tessellate_9d00c108 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tessellate_9d00c108_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rasterize_strokes_8e997b52 {
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::float32 width;
    wp::array_t<wp::float32> canvas;
};


void rasterize_strokes_8e997b52_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_rasterize_strokes_8e997b52 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_width = _wp_args->width;
    wp::array_t<wp::float32> var_canvas = _wp_args->canvas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 10000000000.0;
    wp::float32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32> var_31;
    bool var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.0;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // forward
    // def rasterize_strokes(points: wp.array2d(dtype=wp.vec2), width: float, canvas: wp.array2d(dtype=float)):       <L 43>
    // y, x = wp.tid()                                                                        <L 44>
    builtin_tid2d(var_0, var_1);
    // p = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                            <L 45>
    var_2 = wp::float(var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::float(var_0);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<2, wp::float32>(var_4, var_7);
    // best = float(1.0e10)                                                                   <L 46>
    var_10 = wp::float(var_9);
    // for c in range(points.shape[0]):                                                       <L 47>
    var_11 = &(var_points.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // for k in range(points.shape[1] - 1):                                               <L 48>
        var_17 = &(var_points.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::range(var_22);
        start_for_2:;
            if (iter_cmp(var_23) == 0) goto end_for_2;
            var_24 = wp::iter_next(var_23);
            // d = distance_to_segment(p, points[c, k], points[c, k + 1])                     <L 49>
            var_25 = wp::address(var_points, var_16, var_24);
            var_27 = wp::add(var_24, var_26);
            var_28 = wp::address(var_points, var_16, var_27);
            var_30 = wp::load(var_25);
            var_31 = wp::load(var_28);
            var_29 = distance_to_segment_0(var_8, var_30, var_31);
            // if d < best:                                                                   <L 50>
            var_32 = (var_29 < var_10);
            if (var_32) {
                // best = d                                                                   <L 51>
                var_33 = wp::copy(var_29);
            }
            var_34 = wp::where(var_32, var_33, var_10);
            wp::assign(var_10, var_34);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // coverage = wp.clamp(width * 0.5 - best + 0.5, 0.0, 1.0)                                <L 52>
    var_36 = wp::mul(var_width, var_35);
    var_37 = wp::sub(var_36, var_10);
    var_39 = wp::add(var_37, var_38);
    var_42 = wp::clamp(var_39, var_40, var_41);
    // canvas[y, x] = wp.max(canvas[y, x], coverage)                                          <L 53>
    var_43 = wp::address(var_canvas, var_0, var_1);
    var_45 = wp::load(var_43);
    var_44 = wp::max(var_45, var_42);
    wp::array_store(var_canvas, var_0, var_1, var_44);
}



void rasterize_strokes_8e997b52_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_rasterize_strokes_8e997b52 *_wp_args,
    wp_args_rasterize_strokes_8e997b52 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_width = _wp_args->width;
    wp::array_t<wp::float32> var_canvas = _wp_args->canvas;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_width = _wp_adj_args->width;
    wp::array_t<wp::float32> adj_canvas = _wp_adj_args->canvas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 10000000000.0;
    wp::float32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32> var_31;
    bool var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.0;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::range_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    bool adj_32 = {};
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
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def rasterize_strokes(points: wp.array2d(dtype=wp.vec2), width: float, canvas: wp.array2d(dtype=float)):       <L 43>
    // y, x = wp.tid()                                                                        <L 44>
    builtin_tid2d(var_0, var_1);
    // p = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                            <L 45>
    var_2 = wp::float(var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::float(var_0);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<2, wp::float32>(var_4, var_7);
    // best = float(1.0e10)                                                                   <L 46>
    var_10 = wp::float(var_9);
    // for c in range(points.shape[0]):                                                       <L 47>
    var_11 = &(var_points.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::range(var_13);
    // coverage = wp.clamp(width * 0.5 - best + 0.5, 0.0, 1.0)                                <L 52>
    var_36 = wp::mul(var_width, var_35);
    var_37 = wp::sub(var_36, var_10);
    var_39 = wp::add(var_37, var_38);
    var_42 = wp::clamp(var_39, var_40, var_41);
    // canvas[y, x] = wp.max(canvas[y, x], coverage)                                          <L 53>
    var_43 = wp::address(var_canvas, var_0, var_1);
    var_45 = wp::load(var_43);
    var_44 = wp::max(var_45, var_42);
    // wp::array_store(var_canvas, var_0, var_1, var_44);
    //---------
    // reverse
    wp::adj_array_store(var_canvas, var_0, var_1, var_44, adj_canvas, adj_0, adj_1, adj_44);
    wp::adj_max(var_45, var_42, adj_43, adj_42, adj_44);
    wp::adj_address(var_canvas, var_0, var_1, adj_canvas, adj_0, adj_1, adj_43);
    // adj: canvas[y, x] = wp.max(canvas[y, x], coverage)                                     <L 53>
    wp::adj_clamp(var_39, var_40, var_41, adj_39, adj_40, adj_41, adj_42);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_sub(var_36, var_10, adj_36, adj_10, adj_37);
    wp::adj_mul(var_width, var_35, adj_width, adj_35, adj_36);
    // adj: coverage = wp.clamp(width * 0.5 - best + 0.5, 0.0, 1.0)                           <L 52>
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
        // for k in range(points.shape[1] - 1):                                               <L 48>
        var_17 = &(var_points.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::range(var_22);
        var_23 = wp::iter_reverse(var_23);
        start_for_2:;
            if (iter_cmp(var_23) == 0) goto end_for_2;
            var_24 = wp::iter_next(var_23);
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
            // d = distance_to_segment(p, points[c, k], points[c, k + 1])                     <L 49>
            var_25 = wp::address(var_points, var_16, var_24);
            var_27 = wp::add(var_24, var_26);
            var_28 = wp::address(var_points, var_16, var_27);
            var_30 = wp::load(var_25);
            var_31 = wp::load(var_28);
            var_29 = distance_to_segment_0(var_8, var_30, var_31);
            // if d < best:                                                                   <L 50>
            var_32 = (var_29 < var_10);
            if (var_32) {
                // best = d                                                                   <L 51>
                var_33 = wp::copy(var_29);
            }
            var_34 = wp::where(var_32, var_33, var_10);
            wp::assign(var_10, var_34);
            wp::adj_assign(var_10, var_34, adj_10, adj_34);
            wp::adj_where(var_32, var_33, var_10, adj_32, adj_33, adj_10, adj_34);
            if (var_32) {
                wp::adj_copy(var_29, adj_29, adj_33);
                // adj: best = d                                                              <L 51>
            }
            // adj: if d < best:                                                              <L 50>
            adj_distance_to_segment_0(var_8, var_30, var_31, adj_8, adj_25, adj_28, adj_29);
            wp::adj_address(var_points, var_16, var_27, adj_points, adj_16, adj_27, adj_28);
            wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_address(var_points, var_16, var_24, adj_points, adj_16, adj_24, adj_25);
            // adj: d = distance_to_segment(p, points[c, k], points[c, k + 1])                <L 49>
        	goto start_for_2;
        end_for_2:;
        wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
        adj_points.shape = adj_17;
        // adj: for k in range(points.shape[1] - 1):                                          <L 48>
    	goto start_for_0;
    end_for_0:;
    adj_points.shape = adj_11;
    // adj: for c in range(points.shape[0]):                                                  <L 47>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: best = float(1.0e10)                                                              <L 46>
    wp::adj_vec_t(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_0, adj_0, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: p = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                       <L 45>
    // adj: y, x = wp.tid()                                                                   <L 44>
    // adj: def rasterize_strokes(points: wp.array2d(dtype=wp.vec2), width: float, canvas: wp.array2d(dtype=float)):  <L 43>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rasterize_strokes_8e997b52_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_rasterize_strokes_8e997b52 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rasterize_strokes_8e997b52_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rasterize_strokes_8e997b52_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_rasterize_strokes_8e997b52 *_wp_args,
    wp_args_rasterize_strokes_8e997b52 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rasterize_strokes_8e997b52_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_curve_lengths_bc44de8a {
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::array_t<wp::float32> lengths;
    wp::array_t<wp::vec_t<4, wp::float32>> bbox;
};


void curve_lengths_bc44de8a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_curve_lengths_bc44de8a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::vec_t<4, wp::float32>> var_bbox = _wp_args->bbox;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    const wp::int32 var_15 = 1;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<4, wp::float32> var_39;
    //---------
    // forward
    // def curve_lengths(points: wp.array2d(dtype=wp.vec2), lengths: wp.array(dtype=float), bbox: wp.array(dtype=wp.vec4)):       <L 57>
    // c = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // total = float(0.0)                                                                     <L 59>
    var_2 = wp::float(var_1);
    // lo = points[c, 0]                                                                      <L 60>
    var_4 = wp::address(var_points, var_0, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // hi = points[c, 0]                                                                      <L 61>
    var_8 = wp::address(var_points, var_0, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // for k in range(1, points.shape[1]):                                                    <L 62>
    var_11 = &(var_points.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_16 = wp::range(var_15, var_13);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // a = points[c, k - 1]                                                               <L 63>
        var_19 = wp::sub(var_17, var_18);
        var_20 = wp::address(var_points, var_0, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // b = points[c, k]                                                                   <L 64>
        var_23 = wp::address(var_points, var_0, var_17);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // total += wp.length(b - a)                                                          <L 65>
        var_26 = wp::sub(var_24, var_21);
        var_27 = wp::length(var_26);
        var_28 = wp::add(var_2, var_27);
        // lo = wp.min(lo, b)                                                                 <L 66>
        var_29 = wp::min(var_5, var_24);
        // hi = wp.max(hi, b)                                                                 <L 67>
        var_30 = wp::max(var_9, var_24);
        wp::assign(var_2, var_28);
        wp::assign(var_5, var_29);
        wp::assign(var_9, var_30);
        goto start_for_0;
    end_for_0:;
    // lengths[c] = total                                                                     <L 68>
    wp::array_store(var_lengths, var_0, var_2);
    // bbox[c] = wp.vec4(lo[0], lo[1], hi[0], hi[1])                                          <L 69>
    var_32 = wp::extract(var_5, var_31);
    var_34 = wp::extract(var_5, var_33);
    var_36 = wp::extract(var_9, var_35);
    var_38 = wp::extract(var_9, var_37);
    var_39 = wp::vec_t<4, wp::float32>(var_32, var_34, var_36, var_38);
    wp::array_store(var_bbox, var_0, var_39);
}



void curve_lengths_bc44de8a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_curve_lengths_bc44de8a *_wp_args,
    wp_args_curve_lengths_bc44de8a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::vec_t<4, wp::float32>> var_bbox = _wp_args->bbox;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_lengths = _wp_adj_args->lengths;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_bbox = _wp_adj_args->bbox;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    const wp::int32 var_15 = 1;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<4, wp::float32> var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<2, wp::float32> adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<4, wp::float32> adj_39 = {};
    //---------
    // forward
    // def curve_lengths(points: wp.array2d(dtype=wp.vec2), lengths: wp.array(dtype=float), bbox: wp.array(dtype=wp.vec4)):       <L 57>
    // c = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // total = float(0.0)                                                                     <L 59>
    var_2 = wp::float(var_1);
    // lo = points[c, 0]                                                                      <L 60>
    var_4 = wp::address(var_points, var_0, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // hi = points[c, 0]                                                                      <L 61>
    var_8 = wp::address(var_points, var_0, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // for k in range(1, points.shape[1]):                                                    <L 62>
    var_11 = &(var_points.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_16 = wp::range(var_15, var_13);
    // lengths[c] = total                                                                     <L 68>
    // wp::array_store(var_lengths, var_0, var_2);
    // bbox[c] = wp.vec4(lo[0], lo[1], hi[0], hi[1])                                          <L 69>
    var_32 = wp::extract(var_5, var_31);
    var_34 = wp::extract(var_5, var_33);
    var_36 = wp::extract(var_9, var_35);
    var_38 = wp::extract(var_9, var_37);
    var_39 = wp::vec_t<4, wp::float32>(var_32, var_34, var_36, var_38);
    // wp::array_store(var_bbox, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_bbox, var_0, var_39, adj_bbox, adj_0, adj_39);
    wp::adj_vec_t(var_32, var_34, var_36, var_38, adj_32, adj_34, adj_36, adj_38, adj_39);
    wp::adj_extract(var_9, var_37, adj_9, adj_37, adj_38);
    wp::adj_extract(var_9, var_35, adj_9, adj_35, adj_36);
    wp::adj_extract(var_5, var_33, adj_5, adj_33, adj_34);
    wp::adj_extract(var_5, var_31, adj_5, adj_31, adj_32);
    // adj: bbox[c] = wp.vec4(lo[0], lo[1], hi[0], hi[1])                                     <L 69>
    wp::adj_array_store(var_lengths, var_0, var_2, adj_lengths, adj_0, adj_2);
    // adj: lengths[c] = total                                                                <L 68>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
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
        // a = points[c, k - 1]                                                               <L 63>
        var_19 = wp::sub(var_17, var_18);
        var_20 = wp::address(var_points, var_0, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // b = points[c, k]                                                                   <L 64>
        var_23 = wp::address(var_points, var_0, var_17);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // total += wp.length(b - a)                                                          <L 65>
        var_26 = wp::sub(var_24, var_21);
        var_27 = wp::length(var_26);
        var_28 = wp::add(var_2, var_27);
        // lo = wp.min(lo, b)                                                                 <L 66>
        var_29 = wp::min(var_5, var_24);
        // hi = wp.max(hi, b)                                                                 <L 67>
        var_30 = wp::max(var_9, var_24);
        wp::assign(var_2, var_28);
        wp::assign(var_5, var_29);
        wp::assign(var_9, var_30);
        wp::adj_assign(var_9, var_30, adj_9, adj_30);
        wp::adj_assign(var_5, var_29, adj_5, adj_29);
        wp::adj_assign(var_2, var_28, adj_2, adj_28);
        wp::adj_max(var_9, var_24, adj_9, adj_24, adj_30);
        // adj: hi = wp.max(hi, b)                                                            <L 67>
        wp::adj_min(var_5, var_24, adj_5, adj_24, adj_29);
        // adj: lo = wp.min(lo, b)                                                            <L 66>
        wp::adj_add(var_2, var_27, adj_2, adj_27, adj_28);
        wp::adj_length(var_26, var_27, adj_26, adj_27);
        wp::adj_sub(var_24, var_21, adj_24, adj_21, adj_26);
        // adj: total += wp.length(b - a)                                                     <L 65>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_points, var_0, var_17, adj_points, adj_0, adj_17, adj_23);
        // adj: b = points[c, k]                                                              <L 64>
        wp::adj_copy(var_22, adj_20, adj_21);
        wp::adj_address(var_points, var_0, var_19, adj_points, adj_0, adj_19, adj_20);
        wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
        // adj: a = points[c, k - 1]                                                          <L 63>
    	goto start_for_0;
    end_for_0:;
    adj_points.shape = adj_11;
    // adj: for k in range(1, points.shape[1]):                                               <L 62>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_points, var_0, var_7, adj_points, adj_0, adj_7, adj_8);
    // adj: hi = points[c, 0]                                                                 <L 61>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, var_3, adj_points, adj_0, adj_3, adj_4);
    // adj: lo = points[c, 0]                                                                 <L 60>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: total = float(0.0)                                                                <L 59>
    // adj: c = wp.tid()                                                                      <L 58>
    // adj: def curve_lengths(points: wp.array2d(dtype=wp.vec2), lengths: wp.array(dtype=float), bbox: wp.array(dtype=wp.vec4)):  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void curve_lengths_bc44de8a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_curve_lengths_bc44de8a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curve_lengths_bc44de8a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void curve_lengths_bc44de8a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_curve_lengths_bc44de8a *_wp_args,
    wp_args_curve_lengths_bc44de8a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curve_lengths_bc44de8a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

