
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


// corpus/197_option_pricing_float64.py:6
static CUDA_CALLABLE wp::float64 norm_cdf_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float64 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float64 var_3;
    const wp::float32 var_4 = 0.2316419;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::float32 var_10 = 0.31938153;
    wp::float64 var_11;
    const wp::float32 var_12 = 0.356563782;
    const wp::float32 var_13 = -0.356563782;
    wp::float64 var_14;
    const wp::float32 var_15 = 1.781477937;
    wp::float64 var_16;
    const wp::float32 var_17 = 1.821255978;
    const wp::float32 var_18 = -1.821255978;
    wp::float64 var_19;
    const wp::float32 var_20 = 1.330274429;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    const wp::float32 var_37 = 0.3989422804014327;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::float32 var_40 = 1.0;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    const wp::float32 var_44 = 0.0;
    wp::float64 var_45;
    bool var_46;
    const wp::float32 var_47 = 1.0;
    wp::float64 var_48;
    wp::float64 var_49;
    //---------
    // forward
    // def norm_cdf(x: wp.float64) -> wp.float64:                                             <L 7>
    // t = wp.float64(1.0) / (wp.float64(1.0) + wp.float64(0.2316419) * wp.abs(x))            <L 9>
    var_1 = wp::float64(var_0);
    var_3 = wp::float64(var_2);
    var_5 = wp::float64(var_4);
    var_6 = wp::abs(var_x);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::add(var_3, var_7);
    var_9 = wp::div(var_1, var_8);
    // poly = t * (wp.float64(0.319381530) + t * (wp.float64(-0.356563782) + t * (wp.float64(1.781477937) + t * (wp.float64(-1.821255978) + t * wp.float64(1.330274429)))))       <L 10>
    var_11 = wp::float64(var_10);
    var_14 = wp::float64(var_13);
    var_16 = wp::float64(var_15);
    var_19 = wp::float64(var_18);
    var_21 = wp::float64(var_20);
    var_22 = wp::mul(var_9, var_21);
    var_23 = wp::add(var_19, var_22);
    var_24 = wp::mul(var_9, var_23);
    var_25 = wp::add(var_16, var_24);
    var_26 = wp::mul(var_9, var_25);
    var_27 = wp::add(var_14, var_26);
    var_28 = wp::mul(var_9, var_27);
    var_29 = wp::add(var_11, var_28);
    var_30 = wp::mul(var_9, var_29);
    // pdf = wp.exp(-x * x * wp.float64(0.5)) * wp.float64(0.3989422804014327)                <L 11>
    var_31 = wp::neg(var_x);
    var_32 = wp::mul(var_31, var_x);
    var_34 = wp::float64(var_33);
    var_35 = wp::mul(var_32, var_34);
    var_36 = wp::exp(var_35);
    var_38 = wp::float64(var_37);
    var_39 = wp::mul(var_36, var_38);
    // c = wp.float64(1.0) - pdf * poly                                                       <L 12>
    var_41 = wp::float64(var_40);
    var_42 = wp::mul(var_39, var_30);
    var_43 = wp::sub(var_41, var_42);
    // if x < wp.float64(0.0):                                                                <L 13>
    var_45 = wp::float64(var_44);
    var_46 = (var_x < var_45);
    if (var_46) {
        // return wp.float64(1.0) - c                                                         <L 14>
        var_48 = wp::float64(var_47);
        var_49 = wp::sub(var_48, var_43);
        return var_49;
    }
    // return c                                                                               <L 15>
    return var_43;
}


// corpus/197_option_pricing_float64.py:18
static CUDA_CALLABLE void black_scholes_0(
    wp::float64 var_S,
    wp::float64 var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::float64 & ret_0,
    wp::float64 & ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    //---------
    // forward
    // def black_scholes(S: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64):       <L 19>
    // sq = sigma * wp.sqrt(T)                                                                <L 20>
    var_0 = wp::sqrt(var_T);
    var_1 = wp::mul(var_sigma, var_0);
    // d1 = (wp.log(S / K) + (r + wp.float64(0.5) * sigma * sigma) * T) / sq                  <L 21>
    var_2 = wp::div(var_S, var_K);
    var_3 = wp::log(var_2);
    var_5 = wp::float64(var_4);
    var_6 = wp::mul(var_5, var_sigma);
    var_7 = wp::mul(var_6, var_sigma);
    var_8 = wp::add(var_r, var_7);
    var_9 = wp::mul(var_8, var_T);
    var_10 = wp::add(var_3, var_9);
    var_11 = wp::div(var_10, var_1);
    // d2 = d1 - sq                                                                           <L 22>
    var_12 = wp::sub(var_11, var_1);
    // disc = wp.exp(-r * T)                                                                  <L 23>
    var_13 = wp::neg(var_r);
    var_14 = wp::mul(var_13, var_T);
    var_15 = wp::exp(var_14);
    // call = S * norm_cdf(d1) - K * disc * norm_cdf(d2)                                      <L 24>
    var_16 = norm_cdf_0(var_11);
    var_17 = wp::mul(var_S, var_16);
    var_18 = wp::mul(var_K, var_15);
    var_19 = norm_cdf_0(var_12);
    var_20 = wp::mul(var_18, var_19);
    var_21 = wp::sub(var_17, var_20);
    // put = K * disc * norm_cdf(-d2) - S * norm_cdf(-d1)                                     <L 25>
    var_22 = wp::mul(var_K, var_15);
    var_23 = wp::neg(var_12);
    var_24 = norm_cdf_0(var_23);
    var_25 = wp::mul(var_22, var_24);
    var_26 = wp::neg(var_11);
    var_27 = norm_cdf_0(var_26);
    var_28 = wp::mul(var_S, var_27);
    var_29 = wp::sub(var_25, var_28);
    // return call, put                                                                       <L 26>
    ret_0 = var_21;
    ret_1 = var_29;
    return;
}


