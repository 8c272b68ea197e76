
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


// corpus/167_morton_sweep_prune.py:4
static wp::uint32 morton_expand_0(
    wp::uint32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1023;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 16;
    wp::uint32 var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    const wp::int32 var_7 = 50331903;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 8;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 50393103;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 4;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    const wp::int32 var_21 = 51130563;
    wp::uint32 var_22;
    wp::uint32 var_23;
    const wp::int32 var_24 = 2;
    wp::uint32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 153391689;
    wp::uint32 var_29;
    wp::uint32 var_30;
    //---------
    // forward
    // def morton_expand(v: wp.uint32) -> wp.uint32:                                          <L 5>
    // x = v & wp.uint32(0x3FF)                                                               <L 6>
    var_1 = wp::uint32(var_0);
    var_2 = wp::bit_and(var_v, var_1);
    // x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)                                 <L 7>
    var_4 = wp::uint32(var_3);
    var_5 = wp::lshift(var_2, var_4);
    var_6 = wp::bit_or(var_2, var_5);
    var_8 = wp::uint32(var_7);
    var_9 = wp::bit_and(var_6, var_8);
    // x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)                                  <L 8>
    var_11 = wp::uint32(var_10);
    var_12 = wp::lshift(var_9, var_11);
    var_13 = wp::bit_or(var_9, var_12);
    var_15 = wp::uint32(var_14);
    var_16 = wp::bit_and(var_13, var_15);
    // x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)                                  <L 9>
    var_18 = wp::uint32(var_17);
    var_19 = wp::lshift(var_16, var_18);
    var_20 = wp::bit_or(var_16, var_19);
    var_22 = wp::uint32(var_21);
    var_23 = wp::bit_and(var_20, var_22);
    // x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)                                  <L 10>
    var_25 = wp::uint32(var_24);
    var_26 = wp::lshift(var_23, var_25);
    var_27 = wp::bit_or(var_23, var_26);
    var_29 = wp::uint32(var_28);
    var_30 = wp::bit_and(var_27, var_29);
    // return x                                                                               <L 11>
    return var_30;
}


