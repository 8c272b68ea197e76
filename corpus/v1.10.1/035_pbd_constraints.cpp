
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


// corpus/035_pbd_constraints.py:4
static void distance_correction_0(
    wp::vec_t<3, wp::float32> var_xa,
    wp::vec_t<3, wp::float32> var_xb,
    wp::float32 var_wa,
    wp::float32 var_wb,
    wp::float32 var_rest,
    wp::float32 var_compliance,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1e-09;
    bool var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def distance_correction(xa: wp.vec3, xb: wp.vec3, wa: float, wb: float, rest: float, compliance: float, dt: float):       <L 5>
    // d = xa - xb                                                                            <L 6>
    var_0 = wp::sub(var_xa, var_xb);
    // l = wp.length(d)                                                                       <L 7>
    var_1 = wp::length(var_0);
    // w = wa + wb                                                                            <L 8>
    var_2 = wp::add(var_wa, var_wb);
    // if l < 1.0e-9 or w == 0.0:                                                             <L 9>
    var_4 = (var_1 < var_3);
    var_6 = (var_2 == var_5);
    var_7 = var_4 || var_6;
    if (var_7) {
        // return wp.vec3(), 0.0                                                              <L 10>
        var_8 = wp::vec_t<3, wp::float32>();
        ret_0 = var_8;
        ret_1 = var_9;
        return;
    }
    // n = d / l                                                                              <L 11>
    var_10 = wp::div(var_0, var_1);
    // c = l - rest                                                                           <L 12>
    var_11 = wp::sub(var_1, var_rest);
    // alpha = compliance / (dt * dt)                                                         <L 13>
    var_12 = wp::mul(var_dt, var_dt);
    var_13 = wp::div(var_compliance, var_12);
    // lam = -c / (w + alpha)                                                                 <L 14>
    var_14 = wp::neg(var_11);
    var_15 = wp::add(var_2, var_13);
    var_16 = wp::div(var_14, var_15);
    // return n * lam, c                                                                      <L 15>
    var_17 = wp::mul(var_10, var_16);
    ret_0 = var_17;
    ret_1 = var_11;
    return;
}


// corpus/035_pbd_constraints.py:18
static wp::float32 bending_angle_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-09;
    bool var_10;
    const wp::float32 var_11 = 1e-09;
    bool var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = -1.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def bending_angle(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3) -> float:        <L 19>
    // e = p3 - p2                                                                            <L 20>
    var_0 = wp::sub(var_p3, var_p2);
    // n1 = wp.cross(p2 - p0, p3 - p0)                                                        <L 21>
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::sub(var_p3, var_p0);
    var_3 = wp::cross(var_1, var_2);
    // n2 = wp.cross(p3 - p1, p2 - p1)                                                        <L 22>
    var_4 = wp::sub(var_p3, var_p1);
    var_5 = wp::sub(var_p2, var_p1);
    var_6 = wp::cross(var_4, var_5);
    // l1 = wp.length(n1)                                                                     <L 23>
    var_7 = wp::length(var_3);
    // l2 = wp.length(n2)                                                                     <L 24>
    var_8 = wp::length(var_6);
    // if l1 < 1.0e-9 or l2 < 1.0e-9:                                                         <L 25>
    var_10 = (var_7 < var_9);
    var_12 = (var_8 < var_11);
    var_13 = var_10 || var_12;
    if (var_13) {
        // return 0.0                                                                         <L 26>
        return var_14;
    }
    // c = wp.clamp(wp.dot(n1, n2) / (l1 * l2), -1.0, 1.0)                                    <L 27>
    var_15 = wp::dot(var_3, var_6);
    var_16 = wp::mul(var_7, var_8);
    var_17 = wp::div(var_15, var_16);
    var_21 = wp::clamp(var_17, var_19, var_20);
    // s = wp.dot(wp.cross(n1, n2), e)                                                        <L 28>
    var_22 = wp::cross(var_3, var_6);
    var_23 = wp::dot(var_22, var_0);
    // angle = wp.acos(c)                                                                     <L 29>
    var_24 = wp::acos(var_21);
    // if s < 0.0:                                                                            <L 30>
    var_26 = (var_23 < var_25);
    if (var_26) {
        // angle = -angle                                                                     <L 31>
        var_27 = wp::neg(var_24);
    }
    var_28 = wp::where(var_26, var_27, var_24);
    // return angle                                                                           <L 32>
    return var_28;
}


// corpus/035_pbd_constraints.py:4
static void adj_distance_correction_0(
    wp::vec_t<3, wp::float32> var_xa,
    wp::vec_t<3, wp::float32> var_xb,
    wp::float32 var_wa,
    wp::float32 var_wb,
    wp::float32 var_rest,
    wp::float32 var_compliance,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_xa,
    wp::vec_t<3, wp::float32> & adj_xb,
    wp::float32 & adj_wa,
    wp::float32 & adj_wb,
    wp::float32 & adj_rest,
    wp::float32 & adj_compliance,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1e-09;
    bool var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def distance_correction(xa: wp.vec3, xb: wp.vec3, wa: float, wb: float, rest: float, compliance: float, dt: float):       <L 5>
    // d = xa - xb                                                                            <L 6>
    var_0 = wp::sub(var_xa, var_xb);
    // l = wp.length(d)                                                                       <L 7>
    var_1 = wp::length(var_0);
    // w = wa + wb                                                                            <L 8>
    var_2 = wp::add(var_wa, var_wb);
    // if l < 1.0e-9 or w == 0.0:                                                             <L 9>
    var_4 = (var_1 < var_3);
    var_6 = (var_2 == var_5);
    var_7 = var_4 || var_6;
    if (var_7) {
        // return wp.vec3(), 0.0                                                              <L 10>
        var_8 = wp::vec_t<3, wp::float32>();
        ret_0 = var_8;
        ret_1 = var_9;
        goto label0;
    }
    // n = d / l                                                                              <L 11>
    var_10 = wp::div(var_0, var_1);
    // c = l - rest                                                                           <L 12>
    var_11 = wp::sub(var_1, var_rest);
    // alpha = compliance / (dt * dt)                                                         <L 13>
    var_12 = wp::mul(var_dt, var_dt);
    var_13 = wp::div(var_compliance, var_12);
    // lam = -c / (w + alpha)                                                                 <L 14>
    var_14 = wp::neg(var_11);
    var_15 = wp::add(var_2, var_13);
    var_16 = wp::div(var_14, var_15);
    // return n * lam, c                                                                      <L 15>
    var_17 = wp::mul(var_10, var_16);
    ret_0 = var_17;
    ret_1 = var_11;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_11 += adj_ret_1;
    adj_17 += adj_ret_0;
    wp::adj_mul(var_10, var_16, adj_10, adj_16, adj_17);
    // adj: return n * lam, c                                                                 <L 15>
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_add(var_2, var_13, adj_2, adj_13, adj_15);
    wp::adj_neg(var_11, adj_11, adj_14);
    // adj: lam = -c / (w + alpha)                                                            <L 14>
    wp::adj_div(var_compliance, var_12, var_13, adj_compliance, adj_12, adj_13);
    wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_12);
    // adj: alpha = compliance / (dt * dt)                                                    <L 13>
    wp::adj_sub(var_1, var_rest, adj_1, adj_rest, adj_11);
    // adj: c = l - rest                                                                      <L 12>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_10);
    // adj: n = d / l                                                                         <L 11>
    if (var_7) {
        label0:;
        adj_9 += adj_ret_1;
        adj_8 += adj_ret_0;
        // adj: return wp.vec3(), 0.0                                                         <L 10>
    }
    // adj: if l < 1.0e-9 or w == 0.0:                                                        <L 9>
    wp::adj_add(var_wa, var_wb, adj_wa, adj_wb, adj_2);
    // adj: w = wa + wb                                                                       <L 8>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 7>
    wp::adj_sub(var_xa, var_xb, adj_xa, adj_xb, adj_0);
    // adj: d = xa - xb                                                                       <L 6>
    // adj: def distance_correction(xa: wp.vec3, xb: wp.vec3, wa: float, wb: float, rest: float, compliance: float, dt: float):  <L 5>
    return;
}


