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


// corpus/171_moller_trumbore_rays.py:6
static void moller_trumbore_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & ret_3)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-07;
    bool var_6;
    const bool var_7 = false;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::float32 var_19 = 1.0;
    bool var_20;
    const bool var_21 = false;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 1.0;
    bool var_33;
    const bool var_34 = false;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    wp::float32 var_39;
    bool var_40;
    //---------
    // forward
    // def moller_trumbore(o: wp.vec3, d: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):       <L 7>
    // e1 = b - a                                                                             <L 8>
    var_0 = wp::sub(var_b, var_a);
    // e2 = c - a                                                                             <L 9>
    var_1 = wp::sub(var_c, var_a);
    // p = wp.cross(d, e2)                                                                    <L 10>
    var_2 = wp::cross(var_d, var_1);
    // det = wp.dot(e1, p)                                                                    <L 11>
    var_3 = wp::dot(var_0, var_2);
    // if wp.abs(det) < EPS:                                                                  <L 12>
    var_4 = wp::abs(var_3);
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return False, 0.0, 0.0, 0.0                                                        <L 13>
        ret_0 = var_7;
        ret_1 = var_8;
        ret_2 = var_9;
        ret_3 = var_10;
        return;
    }
    // inv = 1.0 / det                                                                        <L 14>
    var_12 = wp::div(var_11, var_3);
    // s = o - a                                                                              <L 15>
    var_13 = wp::sub(var_o, var_a);
    // u = wp.dot(s, p) * inv                                                                 <L 16>
    var_14 = wp::dot(var_13, var_2);
    var_15 = wp::mul(var_14, var_12);
    // if u < 0.0 or u > 1.0:                                                                 <L 17>
    var_18 = (var_15 < var_17);
    var_16 = var_18;
    if (!var_16) {
        var_20 = (var_15 > var_19);
        var_16 = var_16 || var_20;
    }
    if (var_16) {
        // return False, 0.0, 0.0, 0.0                                                        <L 18>
        ret_0 = var_21;
        ret_1 = var_22;
        ret_2 = var_23;
        ret_3 = var_24;
        return;
    }
    // q = wp.cross(s, e1)                                                                    <L 19>
    var_25 = wp::cross(var_13, var_0);
    // v = wp.dot(d, q) * inv                                                                 <L 20>
    var_26 = wp::dot(var_d, var_25);
    var_27 = wp::mul(var_26, var_12);
    // if v < 0.0 or u + v > 1.0:                                                             <L 21>
    var_30 = (var_27 < var_29);
    var_28 = var_30;
    if (!var_28) {
        var_31 = wp::add(var_15, var_27);
        var_33 = (var_31 > var_32);
        var_28 = var_28 || var_33;
    }
    if (var_28) {
        // return False, 0.0, 0.0, 0.0                                                        <L 22>
        ret_0 = var_34;
        ret_1 = var_35;
        ret_2 = var_36;
        ret_3 = var_37;
        return;
    }
    // t = wp.dot(e2, q) * inv                                                                <L 23>
    var_38 = wp::dot(var_1, var_25);
    var_39 = wp::mul(var_38, var_12);
    // return t > EPS, t, u, v                                                                <L 24>
    var_40 = (var_39 > var_5);
    ret_0 = var_40;
    ret_1 = var_39;
    ret_2 = var_15;
    ret_3 = var_27;
    return;
}


