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


// corpus/143_geometry_edge_tri_quat.py:4
static wp::vec_t<3, wp::float32> tri_normal_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def tri_normal(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:                         <L 5>
    // return wp.normalize(wp.cross(b - a, c - a))                                            <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::normalize(var_2);
    return var_3;
}


// corpus/143_geometry_edge_tri_quat.py:9
static void barycentric_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):                       <L 10>
    // v0 = b - a                                                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    // v1 = c - a                                                                             <L 12>
    var_1 = wp::sub(var_c, var_a);
    // v2 = p - a                                                                             <L 13>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(v0, v0)                                                                   <L 14>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(v0, v1)                                                                   <L 15>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(v1, v1)                                                                   <L 16>
    var_5 = wp::dot(var_1, var_1);
    // d20 = wp.dot(v2, v0)                                                                   <L 17>
    var_6 = wp::dot(var_2, var_0);
    // d21 = wp.dot(v2, v1)                                                                   <L 18>
    var_7 = wp::dot(var_2, var_1);
    // denom = d00 * d11 - d01 * d01                                                          <L 19>
    var_8 = wp::mul(var_3, var_5);
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if denom == 0.0:                                                                       <L 20>
    var_12 = (var_10 == var_11);
    if (var_12) {
        // return 1.0, 0.0, 0.0                                                               <L 21>
        ret_0 = var_13;
        ret_1 = var_14;
        ret_2 = var_15;
        return;
    }
    // v = (d11 * d20 - d01 * d21) / denom                                                    <L 22>
    var_16 = wp::mul(var_5, var_6);
    var_17 = wp::mul(var_4, var_7);
    var_18 = wp::sub(var_16, var_17);
    var_19 = wp::div(var_18, var_10);
    // w = (d00 * d21 - d01 * d20) / denom                                                    <L 23>
    var_20 = wp::mul(var_3, var_7);
    var_21 = wp::mul(var_4, var_6);
    var_22 = wp::sub(var_20, var_21);
    var_23 = wp::div(var_22, var_10);
    // return 1.0 - v - w, v, w                                                               <L 24>
    var_25 = wp::sub(var_24, var_19);
    var_26 = wp::sub(var_25, var_23);
    ret_0 = var_26;
    ret_1 = var_19;
    ret_2 = var_23;
    return;
}


// corpus/143_geometry_edge_tri_quat.py:4
static void adj_tri_normal_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def tri_normal(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:                         <L 5>
    // return wp.normalize(wp.cross(b - a, c - a))                                            <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::normalize(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_normalize(var_2, var_3, adj_2, adj_3);
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return wp.normalize(wp.cross(b - a, c - a))                                       <L 6>
    // adj: def tri_normal(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:                    <L 5>
    return;
}