// corpus/035_pbd_constraints.py:18
static void adj_bending_angle_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> var_p3,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_p3,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-09;
    bool var_10;
    const wp::float32 var_11 = 1e-09;
    bool var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = -1.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def bending_angle(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3) -> float:        <L 19>
    // e = p3 - p2                                                                            <L 20>
    var_0 = wp::sub(var_p3, var_p2);
    // n1 = wp.cross(p2 - p0, p3 - p0)                                                        <L 21>
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::sub(var_p3, var_p0);
    var_3 = wp::cross(var_1, var_2);
    // n2 = wp.cross(p3 - p1, p2 - p1)                                                        <L 22>
    var_4 = wp::sub(var_p3, var_p1);
    var_5 = wp::sub(var_p2, var_p1);
    var_6 = wp::cross(var_4, var_5);
    // l1 = wp.length(n1)                                                                     <L 23>
    var_7 = wp::length(var_3);
    // l2 = wp.length(n2)                                                                     <L 24>
    var_8 = wp::length(var_6);
    // if l1 < 1.0e-9 or l2 < 1.0e-9:                                                         <L 25>
    var_10 = (var_7 < var_9);
    var_12 = (var_8 < var_11);
    var_13 = var_10 || var_12;
    if (var_13) {
        // return 0.0                                                                         <L 26>
        goto label0;
    }
    // c = wp.clamp(wp.dot(n1, n2) / (l1 * l2), -1.0, 1.0)                                    <L 27>
    var_15 = wp::dot(var_3, var_6);
    var_16 = wp::mul(var_7, var_8);
    var_17 = wp::div(var_15, var_16);
    var_21 = wp::clamp(var_17, var_19, var_20);
    // s = wp.dot(wp.cross(n1, n2), e)                                                        <L 28>
    var_22 = wp::cross(var_3, var_6);
    var_23 = wp::dot(var_22, var_0);
    // angle = wp.acos(c)                                                                     <L 29>
    var_24 = wp::acos(var_21);
    // if s < 0.0:                                                                            <L 30>
    var_26 = (var_23 < var_25);
    if (var_26) {
        // angle = -angle                                                                     <L 31>
        var_27 = wp::neg(var_24);
    }
    var_28 = wp::where(var_26, var_27, var_24);
    // return angle                                                                           <L 32>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_28 += adj_ret;
    // adj: return angle                                                                      <L 32>
    wp::adj_where(var_26, var_27, var_24, adj_26, adj_27, adj_24, adj_28);
    if (var_26) {
        wp::adj_neg(var_24, adj_24, adj_27);
        // adj: angle = -angle                                                                <L 31>
    }
    // adj: if s < 0.0:                                                                       <L 30>
    wp::adj_acos(var_21, adj_21, adj_24);
    // adj: angle = wp.acos(c)                                                                <L 29>
    wp::adj_dot(var_22, var_0, adj_22, adj_0, adj_23);
    wp::adj_cross(var_3, var_6, adj_3, adj_6, adj_22);
    // adj: s = wp.dot(wp.cross(n1, n2), e)                                                   <L 28>
    wp::adj_clamp(var_17, var_19, var_20, adj_17, adj_19, adj_20, adj_21);
    wp::adj_div(var_15, var_16, var_17, adj_15, adj_16, adj_17);
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_16);
    wp::adj_dot(var_3, var_6, adj_3, adj_6, adj_15);
    // adj: c = wp.clamp(wp.dot(n1, n2) / (l1 * l2), -1.0, 1.0)                               <L 27>
    if (var_13) {
        label0:;
        adj_14 += adj_ret;
        // adj: return 0.0                                                                    <L 26>
    }
    // adj: if l1 < 1.0e-9 or l2 < 1.0e-9:                                                    <L 25>
    wp::adj_length(var_6, var_8, adj_6, adj_8);
    // adj: l2 = wp.length(n2)                                                                <L 24>
    wp::adj_length(var_3, var_7, adj_3, adj_7);
    // adj: l1 = wp.length(n1)                                                                <L 23>
    wp::adj_cross(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_sub(var_p2, var_p1, adj_p2, adj_p1, adj_5);
    wp::adj_sub(var_p3, var_p1, adj_p3, adj_p1, adj_4);
    // adj: n2 = wp.cross(p3 - p1, p2 - p1)                                                   <L 22>
    wp::adj_cross(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_sub(var_p3, var_p0, adj_p3, adj_p0, adj_2);
    wp::adj_sub(var_p2, var_p0, adj_p2, adj_p0, adj_1);
    // adj: n1 = wp.cross(p2 - p0, p3 - p0)                                                   <L 21>
    wp::adj_sub(var_p3, var_p2, adj_p3, adj_p2, adj_0);
    // adj: e = p3 - p2                                                                       <L 20>
    // adj: def bending_angle(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3, p3: wp.vec3) -> float:   <L 19>
    return;
}

struct wp_args_solve_distance_constraints_a522a648 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> edges;
    wp::array_t<wp::float32> rest;
    wp::float32 compliance;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> delta;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::float32> error;
};


