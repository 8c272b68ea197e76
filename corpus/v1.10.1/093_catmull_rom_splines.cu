
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


// corpus/093_catmull_rom_splines.py:32
static CUDA_CALLABLE void segment_and_param_0(
    wp::float32 var_u,
    wp::int32 var_num_segments,
    wp::int32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def segment_and_param(u: float, num_segments: int):                                    <L 33>
    // s = u * float(num_segments)                                                            <L 34>
    var_0 = wp::float(var_num_segments);
    var_1 = wp::mul(var_u, var_0);
    // seg = wp.clamp(int(wp.floor(s)), 0, num_segments - 1)                                  <L 35>
    var_2 = wp::floor(var_1);
    var_3 = wp::int(var_2);
    var_6 = wp::sub(var_num_segments, var_5);
    var_7 = wp::clamp(var_3, var_4, var_6);
    // return seg, s - float(seg)                                                             <L 36>
    var_8 = wp::float(var_7);
    var_9 = wp::sub(var_1, var_8);
    ret_0 = var_7;
    ret_1 = var_9;
    return;
}


// corpus/093_catmull_rom_splines.py:24
static CUDA_CALLABLE wp::vec_t<3, wp::float32> control_point_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::int32 var_i,
    bool var_closed)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def control_point(ctrl: wp.array(dtype=wp.vec3), i: int, closed: bool) -> wp.vec3:       <L 25>
    // n = ctrl.shape[0]                                                                      <L 26>
    var_0 = &(var_ctrl.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // if closed:                                                                             <L 27>
    if (var_closed) {
        // return ctrl[(i % n + n) % n]                                                       <L 28>
        var_4 = wp::mod(var_i, var_2);
        var_5 = wp::add(var_4, var_2);
        var_6 = wp::mod(var_5, var_2);
        var_7 = wp::address(var_ctrl, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        return var_8;
    }
    // return ctrl[wp.clamp(i, 0, n - 1)]                                                     <L 29>
    var_12 = wp::sub(var_2, var_11);
    var_13 = wp::clamp(var_i, var_10, var_12);
    var_14 = wp::address(var_ctrl, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    return var_15;
}


// corpus/093_catmull_rom_splines.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> catmull_rom_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 5.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 4.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 3.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.5;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def catmull_rom(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:       <L 5>
    // t2 = t * t                                                                             <L 6>
    var_0 = wp::mul(var_t, var_t);
    // t3 = t2 * t                                                                            <L 7>
    var_1 = wp::mul(var_0, var_t);
    // a = p1 * 2.0                                                                           <L 8>
    var_3 = wp::mul(var_p1, var_2);
    // b = p2 - p0                                                                            <L 9>
    var_4 = wp::sub(var_p2, var_p0);
    // c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                                <L 10>
    var_6 = wp::mul(var_p0, var_5);
    var_8 = wp::mul(var_p1, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_11 = wp::mul(var_p2, var_10);
    var_12 = wp::add(var_9, var_11);
    var_13 = wp::sub(var_12, var_p3);
    // d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                     <L 11>
    var_14 = wp::neg(var_p0);
    var_16 = wp::mul(var_p1, var_15);
    var_17 = wp::add(var_14, var_16);
    var_19 = wp::mul(var_p2, var_18);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::add(var_20, var_p3);
    // return (a + b * t + c * t2 + d * t3) * 0.5                                             <L 12>
    var_22 = wp::mul(var_4, var_t);
    var_23 = wp::add(var_3, var_22);
    var_24 = wp::mul(var_13, var_0);
    var_25 = wp::add(var_23, var_24);
    var_26 = wp::mul(var_21, var_1);
    var_27 = wp::add(var_25, var_26);
    var_29 = wp::mul(var_27, var_28);
    return var_29;
}


// corpus/093_catmull_rom_splines.py:15
static CUDA_CALLABLE wp::vec_t<3, wp::float32> catmull_rom_tangent_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 5.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 4.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 3.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 3.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 0.5;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def catmull_rom_tangent(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:       <L 16>
    // t2 = t * t                                                                             <L 17>
    var_0 = wp::mul(var_t, var_t);
    // b = p2 - p0                                                                            <L 18>
    var_1 = wp::sub(var_p2, var_p0);
    // c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                                <L 19>
    var_3 = wp::mul(var_p0, var_2);
    var_5 = wp::mul(var_p1, var_4);
    var_6 = wp::sub(var_3, var_5);
    var_8 = wp::mul(var_p2, var_7);
    var_9 = wp::add(var_6, var_8);
    var_10 = wp::sub(var_9, var_p3);
    // d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                     <L 20>
    var_11 = wp::neg(var_p0);
    var_13 = wp::mul(var_p1, var_12);
    var_14 = wp::add(var_11, var_13);
    var_16 = wp::mul(var_p2, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::add(var_17, var_p3);
    // return (b + c * (2.0 * t) + d * (3.0 * t2)) * 0.5                                      <L 21>
    var_20 = wp::mul(var_19, var_t);
    var_21 = wp::mul(var_10, var_20);
    var_22 = wp::add(var_1, var_21);
    var_24 = wp::mul(var_23, var_0);
    var_25 = wp::mul(var_18, var_24);
    var_26 = wp::add(var_22, var_25);
    var_28 = wp::mul(var_26, var_27);
    return var_28;
}


// corpus/093_catmull_rom_splines.py:32
static CUDA_CALLABLE void adj_segment_and_param_0(
    wp::float32 var_u,
    wp::int32 var_num_segments,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_u,
    wp::int32 & adj_num_segments,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def segment_and_param(u: float, num_segments: int):                                    <L 33>
    // s = u * float(num_segments)                                                            <L 34>
    var_0 = wp::float(var_num_segments);
    var_1 = wp::mul(var_u, var_0);
    // seg = wp.clamp(int(wp.floor(s)), 0, num_segments - 1)                                  <L 35>
    var_2 = wp::floor(var_1);
    var_3 = wp::int(var_2);
    var_6 = wp::sub(var_num_segments, var_5);
    var_7 = wp::clamp(var_3, var_4, var_6);
    // return seg, s - float(seg)                                                             <L 36>
    var_8 = wp::float(var_7);
    var_9 = wp::sub(var_1, var_8);
    ret_0 = var_7;
    ret_1 = var_9;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret_1;
    adj_7 += adj_ret_0;
    wp::adj_sub(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: return seg, s - float(seg)                                                        <L 36>
    wp::adj_clamp(var_3, var_4, var_6, adj_3, adj_4, adj_6, adj_7);
    wp::adj_sub(var_num_segments, var_5, adj_num_segments, adj_5, adj_6);
    wp::adj_int(var_2, adj_2, adj_3);
    // adj: seg = wp.clamp(int(wp.floor(s)), 0, num_segments - 1)                             <L 35>
    wp::adj_mul(var_u, var_0, adj_u, adj_0, adj_1);
    wp::adj_float(var_num_segments, adj_num_segments, adj_0);
    // adj: s = u * float(num_segments)                                                       <L 34>
    // adj: def segment_and_param(u: float, num_segments: int):                               <L 33>
    return;
}


// corpus/093_catmull_rom_splines.py:24
static CUDA_CALLABLE void adj_control_point_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::int32 var_i,
    bool var_closed,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_ctrl,
    wp::int32 & adj_i,
    bool & adj_closed,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def control_point(ctrl: wp.array(dtype=wp.vec3), i: int, closed: bool) -> wp.vec3:       <L 25>
    // n = ctrl.shape[0]                                                                      <L 26>
    var_0 = &(var_ctrl.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // if closed:                                                                             <L 27>
    if (var_closed) {
        // return ctrl[(i % n + n) % n]                                                       <L 28>
        var_4 = wp::mod(var_i, var_2);
        var_5 = wp::add(var_4, var_2);
        var_6 = wp::mod(var_5, var_2);
        var_7 = wp::address(var_ctrl, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        goto label0;
    }
    // return ctrl[wp.clamp(i, 0, n - 1)]                                                     <L 29>
    var_12 = wp::sub(var_2, var_11);
    var_13 = wp::clamp(var_i, var_10, var_12);
    var_14 = wp::address(var_ctrl, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_15 += adj_ret;
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_ctrl, var_13, adj_ctrl, adj_13, adj_14);
    wp::adj_clamp(var_i, var_10, var_12, adj_i, adj_10, adj_12, adj_13);
    wp::adj_sub(var_2, var_11, adj_2, adj_11, adj_12);
    // adj: return ctrl[wp.clamp(i, 0, n - 1)]                                                <L 29>
    if (var_closed) {
        label0:;
        adj_8 += adj_ret;
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_ctrl, var_6, adj_ctrl, adj_6, adj_7);
        wp::adj_mod(var_5, var_2, adj_5, adj_2, adj_6);
        wp::adj_add(var_4, var_2, adj_4, adj_2, adj_5);
        wp::adj_mod(var_i, var_2, adj_i, adj_2, adj_4);
        // adj: return ctrl[(i % n + n) % n]                                                  <L 28>
    }
    // adj: if closed:                                                                        <L 27>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_ctrl.shape = adj_0;
    // adj: n = ctrl.shape[0]                                                                 <L 26>
    // adj: def control_point(ctrl: wp.array(dtype=wp.vec3), i: int, closed: bool) -> wp.vec3:  <L 25>
    return;
}


// corpus/093_catmull_rom_splines.py:4
static CUDA_CALLABLE void adj_catmull_rom_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_p3,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 5.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 4.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 3.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.5;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def catmull_rom(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:       <L 5>
    // t2 = t * t                                                                             <L 6>
    var_0 = wp::mul(var_t, var_t);
    // t3 = t2 * t                                                                            <L 7>
    var_1 = wp::mul(var_0, var_t);
    // a = p1 * 2.0                                                                           <L 8>
    var_3 = wp::mul(var_p1, var_2);
    // b = p2 - p0                                                                            <L 9>
    var_4 = wp::sub(var_p2, var_p0);
    // c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                                <L 10>
    var_6 = wp::mul(var_p0, var_5);
    var_8 = wp::mul(var_p1, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_11 = wp::mul(var_p2, var_10);
    var_12 = wp::add(var_9, var_11);
    var_13 = wp::sub(var_12, var_p3);
    // d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                     <L 11>
    var_14 = wp::neg(var_p0);
    var_16 = wp::mul(var_p1, var_15);
    var_17 = wp::add(var_14, var_16);
    var_19 = wp::mul(var_p2, var_18);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::add(var_20, var_p3);
    // return (a + b * t + c * t2 + d * t3) * 0.5                                             <L 12>
    var_22 = wp::mul(var_4, var_t);
    var_23 = wp::add(var_3, var_22);
    var_24 = wp::mul(var_13, var_0);
    var_25 = wp::add(var_23, var_24);
    var_26 = wp::mul(var_21, var_1);
    var_27 = wp::add(var_25, var_26);
    var_29 = wp::mul(var_27, var_28);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_29 += adj_ret;
    wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_mul(var_21, var_1, adj_21, adj_1, adj_26);
    wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_mul(var_13, var_0, adj_13, adj_0, adj_24);
    wp::adj_add(var_3, var_22, adj_3, adj_22, adj_23);
    wp::adj_mul(var_4, var_t, adj_4, adj_t, adj_22);
    // adj: return (a + b * t + c * t2 + d * t3) * 0.5                                        <L 12>
    wp::adj_add(var_20, var_p3, adj_20, adj_p3, adj_21);
    wp::adj_sub(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_mul(var_p2, var_18, adj_p2, adj_18, adj_19);
    wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_mul(var_p1, var_15, adj_p1, adj_15, adj_16);
    wp::adj_neg(var_p0, adj_p0, adj_14);
    // adj: d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                <L 11>
    wp::adj_sub(var_12, var_p3, adj_12, adj_p3, adj_13);
    wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_mul(var_p2, var_10, adj_p2, adj_10, adj_11);
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_p1, var_7, adj_p1, adj_7, adj_8);
    wp::adj_mul(var_p0, var_5, adj_p0, adj_5, adj_6);
    // adj: c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                           <L 10>
    wp::adj_sub(var_p2, var_p0, adj_p2, adj_p0, adj_4);
    // adj: b = p2 - p0                                                                       <L 9>
    wp::adj_mul(var_p1, var_2, adj_p1, adj_2, adj_3);
    // adj: a = p1 * 2.0                                                                      <L 8>
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    // adj: t3 = t2 * t                                                                       <L 7>
    wp::adj_mul(var_t, var_t, adj_t, adj_t, adj_0);
    // adj: t2 = t * t                                                                        <L 6>
    // adj: def catmull_rom(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:  <L 5>
    return;
}


// corpus/093_catmull_rom_splines.py:15
static CUDA_CALLABLE void adj_catmull_rom_tangent_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_p3,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 5.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 4.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 3.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 3.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 0.5;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def catmull_rom_tangent(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:       <L 16>
    // t2 = t * t                                                                             <L 17>
    var_0 = wp::mul(var_t, var_t);
    // b = p2 - p0                                                                            <L 18>
    var_1 = wp::sub(var_p2, var_p0);
    // c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                                <L 19>
    var_3 = wp::mul(var_p0, var_2);
    var_5 = wp::mul(var_p1, var_4);
    var_6 = wp::sub(var_3, var_5);
    var_8 = wp::mul(var_p2, var_7);
    var_9 = wp::add(var_6, var_8);
    var_10 = wp::sub(var_9, var_p3);
    // d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                     <L 20>
    var_11 = wp::neg(var_p0);
    var_13 = wp::mul(var_p1, var_12);
    var_14 = wp::add(var_11, var_13);
    var_16 = wp::mul(var_p2, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::add(var_17, var_p3);
    // return (b + c * (2.0 * t) + d * (3.0 * t2)) * 0.5                                      <L 21>
    var_20 = wp::mul(var_19, var_t);
    var_21 = wp::mul(var_10, var_20);
    var_22 = wp::add(var_1, var_21);
    var_24 = wp::mul(var_23, var_0);
    var_25 = wp::mul(var_18, var_24);
    var_26 = wp::add(var_22, var_25);
    var_28 = wp::mul(var_26, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_add(var_22, var_25, adj_22, adj_25, adj_26);
    wp::adj_mul(var_18, var_24, adj_18, adj_24, adj_25);
    wp::adj_mul(var_23, var_0, adj_23, adj_0, adj_24);
    wp::adj_add(var_1, var_21, adj_1, adj_21, adj_22);
    wp::adj_mul(var_10, var_20, adj_10, adj_20, adj_21);
    wp::adj_mul(var_19, var_t, adj_19, adj_t, adj_20);
    // adj: return (b + c * (2.0 * t) + d * (3.0 * t2)) * 0.5                                 <L 21>
    wp::adj_add(var_17, var_p3, adj_17, adj_p3, adj_18);
    wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_mul(var_p2, var_15, adj_p2, adj_15, adj_16);
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_mul(var_p1, var_12, adj_p1, adj_12, adj_13);
    wp::adj_neg(var_p0, adj_p0, adj_11);
    // adj: d = -p0 + p1 * 3.0 - p2 * 3.0 + p3                                                <L 20>
    wp::adj_sub(var_9, var_p3, adj_9, adj_p3, adj_10);
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_p2, var_7, adj_p2, adj_7, adj_8);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_mul(var_p1, var_4, adj_p1, adj_4, adj_5);
    wp::adj_mul(var_p0, var_2, adj_p0, adj_2, adj_3);
    // adj: c = p0 * 2.0 - p1 * 5.0 + p2 * 4.0 - p3                                           <L 19>
    wp::adj_sub(var_p2, var_p0, adj_p2, adj_p0, adj_1);
    // adj: b = p2 - p0                                                                       <L 18>
    wp::adj_mul(var_t, var_t, adj_t, adj_t, adj_0);
    // adj: t2 = t * t                                                                        <L 17>
    // adj: def catmull_rom_tangent(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3, t: float) -> wp.vec3:  <L 16>
    return;
}



extern "C" __global__ void sample_spline_ac782422_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    bool var_closed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::shape_t var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // forward
        // def sample_spline(ctrl: wp.array(dtype=wp.vec3), closed: bool, samples: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):       <L 40>
        // i = wp.tid()                                                                           <L 41>
        var_0 = builtin_tid1d();
        // n_samples = samples.shape[0]                                                           <L 42>
        var_1 = &(var_samples.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // n = ctrl.shape[0]                                                                      <L 43>
        var_5 = &(var_ctrl.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        // num_segments = n - 1                                                                   <L 44>
        var_10 = wp::sub(var_7, var_9);
        // if closed:                                                                             <L 45>
        if (var_closed) {
            // num_segments = n                                                                   <L 46>
            var_11 = wp::copy(var_7);
        }
        var_12 = wp::where(var_closed, var_11, var_10);
        // u = float(i) / float(n_samples - 1)                                                    <L 47>
        var_13 = wp::float(var_0);
        var_15 = wp::sub(var_3, var_14);
        var_16 = wp::float(var_15);
        var_17 = wp::div(var_13, var_16);
        // if closed:                                                                             <L 48>
        if (var_closed) {
            // u = float(i) / float(n_samples)                                                    <L 49>
            var_18 = wp::float(var_0);
            var_19 = wp::float(var_3);
            var_20 = wp::div(var_18, var_19);
        }
        var_21 = wp::where(var_closed, var_20, var_17);
        // seg, t = segment_and_param(u, num_segments)                                            <L 50>
        segment_and_param_0(var_21, var_12, var_22, var_23);
        // p0 = control_point(ctrl, seg - 1, closed)                                              <L 51>
        var_25 = wp::sub(var_22, var_24);
        var_26 = control_point_0(var_ctrl, var_25, var_closed);
        // p1 = control_point(ctrl, seg, closed)                                                  <L 52>
        var_27 = control_point_0(var_ctrl, var_22, var_closed);
        // p2 = control_point(ctrl, seg + 1, closed)                                              <L 53>
        var_29 = wp::add(var_22, var_28);
        var_30 = control_point_0(var_ctrl, var_29, var_closed);
        // p3 = control_point(ctrl, seg + 2, closed)                                              <L 54>
        var_32 = wp::add(var_22, var_31);
        var_33 = control_point_0(var_ctrl, var_32, var_closed);
        // samples[i] = catmull_rom(p0, p1, p2, p3, t)                                            <L 55>
        var_34 = catmull_rom_0(var_26, var_27, var_30, var_33, var_23);
        wp::array_store(var_samples, var_0, var_34);
        // tangents[i] = wp.normalize(catmull_rom_tangent(p0, p1, p2, p3, t))                     <L 56>
        var_35 = catmull_rom_tangent_0(var_26, var_27, var_30, var_33, var_23);
        var_36 = wp::normalize(var_35);
        wp::array_store(var_tangents, var_0, var_36);
    }
}



extern "C" __global__ void sample_spline_ac782422_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    bool var_closed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ctrl,
    bool adj_closed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tangents)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::shape_t var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        //---------
        // forward
        // def sample_spline(ctrl: wp.array(dtype=wp.vec3), closed: bool, samples: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):       <L 40>
        // i = wp.tid()                                                                           <L 41>
        var_0 = builtin_tid1d();
        // n_samples = samples.shape[0]                                                           <L 42>
        var_1 = &(var_samples.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // n = ctrl.shape[0]                                                                      <L 43>
        var_5 = &(var_ctrl.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        // num_segments = n - 1                                                                   <L 44>
        var_10 = wp::sub(var_7, var_9);
        // if closed:                                                                             <L 45>
        if (var_closed) {
            // num_segments = n                                                                   <L 46>
            var_11 = wp::copy(var_7);
        }
        var_12 = wp::where(var_closed, var_11, var_10);
        // u = float(i) / float(n_samples - 1)                                                    <L 47>
        var_13 = wp::float(var_0);
        var_15 = wp::sub(var_3, var_14);
        var_16 = wp::float(var_15);
        var_17 = wp::div(var_13, var_16);
        // if closed:                                                                             <L 48>
        if (var_closed) {
            // u = float(i) / float(n_samples)                                                    <L 49>
            var_18 = wp::float(var_0);
            var_19 = wp::float(var_3);
            var_20 = wp::div(var_18, var_19);
        }
        var_21 = wp::where(var_closed, var_20, var_17);
        // seg, t = segment_and_param(u, num_segments)                                            <L 50>
        segment_and_param_0(var_21, var_12, var_22, var_23);
        // p0 = control_point(ctrl, seg - 1, closed)                                              <L 51>
        var_25 = wp::sub(var_22, var_24);
        var_26 = control_point_0(var_ctrl, var_25, var_closed);
        // p1 = control_point(ctrl, seg, closed)                                                  <L 52>
        var_27 = control_point_0(var_ctrl, var_22, var_closed);
        // p2 = control_point(ctrl, seg + 1, closed)                                              <L 53>
        var_29 = wp::add(var_22, var_28);
        var_30 = control_point_0(var_ctrl, var_29, var_closed);
        // p3 = control_point(ctrl, seg + 2, closed)                                              <L 54>
        var_32 = wp::add(var_22, var_31);
        var_33 = control_point_0(var_ctrl, var_32, var_closed);
        // samples[i] = catmull_rom(p0, p1, p2, p3, t)                                            <L 55>
        var_34 = catmull_rom_0(var_26, var_27, var_30, var_33, var_23);
        // wp::array_store(var_samples, var_0, var_34);
        // tangents[i] = wp.normalize(catmull_rom_tangent(p0, p1, p2, p3, t))                     <L 56>
        var_35 = catmull_rom_tangent_0(var_26, var_27, var_30, var_33, var_23);
        var_36 = wp::normalize(var_35);
        // wp::array_store(var_tangents, var_0, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_tangents, var_0, var_36, adj_tangents, adj_0, adj_36);
        wp::adj_normalize(var_35, var_36, adj_35, adj_36);
        adj_catmull_rom_tangent_0(var_26, var_27, var_30, var_33, var_23, adj_26, adj_27, adj_30, adj_33, adj_23, adj_35);
        // adj: tangents[i] = wp.normalize(catmull_rom_tangent(p0, p1, p2, p3, t))                <L 56>
        wp::adj_array_store(var_samples, var_0, var_34, adj_samples, adj_0, adj_34);
        adj_catmull_rom_0(var_26, var_27, var_30, var_33, var_23, adj_26, adj_27, adj_30, adj_33, adj_23, adj_34);
        // adj: samples[i] = catmull_rom(p0, p1, p2, p3, t)                                       <L 55>
        adj_control_point_0(var_ctrl, var_32, var_closed, adj_ctrl, adj_32, adj_closed, adj_33);
        wp::adj_add(var_22, var_31, adj_22, adj_31, adj_32);
        // adj: p3 = control_point(ctrl, seg + 2, closed)                                         <L 54>
        adj_control_point_0(var_ctrl, var_29, var_closed, adj_ctrl, adj_29, adj_closed, adj_30);
        wp::adj_add(var_22, var_28, adj_22, adj_28, adj_29);
        // adj: p2 = control_point(ctrl, seg + 1, closed)                                         <L 53>
        adj_control_point_0(var_ctrl, var_22, var_closed, adj_ctrl, adj_22, adj_closed, adj_27);
        // adj: p1 = control_point(ctrl, seg, closed)                                             <L 52>
        adj_control_point_0(var_ctrl, var_25, var_closed, adj_ctrl, adj_25, adj_closed, adj_26);
        wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
        // adj: p0 = control_point(ctrl, seg - 1, closed)                                         <L 51>
        adj_segment_and_param_0(var_21, var_12, var_22, var_23, adj_21, adj_12, adj_22, adj_23);
        // adj: seg, t = segment_and_param(u, num_segments)                                       <L 50>
        wp::adj_where(var_closed, var_20, var_17, adj_closed, adj_20, adj_17, adj_21);
        if (var_closed) {
            wp::adj_div(var_18, var_19, var_20, adj_18, adj_19, adj_20);
            wp::adj_float(var_3, adj_3, adj_19);
            wp::adj_float(var_0, adj_0, adj_18);
            // adj: u = float(i) / float(n_samples)                                               <L 49>
        }
        // adj: if closed:                                                                        <L 48>
        wp::adj_div(var_13, var_16, var_17, adj_13, adj_16, adj_17);
        wp::adj_float(var_15, adj_15, adj_16);
        wp::adj_sub(var_3, var_14, adj_3, adj_14, adj_15);
        wp::adj_float(var_0, adj_0, adj_13);
        // adj: u = float(i) / float(n_samples - 1)                                               <L 47>
        wp::adj_where(var_closed, var_11, var_10, adj_closed, adj_11, adj_10, adj_12);
        if (var_closed) {
            wp::adj_copy(var_7, adj_7, adj_11);
            // adj: num_segments = n                                                              <L 46>
        }
        // adj: if closed:                                                                        <L 45>
        wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: num_segments = n - 1                                                              <L 44>
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        adj_ctrl.shape = adj_5;
        // adj: n = ctrl.shape[0]                                                                 <L 43>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_samples.shape = adj_1;
        // adj: n_samples = samples.shape[0]                                                      <L 42>
        // adj: i = wp.tid()                                                                      <L 41>
        // adj: def sample_spline(ctrl: wp.array(dtype=wp.vec3), closed: bool, samples: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):  <L 40>
        continue;
    }
}



extern "C" __global__ void arc_length_table_6a8457fd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::int32 var_steps_per_segment,
    wp::array_t<wp::float32> var_seg_lengths)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        const bool var_3 = false;
        wp::vec_t<3, wp::float32> var_4;
        const bool var_5 = false;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        const bool var_9 = false;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        const bool var_13 = false;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // forward
        // def arc_length_table(ctrl: wp.array(dtype=wp.vec3), steps_per_segment: int, seg_lengths: wp.array(dtype=float)):       <L 60>
        // s = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // p0 = control_point(ctrl, s - 1, False)                                                 <L 62>
        var_2 = wp::sub(var_0, var_1);
        var_4 = control_point_0(var_ctrl, var_2, var_3);
        // p1 = control_point(ctrl, s, False)                                                     <L 63>
        var_6 = control_point_0(var_ctrl, var_0, var_5);
        // p2 = control_point(ctrl, s + 1, False)                                                 <L 64>
        var_8 = wp::add(var_0, var_7);
        var_10 = control_point_0(var_ctrl, var_8, var_9);
        // p3 = control_point(ctrl, s + 2, False)                                                 <L 65>
        var_12 = wp::add(var_0, var_11);
        var_14 = control_point_0(var_ctrl, var_12, var_13);
        // prev = p1                                                                              <L 66>
        var_15 = wp::copy(var_6);
        // total = float(0.0)                                                                     <L 67>
        var_17 = wp::float(var_16);
        // for k in range(1, steps_per_segment + 1):                                              <L 68>
        var_19 = wp::add(var_steps_per_segment, var_18);
        var_21 = wp::range(var_20, var_19);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
            // t = float(k) / float(steps_per_segment)                                            <L 69>
            var_23 = wp::float(var_22);
            var_24 = wp::float(var_steps_per_segment);
            var_25 = wp::div(var_23, var_24);
            // q = catmull_rom(p0, p1, p2, p3, t)                                                 <L 70>
            var_26 = catmull_rom_0(var_4, var_6, var_10, var_14, var_25);
            // total += wp.length(q - prev)                                                       <L 71>
            var_27 = wp::sub(var_26, var_15);
            var_28 = wp::length(var_27);
            var_29 = wp::sub(var_26, var_15);
            var_30 = wp::length(var_29);
            var_31 = wp::add(var_17, var_30);
            // prev = q                                                                           <L 72>
            var_32 = wp::copy(var_26);
            wp::assign(var_15, var_32);
            wp::assign(var_17, var_31);
            goto start_for_0;
        end_for_0:;
        // seg_lengths[s] = total                                                                 <L 73>
        wp::array_store(var_seg_lengths, var_0, var_17);
    }
}



extern "C" __global__ void arc_length_table_6a8457fd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::int32 var_steps_per_segment,
    wp::array_t<wp::float32> var_seg_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ctrl,
    wp::int32 adj_steps_per_segment,
    wp::array_t<wp::float32> adj_seg_lengths)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        const bool var_3 = false;
        wp::vec_t<3, wp::float32> var_4;
        const bool var_5 = false;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        const bool var_9 = false;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        const bool var_13 = false;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        //---------
        // forward
        // def arc_length_table(ctrl: wp.array(dtype=wp.vec3), steps_per_segment: int, seg_lengths: wp.array(dtype=float)):       <L 60>
        // s = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // p0 = control_point(ctrl, s - 1, False)                                                 <L 62>
        var_2 = wp::sub(var_0, var_1);
        var_4 = control_point_0(var_ctrl, var_2, var_3);
        // p1 = control_point(ctrl, s, False)                                                     <L 63>
        var_6 = control_point_0(var_ctrl, var_0, var_5);
        // p2 = control_point(ctrl, s + 1, False)                                                 <L 64>
        var_8 = wp::add(var_0, var_7);
        var_10 = control_point_0(var_ctrl, var_8, var_9);
        // p3 = control_point(ctrl, s + 2, False)                                                 <L 65>
        var_12 = wp::add(var_0, var_11);
        var_14 = control_point_0(var_ctrl, var_12, var_13);
        // prev = p1                                                                              <L 66>
        var_15 = wp::copy(var_6);
        // total = float(0.0)                                                                     <L 67>
        var_17 = wp::float(var_16);
        // for k in range(1, steps_per_segment + 1):                                              <L 68>
        var_19 = wp::add(var_steps_per_segment, var_18);
        var_21 = wp::range(var_20, var_19);
        // seg_lengths[s] = total                                                                 <L 73>
        // wp::array_store(var_seg_lengths, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_seg_lengths, var_0, var_17, adj_seg_lengths, adj_0, adj_17);
        // adj: seg_lengths[s] = total                                                            <L 73>
        var_21 = wp::iter_reverse(var_21);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
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
            // t = float(k) / float(steps_per_segment)                                            <L 69>
            var_23 = wp::float(var_22);
            var_24 = wp::float(var_steps_per_segment);
            var_25 = wp::div(var_23, var_24);
            // q = catmull_rom(p0, p1, p2, p3, t)                                                 <L 70>
            var_26 = catmull_rom_0(var_4, var_6, var_10, var_14, var_25);
            // total += wp.length(q - prev)                                                       <L 71>
            var_27 = wp::sub(var_26, var_15);
            var_28 = wp::length(var_27);
            var_29 = wp::sub(var_26, var_15);
            var_30 = wp::length(var_29);
            var_31 = wp::add(var_17, var_30);
            // prev = q                                                                           <L 72>
            var_32 = wp::copy(var_26);
            wp::assign(var_15, var_32);
            wp::assign(var_17, var_31);
            wp::adj_assign(var_17, var_31, adj_17, adj_31);
            wp::adj_assign(var_15, var_32, adj_15, adj_32);
            wp::adj_copy(var_26, adj_26, adj_32);
            // adj: prev = q                                                                      <L 72>
            wp::adj_add(var_17, var_30, adj_17, adj_30, adj_31);
            wp::adj_length(var_29, var_30, adj_29, adj_30);
            wp::adj_sub(var_26, var_15, adj_26, adj_15, adj_29);
            wp::adj_length(var_27, var_28, adj_27, adj_28);
            wp::adj_sub(var_26, var_15, adj_26, adj_15, adj_27);
            // adj: total += wp.length(q - prev)                                                  <L 71>
            adj_catmull_rom_0(var_4, var_6, var_10, var_14, var_25, adj_4, adj_6, adj_10, adj_14, adj_25, adj_26);
            // adj: q = catmull_rom(p0, p1, p2, p3, t)                                            <L 70>
            wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
            wp::adj_float(var_steps_per_segment, adj_steps_per_segment, adj_24);
            wp::adj_float(var_22, adj_22, adj_23);
            // adj: t = float(k) / float(steps_per_segment)                                       <L 69>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_20, var_19, adj_20, adj_19, adj_21);
        wp::adj_add(var_steps_per_segment, var_18, adj_steps_per_segment, adj_18, adj_19);
        // adj: for k in range(1, steps_per_segment + 1):                                         <L 68>
        wp::adj_float(var_16, adj_16, adj_17);
        // adj: total = float(0.0)                                                                <L 67>
        wp::adj_copy(var_6, adj_6, adj_15);
        // adj: prev = p1                                                                         <L 66>
        adj_control_point_0(var_ctrl, var_12, var_13, adj_ctrl, adj_12, adj_13, adj_14);
        wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
        // adj: p3 = control_point(ctrl, s + 2, False)                                            <L 65>
        adj_control_point_0(var_ctrl, var_8, var_9, adj_ctrl, adj_8, adj_9, adj_10);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: p2 = control_point(ctrl, s + 1, False)                                            <L 64>
        adj_control_point_0(var_ctrl, var_0, var_5, adj_ctrl, adj_0, adj_5, adj_6);
        // adj: p1 = control_point(ctrl, s, False)                                                <L 63>
        adj_control_point_0(var_ctrl, var_2, var_3, adj_ctrl, adj_2, adj_3, adj_4);
        wp::adj_sub(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: p0 = control_point(ctrl, s - 1, False)                                            <L 62>
        // adj: s = wp.tid()                                                                      <L 61>
        // adj: def arc_length_table(ctrl: wp.array(dtype=wp.vec3), steps_per_segment: int, seg_lengths: wp.array(dtype=float)):  <L 60>
        continue;
    }
}



