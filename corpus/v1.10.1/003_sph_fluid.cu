
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


// corpus/003_sph_fluid.py:7
static CUDA_CALLABLE wp::float32 poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def poly6(r2: float, h: float) -> float:                                               <L 8>
    // h2 = h * h                                                                             <L 9>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 10>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 11>
        return var_2;
    }
    // d = h2 - r2                                                                            <L 12>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PI * wp.pow(h, 9.0)) * d * d * d                                <L 13>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    return var_14;
}


// corpus/003_sph_fluid.py:16
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 45.0;
    const wp::float32 var_8 = -45.0;
    const wp::float32 var_9 = 3.14159265;
    const wp::float32 var_10 = 6.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                       <L 17>
    // l = wp.length(r)                                                                       <L 18>
    var_0 = wp::length(var_r);
    // if l <= 0.0 or l >= h:                                                                 <L 19>
    var_2 = (var_0 <= var_1);
    var_3 = (var_0 >= var_h);
    var_4 = var_2 || var_3;
    if (var_4) {
        // return wp.vec3()                                                                   <L 20>
        var_5 = wp::vec_t<3, wp::float32>();
        return var_5;
    }
    // d = h - l                                                                              <L 21>
    var_6 = wp::sub(var_h, var_0);
    // coeff = -45.0 / (PI * wp.pow(h, 6.0)) * d * d                                          <L 22>
    var_11 = wp::pow(var_h, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::mul(var_14, var_6);
    // return r * (coeff / l)                                                                 <L 23>
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    return var_17;
}


// corpus/003_sph_fluid.py:26
static CUDA_CALLABLE wp::float32 visc_laplacian_0(
    wp::float32 var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 45.0;
    const wp::float32 var_3 = 3.14159265;
    const wp::float32 var_4 = 6.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def visc_laplacian(r: float, h: float) -> float:                                       <L 27>
    // if r >= h:                                                                             <L 28>
    var_0 = (var_r >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 29>
        return var_1;
    }
    // return 45.0 / (PI * wp.pow(h, 6.0)) * (h - r)                                          <L 30>
    var_5 = wp::pow(var_h, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_2, var_6);
    var_8 = wp::sub(var_h, var_r);
    var_9 = wp::mul(var_7, var_8);
    return var_9;
}


// corpus/003_sph_fluid.py:33
static CUDA_CALLABLE void cell_coord_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_inv_cell,
    wp::int32 var_dim,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    //---------
    // forward
    // def cell_coord(p: wp.vec3, inv_cell: float, dim: int):                                 <L 34>
    // cx = wp.clamp(int(wp.floor(p[0] * inv_cell)), 0, dim - 1)                              <L 35>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::mul(var_1, var_inv_cell);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_7 = wp::sub(var_dim, var_6);
    var_8 = wp::clamp(var_4, var_5, var_7);
    // cy = wp.clamp(int(wp.floor(p[1] * inv_cell)), 0, dim - 1)                              <L 36>
    var_10 = wp::extract(var_p, var_9);
    var_11 = wp::mul(var_10, var_inv_cell);
    var_12 = wp::floor(var_11);
    var_13 = wp::int(var_12);
    var_16 = wp::sub(var_dim, var_15);
    var_17 = wp::clamp(var_13, var_14, var_16);
    // cz = wp.clamp(int(wp.floor(p[2] * inv_cell)), 0, dim - 1)                              <L 37>
    var_19 = wp::extract(var_p, var_18);
    var_20 = wp::mul(var_19, var_inv_cell);
    var_21 = wp::floor(var_20);
    var_22 = wp::int(var_21);
    var_25 = wp::sub(var_dim, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    // return cx, cy, cz                                                                      <L 38>
    ret_0 = var_8;
    ret_1 = var_17;
    ret_2 = var_26;
    return;
}


// corpus/003_sph_fluid.py:7
static CUDA_CALLABLE void adj_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h,
    wp::float32 & adj_r2,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
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
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def poly6(r2: float, h: float) -> float:                                               <L 8>
    // h2 = h * h                                                                             <L 9>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 10>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 11>
        goto label0;
    }
    // d = h2 - r2                                                                            <L 12>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PI * wp.pow(h, 9.0)) * d * d * d                                <L 13>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_14 += adj_ret;
    wp::adj_mul(var_13, var_3, adj_13, adj_3, adj_14);
    wp::adj_mul(var_12, var_3, adj_12, adj_3, adj_13);
    wp::adj_mul(var_11, var_3, adj_11, adj_3, adj_12);
    wp::adj_div(var_4, var_10, var_11, adj_4, adj_10, adj_11);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_pow(var_h, var_8, var_9, adj_h, adj_8, adj_9);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return 315.0 / (64.0 * PI * wp.pow(h, 9.0)) * d * d * d                           <L 13>
    wp::adj_sub(var_0, var_r2, adj_0, adj_r2, adj_3);
    // adj: d = h2 - r2                                                                       <L 12>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 11>
    }
    // adj: if r2 >= h2:                                                                      <L 10>
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_0);
    // adj: h2 = h * h                                                                        <L 9>
    // adj: def poly6(r2: float, h: float) -> float:                                          <L 8>
    return;
}


// corpus/003_sph_fluid.py:16
static CUDA_CALLABLE void adj_spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 45.0;
    const wp::float32 var_8 = -45.0;
    const wp::float32 var_9 = 3.14159265;
    const wp::float32 var_10 = 6.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
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
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                       <L 17>
    // l = wp.length(r)                                                                       <L 18>
    var_0 = wp::length(var_r);
    // if l <= 0.0 or l >= h:                                                                 <L 19>
    var_2 = (var_0 <= var_1);
    var_3 = (var_0 >= var_h);
    var_4 = var_2 || var_3;
    if (var_4) {
        // return wp.vec3()                                                                   <L 20>
        var_5 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // d = h - l                                                                              <L 21>
    var_6 = wp::sub(var_h, var_0);
    // coeff = -45.0 / (PI * wp.pow(h, 6.0)) * d * d                                          <L 22>
    var_11 = wp::pow(var_h, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::mul(var_14, var_6);
    // return r * (coeff / l)                                                                 <L 23>
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_mul(var_r, var_16, adj_r, adj_16, adj_17);
    wp::adj_div(var_15, var_0, var_16, adj_15, adj_0, adj_16);
    // adj: return r * (coeff / l)                                                            <L 23>
    wp::adj_mul(var_14, var_6, adj_14, adj_6, adj_15);
    wp::adj_mul(var_13, var_6, adj_13, adj_6, adj_14);
    wp::adj_div(var_8, var_12, var_13, adj_8, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_pow(var_h, var_10, var_11, adj_h, adj_10, adj_11);
    // adj: coeff = -45.0 / (PI * wp.pow(h, 6.0)) * d * d                                     <L 22>
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_6);
    // adj: d = h - l                                                                         <L 21>
    if (var_4) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3()                                                              <L 20>
    }
    // adj: if l <= 0.0 or l >= h:                                                            <L 19>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 18>
    // adj: def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                  <L 17>
    return;
}