// corpus/197_option_pricing_float64.py:6
static CUDA_CALLABLE void adj_norm_cdf_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float64 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float64 var_3;
    const wp::float32 var_4 = 0.2316419;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::float32 var_10 = 0.31938153;
    wp::float64 var_11;
    const wp::float32 var_12 = 0.356563782;
    const wp::float32 var_13 = -0.356563782;
    wp::float64 var_14;
    const wp::float32 var_15 = 1.781477937;
    wp::float64 var_16;
    const wp::float32 var_17 = 1.821255978;
    const wp::float32 var_18 = -1.821255978;
    wp::float64 var_19;
    const wp::float32 var_20 = 1.330274429;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    const wp::float32 var_37 = 0.3989422804014327;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::float32 var_40 = 1.0;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    const wp::float32 var_44 = 0.0;
    wp::float64 var_45;
    bool var_46;
    const wp::float32 var_47 = 1.0;
    wp::float64 var_48;
    wp::float64 var_49;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float64 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::float64 adj_49 = {};
    //---------
    // forward
    // def norm_cdf(x: wp.float64) -> wp.float64:                                             <L 7>
    // t = wp.float64(1.0) / (wp.float64(1.0) + wp.float64(0.2316419) * wp.abs(x))            <L 9>
    var_1 = wp::float64(var_0);
    var_3 = wp::float64(var_2);
    var_5 = wp::float64(var_4);
    var_6 = wp::abs(var_x);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::add(var_3, var_7);
    var_9 = wp::div(var_1, var_8);
    // poly = t * (wp.float64(0.319381530) + t * (wp.float64(-0.356563782) + t * (wp.float64(1.781477937) + t * (wp.float64(-1.821255978) + t * wp.float64(1.330274429)))))       <L 10>
    var_11 = wp::float64(var_10);
    var_14 = wp::float64(var_13);
    var_16 = wp::float64(var_15);
    var_19 = wp::float64(var_18);
    var_21 = wp::float64(var_20);
    var_22 = wp::mul(var_9, var_21);
    var_23 = wp::add(var_19, var_22);
    var_24 = wp::mul(var_9, var_23);
    var_25 = wp::add(var_16, var_24);
    var_26 = wp::mul(var_9, var_25);
    var_27 = wp::add(var_14, var_26);
    var_28 = wp::mul(var_9, var_27);
    var_29 = wp::add(var_11, var_28);
    var_30 = wp::mul(var_9, var_29);
    // pdf = wp.exp(-x * x * wp.float64(0.5)) * wp.float64(0.3989422804014327)                <L 11>
    var_31 = wp::neg(var_x);
    var_32 = wp::mul(var_31, var_x);
    var_34 = wp::float64(var_33);
    var_35 = wp::mul(var_32, var_34);
    var_36 = wp::exp(var_35);
    var_38 = wp::float64(var_37);
    var_39 = wp::mul(var_36, var_38);
    // c = wp.float64(1.0) - pdf * poly                                                       <L 12>
    var_41 = wp::float64(var_40);
    var_42 = wp::mul(var_39, var_30);
    var_43 = wp::sub(var_41, var_42);
    // if x < wp.float64(0.0):                                                                <L 13>
    var_45 = wp::float64(var_44);
    var_46 = (var_x < var_45);
    if (var_46) {
        // return wp.float64(1.0) - c                                                         <L 14>
        var_48 = wp::float64(var_47);
        var_49 = wp::sub(var_48, var_43);
        goto label0;
    }
    // return c                                                                               <L 15>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_43 += adj_ret;
    // adj: return c                                                                          <L 15>
    if (var_46) {
        label0:;
        adj_49 += adj_ret;
        wp::adj_sub(var_48, var_43, adj_48, adj_43, adj_49);
        wp::adj_float64(var_47, adj_47, adj_48);
        // adj: return wp.float64(1.0) - c                                                    <L 14>
    }
    wp::adj_float64(var_44, adj_44, adj_45);
    // adj: if x < wp.float64(0.0):                                                           <L 13>
    wp::adj_sub(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_mul(var_39, var_30, adj_39, adj_30, adj_42);
    wp::adj_float64(var_40, adj_40, adj_41);
    // adj: c = wp.float64(1.0) - pdf * poly                                                  <L 12>
    wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_float64(var_37, adj_37, adj_38);
    wp::adj_exp(var_35, var_36, adj_35, adj_36);
    wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_float64(var_33, adj_33, adj_34);
    wp::adj_mul(var_31, var_x, adj_31, adj_x, adj_32);
    wp::adj_neg(var_x, adj_x, adj_31);
    // adj: pdf = wp.exp(-x * x * wp.float64(0.5)) * wp.float64(0.3989422804014327)           <L 11>
    wp::adj_mul(var_9, var_29, adj_9, adj_29, adj_30);
    wp::adj_add(var_11, var_28, adj_11, adj_28, adj_29);
    wp::adj_mul(var_9, var_27, adj_9, adj_27, adj_28);
    wp::adj_add(var_14, var_26, adj_14, adj_26, adj_27);
    wp::adj_mul(var_9, var_25, adj_9, adj_25, adj_26);
    wp::adj_add(var_16, var_24, adj_16, adj_24, adj_25);
    wp::adj_mul(var_9, var_23, adj_9, adj_23, adj_24);
    wp::adj_add(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_mul(var_9, var_21, adj_9, adj_21, adj_22);
    wp::adj_float64(var_20, adj_20, adj_21);
    wp::adj_float64(var_18, adj_18, adj_19);
    wp::adj_float64(var_15, adj_15, adj_16);
    wp::adj_float64(var_13, adj_13, adj_14);
    wp::adj_float64(var_10, adj_10, adj_11);
    // adj: poly = t * (wp.float64(0.319381530) + t * (wp.float64(-0.356563782) + t * (wp.float64(1.781477937) + t * (wp.float64(-1.821255978) + t * wp.float64(1.330274429)))))  <L 10>
    wp::adj_div(var_1, var_8, var_9, adj_1, adj_8, adj_9);
    wp::adj_add(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_abs(var_x, adj_x, adj_6);
    wp::adj_float64(var_4, adj_4, adj_5);
    wp::adj_float64(var_2, adj_2, adj_3);
    wp::adj_float64(var_0, adj_0, adj_1);
    // adj: t = wp.float64(1.0) / (wp.float64(1.0) + wp.float64(0.2316419) * wp.abs(x))       <L 9>
    // adj: def norm_cdf(x: wp.float64) -> wp.float64:                                        <L 7>
    return;
}


// corpus/197_option_pricing_float64.py:18
static CUDA_CALLABLE void adj_black_scholes_0(
    wp::float64 var_S,
    wp::float64 var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::float64 & ret_0,
    wp::float64 & ret_1,
    wp::float64 & adj_S,
    wp::float64 & adj_K,
    wp::float64 & adj_T,
    wp::float64 & adj_r,
    wp::float64 & adj_sigma,
    wp::float64 & adj_ret_0,
    wp::float64 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    //---------
    // forward
    // def black_scholes(S: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64):       <L 19>
    // sq = sigma * wp.sqrt(T)                                                                <L 20>
    var_0 = wp::sqrt(var_T);
    var_1 = wp::mul(var_sigma, var_0);
    // d1 = (wp.log(S / K) + (r + wp.float64(0.5) * sigma * sigma) * T) / sq                  <L 21>
    var_2 = wp::div(var_S, var_K);
    var_3 = wp::log(var_2);
    var_5 = wp::float64(var_4);
    var_6 = wp::mul(var_5, var_sigma);
    var_7 = wp::mul(var_6, var_sigma);
    var_8 = wp::add(var_r, var_7);
    var_9 = wp::mul(var_8, var_T);
    var_10 = wp::add(var_3, var_9);
    var_11 = wp::div(var_10, var_1);
    // d2 = d1 - sq                                                                           <L 22>
    var_12 = wp::sub(var_11, var_1);
    // disc = wp.exp(-r * T)                                                                  <L 23>
    var_13 = wp::neg(var_r);
    var_14 = wp::mul(var_13, var_T);
    var_15 = wp::exp(var_14);
    // call = S * norm_cdf(d1) - K * disc * norm_cdf(d2)                                      <L 24>
    var_16 = norm_cdf_0(var_11);
    var_17 = wp::mul(var_S, var_16);
    var_18 = wp::mul(var_K, var_15);
    var_19 = norm_cdf_0(var_12);
    var_20 = wp::mul(var_18, var_19);
    var_21 = wp::sub(var_17, var_20);
    // put = K * disc * norm_cdf(-d2) - S * norm_cdf(-d1)                                     <L 25>
    var_22 = wp::mul(var_K, var_15);
    var_23 = wp::neg(var_12);
    var_24 = norm_cdf_0(var_23);
    var_25 = wp::mul(var_22, var_24);
    var_26 = wp::neg(var_11);
    var_27 = norm_cdf_0(var_26);
    var_28 = wp::mul(var_S, var_27);
    var_29 = wp::sub(var_25, var_28);
    // return call, put                                                                       <L 26>
    ret_0 = var_21;
    ret_1 = var_29;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_29 += adj_ret_1;
    adj_21 += adj_ret_0;
    // adj: return call, put                                                                  <L 26>
    wp::adj_sub(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_mul(var_S, var_27, adj_S, adj_27, adj_28);
    adj_norm_cdf_0(var_26, adj_26, adj_27);
    wp::adj_neg(var_11, adj_11, adj_26);
    wp::adj_mul(var_22, var_24, adj_22, adj_24, adj_25);
    adj_norm_cdf_0(var_23, adj_23, adj_24);
    wp::adj_neg(var_12, adj_12, adj_23);
    wp::adj_mul(var_K, var_15, adj_K, adj_15, adj_22);
    // adj: put = K * disc * norm_cdf(-d2) - S * norm_cdf(-d1)                                <L 25>
    wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_21);
    wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
    adj_norm_cdf_0(var_12, adj_12, adj_19);
    wp::adj_mul(var_K, var_15, adj_K, adj_15, adj_18);
    wp::adj_mul(var_S, var_16, adj_S, adj_16, adj_17);
    adj_norm_cdf_0(var_11, adj_11, adj_16);
    // adj: call = S * norm_cdf(d1) - K * disc * norm_cdf(d2)                                 <L 24>
    wp::adj_exp(var_14, var_15, adj_14, adj_15);
    wp::adj_mul(var_13, var_T, adj_13, adj_T, adj_14);
    wp::adj_neg(var_r, adj_r, adj_13);
    // adj: disc = wp.exp(-r * T)                                                             <L 23>
    wp::adj_sub(var_11, var_1, adj_11, adj_1, adj_12);
    // adj: d2 = d1 - sq                                                                      <L 22>
    wp::adj_div(var_10, var_1, var_11, adj_10, adj_1, adj_11);
    wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_8, var_T, adj_8, adj_T, adj_9);
    wp::adj_add(var_r, var_7, adj_r, adj_7, adj_8);
    wp::adj_mul(var_6, var_sigma, adj_6, adj_sigma, adj_7);
    wp::adj_mul(var_5, var_sigma, adj_5, adj_sigma, adj_6);
    wp::adj_float64(var_4, adj_4, adj_5);
    wp::adj_log(var_2, adj_2, adj_3);
    wp::adj_div(var_S, var_K, var_2, adj_S, adj_K, adj_2);
    // adj: d1 = (wp.log(S / K) + (r + wp.float64(0.5) * sigma * sigma) * T) / sq             <L 21>
    wp::adj_mul(var_sigma, var_0, adj_sigma, adj_0, adj_1);
    wp::adj_sqrt(var_T, var_0, adj_T, adj_0);
    // adj: sq = sigma * wp.sqrt(T)                                                           <L 20>
    // adj: def black_scholes(S: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64):  <L 19>
    return;
}



extern "C" __global__ void price_analytic_1df01753_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_S,
    wp::array_t<wp::float64> var_K,
    wp::array_t<wp::float64> var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::array_t<wp::float64> var_calls,
    wp::array_t<wp::float64> var_puts)
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
        wp::float64* var_1;
        wp::float64* var_2;
        wp::float64* var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def price_analytic(S: wp.array(dtype=wp.float64), K: wp.array(dtype=wp.float64), T: wp.array(dtype=wp.float64), r: wp.float64, sigma: wp.float64, calls: wp.array(dtype=wp.float64), puts: wp.array(dtype=wp.float64)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // c, p = black_scholes(S[i], K[i], T[i], r, sigma)                                       <L 32>
        var_1 = wp::address(var_S, var_0);
        var_2 = wp::address(var_K, var_0);
        var_3 = wp::address(var_T, var_0);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_2);
        var_8 = wp::load(var_3);
        black_scholes_0(var_6, var_7, var_8, var_r, var_sigma, var_4, var_5);
        // calls[i] = c                                                                           <L 33>
        wp::array_store(var_calls, var_0, var_4);
        // puts[i] = p                                                                            <L 34>
        wp::array_store(var_puts, var_0, var_5);
    }
}



