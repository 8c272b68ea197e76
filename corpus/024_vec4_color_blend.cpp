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


// corpus/024_vec4_color_blend.py:4
static wp::vec_t<4, wp::float32> premultiply_0(
    wp::vec_t<4, wp::float32> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 3;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::vec_t<4, wp::float32> var_17;
    //---------
    // forward
    // def premultiply(c: wp.vec4) -> wp.vec4:                                                <L 5>
    // return wp.vec4(c[0] * c[3], c[1] * c[3], c[2] * c[3], c[3])                            <L 6>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::extract(var_c, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_c, var_5);
    var_8 = wp::extract(var_c, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_11 = wp::extract(var_c, var_10);
    var_13 = wp::extract(var_c, var_12);
    var_14 = wp::mul(var_11, var_13);
    var_16 = wp::extract(var_c, var_15);
    var_17 = wp::vec_t<4, wp::float32>(var_4, var_9, var_14, var_16);
    return var_17;
}


// corpus/024_vec4_color_blend.py:9
static wp::vec_t<4, wp::float32> over_0(
    wp::vec_t<4, wp::float32> var_src,
    wp::vec_t<4, wp::float32> var_dst)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32> var_5;
    //---------
    // forward
    // def over(src: wp.vec4, dst: wp.vec4) -> wp.vec4:                                       <L 10>
    // return src + dst * (1.0 - src[3])                                                      <L 11>
    var_2 = wp::extract(var_src, var_1);
    var_3 = wp::sub(var_0, var_2);
    var_4 = wp::mul(var_dst, var_3);
    var_5 = wp::add(var_src, var_4);
    return var_5;
}


// corpus/024_vec4_color_blend.py:28
static wp::vec_t<3, wp::float32> hsv_to_rgb_0(
    wp::float32 var_h,
    wp::float32 var_s,
    wp::float32 var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 3;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 4;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def hsv_to_rgb(h: float, s: float, v: float) -> wp.vec3:                               <L 29>
    // hh = (h - wp.floor(h)) * 6.0                                                           <L 30>
    var_0 = wp::floor(var_h);
    var_1 = wp::sub(var_h, var_0);
    var_3 = wp::mul(var_1, var_2);
    // sector = int(hh)                                                                       <L 31>
    var_4 = wp::int(var_3);
    // f = hh - float(sector)                                                                 <L 32>
    var_5 = wp::float(var_4);
    var_6 = wp::sub(var_3, var_5);
    // p = v * (1.0 - s)                                                                      <L 33>
    var_8 = wp::sub(var_7, var_s);
    var_9 = wp::mul(var_v, var_8);
    // q = v * (1.0 - s * f)                                                                  <L 34>
    var_11 = wp::mul(var_s, var_6);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::mul(var_v, var_12);
    // t = v * (1.0 - s * (1.0 - f))                                                          <L 35>
    var_16 = wp::sub(var_15, var_6);
    var_17 = wp::mul(var_s, var_16);
    var_18 = wp::sub(var_14, var_17);
    var_19 = wp::mul(var_v, var_18);
    // if sector == 0:                                                                        <L 36>
    var_21 = (var_4 == var_20);
    if (var_21) {
        // return wp.vec3(v, t, p)                                                            <L 37>
        var_22 = wp::vec_t<3, wp::float32>(var_v, var_19, var_9);
        return var_22;
    }
    if (!var_21) {
        // elif sector == 1:                                                                  <L 38>
        var_24 = (var_4 == var_23);
        if (var_24) {
            // return wp.vec3(q, v, p)                                                        <L 39>
            var_25 = wp::vec_t<3, wp::float32>(var_13, var_v, var_9);
            return var_25;
        }
        if (!var_24) {
            // elif sector == 2:                                                              <L 40>
            var_27 = (var_4 == var_26);
            if (var_27) {
                // return wp.vec3(p, v, t)                                                    <L 41>
                var_28 = wp::vec_t<3, wp::float32>(var_9, var_v, var_19);
                return var_28;
            }
            if (!var_27) {
                // elif sector == 3:                                                          <L 42>
                var_30 = (var_4 == var_29);
                if (var_30) {
                    // return wp.vec3(p, q, v)                                                <L 43>
                    var_31 = wp::vec_t<3, wp::float32>(var_9, var_13, var_v);
                    return var_31;
                }
                if (!var_30) {
                    // elif sector == 4:                                                      <L 44>
                    var_33 = (var_4 == var_32);
                    if (var_33) {
                        // return wp.vec3(t, p, v)                                            <L 45>
                        var_34 = wp::vec_t<3, wp::float32>(var_19, var_9, var_v);
                        return var_34;
                    }
                }
            }
        }
    }
    // return wp.vec3(v, p, q)                                                                <L 46>
    var_35 = wp::vec_t<3, wp::float32>(var_v, var_9, var_13);
    return var_35;
}


// corpus/024_vec4_color_blend.py:14
static wp::float32 srgb_to_linear_0(
    wp::float32 var_c)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.04045;
    bool var_1;
    const wp::float32 var_2 = 12.92;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.055;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.055;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.4;
    wp::float32 var_9;
    //---------
    // forward
    // def srgb_to_linear(c: float) -> float:                                                 <L 15>
    // if c <= 0.04045:                                                                       <L 16>
    var_1 = (var_c <= var_0);
    if (var_1) {
        // return c / 12.92                                                                   <L 17>
        var_3 = wp::div(var_c, var_2);
        return var_3;
    }
    // return wp.pow((c + 0.055) / 1.055, 2.4)                                                <L 18>
    var_5 = wp::add(var_c, var_4);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::pow(var_7, var_8);
    return var_9;
}