void solve_distance_constraints_a522a648_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_distance_constraints_a522a648 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::float32 var_compliance = _wp_args->compliance;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_error = _wp_args->error;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // forward
    // def solve_distance_constraints(                                                        <L 36>
    // e = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 48>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = ij[0]                                                                              <L 49>
    var_5 = wp::extract(var_2, var_4);
    // b = ij[1]                                                                              <L 50>
    var_7 = wp::extract(var_2, var_6);
    // wa = inv_mass[a]                                                                       <L 51>
    var_8 = wp::address(var_inv_mass, var_5);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // wb = inv_mass[b]                                                                       <L 52>
    var_11 = wp::address(var_inv_mass, var_7);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)             <L 53>
    var_14 = wp::address(var_x, var_5);
    var_15 = wp::address(var_x, var_7);
    var_16 = wp::address(var_rest, var_0);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_15);
    var_21 = wp::load(var_16);
    distance_correction_0(var_19, var_20, var_9, var_12, var_21, var_compliance, var_dt, var_17, var_18);
    // if wa > 0.0:                                                                           <L 54>
    var_23 = (var_9 > var_22);
    if (var_23) {
        // wp.atomic_add(delta, a, corr * wa)                                                 <L 55>
        var_24 = wp::mul(var_17, var_9);
        var_25 = wp::atomic_add(var_delta, var_5, var_24);
        // wp.atomic_add(counts, a, 1)                                                        <L 56>
        var_27 = wp::atomic_add(var_counts, var_5, var_26);
    }
    // if wb > 0.0:                                                                           <L 57>
    var_29 = (var_12 > var_28);
    if (var_29) {
        // wp.atomic_sub(delta, b, corr * wb)                                                 <L 58>
        var_30 = wp::mul(var_17, var_12);
        var_31 = wp::atomic_sub(var_delta, var_7, var_30);
        // wp.atomic_add(counts, b, 1)                                                        <L 59>
        var_33 = wp::atomic_add(var_counts, var_7, var_32);
    }
    // wp.atomic_add(error, 0, wp.abs(c))                                                     <L 60>
    var_35 = wp::abs(var_18);
    var_36 = wp::atomic_add(var_error, var_34, var_35);
}



void solve_distance_constraints_a522a648_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_distance_constraints_a522a648 *_wp_args,
    wp_args_solve_distance_constraints_a522a648 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::float32 var_compliance = _wp_args->compliance;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_error = _wp_args->error;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_edges = _wp_adj_args->edges;
    wp::array_t<wp::float32> adj_rest = _wp_adj_args->rest;
    wp::float32 adj_compliance = _wp_adj_args->compliance;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::float32> adj_error = _wp_adj_args->error;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::int32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    //---------
    // forward
    // def solve_distance_constraints(                                                        <L 36>
    // e = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 48>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = ij[0]                                                                              <L 49>
    var_5 = wp::extract(var_2, var_4);
    // b = ij[1]                                                                              <L 50>
    var_7 = wp::extract(var_2, var_6);
    // wa = inv_mass[a]                                                                       <L 51>
    var_8 = wp::address(var_inv_mass, var_5);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // wb = inv_mass[b]                                                                       <L 52>
    var_11 = wp::address(var_inv_mass, var_7);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)             <L 53>
    var_14 = wp::address(var_x, var_5);
    var_15 = wp::address(var_x, var_7);
    var_16 = wp::address(var_rest, var_0);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_15);
    var_21 = wp::load(var_16);
    distance_correction_0(var_19, var_20, var_9, var_12, var_21, var_compliance, var_dt, var_17, var_18);
    // if wa > 0.0:                                                                           <L 54>
    var_23 = (var_9 > var_22);
    if (var_23) {
        // wp.atomic_add(delta, a, corr * wa)                                                 <L 55>
        var_24 = wp::mul(var_17, var_9);
        // var_25 = wp::atomic_add(var_delta, var_5, var_24);
        // wp.atomic_add(counts, a, 1)                                                        <L 56>
        // var_27 = wp::atomic_add(var_counts, var_5, var_26);
    }
    // if wb > 0.0:                                                                           <L 57>
    var_29 = (var_12 > var_28);
    if (var_29) {
        // wp.atomic_sub(delta, b, corr * wb)                                                 <L 58>
        var_30 = wp::mul(var_17, var_12);
        // var_31 = wp::atomic_sub(var_delta, var_7, var_30);
        // wp.atomic_add(counts, b, 1)                                                        <L 59>
        // var_33 = wp::atomic_add(var_counts, var_7, var_32);
    }
    // wp.atomic_add(error, 0, wp.abs(c))                                                     <L 60>
    var_35 = wp::abs(var_18);
    // var_36 = wp::atomic_add(var_error, var_34, var_35);
    //---------
    // reverse
    wp::adj_atomic_add(var_error, var_34, var_35, adj_error, adj_34, adj_35, adj_36);
    wp::adj_abs(var_18, adj_18, adj_35);
    // adj: wp.atomic_add(error, 0, wp.abs(c))                                                <L 60>
    if (var_29) {
        wp::adj_atomic_add(var_counts, var_7, var_32, adj_counts, adj_7, adj_32, adj_33);
        // adj: wp.atomic_add(counts, b, 1)                                                   <L 59>
        wp::adj_atomic_sub(var_delta, var_7, var_30, adj_delta, adj_7, adj_30, adj_31);
        wp::adj_mul(var_17, var_12, adj_17, adj_12, adj_30);
        // adj: wp.atomic_sub(delta, b, corr * wb)                                            <L 58>
    }
    // adj: if wb > 0.0:                                                                      <L 57>
    if (var_23) {
        wp::adj_atomic_add(var_counts, var_5, var_26, adj_counts, adj_5, adj_26, adj_27);
        // adj: wp.atomic_add(counts, a, 1)                                                   <L 56>
        wp::adj_atomic_add(var_delta, var_5, var_24, adj_delta, adj_5, adj_24, adj_25);
        wp::adj_mul(var_17, var_9, adj_17, adj_9, adj_24);
        // adj: wp.atomic_add(delta, a, corr * wa)                                            <L 55>
    }
    // adj: if wa > 0.0:                                                                      <L 54>
    adj_distance_correction_0(var_19, var_20, var_9, var_12, var_21, var_compliance, var_dt, var_17, var_18, adj_14, adj_15, adj_9, adj_12, adj_16, adj_compliance, adj_dt, adj_17, adj_18);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_16);
    wp::adj_address(var_x, var_7, adj_x, adj_7, adj_15);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_14);
    // adj: corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)        <L 53>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_inv_mass, var_7, adj_inv_mass, adj_7, adj_11);
    // adj: wb = inv_mass[b]                                                                  <L 52>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_inv_mass, var_5, adj_inv_mass, adj_5, adj_8);
    // adj: wa = inv_mass[a]                                                                  <L 51>
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: b = ij[1]                                                                         <L 50>
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: a = ij[0]                                                                         <L 49>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_edges, var_0, adj_edges, adj_0, adj_1);
    // adj: ij = edges[e]                                                                     <L 48>
    // adj: e = wp.tid()                                                                      <L 47>
    // adj: def solve_distance_constraints(                                                   <L 36>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void solve_distance_constraints_a522a648_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_solve_distance_constraints_a522a648 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_distance_constraints_a522a648_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void solve_distance_constraints_a522a648_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_solve_distance_constraints_a522a648 *_wp_args,
    wp_args_solve_distance_constraints_a522a648 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_distance_constraints_a522a648_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_jacobi_deltas_e1371f04 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> delta;
    wp::array_t<wp::int32> counts;
    wp::float32 relax;
};