// corpus/143_geometry_edge_tri_quat.py:9
static void adj_barycentric_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
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
    //---------
    // forward
    // def barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):                       <L 10>
    // v0 = b - a                                                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    // v1 = c - a                                                                             <L 12>
    var_1 = wp::sub(var_c, var_a);
    // v2 = p - a                                                                             <L 13>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(v0, v0)                                                                   <L 14>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(v0, v1)                                                                   <L 15>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(v1, v1)                                                                   <L 16>
    var_5 = wp::dot(var_1, var_1);
    // d20 = wp.dot(v2, v0)                                                                   <L 17>
    var_6 = wp::dot(var_2, var_0);
    // d21 = wp.dot(v2, v1)                                                                   <L 18>
    var_7 = wp::dot(var_2, var_1);
    // denom = d00 * d11 - d01 * d01                                                          <L 19>
    var_8 = wp::mul(var_3, var_5);
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if denom == 0.0:                                                                       <L 20>
    var_12 = (var_10 == var_11);
    if (var_12) {
        // return 1.0, 0.0, 0.0                                                               <L 21>
        ret_0 = var_13;
        ret_1 = var_14;
        ret_2 = var_15;
        goto label0;
    }
    // v = (d11 * d20 - d01 * d21) / denom                                                    <L 22>
    var_16 = wp::mul(var_5, var_6);
    var_17 = wp::mul(var_4, var_7);
    var_18 = wp::sub(var_16, var_17);
    var_19 = wp::div(var_18, var_10);
    // w = (d00 * d21 - d01 * d20) / denom                                                    <L 23>
    var_20 = wp::mul(var_3, var_7);
    var_21 = wp::mul(var_4, var_6);
    var_22 = wp::sub(var_20, var_21);
    var_23 = wp::div(var_22, var_10);
    // return 1.0 - v - w, v, w                                                               <L 24>
    var_25 = wp::sub(var_24, var_19);
    var_26 = wp::sub(var_25, var_23);
    ret_0 = var_26;
    ret_1 = var_19;
    ret_2 = var_23;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_23 += adj_ret_2;
    adj_19 += adj_ret_1;
    adj_26 += adj_ret_0;
    wp::adj_sub(var_25, var_23, adj_25, adj_23, adj_26);
    wp::adj_sub(var_24, var_19, adj_24, adj_19, adj_25);
    // adj: return 1.0 - v - w, v, w                                                          <L 24>
    wp::adj_div(var_22, var_10, var_23, adj_22, adj_10, adj_23);
    wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_21);
    wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_20);
    // adj: w = (d00 * d21 - d01 * d20) / denom                                               <L 23>
    wp::adj_div(var_18, var_10, var_19, adj_18, adj_10, adj_19);
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_17);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_16);
    // adj: v = (d11 * d20 - d01 * d21) / denom                                               <L 22>
    if (var_12) {
        label0:;
        adj_15 += adj_ret_2;
        adj_14 += adj_ret_1;
        adj_13 += adj_ret_0;
        // adj: return 1.0, 0.0, 0.0                                                          <L 21>
    }
    // adj: if denom == 0.0:                                                                  <L 20>
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_9);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_8);
    // adj: denom = d00 * d11 - d01 * d01                                                     <L 19>
    wp::adj_dot(var_2, var_1, adj_2, adj_1, adj_7);
    // adj: d21 = wp.dot(v2, v1)                                                              <L 18>
    wp::adj_dot(var_2, var_0, adj_2, adj_0, adj_6);
    // adj: d20 = wp.dot(v2, v0)                                                              <L 17>
    wp::adj_dot(var_1, var_1, adj_1, adj_1, adj_5);
    // adj: d11 = wp.dot(v1, v1)                                                              <L 16>
    wp::adj_dot(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: d01 = wp.dot(v0, v1)                                                              <L 15>
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    // adj: d00 = wp.dot(v0, v0)                                                              <L 14>
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_2);
    // adj: v2 = p - a                                                                        <L 13>
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    // adj: v1 = c - a                                                                        <L 12>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: v0 = b - a                                                                        <L 11>
    // adj: def barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):                  <L 10>
    return;
}

struct wp_args_edge_edge_587219dc {
    wp::array_t<wp::vec_t<3, wp::float32>> p1;
    wp::array_t<wp::vec_t<3, wp::float32>> q1;
    wp::array_t<wp::vec_t<3, wp::float32>> p2;
    wp::array_t<wp::vec_t<3, wp::float32>> q2;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::float32> dist;
};


void edge_edge_587219dc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_edge_edge_587219dc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p1 = _wp_args->p1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q1 = _wp_args->q1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p2 = _wp_args->p2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q2 = _wp_args->q2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 1e-06;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def edge_edge(p1: wp.array(dtype=wp.vec3), q1: wp.array(dtype=wp.vec3), p2: wp.array(dtype=wp.vec3), q2: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), dist: wp.array(dtype=float)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // r = wp.closest_point_edge_edge(p1[i], q1[i], p2[i], q2[i], 1.0e-6)                     <L 30>
    var_1 = wp::address(var_p1, var_0);
    var_2 = wp::address(var_q1, var_0);
    var_3 = wp::address(var_p2, var_0);
    var_4 = wp::address(var_q2, var_0);
    var_7 = wp::load(var_1);
    var_8 = wp::load(var_2);
    var_9 = wp::load(var_3);
    var_10 = wp::load(var_4);
    var_6 = wp::closest_point_edge_edge(var_7, var_8, var_9, var_10, var_5);
    // s = r[0]                                                                               <L 31>
    var_12 = wp::extract(var_6, var_11);
    // t = r[1]                                                                               <L 32>
    var_14 = wp::extract(var_6, var_13);
    // a = p1[i] + (q1[i] - p1[i]) * s                                                        <L 33>
    var_15 = wp::address(var_p1, var_0);
    var_16 = wp::address(var_q1, var_0);
    var_17 = wp::address(var_p1, var_0);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::mul(var_18, var_12);
    var_23 = wp::load(var_15);
    var_22 = wp::add(var_23, var_21);
    // b = p2[i] + (q2[i] - p2[i]) * t                                                        <L 34>
    var_24 = wp::address(var_p2, var_0);
    var_25 = wp::address(var_q2, var_0);
    var_26 = wp::address(var_p2, var_0);
    var_28 = wp::load(var_25);
    var_29 = wp::load(var_26);
    var_27 = wp::sub(var_28, var_29);
    var_30 = wp::mul(var_27, var_14);
    var_32 = wp::load(var_24);
    var_31 = wp::add(var_32, var_30);
    // out[i] = r                                                                             <L 35>
    wp::array_store(var_out, var_0, var_6);
    // dist[i] = wp.length(a - b)                                                             <L 36>
    var_33 = wp::sub(var_22, var_31);
    var_34 = wp::length(var_33);
    wp::array_store(var_dist, var_0, var_34);
}