// corpus/024_vec4_color_blend.py:21
static wp::float32 linear_to_srgb_0(
    wp::float32 var_c)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0031308;
    bool var_1;
    const wp::float32 var_2 = 12.92;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.055;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.4;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.055;
    wp::float32 var_11;
    //---------
    // forward
    // def linear_to_srgb(c: float) -> float:                                                 <L 22>
    // if c <= 0.0031308:                                                                     <L 23>
    var_1 = (var_c <= var_0);
    if (var_1) {
        // return c * 12.92                                                                   <L 24>
        var_3 = wp::mul(var_c, var_2);
        return var_3;
    }
    // return 1.055 * wp.pow(c, 1.0 / 2.4) - 0.055                                            <L 25>
    var_7 = wp::div(var_5, var_6);
    var_8 = wp::pow(var_c, var_7);
    var_9 = wp::mul(var_4, var_8);
    var_11 = wp::sub(var_9, var_10);
    return var_11;
}


// corpus/024_vec4_color_blend.py:4
static void adj_premultiply_0(
    wp::vec_t<4, wp::float32> var_c,
    wp::vec_t<4, wp::float32> & adj_c,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 3;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::vec_t<4, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    //---------
    // forward
    // def premultiply(c: wp.vec4) -> wp.vec4:                                                <L 5>
    // return wp.vec4(c[0] * c[3], c[1] * c[3], c[2] * c[3], c[3])                            <L 6>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::extract(var_c, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_c, var_5);
    var_8 = wp::extract(var_c, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_11 = wp::extract(var_c, var_10);
    var_13 = wp::extract(var_c, var_12);
    var_14 = wp::mul(var_11, var_13);
    var_16 = wp::extract(var_c, var_15);
    var_17 = wp::vec_t<4, wp::float32>(var_4, var_9, var_14, var_16);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_vec_t(var_4, var_9, var_14, var_16, adj_4, adj_9, adj_14, adj_16, adj_17);
    wp::adj_extract(var_c, var_15, adj_c, adj_15, adj_16);
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_c, var_12, adj_c, adj_12, adj_13);
    wp::adj_extract(var_c, var_10, adj_c, adj_10, adj_11);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_c, var_7, adj_c, adj_7, adj_8);
    wp::adj_extract(var_c, var_5, adj_c, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_c, var_2, adj_c, adj_2, adj_3);
    wp::adj_extract(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: return wp.vec4(c[0] * c[3], c[1] * c[3], c[2] * c[3], c[3])                       <L 6>
    // adj: def premultiply(c: wp.vec4) -> wp.vec4:                                           <L 5>
    return;
}


// corpus/024_vec4_color_blend.py:9
static void adj_over_0(
    wp::vec_t<4, wp::float32> var_src,
    wp::vec_t<4, wp::float32> var_dst,
    wp::vec_t<4, wp::float32> & adj_src,
    wp::vec_t<4, wp::float32> & adj_dst,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    //---------
    // forward
    // def over(src: wp.vec4, dst: wp.vec4) -> wp.vec4:                                       <L 10>
    // return src + dst * (1.0 - src[3])                                                      <L 11>
    var_2 = wp::extract(var_src, var_1);
    var_3 = wp::sub(var_0, var_2);
    var_4 = wp::mul(var_dst, var_3);
    var_5 = wp::add(var_src, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_src, var_4, adj_src, adj_4, adj_5);
    wp::adj_mul(var_dst, var_3, adj_dst, adj_3, adj_4);
    wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_extract(var_src, var_1, adj_src, adj_1, adj_2);
    // adj: return src + dst * (1.0 - src[3])                                                 <L 11>
    // adj: def over(src: wp.vec4, dst: wp.vec4) -> wp.vec4:                                  <L 10>
    return;
}