void apply_jacobi_deltas_e1371f04_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_relax = _wp_args->relax;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def apply_jacobi_deltas(x: wp.array(dtype=wp.vec3), delta: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), relax: float):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // c = counts[i]                                                                          <L 66>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 67>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // x[i] = x[i] + delta[i] * (relax / float(c))                                        <L 68>
        var_6 = wp::address(var_x, var_0);
        var_7 = wp::address(var_delta, var_0);
        var_8 = wp::float(var_2);
        var_9 = wp::div(var_relax, var_8);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_10);
        wp::array_store(var_x, var_0, var_12);
    }
    // delta[i] = wp.vec3()                                                                   <L 69>
    var_14 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_delta, var_0, var_14);
    // counts[i] = 0                                                                          <L 70>
    wp::array_store(var_counts, var_0, var_15);
}



void apply_jacobi_deltas_e1371f04_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_args,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_relax = _wp_args->relax;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_relax = _wp_adj_args->relax;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def apply_jacobi_deltas(x: wp.array(dtype=wp.vec3), delta: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), relax: float):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // c = counts[i]                                                                          <L 66>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 67>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // x[i] = x[i] + delta[i] * (relax / float(c))                                        <L 68>
        var_6 = wp::address(var_x, var_0);
        var_7 = wp::address(var_delta, var_0);
        var_8 = wp::float(var_2);
        var_9 = wp::div(var_relax, var_8);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_10);
        // wp::array_store(var_x, var_0, var_12);
    }
    // delta[i] = wp.vec3()                                                                   <L 69>
    var_14 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_delta, var_0, var_14);
    // counts[i] = 0                                                                          <L 70>
    // wp::array_store(var_counts, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_15, adj_counts, adj_0, adj_15);
    // adj: counts[i] = 0                                                                     <L 70>
    wp::adj_array_store(var_delta, var_0, var_14, adj_delta, adj_0, adj_14);
    // adj: delta[i] = wp.vec3()                                                              <L 69>
    if (var_5) {
        wp::adj_array_store(var_x, var_0, var_12, adj_x, adj_0, adj_12);
        wp::adj_add(var_13, var_10, adj_6, adj_10, adj_12);
        wp::adj_mul(var_11, var_9, adj_7, adj_9, adj_10);
        wp::adj_div(var_relax, var_8, var_9, adj_relax, adj_8, adj_9);
        wp::adj_float(var_2, adj_2, adj_8);
        wp::adj_address(var_delta, var_0, adj_delta, adj_0, adj_7);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
        // adj: x[i] = x[i] + delta[i] * (relax / float(c))                                   <L 68>
    }
    // adj: if c > 0:                                                                         <L 67>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
    // adj: c = counts[i]                                                                     <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def apply_jacobi_deltas(x: wp.array(dtype=wp.vec3), delta: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), relax: float):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_jacobi_deltas_e1371f04_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_jacobi_deltas_e1371f04_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_jacobi_deltas_e1371f04_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_args,
    wp_args_apply_jacobi_deltas_e1371f04 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_jacobi_deltas_e1371f04_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_measure_bending_1b2fdaaa {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::int32> quads;
    wp::array_t<wp::float32> rest_angle;
    wp::array_t<wp::float32> err;
};