void edge_edge_587219dc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_edge_edge_587219dc *_wp_args,
    wp_args_edge_edge_587219dc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p1 = _wp_args->p1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q1 = _wp_args->q1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p2 = _wp_args->p2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q2 = _wp_args->q2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p1 = _wp_adj_args->p1;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q1 = _wp_adj_args->q1;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p2 = _wp_adj_args->p2;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q2 = _wp_adj_args->q2;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 1e-06;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    //---------
    // forward
    // def edge_edge(p1: wp.array(dtype=wp.vec3), q1: wp.array(dtype=wp.vec3), p2: wp.array(dtype=wp.vec3), q2: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), dist: wp.array(dtype=float)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // r = wp.closest_point_edge_edge(p1[i], q1[i], p2[i], q2[i], 1.0e-6)                     <L 30>
    var_1 = wp::address(var_p1, var_0);
    var_2 = wp::address(var_q1, var_0);
    var_3 = wp::address(var_p2, var_0);
    var_4 = wp::address(var_q2, var_0);
    var_7 = wp::load(var_1);
    var_8 = wp::load(var_2);
    var_9 = wp::load(var_3);
    var_10 = wp::load(var_4);
    var_6 = wp::closest_point_edge_edge(var_7, var_8, var_9, var_10, var_5);
    // s = r[0]                                                                               <L 31>
    var_12 = wp::extract(var_6, var_11);
    // t = r[1]                                                                               <L 32>
    var_14 = wp::extract(var_6, var_13);
    // a = p1[i] + (q1[i] - p1[i]) * s                                                        <L 33>
    var_15 = wp::address(var_p1, var_0);
    var_16 = wp::address(var_q1, var_0);
    var_17 = wp::address(var_p1, var_0);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::mul(var_18, var_12);
    var_23 = wp::load(var_15);
    var_22 = wp::add(var_23, var_21);
    // b = p2[i] + (q2[i] - p2[i]) * t                                                        <L 34>
    var_24 = wp::address(var_p2, var_0);
    var_25 = wp::address(var_q2, var_0);
    var_26 = wp::address(var_p2, var_0);
    var_28 = wp::load(var_25);
    var_29 = wp::load(var_26);
    var_27 = wp::sub(var_28, var_29);
    var_30 = wp::mul(var_27, var_14);
    var_32 = wp::load(var_24);
    var_31 = wp::add(var_32, var_30);
    // out[i] = r                                                                             <L 35>
    // wp::array_store(var_out, var_0, var_6);
    // dist[i] = wp.length(a - b)                                                             <L 36>
    var_33 = wp::sub(var_22, var_31);
    var_34 = wp::length(var_33);
    // wp::array_store(var_dist, var_0, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_dist, var_0, var_34, adj_dist, adj_0, adj_34);
    wp::adj_length(var_33, var_34, adj_33, adj_34);
    wp::adj_sub(var_22, var_31, adj_22, adj_31, adj_33);
    // adj: dist[i] = wp.length(a - b)                                                        <L 36>
    wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
    // adj: out[i] = r                                                                        <L 35>
    wp::adj_add(var_32, var_30, adj_24, adj_30, adj_31);
    wp::adj_mul(var_27, var_14, adj_27, adj_14, adj_30);
    wp::adj_sub(var_28, var_29, adj_25, adj_26, adj_27);
    wp::adj_address(var_p2, var_0, adj_p2, adj_0, adj_26);
    wp::adj_address(var_q2, var_0, adj_q2, adj_0, adj_25);
    wp::adj_address(var_p2, var_0, adj_p2, adj_0, adj_24);
    // adj: b = p2[i] + (q2[i] - p2[i]) * t                                                   <L 34>
    wp::adj_add(var_23, var_21, adj_15, adj_21, adj_22);
    wp::adj_mul(var_18, var_12, adj_18, adj_12, adj_21);
    wp::adj_sub(var_19, var_20, adj_16, adj_17, adj_18);
    wp::adj_address(var_p1, var_0, adj_p1, adj_0, adj_17);
    wp::adj_address(var_q1, var_0, adj_q1, adj_0, adj_16);
    wp::adj_address(var_p1, var_0, adj_p1, adj_0, adj_15);
    // adj: a = p1[i] + (q1[i] - p1[i]) * s                                                   <L 33>
    wp::adj_extract(var_6, var_13, adj_6, adj_13, adj_14);
    // adj: t = r[1]                                                                          <L 32>
    wp::adj_extract(var_6, var_11, adj_6, adj_11, adj_12);
    // adj: s = r[0]                                                                          <L 31>
    wp::adj_closest_point_edge_edge(var_7, var_8, var_9, var_10, var_5, adj_1, adj_2, adj_3, adj_4, adj_5, adj_6);
    wp::adj_address(var_q2, var_0, adj_q2, adj_0, adj_4);
    wp::adj_address(var_p2, var_0, adj_p2, adj_0, adj_3);
    wp::adj_address(var_q1, var_0, adj_q1, adj_0, adj_2);
    wp::adj_address(var_p1, var_0, adj_p1, adj_0, adj_1);
    // adj: r = wp.closest_point_edge_edge(p1[i], q1[i], p2[i], q2[i], 1.0e-6)                <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def edge_edge(p1: wp.array(dtype=wp.vec3), q1: wp.array(dtype=wp.vec3), p2: wp.array(dtype=wp.vec3), q2: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), dist: wp.array(dtype=float)):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void edge_edge_587219dc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_edge_edge_587219dc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        edge_edge_587219dc_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void edge_edge_587219dc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_edge_edge_587219dc *_wp_args,
    wp_args_edge_edge_587219dc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        edge_edge_587219dc_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_tri_tri_5706c5a3 {
    wp::array_t<wp::vec_t<3, wp::float32>> v0;
    wp::array_t<wp::vec_t<3, wp::float32>> v1;
    wp::array_t<wp::vec_t<3, wp::float32>> v2;
    wp::array_t<wp::vec_t<3, wp::float32>> u0;
    wp::array_t<wp::vec_t<3, wp::float32>> u1;
    wp::array_t<wp::vec_t<3, wp::float32>> u2;
    wp::array_t<wp::int32> hit;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
};