// corpus/024_vec4_color_blend.py:28
static void adj_hsv_to_rgb_0(
    wp::float32 var_h,
    wp::float32 var_s,
    wp::float32 var_v,
    wp::float32 & adj_h,
    wp::float32 & adj_s,
    wp::float32 & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 3;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 4;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    //---------
    // forward
    // def hsv_to_rgb(h: float, s: float, v: float) -> wp.vec3:                               <L 29>
    // hh = (h - wp.floor(h)) * 6.0                                                           <L 30>
    var_0 = wp::floor(var_h);
    var_1 = wp::sub(var_h, var_0);
    var_3 = wp::mul(var_1, var_2);
    // sector = int(hh)                                                                       <L 31>
    var_4 = wp::int(var_3);
    // f = hh - float(sector)                                                                 <L 32>
    var_5 = wp::float(var_4);
    var_6 = wp::sub(var_3, var_5);
    // p = v * (1.0 - s)                                                                      <L 33>
    var_8 = wp::sub(var_7, var_s);
    var_9 = wp::mul(var_v, var_8);
    // q = v * (1.0 - s * f)                                                                  <L 34>
    var_11 = wp::mul(var_s, var_6);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::mul(var_v, var_12);
    // t = v * (1.0 - s * (1.0 - f))                                                          <L 35>
    var_16 = wp::sub(var_15, var_6);
    var_17 = wp::mul(var_s, var_16);
    var_18 = wp::sub(var_14, var_17);
    var_19 = wp::mul(var_v, var_18);
    // if sector == 0:                                                                        <L 36>
    var_21 = (var_4 == var_20);
    if (var_21) {
        // return wp.vec3(v, t, p)                                                            <L 37>
        var_22 = wp::vec_t<3, wp::float32>(var_v, var_19, var_9);
        goto label0;
    }
    if (!var_21) {
        // elif sector == 1:                                                                  <L 38>
        var_24 = (var_4 == var_23);
        if (var_24) {
            // return wp.vec3(q, v, p)                                                        <L 39>
            var_25 = wp::vec_t<3, wp::float32>(var_13, var_v, var_9);
            goto label1;
        }
        if (!var_24) {
            // elif sector == 2:                                                              <L 40>
            var_27 = (var_4 == var_26);
            if (var_27) {
                // return wp.vec3(p, v, t)                                                    <L 41>
                var_28 = wp::vec_t<3, wp::float32>(var_9, var_v, var_19);
                goto label2;
            }
            if (!var_27) {
                // elif sector == 3:                                                          <L 42>
                var_30 = (var_4 == var_29);
                if (var_30) {
                    // return wp.vec3(p, q, v)                                                <L 43>
                    var_31 = wp::vec_t<3, wp::float32>(var_9, var_13, var_v);
                    goto label3;
                }
                if (!var_30) {
                    // elif sector == 4:                                                      <L 44>
                    var_33 = (var_4 == var_32);
                    if (var_33) {
                        // return wp.vec3(t, p, v)                                            <L 45>
                        var_34 = wp::vec_t<3, wp::float32>(var_19, var_9, var_v);
                        goto label4;
                    }
                }
            }
        }
    }
    // return wp.vec3(v, p, q)                                                                <L 46>
    var_35 = wp::vec_t<3, wp::float32>(var_v, var_9, var_13);
    goto label5;
    //---------
    // reverse
    label5:;
    adj_35 += adj_ret;
    wp::adj_vec_t(var_v, var_9, var_13, adj_v, adj_9, adj_13, adj_35);
    // adj: return wp.vec3(v, p, q)                                                           <L 46>
    if (!var_21) {
        if (!var_24) {
            if (!var_27) {
                if (!var_30) {
                    if (var_33) {
                        label4:;
                        adj_34 += adj_ret;
                        wp::adj_vec_t(var_19, var_9, var_v, adj_19, adj_9, adj_v, adj_34);
                        // adj: return wp.vec3(t, p, v)                                       <L 45>
                    }
                    // adj: elif sector == 4:                                                 <L 44>
                }
                if (var_30) {
                    label3:;
                    adj_31 += adj_ret;
                    wp::adj_vec_t(var_9, var_13, var_v, adj_9, adj_13, adj_v, adj_31);
                    // adj: return wp.vec3(p, q, v)                                           <L 43>
                }
                // adj: elif sector == 3:                                                     <L 42>
            }
            if (var_27) {
                label2:;
                adj_28 += adj_ret;
                wp::adj_vec_t(var_9, var_v, var_19, adj_9, adj_v, adj_19, adj_28);
                // adj: return wp.vec3(p, v, t)                                               <L 41>
            }
            // adj: elif sector == 2:                                                         <L 40>
        }
        if (var_24) {
            label1:;
            adj_25 += adj_ret;
            wp::adj_vec_t(var_13, var_v, var_9, adj_13, adj_v, adj_9, adj_25);
            // adj: return wp.vec3(q, v, p)                                                   <L 39>
        }
        // adj: elif sector == 1:                                                             <L 38>
    }
    if (var_21) {
        label0:;
        adj_22 += adj_ret;
        wp::adj_vec_t(var_v, var_19, var_9, adj_v, adj_19, adj_9, adj_22);
        // adj: return wp.vec3(v, t, p)                                                       <L 37>
    }
    // adj: if sector == 0:                                                                   <L 36>
    wp::adj_mul(var_v, var_18, adj_v, adj_18, adj_19);
    wp::adj_sub(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_mul(var_s, var_16, adj_s, adj_16, adj_17);
    wp::adj_sub(var_15, var_6, adj_15, adj_6, adj_16);
    // adj: t = v * (1.0 - s * (1.0 - f))                                                     <L 35>
    wp::adj_mul(var_v, var_12, adj_v, adj_12, adj_13);
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_mul(var_s, var_6, adj_s, adj_6, adj_11);
    // adj: q = v * (1.0 - s * f)                                                             <L 34>
    wp::adj_mul(var_v, var_8, adj_v, adj_8, adj_9);
    wp::adj_sub(var_7, var_s, adj_7, adj_s, adj_8);
    // adj: p = v * (1.0 - s)                                                                 <L 33>
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: f = hh - float(sector)                                                            <L 32>
    // adj: sector = int(hh)                                                                  <L 31>
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_1);
    // adj: hh = (h - wp.floor(h)) * 6.0                                                      <L 30>
    // adj: def hsv_to_rgb(h: float, s: float, v: float) -> wp.vec3:                          <L 29>
    return;
}