// corpus/003_sph_fluid.py:26
static CUDA_CALLABLE void adj_visc_laplacian_0(
    wp::float32 var_r,
    wp::float32 var_h,
    wp::float32 & adj_r,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 45.0;
    const wp::float32 var_3 = 3.14159265;
    const wp::float32 var_4 = 6.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    bool adj_0 = {};
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
    // def visc_laplacian(r: float, h: float) -> float:                                       <L 27>
    // if r >= h:                                                                             <L 28>
    var_0 = (var_r >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 29>
        goto label0;
    }
    // return 45.0 / (PI * wp.pow(h, 6.0)) * (h - r)                                          <L 30>
    var_5 = wp::pow(var_h, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_2, var_6);
    var_8 = wp::sub(var_h, var_r);
    var_9 = wp::mul(var_7, var_8);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_9 += adj_ret;
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_sub(var_h, var_r, adj_h, adj_r, adj_8);
    wp::adj_div(var_2, var_6, var_7, adj_2, adj_6, adj_7);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_pow(var_h, var_4, var_5, adj_h, adj_4, adj_5);
    // adj: return 45.0 / (PI * wp.pow(h, 6.0)) * (h - r)                                     <L 30>
    if (var_0) {
        label0:;
        adj_1 += adj_ret;
        // adj: return 0.0                                                                    <L 29>
    }
    // adj: if r >= h:                                                                        <L 28>
    // adj: def visc_laplacian(r: float, h: float) -> float:                                  <L 27>
    return;
}


// corpus/003_sph_fluid.py:33
static CUDA_CALLABLE void adj_cell_coord_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_inv_cell,
    wp::int32 var_dim,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & ret_2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_inv_cell,
    wp::int32 & adj_dim,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1,
    wp::int32 & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def cell_coord(p: wp.vec3, inv_cell: float, dim: int):                                 <L 34>
    // cx = wp.clamp(int(wp.floor(p[0] * inv_cell)), 0, dim - 1)                              <L 35>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::mul(var_1, var_inv_cell);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_7 = wp::sub(var_dim, var_6);
    var_8 = wp::clamp(var_4, var_5, var_7);
    // cy = wp.clamp(int(wp.floor(p[1] * inv_cell)), 0, dim - 1)                              <L 36>
    var_10 = wp::extract(var_p, var_9);
    var_11 = wp::mul(var_10, var_inv_cell);
    var_12 = wp::floor(var_11);
    var_13 = wp::int(var_12);
    var_16 = wp::sub(var_dim, var_15);
    var_17 = wp::clamp(var_13, var_14, var_16);
    // cz = wp.clamp(int(wp.floor(p[2] * inv_cell)), 0, dim - 1)                              <L 37>
    var_19 = wp::extract(var_p, var_18);
    var_20 = wp::mul(var_19, var_inv_cell);
    var_21 = wp::floor(var_20);
    var_22 = wp::int(var_21);
    var_25 = wp::sub(var_dim, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    // return cx, cy, cz                                                                      <L 38>
    ret_0 = var_8;
    ret_1 = var_17;
    ret_2 = var_26;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret_2;
    adj_17 += adj_ret_1;
    adj_8 += adj_ret_0;
    // adj: return cx, cy, cz                                                                 <L 38>
    wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
    wp::adj_sub(var_dim, var_24, adj_dim, adj_24, adj_25);
    wp::adj_int(var_21, adj_21, adj_22);
    wp::adj_mul(var_19, var_inv_cell, adj_19, adj_inv_cell, adj_20);
    wp::adj_extract(var_p, var_18, adj_p, adj_18, adj_19);
    // adj: cz = wp.clamp(int(wp.floor(p[2] * inv_cell)), 0, dim - 1)                         <L 37>
    wp::adj_clamp(var_13, var_14, var_16, adj_13, adj_14, adj_16, adj_17);
    wp::adj_sub(var_dim, var_15, adj_dim, adj_15, adj_16);
    wp::adj_int(var_12, adj_12, adj_13);
    wp::adj_mul(var_10, var_inv_cell, adj_10, adj_inv_cell, adj_11);
    wp::adj_extract(var_p, var_9, adj_p, adj_9, adj_10);
    // adj: cy = wp.clamp(int(wp.floor(p[1] * inv_cell)), 0, dim - 1)                         <L 36>
    wp::adj_clamp(var_4, var_5, var_7, adj_4, adj_5, adj_7, adj_8);
    wp::adj_sub(var_dim, var_6, adj_dim, adj_6, adj_7);
    wp::adj_int(var_3, adj_3, adj_4);
    wp::adj_mul(var_1, var_inv_cell, adj_1, adj_inv_cell, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: cx = wp.clamp(int(wp.floor(p[0] * inv_cell)), 0, dim - 1)                         <L 35>
    // adj: def cell_coord(p: wp.vec3, inv_cell: float, dim: int):                            <L 34>
    return;
}



extern "C" __global__ void compute_density_dcd42819_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_rest_density,
    wp::float32 var_stiffness)
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
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        //---------
        // forward
        // def compute_density(                                                                   <L 42>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // xi = pos[i]                                                                            <L 52>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rho = float(0.0)                                                                       <L 53>
        var_5 = wp::float(var_4);
        // n = pos.shape[0]                                                                       <L 54>
        var_6 = &(var_pos.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // for j in range(n):                                                                     <L 55>
        var_10 = wp::range(var_8);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // r = xi - pos[j]                                                                    <L 56>
            var_12 = wp::address(var_pos, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_2, var_14);
            // rho += mass * poly6(wp.dot(r, r), h)                                               <L 57>
            var_15 = wp::dot(var_13, var_13);
            var_16 = poly6_0(var_15, var_h);
            var_17 = wp::mul(var_mass, var_16);
            var_18 = wp::dot(var_13, var_13);
            var_19 = poly6_0(var_18, var_h);
            var_20 = wp::mul(var_mass, var_19);
            var_21 = wp::add(var_5, var_20);
            wp::assign(var_5, var_21);
            goto start_for_0;
        end_for_0:;
        // density[i] = rho                                                                       <L 58>
        wp::array_store(var_density, var_0, var_5);
        // pressure[i] = wp.max(stiffness * (rho - rest_density), 0.0)                            <L 59>
        var_22 = wp::sub(var_5, var_rest_density);
        var_23 = wp::mul(var_stiffness, var_22);
        var_25 = wp::max(var_23, var_24);
        wp::array_store(var_pressure, var_0, var_25);
    }
}