extern "C" __global__ void move_along_f18a151b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::array_t<wp::float32> var_seg_lengths,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        bool var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        const bool var_32 = false;
        wp::vec_t<3, wp::float32> var_33;
        const bool var_34 = false;
        wp::vec_t<3, wp::float32> var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        const bool var_38 = false;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        const bool var_42 = false;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        //---------
        // forward
        // def move_along(ctrl: wp.array(dtype=wp.vec3), seg_lengths: wp.array(dtype=float), distances: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // d = distances[i]                                                                       <L 79>
        var_1 = wp::address(var_distances, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // seg = int(0)                                                                           <L 80>
        var_5 = wp::int(var_4);
        // num = seg_lengths.shape[0]                                                             <L 81>
        var_6 = &(var_seg_lengths.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // while seg < num - 1 and d > seg_lengths[seg]:                                          <L 82>
        start_while_0:;
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_5 < var_11);
        var_13 = wp::address(var_seg_lengths, var_5);
        var_15 = wp::load(var_13);
        var_14 = (var_2 > var_15);
        var_16 = var_12 && var_14;
        if ((var_16) == false) goto end_while_0;
            // d -= seg_lengths[seg]                                                              <L 83>
            var_17 = wp::address(var_seg_lengths, var_5);
            var_18 = wp::address(var_seg_lengths, var_5);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_2, var_20);
            // seg += 1                                                                           <L 84>
            var_23 = wp::add(var_5, var_22);
            wp::assign(var_2, var_19);
            wp::assign(var_5, var_23);
        goto start_while_0;
        end_while_0:;
        // t = wp.clamp(d / seg_lengths[seg], 0.0, 1.0)                                           <L 85>
        var_24 = wp::address(var_seg_lengths, var_5);
        var_26 = wp::load(var_24);
        var_25 = wp::div(var_2, var_26);
        var_29 = wp::clamp(var_25, var_27, var_28);
        // out[i] = catmull_rom(control_point(ctrl, seg - 1, False), control_point(ctrl, seg, False), control_point(ctrl, seg + 1, False), control_point(ctrl, seg + 2, False), t)       <L 86>
        var_31 = wp::sub(var_5, var_30);
        var_33 = control_point_0(var_ctrl, var_31, var_32);
        var_35 = control_point_0(var_ctrl, var_5, var_34);
        var_37 = wp::add(var_5, var_36);
        var_39 = control_point_0(var_ctrl, var_37, var_38);
        var_41 = wp::add(var_5, var_40);
        var_43 = control_point_0(var_ctrl, var_41, var_42);
        var_44 = catmull_rom_0(var_33, var_35, var_39, var_43, var_29);
        wp::array_store(var_out, var_0, var_44);
    }
}