// corpus/024_vec4_color_blend.py:14
static void adj_srgb_to_linear_0(
    wp::float32 var_c,
    wp::float32 & adj_c,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.04045;
    bool var_1;
    const wp::float32 var_2 = 12.92;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.055;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.055;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.4;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
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
    // def srgb_to_linear(c: float) -> float:                                                 <L 15>
    // if c <= 0.04045:                                                                       <L 16>
    var_1 = (var_c <= var_0);
    if (var_1) {
        // return c / 12.92                                                                   <L 17>
        var_3 = wp::div(var_c, var_2);
        goto label0;
    }
    // return wp.pow((c + 0.055) / 1.055, 2.4)                                                <L 18>
    var_5 = wp::add(var_c, var_4);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::pow(var_7, var_8);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_9 += adj_ret;
    wp::adj_pow(var_7, var_8, var_9, adj_7, adj_8, adj_9);
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_add(var_c, var_4, adj_c, adj_4, adj_5);
    // adj: return wp.pow((c + 0.055) / 1.055, 2.4)                                           <L 18>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_div(var_c, var_2, var_3, adj_c, adj_2, adj_3);
        // adj: return c / 12.92                                                              <L 17>
    }
    // adj: if c <= 0.04045:                                                                  <L 16>
    // adj: def srgb_to_linear(c: float) -> float:                                            <L 15>
    return;
}


// corpus/024_vec4_color_blend.py:21
static void adj_linear_to_srgb_0(
    wp::float32 var_c,
    wp::float32 & adj_c,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0031308;
    bool var_1;
    const wp::float32 var_2 = 12.92;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.055;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.4;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.055;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
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
    //---------
    // forward
    // def linear_to_srgb(c: float) -> float:                                                 <L 22>
    // if c <= 0.0031308:                                                                     <L 23>
    var_1 = (var_c <= var_0);
    if (var_1) {
        // return c * 12.92                                                                   <L 24>
        var_3 = wp::mul(var_c, var_2);
        goto label0;
    }
    // return 1.055 * wp.pow(c, 1.0 / 2.4) - 0.055                                            <L 25>
    var_7 = wp::div(var_5, var_6);
    var_8 = wp::pow(var_c, var_7);
    var_9 = wp::mul(var_4, var_8);
    var_11 = wp::sub(var_9, var_10);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_11 += adj_ret;
    wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_4, var_8, adj_4, adj_8, adj_9);
    wp::adj_pow(var_c, var_7, var_8, adj_c, adj_7, adj_8);
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    // adj: return 1.055 * wp.pow(c, 1.0 / 2.4) - 0.055                                       <L 25>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_mul(var_c, var_2, adj_c, adj_2, adj_3);
        // adj: return c * 12.92                                                              <L 24>
    }
    // adj: if c <= 0.0031308:                                                                <L 23>
    // adj: def linear_to_srgb(c: float) -> float:                                            <L 22>
    return;
}

struct wp_args_composite_layers_6d8de80e {
    wp::array_t<wp::vec_t<4, wp::float32>> layers;
    wp::array_t<wp::float32> opacity;
    wp::array_t<wp::vec_t<4, wp::float32>> out;
};


void composite_layers_6d8de80e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_composite_layers_6d8de80e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_layers = _wp_args->layers;
    wp::array_t<wp::float32> var_opacity = _wp_args->opacity;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<4, wp::float32> var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::vec_t<4, wp::float32>* var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    const wp::int32 var_22 = 3;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<4, wp::float32> var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::vec_t<4, wp::float32> var_29;
    const wp::int32 var_30 = 3;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.999;
    bool var_33;
    wp::vec_t<4, wp::float32> var_34;
    //---------
    // forward
    // def composite_layers(layers: wp.array3d(dtype=wp.vec4), opacity: wp.array(dtype=float), out: wp.array2d(dtype=wp.vec4)):       <L 50>
    // y, x = wp.tid()                                                                        <L 51>
    builtin_tid2d(var_0, var_1);
    // num_layers = layers.shape[0]                                                           <L 52>
    var_2 = &(var_layers.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // acc = wp.vec4(0.0, 0.0, 0.0, 0.0)                                                      <L 53>
    var_10 = wp::vec_t<4, wp::float32>(var_6, var_7, var_8, var_9);
    // for l in range(num_layers):                                                            <L 54>
    var_11 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // c = layers[l, y, x]                                                                <L 55>
        var_13 = wp::address(var_layers, var_12, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // c = wp.vec4(c[0], c[1], c[2], c[3] * opacity[l])                                   <L 56>
        var_17 = wp::extract(var_14, var_16);
        var_19 = wp::extract(var_14, var_18);
        var_21 = wp::extract(var_14, var_20);
        var_23 = wp::extract(var_14, var_22);
        var_24 = wp::address(var_opacity, var_12);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_23, var_26);
        var_27 = wp::vec_t<4, wp::float32>(var_17, var_19, var_21, var_25);
        // acc = over(premultiply(c), acc)                                                    <L 57>
        var_28 = premultiply_0(var_27);
        var_29 = over_0(var_28, var_10);
        // if acc[3] >= 0.999:                                                                <L 58>
        var_31 = wp::extract(var_29, var_30);
        var_33 = (var_31 >= var_32);
        if (var_33) {
            // break                                                                          <L 59>
            wp::assign(var_10, var_29);
            goto end_for_0;
        }
        var_34 = wp::where(var_33, var_10, var_29);
        wp::assign(var_10, var_34);
        goto start_for_0;
    end_for_0:;
    // out[y, x] = acc                                                                        <L 60>
    wp::array_store(var_out, var_0, var_1, var_10);
}