// corpus/171_moller_trumbore_rays.py:6
static void adj_moller_trumbore_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & ret_3,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2,
    wp::float32 & adj_ret_3)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-07;
    bool var_6;
    const bool var_7 = false;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::float32 var_19 = 1.0;
    bool var_20;
    const bool var_21 = false;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 1.0;
    bool var_33;
    const bool var_34 = false;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    wp::float32 var_39;
    bool var_40;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    //---------
    // forward
    // def moller_trumbore(o: wp.vec3, d: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):       <L 7>
    // e1 = b - a                                                                             <L 8>
    var_0 = wp::sub(var_b, var_a);
    // e2 = c - a                                                                             <L 9>
    var_1 = wp::sub(var_c, var_a);
    // p = wp.cross(d, e2)                                                                    <L 10>
    var_2 = wp::cross(var_d, var_1);
    // det = wp.dot(e1, p)                                                                    <L 11>
    var_3 = wp::dot(var_0, var_2);
    // if wp.abs(det) < EPS:                                                                  <L 12>
    var_4 = wp::abs(var_3);
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return False, 0.0, 0.0, 0.0                                                        <L 13>
        ret_0 = var_7;
        ret_1 = var_8;
        ret_2 = var_9;
        ret_3 = var_10;
        goto label0;
    }
    // inv = 1.0 / det                                                                        <L 14>
    var_12 = wp::div(var_11, var_3);
    // s = o - a                                                                              <L 15>
    var_13 = wp::sub(var_o, var_a);
    // u = wp.dot(s, p) * inv                                                                 <L 16>
    var_14 = wp::dot(var_13, var_2);
    var_15 = wp::mul(var_14, var_12);
    // if u < 0.0 or u > 1.0:                                                                 <L 17>
    var_18 = (var_15 < var_17);
    var_16 = var_18;
    if (!var_16) {
        var_20 = (var_15 > var_19);
        var_16 = var_16 || var_20;
    }
    if (var_16) {
        // return False, 0.0, 0.0, 0.0                                                        <L 18>
        ret_0 = var_21;
        ret_1 = var_22;
        ret_2 = var_23;
        ret_3 = var_24;
        goto label1;
    }
    // q = wp.cross(s, e1)                                                                    <L 19>
    var_25 = wp::cross(var_13, var_0);
    // v = wp.dot(d, q) * inv                                                                 <L 20>
    var_26 = wp::dot(var_d, var_25);
    var_27 = wp::mul(var_26, var_12);
    // if v < 0.0 or u + v > 1.0:                                                             <L 21>
    var_30 = (var_27 < var_29);
    var_28 = var_30;
    if (!var_28) {
        var_31 = wp::add(var_15, var_27);
        var_33 = (var_31 > var_32);
        var_28 = var_28 || var_33;
    }
    if (var_28) {
        // return False, 0.0, 0.0, 0.0                                                        <L 22>
        ret_0 = var_34;
        ret_1 = var_35;
        ret_2 = var_36;
        ret_3 = var_37;
        goto label2;
    }
    // t = wp.dot(e2, q) * inv                                                                <L 23>
    var_38 = wp::dot(var_1, var_25);
    var_39 = wp::mul(var_38, var_12);
    // return t > EPS, t, u, v                                                                <L 24>
    var_40 = (var_39 > var_5);
    ret_0 = var_40;
    ret_1 = var_39;
    ret_2 = var_15;
    ret_3 = var_27;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_27 += adj_ret_3;
    adj_15 += adj_ret_2;
    adj_39 += adj_ret_1;
    adj_40 += adj_ret_0;
    // adj: return t > EPS, t, u, v                                                           <L 24>
    wp::adj_mul(var_38, var_12, adj_38, adj_12, adj_39);
    wp::adj_dot(var_1, var_25, adj_1, adj_25, adj_38);
    // adj: t = wp.dot(e2, q) * inv                                                           <L 23>
    if (var_28) {
        label2:;
        adj_37 += adj_ret_3;
        adj_36 += adj_ret_2;
        adj_35 += adj_ret_1;
        adj_34 += adj_ret_0;
        // adj: return False, 0.0, 0.0, 0.0                                                   <L 22>
    }
    if (!var_28) {
        wp::adj_add(var_15, var_27, adj_15, adj_27, adj_31);
    }
    // adj: if v < 0.0 or u + v > 1.0:                                                        <L 21>
    wp::adj_mul(var_26, var_12, adj_26, adj_12, adj_27);
    wp::adj_dot(var_d, var_25, adj_d, adj_25, adj_26);
    // adj: v = wp.dot(d, q) * inv                                                            <L 20>
    wp::adj_cross(var_13, var_0, adj_13, adj_0, adj_25);
    // adj: q = wp.cross(s, e1)                                                               <L 19>
    if (var_16) {
        label1:;
        adj_24 += adj_ret_3;
        adj_23 += adj_ret_2;
        adj_22 += adj_ret_1;
        adj_21 += adj_ret_0;
        // adj: return False, 0.0, 0.0, 0.0                                                   <L 18>
    }
    if (!var_16) {
    }
    // adj: if u < 0.0 or u > 1.0:                                                            <L 17>
    wp::adj_mul(var_14, var_12, adj_14, adj_12, adj_15);
    wp::adj_dot(var_13, var_2, adj_13, adj_2, adj_14);
    // adj: u = wp.dot(s, p) * inv                                                            <L 16>
    wp::adj_sub(var_o, var_a, adj_o, adj_a, adj_13);
    // adj: s = o - a                                                                         <L 15>
    wp::adj_div(var_11, var_3, var_12, adj_11, adj_3, adj_12);
    // adj: inv = 1.0 / det                                                                   <L 14>
    if (var_6) {
        label0:;
        adj_10 += adj_ret_3;
        adj_9 += adj_ret_2;
        adj_8 += adj_ret_1;
        adj_7 += adj_ret_0;
        // adj: return False, 0.0, 0.0, 0.0                                                   <L 13>
    }
    wp::adj_abs(var_3, adj_3, adj_4);
    // adj: if wp.abs(det) < EPS:                                                             <L 12>
    wp::adj_dot(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: det = wp.dot(e1, p)                                                               <L 11>
    wp::adj_cross(var_d, var_1, adj_d, adj_1, adj_2);
    // adj: p = wp.cross(d, e2)                                                               <L 10>
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    // adj: e2 = c - a                                                                        <L 9>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: e1 = b - a                                                                        <L 8>
    // adj: def moller_trumbore(o: wp.vec3, d: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):  <L 7>
    return;
}