extern "C" __global__ void price_analytic_1df01753_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_S,
    wp::array_t<wp::float64> var_K,
    wp::array_t<wp::float64> var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::array_t<wp::float64> var_calls,
    wp::array_t<wp::float64> var_puts,
    wp::array_t<wp::float64> adj_S,
    wp::array_t<wp::float64> adj_K,
    wp::array_t<wp::float64> adj_T,
    wp::float64 adj_r,
    wp::float64 adj_sigma,
    wp::array_t<wp::float64> adj_calls,
    wp::array_t<wp::float64> adj_puts)
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
        wp::float64* var_1;
        wp::float64* var_2;
        wp::float64* var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        //---------
        // forward
        // def price_analytic(S: wp.array(dtype=wp.float64), K: wp.array(dtype=wp.float64), T: wp.array(dtype=wp.float64), r: wp.float64, sigma: wp.float64, calls: wp.array(dtype=wp.float64), puts: wp.array(dtype=wp.float64)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // c, p = black_scholes(S[i], K[i], T[i], r, sigma)                                       <L 32>
        var_1 = wp::address(var_S, var_0);
        var_2 = wp::address(var_K, var_0);
        var_3 = wp::address(var_T, var_0);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_2);
        var_8 = wp::load(var_3);
        black_scholes_0(var_6, var_7, var_8, var_r, var_sigma, var_4, var_5);
        // calls[i] = c                                                                           <L 33>
        // wp::array_store(var_calls, var_0, var_4);
        // puts[i] = p                                                                            <L 34>
        // wp::array_store(var_puts, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_puts, var_0, var_5, adj_puts, adj_0, adj_5);
        // adj: puts[i] = p                                                                       <L 34>
        wp::adj_array_store(var_calls, var_0, var_4, adj_calls, adj_0, adj_4);
        // adj: calls[i] = c                                                                      <L 33>
        adj_black_scholes_0(var_6, var_7, var_8, var_r, var_sigma, var_4, var_5, adj_1, adj_2, adj_3, adj_r, adj_sigma, adj_4, adj_5);
        wp::adj_address(var_T, var_0, adj_T, adj_0, adj_3);
        wp::adj_address(var_K, var_0, adj_K, adj_0, adj_2);
        wp::adj_address(var_S, var_0, adj_S, adj_0, adj_1);
        // adj: c, p = black_scholes(S[i], K[i], T[i], r, sigma)                                  <L 32>
        // adj: i = wp.tid()                                                                      <L 31>
        // adj: def price_analytic(S: wp.array(dtype=wp.float64), K: wp.array(dtype=wp.float64), T: wp.array(dtype=wp.float64), r: wp.float64, sigma: wp.float64, calls: wp.array(dtype=wp.float64), puts: wp.array(dtype=wp.float64)):  <L 30>
        continue;
    }
}