void composite_layers_6d8de80e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_composite_layers_6d8de80e *_wp_args,
    wp_args_composite_layers_6d8de80e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_layers = _wp_args->layers;
    wp::array_t<wp::float32> var_opacity = _wp_args->opacity;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_layers = _wp_adj_args->layers;
    wp::array_t<wp::float32> adj_opacity = _wp_adj_args->opacity;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<4, wp::float32> var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::vec_t<4, wp::float32>* var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    const wp::int32 var_22 = 3;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<4, wp::float32> var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::vec_t<4, wp::float32> var_29;
    const wp::int32 var_30 = 3;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.999;
    bool var_33;
    wp::vec_t<4, wp::float32> var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<4, wp::float32> adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<4, wp::float32> adj_13 = {};
    wp::vec_t<4, wp::float32> adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<4, wp::float32> adj_27 = {};
    wp::vec_t<4, wp::float32> adj_28 = {};
    wp::vec_t<4, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::vec_t<4, wp::float32> adj_34 = {};
    //---------
    // forward
    // def composite_layers(layers: wp.array3d(dtype=wp.vec4), opacity: wp.array(dtype=float), out: wp.array2d(dtype=wp.vec4)):       <L 50>
    // y, x = wp.tid()                                                                        <L 51>
    builtin_tid2d(var_0, var_1);
    // num_layers = layers.shape[0]                                                           <L 52>
    var_2 = &(var_layers.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // acc = wp.vec4(0.0, 0.0, 0.0, 0.0)                                                      <L 53>
    var_10 = wp::vec_t<4, wp::float32>(var_6, var_7, var_8, var_9);
    // for l in range(num_layers):                                                            <L 54>
    var_11 = wp::range(var_4);
    // out[y, x] = acc                                                                        <L 60>
    // wp::array_store(var_out, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_10, adj_out, adj_0, adj_1, adj_10);
    // adj: out[y, x] = acc                                                                   <L 60>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
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
        // c = layers[l, y, x]                                                                <L 55>
        var_13 = wp::address(var_layers, var_12, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // c = wp.vec4(c[0], c[1], c[2], c[3] * opacity[l])                                   <L 56>
        var_17 = wp::extract(var_14, var_16);
        var_19 = wp::extract(var_14, var_18);
        var_21 = wp::extract(var_14, var_20);
        var_23 = wp::extract(var_14, var_22);
        var_24 = wp::address(var_opacity, var_12);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_23, var_26);
        var_27 = wp::vec_t<4, wp::float32>(var_17, var_19, var_21, var_25);
        // acc = over(premultiply(c), acc)                                                    <L 57>
        var_28 = premultiply_0(var_27);
        var_29 = over_0(var_28, var_10);
        // if acc[3] >= 0.999:                                                                <L 58>
        var_31 = wp::extract(var_29, var_30);
        var_33 = (var_31 >= var_32);
        if (var_33) {
            // break                                                                          <L 59>
            wp::assign(var_10, var_29);
            goto end_for_0;
        }
        var_34 = wp::where(var_33, var_10, var_29);
        wp::assign(var_10, var_34);
        wp::adj_assign(var_10, var_34, adj_10, adj_34);
        wp::adj_where(var_33, var_10, var_29, adj_33, adj_10, adj_29, adj_34);
        if (var_33) {
            wp::adj_assign(var_10, var_29, adj_10, adj_29);
            // adj: break                                                                     <L 59>
        }
        wp::adj_extract(var_29, var_30, adj_29, adj_30, adj_31);
        // adj: if acc[3] >= 0.999:                                                           <L 58>
        adj_over_0(var_28, var_10, adj_28, adj_10, adj_29);
        adj_premultiply_0(var_27, adj_27, adj_28);
        // adj: acc = over(premultiply(c), acc)                                               <L 57>
        wp::adj_vec_t(var_17, var_19, var_21, var_25, adj_17, adj_19, adj_21, adj_25, adj_27);
        wp::adj_mul(var_23, var_26, adj_23, adj_24, adj_25);
        wp::adj_address(var_opacity, var_12, adj_opacity, adj_12, adj_24);
        wp::adj_extract(var_14, var_22, adj_14, adj_22, adj_23);
        wp::adj_extract(var_14, var_20, adj_14, adj_20, adj_21);
        wp::adj_extract(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: c = wp.vec4(c[0], c[1], c[2], c[3] * opacity[l])                              <L 56>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_layers, var_12, var_0, var_1, adj_layers, adj_12, adj_0, adj_1, adj_13);
        // adj: c = layers[l, y, x]                                                           <L 55>
    	goto start_for_0;
    end_for_0:;
    // adj: for l in range(num_layers):                                                       <L 54>
    wp::adj_vec_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_10);
    // adj: acc = wp.vec4(0.0, 0.0, 0.0, 0.0)                                                 <L 53>
    adj_layers.shape = adj_2;
    // adj: num_layers = layers.shape[0]                                                      <L 52>
    // adj: y, x = wp.tid()                                                                   <L 51>
    // adj: def composite_layers(layers: wp.array3d(dtype=wp.vec4), opacity: wp.array(dtype=float), out: wp.array2d(dtype=wp.vec4)):  <L 50>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void composite_layers_6d8de80e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_layers_6d8de80e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        composite_layers_6d8de80e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void composite_layers_6d8de80e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_layers_6d8de80e *_wp_args,
    wp_args_composite_layers_6d8de80e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        composite_layers_6d8de80e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_colorize_scalar_34468f96 {
    wp::array_t<wp::float32> values;
    wp::float32 vmin;
    wp::float32 vmax;
    wp::array_t<wp::vec_t<4, wp::float32>> out;
};