struct wp_args_closest_hits_f63c4304 {
    wp::array_t<wp::vec_t<3, wp::float32>> origins;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::array_t<wp::float32> t_hit;
    wp::array_t<wp::int32> tri_hit;
    wp::array_t<wp::vec_t<2, wp::float32>> bary;
};


void closest_hits_f63c4304_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_closest_hits_f63c4304 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::float32> var_t_hit = _wp_args->t_hit;
    wp::array_t<wp::int32> var_tri_hit = _wp_args->tri_hit;
    wp::array_t<wp::vec_t<2, wp::float32>> var_bary = _wp_args->bary;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 1e+30;
    wp::float32 var_8;
    const wp::int32 var_9 = -1;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::int32>* var_18;
    wp::vec_t<3, wp::int32> var_19;
    wp::vec_t<3, wp::int32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32>* var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::float32 var_42;
    wp::int32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    //---------
    // forward
    // def closest_hits(                                                                      <L 28>
    // r = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // o = origins[r]                                                                         <L 38>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = dirs[r]                                                                            <L 39>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // best = float(1.0e30)                                                                   <L 40>
    var_8 = wp::float(var_7);
    // best_tri = int(-1)                                                                     <L 41>
    var_10 = wp::int(var_9);
    // best_uv = wp.vec2()                                                                    <L 42>
    var_11 = wp::vec_t<2, wp::float32>();
    // for f in range(tris.shape[0]):                                                         <L 43>
    var_12 = &(var_tris.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // tri = tris[f]                                                                      <L 44>
        var_18 = wp::address(var_tris, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // hit, t, u, v = moller_trumbore(o, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])       <L 45>
        var_22 = wp::extract(var_19, var_21);
        var_23 = wp::address(var_verts, var_22);
        var_25 = wp::extract(var_19, var_24);
        var_26 = wp::address(var_verts, var_25);
        var_28 = wp::extract(var_19, var_27);
        var_29 = wp::address(var_verts, var_28);
        var_34 = wp::load(var_23);
        var_35 = wp::load(var_26);
        var_36 = wp::load(var_29);
        moller_trumbore_0(var_2, var_5, var_34, var_35, var_36, var_30, var_31, var_32, var_33);
        // if hit and t < best:                                                               <L 46>
        var_37 = var_30;
        if (var_37) {
            var_38 = (var_31 < var_8);
            var_37 = var_37 && var_38;
        }
        if (var_37) {
            // best = t                                                                       <L 47>
            var_39 = wp::copy(var_31);
            // best_tri = f                                                                   <L 48>
            var_40 = wp::copy(var_17);
            // best_uv = wp.vec2(u, v)                                                        <L 49>
            var_41 = wp::vec_t<2, wp::float32>(var_32, var_33);
        }
        var_42 = wp::where(var_37, var_39, var_8);
        var_43 = wp::where(var_37, var_40, var_10);
        var_44 = wp::where(var_37, var_41, var_11);
        wp::assign(var_8, var_42);
        wp::assign(var_10, var_43);
        wp::assign(var_11, var_44);
        goto start_for_0;
    end_for_0:;
    // t_hit[r] = best                                                                        <L 50>
    wp::array_store(var_t_hit, var_0, var_8);
    // tri_hit[r] = best_tri                                                                  <L 51>
    wp::array_store(var_tri_hit, var_0, var_10);
    // bary[r] = best_uv                                                                      <L 52>
    wp::array_store(var_bary, var_0, var_11);
}



void closest_hits_f63c4304_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_closest_hits_f63c4304 *_wp_args,
    wp_args_closest_hits_f63c4304 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::float32> var_t_hit = _wp_args->t_hit;
    wp::array_t<wp::int32> var_tri_hit = _wp_args->tri_hit;
    wp::array_t<wp::vec_t<2, wp::float32>> var_bary = _wp_args->bary;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins = _wp_adj_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::float32> adj_t_hit = _wp_adj_args->t_hit;
    wp::array_t<wp::int32> adj_tri_hit = _wp_adj_args->tri_hit;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_bary = _wp_adj_args->bary;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 1e+30;
    wp::float32 var_8;
    const wp::int32 var_9 = -1;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::int32>* var_18;
    wp::vec_t<3, wp::int32> var_19;
    wp::vec_t<3, wp::int32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32>* var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::float32 var_42;
    wp::int32 var_43;
    wp::vec_t<2, wp::float32> var_44;
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
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::int32> adj_18 = {};
    wp::vec_t<3, wp::int32> adj_19 = {};
    wp::vec_t<3, wp::int32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    bool adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    //---------
    // forward
    // def closest_hits(                                                                      <L 28>
    // r = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // o = origins[r]                                                                         <L 38>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = dirs[r]                                                                            <L 39>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // best = float(1.0e30)                                                                   <L 40>
    var_8 = wp::float(var_7);
    // best_tri = int(-1)                                                                     <L 41>
    var_10 = wp::int(var_9);
    // best_uv = wp.vec2()                                                                    <L 42>
    var_11 = wp::vec_t<2, wp::float32>();
    // for f in range(tris.shape[0]):                                                         <L 43>
    var_12 = &(var_tris.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    // t_hit[r] = best                                                                        <L 50>
    // wp::array_store(var_t_hit, var_0, var_8);
    // tri_hit[r] = best_tri                                                                  <L 51>
    // wp::array_store(var_tri_hit, var_0, var_10);
    // bary[r] = best_uv                                                                      <L 52>
    // wp::array_store(var_bary, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_bary, var_0, var_11, adj_bary, adj_0, adj_11);
    // adj: bary[r] = best_uv                                                                 <L 52>
    wp::adj_array_store(var_tri_hit, var_0, var_10, adj_tri_hit, adj_0, adj_10);
    // adj: tri_hit[r] = best_tri                                                             <L 51>
    wp::adj_array_store(var_t_hit, var_0, var_8, adj_t_hit, adj_0, adj_8);
    // adj: t_hit[r] = best                                                                   <L 50>
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
        // tri = tris[f]                                                                      <L 44>
        var_18 = wp::address(var_tris, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // hit, t, u, v = moller_trumbore(o, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])       <L 45>
        var_22 = wp::extract(var_19, var_21);
        var_23 = wp::address(var_verts, var_22);
        var_25 = wp::extract(var_19, var_24);
        var_26 = wp::address(var_verts, var_25);
        var_28 = wp::extract(var_19, var_27);
        var_29 = wp::address(var_verts, var_28);
        var_34 = wp::load(var_23);
        var_35 = wp::load(var_26);
        var_36 = wp::load(var_29);
        moller_trumbore_0(var_2, var_5, var_34, var_35, var_36, var_30, var_31, var_32, var_33);
        // if hit and t < best:                                                               <L 46>
        var_37 = var_30;
        if (var_37) {
            var_38 = (var_31 < var_8);
            var_37 = var_37 && var_38;
        }
        if (var_37) {
            // best = t                                                                       <L 47>
            var_39 = wp::copy(var_31);
            // best_tri = f                                                                   <L 48>
            var_40 = wp::copy(var_17);
            // best_uv = wp.vec2(u, v)                                                        <L 49>
            var_41 = wp::vec_t<2, wp::float32>(var_32, var_33);
        }
        var_42 = wp::where(var_37, var_39, var_8);
        var_43 = wp::where(var_37, var_40, var_10);
        var_44 = wp::where(var_37, var_41, var_11);
        wp::assign(var_8, var_42);
        wp::assign(var_10, var_43);
        wp::assign(var_11, var_44);
        wp::adj_assign(var_11, var_44, adj_11, adj_44);
        wp::adj_assign(var_10, var_43, adj_10, adj_43);
        wp::adj_assign(var_8, var_42, adj_8, adj_42);
        wp::adj_where(var_37, var_41, var_11, adj_37, adj_41, adj_11, adj_44);
        wp::adj_where(var_37, var_40, var_10, adj_37, adj_40, adj_10, adj_43);
        wp::adj_where(var_37, var_39, var_8, adj_37, adj_39, adj_8, adj_42);
        if (var_37) {
            wp::adj_vec_t(var_32, var_33, adj_32, adj_33, adj_41);
            // adj: best_uv = wp.vec2(u, v)                                                   <L 49>
            wp::adj_copy(var_17, adj_17, adj_40);
            // adj: best_tri = f                                                              <L 48>
            wp::adj_copy(var_31, adj_31, adj_39);
            // adj: best = t                                                                  <L 47>
        }
        if (var_37) {
        }
        // adj: if hit and t < best:                                                          <L 46>
        adj_moller_trumbore_0(var_2, var_5, var_34, var_35, var_36, var_30, var_31, var_32, var_33, adj_2, adj_5, adj_23, adj_26, adj_29, adj_30, adj_31, adj_32, adj_33);
        wp::adj_address(var_verts, var_28, adj_verts, adj_28, adj_29);
        wp::adj_extract(var_19, var_27, adj_19, adj_27, adj_28);
        wp::adj_address(var_verts, var_25, adj_verts, adj_25, adj_26);
        wp::adj_extract(var_19, var_24, adj_19, adj_24, adj_25);
        wp::adj_address(var_verts, var_22, adj_verts, adj_22, adj_23);
        wp::adj_extract(var_19, var_21, adj_19, adj_21, adj_22);
        // adj: hit, t, u, v = moller_trumbore(o, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])  <L 45>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_tris, var_17, adj_tris, adj_17, adj_18);
        // adj: tri = tris[f]                                                                 <L 44>
    	goto start_for_0;
    end_for_0:;
    adj_tris.shape = adj_12;
    // adj: for f in range(tris.shape[0]):                                                    <L 43>
    // adj: best_uv = wp.vec2()                                                               <L 42>
    // adj: best_tri = int(-1)                                                                <L 41>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: best = float(1.0e30)                                                              <L 40>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
    // adj: d = dirs[r]                                                                       <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
    // adj: o = origins[r]                                                                    <L 38>
    // adj: r = wp.tid()                                                                      <L 37>
    // adj: def closest_hits(                                                                 <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void closest_hits_f63c4304_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_closest_hits_f63c4304 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        closest_hits_f63c4304_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void closest_hits_f63c4304_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_closest_hits_f63c4304 *_wp_args,
    wp_args_closest_hits_f63c4304 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        closest_hits_f63c4304_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_any_hit_shadow_121e0762 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::vec_t<3, wp::float32> light;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::array_t<bool> lit;
};


void any_hit_shadow_121e0762_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_any_hit_shadow_121e0762 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_light = _wp_args->light;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<bool> var_lit = _wp_args->lit;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const bool var_7 = true;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32>* var_15;
    wp::vec_t<3, wp::int32> var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::float32 var_18 = 0.0001;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32>* var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    const bool var_39 = false;
    //---------
    // forward
    // def any_hit_shadow(points: wp.array(dtype=wp.vec3), light: wp.vec3, verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), lit: wp.array(dtype=wp.bool)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 58>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // to_light = light - p                                                                   <L 59>
    var_4 = wp::sub(var_light, var_2);
    // dist = wp.length(to_light)                                                             <L 60>
    var_5 = wp::length(var_4);
    // d = to_light / dist                                                                    <L 61>
    var_6 = wp::div(var_4, var_5);
    // visible = bool(True)                                                                   <L 62>
    var_8 = bool(var_7);
    // for f in range(tris.shape[0]):                                                         <L 63>
    var_9 = &(var_tris.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // tri = tris[f]                                                                      <L 64>
        var_15 = wp::address(var_tris, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // hit, t, u, v = moller_trumbore(p + d * 1.0e-4, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])       <L 65>
        var_19 = wp::mul(var_6, var_18);
        var_20 = wp::add(var_2, var_19);
        var_22 = wp::extract(var_16, var_21);
        var_23 = wp::address(var_verts, var_22);
        var_25 = wp::extract(var_16, var_24);
        var_26 = wp::address(var_verts, var_25);
        var_28 = wp::extract(var_16, var_27);
        var_29 = wp::address(var_verts, var_28);
        var_34 = wp::load(var_23);
        var_35 = wp::load(var_26);
        var_36 = wp::load(var_29);
        moller_trumbore_0(var_20, var_6, var_34, var_35, var_36, var_30, var_31, var_32, var_33);
        // if hit and t < dist:                                                               <L 66>
        var_37 = var_30;
        if (var_37) {
            var_38 = (var_31 < var_5);
            var_37 = var_37 && var_38;
        }
        if (var_37) {
            // visible = False                                                                <L 67>
            // break                                                                          <L 68>
            wp::assign(var_8, var_39);
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
    // lit[i] = visible                                                                       <L 69>
    wp::array_store(var_lit, var_0, var_8);
}



void any_hit_shadow_121e0762_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_any_hit_shadow_121e0762 *_wp_args,
    wp_args_any_hit_shadow_121e0762 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_light = _wp_args->light;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<bool> var_lit = _wp_args->lit;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::vec_t<3, wp::float32> adj_light = _wp_adj_args->light;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::array_t<bool> adj_lit = _wp_adj_args->lit;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const bool var_7 = true;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32>* var_15;
    wp::vec_t<3, wp::int32> var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::float32 var_18 = 0.0001;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32>* var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    const bool var_39 = false;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::int32> adj_15 = {};
    wp::vec_t<3, wp::int32> adj_16 = {};
    wp::vec_t<3, wp::int32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    bool adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    //---------
    // forward
    // def any_hit_shadow(points: wp.array(dtype=wp.vec3), light: wp.vec3, verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), lit: wp.array(dtype=wp.bool)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 58>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // to_light = light - p                                                                   <L 59>
    var_4 = wp::sub(var_light, var_2);
    // dist = wp.length(to_light)                                                             <L 60>
    var_5 = wp::length(var_4);
    // d = to_light / dist                                                                    <L 61>
    var_6 = wp::div(var_4, var_5);
    // visible = bool(True)                                                                   <L 62>
    var_8 = bool(var_7);
    // for f in range(tris.shape[0]):                                                         <L 63>
    var_9 = &(var_tris.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    // lit[i] = visible                                                                       <L 69>
    // wp::array_store(var_lit, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_lit, var_0, var_8, adj_lit, adj_0, adj_8);
    // adj: lit[i] = visible                                                                  <L 69>
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
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
        // tri = tris[f]                                                                      <L 64>
        var_15 = wp::address(var_tris, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // hit, t, u, v = moller_trumbore(p + d * 1.0e-4, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])       <L 65>
        var_19 = wp::mul(var_6, var_18);
        var_20 = wp::add(var_2, var_19);
        var_22 = wp::extract(var_16, var_21);
        var_23 = wp::address(var_verts, var_22);
        var_25 = wp::extract(var_16, var_24);
        var_26 = wp::address(var_verts, var_25);
        var_28 = wp::extract(var_16, var_27);
        var_29 = wp::address(var_verts, var_28);
        var_34 = wp::load(var_23);
        var_35 = wp::load(var_26);
        var_36 = wp::load(var_29);
        moller_trumbore_0(var_20, var_6, var_34, var_35, var_36, var_30, var_31, var_32, var_33);
        // if hit and t < dist:                                                               <L 66>
        var_37 = var_30;
        if (var_37) {
            var_38 = (var_31 < var_5);
            var_37 = var_37 && var_38;
        }
        if (var_37) {
            // visible = False                                                                <L 67>
            // break                                                                          <L 68>
            wp::assign(var_8, var_39);
            goto end_for_0;
        }
        if (var_37) {
            wp::adj_assign(var_8, var_39, adj_8, adj_39);
            // adj: break                                                                     <L 68>
            // adj: visible = False                                                           <L 67>
        }
        if (var_37) {
        }
        // adj: if hit and t < dist:                                                          <L 66>
        adj_moller_trumbore_0(var_20, var_6, var_34, var_35, var_36, var_30, var_31, var_32, var_33, adj_20, adj_6, adj_23, adj_26, adj_29, adj_30, adj_31, adj_32, adj_33);
        wp::adj_address(var_verts, var_28, adj_verts, adj_28, adj_29);
        wp::adj_extract(var_16, var_27, adj_16, adj_27, adj_28);
        wp::adj_address(var_verts, var_25, adj_verts, adj_25, adj_26);
        wp::adj_extract(var_16, var_24, adj_16, adj_24, adj_25);
        wp::adj_address(var_verts, var_22, adj_verts, adj_22, adj_23);
        wp::adj_extract(var_16, var_21, adj_16, adj_21, adj_22);
        wp::adj_add(var_2, var_19, adj_2, adj_19, adj_20);
        wp::adj_mul(var_6, var_18, adj_6, adj_18, adj_19);
        // adj: hit, t, u, v = moller_trumbore(p + d * 1.0e-4, d, verts[tri[0]], verts[tri[1]], verts[tri[2]])  <L 65>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_tris, var_14, adj_tris, adj_14, adj_15);
        // adj: tri = tris[f]                                                                 <L 64>
    	goto start_for_0;
    end_for_0:;
    adj_tris.shape = adj_9;
    // adj: for f in range(tris.shape[0]):                                                    <L 63>
    // adj: visible = bool(True)                                                              <L 62>
    wp::adj_div(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: d = to_light / dist                                                               <L 61>
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    // adj: dist = wp.length(to_light)                                                        <L 60>
    wp::adj_sub(var_light, var_2, adj_light, adj_2, adj_4);
    // adj: to_light = light - p                                                              <L 59>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def any_hit_shadow(points: wp.array(dtype=wp.vec3), light: wp.vec3, verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), lit: wp.array(dtype=wp.bool)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void any_hit_shadow_121e0762_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_any_hit_shadow_121e0762 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        any_hit_shadow_121e0762_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void any_hit_shadow_121e0762_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_any_hit_shadow_121e0762 *_wp_args,
    wp_args_any_hit_shadow_121e0762 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        any_hit_shadow_121e0762_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_face_normals_683af660 {
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::vec_t<3, wp::float32>> vnormals;
    wp::array_t<wp::float32> area;
};


void face_normals_683af660_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_face_normals_683af660 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vnormals = _wp_args->vnormals;
    wp::array_t<wp::float32> var_area = _wp_args->area;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1e-12;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // forward
    // def face_normals(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), normals: wp.array(dtype=wp.vec3), vnormals: wp.array(dtype=wp.vec3), area: wp.array(dtype=float)):       <L 73>
    // f = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // tri = tris[f]                                                                          <L 75>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = verts[tri[0]]                                                                      <L 76>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_verts, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // n = wp.cross(verts[tri[1]] - a, verts[tri[2]] - a)                                     <L 77>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_verts, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_13, var_7);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_verts, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_7);
    var_19 = wp::cross(var_12, var_17);
    // l = wp.length(n)                                                                       <L 78>
    var_20 = wp::length(var_19);
    // normals[f] = n / wp.max(l, 1.0e-12)                                                    <L 79>
    var_22 = wp::max(var_20, var_21);
    var_23 = wp::div(var_19, var_22);
    wp::array_store(var_normals, var_0, var_23);
    // wp.atomic_add(area, 0, 0.5 * l)                                                        <L 80>
    var_26 = wp::mul(var_25, var_20);
    var_27 = wp::atomic_add(var_area, var_24, var_26);
    // for k in range(3):                                                                     <L 81>
    // wp.atomic_add(vnormals, tri[k], n)                                                     <L 82>
    var_29 = wp::extract(var_2, var_28);
    var_30 = wp::atomic_add(var_vnormals, var_29, var_19);
    var_32 = wp::extract(var_2, var_31);
    var_33 = wp::atomic_add(var_vnormals, var_32, var_19);
    var_35 = wp::extract(var_2, var_34);
    var_36 = wp::atomic_add(var_vnormals, var_35, var_19);
}



void face_normals_683af660_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_face_normals_683af660 *_wp_args,
    wp_args_face_normals_683af660 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vnormals = _wp_args->vnormals;
    wp::array_t<wp::float32> var_area = _wp_args->area;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vnormals = _wp_adj_args->vnormals;
    wp::array_t<wp::float32> adj_area = _wp_adj_args->area;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1e-12;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def face_normals(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), normals: wp.array(dtype=wp.vec3), vnormals: wp.array(dtype=wp.vec3), area: wp.array(dtype=float)):       <L 73>
    // f = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // tri = tris[f]                                                                          <L 75>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = verts[tri[0]]                                                                      <L 76>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_verts, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // n = wp.cross(verts[tri[1]] - a, verts[tri[2]] - a)                                     <L 77>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_verts, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_13, var_7);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_verts, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_7);
    var_19 = wp::cross(var_12, var_17);
    // l = wp.length(n)                                                                       <L 78>
    var_20 = wp::length(var_19);
    // normals[f] = n / wp.max(l, 1.0e-12)                                                    <L 79>
    var_22 = wp::max(var_20, var_21);
    var_23 = wp::div(var_19, var_22);
    // wp::array_store(var_normals, var_0, var_23);
    // wp.atomic_add(area, 0, 0.5 * l)                                                        <L 80>
    var_26 = wp::mul(var_25, var_20);
    // var_27 = wp::atomic_add(var_area, var_24, var_26);
    // for k in range(3):                                                                     <L 81>
    // wp.atomic_add(vnormals, tri[k], n)                                                     <L 82>
    var_29 = wp::extract(var_2, var_28);
    // var_30 = wp::atomic_add(var_vnormals, var_29, var_19);
    var_32 = wp::extract(var_2, var_31);
    // var_33 = wp::atomic_add(var_vnormals, var_32, var_19);
    var_35 = wp::extract(var_2, var_34);
    // var_36 = wp::atomic_add(var_vnormals, var_35, var_19);
    //---------
    // reverse
    wp::adj_atomic_add(var_vnormals, var_35, var_19, adj_vnormals, adj_35, adj_19, adj_36);
    wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_35);
    wp::adj_atomic_add(var_vnormals, var_32, var_19, adj_vnormals, adj_32, adj_19, adj_33);
    wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_32);
    wp::adj_atomic_add(var_vnormals, var_29, var_19, adj_vnormals, adj_29, adj_19, adj_30);
    wp::adj_extract(var_2, var_28, adj_2, adj_28, adj_29);
    // adj: wp.atomic_add(vnormals, tri[k], n)                                                <L 82>
    // adj: for k in range(3):                                                                <L 81>
    wp::adj_atomic_add(var_area, var_24, var_26, adj_area, adj_24, adj_26, adj_27);
    wp::adj_mul(var_25, var_20, adj_25, adj_20, adj_26);
    // adj: wp.atomic_add(area, 0, 0.5 * l)                                                   <L 80>
    wp::adj_array_store(var_normals, var_0, var_23, adj_normals, adj_0, adj_23);
    wp::adj_div(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    // adj: normals[f] = n / wp.max(l, 1.0e-12)                                               <L 79>
    wp::adj_length(var_19, var_20, adj_19, adj_20);
    // adj: l = wp.length(n)                                                                  <L 78>
    wp::adj_cross(var_12, var_17, adj_12, adj_17, adj_19);
    wp::adj_sub(var_18, var_7, adj_16, adj_7, adj_17);
    wp::adj_address(var_verts, var_15, adj_verts, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_sub(var_13, var_7, adj_11, adj_7, adj_12);
    wp::adj_address(var_verts, var_10, adj_verts, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: n = wp.cross(verts[tri[1]] - a, verts[tri[2]] - a)                                <L 77>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_verts, var_5, adj_verts, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: a = verts[tri[0]]                                                                 <L 76>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_tris, var_0, adj_tris, adj_0, adj_1);
    // adj: tri = tris[f]                                                                     <L 75>
    // adj: f = wp.tid()                                                                      <L 74>
    // adj: def face_normals(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), normals: wp.array(dtype=wp.vec3), vnormals: wp.array(dtype=wp.vec3), area: wp.array(dtype=float)):  <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void face_normals_683af660_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_face_normals_683af660 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        face_normals_683af660_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void face_normals_683af660_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_face_normals_683af660 *_wp_args,
    wp_args_face_normals_683af660 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        face_normals_683af660_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