void measure_bending_1b2fdaaa_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_measure_bending_1b2fdaaa *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_quads = _wp_args->quads;
    wp::array_t<wp::float32> var_rest_angle = _wp_args->rest_angle;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def measure_bending(x: wp.array(dtype=wp.vec3), quads: wp.array2d(dtype=int), rest_angle: wp.array(dtype=float), err: wp.array(dtype=float)):       <L 74>
    // q = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // a = bending_angle(x[quads[q, 0]], x[quads[q, 1]], x[quads[q, 2]], x[quads[q, 3]])       <L 76>
    var_2 = wp::address(var_quads, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_x, var_4);
    var_6 = wp::address(var_quads, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::address(var_x, var_8);
    var_10 = wp::address(var_quads, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_x, var_12);
    var_14 = wp::address(var_quads, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::address(var_x, var_16);
    var_18 = wp::load(var_3);
    var_19 = wp::load(var_7);
    var_20 = wp::load(var_11);
    var_21 = wp::load(var_15);
    var_17 = bending_angle_0(var_18, var_19, var_20, var_21);
    // err[q] = a - rest_angle[q]                                                             <L 77>
    var_22 = wp::address(var_rest_angle, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::sub(var_17, var_24);
    wp::array_store(var_err, var_0, var_23);
}



void measure_bending_1b2fdaaa_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_measure_bending_1b2fdaaa *_wp_args,
    wp_args_measure_bending_1b2fdaaa *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_quads = _wp_args->quads;
    wp::array_t<wp::float32> var_rest_angle = _wp_args->rest_angle;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_quads = _wp_adj_args->quads;
    wp::array_t<wp::float32> adj_rest_angle = _wp_adj_args->rest_angle;
    wp::array_t<wp::float32> adj_err = _wp_adj_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def measure_bending(x: wp.array(dtype=wp.vec3), quads: wp.array2d(dtype=int), rest_angle: wp.array(dtype=float), err: wp.array(dtype=float)):       <L 74>
    // q = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // a = bending_angle(x[quads[q, 0]], x[quads[q, 1]], x[quads[q, 2]], x[quads[q, 3]])       <L 76>
    var_2 = wp::address(var_quads, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_x, var_4);
    var_6 = wp::address(var_quads, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::address(var_x, var_8);
    var_10 = wp::address(var_quads, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_x, var_12);
    var_14 = wp::address(var_quads, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::address(var_x, var_16);
    var_18 = wp::load(var_3);
    var_19 = wp::load(var_7);
    var_20 = wp::load(var_11);
    var_21 = wp::load(var_15);
    var_17 = bending_angle_0(var_18, var_19, var_20, var_21);
    // err[q] = a - rest_angle[q]                                                             <L 77>
    var_22 = wp::address(var_rest_angle, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::sub(var_17, var_24);
    // wp::array_store(var_err, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_err, var_0, var_23, adj_err, adj_0, adj_23);
    wp::adj_sub(var_17, var_24, adj_17, adj_22, adj_23);
    wp::adj_address(var_rest_angle, var_0, adj_rest_angle, adj_0, adj_22);
    // adj: err[q] = a - rest_angle[q]                                                        <L 77>
    adj_bending_angle_0(var_18, var_19, var_20, var_21, adj_3, adj_7, adj_11, adj_15, adj_17);
    wp::adj_address(var_x, var_16, adj_x, adj_14, adj_15);
    wp::adj_address(var_quads, var_0, var_13, adj_quads, adj_0, adj_13, adj_14);
    wp::adj_address(var_x, var_12, adj_x, adj_10, adj_11);
    wp::adj_address(var_quads, var_0, var_9, adj_quads, adj_0, adj_9, adj_10);
    wp::adj_address(var_x, var_8, adj_x, adj_6, adj_7);
    wp::adj_address(var_quads, var_0, var_5, adj_quads, adj_0, adj_5, adj_6);
    wp::adj_address(var_x, var_4, adj_x, adj_2, adj_3);
    wp::adj_address(var_quads, var_0, var_1, adj_quads, adj_0, adj_1, adj_2);
    // adj: a = bending_angle(x[quads[q, 0]], x[quads[q, 1]], x[quads[q, 2]], x[quads[q, 3]])  <L 76>
    // adj: q = wp.tid()                                                                      <L 75>
    // adj: def measure_bending(x: wp.array(dtype=wp.vec3), quads: wp.array2d(dtype=int), rest_angle: wp.array(dtype=float), err: wp.array(dtype=float)):  <L 74>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void measure_bending_1b2fdaaa_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_measure_bending_1b2fdaaa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        measure_bending_1b2fdaaa_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void measure_bending_1b2fdaaa_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_measure_bending_1b2fdaaa *_wp_args,
    wp_args_measure_bending_1b2fdaaa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        measure_bending_1b2fdaaa_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_update_velocities_c9dd0458 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> x_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 dt;
    wp::float32 max_v;
};


void update_velocities_c9dd0458_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_update_velocities_c9dd0458 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_max_v = _wp_args->max_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    bool var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def update_velocities(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float, max_v: float):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // vel = (x[i] - x_prev[i]) / dt                                                          <L 83>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_x_prev, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::div(var_3, var_dt);
    // s = wp.length(vel)                                                                     <L 84>
    var_7 = wp::length(var_6);
    // if s > max_v:                                                                          <L 85>
    var_8 = (var_7 > var_max_v);
    if (var_8) {
        // vel = vel * (max_v / s)                                                            <L 86>
        var_9 = wp::div(var_max_v, var_7);
        var_10 = wp::mul(var_6, var_9);
    }
    var_11 = wp::where(var_8, var_10, var_6);
    // v[i] = vel                                                                             <L 87>
    wp::array_store(var_v, var_0, var_11);
    // x_prev[i] = x[i]                                                                       <L 88>
    var_12 = wp::address(var_x, var_0);
    var_13 = wp::load(var_12);
    wp::array_store(var_x_prev, var_0, var_13);
}



void update_velocities_c9dd0458_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_update_velocities_c9dd0458 *_wp_args,
    wp_args_update_velocities_c9dd0458 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_max_v = _wp_args->max_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_prev = _wp_adj_args->x_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_max_v = _wp_adj_args->max_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    bool var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
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
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def update_velocities(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float, max_v: float):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // vel = (x[i] - x_prev[i]) / dt                                                          <L 83>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_x_prev, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::div(var_3, var_dt);
    // s = wp.length(vel)                                                                     <L 84>
    var_7 = wp::length(var_6);
    // if s > max_v:                                                                          <L 85>
    var_8 = (var_7 > var_max_v);
    if (var_8) {
        // vel = vel * (max_v / s)                                                            <L 86>
        var_9 = wp::div(var_max_v, var_7);
        var_10 = wp::mul(var_6, var_9);
    }
    var_11 = wp::where(var_8, var_10, var_6);
    // v[i] = vel                                                                             <L 87>
    // wp::array_store(var_v, var_0, var_11);
    // x_prev[i] = x[i]                                                                       <L 88>
    var_12 = wp::address(var_x, var_0);
    var_13 = wp::load(var_12);
    // wp::array_store(var_x_prev, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_x_prev, var_0, var_13, adj_x_prev, adj_0, adj_12);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_12);
    // adj: x_prev[i] = x[i]                                                                  <L 88>
    wp::adj_array_store(var_v, var_0, var_11, adj_v, adj_0, adj_11);
    // adj: v[i] = vel                                                                        <L 87>
    wp::adj_where(var_8, var_10, var_6, adj_8, adj_10, adj_6, adj_11);
    if (var_8) {
        wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_10);
        wp::adj_div(var_max_v, var_7, var_9, adj_max_v, adj_7, adj_9);
        // adj: vel = vel * (max_v / s)                                                       <L 86>
    }
    // adj: if s > max_v:                                                                     <L 85>
    wp::adj_length(var_6, var_7, adj_6, adj_7);
    // adj: s = wp.length(vel)                                                                <L 84>
    wp::adj_div(var_3, var_dt, adj_3, adj_dt, adj_6);
    wp::adj_sub(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_x_prev, var_0, adj_x_prev, adj_0, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: vel = (x[i] - x_prev[i]) / dt                                                     <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def update_velocities(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float, max_v: float):  <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void update_velocities_c9dd0458_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_update_velocities_c9dd0458 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        update_velocities_c9dd0458_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void update_velocities_c9dd0458_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_update_velocities_c9dd0458 *_wp_args,
    wp_args_update_velocities_c9dd0458 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        update_velocities_c9dd0458_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_solve_cloth_gauss_seidel_c11afaec {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> edges;
    wp::array_t<wp::float32> rest;
    wp::array_t<wp::int32> edge_color;
    wp::int32 num_colors;
    wp::int32 iterations;
    wp::float32 compliance;
    wp::float32 dt;
    wp::float32 ground;
    wp::float32 friction;
    wp::array_t<wp::float32> residual;
};


void solve_cloth_gauss_seidel_c11afaec_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_edge_color = _wp_args->edge_color;
    wp::int32 var_num_colors = _wp_args->num_colors;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::float32 var_compliance = _wp_args->compliance;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_ground = _wp_args->ground;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::float32> var_residual = _wp_args->residual;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    bool var_22;
    wp::int32 var_23;
    wp::vec_t<2, wp::int32>* var_24;
    wp::vec_t<2, wp::int32> var_25;
    wp::vec_t<2, wp::int32> var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32>* var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32>* var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32>* var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    const wp::int32 var_61 = 1;
    wp::float32 var_62;
    bool var_63;
    wp::float32* var_64;
    const wp::float32 var_65 = 0.0;
    bool var_66;
    wp::float32 var_67;
    bool var_68;
    const wp::int32 var_69 = 1;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    const wp::float32 var_74 = 1.0;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 2;
    wp::float32 var_79;
    const wp::float32 var_80 = 1.0;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 1e-06;
    bool var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 0;
    //---------
    // forward
    // def solve_cloth_gauss_seidel(                                                          <L 92>
    // tid = wp.tid()                                                                         <L 107>
    var_0 = builtin_tid1d();
    // if tid != 0:                                                                           <L 108>
    var_2 = (var_0 != var_1);
    if (var_2) {
        // return                                                                             <L 109>
        return;
    }
    // num_edges = edges.shape[0]                                                             <L 110>
    var_3 = &(var_edges.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // num_points = x.shape[0]                                                                <L 111>
    var_7 = &(var_x.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // last_err = float(0.0)                                                                  <L 112>
    var_12 = wp::float(var_11);
    // for it in range(iterations):                                                           <L 113>
    var_13 = wp::range(var_iterations);
    start_for_1:;
        if (iter_cmp(var_13) == 0) goto end_for_1;
        var_14 = wp::iter_next(var_13);
        // err = float(0.0)                                                                   <L 114>
        var_16 = wp::float(var_15);
        // for color in range(num_colors):                                                    <L 115>
        var_17 = wp::range(var_num_colors);
        start_for_3:;
            if (iter_cmp(var_17) == 0) goto end_for_3;
            var_18 = wp::iter_next(var_17);
            // for e in range(num_edges):                                                     <L 116>
            var_19 = wp::range(var_5);
            start_for_5:;
                if (iter_cmp(var_19) == 0) goto end_for_5;
                var_20 = wp::iter_next(var_19);
                // if edge_color[e] != color:                                                 <L 117>
                var_21 = wp::address(var_edge_color, var_20);
                var_23 = wp::load(var_21);
                var_22 = (var_23 != var_18);
                if (var_22) {
                    // continue                                                               <L 118>
                    goto start_for_5;
                }
                // ij = edges[e]                                                              <L 119>
                var_24 = wp::address(var_edges, var_20);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // a = ij[0]                                                                  <L 120>
                var_28 = wp::extract(var_25, var_27);
                // b = ij[1]                                                                  <L 121>
                var_30 = wp::extract(var_25, var_29);
                // wa = inv_mass[a]                                                           <L 122>
                var_31 = wp::address(var_inv_mass, var_28);
                var_33 = wp::load(var_31);
                var_32 = wp::copy(var_33);
                // wb = inv_mass[b]                                                           <L 123>
                var_34 = wp::address(var_inv_mass, var_30);
                var_36 = wp::load(var_34);
                var_35 = wp::copy(var_36);
                // corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)       <L 124>
                var_37 = wp::address(var_x, var_28);
                var_38 = wp::address(var_x, var_30);
                var_39 = wp::address(var_rest, var_20);
                var_42 = wp::load(var_37);
                var_43 = wp::load(var_38);
                var_44 = wp::load(var_39);
                distance_correction_0(var_42, var_43, var_32, var_35, var_44, var_compliance, var_dt, var_40, var_41);
                // x[a] = x[a] + corr * wa                                                    <L 125>
                var_45 = wp::address(var_x, var_28);
                var_46 = wp::mul(var_40, var_32);
                var_48 = wp::load(var_45);
                var_47 = wp::add(var_48, var_46);
                wp::array_store(var_x, var_28, var_47);
                // x[b] = x[b] - corr * wb                                                    <L 126>
                var_49 = wp::address(var_x, var_30);
                var_50 = wp::mul(var_40, var_35);
                var_52 = wp::load(var_49);
                var_51 = wp::sub(var_52, var_50);
                wp::array_store(var_x, var_30, var_51);
                // err += wp.abs(c)                                                           <L 127>
                var_53 = wp::abs(var_41);
                var_54 = wp::abs(var_41);
                var_55 = wp::add(var_16, var_54);
                wp::assign(var_16, var_55);
                goto start_for_5;
            end_for_5:;
            goto start_for_3;
        end_for_3:;
        // for i in range(num_points):                                                        <L 129>
        var_56 = wp::range(var_9);
        start_for_7:;
            if (iter_cmp(var_56) == 0) goto end_for_7;
            var_57 = wp::iter_next(var_56);
            // p = x[i]                                                                       <L 130>
            var_58 = wp::address(var_x, var_57);
            var_60 = wp::load(var_58);
            var_59 = wp::copy(var_60);
            // if p[1] < ground and inv_mass[i] > 0.0:                                        <L 131>
            var_62 = wp::extract(var_59, var_61);
            var_63 = (var_62 < var_ground);
            var_64 = wp::address(var_inv_mass, var_57);
            var_67 = wp::load(var_64);
            var_66 = (var_67 > var_65);
            var_68 = var_63 && var_66;
            if (var_68) {
                // pen = ground - p[1]                                                        <L 132>
                var_70 = wp::extract(var_59, var_69);
                var_71 = wp::sub(var_ground, var_70);
                // x[i] = wp.vec3(p[0] * (1.0 - friction * pen), ground, p[2] * (1.0 - friction * pen))       <L 133>
                var_73 = wp::extract(var_59, var_72);
                var_75 = wp::mul(var_friction, var_71);
                var_76 = wp::sub(var_74, var_75);
                var_77 = wp::mul(var_73, var_76);
                var_79 = wp::extract(var_59, var_78);
                var_81 = wp::mul(var_friction, var_71);
                var_82 = wp::sub(var_80, var_81);
                var_83 = wp::mul(var_79, var_82);
                var_84 = wp::vec_t<3, wp::float32>(var_77, var_ground, var_83);
                wp::array_store(var_x, var_57, var_84);
            }
            goto start_for_7;
        end_for_7:;
        // last_err = err                                                                     <L 134>
        var_85 = wp::copy(var_16);
        // if err < 1.0e-6:                                                                   <L 135>
        var_87 = (var_16 < var_86);
        if (var_87) {
            // break                                                                          <L 136>
            wp::assign(var_12, var_85);
            goto end_for_1;
        }
        var_88 = wp::where(var_87, var_12, var_85);
        wp::assign(var_12, var_88);
        goto start_for_1;
    end_for_1:;
    // residual[0] = last_err                                                                 <L 137>
    wp::array_store(var_residual, var_89, var_12);
}



void solve_cloth_gauss_seidel_c11afaec_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_args,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_edge_color = _wp_args->edge_color;
    wp::int32 var_num_colors = _wp_args->num_colors;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::float32 var_compliance = _wp_args->compliance;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_ground = _wp_args->ground;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::float32> var_residual = _wp_args->residual;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_edges = _wp_adj_args->edges;
    wp::array_t<wp::float32> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::int32> adj_edge_color = _wp_adj_args->edge_color;
    wp::int32 adj_num_colors = _wp_adj_args->num_colors;
    wp::int32 adj_iterations = _wp_adj_args->iterations;
    wp::float32 adj_compliance = _wp_adj_args->compliance;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_ground = _wp_adj_args->ground;
    wp::float32 adj_friction = _wp_adj_args->friction;
    wp::array_t<wp::float32> adj_residual = _wp_adj_args->residual;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    bool var_22;
    wp::int32 var_23;
    wp::vec_t<2, wp::int32>* var_24;
    wp::vec_t<2, wp::int32> var_25;
    wp::vec_t<2, wp::int32> var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32>* var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32>* var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32>* var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    const wp::int32 var_61 = 1;
    wp::float32 var_62;
    bool var_63;
    wp::float32* var_64;
    const wp::float32 var_65 = 0.0;
    bool var_66;
    wp::float32 var_67;
    bool var_68;
    const wp::int32 var_69 = 1;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    const wp::float32 var_74 = 1.0;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 2;
    wp::float32 var_79;
    const wp::float32 var_80 = 1.0;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 1e-06;
    bool var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::range_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::range_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<2, wp::int32> adj_24 = {};
    wp::vec_t<2, wp::int32> adj_25 = {};
    wp::vec_t<2, wp::int32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::range_t adj_56 = {};
    wp::int32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    wp::float32 adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    bool adj_87 = {};
    wp::float32 adj_88 = {};
    wp::int32 adj_89 = {};
    //---------
    // forward
    // def solve_cloth_gauss_seidel(                                                          <L 92>
    // tid = wp.tid()                                                                         <L 107>
    var_0 = builtin_tid1d();
    // if tid != 0:                                                                           <L 108>
    var_2 = (var_0 != var_1);
    if (var_2) {
        // return                                                                             <L 109>
        goto label0;
    }
    // num_edges = edges.shape[0]                                                             <L 110>
    var_3 = &(var_edges.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // num_points = x.shape[0]                                                                <L 111>
    var_7 = &(var_x.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // last_err = float(0.0)                                                                  <L 112>
    var_12 = wp::float(var_11);
    // for it in range(iterations):                                                           <L 113>
    var_13 = wp::range(var_iterations);
    // residual[0] = last_err                                                                 <L 137>
    // wp::array_store(var_residual, var_89, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_residual, var_89, var_12, adj_residual, adj_89, adj_12);
    // adj: residual[0] = last_err                                                            <L 137>
    var_13 = wp::iter_reverse(var_13);
    start_for_1:;
        if (iter_cmp(var_13) == 0) goto end_for_1;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_56 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
        // err = float(0.0)                                                                   <L 114>
        var_16 = wp::float(var_15);
        // for color in range(num_colors):                                                    <L 115>
        var_17 = wp::range(var_num_colors);
        // for i in range(num_points):                                                        <L 129>
        var_56 = wp::range(var_9);
        // last_err = err                                                                     <L 134>
        var_85 = wp::copy(var_16);
        // if err < 1.0e-6:                                                                   <L 135>
        var_87 = (var_16 < var_86);
        if (var_87) {
            // break                                                                          <L 136>
            wp::assign(var_12, var_85);
            goto end_for_1;
        }
        var_88 = wp::where(var_87, var_12, var_85);
        wp::assign(var_12, var_88);
        wp::adj_assign(var_12, var_88, adj_12, adj_88);
        wp::adj_where(var_87, var_12, var_85, adj_87, adj_12, adj_85, adj_88);
        if (var_87) {
            wp::adj_assign(var_12, var_85, adj_12, adj_85);
            // adj: break                                                                     <L 136>
        }
        // adj: if err < 1.0e-6:                                                              <L 135>
        wp::adj_copy(var_16, adj_16, adj_85);
        // adj: last_err = err                                                                <L 134>
        var_56 = wp::iter_reverse(var_56);
        start_for_7:;
            if (iter_cmp(var_56) == 0) goto end_for_7;
            var_57 = wp::iter_next(var_56);
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
        	adj_83 = {};
        	adj_84 = {};
            // p = x[i]                                                                       <L 130>
            var_58 = wp::address(var_x, var_57);
            var_60 = wp::load(var_58);
            var_59 = wp::copy(var_60);
            // if p[1] < ground and inv_mass[i] > 0.0:                                        <L 131>
            var_62 = wp::extract(var_59, var_61);
            var_63 = (var_62 < var_ground);
            var_64 = wp::address(var_inv_mass, var_57);
            var_67 = wp::load(var_64);
            var_66 = (var_67 > var_65);
            var_68 = var_63 && var_66;
            if (var_68) {
                // pen = ground - p[1]                                                        <L 132>
                var_70 = wp::extract(var_59, var_69);
                var_71 = wp::sub(var_ground, var_70);
                // x[i] = wp.vec3(p[0] * (1.0 - friction * pen), ground, p[2] * (1.0 - friction * pen))       <L 133>
                var_73 = wp::extract(var_59, var_72);
                var_75 = wp::mul(var_friction, var_71);
                var_76 = wp::sub(var_74, var_75);
                var_77 = wp::mul(var_73, var_76);
                var_79 = wp::extract(var_59, var_78);
                var_81 = wp::mul(var_friction, var_71);
                var_82 = wp::sub(var_80, var_81);
                var_83 = wp::mul(var_79, var_82);
                var_84 = wp::vec_t<3, wp::float32>(var_77, var_ground, var_83);
                // wp::array_store(var_x, var_57, var_84);
            }
            if (var_68) {
                wp::adj_array_store(var_x, var_57, var_84, adj_x, adj_57, adj_84);
                wp::adj_vec_t(var_77, var_ground, var_83, adj_77, adj_ground, adj_83, adj_84);
                wp::adj_mul(var_79, var_82, adj_79, adj_82, adj_83);
                wp::adj_sub(var_80, var_81, adj_80, adj_81, adj_82);
                wp::adj_mul(var_friction, var_71, adj_friction, adj_71, adj_81);
                wp::adj_extract(var_59, var_78, adj_59, adj_78, adj_79);
                wp::adj_mul(var_73, var_76, adj_73, adj_76, adj_77);
                wp::adj_sub(var_74, var_75, adj_74, adj_75, adj_76);
                wp::adj_mul(var_friction, var_71, adj_friction, adj_71, adj_75);
                wp::adj_extract(var_59, var_72, adj_59, adj_72, adj_73);
                // adj: x[i] = wp.vec3(p[0] * (1.0 - friction * pen), ground, p[2] * (1.0 - friction * pen))  <L 133>
                wp::adj_sub(var_ground, var_70, adj_ground, adj_70, adj_71);
                wp::adj_extract(var_59, var_69, adj_59, adj_69, adj_70);
                // adj: pen = ground - p[1]                                                   <L 132>
            }
            wp::adj_address(var_inv_mass, var_57, adj_inv_mass, adj_57, adj_64);
            wp::adj_extract(var_59, var_61, adj_59, adj_61, adj_62);
            // adj: if p[1] < ground and inv_mass[i] > 0.0:                                   <L 131>
            wp::adj_copy(var_60, adj_58, adj_59);
            wp::adj_address(var_x, var_57, adj_x, adj_57, adj_58);
            // adj: p = x[i]                                                                  <L 130>
        	goto start_for_7;
        end_for_7:;
        wp::adj_range(var_9, adj_9, adj_56);
        // adj: for i in range(num_points):                                                   <L 129>
        var_17 = wp::iter_reverse(var_17);
        start_for_3:;
            if (iter_cmp(var_17) == 0) goto end_for_3;
            var_18 = wp::iter_next(var_17);
        	adj_19 = {};
            // for e in range(num_edges):                                                     <L 116>
            var_19 = wp::range(var_5);
            var_19 = wp::iter_reverse(var_19);
            start_for_5:;
                if (iter_cmp(var_19) == 0) goto end_for_5;
                var_20 = wp::iter_next(var_19);
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
                // if edge_color[e] != color:                                                 <L 117>
                var_21 = wp::address(var_edge_color, var_20);
                var_23 = wp::load(var_21);
                var_22 = (var_23 != var_18);
                if (var_22) {
                    // continue                                                               <L 118>
                    goto start_for_5;
                }
                // ij = edges[e]                                                              <L 119>
                var_24 = wp::address(var_edges, var_20);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // a = ij[0]                                                                  <L 120>
                var_28 = wp::extract(var_25, var_27);
                // b = ij[1]                                                                  <L 121>
                var_30 = wp::extract(var_25, var_29);
                // wa = inv_mass[a]                                                           <L 122>
                var_31 = wp::address(var_inv_mass, var_28);
                var_33 = wp::load(var_31);
                var_32 = wp::copy(var_33);
                // wb = inv_mass[b]                                                           <L 123>
                var_34 = wp::address(var_inv_mass, var_30);
                var_36 = wp::load(var_34);
                var_35 = wp::copy(var_36);
                // corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)       <L 124>
                var_37 = wp::address(var_x, var_28);
                var_38 = wp::address(var_x, var_30);
                var_39 = wp::address(var_rest, var_20);
                var_42 = wp::load(var_37);
                var_43 = wp::load(var_38);
                var_44 = wp::load(var_39);
                distance_correction_0(var_42, var_43, var_32, var_35, var_44, var_compliance, var_dt, var_40, var_41);
                // x[a] = x[a] + corr * wa                                                    <L 125>
                var_45 = wp::address(var_x, var_28);
                var_46 = wp::mul(var_40, var_32);
                var_48 = wp::load(var_45);
                var_47 = wp::add(var_48, var_46);
                // wp::array_store(var_x, var_28, var_47);
                // x[b] = x[b] - corr * wb                                                    <L 126>
                var_49 = wp::address(var_x, var_30);
                var_50 = wp::mul(var_40, var_35);
                var_52 = wp::load(var_49);
                var_51 = wp::sub(var_52, var_50);
                // wp::array_store(var_x, var_30, var_51);
                // err += wp.abs(c)                                                           <L 127>
                var_53 = wp::abs(var_41);
                var_54 = wp::abs(var_41);
                var_55 = wp::add(var_16, var_54);
                wp::assign(var_16, var_55);
                wp::adj_assign(var_16, var_55, adj_16, adj_55);
                wp::adj_add(var_16, var_54, adj_16, adj_54, adj_55);
                wp::adj_abs(var_41, adj_41, adj_54);
                wp::adj_abs(var_41, adj_41, adj_53);
                // adj: err += wp.abs(c)                                                      <L 127>
                wp::adj_array_store(var_x, var_30, var_51, adj_x, adj_30, adj_51);
                wp::adj_sub(var_52, var_50, adj_49, adj_50, adj_51);
                wp::adj_mul(var_40, var_35, adj_40, adj_35, adj_50);
                wp::adj_address(var_x, var_30, adj_x, adj_30, adj_49);
                // adj: x[b] = x[b] - corr * wb                                               <L 126>
                wp::adj_array_store(var_x, var_28, var_47, adj_x, adj_28, adj_47);
                wp::adj_add(var_48, var_46, adj_45, adj_46, adj_47);
                wp::adj_mul(var_40, var_32, adj_40, adj_32, adj_46);
                wp::adj_address(var_x, var_28, adj_x, adj_28, adj_45);
                // adj: x[a] = x[a] + corr * wa                                               <L 125>
                adj_distance_correction_0(var_42, var_43, var_32, var_35, var_44, var_compliance, var_dt, var_40, var_41, adj_37, adj_38, adj_32, adj_35, adj_39, adj_compliance, adj_dt, adj_40, adj_41);
                wp::adj_address(var_rest, var_20, adj_rest, adj_20, adj_39);
                wp::adj_address(var_x, var_30, adj_x, adj_30, adj_38);
                wp::adj_address(var_x, var_28, adj_x, adj_28, adj_37);
                // adj: corr, c = distance_correction(x[a], x[b], wa, wb, rest[e], compliance, dt)  <L 124>
                wp::adj_copy(var_36, adj_34, adj_35);
                wp::adj_address(var_inv_mass, var_30, adj_inv_mass, adj_30, adj_34);
                // adj: wb = inv_mass[b]                                                      <L 123>
                wp::adj_copy(var_33, adj_31, adj_32);
                wp::adj_address(var_inv_mass, var_28, adj_inv_mass, adj_28, adj_31);
                // adj: wa = inv_mass[a]                                                      <L 122>
                wp::adj_extract(var_25, var_29, adj_25, adj_29, adj_30);
                // adj: b = ij[1]                                                             <L 121>
                wp::adj_extract(var_25, var_27, adj_25, adj_27, adj_28);
                // adj: a = ij[0]                                                             <L 120>
                wp::adj_copy(var_26, adj_24, adj_25);
                wp::adj_address(var_edges, var_20, adj_edges, adj_20, adj_24);
                // adj: ij = edges[e]                                                         <L 119>
                if (var_22) {
                    // adj: continue                                                          <L 118>
                }
                wp::adj_address(var_edge_color, var_20, adj_edge_color, adj_20, adj_21);
                // adj: if edge_color[e] != color:                                            <L 117>
            	goto start_for_5;
            end_for_5:;
            wp::adj_range(var_5, adj_5, adj_19);
            // adj: for e in range(num_edges):                                                <L 116>
        	goto start_for_3;
        end_for_3:;
        wp::adj_range(var_num_colors, adj_num_colors, adj_17);
        // adj: for color in range(num_colors):                                               <L 115>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: err = float(0.0)                                                              <L 114>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_iterations, adj_iterations, adj_13);
    // adj: for it in range(iterations):                                                      <L 113>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: last_err = float(0.0)                                                             <L 112>
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_x.shape = adj_7;
    // adj: num_points = x.shape[0]                                                           <L 111>
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    adj_edges.shape = adj_3;
    // adj: num_edges = edges.shape[0]                                                        <L 110>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 109>
    }
    // adj: if tid != 0:                                                                      <L 108>
    // adj: tid = wp.tid()                                                                    <L 107>
    // adj: def solve_cloth_gauss_seidel(                                                     <L 92>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void solve_cloth_gauss_seidel_c11afaec_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_cloth_gauss_seidel_c11afaec_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void solve_cloth_gauss_seidel_c11afaec_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_args,
    wp_args_solve_cloth_gauss_seidel_c11afaec *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_cloth_gauss_seidel_c11afaec_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