void colorize_scalar_34468f96_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_colorize_scalar_34468f96 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_vmin = _wp_args->vmin;
    wp::float32 var_vmax = _wp_args->vmax;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.66;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.9;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<4, wp::float32> var_24;
    //---------
    // forward
    // def colorize_scalar(values: wp.array2d(dtype=float), vmin: float, vmax: float, out: wp.array2d(dtype=wp.vec4)):       <L 64>
    // y, x = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // t = wp.clamp((values[y, x] - vmin) / (vmax - vmin), 0.0, 1.0)                          <L 66>
    var_2 = wp::address(var_values, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_vmin);
    var_5 = wp::sub(var_vmax, var_vmin);
    var_6 = wp::div(var_3, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // rgb = hsv_to_rgb(0.66 * (1.0 - t), 0.9, 1.0)                                           <L 67>
    var_12 = wp::sub(var_11, var_9);
    var_13 = wp::mul(var_10, var_12);
    var_16 = hsv_to_rgb_0(var_13, var_14, var_15);
    // out[y, x] = wp.vec4(rgb[0], rgb[1], rgb[2], 1.0)                                       <L 68>
    var_18 = wp::extract(var_16, var_17);
    var_20 = wp::extract(var_16, var_19);
    var_22 = wp::extract(var_16, var_21);
    var_24 = wp::vec_t<4, wp::float32>(var_18, var_20, var_22, var_23);
    wp::array_store(var_out, var_0, var_1, var_24);
}