extern "C" __global__ void price_monte_carlo_f9a15f3a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::float64 var_S0,
    wp::float64 var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::int32 var_steps,
    wp::int32 var_seed,
    wp::array_t<wp::float64> var_payoff_sum,
    wp::array_t<wp::float64> var_payoff_sq)
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
        wp::uint32 var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float64 var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        const wp::int32 var_31 = 0;
        wp::float64 var_32;
        const wp::int32 var_33 = 0;
        wp::float64 var_34;
        wp::float64 var_35;
        const wp::int32 var_36 = 1;
        wp::float64 var_37;
        const wp::float32 var_38 = 0.0;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        wp::float64 var_45;
        //---------
        // forward
        // def price_monte_carlo(S0: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64, steps: int, seed: int, payoff_sum: wp.array(dtype=wp.float64), payoff_sq: wp.array(dtype=wp.float64)):       <L 38>
        // path = wp.tid()                                                                        <L 39>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, path)                                                       <L 40>
        var_1 = wp::rand_init(var_seed, var_0);
        // dt = T / wp.float64(steps)                                                             <L 41>
        var_2 = wp::float64(var_steps);
        var_3 = wp::div(var_T, var_2);
        // drift = (r - wp.float64(0.5) * sigma * sigma) * dt                                     <L 42>
        var_5 = wp::float64(var_4);
        var_6 = wp::mul(var_5, var_sigma);
        var_7 = wp::mul(var_6, var_sigma);
        var_8 = wp::sub(var_r, var_7);
        var_9 = wp::mul(var_8, var_3);
        // vol = sigma * wp.sqrt(dt)                                                              <L 43>
        var_10 = wp::sqrt(var_3);
        var_11 = wp::mul(var_sigma, var_10);
        // s = S0                                                                                 <L 44>
        var_12 = wp::copy(var_S0);
        // running_max = S0                                                                       <L 45>
        var_13 = wp::copy(var_S0);
        // for k in range(steps):                                                                 <L 46>
        var_14 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // z = wp.float64(wp.randn(state))                                                    <L 47>
            var_16 = wp::randn(var_1);
            var_17 = wp::float64(var_16);
            // s = s * wp.exp(drift + vol * z)                                                    <L 48>
            var_18 = wp::mul(var_11, var_17);
            var_19 = wp::add(var_9, var_18);
            var_20 = wp::exp(var_19);
            var_21 = wp::mul(var_12, var_20);
            // running_max = wp.max(running_max, s)                                               <L 49>
            var_22 = wp::max(var_13, var_21);
            wp::assign(var_12, var_21);
            wp::assign(var_13, var_22);
            goto start_for_0;
        end_for_0:;
        // payoff = wp.max(s - K, wp.float64(0.0)) * wp.exp(-r * T)                               <L 50>
        var_23 = wp::sub(var_12, var_K);
        var_25 = wp::float64(var_24);
        var_26 = wp::max(var_23, var_25);
        var_27 = wp::neg(var_r);
        var_28 = wp::mul(var_27, var_T);
        var_29 = wp::exp(var_28);
        var_30 = wp::mul(var_26, var_29);
        // wp.atomic_add(payoff_sum, 0, payoff)                                                   <L 51>
        var_32 = wp::atomic_add(var_payoff_sum, var_31, var_30);
        // wp.atomic_add(payoff_sq, 0, payoff * payoff)                                           <L 52>
        var_34 = wp::mul(var_30, var_30);
        var_35 = wp::atomic_add(var_payoff_sq, var_33, var_34);
        // wp.atomic_add(payoff_sum, 1, wp.max(running_max - K, wp.float64(0.0)) * wp.exp(-r * T))       <L 53>
        var_37 = wp::sub(var_13, var_K);
        var_39 = wp::float64(var_38);
        var_40 = wp::max(var_37, var_39);
        var_41 = wp::neg(var_r);
        var_42 = wp::mul(var_41, var_T);
        var_43 = wp::exp(var_42);
        var_44 = wp::mul(var_40, var_43);
        var_45 = wp::atomic_add(var_payoff_sum, var_36, var_44);
    }
}