void tri_tri_5706c5a3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tri_tri_5706c5a3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v0 = _wp_args->v0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v1 = _wp_args->v1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v2 = _wp_args->v2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u0 = _wp_args->u0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u1 = _wp_args->u1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u2 = _wp_args->u2;
    wp::array_t<wp::int32> var_hit = _wp_args->hit;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // forward
    // def tri_tri(v0: wp.array(dtype=wp.vec3), v1: wp.array(dtype=wp.vec3), v2: wp.array(dtype=wp.vec3), u0: wp.array(dtype=wp.vec3), u1: wp.array(dtype=wp.vec3), u2: wp.array(dtype=wp.vec3), hit: wp.array(dtype=int), normals: wp.array(dtype=wp.vec3)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])                <L 42>
    var_1 = wp::address(var_v0, var_0);
    var_2 = wp::address(var_v1, var_0);
    var_3 = wp::address(var_v2, var_0);
    var_4 = wp::address(var_u0, var_0);
    var_5 = wp::address(var_u1, var_0);
    var_6 = wp::address(var_u2, var_0);
    var_8 = wp::load(var_1);
    var_9 = wp::load(var_2);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_4);
    var_12 = wp::load(var_5);
    var_13 = wp::load(var_6);
    var_7 = wp::intersect_tri_tri(var_8, var_9, var_10, var_11, var_12, var_13);
    wp::array_store(var_hit, var_0, var_7);
    // normals[i] = tri_normal(v0[i], v1[i], v2[i])                                           <L 43>
    var_14 = wp::address(var_v0, var_0);
    var_15 = wp::address(var_v1, var_0);
    var_16 = wp::address(var_v2, var_0);
    var_18 = wp::load(var_14);
    var_19 = wp::load(var_15);
    var_20 = wp::load(var_16);
    var_17 = tri_normal_0(var_18, var_19, var_20);
    wp::array_store(var_normals, var_0, var_17);
}