extern "C" __global__ void compute_density_dcd42819_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_rest_density,
    wp::float32 var_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_mass,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::float32> adj_pressure,
    wp::float32 adj_rest_density,
    wp::float32 adj_stiffness)
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
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
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
        //---------
        // forward
        // def compute_density(                                                                   <L 42>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // xi = pos[i]                                                                            <L 52>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rho = float(0.0)                                                                       <L 53>
        var_5 = wp::float(var_4);
        // n = pos.shape[0]                                                                       <L 54>
        var_6 = &(var_pos.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // for j in range(n):                                                                     <L 55>
        var_10 = wp::range(var_8);
        // density[i] = rho                                                                       <L 58>
        // wp::array_store(var_density, var_0, var_5);
        // pressure[i] = wp.max(stiffness * (rho - rest_density), 0.0)                            <L 59>
        var_22 = wp::sub(var_5, var_rest_density);
        var_23 = wp::mul(var_stiffness, var_22);
        var_25 = wp::max(var_23, var_24);
        // wp::array_store(var_pressure, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_pressure, var_0, var_25, adj_pressure, adj_0, adj_25);
        wp::adj_max(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_mul(var_stiffness, var_22, adj_stiffness, adj_22, adj_23);
        wp::adj_sub(var_5, var_rest_density, adj_5, adj_rest_density, adj_22);
        // adj: pressure[i] = wp.max(stiffness * (rho - rest_density), 0.0)                       <L 59>
        wp::adj_array_store(var_density, var_0, var_5, adj_density, adj_0, adj_5);
        // adj: density[i] = rho                                                                  <L 58>
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
            // r = xi - pos[j]                                                                    <L 56>
            var_12 = wp::address(var_pos, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_2, var_14);
            // rho += mass * poly6(wp.dot(r, r), h)                                               <L 57>
            var_15 = wp::dot(var_13, var_13);
            var_16 = poly6_0(var_15, var_h);
            var_17 = wp::mul(var_mass, var_16);
            var_18 = wp::dot(var_13, var_13);
            var_19 = poly6_0(var_18, var_h);
            var_20 = wp::mul(var_mass, var_19);
            var_21 = wp::add(var_5, var_20);
            wp::assign(var_5, var_21);
            wp::adj_assign(var_5, var_21, adj_5, adj_21);
            wp::adj_add(var_5, var_20, adj_5, adj_20, adj_21);
            wp::adj_mul(var_mass, var_19, adj_mass, adj_19, adj_20);
            adj_poly6_0(var_18, var_h, adj_18, adj_h, adj_19);
            wp::adj_dot(var_13, var_13, adj_13, adj_13, adj_18);
            wp::adj_mul(var_mass, var_16, adj_mass, adj_16, adj_17);
            adj_poly6_0(var_15, var_h, adj_15, adj_h, adj_16);
            wp::adj_dot(var_13, var_13, adj_13, adj_13, adj_15);
            // adj: rho += mass * poly6(wp.dot(r, r), h)                                          <L 57>
            wp::adj_sub(var_2, var_14, adj_2, adj_12, adj_13);
            wp::adj_address(var_pos, var_11, adj_pos, adj_11, adj_12);
            // adj: r = xi - pos[j]                                                               <L 56>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_8, adj_8, adj_10);
        // adj: for j in range(n):                                                                <L 55>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_pos.shape = adj_6;
        // adj: n = pos.shape[0]                                                                  <L 54>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: rho = float(0.0)                                                                  <L 53>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: xi = pos[i]                                                                       <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def compute_density(                                                              <L 42>
        continue;
    }
}