extern "C" __global__ void price_monte_carlo_f9a15f3a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::float64 var_S0,
    wp::float64 var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::float64 var_sigma,
    wp::int32 var_steps,
    wp::int32 var_seed,
    wp::array_t<wp::float64> var_payoff_sum,
    wp::array_t<wp::float64> var_payoff_sq,
    wp::float64 adj_S0,
    wp::float64 adj_K,
    wp::float64 adj_T,
    wp::float64 adj_r,
    wp::float64 adj_sigma,
    wp::int32 adj_steps,
    wp::int32 adj_seed,
    wp::array_t<wp::float64> adj_payoff_sum,
    wp::array_t<wp::float64> adj_payoff_sq)
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
        wp::uint32 var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float64 var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        const wp::int32 var_31 = 0;
        wp::float64 var_32;
        const wp::int32 var_33 = 0;
        wp::float64 var_34;
        wp::float64 var_35;
        const wp::int32 var_36 = 1;
        wp::float64 var_37;
        const wp::float32 var_38 = 0.0;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        wp::float64 var_45;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float64 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::float64 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float64 adj_45 = {};
        //---------
        // forward
        // def price_monte_carlo(S0: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64, steps: int, seed: int, payoff_sum: wp.array(dtype=wp.float64), payoff_sq: wp.array(dtype=wp.float64)):       <L 38>
        // path = wp.tid()                                                                        <L 39>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, path)                                                       <L 40>
        var_1 = wp::rand_init(var_seed, var_0);
        // dt = T / wp.float64(steps)                                                             <L 41>
        var_2 = wp::float64(var_steps);
        var_3 = wp::div(var_T, var_2);
        // drift = (r - wp.float64(0.5) * sigma * sigma) * dt                                     <L 42>
        var_5 = wp::float64(var_4);
        var_6 = wp::mul(var_5, var_sigma);
        var_7 = wp::mul(var_6, var_sigma);
        var_8 = wp::sub(var_r, var_7);
        var_9 = wp::mul(var_8, var_3);
        // vol = sigma * wp.sqrt(dt)                                                              <L 43>
        var_10 = wp::sqrt(var_3);
        var_11 = wp::mul(var_sigma, var_10);
        // s = S0                                                                                 <L 44>
        var_12 = wp::copy(var_S0);
        // running_max = S0                                                                       <L 45>
        var_13 = wp::copy(var_S0);
        // for k in range(steps):                                                                 <L 46>
        var_14 = wp::range(var_steps);
        // payoff = wp.max(s - K, wp.float64(0.0)) * wp.exp(-r * T)                               <L 50>
        var_23 = wp::sub(var_12, var_K);
        var_25 = wp::float64(var_24);
        var_26 = wp::max(var_23, var_25);
        var_27 = wp::neg(var_r);
        var_28 = wp::mul(var_27, var_T);
        var_29 = wp::exp(var_28);
        var_30 = wp::mul(var_26, var_29);
        // wp.atomic_add(payoff_sum, 0, payoff)                                                   <L 51>
        // var_32 = wp::atomic_add(var_payoff_sum, var_31, var_30);
        // wp.atomic_add(payoff_sq, 0, payoff * payoff)                                           <L 52>
        var_34 = wp::mul(var_30, var_30);
        // var_35 = wp::atomic_add(var_payoff_sq, var_33, var_34);
        // wp.atomic_add(payoff_sum, 1, wp.max(running_max - K, wp.float64(0.0)) * wp.exp(-r * T))       <L 53>
        var_37 = wp::sub(var_13, var_K);
        var_39 = wp::float64(var_38);
        var_40 = wp::max(var_37, var_39);
        var_41 = wp::neg(var_r);
        var_42 = wp::mul(var_41, var_T);
        var_43 = wp::exp(var_42);
        var_44 = wp::mul(var_40, var_43);
        // var_45 = wp::atomic_add(var_payoff_sum, var_36, var_44);
        //---------
        // reverse
        wp::adj_atomic_add(var_payoff_sum, var_36, var_44, adj_payoff_sum, adj_36, adj_44, adj_45);
        wp::adj_mul(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_exp(var_42, var_43, adj_42, adj_43);
        wp::adj_mul(var_41, var_T, adj_41, adj_T, adj_42);
        wp::adj_neg(var_r, adj_r, adj_41);
        wp::adj_max(var_37, var_39, adj_37, adj_39, adj_40);
        wp::adj_float64(var_38, adj_38, adj_39);
        wp::adj_sub(var_13, var_K, adj_13, adj_K, adj_37);
        // adj: wp.atomic_add(payoff_sum, 1, wp.max(running_max - K, wp.float64(0.0)) * wp.exp(-r * T))  <L 53>
        wp::adj_atomic_add(var_payoff_sq, var_33, var_34, adj_payoff_sq, adj_33, adj_34, adj_35);
        wp::adj_mul(var_30, var_30, adj_30, adj_30, adj_34);
        // adj: wp.atomic_add(payoff_sq, 0, payoff * payoff)                                      <L 52>
        wp::adj_atomic_add(var_payoff_sum, var_31, var_30, adj_payoff_sum, adj_31, adj_30, adj_32);
        // adj: wp.atomic_add(payoff_sum, 0, payoff)                                              <L 51>
        wp::adj_mul(var_26, var_29, adj_26, adj_29, adj_30);
        wp::adj_exp(var_28, var_29, adj_28, adj_29);
        wp::adj_mul(var_27, var_T, adj_27, adj_T, adj_28);
        wp::adj_neg(var_r, adj_r, adj_27);
        wp::adj_max(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_float64(var_24, adj_24, adj_25);
        wp::adj_sub(var_12, var_K, adj_12, adj_K, adj_23);
        // adj: payoff = wp.max(s - K, wp.float64(0.0)) * wp.exp(-r * T)                          <L 50>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // z = wp.float64(wp.randn(state))                                                    <L 47>
            var_16 = wp::randn(var_1);
            var_17 = wp::float64(var_16);
            // s = s * wp.exp(drift + vol * z)                                                    <L 48>
            var_18 = wp::mul(var_11, var_17);
            var_19 = wp::add(var_9, var_18);
            var_20 = wp::exp(var_19);
            var_21 = wp::mul(var_12, var_20);
            // running_max = wp.max(running_max, s)                                               <L 49>
            var_22 = wp::max(var_13, var_21);
            wp::assign(var_12, var_21);
            wp::assign(var_13, var_22);
            wp::adj_assign(var_13, var_22, adj_13, adj_22);
            wp::adj_assign(var_12, var_21, adj_12, adj_21);
            wp::adj_max(var_13, var_21, adj_13, adj_21, adj_22);
            // adj: running_max = wp.max(running_max, s)                                          <L 49>
            wp::adj_mul(var_12, var_20, adj_12, adj_20, adj_21);
            wp::adj_exp(var_19, var_20, adj_19, adj_20);
            wp::adj_add(var_9, var_18, adj_9, adj_18, adj_19);
            wp::adj_mul(var_11, var_17, adj_11, adj_17, adj_18);
            // adj: s = s * wp.exp(drift + vol * z)                                               <L 48>
            wp::adj_float64(var_16, adj_16, adj_17);
            // adj: z = wp.float64(wp.randn(state))                                               <L 47>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_steps, adj_steps, adj_14);
        // adj: for k in range(steps):                                                            <L 46>
        wp::adj_copy(var_S0, adj_S0, adj_13);
        // adj: running_max = S0                                                                  <L 45>
        wp::adj_copy(var_S0, adj_S0, adj_12);
        // adj: s = S0                                                                            <L 44>
        wp::adj_mul(var_sigma, var_10, adj_sigma, adj_10, adj_11);
        wp::adj_sqrt(var_3, var_10, adj_3, adj_10);
        // adj: vol = sigma * wp.sqrt(dt)                                                         <L 43>
        wp::adj_mul(var_8, var_3, adj_8, adj_3, adj_9);
        wp::adj_sub(var_r, var_7, adj_r, adj_7, adj_8);
        wp::adj_mul(var_6, var_sigma, adj_6, adj_sigma, adj_7);
        wp::adj_mul(var_5, var_sigma, adj_5, adj_sigma, adj_6);
        wp::adj_float64(var_4, adj_4, adj_5);
        // adj: drift = (r - wp.float64(0.5) * sigma * sigma) * dt                                <L 42>
        wp::adj_div(var_T, var_2, var_3, adj_T, adj_2, adj_3);
        wp::adj_float64(var_steps, adj_steps, adj_2);
        // adj: dt = T / wp.float64(steps)                                                        <L 41>
        // adj: state = wp.rand_init(seed, path)                                                  <L 40>
        // adj: path = wp.tid()                                                                   <L 39>
        // adj: def price_monte_carlo(S0: wp.float64, K: wp.float64, T: wp.float64, r: wp.float64, sigma: wp.float64, steps: int, seed: int, payoff_sum: wp.array(dtype=wp.float64), payoff_sq: wp.array(dtype=wp.float64)):  <L 38>
        continue;
    }
}