void tri_tri_5706c5a3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tri_tri_5706c5a3 *_wp_args,
    wp_args_tri_tri_5706c5a3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v0 = _wp_args->v0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v1 = _wp_args->v1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v2 = _wp_args->v2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u0 = _wp_args->u0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u1 = _wp_args->u1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u2 = _wp_args->u2;
    wp::array_t<wp::int32> var_hit = _wp_args->hit;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v0 = _wp_adj_args->v0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v1 = _wp_adj_args->v1;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v2 = _wp_adj_args->v2;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u0 = _wp_adj_args->u0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u1 = _wp_adj_args->u1;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u2 = _wp_adj_args->u2;
    wp::array_t<wp::int32> adj_hit = _wp_adj_args->hit;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    //---------
    // forward
    // def tri_tri(v0: wp.array(dtype=wp.vec3), v1: wp.array(dtype=wp.vec3), v2: wp.array(dtype=wp.vec3), u0: wp.array(dtype=wp.vec3), u1: wp.array(dtype=wp.vec3), u2: wp.array(dtype=wp.vec3), hit: wp.array(dtype=int), normals: wp.array(dtype=wp.vec3)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])                <L 42>
    var_1 = wp::address(var_v0, var_0);
    var_2 = wp::address(var_v1, var_0);
    var_3 = wp::address(var_v2, var_0);
    var_4 = wp::address(var_u0, var_0);
    var_5 = wp::address(var_u1, var_0);
    var_6 = wp::address(var_u2, var_0);
    var_8 = wp::load(var_1);
    var_9 = wp::load(var_2);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_4);
    var_12 = wp::load(var_5);
    var_13 = wp::load(var_6);
    var_7 = wp::intersect_tri_tri(var_8, var_9, var_10, var_11, var_12, var_13);
    // wp::array_store(var_hit, var_0, var_7);
    // normals[i] = tri_normal(v0[i], v1[i], v2[i])                                           <L 43>
    var_14 = wp::address(var_v0, var_0);
    var_15 = wp::address(var_v1, var_0);
    var_16 = wp::address(var_v2, var_0);
    var_18 = wp::load(var_14);
    var_19 = wp::load(var_15);
    var_20 = wp::load(var_16);
    var_17 = tri_normal_0(var_18, var_19, var_20);
    // wp::array_store(var_normals, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_17, adj_normals, adj_0, adj_17);
    adj_tri_normal_0(var_18, var_19, var_20, adj_14, adj_15, adj_16, adj_17);
    wp::adj_address(var_v2, var_0, adj_v2, adj_0, adj_16);
    wp::adj_address(var_v1, var_0, adj_v1, adj_0, adj_15);
    wp::adj_address(var_v0, var_0, adj_v0, adj_0, adj_14);
    // adj: normals[i] = tri_normal(v0[i], v1[i], v2[i])                                      <L 43>
    wp::adj_array_store(var_hit, var_0, var_7, adj_hit, adj_0, adj_7);
    wp::adj_address(var_u2, var_0, adj_u2, adj_0, adj_6);
    wp::adj_address(var_u1, var_0, adj_u1, adj_0, adj_5);
    wp::adj_address(var_u0, var_0, adj_u0, adj_0, adj_4);
    wp::adj_address(var_v2, var_0, adj_v2, adj_0, adj_3);
    wp::adj_address(var_v1, var_0, adj_v1, adj_0, adj_2);
    wp::adj_address(var_v0, var_0, adj_v0, adj_0, adj_1);
    // adj: hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])           <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def tri_tri(v0: wp.array(dtype=wp.vec3), v1: wp.array(dtype=wp.vec3), v2: wp.array(dtype=wp.vec3), u0: wp.array(dtype=wp.vec3), u1: wp.array(dtype=wp.vec3), u2: wp.array(dtype=wp.vec3), hit: wp.array(dtype=int), normals: wp.array(dtype=wp.vec3)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void tri_tri_5706c5a3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tri_tri_5706c5a3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tri_tri_5706c5a3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void tri_tri_5706c5a3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tri_tri_5706c5a3 *_wp_args,
    wp_args_tri_tri_5706c5a3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tri_tri_5706c5a3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_point_triangle_6d3c3473 {
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> c;
    wp::array_t<wp::vec_t<3, wp::float32>> bary;
    wp::array_t<wp::vec_t<3, wp::float32>> closest;
};