extern "C" __global__ void compute_forces_f1c5e7da_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_viscosity,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 2.0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 2.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32>* var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 0;
        bool var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        //---------
        // forward
        // def compute_forces(                                                                    <L 63>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // xi = pos[i]                                                                            <L 75>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vi = vel[i]                                                                            <L 76>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // rho_i = density[i]                                                                     <L 77>
        var_7 = wp::address(var_density, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p_i = pressure[i]                                                                      <L 78>
        var_10 = wp::address(var_pressure, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if rho_i <= 0.0:                                                                       <L 79>
        var_14 = (var_8 <= var_13);
        if (var_14) {
            // accel[i] = gravity                                                                 <L 80>
            wp::array_store(var_accel, var_0, var_gravity);
            // return                                                                             <L 81>
            continue;
        }
        // f_pressure = wp.vec3()                                                                 <L 83>
        var_15 = wp::vec_t<3, wp::float32>();
        // f_visc = wp.vec3()                                                                     <L 84>
        var_16 = wp::vec_t<3, wp::float32>();
        // neighbors = int(0)                                                                     <L 85>
        var_18 = wp::int(var_17);
        // for j in range(pos.shape[0]):                                                          <L 86>
        var_19 = &(var_pos.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::range(var_21);
        start_for_1:;
            if (iter_cmp(var_23) == 0) goto end_for_1;
            var_24 = wp::iter_next(var_23);
            // if j == i:                                                                         <L 87>
            var_25 = (var_24 == var_0);
            if (var_25) {
                // continue                                                                       <L 88>
                goto start_for_1;
            }
            // r = xi - pos[j]                                                                    <L 89>
            var_26 = wp::address(var_pos, var_24);
            var_28 = wp::load(var_26);
            var_27 = wp::sub(var_2, var_28);
            // dist = wp.length(r)                                                                <L 90>
            var_29 = wp::length(var_27);
            // if dist >= h:                                                                      <L 91>
            var_30 = (var_29 >= var_h);
            if (var_30) {
                // continue                                                                       <L 92>
                goto start_for_1;
            }
            // neighbors += 1                                                                     <L 93>
            var_33 = wp::add(var_18, var_32);
            // rho_j = density[j]                                                                 <L 94>
            var_34 = wp::address(var_density, var_24);
            var_36 = wp::load(var_34);
            var_35 = wp::copy(var_36);
            // p_j = pressure[j]                                                                  <L 95>
            var_37 = wp::address(var_pressure, var_24);
            var_39 = wp::load(var_37);
            var_38 = wp::copy(var_39);
            // f_pressure += spiky_grad(r, h) * (-mass * (p_i + p_j) / (2.0 * rho_j))             <L 96>
            var_40 = spiky_grad_0(var_27, var_h);
            var_41 = wp::neg(var_mass);
            var_42 = wp::add(var_11, var_38);
            var_43 = wp::mul(var_41, var_42);
            var_45 = wp::mul(var_44, var_35);
            var_46 = wp::div(var_43, var_45);
            var_47 = wp::mul(var_40, var_46);
            var_48 = spiky_grad_0(var_27, var_h);
            var_49 = wp::neg(var_mass);
            var_50 = wp::add(var_11, var_38);
            var_51 = wp::mul(var_49, var_50);
            var_53 = wp::mul(var_52, var_35);
            var_54 = wp::div(var_51, var_53);
            var_55 = wp::mul(var_48, var_54);
            var_56 = wp::add(var_15, var_55);
            // f_visc += (vel[j] - vi) * (viscosity * mass * visc_laplacian(dist, h) / rho_j)       <L 97>
            var_57 = wp::address(var_vel, var_24);
            var_59 = wp::load(var_57);
            var_58 = wp::sub(var_59, var_5);
            var_60 = wp::mul(var_viscosity, var_mass);
            var_61 = visc_laplacian_0(var_29, var_h);
            var_62 = wp::mul(var_60, var_61);
            var_63 = wp::div(var_62, var_35);
            var_64 = wp::mul(var_58, var_63);
            var_65 = wp::address(var_vel, var_24);
            var_67 = wp::load(var_65);
            var_66 = wp::sub(var_67, var_5);
            var_68 = wp::mul(var_viscosity, var_mass);
            var_69 = visc_laplacian_0(var_29, var_h);
            var_70 = wp::mul(var_68, var_69);
            var_71 = wp::div(var_70, var_35);
            var_72 = wp::mul(var_66, var_71);
            var_73 = wp::add(var_16, var_72);
            wp::assign(var_15, var_56);
            wp::assign(var_16, var_73);
            wp::assign(var_18, var_33);
            goto start_for_1;
        end_for_1:;
        // a = (f_pressure + f_visc) / rho_i + gravity                                            <L 99>
        var_74 = wp::add(var_15, var_16);
        var_75 = wp::div(var_74, var_8);
        var_76 = wp::add(var_75, var_gravity);
        // if neighbors == 0:                                                                     <L 100>
        var_78 = (var_18 == var_77);
        if (var_78) {
            // a = gravity                                                                        <L 101>
            var_79 = wp::copy(var_gravity);
        }
        var_80 = wp::where(var_78, var_79, var_76);
        // accel[i] = a                                                                           <L 102>
        wp::array_store(var_accel, var_0, var_80);
    }
}



extern "C" __global__ void compute_forces_f1c5e7da_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_viscosity,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::float32> adj_pressure,
    wp::float32 adj_mass,
    wp::float32 adj_h,
    wp::float32 adj_viscosity,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accel)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 2.0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 2.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32>* var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 0;
        bool var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::range_t adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::int32 adj_77 = {};
        bool adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        //---------
        // forward
        // def compute_forces(                                                                    <L 63>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // xi = pos[i]                                                                            <L 75>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vi = vel[i]                                                                            <L 76>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // rho_i = density[i]                                                                     <L 77>
        var_7 = wp::address(var_density, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p_i = pressure[i]                                                                      <L 78>
        var_10 = wp::address(var_pressure, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if rho_i <= 0.0:                                                                       <L 79>
        var_14 = (var_8 <= var_13);
        if (var_14) {
            // accel[i] = gravity                                                                 <L 80>
            // wp::array_store(var_accel, var_0, var_gravity);
            // return                                                                             <L 81>
            goto label0;
        }
        // f_pressure = wp.vec3()                                                                 <L 83>
        var_15 = wp::vec_t<3, wp::float32>();
        // f_visc = wp.vec3()                                                                     <L 84>
        var_16 = wp::vec_t<3, wp::float32>();
        // neighbors = int(0)                                                                     <L 85>
        var_18 = wp::int(var_17);
        // for j in range(pos.shape[0]):                                                          <L 86>
        var_19 = &(var_pos.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::range(var_21);
        // a = (f_pressure + f_visc) / rho_i + gravity                                            <L 99>
        var_74 = wp::add(var_15, var_16);
        var_75 = wp::div(var_74, var_8);
        var_76 = wp::add(var_75, var_gravity);
        // if neighbors == 0:                                                                     <L 100>
        var_78 = (var_18 == var_77);
        if (var_78) {
            // a = gravity                                                                        <L 101>
            var_79 = wp::copy(var_gravity);
        }
        var_80 = wp::where(var_78, var_79, var_76);
        // accel[i] = a                                                                           <L 102>
        // wp::array_store(var_accel, var_0, var_80);
        //---------
        // reverse
        wp::adj_array_store(var_accel, var_0, var_80, adj_accel, adj_0, adj_80);
        // adj: accel[i] = a                                                                      <L 102>
        wp::adj_where(var_78, var_79, var_76, adj_78, adj_79, adj_76, adj_80);
        if (var_78) {
            wp::adj_copy(var_gravity, adj_gravity, adj_79);
            // adj: a = gravity                                                                   <L 101>
        }
        // adj: if neighbors == 0:                                                                <L 100>
        wp::adj_add(var_75, var_gravity, adj_75, adj_gravity, adj_76);
        wp::adj_div(var_74, var_8, adj_74, adj_8, adj_75);
        wp::adj_add(var_15, var_16, adj_15, adj_16, adj_74);
        // adj: a = (f_pressure + f_visc) / rho_i + gravity                                       <L 99>
        var_23 = wp::iter_reverse(var_23);
        start_for_1:;
            if (iter_cmp(var_23) == 0) goto end_for_1;
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
        	adj_56 = {};
        	adj_57 = {};
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
            // if j == i:                                                                         <L 87>
            var_25 = (var_24 == var_0);
            if (var_25) {
                // continue                                                                       <L 88>
                goto start_for_1;
            }
            // r = xi - pos[j]                                                                    <L 89>
            var_26 = wp::address(var_pos, var_24);
            var_28 = wp::load(var_26);
            var_27 = wp::sub(var_2, var_28);
            // dist = wp.length(r)                                                                <L 90>
            var_29 = wp::length(var_27);
            // if dist >= h:                                                                      <L 91>
            var_30 = (var_29 >= var_h);
            if (var_30) {
                // continue                                                                       <L 92>
                goto start_for_1;
            }
            // neighbors += 1                                                                     <L 93>
            var_33 = wp::add(var_18, var_32);
            // rho_j = density[j]                                                                 <L 94>
            var_34 = wp::address(var_density, var_24);
            var_36 = wp::load(var_34);
            var_35 = wp::copy(var_36);
            // p_j = pressure[j]                                                                  <L 95>
            var_37 = wp::address(var_pressure, var_24);
            var_39 = wp::load(var_37);
            var_38 = wp::copy(var_39);
            // f_pressure += spiky_grad(r, h) * (-mass * (p_i + p_j) / (2.0 * rho_j))             <L 96>
            var_40 = spiky_grad_0(var_27, var_h);
            var_41 = wp::neg(var_mass);
            var_42 = wp::add(var_11, var_38);
            var_43 = wp::mul(var_41, var_42);
            var_45 = wp::mul(var_44, var_35);
            var_46 = wp::div(var_43, var_45);
            var_47 = wp::mul(var_40, var_46);
            var_48 = spiky_grad_0(var_27, var_h);
            var_49 = wp::neg(var_mass);
            var_50 = wp::add(var_11, var_38);
            var_51 = wp::mul(var_49, var_50);
            var_53 = wp::mul(var_52, var_35);
            var_54 = wp::div(var_51, var_53);
            var_55 = wp::mul(var_48, var_54);
            var_56 = wp::add(var_15, var_55);
            // f_visc += (vel[j] - vi) * (viscosity * mass * visc_laplacian(dist, h) / rho_j)       <L 97>
            var_57 = wp::address(var_vel, var_24);
            var_59 = wp::load(var_57);
            var_58 = wp::sub(var_59, var_5);
            var_60 = wp::mul(var_viscosity, var_mass);
            var_61 = visc_laplacian_0(var_29, var_h);
            var_62 = wp::mul(var_60, var_61);
            var_63 = wp::div(var_62, var_35);
            var_64 = wp::mul(var_58, var_63);
            var_65 = wp::address(var_vel, var_24);
            var_67 = wp::load(var_65);
            var_66 = wp::sub(var_67, var_5);
            var_68 = wp::mul(var_viscosity, var_mass);
            var_69 = visc_laplacian_0(var_29, var_h);
            var_70 = wp::mul(var_68, var_69);
            var_71 = wp::div(var_70, var_35);
            var_72 = wp::mul(var_66, var_71);
            var_73 = wp::add(var_16, var_72);
            wp::assign(var_15, var_56);
            wp::assign(var_16, var_73);
            wp::assign(var_18, var_33);
            wp::adj_assign(var_18, var_33, adj_18, adj_33);
            wp::adj_assign(var_16, var_73, adj_16, adj_73);
            wp::adj_assign(var_15, var_56, adj_15, adj_56);
            wp::adj_add(var_16, var_72, adj_16, adj_72, adj_73);
            wp::adj_mul(var_66, var_71, adj_66, adj_71, adj_72);
            wp::adj_div(var_70, var_35, var_71, adj_70, adj_35, adj_71);
            wp::adj_mul(var_68, var_69, adj_68, adj_69, adj_70);
            adj_visc_laplacian_0(var_29, var_h, adj_29, adj_h, adj_69);
            wp::adj_mul(var_viscosity, var_mass, adj_viscosity, adj_mass, adj_68);
            wp::adj_sub(var_67, var_5, adj_65, adj_5, adj_66);
            wp::adj_address(var_vel, var_24, adj_vel, adj_24, adj_65);
            wp::adj_mul(var_58, var_63, adj_58, adj_63, adj_64);
            wp::adj_div(var_62, var_35, var_63, adj_62, adj_35, adj_63);
            wp::adj_mul(var_60, var_61, adj_60, adj_61, adj_62);
            adj_visc_laplacian_0(var_29, var_h, adj_29, adj_h, adj_61);
            wp::adj_mul(var_viscosity, var_mass, adj_viscosity, adj_mass, adj_60);
            wp::adj_sub(var_59, var_5, adj_57, adj_5, adj_58);
            wp::adj_address(var_vel, var_24, adj_vel, adj_24, adj_57);
            // adj: f_visc += (vel[j] - vi) * (viscosity * mass * visc_laplacian(dist, h) / rho_j)  <L 97>
            wp::adj_add(var_15, var_55, adj_15, adj_55, adj_56);
            wp::adj_mul(var_48, var_54, adj_48, adj_54, adj_55);
            wp::adj_div(var_51, var_53, var_54, adj_51, adj_53, adj_54);
            wp::adj_mul(var_52, var_35, adj_52, adj_35, adj_53);
            wp::adj_mul(var_49, var_50, adj_49, adj_50, adj_51);
            wp::adj_add(var_11, var_38, adj_11, adj_38, adj_50);
            wp::adj_neg(var_mass, adj_mass, adj_49);
            adj_spiky_grad_0(var_27, var_h, adj_27, adj_h, adj_48);
            wp::adj_mul(var_40, var_46, adj_40, adj_46, adj_47);
            wp::adj_div(var_43, var_45, var_46, adj_43, adj_45, adj_46);
            wp::adj_mul(var_44, var_35, adj_44, adj_35, adj_45);
            wp::adj_mul(var_41, var_42, adj_41, adj_42, adj_43);
            wp::adj_add(var_11, var_38, adj_11, adj_38, adj_42);
            wp::adj_neg(var_mass, adj_mass, adj_41);
            adj_spiky_grad_0(var_27, var_h, adj_27, adj_h, adj_40);
            // adj: f_pressure += spiky_grad(r, h) * (-mass * (p_i + p_j) / (2.0 * rho_j))        <L 96>
            wp::adj_copy(var_39, adj_37, adj_38);
            wp::adj_address(var_pressure, var_24, adj_pressure, adj_24, adj_37);
            // adj: p_j = pressure[j]                                                             <L 95>
            wp::adj_copy(var_36, adj_34, adj_35);
            wp::adj_address(var_density, var_24, adj_density, adj_24, adj_34);
            // adj: rho_j = density[j]                                                            <L 94>
            wp::adj_add(var_18, var_32, adj_18, adj_32, adj_33);
            // adj: neighbors += 1                                                                <L 93>
            if (var_30) {
                // adj: continue                                                                  <L 92>
            }
            // adj: if dist >= h:                                                                 <L 91>
            wp::adj_length(var_27, var_29, adj_27, adj_29);
            // adj: dist = wp.length(r)                                                           <L 90>
            wp::adj_sub(var_2, var_28, adj_2, adj_26, adj_27);
            wp::adj_address(var_pos, var_24, adj_pos, adj_24, adj_26);
            // adj: r = xi - pos[j]                                                               <L 89>
            if (var_25) {
                // adj: continue                                                                  <L 88>
            }
            // adj: if j == i:                                                                    <L 87>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_21, adj_21, adj_23);
        wp::adj_extract(var_22, var_20, adj_19, adj_20, adj_21);
        adj_pos.shape = adj_19;
        // adj: for j in range(pos.shape[0]):                                                     <L 86>
        wp::adj_int(var_17, adj_17, adj_18);
        // adj: neighbors = int(0)                                                                <L 85>
        // adj: f_visc = wp.vec3()                                                                <L 84>
        // adj: f_pressure = wp.vec3()                                                            <L 83>
        if (var_14) {
            label0:;
            // adj: return                                                                        <L 81>
            wp::adj_array_store(var_accel, var_0, var_gravity, adj_accel, adj_0, adj_gravity);
            // adj: accel[i] = gravity                                                            <L 80>
        }
        // adj: if rho_i <= 0.0:                                                                  <L 79>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_pressure, var_0, adj_pressure, adj_0, adj_10);
        // adj: p_i = pressure[i]                                                                 <L 78>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_density, var_0, adj_density, adj_0, adj_7);
        // adj: rho_i = density[i]                                                                <L 77>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_4);
        // adj: vi = vel[i]                                                                       <L 76>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: xi = pos[i]                                                                       <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def compute_forces(                                                               <L 63>
        continue;
    }
}



extern "C" __global__ void integrate_fluid_5bea8b80_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_box_min,
    wp::vec_t<3, wp::float32> var_box_max,
    wp::float32 var_bounce)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        bool var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::float32 var_28;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        bool var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        bool var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        bool var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // forward
        // def integrate_fluid(                                                                   <L 106>
        // i = wp.tid()                                                                           <L 115>
        var_0 = builtin_tid1d();
        // v = vel[i] + accel[i] * dt                                                             <L 116>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_accel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_dt);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // x = pos[i] + v * dt                                                                    <L 117>
        var_7 = wp::address(var_pos, var_0);
        var_8 = wp::mul(var_5, var_dt);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        // for k in range(3):                                                                     <L 118>
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_12 = wp::extract(var_9, var_11);
        var_13 = wp::extract(var_box_min, var_11);
        var_14 = (var_12 < var_13);
        if (var_14) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_15 = wp::extract(var_box_min, var_11);
            wp::assign_inplace(var_9, var_11, var_15);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_16 = wp::extract(var_5, var_11);
            var_17 = wp::neg(var_16);
            var_18 = wp::mul(var_17, var_bounce);
            wp::assign_inplace(var_5, var_11, var_18);
        }
        if (!var_14) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_19 = wp::extract(var_9, var_11);
            var_20 = wp::extract(var_box_max, var_11);
            var_21 = (var_19 > var_20);
            if (var_21) {
                // x[k] = box_max[k]                                                              <L 123>
                var_22 = wp::extract(var_box_max, var_11);
                wp::assign_inplace(var_9, var_11, var_22);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_23 = wp::extract(var_5, var_11);
                var_24 = wp::neg(var_23);
                var_25 = wp::mul(var_24, var_bounce);
                wp::assign_inplace(var_5, var_11, var_25);
            }
        }
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_27 = wp::extract(var_9, var_26);
        var_28 = wp::extract(var_box_min, var_26);
        var_29 = (var_27 < var_28);
        if (var_29) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_30 = wp::extract(var_box_min, var_26);
            wp::assign_inplace(var_9, var_26, var_30);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_31 = wp::extract(var_5, var_26);
            var_32 = wp::neg(var_31);
            var_33 = wp::mul(var_32, var_bounce);
            wp::assign_inplace(var_5, var_26, var_33);
        }
        if (!var_29) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_34 = wp::extract(var_9, var_26);
            var_35 = wp::extract(var_box_max, var_26);
            var_36 = (var_34 > var_35);
            if (var_36) {
                // x[k] = box_max[k]                                                              <L 123>
                var_37 = wp::extract(var_box_max, var_26);
                wp::assign_inplace(var_9, var_26, var_37);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_38 = wp::extract(var_5, var_26);
                var_39 = wp::neg(var_38);
                var_40 = wp::mul(var_39, var_bounce);
                wp::assign_inplace(var_5, var_26, var_40);
            }
        }
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_42 = wp::extract(var_9, var_41);
        var_43 = wp::extract(var_box_min, var_41);
        var_44 = (var_42 < var_43);
        if (var_44) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_45 = wp::extract(var_box_min, var_41);
            wp::assign_inplace(var_9, var_41, var_45);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_46 = wp::extract(var_5, var_41);
            var_47 = wp::neg(var_46);
            var_48 = wp::mul(var_47, var_bounce);
            wp::assign_inplace(var_5, var_41, var_48);
        }
        if (!var_44) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_49 = wp::extract(var_9, var_41);
            var_50 = wp::extract(var_box_max, var_41);
            var_51 = (var_49 > var_50);
            if (var_51) {
                // x[k] = box_max[k]                                                              <L 123>
                var_52 = wp::extract(var_box_max, var_41);
                wp::assign_inplace(var_9, var_41, var_52);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_53 = wp::extract(var_5, var_41);
                var_54 = wp::neg(var_53);
                var_55 = wp::mul(var_54, var_bounce);
                wp::assign_inplace(var_5, var_41, var_55);
            }
        }
        // pos[i] = x                                                                             <L 125>
        wp::array_store(var_pos, var_0, var_9);
        // vel[i] = v                                                                             <L 126>
        wp::array_store(var_vel, var_0, var_5);
    }
}