void colorize_scalar_34468f96_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_colorize_scalar_34468f96 *_wp_args,
    wp_args_colorize_scalar_34468f96 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_vmin = _wp_args->vmin;
    wp::float32 var_vmax = _wp_args->vmax;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_vmin = _wp_adj_args->vmin;
    wp::float32 adj_vmax = _wp_adj_args->vmax;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.66;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.9;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<4, wp::float32> var_24;
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
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<4, wp::float32> adj_24 = {};
    //---------
    // forward
    // def colorize_scalar(values: wp.array2d(dtype=float), vmin: float, vmax: float, out: wp.array2d(dtype=wp.vec4)):       <L 64>
    // y, x = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // t = wp.clamp((values[y, x] - vmin) / (vmax - vmin), 0.0, 1.0)                          <L 66>
    var_2 = wp::address(var_values, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_vmin);
    var_5 = wp::sub(var_vmax, var_vmin);
    var_6 = wp::div(var_3, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // rgb = hsv_to_rgb(0.66 * (1.0 - t), 0.9, 1.0)                                           <L 67>
    var_12 = wp::sub(var_11, var_9);
    var_13 = wp::mul(var_10, var_12);
    var_16 = hsv_to_rgb_0(var_13, var_14, var_15);
    // out[y, x] = wp.vec4(rgb[0], rgb[1], rgb[2], 1.0)                                       <L 68>
    var_18 = wp::extract(var_16, var_17);
    var_20 = wp::extract(var_16, var_19);
    var_22 = wp::extract(var_16, var_21);
    var_24 = wp::vec_t<4, wp::float32>(var_18, var_20, var_22, var_23);
    // wp::array_store(var_out, var_0, var_1, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_24, adj_out, adj_0, adj_1, adj_24);
    wp::adj_vec_t(var_18, var_20, var_22, var_23, adj_18, adj_20, adj_22, adj_23, adj_24);
    wp::adj_extract(var_16, var_21, adj_16, adj_21, adj_22);
    wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_extract(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: out[y, x] = wp.vec4(rgb[0], rgb[1], rgb[2], 1.0)                                  <L 68>
    adj_hsv_to_rgb_0(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sub(var_11, var_9, adj_11, adj_9, adj_12);
    // adj: rgb = hsv_to_rgb(0.66 * (1.0 - t), 0.9, 1.0)                                      <L 67>
    wp::adj_clamp(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    wp::adj_div(var_3, var_5, var_6, adj_3, adj_5, adj_6);
    wp::adj_sub(var_vmax, var_vmin, adj_vmax, adj_vmin, adj_5);
    wp::adj_sub(var_4, var_vmin, adj_2, adj_vmin, adj_3);
    wp::adj_address(var_values, var_0, var_1, adj_values, adj_0, adj_1, adj_2);
    // adj: t = wp.clamp((values[y, x] - vmin) / (vmax - vmin), 0.0, 1.0)                     <L 66>
    // adj: y, x = wp.tid()                                                                   <L 65>
    // adj: def colorize_scalar(values: wp.array2d(dtype=float), vmin: float, vmax: float, out: wp.array2d(dtype=wp.vec4)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void colorize_scalar_34468f96_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_colorize_scalar_34468f96 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        colorize_scalar_34468f96_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void colorize_scalar_34468f96_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_colorize_scalar_34468f96 *_wp_args,
    wp_args_colorize_scalar_34468f96 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        colorize_scalar_34468f96_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gamma_convert_f4bf5292 {
    wp::array_t<wp::vec_t<4, wp::float32>> img;
    bool to_linear;
};


void gamma_convert_f4bf5292_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gamma_convert_f4bf5292 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    bool var_to_linear = _wp_args->to_linear;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    //---------
    // forward
    // def gamma_convert(img: wp.array2d(dtype=wp.vec4), to_linear: bool):                    <L 72>
    // y, x = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // c = img[y, x]                                                                          <L 74>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = c[0]                                                                               <L 75>
    var_6 = wp::extract(var_3, var_5);
    // g = c[1]                                                                               <L 76>
    var_8 = wp::extract(var_3, var_7);
    // b = c[2]                                                                               <L 77>
    var_10 = wp::extract(var_3, var_9);
    // if to_linear:                                                                          <L 78>
    if (var_to_linear) {
        // r = srgb_to_linear(r)                                                              <L 79>
        var_11 = srgb_to_linear_0(var_6);
        // g = srgb_to_linear(g)                                                              <L 80>
        var_12 = srgb_to_linear_0(var_8);
        // b = srgb_to_linear(b)                                                              <L 81>
        var_13 = srgb_to_linear_0(var_10);
    }
    if (!var_to_linear) {
        // r = linear_to_srgb(r)                                                              <L 83>
        var_14 = linear_to_srgb_0(var_6);
        // g = linear_to_srgb(g)                                                              <L 84>
        var_15 = linear_to_srgb_0(var_8);
        // b = linear_to_srgb(b)                                                              <L 85>
        var_16 = linear_to_srgb_0(var_10);
    }
    var_17 = wp::where(var_to_linear, var_11, var_14);
    var_18 = wp::where(var_to_linear, var_12, var_15);
    var_19 = wp::where(var_to_linear, var_13, var_16);
    // img[y, x] = wp.vec4(r, g, b, c[3])                                                     <L 86>
    var_21 = wp::extract(var_3, var_20);
    var_22 = wp::vec_t<4, wp::float32>(var_17, var_18, var_19, var_21);
    wp::array_store(var_img, var_0, var_1, var_22);
}



void gamma_convert_f4bf5292_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gamma_convert_f4bf5292 *_wp_args,
    wp_args_gamma_convert_f4bf5292 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    bool var_to_linear = _wp_args->to_linear;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img = _wp_adj_args->img;
    bool adj_to_linear = _wp_adj_args->to_linear;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    //---------
    // forward
    // def gamma_convert(img: wp.array2d(dtype=wp.vec4), to_linear: bool):                    <L 72>
    // y, x = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // c = img[y, x]                                                                          <L 74>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = c[0]                                                                               <L 75>
    var_6 = wp::extract(var_3, var_5);
    // g = c[1]                                                                               <L 76>
    var_8 = wp::extract(var_3, var_7);
    // b = c[2]                                                                               <L 77>
    var_10 = wp::extract(var_3, var_9);
    // if to_linear:                                                                          <L 78>
    if (var_to_linear) {
        // r = srgb_to_linear(r)                                                              <L 79>
        var_11 = srgb_to_linear_0(var_6);
        // g = srgb_to_linear(g)                                                              <L 80>
        var_12 = srgb_to_linear_0(var_8);
        // b = srgb_to_linear(b)                                                              <L 81>
        var_13 = srgb_to_linear_0(var_10);
    }
    if (!var_to_linear) {
        // r = linear_to_srgb(r)                                                              <L 83>
        var_14 = linear_to_srgb_0(var_6);
        // g = linear_to_srgb(g)                                                              <L 84>
        var_15 = linear_to_srgb_0(var_8);
        // b = linear_to_srgb(b)                                                              <L 85>
        var_16 = linear_to_srgb_0(var_10);
    }
    var_17 = wp::where(var_to_linear, var_11, var_14);
    var_18 = wp::where(var_to_linear, var_12, var_15);
    var_19 = wp::where(var_to_linear, var_13, var_16);
    // img[y, x] = wp.vec4(r, g, b, c[3])                                                     <L 86>
    var_21 = wp::extract(var_3, var_20);
    var_22 = wp::vec_t<4, wp::float32>(var_17, var_18, var_19, var_21);
    // wp::array_store(var_img, var_0, var_1, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_img, var_0, var_1, var_22, adj_img, adj_0, adj_1, adj_22);
    wp::adj_vec_t(var_17, var_18, var_19, var_21, adj_17, adj_18, adj_19, adj_21, adj_22);
    wp::adj_extract(var_3, var_20, adj_3, adj_20, adj_21);
    // adj: img[y, x] = wp.vec4(r, g, b, c[3])                                                <L 86>
    wp::adj_where(var_to_linear, var_13, var_16, adj_to_linear, adj_13, adj_16, adj_19);
    wp::adj_where(var_to_linear, var_12, var_15, adj_to_linear, adj_12, adj_15, adj_18);
    wp::adj_where(var_to_linear, var_11, var_14, adj_to_linear, adj_11, adj_14, adj_17);
    if (!var_to_linear) {
        adj_linear_to_srgb_0(var_10, adj_10, adj_16);
        // adj: b = linear_to_srgb(b)                                                         <L 85>
        adj_linear_to_srgb_0(var_8, adj_8, adj_15);
        // adj: g = linear_to_srgb(g)                                                         <L 84>
        adj_linear_to_srgb_0(var_6, adj_6, adj_14);
        // adj: r = linear_to_srgb(r)                                                         <L 83>
    }
    if (var_to_linear) {
        adj_srgb_to_linear_0(var_10, adj_10, adj_13);
        // adj: b = srgb_to_linear(b)                                                         <L 81>
        adj_srgb_to_linear_0(var_8, adj_8, adj_12);
        // adj: g = srgb_to_linear(g)                                                         <L 80>
        adj_srgb_to_linear_0(var_6, adj_6, adj_11);
        // adj: r = srgb_to_linear(r)                                                         <L 79>
    }
    // adj: if to_linear:                                                                     <L 78>
    wp::adj_extract(var_3, var_9, adj_3, adj_9, adj_10);
    // adj: b = c[2]                                                                          <L 77>
    wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: g = c[1]                                                                          <L 76>
    wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: r = c[0]                                                                          <L 75>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: c = img[y, x]                                                                     <L 74>
    // adj: y, x = wp.tid()                                                                   <L 73>
    // adj: def gamma_convert(img: wp.array2d(dtype=wp.vec4), to_linear: bool):               <L 72>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gamma_convert_f4bf5292_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gamma_convert_f4bf5292 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gamma_convert_f4bf5292_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gamma_convert_f4bf5292_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gamma_convert_f4bf5292 *_wp_args,
    wp_args_gamma_convert_f4bf5292 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gamma_convert_f4bf5292_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_average_color_cca2d405 {
    wp::array_t<wp::vec_t<4, wp::float32>> img;
    wp::array_t<wp::vec_t<4, wp::float32>> total;
    wp::array_t<wp::float32> brightest;
};


void average_color_cca2d405_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_average_color_cca2d405 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<4, wp::float32>> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_brightest = _wp_args->brightest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::vec_t<4, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.2126;
    const wp::float32 var_15 = 0.7152;
    const wp::float32 var_16 = 0.0722;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    //---------
    // forward
    // def average_color(img: wp.array2d(dtype=wp.vec4), total: wp.array(dtype=wp.vec4), brightest: wp.array(dtype=float)):       <L 90>
    // y, x = wp.tid()                                                                        <L 91>
    builtin_tid2d(var_0, var_1);
    // c = img[y, x]                                                                          <L 92>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // wp.atomic_add(total, 0, c)                                                             <L 93>
    var_6 = wp::atomic_add(var_total, var_5, var_3);
    // lum = wp.dot(wp.vec3(c[0], c[1], c[2]), wp.vec3(0.2126, 0.7152, 0.0722))               <L 94>
    var_8 = wp::extract(var_3, var_7);
    var_10 = wp::extract(var_3, var_9);
    var_12 = wp::extract(var_3, var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_8, var_10, var_12);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::dot(var_13, var_17);
    // wp.atomic_max(brightest, 0, lum)                                                       <L 95>
    var_20 = wp::atomic_max(var_brightest, var_19, var_18);
}



void average_color_cca2d405_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_average_color_cca2d405 *_wp_args,
    wp_args_average_color_cca2d405 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<4, wp::float32>> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_brightest = _wp_args->brightest;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img = _wp_adj_args->img;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_total = _wp_adj_args->total;
    wp::array_t<wp::float32> adj_brightest = _wp_adj_args->brightest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::vec_t<4, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.2126;
    const wp::float32 var_15 = 0.7152;
    const wp::float32 var_16 = 0.0722;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def average_color(img: wp.array2d(dtype=wp.vec4), total: wp.array(dtype=wp.vec4), brightest: wp.array(dtype=float)):       <L 90>
    // y, x = wp.tid()                                                                        <L 91>
    builtin_tid2d(var_0, var_1);
    // c = img[y, x]                                                                          <L 92>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // wp.atomic_add(total, 0, c)                                                             <L 93>
    // var_6 = wp::atomic_add(var_total, var_5, var_3);
    // lum = wp.dot(wp.vec3(c[0], c[1], c[2]), wp.vec3(0.2126, 0.7152, 0.0722))               <L 94>
    var_8 = wp::extract(var_3, var_7);
    var_10 = wp::extract(var_3, var_9);
    var_12 = wp::extract(var_3, var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_8, var_10, var_12);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::dot(var_13, var_17);
    // wp.atomic_max(brightest, 0, lum)                                                       <L 95>
    // var_20 = wp::atomic_max(var_brightest, var_19, var_18);
    //---------
    // reverse
    wp::adj_atomic_max(var_brightest, var_19, var_18, adj_brightest, adj_19, adj_18, adj_20);
    // adj: wp.atomic_max(brightest, 0, lum)                                                  <L 95>
    wp::adj_dot(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_vec_t(var_8, var_10, var_12, adj_8, adj_10, adj_12, adj_13);
    wp::adj_extract(var_3, var_11, adj_3, adj_11, adj_12);
    wp::adj_extract(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: lum = wp.dot(wp.vec3(c[0], c[1], c[2]), wp.vec3(0.2126, 0.7152, 0.0722))          <L 94>
    wp::adj_atomic_add(var_total, var_5, var_3, adj_total, adj_5, adj_3, adj_6);
    // adj: wp.atomic_add(total, 0, c)                                                        <L 93>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: c = img[y, x]                                                                     <L 92>
    // adj: y, x = wp.tid()                                                                   <L 91>
    // adj: def average_color(img: wp.array2d(dtype=wp.vec4), total: wp.array(dtype=wp.vec4), brightest: wp.array(dtype=float)):  <L 90>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void average_color_cca2d405_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_average_color_cca2d405 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        average_color_cca2d405_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void average_color_cca2d405_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_average_color_cca2d405 *_wp_args,
    wp_args_average_color_cca2d405 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        average_color_cca2d405_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