extern "C" __global__ void implied_vol_73726cb3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_price,
    wp::float64 var_S,
    wp::array_t<wp::float64> var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_out)
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
        const wp::float32 var_1 = 0.0001;
        wp::float64 var_2;
        const wp::float32 var_3 = 3.0;
        wp::float64 var_4;
        const wp::int32 var_5 = 60;
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64* var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64* var_16;
        bool var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        const wp::float32 var_27 = 0.7071067811865476;
        wp::float64 var_28;
        const wp::float32 var_29 = 0.0;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        //---------
        // forward
        // def implied_vol(price: wp.array(dtype=wp.float64), S: wp.float64, K: wp.array(dtype=wp.float64), T: wp.float64, r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // lo = wp.float64(1.0e-4)                                                                <L 59>
        var_2 = wp::float64(var_1);
        // hi = wp.float64(3.0)                                                                   <L 60>
        var_4 = wp::float64(var_3);
        // for it in range(60):                                                                   <L 61>
        var_6 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // mid = wp.float64(0.5) * (lo + hi)                                                  <L 62>
            var_9 = wp::float64(var_8);
            var_10 = wp::add(var_2, var_4);
            var_11 = wp::mul(var_9, var_10);
            // c, p = black_scholes(S, K[i], T, r, mid)                                           <L 63>
            var_12 = wp::address(var_K, var_0);
            var_15 = wp::load(var_12);
            black_scholes_0(var_S, var_15, var_T, var_r, var_11, var_13, var_14);
            // if c > price[i]:                                                                   <L 64>
            var_16 = wp::address(var_price, var_0);
            var_18 = wp::load(var_16);
            var_17 = (var_13 > var_18);
            if (var_17) {
                // hi = mid                                                                       <L 65>
                var_19 = wp::copy(var_11);
            }
            var_20 = wp::where(var_17, var_19, var_4);
            if (!var_17) {
                // lo = mid                                                                       <L 67>
                var_21 = wp::copy(var_11);
            }
            var_22 = wp::where(var_17, var_2, var_21);
            wp::assign(var_2, var_22);
            wp::assign(var_4, var_20);
            goto start_for_0;
        end_for_0:;
        // out[i] = wp.float64(0.5) * (lo + hi) + wp.float64(SQRT_HALF) * wp.float64(0.0)         <L 68>
        var_24 = wp::float64(var_23);
        var_25 = wp::add(var_2, var_4);
        var_26 = wp::mul(var_24, var_25);
        var_28 = wp::float64(var_27);
        var_30 = wp::float64(var_29);
        var_31 = wp::mul(var_28, var_30);
        var_32 = wp::add(var_26, var_31);
        wp::array_store(var_out, var_0, var_32);
    }
}