void point_triangle_6d3c3473_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_point_triangle_6d3c3473 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bary = _wp_args->bary;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def point_triangle(p: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3), bary: wp.array(dtype=wp.vec3), closest: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // u, v, w = barycentric(a[i], b[i], c[i], p[i])                                          <L 49>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_3 = wp::address(var_c, var_0);
    var_4 = wp::address(var_p, var_0);
    var_8 = wp::load(var_1);
    var_9 = wp::load(var_2);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_4);
    barycentric_0(var_8, var_9, var_10, var_11, var_5, var_6, var_7);
    // bary[i] = wp.vec3(u, v, w)                                                             <L 50>
    var_12 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    wp::array_store(var_bary, var_0, var_12);
    // closest[i] = a[i] * u + b[i] * v + c[i] * w                                            <L 51>
    var_13 = wp::address(var_a, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_5);
    var_16 = wp::address(var_b, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_6);
    var_19 = wp::add(var_14, var_17);
    var_20 = wp::address(var_c, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_22, var_7);
    var_23 = wp::add(var_19, var_21);
    wp::array_store(var_closest, var_0, var_23);
}



void point_triangle_6d3c3473_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_point_triangle_6d3c3473 *_wp_args,
    wp_args_point_triangle_6d3c3473 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bary = _wp_args->bary;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bary = _wp_adj_args->bary;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_closest = _wp_adj_args->closest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def point_triangle(p: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3), bary: wp.array(dtype=wp.vec3), closest: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // u, v, w = barycentric(a[i], b[i], c[i], p[i])                                          <L 49>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_3 = wp::address(var_c, var_0);
    var_4 = wp::address(var_p, var_0);
    var_8 = wp::load(var_1);
    var_9 = wp::load(var_2);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_4);
    barycentric_0(var_8, var_9, var_10, var_11, var_5, var_6, var_7);
    // bary[i] = wp.vec3(u, v, w)                                                             <L 50>
    var_12 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // wp::array_store(var_bary, var_0, var_12);
    // closest[i] = a[i] * u + b[i] * v + c[i] * w                                            <L 51>
    var_13 = wp::address(var_a, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_5);
    var_16 = wp::address(var_b, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_6);
    var_19 = wp::add(var_14, var_17);
    var_20 = wp::address(var_c, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_22, var_7);
    var_23 = wp::add(var_19, var_21);
    // wp::array_store(var_closest, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_closest, var_0, var_23, adj_closest, adj_0, adj_23);
    wp::adj_add(var_19, var_21, adj_19, adj_21, adj_23);
    wp::adj_mul(var_22, var_7, adj_20, adj_7, adj_21);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_20);
    wp::adj_add(var_14, var_17, adj_14, adj_17, adj_19);
    wp::adj_mul(var_18, var_6, adj_16, adj_6, adj_17);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_16);
    wp::adj_mul(var_15, var_5, adj_13, adj_5, adj_14);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_13);
    // adj: closest[i] = a[i] * u + b[i] * v + c[i] * w                                       <L 51>
    wp::adj_array_store(var_bary, var_0, var_12, adj_bary, adj_0, adj_12);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_12);
    // adj: bary[i] = wp.vec3(u, v, w)                                                        <L 50>
    adj_barycentric_0(var_8, var_9, var_10, var_11, var_5, var_6, var_7, adj_1, adj_2, adj_3, adj_4, adj_5, adj_6, adj_7);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_4);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: u, v, w = barycentric(a[i], b[i], c[i], p[i])                                     <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def point_triangle(p: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3), bary: wp.array(dtype=wp.vec3), closest: wp.array(dtype=wp.vec3)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void point_triangle_6d3c3473_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_point_triangle_6d3c3473 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        point_triangle_6d3c3473_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void point_triangle_6d3c3473_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_point_triangle_6d3c3473 *_wp_args,
    wp_args_point_triangle_6d3c3473 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        point_triangle_6d3c3473_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_quat_constructions_b634a72c {
    wp::array_t<wp::vec_t<3, wp::float32>> rpy;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::quat_t<wp::float32>> out;
    wp::array_t<wp::quat_t<wp::float32>> twist;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> mats;
};