extern "C" __global__ void move_along_f18a151b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ctrl,
    wp::array_t<wp::float32> var_seg_lengths,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ctrl,
    wp::array_t<wp::float32> adj_seg_lengths,
    wp::array_t<wp::float32> adj_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        bool var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        const bool var_32 = false;
        wp::vec_t<3, wp::float32> var_33;
        const bool var_34 = false;
        wp::vec_t<3, wp::float32> var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        const bool var_38 = false;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        const bool var_42 = false;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        bool adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        bool adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        //---------
        // forward
        // def move_along(ctrl: wp.array(dtype=wp.vec3), seg_lengths: wp.array(dtype=float), distances: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // d = distances[i]                                                                       <L 79>
        var_1 = wp::address(var_distances, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // seg = int(0)                                                                           <L 80>
        var_5 = wp::int(var_4);
        // num = seg_lengths.shape[0]                                                             <L 81>
        var_6 = &(var_seg_lengths.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // while seg < num - 1 and d > seg_lengths[seg]:                                          <L 82>
        // t = wp.clamp(d / seg_lengths[seg], 0.0, 1.0)                                           <L 85>
        var_24 = wp::address(var_seg_lengths, var_5);
        var_26 = wp::load(var_24);
        var_25 = wp::div(var_2, var_26);
        var_29 = wp::clamp(var_25, var_27, var_28);
        // out[i] = catmull_rom(control_point(ctrl, seg - 1, False), control_point(ctrl, seg, False), control_point(ctrl, seg + 1, False), control_point(ctrl, seg + 2, False), t)       <L 86>
        var_31 = wp::sub(var_5, var_30);
        var_33 = control_point_0(var_ctrl, var_31, var_32);
        var_35 = control_point_0(var_ctrl, var_5, var_34);
        var_37 = wp::add(var_5, var_36);
        var_39 = control_point_0(var_ctrl, var_37, var_38);
        var_41 = wp::add(var_5, var_40);
        var_43 = control_point_0(var_ctrl, var_41, var_42);
        var_44 = catmull_rom_0(var_33, var_35, var_39, var_43, var_29);
        // wp::array_store(var_out, var_0, var_44);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_44, adj_out, adj_0, adj_44);
        adj_catmull_rom_0(var_33, var_35, var_39, var_43, var_29, adj_33, adj_35, adj_39, adj_43, adj_29, adj_44);
        adj_control_point_0(var_ctrl, var_41, var_42, adj_ctrl, adj_41, adj_42, adj_43);
        wp::adj_add(var_5, var_40, adj_5, adj_40, adj_41);
        adj_control_point_0(var_ctrl, var_37, var_38, adj_ctrl, adj_37, adj_38, adj_39);
        wp::adj_add(var_5, var_36, adj_5, adj_36, adj_37);
        adj_control_point_0(var_ctrl, var_5, var_34, adj_ctrl, adj_5, adj_34, adj_35);
        adj_control_point_0(var_ctrl, var_31, var_32, adj_ctrl, adj_31, adj_32, adj_33);
        wp::adj_sub(var_5, var_30, adj_5, adj_30, adj_31);
        // adj: out[i] = catmull_rom(control_point(ctrl, seg - 1, False), control_point(ctrl, seg, False), control_point(ctrl, seg + 1, False), control_point(ctrl, seg + 2, False), t)  <L 86>
        wp::adj_clamp(var_25, var_27, var_28, adj_25, adj_27, adj_28, adj_29);
        wp::adj_div(var_2, var_26, var_25, adj_2, adj_24, adj_25);
        wp::adj_address(var_seg_lengths, var_5, adj_seg_lengths, adj_5, adj_24);
        // adj: t = wp.clamp(d / seg_lengths[seg], 0.0, 1.0)                                      <L 85>
        start_while_0:;
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_5 < var_11);
        var_13 = wp::address(var_seg_lengths, var_5);
        var_15 = wp::load(var_13);
        var_14 = (var_2 > var_15);
        var_16 = var_12 && var_14;
        if ((var_16) == false) goto end_while_0;
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
            // d -= seg_lengths[seg]                                                              <L 83>
            var_17 = wp::address(var_seg_lengths, var_5);
            var_18 = wp::address(var_seg_lengths, var_5);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_2, var_20);
            // seg += 1                                                                           <L 84>
            var_23 = wp::add(var_5, var_22);
            wp::assign(var_2, var_19);
            wp::assign(var_5, var_23);
            wp::adj_assign(var_5, var_23, adj_5, adj_23);
            wp::adj_assign(var_2, var_19, adj_2, adj_19);
            wp::adj_add(var_5, var_22, adj_5, adj_22, adj_23);
            // adj: seg += 1                                                                      <L 84>
            wp::adj_sub(var_2, var_20, adj_2, adj_18, adj_19);
            wp::adj_address(var_seg_lengths, var_5, adj_seg_lengths, adj_5, adj_18);
            wp::adj_address(var_seg_lengths, var_5, adj_seg_lengths, adj_5, adj_17);
            // adj: d -= seg_lengths[seg]                                                         <L 83>
        goto start_while_0;
        end_while_0:;
        // adj: while seg < num - 1 and d > seg_lengths[seg]:                                     <L 82>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_seg_lengths.shape = adj_6;
        // adj: num = seg_lengths.shape[0]                                                        <L 81>
        wp::adj_int(var_4, adj_4, adj_5);
        // adj: seg = int(0)                                                                      <L 80>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_distances, var_0, adj_distances, adj_0, adj_1);
        // adj: d = distances[i]                                                                  <L 79>
        // adj: i = wp.tid()                                                                      <L 78>
        // adj: def move_along(ctrl: wp.array(dtype=wp.vec3), seg_lengths: wp.array(dtype=float), distances: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):  <L 77>
        continue;
    }
}