extern "C" __global__ void implied_vol_73726cb3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_price,
    wp::float64 var_S,
    wp::array_t<wp::float64> var_K,
    wp::float64 var_T,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> adj_price,
    wp::float64 adj_S,
    wp::array_t<wp::float64> adj_K,
    wp::float64 adj_T,
    wp::float64 adj_r,
    wp::array_t<wp::float64> adj_out)
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
        const wp::float32 var_1 = 0.0001;
        wp::float64 var_2;
        const wp::float32 var_3 = 3.0;
        wp::float64 var_4;
        const wp::int32 var_5 = 60;
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64* var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64* var_16;
        bool var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        const wp::float32 var_27 = 0.7071067811865476;
        wp::float64 var_28;
        const wp::float32 var_29 = 0.0;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        bool adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        //---------
        // forward
        // def implied_vol(price: wp.array(dtype=wp.float64), S: wp.float64, K: wp.array(dtype=wp.float64), T: wp.float64, r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // lo = wp.float64(1.0e-4)                                                                <L 59>
        var_2 = wp::float64(var_1);
        // hi = wp.float64(3.0)                                                                   <L 60>
        var_4 = wp::float64(var_3);
        // for it in range(60):                                                                   <L 61>
        var_6 = wp::range(var_5);
        // out[i] = wp.float64(0.5) * (lo + hi) + wp.float64(SQRT_HALF) * wp.float64(0.0)         <L 68>
        var_24 = wp::float64(var_23);
        var_25 = wp::add(var_2, var_4);
        var_26 = wp::mul(var_24, var_25);
        var_28 = wp::float64(var_27);
        var_30 = wp::float64(var_29);
        var_31 = wp::mul(var_28, var_30);
        var_32 = wp::add(var_26, var_31);
        // wp::array_store(var_out, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
        wp::adj_add(var_26, var_31, adj_26, adj_31, adj_32);
        wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_float64(var_29, adj_29, adj_30);
        wp::adj_float64(var_27, adj_27, adj_28);
        wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_25);
        wp::adj_float64(var_23, adj_23, adj_24);
        // adj: out[i] = wp.float64(0.5) * (lo + hi) + wp.float64(SQRT_HALF) * wp.float64(0.0)    <L 68>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
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
            // mid = wp.float64(0.5) * (lo + hi)                                                  <L 62>
            var_9 = wp::float64(var_8);
            var_10 = wp::add(var_2, var_4);
            var_11 = wp::mul(var_9, var_10);
            // c, p = black_scholes(S, K[i], T, r, mid)                                           <L 63>
            var_12 = wp::address(var_K, var_0);
            var_15 = wp::load(var_12);
            black_scholes_0(var_S, var_15, var_T, var_r, var_11, var_13, var_14);
            // if c > price[i]:                                                                   <L 64>
            var_16 = wp::address(var_price, var_0);
            var_18 = wp::load(var_16);
            var_17 = (var_13 > var_18);
            if (var_17) {
                // hi = mid                                                                       <L 65>
                var_19 = wp::copy(var_11);
            }
            var_20 = wp::where(var_17, var_19, var_4);
            if (!var_17) {
                // lo = mid                                                                       <L 67>
                var_21 = wp::copy(var_11);
            }
            var_22 = wp::where(var_17, var_2, var_21);
            wp::assign(var_2, var_22);
            wp::assign(var_4, var_20);
            wp::adj_assign(var_4, var_20, adj_4, adj_20);
            wp::adj_assign(var_2, var_22, adj_2, adj_22);
            wp::adj_where(var_17, var_2, var_21, adj_17, adj_2, adj_21, adj_22);
            if (!var_17) {
                wp::adj_copy(var_11, adj_11, adj_21);
                // adj: lo = mid                                                                  <L 67>
            }
            wp::adj_where(var_17, var_19, var_4, adj_17, adj_19, adj_4, adj_20);
            if (var_17) {
                wp::adj_copy(var_11, adj_11, adj_19);
                // adj: hi = mid                                                                  <L 65>
            }
            wp::adj_address(var_price, var_0, adj_price, adj_0, adj_16);
            // adj: if c > price[i]:                                                              <L 64>
            adj_black_scholes_0(var_S, var_15, var_T, var_r, var_11, var_13, var_14, adj_S, adj_12, adj_T, adj_r, adj_11, adj_13, adj_14);
            wp::adj_address(var_K, var_0, adj_K, adj_0, adj_12);
            // adj: c, p = black_scholes(S, K[i], T, r, mid)                                      <L 63>
            wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
            wp::adj_add(var_2, var_4, adj_2, adj_4, adj_10);
            wp::adj_float64(var_8, adj_8, adj_9);
            // adj: mid = wp.float64(0.5) * (lo + hi)                                             <L 62>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_5, adj_5, adj_6);
        // adj: for it in range(60):                                                              <L 61>
        wp::adj_float64(var_3, adj_3, adj_4);
        // adj: hi = wp.float64(3.0)                                                              <L 60>
        wp::adj_float64(var_1, adj_1, adj_2);
        // adj: lo = wp.float64(1.0e-4)                                                           <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def implied_vol(price: wp.array(dtype=wp.float64), S: wp.float64, K: wp.array(dtype=wp.float64), T: wp.float64, r: wp.float64, out: wp.array(dtype=wp.float64)):  <L 57>
        continue;
    }
}

