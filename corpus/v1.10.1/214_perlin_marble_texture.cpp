
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


// corpus/214_perlin_marble_texture.py:4
static wp::float32 fade_0(
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 15.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 10.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def fade(t: float) -> float:                                                           <L 5>
    // return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                       <L 6>
    var_0 = wp::mul(var_t, var_t);
    var_1 = wp::mul(var_0, var_t);
    var_3 = wp::mul(var_t, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_t, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    return var_9;
}


// corpus/214_perlin_marble_texture.py:26
static wp::uint32 hash2_0(
    wp::array_t<wp::uint8> var_perm,
    wp::int32 var_x,
    wp::int32 var_y)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 255;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 255;
    wp::int32 var_7;
    wp::uint8* var_8;
    wp::uint32 var_9;
    wp::uint8 var_10;
    //---------
    // forward
    // def hash2(perm: wp.array(dtype=wp.uint8), x: int, y: int) -> wp.uint32:                <L 27>
    // return wp.uint32(perm[(int(perm[x & 255]) + y) & 255])                                 <L 28>
    var_1 = wp::bit_and(var_x, var_0);
    var_2 = wp::address(var_perm, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_5 = wp::add(var_3, var_y);
    var_7 = wp::bit_and(var_5, var_6);
    var_8 = wp::address(var_perm, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::uint32(var_10);
    return var_9;
}


// corpus/214_perlin_marble_texture.py:9
static wp::float32 grad2_0(
    wp::uint32 var_h,
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 7;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 4;
    wp::uint32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::uint32 var_16;
    wp::uint32 var_17;
    const wp::int32 var_18 = 0;
    wp::uint32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::uint32 var_24;
    wp::uint32 var_25;
    const wp::int32 var_26 = 0;
    wp::uint32 var_27;
    bool var_28;
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = -2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def grad2(h: wp.uint32, x: float, y: float) -> float:                                  <L 10>
    // k = h & wp.uint32(7)                                                                   <L 11>
    var_1 = wp::uint32(var_0);
    var_2 = wp::bit_and(var_h, var_1);
    // u = x                                                                                  <L 12>
    var_3 = wp::copy(var_x);
    // v = y                                                                                  <L 13>
    var_4 = wp::copy(var_y);
    // if k >= wp.uint32(4):                                                                  <L 14>
    var_6 = wp::uint32(var_5);
    var_7 = (var_2 >= var_6);
    if (var_7) {
        // u = y                                                                              <L 15>
        var_8 = wp::copy(var_y);
        // v = x                                                                              <L 16>
        var_9 = wp::copy(var_x);
    }
    var_10 = wp::where(var_7, var_8, var_3);
    var_11 = wp::where(var_7, var_9, var_4);
    // su = u                                                                                 <L 17>
    var_12 = wp::copy(var_10);
    // sv = 2.0 * v                                                                           <L 18>
    var_14 = wp::mul(var_13, var_11);
    // if (k & wp.uint32(1)) != wp.uint32(0):                                                 <L 19>
    var_16 = wp::uint32(var_15);
    var_17 = wp::bit_and(var_2, var_16);
    var_19 = wp::uint32(var_18);
    var_20 = (var_17 != var_19);
    if (var_20) {
        // su = -u                                                                            <L 20>
        var_21 = wp::neg(var_10);
    }
    var_22 = wp::where(var_20, var_21, var_12);
    // if (k & wp.uint32(2)) != wp.uint32(0):                                                 <L 21>
    var_24 = wp::uint32(var_23);
    var_25 = wp::bit_and(var_2, var_24);
    var_27 = wp::uint32(var_26);
    var_28 = (var_25 != var_27);
    if (var_28) {
        // sv = -2.0 * v                                                                      <L 22>
        var_31 = wp::mul(var_30, var_11);
    }
    var_32 = wp::where(var_28, var_31, var_14);
    // return su + sv                                                                         <L 23>
    var_33 = wp::add(var_22, var_32);
    return var_33;
}


// corpus/214_perlin_marble_texture.py:31
static wp::float32 perlin_0(
    wp::array_t<wp::uint8> var_perm,
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::uint32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::uint32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::uint32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::uint32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 1.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // forward
    // def perlin(perm: wp.array(dtype=wp.uint8), x: float, y: float) -> float:               <L 32>
    // xi = int(wp.floor(x))                                                                  <L 33>
    var_0 = wp::floor(var_x);
    var_1 = wp::int(var_0);
    // yi = int(wp.floor(y))                                                                  <L 34>
    var_2 = wp::floor(var_y);
    var_3 = wp::int(var_2);
    // xf = x - float(xi)                                                                     <L 35>
    var_4 = wp::float(var_1);
    var_5 = wp::sub(var_x, var_4);
    // yf = y - float(yi)                                                                     <L 36>
    var_6 = wp::float(var_3);
    var_7 = wp::sub(var_y, var_6);
    // u = fade(xf)                                                                           <L 37>
    var_8 = fade_0(var_5);
    // v = fade(yf)                                                                           <L 38>
    var_9 = fade_0(var_7);
    // n00 = grad2(hash2(perm, xi, yi), xf, yf)                                               <L 39>
    var_10 = hash2_0(var_perm, var_1, var_3);
    var_11 = grad2_0(var_10, var_5, var_7);
    // n10 = grad2(hash2(perm, xi + 1, yi), xf - 1.0, yf)                                     <L 40>
    var_13 = wp::add(var_1, var_12);
    var_14 = hash2_0(var_perm, var_13, var_3);
    var_16 = wp::sub(var_5, var_15);
    var_17 = grad2_0(var_14, var_16, var_7);
    // n01 = grad2(hash2(perm, xi, yi + 1), xf, yf - 1.0)                                     <L 41>
    var_19 = wp::add(var_3, var_18);
    var_20 = hash2_0(var_perm, var_1, var_19);
    var_22 = wp::sub(var_7, var_21);
    var_23 = grad2_0(var_20, var_5, var_22);
    // n11 = grad2(hash2(perm, xi + 1, yi + 1), xf - 1.0, yf - 1.0)                           <L 42>
    var_25 = wp::add(var_1, var_24);
    var_27 = wp::add(var_3, var_26);
    var_28 = hash2_0(var_perm, var_25, var_27);
    var_30 = wp::sub(var_5, var_29);
    var_32 = wp::sub(var_7, var_31);
    var_33 = grad2_0(var_28, var_30, var_32);
    // return wp.lerp(wp.lerp(n00, n10, u), wp.lerp(n01, n11, u), v)                          <L 43>
    var_34 = wp::lerp(var_11, var_17, var_8);
    var_35 = wp::lerp(var_23, var_33, var_8);
    var_36 = wp::lerp(var_34, var_35, var_9);
    return var_36;
}


// corpus/214_perlin_marble_texture.py:4
static void adj_fade_0(
    wp::float32 var_t,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 15.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 10.0;
    wp::float32 var_8;
    wp::float32 var_9;
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
    //---------
    // forward
    // def fade(t: float) -> float:                                                           <L 5>
    // return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                       <L 6>
    var_0 = wp::mul(var_t, var_t);
    var_1 = wp::mul(var_0, var_t);
    var_3 = wp::mul(var_t, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_t, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_mul(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_t, var_5, adj_t, adj_5, adj_6);
    wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_t, var_2, adj_t, adj_2, adj_3);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_mul(var_t, var_t, adj_t, adj_t, adj_0);
    // adj: return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                  <L 6>
    // adj: def fade(t: float) -> float:                                                      <L 5>
    return;
}


// corpus/214_perlin_marble_texture.py:26
static void adj_hash2_0(
    wp::array_t<wp::uint8> var_perm,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::array_t<wp::uint8> & adj_perm,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::uint32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 255;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 255;
    wp::int32 var_7;
    wp::uint8* var_8;
    wp::uint32 var_9;
    wp::uint8 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint8 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint8 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint8 adj_10 = {};
    //---------
    // forward
    // def hash2(perm: wp.array(dtype=wp.uint8), x: int, y: int) -> wp.uint32:                <L 27>
    // return wp.uint32(perm[(int(perm[x & 255]) + y) & 255])                                 <L 28>
    var_1 = wp::bit_and(var_x, var_0);
    var_2 = wp::address(var_perm, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_5 = wp::add(var_3, var_y);
    var_7 = wp::bit_and(var_5, var_6);
    var_8 = wp::address(var_perm, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::uint32(var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_uint32(var_10, adj_8, adj_9);
    wp::adj_address(var_perm, var_7, adj_perm, adj_7, adj_8);
    wp::adj_add(var_3, var_y, adj_3, adj_y, adj_5);
    wp::adj_int(var_4, adj_2, adj_3);
    wp::adj_address(var_perm, var_1, adj_perm, adj_1, adj_2);
    // adj: return wp.uint32(perm[(int(perm[x & 255]) + y) & 255])                            <L 28>
    // adj: def hash2(perm: wp.array(dtype=wp.uint8), x: int, y: int) -> wp.uint32:           <L 27>
    return;
}


// corpus/214_perlin_marble_texture.py:9
static void adj_grad2_0(
    wp::uint32 var_h,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::uint32 & adj_h,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 7;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 4;
    wp::uint32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::uint32 var_16;
    wp::uint32 var_17;
    const wp::int32 var_18 = 0;
    wp::uint32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::uint32 var_24;
    wp::uint32 var_25;
    const wp::int32 var_26 = 0;
    wp::uint32 var_27;
    bool var_28;
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = -2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::uint32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::uint32 adj_24 = {};
    wp::uint32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::uint32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def grad2(h: wp.uint32, x: float, y: float) -> float:                                  <L 10>
    // k = h & wp.uint32(7)                                                                   <L 11>
    var_1 = wp::uint32(var_0);
    var_2 = wp::bit_and(var_h, var_1);
    // u = x                                                                                  <L 12>
    var_3 = wp::copy(var_x);
    // v = y                                                                                  <L 13>
    var_4 = wp::copy(var_y);
    // if k >= wp.uint32(4):                                                                  <L 14>
    var_6 = wp::uint32(var_5);
    var_7 = (var_2 >= var_6);
    if (var_7) {
        // u = y                                                                              <L 15>
        var_8 = wp::copy(var_y);
        // v = x                                                                              <L 16>
        var_9 = wp::copy(var_x);
    }
    var_10 = wp::where(var_7, var_8, var_3);
    var_11 = wp::where(var_7, var_9, var_4);
    // su = u                                                                                 <L 17>
    var_12 = wp::copy(var_10);
    // sv = 2.0 * v                                                                           <L 18>
    var_14 = wp::mul(var_13, var_11);
    // if (k & wp.uint32(1)) != wp.uint32(0):                                                 <L 19>
    var_16 = wp::uint32(var_15);
    var_17 = wp::bit_and(var_2, var_16);
    var_19 = wp::uint32(var_18);
    var_20 = (var_17 != var_19);
    if (var_20) {
        // su = -u                                                                            <L 20>
        var_21 = wp::neg(var_10);
    }
    var_22 = wp::where(var_20, var_21, var_12);
    // if (k & wp.uint32(2)) != wp.uint32(0):                                                 <L 21>
    var_24 = wp::uint32(var_23);
    var_25 = wp::bit_and(var_2, var_24);
    var_27 = wp::uint32(var_26);
    var_28 = (var_25 != var_27);
    if (var_28) {
        // sv = -2.0 * v                                                                      <L 22>
        var_31 = wp::mul(var_30, var_11);
    }
    var_32 = wp::where(var_28, var_31, var_14);
    // return su + sv                                                                         <L 23>
    var_33 = wp::add(var_22, var_32);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_33 += adj_ret;
    wp::adj_add(var_22, var_32, adj_22, adj_32, adj_33);
    // adj: return su + sv                                                                    <L 23>
    wp::adj_where(var_28, var_31, var_14, adj_28, adj_31, adj_14, adj_32);
    if (var_28) {
        wp::adj_mul(var_30, var_11, adj_30, adj_11, adj_31);
        // adj: sv = -2.0 * v                                                                 <L 22>
    }
    wp::adj_uint32(var_26, adj_26, adj_27);
    wp::adj_uint32(var_23, adj_23, adj_24);
    // adj: if (k & wp.uint32(2)) != wp.uint32(0):                                            <L 21>
    wp::adj_where(var_20, var_21, var_12, adj_20, adj_21, adj_12, adj_22);
    if (var_20) {
        wp::adj_neg(var_10, adj_10, adj_21);
        // adj: su = -u                                                                       <L 20>
    }
    wp::adj_uint32(var_18, adj_18, adj_19);
    wp::adj_uint32(var_15, adj_15, adj_16);
    // adj: if (k & wp.uint32(1)) != wp.uint32(0):                                            <L 19>
    wp::adj_mul(var_13, var_11, adj_13, adj_11, adj_14);
    // adj: sv = 2.0 * v                                                                      <L 18>
    wp::adj_copy(var_10, adj_10, adj_12);
    // adj: su = u                                                                            <L 17>
    wp::adj_where(var_7, var_9, var_4, adj_7, adj_9, adj_4, adj_11);
    wp::adj_where(var_7, var_8, var_3, adj_7, adj_8, adj_3, adj_10);
    if (var_7) {
        wp::adj_copy(var_x, adj_x, adj_9);
        // adj: v = x                                                                         <L 16>
        wp::adj_copy(var_y, adj_y, adj_8);
        // adj: u = y                                                                         <L 15>
    }
    wp::adj_uint32(var_5, adj_5, adj_6);
    // adj: if k >= wp.uint32(4):                                                             <L 14>
    wp::adj_copy(var_y, adj_y, adj_4);
    // adj: v = y                                                                             <L 13>
    wp::adj_copy(var_x, adj_x, adj_3);
    // adj: u = x                                                                             <L 12>
    wp::adj_uint32(var_0, adj_0, adj_1);
    // adj: k = h & wp.uint32(7)                                                              <L 11>
    // adj: def grad2(h: wp.uint32, x: float, y: float) -> float:                             <L 10>
    return;
}


// corpus/214_perlin_marble_texture.py:31
static void adj_perlin_0(
    wp::array_t<wp::uint8> var_perm,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::array_t<wp::uint8> & adj_perm,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::uint32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::uint32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::uint32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::uint32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 1.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::uint32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    //---------
    // forward
    // def perlin(perm: wp.array(dtype=wp.uint8), x: float, y: float) -> float:               <L 32>
    // xi = int(wp.floor(x))                                                                  <L 33>
    var_0 = wp::floor(var_x);
    var_1 = wp::int(var_0);
    // yi = int(wp.floor(y))                                                                  <L 34>
    var_2 = wp::floor(var_y);
    var_3 = wp::int(var_2);
    // xf = x - float(xi)                                                                     <L 35>
    var_4 = wp::float(var_1);
    var_5 = wp::sub(var_x, var_4);
    // yf = y - float(yi)                                                                     <L 36>
    var_6 = wp::float(var_3);
    var_7 = wp::sub(var_y, var_6);
    // u = fade(xf)                                                                           <L 37>
    var_8 = fade_0(var_5);
    // v = fade(yf)                                                                           <L 38>
    var_9 = fade_0(var_7);
    // n00 = grad2(hash2(perm, xi, yi), xf, yf)                                               <L 39>
    var_10 = hash2_0(var_perm, var_1, var_3);
    var_11 = grad2_0(var_10, var_5, var_7);
    // n10 = grad2(hash2(perm, xi + 1, yi), xf - 1.0, yf)                                     <L 40>
    var_13 = wp::add(var_1, var_12);
    var_14 = hash2_0(var_perm, var_13, var_3);
    var_16 = wp::sub(var_5, var_15);
    var_17 = grad2_0(var_14, var_16, var_7);
    // n01 = grad2(hash2(perm, xi, yi + 1), xf, yf - 1.0)                                     <L 41>
    var_19 = wp::add(var_3, var_18);
    var_20 = hash2_0(var_perm, var_1, var_19);
    var_22 = wp::sub(var_7, var_21);
    var_23 = grad2_0(var_20, var_5, var_22);
    // n11 = grad2(hash2(perm, xi + 1, yi + 1), xf - 1.0, yf - 1.0)                           <L 42>
    var_25 = wp::add(var_1, var_24);
    var_27 = wp::add(var_3, var_26);
    var_28 = hash2_0(var_perm, var_25, var_27);
    var_30 = wp::sub(var_5, var_29);
    var_32 = wp::sub(var_7, var_31);
    var_33 = grad2_0(var_28, var_30, var_32);
    // return wp.lerp(wp.lerp(n00, n10, u), wp.lerp(n01, n11, u), v)                          <L 43>
    var_34 = wp::lerp(var_11, var_17, var_8);
    var_35 = wp::lerp(var_23, var_33, var_8);
    var_36 = wp::lerp(var_34, var_35, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_lerp(var_34, var_35, var_9, adj_34, adj_35, adj_9, adj_36);
    wp::adj_lerp(var_23, var_33, var_8, adj_23, adj_33, adj_8, adj_35);
    wp::adj_lerp(var_11, var_17, var_8, adj_11, adj_17, adj_8, adj_34);
    // adj: return wp.lerp(wp.lerp(n00, n10, u), wp.lerp(n01, n11, u), v)                     <L 43>
    adj_grad2_0(var_28, var_30, var_32, adj_28, adj_30, adj_32, adj_33);
    wp::adj_sub(var_7, var_31, adj_7, adj_31, adj_32);
    wp::adj_sub(var_5, var_29, adj_5, adj_29, adj_30);
    adj_hash2_0(var_perm, var_25, var_27, adj_perm, adj_25, adj_27, adj_28);
    wp::adj_add(var_3, var_26, adj_3, adj_26, adj_27);
    wp::adj_add(var_1, var_24, adj_1, adj_24, adj_25);
    // adj: n11 = grad2(hash2(perm, xi + 1, yi + 1), xf - 1.0, yf - 1.0)                      <L 42>
    adj_grad2_0(var_20, var_5, var_22, adj_20, adj_5, adj_22, adj_23);
    wp::adj_sub(var_7, var_21, adj_7, adj_21, adj_22);
    adj_hash2_0(var_perm, var_1, var_19, adj_perm, adj_1, adj_19, adj_20);
    wp::adj_add(var_3, var_18, adj_3, adj_18, adj_19);
    // adj: n01 = grad2(hash2(perm, xi, yi + 1), xf, yf - 1.0)                                <L 41>
    adj_grad2_0(var_14, var_16, var_7, adj_14, adj_16, adj_7, adj_17);
    wp::adj_sub(var_5, var_15, adj_5, adj_15, adj_16);
    adj_hash2_0(var_perm, var_13, var_3, adj_perm, adj_13, adj_3, adj_14);
    wp::adj_add(var_1, var_12, adj_1, adj_12, adj_13);
    // adj: n10 = grad2(hash2(perm, xi + 1, yi), xf - 1.0, yf)                                <L 40>
    adj_grad2_0(var_10, var_5, var_7, adj_10, adj_5, adj_7, adj_11);
    adj_hash2_0(var_perm, var_1, var_3, adj_perm, adj_1, adj_3, adj_10);
    // adj: n00 = grad2(hash2(perm, xi, yi), xf, yf)                                          <L 39>
    adj_fade_0(var_7, adj_7, adj_9);
    // adj: v = fade(yf)                                                                      <L 38>
    adj_fade_0(var_5, adj_5, adj_8);
    // adj: u = fade(xf)                                                                      <L 37>
    wp::adj_sub(var_y, var_6, adj_y, adj_6, adj_7);
    wp::adj_float(var_3, adj_3, adj_6);
    // adj: yf = y - float(yi)                                                                <L 36>
    wp::adj_sub(var_x, var_4, adj_x, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    // adj: xf = x - float(xi)                                                                <L 35>
    wp::adj_int(var_2, adj_2, adj_3);
    // adj: yi = int(wp.floor(y))                                                             <L 34>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: xi = int(wp.floor(x))                                                             <L 33>
    // adj: def perlin(perm: wp.array(dtype=wp.uint8), x: float, y: float) -> float:          <L 32>
    return;
}

struct wp_args_marble_23e0422b {
    wp::array_t<wp::uint8> perm;
    wp::float32 scale;
    wp::int32 octaves;
    wp::array_t<wp::vec_t<4, wp::uint8>> img;
};


void marble_23e0422b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_marble_23e0422b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_perm = _wp_args->perm;
    wp::float32 var_scale = _wp_args->scale;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_img = _wp_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.5;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = 0.5;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    const wp::float32 var_35 = 5.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.2;
    const wp::float32 var_42 = 0.2;
    const wp::float32 var_43 = 0.25;
    wp::vec_t<3, wp::float32> var_44;
    const wp::float32 var_45 = 0.95;
    const wp::float32 var_46 = 0.93;
    const wp::float32 var_47 = 0.9;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::float32 var_52 = 255.0;
    wp::float32 var_53;
    wp::uint8 var_54;
    const wp::int32 var_55 = 1;
    wp::float32 var_56;
    const wp::float32 var_57 = 255.0;
    wp::float32 var_58;
    wp::uint8 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    const wp::float32 var_62 = 255.0;
    wp::float32 var_63;
    wp::uint8 var_64;
    const wp::int32 var_65 = 255;
    wp::uint8 var_66;
    wp::vec_t<4, wp::uint8> var_67;
    //---------
    // forward
    // def marble(perm: wp.array(dtype=wp.uint8), scale: float, octaves: int, img: wp.array2d(dtype=wp.vec4ub)):       <L 47>
    // y, x = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // fx = float(x) * scale                                                                  <L 49>
    var_2 = wp::float(var_1);
    var_3 = wp::mul(var_2, var_scale);
    // fy = float(y) * scale                                                                  <L 50>
    var_4 = wp::float(var_0);
    var_5 = wp::mul(var_4, var_scale);
    // turb = float(0.0)                                                                      <L 51>
    var_7 = wp::float(var_6);
    // amp = float(1.0)                                                                       <L 52>
    var_9 = wp::float(var_8);
    // freq = float(1.0)                                                                      <L 53>
    var_11 = wp::float(var_10);
    // for o in range(octaves):                                                               <L 54>
    var_12 = wp::range(var_octaves);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // turb += wp.abs(perlin(perm, fx * freq, fy * freq)) * amp                           <L 55>
        var_14 = wp::mul(var_3, var_11);
        var_15 = wp::mul(var_5, var_11);
        var_16 = perlin_0(var_perm, var_14, var_15);
        var_17 = wp::abs(var_16);
        var_18 = wp::mul(var_17, var_9);
        var_19 = wp::mul(var_3, var_11);
        var_20 = wp::mul(var_5, var_11);
        var_21 = perlin_0(var_perm, var_19, var_20);
        var_22 = wp::abs(var_21);
        var_23 = wp::mul(var_22, var_9);
        var_24 = wp::add(var_7, var_23);
        // amp *= 0.5                                                                         <L 56>
        var_27 = wp::mul(var_9, var_26);
        // freq *= 2.0                                                                        <L 57>
        var_30 = wp::mul(var_11, var_29);
        wp::assign(var_7, var_24);
        wp::assign(var_9, var_27);
        wp::assign(var_11, var_30);
        goto start_for_0;
    end_for_0:;
    // v = 0.5 + 0.5 * wp.sin(fx * 2.0 + turb * 5.0)                                          <L 58>
    var_34 = wp::mul(var_3, var_33);
    var_36 = wp::mul(var_7, var_35);
    var_37 = wp::add(var_34, var_36);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_32, var_38);
    var_40 = wp::add(var_31, var_39);
    // c = wp.lerp(wp.vec3(0.2, 0.2, 0.25), wp.vec3(0.95, 0.93, 0.9), v)                      <L 59>
    var_44 = wp::vec_t<3, wp::float32>(var_41, var_42, var_43);
    var_48 = wp::vec_t<3, wp::float32>(var_45, var_46, var_47);
    var_49 = wp::lerp(var_44, var_48, var_40);
    // img[y, x] = wp.vec4ub(wp.uint8(c[0] * 255.0), wp.uint8(c[1] * 255.0), wp.uint8(c[2] * 255.0), wp.uint8(255))       <L 60>
    var_51 = wp::extract(var_49, var_50);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::uint8(var_53);
    var_56 = wp::extract(var_49, var_55);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::uint8(var_58);
    var_61 = wp::extract(var_49, var_60);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::uint8(var_63);
    var_66 = wp::uint8(var_65);
    var_67 = wp::vec_t<4, wp::uint8>(var_54, var_59, var_64, var_66);
    wp::array_store(var_img, var_0, var_1, var_67);
}



void marble_23e0422b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_marble_23e0422b *_wp_args,
    wp_args_marble_23e0422b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_perm = _wp_args->perm;
    wp::float32 var_scale = _wp_args->scale;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_img = _wp_args->img;
    wp::array_t<wp::uint8> adj_perm = _wp_adj_args->perm;
    wp::float32 adj_scale = _wp_adj_args->scale;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
    wp::array_t<wp::vec_t<4, wp::uint8>> adj_img = _wp_adj_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.5;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = 0.5;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    const wp::float32 var_35 = 5.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.2;
    const wp::float32 var_42 = 0.2;
    const wp::float32 var_43 = 0.25;
    wp::vec_t<3, wp::float32> var_44;
    const wp::float32 var_45 = 0.95;
    const wp::float32 var_46 = 0.93;
    const wp::float32 var_47 = 0.9;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::float32 var_52 = 255.0;
    wp::float32 var_53;
    wp::uint8 var_54;
    const wp::int32 var_55 = 1;
    wp::float32 var_56;
    const wp::float32 var_57 = 255.0;
    wp::float32 var_58;
    wp::uint8 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    const wp::float32 var_62 = 255.0;
    wp::float32 var_63;
    wp::uint8 var_64;
    const wp::int32 var_65 = 255;
    wp::uint8 var_66;
    wp::vec_t<4, wp::uint8> var_67;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
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
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
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
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::uint8 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::uint8 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::uint8 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::uint8 adj_66 = {};
    wp::vec_t<4, wp::uint8> adj_67 = {};
    //---------
    // forward
    // def marble(perm: wp.array(dtype=wp.uint8), scale: float, octaves: int, img: wp.array2d(dtype=wp.vec4ub)):       <L 47>
    // y, x = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // fx = float(x) * scale                                                                  <L 49>
    var_2 = wp::float(var_1);
    var_3 = wp::mul(var_2, var_scale);
    // fy = float(y) * scale                                                                  <L 50>
    var_4 = wp::float(var_0);
    var_5 = wp::mul(var_4, var_scale);
    // turb = float(0.0)                                                                      <L 51>
    var_7 = wp::float(var_6);
    // amp = float(1.0)                                                                       <L 52>
    var_9 = wp::float(var_8);
    // freq = float(1.0)                                                                      <L 53>
    var_11 = wp::float(var_10);
    // for o in range(octaves):                                                               <L 54>
    var_12 = wp::range(var_octaves);
    // v = 0.5 + 0.5 * wp.sin(fx * 2.0 + turb * 5.0)                                          <L 58>
    var_34 = wp::mul(var_3, var_33);
    var_36 = wp::mul(var_7, var_35);
    var_37 = wp::add(var_34, var_36);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_32, var_38);
    var_40 = wp::add(var_31, var_39);
    // c = wp.lerp(wp.vec3(0.2, 0.2, 0.25), wp.vec3(0.95, 0.93, 0.9), v)                      <L 59>
    var_44 = wp::vec_t<3, wp::float32>(var_41, var_42, var_43);
    var_48 = wp::vec_t<3, wp::float32>(var_45, var_46, var_47);
    var_49 = wp::lerp(var_44, var_48, var_40);
    // img[y, x] = wp.vec4ub(wp.uint8(c[0] * 255.0), wp.uint8(c[1] * 255.0), wp.uint8(c[2] * 255.0), wp.uint8(255))       <L 60>
    var_51 = wp::extract(var_49, var_50);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::uint8(var_53);
    var_56 = wp::extract(var_49, var_55);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::uint8(var_58);
    var_61 = wp::extract(var_49, var_60);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::uint8(var_63);
    var_66 = wp::uint8(var_65);
    var_67 = wp::vec_t<4, wp::uint8>(var_54, var_59, var_64, var_66);
    // wp::array_store(var_img, var_0, var_1, var_67);
    //---------
    // reverse
    wp::adj_array_store(var_img, var_0, var_1, var_67, adj_img, adj_0, adj_1, adj_67);
    wp::adj_vec_t(var_54, var_59, var_64, var_66, adj_54, adj_59, adj_64, adj_66, adj_67);
    wp::adj_uint8(var_65, adj_65, adj_66);
    wp::adj_uint8(var_63, adj_63, adj_64);
    wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
    wp::adj_extract(var_49, var_60, adj_49, adj_60, adj_61);
    wp::adj_uint8(var_58, adj_58, adj_59);
    wp::adj_mul(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_extract(var_49, var_55, adj_49, adj_55, adj_56);
    wp::adj_uint8(var_53, adj_53, adj_54);
    wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_extract(var_49, var_50, adj_49, adj_50, adj_51);
    // adj: img[y, x] = wp.vec4ub(wp.uint8(c[0] * 255.0), wp.uint8(c[1] * 255.0), wp.uint8(c[2] * 255.0), wp.uint8(255))  <L 60>
    wp::adj_lerp(var_44, var_48, var_40, adj_44, adj_48, adj_40, adj_49);
    wp::adj_vec_t(var_45, var_46, var_47, adj_45, adj_46, adj_47, adj_48);
    wp::adj_vec_t(var_41, var_42, var_43, adj_41, adj_42, adj_43, adj_44);
    // adj: c = wp.lerp(wp.vec3(0.2, 0.2, 0.25), wp.vec3(0.95, 0.93, 0.9), v)                 <L 59>
    wp::adj_add(var_31, var_39, adj_31, adj_39, adj_40);
    wp::adj_mul(var_32, var_38, adj_32, adj_38, adj_39);
    wp::adj_sin(var_37, adj_37, adj_38);
    wp::adj_add(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_mul(var_7, var_35, adj_7, adj_35, adj_36);
    wp::adj_mul(var_3, var_33, adj_3, adj_33, adj_34);
    // adj: v = 0.5 + 0.5 * wp.sin(fx * 2.0 + turb * 5.0)                                     <L 58>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
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
        // turb += wp.abs(perlin(perm, fx * freq, fy * freq)) * amp                           <L 55>
        var_14 = wp::mul(var_3, var_11);
        var_15 = wp::mul(var_5, var_11);
        var_16 = perlin_0(var_perm, var_14, var_15);
        var_17 = wp::abs(var_16);
        var_18 = wp::mul(var_17, var_9);
        var_19 = wp::mul(var_3, var_11);
        var_20 = wp::mul(var_5, var_11);
        var_21 = perlin_0(var_perm, var_19, var_20);
        var_22 = wp::abs(var_21);
        var_23 = wp::mul(var_22, var_9);
        var_24 = wp::add(var_7, var_23);
        // amp *= 0.5                                                                         <L 56>
        var_27 = wp::mul(var_9, var_26);
        // freq *= 2.0                                                                        <L 57>
        var_30 = wp::mul(var_11, var_29);
        wp::assign(var_7, var_24);
        wp::assign(var_9, var_27);
        wp::assign(var_11, var_30);
        wp::adj_assign(var_11, var_30, adj_11, adj_30);
        wp::adj_assign(var_9, var_27, adj_9, adj_27);
        wp::adj_assign(var_7, var_24, adj_7, adj_24);
        wp::adj_mul(var_11, var_29, adj_11, adj_29, adj_30);
        // adj: freq *= 2.0                                                                   <L 57>
        wp::adj_mul(var_9, var_26, adj_9, adj_26, adj_27);
        // adj: amp *= 0.5                                                                    <L 56>
        wp::adj_add(var_7, var_23, adj_7, adj_23, adj_24);
        wp::adj_mul(var_22, var_9, adj_22, adj_9, adj_23);
        wp::adj_abs(var_21, adj_21, adj_22);
        adj_perlin_0(var_perm, var_19, var_20, adj_perm, adj_19, adj_20, adj_21);
        wp::adj_mul(var_5, var_11, adj_5, adj_11, adj_20);
        wp::adj_mul(var_3, var_11, adj_3, adj_11, adj_19);
        wp::adj_mul(var_17, var_9, adj_17, adj_9, adj_18);
        wp::adj_abs(var_16, adj_16, adj_17);
        adj_perlin_0(var_perm, var_14, var_15, adj_perm, adj_14, adj_15, adj_16);
        wp::adj_mul(var_5, var_11, adj_5, adj_11, adj_15);
        wp::adj_mul(var_3, var_11, adj_3, adj_11, adj_14);
        // adj: turb += wp.abs(perlin(perm, fx * freq, fy * freq)) * amp                      <L 55>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_octaves, adj_octaves, adj_12);
    // adj: for o in range(octaves):                                                          <L 54>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: freq = float(1.0)                                                                 <L 53>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: amp = float(1.0)                                                                  <L 52>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: turb = float(0.0)                                                                 <L 51>
    wp::adj_mul(var_4, var_scale, adj_4, adj_scale, adj_5);
    wp::adj_float(var_0, adj_0, adj_4);
    // adj: fy = float(y) * scale                                                             <L 50>
    wp::adj_mul(var_2, var_scale, adj_2, adj_scale, adj_3);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: fx = float(x) * scale                                                             <L 49>
    // adj: y, x = wp.tid()                                                                   <L 48>
    // adj: def marble(perm: wp.array(dtype=wp.uint8), scale: float, octaves: int, img: wp.array2d(dtype=wp.vec4ub)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void marble_23e0422b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_marble_23e0422b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        marble_23e0422b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void marble_23e0422b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_marble_23e0422b *_wp_args,
    wp_args_marble_23e0422b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        marble_23e0422b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shuffle_perm_a47f2e9b {
    wp::array_t<wp::uint8> perm;
    wp::int32 seed;
};


void shuffle_perm_a47f2e9b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shuffle_perm_a47f2e9b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_perm = _wp_args->perm;
    wp::int32 var_seed = _wp_args->seed;
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 255;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = -1;
    wp::range_t var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint8* var_10;
    wp::uint8 var_11;
    wp::uint8 var_12;
    wp::uint8* var_13;
    wp::uint8 var_14;
    //---------
    // forward
    // def shuffle_perm(perm: wp.array(dtype=wp.uint8), seed: int):                           <L 64>
    // state = wp.rand_init(seed)                                                             <L 65>
    var_0 = wp::rand_init(var_seed);
    // for i in range(255, 0, -1):                                                            <L 66>
    var_4 = wp::range(var_1, var_2, var_3);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // j = wp.randi(state, 0, i + 1)                                                      <L 67>
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::randi(var_0, var_6, var_8);
        // t = perm[i]                                                                        <L 68>
        var_10 = wp::address(var_perm, var_5);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // perm[i] = perm[j]                                                                  <L 69>
        var_13 = wp::address(var_perm, var_9);
        var_14 = wp::load(var_13);
        wp::array_store(var_perm, var_5, var_14);
        // perm[j] = t                                                                        <L 70>
        wp::array_store(var_perm, var_9, var_11);
        goto start_for_0;
    end_for_0:;
}



void shuffle_perm_a47f2e9b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shuffle_perm_a47f2e9b *_wp_args,
    wp_args_shuffle_perm_a47f2e9b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_perm = _wp_args->perm;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::uint8> adj_perm = _wp_adj_args->perm;
    wp::int32 adj_seed = _wp_adj_args->seed;
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 255;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = -1;
    wp::range_t var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint8* var_10;
    wp::uint8 var_11;
    wp::uint8 var_12;
    wp::uint8* var_13;
    wp::uint8 var_14;
    //---------
    // dual vars
    wp::uint32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint8 adj_10 = {};
    wp::uint8 adj_11 = {};
    wp::uint8 adj_12 = {};
    wp::uint8 adj_13 = {};
    wp::uint8 adj_14 = {};
    //---------
    // forward
    // def shuffle_perm(perm: wp.array(dtype=wp.uint8), seed: int):                           <L 64>
    // state = wp.rand_init(seed)                                                             <L 65>
    var_0 = wp::rand_init(var_seed);
    // for i in range(255, 0, -1):                                                            <L 66>
    var_4 = wp::range(var_1, var_2, var_3);
    //---------
    // reverse
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
        // j = wp.randi(state, 0, i + 1)                                                      <L 67>
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::randi(var_0, var_6, var_8);
        // t = perm[i]                                                                        <L 68>
        var_10 = wp::address(var_perm, var_5);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // perm[i] = perm[j]                                                                  <L 69>
        var_13 = wp::address(var_perm, var_9);
        var_14 = wp::load(var_13);
        // wp::array_store(var_perm, var_5, var_14);
        // perm[j] = t                                                                        <L 70>
        // wp::array_store(var_perm, var_9, var_11);
        wp::adj_array_store(var_perm, var_9, var_11, adj_perm, adj_9, adj_11);
        // adj: perm[j] = t                                                                   <L 70>
        wp::adj_array_store(var_perm, var_5, var_14, adj_perm, adj_5, adj_13);
        wp::adj_address(var_perm, var_9, adj_perm, adj_9, adj_13);
        // adj: perm[i] = perm[j]                                                             <L 69>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_perm, var_5, adj_perm, adj_5, adj_10);
        // adj: t = perm[i]                                                                   <L 68>
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: j = wp.randi(state, 0, i + 1)                                                 <L 67>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: for i in range(255, 0, -1):                                                       <L 66>
    // adj: state = wp.rand_init(seed)                                                        <L 65>
    // adj: def shuffle_perm(perm: wp.array(dtype=wp.uint8), seed: int):                      <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shuffle_perm_a47f2e9b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_shuffle_perm_a47f2e9b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shuffle_perm_a47f2e9b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shuffle_perm_a47f2e9b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_shuffle_perm_a47f2e9b *_wp_args,
    wp_args_shuffle_perm_a47f2e9b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shuffle_perm_a47f2e9b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