// corpus/167_morton_sweep_prune.py:14
static wp::uint32 morton3_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1024.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1023.0;
    wp::float32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 1024.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1023.0;
    wp::float32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    const wp::float32 var_21 = 1024.0;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 1023.0;
    wp::float32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 2;
    wp::uint32 var_29;
    wp::uint32 var_30;
    wp::uint32 var_31;
    const wp::int32 var_32 = 1;
    wp::uint32 var_33;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint32 var_36;
    wp::uint32 var_37;
    //---------
    // forward
    // def morton3(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> wp.uint32:                        <L 15>
    // t = wp.cw_div(p - lo, hi - lo)                                                         <L 16>
    var_0 = wp::sub(var_p, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::cw_div(var_0, var_1);
    // xi = wp.uint32(wp.clamp(t[0] * 1024.0, 0.0, 1023.0))                                   <L 17>
    var_4 = wp::extract(var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    var_10 = wp::uint32(var_9);
    // yi = wp.uint32(wp.clamp(t[1] * 1024.0, 0.0, 1023.0))                                   <L 18>
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_17 = wp::clamp(var_14, var_15, var_16);
    var_18 = wp::uint32(var_17);
    // zi = wp.uint32(wp.clamp(t[2] * 1024.0, 0.0, 1023.0))                                   <L 19>
    var_20 = wp::extract(var_2, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_25 = wp::clamp(var_22, var_23, var_24);
    var_26 = wp::uint32(var_25);
    // return (morton_expand(xi) << wp.uint32(2)) | (morton_expand(yi) << wp.uint32(1)) | morton_expand(zi)       <L 20>
    var_27 = morton_expand_0(var_10);
    var_29 = wp::uint32(var_28);
    var_30 = wp::lshift(var_27, var_29);
    var_31 = morton_expand_0(var_18);
    var_33 = wp::uint32(var_32);
    var_34 = wp::lshift(var_31, var_33);
    var_35 = wp::bit_or(var_30, var_34);
    var_36 = morton_expand_0(var_26);
    var_37 = wp::bit_or(var_35, var_36);
    return var_37;
}


// corpus/167_morton_sweep_prune.py:23
static bool overlap_0(
    wp::vec_t<3, wp::float32> var_alo,
    wp::vec_t<3, wp::float32> var_ahi,
    wp::vec_t<3, wp::float32> var_blo,
    wp::vec_t<3, wp::float32> var_bhi)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    bool var_7;
    const bool var_8 = false;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    bool var_15;
    bool var_16;
    const bool var_17 = false;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    bool var_25;
    const bool var_26 = false;
    const bool var_27 = true;
    //---------
    // forward
    // def overlap(alo: wp.vec3, ahi: wp.vec3, blo: wp.vec3, bhi: wp.vec3) -> bool:           <L 24>
    // for k in range(3):                                                                     <L 25>
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_1 = wp::extract(var_ahi, var_0);
    var_2 = wp::extract(var_blo, var_0);
    var_3 = (var_1 < var_2);
    var_4 = wp::extract(var_bhi, var_0);
    var_5 = wp::extract(var_alo, var_0);
    var_6 = (var_4 < var_5);
    var_7 = var_3 || var_6;
    if (var_7) {
        // return False                                                                       <L 27>
        return var_8;
    }
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_10 = wp::extract(var_ahi, var_9);
    var_11 = wp::extract(var_blo, var_9);
    var_12 = (var_10 < var_11);
    var_13 = wp::extract(var_bhi, var_9);
    var_14 = wp::extract(var_alo, var_9);
    var_15 = (var_13 < var_14);
    var_16 = var_12 || var_15;
    if (var_16) {
        // return False                                                                       <L 27>
        return var_17;
    }
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_19 = wp::extract(var_ahi, var_18);
    var_20 = wp::extract(var_blo, var_18);
    var_21 = (var_19 < var_20);
    var_22 = wp::extract(var_bhi, var_18);
    var_23 = wp::extract(var_alo, var_18);
    var_24 = (var_22 < var_23);
    var_25 = var_21 || var_24;
    if (var_25) {
        // return False                                                                       <L 27>
        return var_26;
    }
    // return True                                                                            <L 28>
    return var_27;
}


// corpus/167_morton_sweep_prune.py:4
static void adj_morton_expand_0(
    wp::uint32 var_v,
    wp::uint32 & adj_v,
    wp::uint32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1023;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 16;
    wp::uint32 var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    const wp::int32 var_7 = 50331903;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 8;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 50393103;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 4;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    const wp::int32 var_21 = 51130563;
    wp::uint32 var_22;
    wp::uint32 var_23;
    const wp::int32 var_24 = 2;
    wp::uint32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 153391689;
    wp::uint32 var_29;
    wp::uint32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::uint32 adj_12 = {};
    wp::uint32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::uint32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::uint32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::uint32 adj_22 = {};
    wp::uint32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::uint32 adj_25 = {};
    wp::uint32 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::uint32 adj_29 = {};
    wp::uint32 adj_30 = {};
    //---------
    // forward
    // def morton_expand(v: wp.uint32) -> wp.uint32:                                          <L 5>
    // x = v & wp.uint32(0x3FF)                                                               <L 6>
    var_1 = wp::uint32(var_0);
    var_2 = wp::bit_and(var_v, var_1);
    // x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)                                 <L 7>
    var_4 = wp::uint32(var_3);
    var_5 = wp::lshift(var_2, var_4);
    var_6 = wp::bit_or(var_2, var_5);
    var_8 = wp::uint32(var_7);
    var_9 = wp::bit_and(var_6, var_8);
    // x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)                                  <L 8>
    var_11 = wp::uint32(var_10);
    var_12 = wp::lshift(var_9, var_11);
    var_13 = wp::bit_or(var_9, var_12);
    var_15 = wp::uint32(var_14);
    var_16 = wp::bit_and(var_13, var_15);
    // x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)                                  <L 9>
    var_18 = wp::uint32(var_17);
    var_19 = wp::lshift(var_16, var_18);
    var_20 = wp::bit_or(var_16, var_19);
    var_22 = wp::uint32(var_21);
    var_23 = wp::bit_and(var_20, var_22);
    // x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)                                  <L 10>
    var_25 = wp::uint32(var_24);
    var_26 = wp::lshift(var_23, var_25);
    var_27 = wp::bit_or(var_23, var_26);
    var_29 = wp::uint32(var_28);
    var_30 = wp::bit_and(var_27, var_29);
    // return x                                                                               <L 11>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_30 += adj_ret;
    // adj: return x                                                                          <L 11>
    wp::adj_uint32(var_28, adj_28, adj_29);
    wp::adj_uint32(var_24, adj_24, adj_25);
    // adj: x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)                             <L 10>
    wp::adj_uint32(var_21, adj_21, adj_22);
    wp::adj_uint32(var_17, adj_17, adj_18);
    // adj: x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)                             <L 9>
    wp::adj_uint32(var_14, adj_14, adj_15);
    wp::adj_uint32(var_10, adj_10, adj_11);
    // adj: x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)                             <L 8>
    wp::adj_uint32(var_7, adj_7, adj_8);
    wp::adj_uint32(var_3, adj_3, adj_4);
    // adj: x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)                            <L 7>
    wp::adj_uint32(var_0, adj_0, adj_1);
    // adj: x = v & wp.uint32(0x3FF)                                                          <L 6>
    // adj: def morton_expand(v: wp.uint32) -> wp.uint32:                                     <L 5>
    return;
}


// corpus/167_morton_sweep_prune.py:14
static void adj_morton3_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_lo,
    wp::vec_t<3, wp::float32> & adj_hi,
    wp::uint32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1024.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1023.0;
    wp::float32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 1024.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1023.0;
    wp::float32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    const wp::float32 var_21 = 1024.0;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 1023.0;
    wp::float32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 2;
    wp::uint32 var_29;
    wp::uint32 var_30;
    wp::uint32 var_31;
    const wp::int32 var_32 = 1;
    wp::uint32 var_33;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint32 var_36;
    wp::uint32 var_37;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::uint32 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::uint32 adj_29 = {};
    wp::uint32 adj_30 = {};
    wp::uint32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::uint32 adj_33 = {};
    wp::uint32 adj_34 = {};
    wp::uint32 adj_35 = {};
    wp::uint32 adj_36 = {};
    wp::uint32 adj_37 = {};
    //---------
    // forward
    // def morton3(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> wp.uint32:                        <L 15>
    // t = wp.cw_div(p - lo, hi - lo)                                                         <L 16>
    var_0 = wp::sub(var_p, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::cw_div(var_0, var_1);
    // xi = wp.uint32(wp.clamp(t[0] * 1024.0, 0.0, 1023.0))                                   <L 17>
    var_4 = wp::extract(var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    var_10 = wp::uint32(var_9);
    // yi = wp.uint32(wp.clamp(t[1] * 1024.0, 0.0, 1023.0))                                   <L 18>
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_17 = wp::clamp(var_14, var_15, var_16);
    var_18 = wp::uint32(var_17);
    // zi = wp.uint32(wp.clamp(t[2] * 1024.0, 0.0, 1023.0))                                   <L 19>
    var_20 = wp::extract(var_2, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_25 = wp::clamp(var_22, var_23, var_24);
    var_26 = wp::uint32(var_25);
    // return (morton_expand(xi) << wp.uint32(2)) | (morton_expand(yi) << wp.uint32(1)) | morton_expand(zi)       <L 20>
    var_27 = morton_expand_0(var_10);
    var_29 = wp::uint32(var_28);
    var_30 = wp::lshift(var_27, var_29);
    var_31 = morton_expand_0(var_18);
    var_33 = wp::uint32(var_32);
    var_34 = wp::lshift(var_31, var_33);
    var_35 = wp::bit_or(var_30, var_34);
    var_36 = morton_expand_0(var_26);
    var_37 = wp::bit_or(var_35, var_36);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_37 += adj_ret;
    adj_morton_expand_0(var_26, adj_26, adj_36);
    wp::adj_uint32(var_32, adj_32, adj_33);
    adj_morton_expand_0(var_18, adj_18, adj_31);
    wp::adj_uint32(var_28, adj_28, adj_29);
    adj_morton_expand_0(var_10, adj_10, adj_27);
    // adj: return (morton_expand(xi) << wp.uint32(2)) | (morton_expand(yi) << wp.uint32(1)) | morton_expand(zi)  <L 20>
    wp::adj_uint32(var_25, adj_25, adj_26);
    wp::adj_clamp(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    // adj: zi = wp.uint32(wp.clamp(t[2] * 1024.0, 0.0, 1023.0))                              <L 19>
    wp::adj_uint32(var_17, adj_17, adj_18);
    wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    // adj: yi = wp.uint32(wp.clamp(t[1] * 1024.0, 0.0, 1023.0))                              <L 18>
    wp::adj_uint32(var_9, adj_9, adj_10);
    wp::adj_clamp(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_extract(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: xi = wp.uint32(wp.clamp(t[0] * 1024.0, 0.0, 1023.0))                              <L 17>
    wp::adj_cw_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_sub(var_hi, var_lo, adj_hi, adj_lo, adj_1);
    wp::adj_sub(var_p, var_lo, adj_p, adj_lo, adj_0);
    // adj: t = wp.cw_div(p - lo, hi - lo)                                                    <L 16>
    // adj: def morton3(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> wp.uint32:                   <L 15>
    return;
}


// corpus/167_morton_sweep_prune.py:23
static void adj_overlap_0(
    wp::vec_t<3, wp::float32> var_alo,
    wp::vec_t<3, wp::float32> var_ahi,
    wp::vec_t<3, wp::float32> var_blo,
    wp::vec_t<3, wp::float32> var_bhi,
    wp::vec_t<3, wp::float32> & adj_alo,
    wp::vec_t<3, wp::float32> & adj_ahi,
    wp::vec_t<3, wp::float32> & adj_blo,
    wp::vec_t<3, wp::float32> & adj_bhi,
    bool & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    bool var_7;
    const bool var_8 = false;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    bool var_15;
    bool var_16;
    const bool var_17 = false;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    bool var_25;
    const bool var_26 = false;
    const bool var_27 = true;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    bool adj_27 = {};
    //---------
    // forward
    // def overlap(alo: wp.vec3, ahi: wp.vec3, blo: wp.vec3, bhi: wp.vec3) -> bool:           <L 24>
    // for k in range(3):                                                                     <L 25>
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_1 = wp::extract(var_ahi, var_0);
    var_2 = wp::extract(var_blo, var_0);
    var_3 = (var_1 < var_2);
    var_4 = wp::extract(var_bhi, var_0);
    var_5 = wp::extract(var_alo, var_0);
    var_6 = (var_4 < var_5);
    var_7 = var_3 || var_6;
    if (var_7) {
        // return False                                                                       <L 27>
        goto label0;
    }
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_10 = wp::extract(var_ahi, var_9);
    var_11 = wp::extract(var_blo, var_9);
    var_12 = (var_10 < var_11);
    var_13 = wp::extract(var_bhi, var_9);
    var_14 = wp::extract(var_alo, var_9);
    var_15 = (var_13 < var_14);
    var_16 = var_12 || var_15;
    if (var_16) {
        // return False                                                                       <L 27>
        goto label1;
    }
    // if ahi[k] < blo[k] or bhi[k] < alo[k]:                                                 <L 26>
    var_19 = wp::extract(var_ahi, var_18);
    var_20 = wp::extract(var_blo, var_18);
    var_21 = (var_19 < var_20);
    var_22 = wp::extract(var_bhi, var_18);
    var_23 = wp::extract(var_alo, var_18);
    var_24 = (var_22 < var_23);
    var_25 = var_21 || var_24;
    if (var_25) {
        // return False                                                                       <L 27>
        goto label2;
    }
    // return True                                                                            <L 28>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_27 += adj_ret;
    // adj: return True                                                                       <L 28>
    if (var_25) {
        label2:;
        adj_26 += adj_ret;
        // adj: return False                                                                  <L 27>
    }
    wp::adj_extract(var_alo, var_18, adj_alo, adj_18, adj_23);
    wp::adj_extract(var_bhi, var_18, adj_bhi, adj_18, adj_22);
    wp::adj_extract(var_blo, var_18, adj_blo, adj_18, adj_20);
    wp::adj_extract(var_ahi, var_18, adj_ahi, adj_18, adj_19);
    // adj: if ahi[k] < blo[k] or bhi[k] < alo[k]:                                            <L 26>
    if (var_16) {
        label1:;
        adj_17 += adj_ret;
        // adj: return False                                                                  <L 27>
    }
    wp::adj_extract(var_alo, var_9, adj_alo, adj_9, adj_14);
    wp::adj_extract(var_bhi, var_9, adj_bhi, adj_9, adj_13);
    wp::adj_extract(var_blo, var_9, adj_blo, adj_9, adj_11);
    wp::adj_extract(var_ahi, var_9, adj_ahi, adj_9, adj_10);
    // adj: if ahi[k] < blo[k] or bhi[k] < alo[k]:                                            <L 26>
    if (var_7) {
        label0:;
        adj_8 += adj_ret;
        // adj: return False                                                                  <L 27>
    }
    wp::adj_extract(var_alo, var_0, adj_alo, adj_0, adj_5);
    wp::adj_extract(var_bhi, var_0, adj_bhi, adj_0, adj_4);
    wp::adj_extract(var_blo, var_0, adj_blo, adj_0, adj_2);
    wp::adj_extract(var_ahi, var_0, adj_ahi, adj_0, adj_1);
    // adj: if ahi[k] < blo[k] or bhi[k] < alo[k]:                                            <L 26>
    // adj: for k in range(3):                                                                <L 25>
    // adj: def overlap(alo: wp.vec3, ahi: wp.vec3, blo: wp.vec3, bhi: wp.vec3) -> bool:      <L 24>
    return;
}

struct wp_args_compute_codes_0cf08864 {
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::vec_t<3, wp::float32> scene_lo;
    wp::vec_t<3, wp::float32> scene_hi;
    wp::array_t<wp::uint32> codes;
    wp::array_t<wp::int32> ids;
};


void compute_codes_0cf08864_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_codes_0cf08864 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::vec_t<3, wp::float32> var_scene_lo = _wp_args->scene_lo;
    wp::vec_t<3, wp::float32> var_scene_hi = _wp_args->scene_hi;
    wp::array_t<wp::uint32> var_codes = _wp_args->codes;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    wp::uint32 var_8;
    //---------
    // forward
    // def compute_codes(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), scene_lo: wp.vec3, scene_hi: wp.vec3, codes: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // c = (lo[i] + hi[i]) * 0.5                                                              <L 34>
    var_1 = wp::address(var_lo, var_0);
    var_2 = wp::address(var_hi, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    // codes[i] = morton3(c, scene_lo, scene_hi)                                              <L 35>
    var_8 = morton3_0(var_7, var_scene_lo, var_scene_hi);
    wp::array_store(var_codes, var_0, var_8);
    // ids[i] = i                                                                             <L 36>
    wp::array_store(var_ids, var_0, var_0);
}



void compute_codes_0cf08864_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_codes_0cf08864 *_wp_args,
    wp_args_compute_codes_0cf08864 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::vec_t<3, wp::float32> var_scene_lo = _wp_args->scene_lo;
    wp::vec_t<3, wp::float32> var_scene_hi = _wp_args->scene_hi;
    wp::array_t<wp::uint32> var_codes = _wp_args->codes;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::vec_t<3, wp::float32> adj_scene_lo = _wp_adj_args->scene_lo;
    wp::vec_t<3, wp::float32> adj_scene_hi = _wp_adj_args->scene_hi;
    wp::array_t<wp::uint32> adj_codes = _wp_adj_args->codes;
    wp::array_t<wp::int32> adj_ids = _wp_adj_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    wp::uint32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::uint32 adj_8 = {};
    //---------
    // forward
    // def compute_codes(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), scene_lo: wp.vec3, scene_hi: wp.vec3, codes: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // c = (lo[i] + hi[i]) * 0.5                                                              <L 34>
    var_1 = wp::address(var_lo, var_0);
    var_2 = wp::address(var_hi, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    // codes[i] = morton3(c, scene_lo, scene_hi)                                              <L 35>
    var_8 = morton3_0(var_7, var_scene_lo, var_scene_hi);
    // wp::array_store(var_codes, var_0, var_8);
    // ids[i] = i                                                                             <L 36>
    // wp::array_store(var_ids, var_0, var_0);
    //---------
    // reverse
    wp::adj_array_store(var_ids, var_0, var_0, adj_ids, adj_0, adj_0);
    // adj: ids[i] = i                                                                        <L 36>
    wp::adj_array_store(var_codes, var_0, var_8, adj_codes, adj_0, adj_8);
    adj_morton3_0(var_7, var_scene_lo, var_scene_hi, adj_7, adj_scene_lo, adj_scene_hi, adj_8);
    // adj: codes[i] = morton3(c, scene_lo, scene_hi)                                         <L 35>
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_2);
    wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_1);
    // adj: c = (lo[i] + hi[i]) * 0.5                                                         <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def compute_codes(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), scene_lo: wp.vec3, scene_hi: wp.vec3, codes: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_codes_0cf08864_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_codes_0cf08864 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_codes_0cf08864_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_codes_0cf08864_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_codes_0cf08864 *_wp_args,
    wp_args_compute_codes_0cf08864 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_codes_0cf08864_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sweep_and_prune_17c96dc4 {
    wp::array_t<wp::int32> sorted_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::int32 max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> pairs;
    wp::array_t<wp::int32> count;
};


void sweep_and_prune_17c96dc4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sweep_and_prune_17c96dc4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    bool var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    bool var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::vec_t<2, wp::int32> var_39;
    //---------
    // forward
    // def sweep_and_prune(sorted_ids: wp.array(dtype=int), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):       <L 40>
    // s = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // n = sorted_ids.shape[0]                                                                <L 42>
    var_1 = &(var_sorted_ids.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = sorted_ids[s]                                                                      <L 43>
    var_5 = wp::address(var_sorted_ids, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for t in range(s + 1, n):                                                              <L 44>
    var_9 = wp::add(var_0, var_8);
    var_10 = wp::range(var_9, var_3);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // b = sorted_ids[t]                                                                  <L 45>
        var_12 = wp::address(var_sorted_ids, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if lo[b][0] > hi[a][0]:                                                            <L 46>
        var_15 = wp::address(var_lo, var_13);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::address(var_hi, var_6);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = (var_17 > var_21);
        if (var_23) {
            // break                                                                          <L 47>
            goto end_for_0;
        }
        // if overlap(lo[a], hi[a], lo[b], hi[b]):                                            <L 48>
        var_24 = wp::address(var_lo, var_6);
        var_25 = wp::address(var_hi, var_6);
        var_26 = wp::address(var_lo, var_13);
        var_27 = wp::address(var_hi, var_13);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_25);
        var_31 = wp::load(var_26);
        var_32 = wp::load(var_27);
        var_28 = overlap_0(var_29, var_30, var_31, var_32);
        if (var_28) {
            // slot = wp.atomic_add(count, 0, 1)                                              <L 49>
            var_35 = wp::atomic_add(var_count, var_33, var_34);
            // if slot < max_pairs:                                                           <L 50>
            var_36 = (var_35 < var_max_pairs);
            if (var_36) {
                // pairs[slot] = wp.vec2i(wp.min(a, b), wp.max(a, b))                         <L 51>
                var_37 = wp::min(var_6, var_13);
                var_38 = wp::max(var_6, var_13);
                var_39 = wp::vec_t<2, wp::int32>(var_37, var_38);
                wp::array_store(var_pairs, var_35, var_39);
            }
        }
        goto start_for_0;
    end_for_0:;
}



void sweep_and_prune_17c96dc4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sweep_and_prune_17c96dc4 *_wp_args,
    wp_args_sweep_and_prune_17c96dc4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::int32> adj_sorted_ids = _wp_adj_args->sorted_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::int32 adj_max_pairs = _wp_adj_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs = _wp_adj_args->pairs;
    wp::array_t<wp::int32> adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    bool var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    bool var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::vec_t<2, wp::int32> var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    bool adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::vec_t<2, wp::int32> adj_39 = {};
    //---------
    // forward
    // def sweep_and_prune(sorted_ids: wp.array(dtype=int), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):       <L 40>
    // s = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // n = sorted_ids.shape[0]                                                                <L 42>
    var_1 = &(var_sorted_ids.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = sorted_ids[s]                                                                      <L 43>
    var_5 = wp::address(var_sorted_ids, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for t in range(s + 1, n):                                                              <L 44>
    var_9 = wp::add(var_0, var_8);
    var_10 = wp::range(var_9, var_3);
    //---------
    // reverse
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
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
        // b = sorted_ids[t]                                                                  <L 45>
        var_12 = wp::address(var_sorted_ids, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if lo[b][0] > hi[a][0]:                                                            <L 46>
        var_15 = wp::address(var_lo, var_13);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::address(var_hi, var_6);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = (var_17 > var_21);
        if (var_23) {
            // break                                                                          <L 47>
            goto end_for_0;
        }
        // if overlap(lo[a], hi[a], lo[b], hi[b]):                                            <L 48>
        var_24 = wp::address(var_lo, var_6);
        var_25 = wp::address(var_hi, var_6);
        var_26 = wp::address(var_lo, var_13);
        var_27 = wp::address(var_hi, var_13);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_25);
        var_31 = wp::load(var_26);
        var_32 = wp::load(var_27);
        var_28 = overlap_0(var_29, var_30, var_31, var_32);
        if (var_28) {
            // slot = wp.atomic_add(count, 0, 1)                                              <L 49>
            // var_35 = wp::atomic_add(var_count, var_33, var_34);
            // if slot < max_pairs:                                                           <L 50>
            var_36 = (var_35 < var_max_pairs);
            if (var_36) {
                // pairs[slot] = wp.vec2i(wp.min(a, b), wp.max(a, b))                         <L 51>
                var_37 = wp::min(var_6, var_13);
                var_38 = wp::max(var_6, var_13);
                var_39 = wp::vec_t<2, wp::int32>(var_37, var_38);
                // wp::array_store(var_pairs, var_35, var_39);
            }
        }
        if (var_28) {
            if (var_36) {
                wp::adj_array_store(var_pairs, var_35, var_39, adj_pairs, adj_35, adj_39);
                wp::adj_vec_t(var_37, var_38, adj_37, adj_38, adj_39);
                wp::adj_max(var_6, var_13, adj_6, adj_13, adj_38);
                wp::adj_min(var_6, var_13, adj_6, adj_13, adj_37);
                // adj: pairs[slot] = wp.vec2i(wp.min(a, b), wp.max(a, b))                    <L 51>
            }
            // adj: if slot < max_pairs:                                                      <L 50>
            wp::adj_atomic_add(var_count, var_33, var_34, adj_count, adj_33, adj_34, adj_35);
            // adj: slot = wp.atomic_add(count, 0, 1)                                         <L 49>
        }
        adj_overlap_0(var_29, var_30, var_31, var_32, adj_24, adj_25, adj_26, adj_27, adj_28);
        wp::adj_address(var_hi, var_13, adj_hi, adj_13, adj_27);
        wp::adj_address(var_lo, var_13, adj_lo, adj_13, adj_26);
        wp::adj_address(var_hi, var_6, adj_hi, adj_6, adj_25);
        wp::adj_address(var_lo, var_6, adj_lo, adj_6, adj_24);
        // adj: if overlap(lo[a], hi[a], lo[b], hi[b]):                                       <L 48>
        if (var_23) {
            // adj: break                                                                     <L 47>
        }
        wp::adj_extract(var_22, var_20, adj_19, adj_20, adj_21);
        wp::adj_address(var_hi, var_6, adj_hi, adj_6, adj_19);
        wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
        wp::adj_address(var_lo, var_13, adj_lo, adj_13, adj_15);
        // adj: if lo[b][0] > hi[a][0]:                                                       <L 46>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_sorted_ids, var_11, adj_sorted_ids, adj_11, adj_12);
        // adj: b = sorted_ids[t]                                                             <L 45>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_9, var_3, adj_9, adj_3, adj_10);
    wp::adj_add(var_0, var_8, adj_0, adj_8, adj_9);
    // adj: for t in range(s + 1, n):                                                         <L 44>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_sorted_ids, var_0, adj_sorted_ids, adj_0, adj_5);
    // adj: a = sorted_ids[s]                                                                 <L 43>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_sorted_ids.shape = adj_1;
    // adj: n = sorted_ids.shape[0]                                                           <L 42>
    // adj: s = wp.tid()                                                                      <L 41>
    // adj: def sweep_and_prune(sorted_ids: wp.array(dtype=int), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sweep_and_prune_17c96dc4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sweep_and_prune_17c96dc4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sweep_and_prune_17c96dc4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sweep_and_prune_17c96dc4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sweep_and_prune_17c96dc4 *_wp_args,
    wp_args_sweep_and_prune_17c96dc4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sweep_and_prune_17c96dc4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_expand_boxes_e306d718 {
    wp::array_t<wp::vec_t<3, wp::float32>> centers;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
};


void expand_boxes_e306d718_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_expand_boxes_e306d718 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def expand_boxes(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3), dt: float, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // c = centers[i]                                                                         <L 57>
    var_1 = wp::address(var_centers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.vec3(radii[i])                                                                  <L 58>
    var_4 = wp::address(var_radii, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::vec_t<3, wp::float32>(var_6);
    // d = vel[i] * dt                                                                        <L 59>
    var_7 = wp::address(var_vel, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_dt);
    // lo[i] = wp.min(c - r, c - r + d)                                                       <L 60>
    var_10 = wp::sub(var_2, var_5);
    var_11 = wp::sub(var_2, var_5);
    var_12 = wp::add(var_11, var_8);
    var_13 = wp::min(var_10, var_12);
    wp::array_store(var_lo, var_0, var_13);
    // hi[i] = wp.max(c + r, c + r + d)                                                       <L 61>
    var_14 = wp::add(var_2, var_5);
    var_15 = wp::add(var_2, var_5);
    var_16 = wp::add(var_15, var_8);
    var_17 = wp::max(var_14, var_16);
    wp::array_store(var_hi, var_0, var_17);
}



void expand_boxes_e306d718_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_expand_boxes_e306d718 *_wp_args,
    wp_args_expand_boxes_e306d718 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers = _wp_adj_args->centers;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
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
    //---------
    // forward
    // def expand_boxes(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3), dt: float, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // c = centers[i]                                                                         <L 57>
    var_1 = wp::address(var_centers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.vec3(radii[i])                                                                  <L 58>
    var_4 = wp::address(var_radii, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::vec_t<3, wp::float32>(var_6);
    // d = vel[i] * dt                                                                        <L 59>
    var_7 = wp::address(var_vel, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_dt);
    // lo[i] = wp.min(c - r, c - r + d)                                                       <L 60>
    var_10 = wp::sub(var_2, var_5);
    var_11 = wp::sub(var_2, var_5);
    var_12 = wp::add(var_11, var_8);
    var_13 = wp::min(var_10, var_12);
    // wp::array_store(var_lo, var_0, var_13);
    // hi[i] = wp.max(c + r, c + r + d)                                                       <L 61>
    var_14 = wp::add(var_2, var_5);
    var_15 = wp::add(var_2, var_5);
    var_16 = wp::add(var_15, var_8);
    var_17 = wp::max(var_14, var_16);
    // wp::array_store(var_hi, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_hi, var_0, var_17, adj_hi, adj_0, adj_17);
    wp::adj_max(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_add(var_15, var_8, adj_15, adj_8, adj_16);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_15);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_14);
    // adj: hi[i] = wp.max(c + r, c + r + d)                                                  <L 61>
    wp::adj_array_store(var_lo, var_0, var_13, adj_lo, adj_0, adj_13);
    wp::adj_min(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_add(var_11, var_8, adj_11, adj_8, adj_12);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_11);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_10);
    // adj: lo[i] = wp.min(c - r, c - r + d)                                                  <L 60>
    wp::adj_mul(var_9, var_dt, adj_7, adj_dt, adj_8);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_7);
    // adj: d = vel[i] * dt                                                                   <L 59>
    wp::adj_vec_t(var_6, adj_4, adj_5);
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_4);
    // adj: r = wp.vec3(radii[i])                                                             <L 58>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_1);
    // adj: c = centers[i]                                                                    <L 57>
    // adj: i = wp.tid()                                                                      <L 56>
    // adj: def expand_boxes(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3), dt: float, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void expand_boxes_e306d718_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_expand_boxes_e306d718 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        expand_boxes_e306d718_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void expand_boxes_e306d718_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_expand_boxes_e306d718 *_wp_args,
    wp_args_expand_boxes_e306d718 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        expand_boxes_e306d718_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_odd_even_sort_step_054e07dc {
    wp::array_t<wp::uint32> keys;
    wp::array_t<wp::int32> vals;
    wp::int32 phase;
};


void odd_even_sort_step_054e07dc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_odd_even_sort_step_054e07dc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_vals = _wp_args->vals;
    wp::int32 var_phase = _wp_args->phase;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::uint32* var_13;
    wp::uint32* var_14;
    bool var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32* var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    wp::uint32* var_21;
    wp::uint32 var_22;
    wp::int32* var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::int32 var_27;
    //---------
    // forward
    // def odd_even_sort_step(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), phase: int):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // a = 2 * i + (phase & 1)                                                                <L 67>
    var_2 = wp::mul(var_1, var_0);
    var_4 = wp::bit_and(var_phase, var_3);
    var_5 = wp::add(var_2, var_4);
    // b = a + 1                                                                              <L 68>
    var_7 = wp::add(var_5, var_6);
    // if b >= keys.shape[0]:                                                                 <L 69>
    var_8 = &(var_keys.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = (var_7 >= var_10);
    if (var_12) {
        // return                                                                             <L 70>
        return;
    }
    // if keys[a] > keys[b]:                                                                  <L 71>
    var_13 = wp::address(var_keys, var_5);
    var_14 = wp::address(var_keys, var_7);
    var_16 = wp::load(var_13);
    var_17 = wp::load(var_14);
    var_15 = (var_16 > var_17);
    if (var_15) {
        // tk = keys[a]                                                                       <L 72>
        var_18 = wp::address(var_keys, var_5);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // keys[a] = keys[b]                                                                  <L 73>
        var_21 = wp::address(var_keys, var_7);
        var_22 = wp::load(var_21);
        wp::array_store(var_keys, var_5, var_22);
        // keys[b] = tk                                                                       <L 74>
        wp::array_store(var_keys, var_7, var_19);
        // tv = vals[a]                                                                       <L 75>
        var_23 = wp::address(var_vals, var_5);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // vals[a] = vals[b]                                                                  <L 76>
        var_26 = wp::address(var_vals, var_7);
        var_27 = wp::load(var_26);
        wp::array_store(var_vals, var_5, var_27);
        // vals[b] = tv                                                                       <L 77>
        wp::array_store(var_vals, var_7, var_24);
    }
}



void odd_even_sort_step_054e07dc_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_odd_even_sort_step_054e07dc *_wp_args,
    wp_args_odd_even_sort_step_054e07dc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_vals = _wp_args->vals;
    wp::int32 var_phase = _wp_args->phase;
    wp::array_t<wp::uint32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_vals = _wp_adj_args->vals;
    wp::int32 adj_phase = _wp_adj_args->phase;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::uint32* var_13;
    wp::uint32* var_14;
    bool var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32* var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    wp::uint32* var_21;
    wp::uint32 var_22;
    wp::int32* var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::int32 var_27;
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
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    bool adj_12 = {};
    wp::uint32 adj_13 = {};
    wp::uint32 adj_14 = {};
    bool adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::uint32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::uint32 adj_21 = {};
    wp::uint32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def odd_even_sort_step(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), phase: int):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // a = 2 * i + (phase & 1)                                                                <L 67>
    var_2 = wp::mul(var_1, var_0);
    var_4 = wp::bit_and(var_phase, var_3);
    var_5 = wp::add(var_2, var_4);
    // b = a + 1                                                                              <L 68>
    var_7 = wp::add(var_5, var_6);
    // if b >= keys.shape[0]:                                                                 <L 69>
    var_8 = &(var_keys.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = (var_7 >= var_10);
    if (var_12) {
        // return                                                                             <L 70>
        goto label0;
    }
    // if keys[a] > keys[b]:                                                                  <L 71>
    var_13 = wp::address(var_keys, var_5);
    var_14 = wp::address(var_keys, var_7);
    var_16 = wp::load(var_13);
    var_17 = wp::load(var_14);
    var_15 = (var_16 > var_17);
    if (var_15) {
        // tk = keys[a]                                                                       <L 72>
        var_18 = wp::address(var_keys, var_5);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // keys[a] = keys[b]                                                                  <L 73>
        var_21 = wp::address(var_keys, var_7);
        var_22 = wp::load(var_21);
        // wp::array_store(var_keys, var_5, var_22);
        // keys[b] = tk                                                                       <L 74>
        // wp::array_store(var_keys, var_7, var_19);
        // tv = vals[a]                                                                       <L 75>
        var_23 = wp::address(var_vals, var_5);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // vals[a] = vals[b]                                                                  <L 76>
        var_26 = wp::address(var_vals, var_7);
        var_27 = wp::load(var_26);
        // wp::array_store(var_vals, var_5, var_27);
        // vals[b] = tv                                                                       <L 77>
        // wp::array_store(var_vals, var_7, var_24);
    }
    //---------
    // reverse
    if (var_15) {
        wp::adj_array_store(var_vals, var_7, var_24, adj_vals, adj_7, adj_24);
        // adj: vals[b] = tv                                                                  <L 77>
        wp::adj_array_store(var_vals, var_5, var_27, adj_vals, adj_5, adj_26);
        wp::adj_address(var_vals, var_7, adj_vals, adj_7, adj_26);
        // adj: vals[a] = vals[b]                                                             <L 76>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_vals, var_5, adj_vals, adj_5, adj_23);
        // adj: tv = vals[a]                                                                  <L 75>
        wp::adj_array_store(var_keys, var_7, var_19, adj_keys, adj_7, adj_19);
        // adj: keys[b] = tk                                                                  <L 74>
        wp::adj_array_store(var_keys, var_5, var_22, adj_keys, adj_5, adj_21);
        wp::adj_address(var_keys, var_7, adj_keys, adj_7, adj_21);
        // adj: keys[a] = keys[b]                                                             <L 73>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_18);
        // adj: tk = keys[a]                                                                  <L 72>
    }
    wp::adj_address(var_keys, var_7, adj_keys, adj_7, adj_14);
    wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_13);
    // adj: if keys[a] > keys[b]:                                                             <L 71>
    if (var_12) {
        label0:;
        // adj: return                                                                        <L 70>
    }
    wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
    adj_keys.shape = adj_8;
    // adj: if b >= keys.shape[0]:                                                            <L 69>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: b = a + 1                                                                         <L 68>
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
    // adj: a = 2 * i + (phase & 1)                                                           <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def odd_even_sort_step(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), phase: int):  <L 65>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void odd_even_sort_step_054e07dc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_odd_even_sort_step_054e07dc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        odd_even_sort_step_054e07dc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void odd_even_sort_step_054e07dc_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_odd_even_sort_step_054e07dc *_wp_args,
    wp_args_odd_even_sort_step_054e07dc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        odd_even_sort_step_054e07dc_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