extern "C" __global__ void integrate_fluid_5bea8b80_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_box_min,
    wp::vec_t<3, wp::float32> var_box_max,
    wp::float32 var_bounce,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accel,
    wp::float32 adj_dt,
    wp::vec_t<3, wp::float32> adj_box_min,
    wp::vec_t<3, wp::float32> adj_box_max,
    wp::float32 adj_bounce)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        bool var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::float32 var_28;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        bool var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        bool var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        bool var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        bool adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        bool adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        //---------
        // forward
        // def integrate_fluid(                                                                   <L 106>
        // i = wp.tid()                                                                           <L 115>
        var_0 = builtin_tid1d();
        // v = vel[i] + accel[i] * dt                                                             <L 116>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_accel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_dt);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // x = pos[i] + v * dt                                                                    <L 117>
        var_7 = wp::address(var_pos, var_0);
        var_8 = wp::mul(var_5, var_dt);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        // for k in range(3):                                                                     <L 118>
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_12 = wp::extract(var_9, var_11);
        var_13 = wp::extract(var_box_min, var_11);
        var_14 = (var_12 < var_13);
        if (var_14) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_15 = wp::extract(var_box_min, var_11);
            wp::assign_inplace(var_9, var_11, var_15);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_16 = wp::extract(var_5, var_11);
            var_17 = wp::neg(var_16);
            var_18 = wp::mul(var_17, var_bounce);
            wp::assign_inplace(var_5, var_11, var_18);
        }
        if (!var_14) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_19 = wp::extract(var_9, var_11);
            var_20 = wp::extract(var_box_max, var_11);
            var_21 = (var_19 > var_20);
            if (var_21) {
                // x[k] = box_max[k]                                                              <L 123>
                var_22 = wp::extract(var_box_max, var_11);
                wp::assign_inplace(var_9, var_11, var_22);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_23 = wp::extract(var_5, var_11);
                var_24 = wp::neg(var_23);
                var_25 = wp::mul(var_24, var_bounce);
                wp::assign_inplace(var_5, var_11, var_25);
            }
        }
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_27 = wp::extract(var_9, var_26);
        var_28 = wp::extract(var_box_min, var_26);
        var_29 = (var_27 < var_28);
        if (var_29) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_30 = wp::extract(var_box_min, var_26);
            wp::assign_inplace(var_9, var_26, var_30);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_31 = wp::extract(var_5, var_26);
            var_32 = wp::neg(var_31);
            var_33 = wp::mul(var_32, var_bounce);
            wp::assign_inplace(var_5, var_26, var_33);
        }
        if (!var_29) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_34 = wp::extract(var_9, var_26);
            var_35 = wp::extract(var_box_max, var_26);
            var_36 = (var_34 > var_35);
            if (var_36) {
                // x[k] = box_max[k]                                                              <L 123>
                var_37 = wp::extract(var_box_max, var_26);
                wp::assign_inplace(var_9, var_26, var_37);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_38 = wp::extract(var_5, var_26);
                var_39 = wp::neg(var_38);
                var_40 = wp::mul(var_39, var_bounce);
                wp::assign_inplace(var_5, var_26, var_40);
            }
        }
        // if x[k] < box_min[k]:                                                                  <L 119>
        var_42 = wp::extract(var_9, var_41);
        var_43 = wp::extract(var_box_min, var_41);
        var_44 = (var_42 < var_43);
        if (var_44) {
            // x[k] = box_min[k]                                                                  <L 120>
            var_45 = wp::extract(var_box_min, var_41);
            wp::assign_inplace(var_9, var_41, var_45);
            // v[k] = -v[k] * bounce                                                              <L 121>
            var_46 = wp::extract(var_5, var_41);
            var_47 = wp::neg(var_46);
            var_48 = wp::mul(var_47, var_bounce);
            wp::assign_inplace(var_5, var_41, var_48);
        }
        if (!var_44) {
            // elif x[k] > box_max[k]:                                                            <L 122>
            var_49 = wp::extract(var_9, var_41);
            var_50 = wp::extract(var_box_max, var_41);
            var_51 = (var_49 > var_50);
            if (var_51) {
                // x[k] = box_max[k]                                                              <L 123>
                var_52 = wp::extract(var_box_max, var_41);
                wp::assign_inplace(var_9, var_41, var_52);
                // v[k] = -v[k] * bounce                                                          <L 124>
                var_53 = wp::extract(var_5, var_41);
                var_54 = wp::neg(var_53);
                var_55 = wp::mul(var_54, var_bounce);
                wp::assign_inplace(var_5, var_41, var_55);
            }
        }
        // pos[i] = x                                                                             <L 125>
        // wp::array_store(var_pos, var_0, var_9);
        // vel[i] = v                                                                             <L 126>
        // wp::array_store(var_vel, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_5, adj_vel, adj_0, adj_5);
        // adj: vel[i] = v                                                                        <L 126>
        wp::adj_array_store(var_pos, var_0, var_9, adj_pos, adj_0, adj_9);
        // adj: pos[i] = x                                                                        <L 125>
        if (!var_44) {
            if (var_51) {
                wp::adj_assign_inplace(var_5, var_41, var_55, adj_5, adj_41, adj_55);
                wp::adj_mul(var_54, var_bounce, adj_54, adj_bounce, adj_55);
                wp::adj_neg(var_53, adj_53, adj_54);
                wp::adj_extract(var_5, var_41, adj_5, adj_41, adj_53);
                // adj: v[k] = -v[k] * bounce                                                     <L 124>
                wp::adj_assign_inplace(var_9, var_41, var_52, adj_9, adj_41, adj_52);
                wp::adj_extract(var_box_max, var_41, adj_box_max, adj_41, adj_52);
                // adj: x[k] = box_max[k]                                                         <L 123>
            }
            wp::adj_extract(var_box_max, var_41, adj_box_max, adj_41, adj_50);
            wp::adj_extract(var_9, var_41, adj_9, adj_41, adj_49);
            // adj: elif x[k] > box_max[k]:                                                       <L 122>
        }
        if (var_44) {
            wp::adj_assign_inplace(var_5, var_41, var_48, adj_5, adj_41, adj_48);
            wp::adj_mul(var_47, var_bounce, adj_47, adj_bounce, adj_48);
            wp::adj_neg(var_46, adj_46, adj_47);
            wp::adj_extract(var_5, var_41, adj_5, adj_41, adj_46);
            // adj: v[k] = -v[k] * bounce                                                         <L 121>
            wp::adj_assign_inplace(var_9, var_41, var_45, adj_9, adj_41, adj_45);
            wp::adj_extract(var_box_min, var_41, adj_box_min, adj_41, adj_45);
            // adj: x[k] = box_min[k]                                                             <L 120>
        }
        wp::adj_extract(var_box_min, var_41, adj_box_min, adj_41, adj_43);
        wp::adj_extract(var_9, var_41, adj_9, adj_41, adj_42);
        // adj: if x[k] < box_min[k]:                                                             <L 119>
        if (!var_29) {
            if (var_36) {
                wp::adj_assign_inplace(var_5, var_26, var_40, adj_5, adj_26, adj_40);
                wp::adj_mul(var_39, var_bounce, adj_39, adj_bounce, adj_40);
                wp::adj_neg(var_38, adj_38, adj_39);
                wp::adj_extract(var_5, var_26, adj_5, adj_26, adj_38);
                // adj: v[k] = -v[k] * bounce                                                     <L 124>
                wp::adj_assign_inplace(var_9, var_26, var_37, adj_9, adj_26, adj_37);
                wp::adj_extract(var_box_max, var_26, adj_box_max, adj_26, adj_37);
                // adj: x[k] = box_max[k]                                                         <L 123>
            }
            wp::adj_extract(var_box_max, var_26, adj_box_max, adj_26, adj_35);
            wp::adj_extract(var_9, var_26, adj_9, adj_26, adj_34);
            // adj: elif x[k] > box_max[k]:                                                       <L 122>
        }
        if (var_29) {
            wp::adj_assign_inplace(var_5, var_26, var_33, adj_5, adj_26, adj_33);
            wp::adj_mul(var_32, var_bounce, adj_32, adj_bounce, adj_33);
            wp::adj_neg(var_31, adj_31, adj_32);
            wp::adj_extract(var_5, var_26, adj_5, adj_26, adj_31);
            // adj: v[k] = -v[k] * bounce                                                         <L 121>
            wp::adj_assign_inplace(var_9, var_26, var_30, adj_9, adj_26, adj_30);
            wp::adj_extract(var_box_min, var_26, adj_box_min, adj_26, adj_30);
            // adj: x[k] = box_min[k]                                                             <L 120>
        }
        wp::adj_extract(var_box_min, var_26, adj_box_min, adj_26, adj_28);
        wp::adj_extract(var_9, var_26, adj_9, adj_26, adj_27);
        // adj: if x[k] < box_min[k]:                                                             <L 119>
        if (!var_14) {
            if (var_21) {
                wp::adj_assign_inplace(var_5, var_11, var_25, adj_5, adj_11, adj_25);
                wp::adj_mul(var_24, var_bounce, adj_24, adj_bounce, adj_25);
                wp::adj_neg(var_23, adj_23, adj_24);
                wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_23);
                // adj: v[k] = -v[k] * bounce                                                     <L 124>
                wp::adj_assign_inplace(var_9, var_11, var_22, adj_9, adj_11, adj_22);
                wp::adj_extract(var_box_max, var_11, adj_box_max, adj_11, adj_22);
                // adj: x[k] = box_max[k]                                                         <L 123>
            }
            wp::adj_extract(var_box_max, var_11, adj_box_max, adj_11, adj_20);
            wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_19);
            // adj: elif x[k] > box_max[k]:                                                       <L 122>
        }
        if (var_14) {
            wp::adj_assign_inplace(var_5, var_11, var_18, adj_5, adj_11, adj_18);
            wp::adj_mul(var_17, var_bounce, adj_17, adj_bounce, adj_18);
            wp::adj_neg(var_16, adj_16, adj_17);
            wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_16);
            // adj: v[k] = -v[k] * bounce                                                         <L 121>
            wp::adj_assign_inplace(var_9, var_11, var_15, adj_9, adj_11, adj_15);
            wp::adj_extract(var_box_min, var_11, adj_box_min, adj_11, adj_15);
            // adj: x[k] = box_min[k]                                                             <L 120>
        }
        wp::adj_extract(var_box_min, var_11, adj_box_min, adj_11, adj_13);
        wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: if x[k] < box_min[k]:                                                             <L 119>
        // adj: for k in range(3):                                                                <L 118>
        wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_8);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_7);
        // adj: x = pos[i] + v * dt                                                               <L 117>
        wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
        wp::adj_address(var_accel, var_0, adj_accel, adj_0, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = vel[i] + accel[i] * dt                                                        <L 116>
        // adj: i = wp.tid()                                                                      <L 115>
        // adj: def integrate_fluid(                                                              <L 106>
        continue;
    }
}