void quat_constructions_b634a72c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quat_constructions_b634a72c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy = _wp_args->rpy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::quat_t<wp::float32>> var_twist = _wp_args->twist;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mats = _wp_args->mats;
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
    wp::quat_t<wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32>* var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 1.0;
    const wp::float32 var_44 = 0.0;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::float32 var_49 = 0.0;
    const wp::float32 var_50 = 0.0;
    const wp::float32 var_51 = 1.0;
    wp::vec_t<3, wp::float32>* var_52;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 0.0;
    const wp::float32 var_58 = 0.0;
    const wp::float32 var_59 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_60;
    //---------
    // forward
    // def quat_constructions(rpy: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.quat), twist: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat44)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // e = rpy[i]                                                                             <L 57>
    var_1 = wp::address(var_rpy, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.quat_rpy(e[0], e[1], e[2])                                                      <L 58>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::quat_rpy(var_5, var_7, var_9);
    // q2 = wp.quat_from_axis_angle(wp.normalize(wp.cross(a[i], b[i])), wp.acos(wp.clamp(wp.dot(wp.normalize(a[i]), wp.normalize(b[i])), -1.0, 1.0)))       <L 59>
    var_11 = wp::address(var_a, var_0);
    var_12 = wp::address(var_b, var_0);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::cross(var_14, var_15);
    var_16 = wp::normalize(var_13);
    var_17 = wp::address(var_a, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::normalize(var_19);
    var_20 = wp::address(var_b, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::normalize(var_22);
    var_23 = wp::dot(var_18, var_21);
    var_26 = wp::clamp(var_23, var_24, var_25);
    var_27 = wp::acos(var_26);
    var_28 = wp::quat_from_axis_angle(var_16, var_27);
    // out[i] = q * q2                                                                        <L 60>
    var_29 = wp::mul(var_10, var_28);
    wp::array_store(var_out, var_0, var_29);
    // twist[i] = wp.quat_inverse(q) * q2                                                     <L 61>
    var_30 = wp::quat_inverse(var_10);
    var_31 = wp::mul(var_30, var_28);
    wp::array_store(var_twist, var_0, var_31);
    // mats[i] = wp.mat44(wp.quat_to_matrix(q)[0, 0], 0.0, 0.0, a[i][0], 0.0, 1.0, 0.0, a[i][1], 0.0, 0.0, 1.0, a[i][2], 0.0, 0.0, 0.0, 1.0)       <L 62>
    var_32 = wp::quat_to_matrix(var_10);
    var_35 = wp::extract(var_32, var_33, var_34);
    var_38 = wp::address(var_a, var_0);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_45 = wp::address(var_a, var_0);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_52 = wp::address(var_a, var_0);
    var_55 = wp::load(var_52);
    var_54 = wp::extract(var_55, var_53);
    var_60 = wp::mat_t<4, 4, wp::float32>(var_35, var_36, var_37, var_40, var_42, var_43, var_44, var_47, var_49, var_50, var_51, var_54, var_56, var_57, var_58, var_59);
    wp::array_store(var_mats, var_0, var_60);
}



void quat_constructions_b634a72c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quat_constructions_b634a72c *_wp_args,
    wp_args_quat_constructions_b634a72c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy = _wp_args->rpy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::quat_t<wp::float32>> var_twist = _wp_args->twist;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rpy = _wp_adj_args->rpy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::quat_t<wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::quat_t<wp::float32>> adj_twist = _wp_adj_args->twist;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_mats = _wp_adj_args->mats;
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
    wp::quat_t<wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32>* var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 1.0;
    const wp::float32 var_44 = 0.0;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::float32 var_49 = 0.0;
    const wp::float32 var_50 = 0.0;
    const wp::float32 var_51 = 1.0;
    wp::vec_t<3, wp::float32>* var_52;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 0.0;
    const wp::float32 var_58 = 0.0;
    const wp::float32 var_59 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_60;
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
    wp::quat_t<wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    wp::quat_t<wp::float32> adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::mat_t<4, 4, wp::float32> adj_60 = {};
    //---------
    // forward
    // def quat_constructions(rpy: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.quat), twist: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat44)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // e = rpy[i]                                                                             <L 57>
    var_1 = wp::address(var_rpy, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.quat_rpy(e[0], e[1], e[2])                                                      <L 58>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::quat_rpy(var_5, var_7, var_9);
    // q2 = wp.quat_from_axis_angle(wp.normalize(wp.cross(a[i], b[i])), wp.acos(wp.clamp(wp.dot(wp.normalize(a[i]), wp.normalize(b[i])), -1.0, 1.0)))       <L 59>
    var_11 = wp::address(var_a, var_0);
    var_12 = wp::address(var_b, var_0);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::cross(var_14, var_15);
    var_16 = wp::normalize(var_13);
    var_17 = wp::address(var_a, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::normalize(var_19);
    var_20 = wp::address(var_b, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::normalize(var_22);
    var_23 = wp::dot(var_18, var_21);
    var_26 = wp::clamp(var_23, var_24, var_25);
    var_27 = wp::acos(var_26);
    var_28 = wp::quat_from_axis_angle(var_16, var_27);
    // out[i] = q * q2                                                                        <L 60>
    var_29 = wp::mul(var_10, var_28);
    // wp::array_store(var_out, var_0, var_29);
    // twist[i] = wp.quat_inverse(q) * q2                                                     <L 61>
    var_30 = wp::quat_inverse(var_10);
    var_31 = wp::mul(var_30, var_28);
    // wp::array_store(var_twist, var_0, var_31);
    // mats[i] = wp.mat44(wp.quat_to_matrix(q)[0, 0], 0.0, 0.0, a[i][0], 0.0, 1.0, 0.0, a[i][1], 0.0, 0.0, 1.0, a[i][2], 0.0, 0.0, 0.0, 1.0)       <L 62>
    var_32 = wp::quat_to_matrix(var_10);
    var_35 = wp::extract(var_32, var_33, var_34);
    var_38 = wp::address(var_a, var_0);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_45 = wp::address(var_a, var_0);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_52 = wp::address(var_a, var_0);
    var_55 = wp::load(var_52);
    var_54 = wp::extract(var_55, var_53);
    var_60 = wp::mat_t<4, 4, wp::float32>(var_35, var_36, var_37, var_40, var_42, var_43, var_44, var_47, var_49, var_50, var_51, var_54, var_56, var_57, var_58, var_59);
    // wp::array_store(var_mats, var_0, var_60);
    //---------
    // reverse
    wp::adj_array_store(var_mats, var_0, var_60, adj_mats, adj_0, adj_60);
    wp::adj_mat_t(var_35, var_36, var_37, var_40, var_42, var_43, var_44, var_47, var_49, var_50, var_51, var_54, var_56, var_57, var_58, var_59, adj_35, adj_36, adj_37, adj_40, adj_42, adj_43, adj_44, adj_47, adj_49, adj_50, adj_51, adj_54, adj_56, adj_57, adj_58, adj_59, adj_60);
    wp::adj_extract(var_55, var_53, adj_52, adj_53, adj_54);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_52);
    wp::adj_extract(var_48, var_46, adj_45, adj_46, adj_47);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_45);
    wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_38);
    wp::adj_extract(var_32, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
    wp::adj_quat_to_matrix(var_10, adj_10, adj_32);
    // adj: mats[i] = wp.mat44(wp.quat_to_matrix(q)[0, 0], 0.0, 0.0, a[i][0], 0.0, 1.0, 0.0, a[i][1], 0.0, 0.0, 1.0, a[i][2], 0.0, 0.0, 0.0, 1.0)  <L 62>
    wp::adj_array_store(var_twist, var_0, var_31, adj_twist, adj_0, adj_31);
    wp::adj_mul(var_30, var_28, adj_30, adj_28, adj_31);
    wp::adj_quat_inverse(var_10, adj_10, adj_30);
    // adj: twist[i] = wp.quat_inverse(q) * q2                                                <L 61>
    wp::adj_array_store(var_out, var_0, var_29, adj_out, adj_0, adj_29);
    wp::adj_mul(var_10, var_28, adj_10, adj_28, adj_29);
    // adj: out[i] = q * q2                                                                   <L 60>
    wp::adj_quat_from_axis_angle(var_16, var_27, adj_16, adj_27, adj_28);
    wp::adj_acos(var_26, adj_26, adj_27);
    wp::adj_clamp(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
    wp::adj_dot(var_18, var_21, adj_18, adj_21, adj_23);
    wp::adj_normalize(var_22, var_21, adj_20, adj_21);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_20);
    wp::adj_normalize(var_19, var_18, adj_17, adj_18);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_17);
    wp::adj_normalize(var_13, var_16, adj_13, adj_16);
    wp::adj_cross(var_14, var_15, adj_11, adj_12, adj_13);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_11);
    // adj: q2 = wp.quat_from_axis_angle(wp.normalize(wp.cross(a[i], b[i])), wp.acos(wp.clamp(wp.dot(wp.normalize(a[i]), wp.normalize(b[i])), -1.0, 1.0)))  <L 59>
    wp::adj_quat_rpy(var_5, var_7, var_9, adj_5, adj_7, adj_9, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: q = wp.quat_rpy(e[0], e[1], e[2])                                                 <L 58>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rpy, var_0, adj_rpy, adj_0, adj_1);
    // adj: e = rpy[i]                                                                        <L 57>
    // adj: i = wp.tid()                                                                      <L 56>
    // adj: def quat_constructions(rpy: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.quat), twist: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat44)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void quat_constructions_b634a72c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quat_constructions_b634a72c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quat_constructions_b634a72c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void quat_constructions_b634a72c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quat_constructions_b634a72c *_wp_args,
    wp_args_quat_constructions_b634a72c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quat_constructions_b634a72c_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