extern "C" __global__ void count_cells_0acb9db8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_inv_cell,
    wp::int32 var_dim,
    wp::array_t<wp::int32> var_counts)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        //---------
        // forward
        // def count_cells(pos: wp.array(dtype=wp.vec3), inv_cell: float, dim: int, counts: wp.array3d(dtype=int)):       <L 130>
        // i = wp.tid()                                                                           <L 131>
        var_0 = builtin_tid1d();
        // cx, cy, cz = cell_coord(pos[i], inv_cell, dim)                                         <L 132>
        var_1 = wp::address(var_pos, var_0);
        var_5 = wp::load(var_1);
        cell_coord_0(var_5, var_inv_cell, var_dim, var_2, var_3, var_4);
        // wp.atomic_add(counts, cx, cy, cz, 1)                                                   <L 133>
        var_7 = wp::atomic_add(var_counts, var_2, var_3, var_4, var_6);
    }
}



extern "C" __global__ void count_cells_0acb9db8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_inv_cell,
    wp::int32 var_dim,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_inv_cell,
    wp::int32 adj_dim,
    wp::array_t<wp::int32> adj_counts)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        //---------
        // forward
        // def count_cells(pos: wp.array(dtype=wp.vec3), inv_cell: float, dim: int, counts: wp.array3d(dtype=int)):       <L 130>
        // i = wp.tid()                                                                           <L 131>
        var_0 = builtin_tid1d();
        // cx, cy, cz = cell_coord(pos[i], inv_cell, dim)                                         <L 132>
        var_1 = wp::address(var_pos, var_0);
        var_5 = wp::load(var_1);
        cell_coord_0(var_5, var_inv_cell, var_dim, var_2, var_3, var_4);
        // wp.atomic_add(counts, cx, cy, cz, 1)                                                   <L 133>
        // var_7 = wp::atomic_add(var_counts, var_2, var_3, var_4, var_6);
        //---------
        // reverse
        wp::adj_atomic_add(var_counts, var_2, var_3, var_4, var_6, adj_counts, adj_2, adj_3, adj_4, adj_6, adj_7);
        // adj: wp.atomic_add(counts, cx, cy, cz, 1)                                              <L 133>
        adj_cell_coord_0(var_5, var_inv_cell, var_dim, var_2, var_3, var_4, adj_1, adj_inv_cell, adj_dim, adj_2, adj_3, adj_4);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: cx, cy, cz = cell_coord(pos[i], inv_cell, dim)                                    <L 132>
        // adj: i = wp.tid()                                                                      <L 131>
        // adj: def count_cells(pos: wp.array(dtype=wp.vec3), inv_cell: float, dim: int, counts: wp.array3d(dtype=int)):  <L 130>
        continue;
    }
}

