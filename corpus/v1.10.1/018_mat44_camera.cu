
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


// corpus/018_mat44_camera.py:4
static CUDA_CALLABLE wp::mat_t<4, 4, wp::float32> look_at_0(
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_target,
    wp::vec_t<3, wp::float32> var_up)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 0.0;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_35;
    //---------
    // forward
    // def look_at(eye: wp.vec3, target: wp.vec3, up: wp.vec3) -> wp.mat44:                   <L 5>
    // f = wp.normalize(target - eye)                                                         <L 6>
    var_0 = wp::sub(var_target, var_eye);
    var_1 = wp::normalize(var_0);
    // s = wp.normalize(wp.cross(f, up))                                                      <L 7>
    var_2 = wp::cross(var_1, var_up);
    var_3 = wp::normalize(var_2);
    // u = wp.cross(s, f)                                                                     <L 8>
    var_4 = wp::cross(var_3, var_1);
    // return wp.mat44(                                                                       <L 9>
    // s[0], s[1], s[2], -wp.dot(s, eye),                                                     <L 10>
    var_6 = wp::extract(var_3, var_5);
    var_8 = wp::extract(var_3, var_7);
    var_10 = wp::extract(var_3, var_9);
    var_11 = wp::dot(var_3, var_eye);
    var_12 = wp::neg(var_11);
    // u[0], u[1], u[2], -wp.dot(u, eye),                                                     <L 11>
    var_14 = wp::extract(var_4, var_13);
    var_16 = wp::extract(var_4, var_15);
    var_18 = wp::extract(var_4, var_17);
    var_19 = wp::dot(var_4, var_eye);
    var_20 = wp::neg(var_19);
    // -f[0], -f[1], -f[2], wp.dot(f, eye),                                                   <L 12>
    var_22 = wp::extract(var_1, var_21);
    var_23 = wp::neg(var_22);
    var_25 = wp::extract(var_1, var_24);
    var_26 = wp::neg(var_25);
    var_28 = wp::extract(var_1, var_27);
    var_29 = wp::neg(var_28);
    var_30 = wp::dot(var_1, var_eye);
    // 0.0, 0.0, 0.0, 1.0,                                                                    <L 13>
    var_35 = wp::mat_t<4, 4, wp::float32>(var_6, var_8, var_10, var_12, var_14, var_16, var_18, var_20, var_23, var_26, var_29, var_30, var_31, var_32, var_33, var_34);
    return var_35;
}


// corpus/018_mat44_camera.py:17
static CUDA_CALLABLE wp::mat_t<4, 4, wp::float32> perspective_0(
    wp::float32 var_fovy,
    wp::float32 var_aspect,
    wp::float32 var_znear,
    wp::float32 var_zfar)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = -2.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    const wp::int32 var_26 = 3;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = -1.0;
    const wp::int32 var_29 = 3;
    const wp::int32 var_30 = 2;
    //---------
    // forward
    // def perspective(fovy: float, aspect: float, znear: float, zfar: float) -> wp.mat44:       <L 18>
    // t = wp.tan(fovy * 0.5)                                                                 <L 19>
    var_1 = wp::mul(var_fovy, var_0);
    var_2 = wp::tan(var_1);
    // m = wp.mat44()                                                                         <L 20>
    var_3 = wp::mat_t<4, 4, wp::float32>();
    // m[0, 0] = 1.0 / (aspect * t)                                                           <L 21>
    var_5 = wp::mul(var_aspect, var_2);
    var_6 = wp::div(var_4, var_5);
    wp::assign_inplace(var_3, var_7, var_8, var_6);
    // m[1, 1] = 1.0 / t                                                                      <L 22>
    var_10 = wp::div(var_9, var_2);
    wp::assign_inplace(var_3, var_11, var_12, var_10);
    // m[2, 2] = -(zfar + znear) / (zfar - znear)                                             <L 23>
    var_13 = wp::add(var_zfar, var_znear);
    var_14 = wp::neg(var_13);
    var_15 = wp::sub(var_zfar, var_znear);
    var_16 = wp::div(var_14, var_15);
    wp::assign_inplace(var_3, var_17, var_18, var_16);
    // m[2, 3] = -2.0 * zfar * znear / (zfar - znear)                                         <L 24>
    var_21 = wp::mul(var_20, var_zfar);
    var_22 = wp::mul(var_21, var_znear);
    var_23 = wp::sub(var_zfar, var_znear);
    var_24 = wp::div(var_22, var_23);
    wp::assign_inplace(var_3, var_25, var_26, var_24);
    // m[3, 2] = -1.0                                                                         <L 25>
    wp::assign_inplace(var_3, var_29, var_30, var_28);
    // return m                                                                               <L 26>
    return var_3;
}


// corpus/018_mat44_camera.py:29
static CUDA_CALLABLE void project_point_0(
    wp::mat_t<4, 4, wp::float32> var_mvp,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & ret_0,
    bool & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = -1.0;
    wp::vec_t<3, wp::float32> var_17;
    const bool var_18 = false;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    const bool var_29 = true;
    //---------
    // forward
    // def project_point(mvp: wp.mat44, p: wp.vec3):                                          <L 30>
    // h = mvp * wp.vec4(p[0], p[1], p[2], 1.0)                                               <L 31>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::extract(var_p, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_mvp, var_7);
    // w = h[3]                                                                               <L 32>
    var_10 = wp::extract(var_8, var_9);
    // if w <= 0.0:                                                                           <L 33>
    var_12 = (var_10 <= var_11);
    if (var_12) {
        // return wp.vec3(0.0, 0.0, -1.0), False                                              <L 34>
        var_17 = wp::vec_t<3, wp::float32>(var_13, var_14, var_16);
        ret_0 = var_17;
        ret_1 = var_18;
        return;
    }
    // return wp.vec3(h[0] / w, h[1] / w, h[2] / w), True                                     <L 35>
    var_20 = wp::extract(var_8, var_19);
    var_21 = wp::div(var_20, var_10);
    var_23 = wp::extract(var_8, var_22);
    var_24 = wp::div(var_23, var_10);
    var_26 = wp::extract(var_8, var_25);
    var_27 = wp::div(var_26, var_10);
    var_28 = wp::vec_t<3, wp::float32>(var_21, var_24, var_27);
    ret_0 = var_28;
    ret_1 = var_29;
    return;
}


// corpus/018_mat44_camera.py:4
static CUDA_CALLABLE void adj_look_at_0(
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_target,
    wp::vec_t<3, wp::float32> var_up,
    wp::vec_t<3, wp::float32> & adj_eye,
    wp::vec_t<3, wp::float32> & adj_target,
    wp::vec_t<3, wp::float32> & adj_up,
    wp::mat_t<4, 4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 0.0;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    wp::mat_t<4, 4, wp::float32> var_35;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::mat_t<4, 4, wp::float32> adj_35 = {};
    //---------
    // forward
    // def look_at(eye: wp.vec3, target: wp.vec3, up: wp.vec3) -> wp.mat44:                   <L 5>
    // f = wp.normalize(target - eye)                                                         <L 6>
    var_0 = wp::sub(var_target, var_eye);
    var_1 = wp::normalize(var_0);
    // s = wp.normalize(wp.cross(f, up))                                                      <L 7>
    var_2 = wp::cross(var_1, var_up);
    var_3 = wp::normalize(var_2);
    // u = wp.cross(s, f)                                                                     <L 8>
    var_4 = wp::cross(var_3, var_1);
    // return wp.mat44(                                                                       <L 9>
    // s[0], s[1], s[2], -wp.dot(s, eye),                                                     <L 10>
    var_6 = wp::extract(var_3, var_5);
    var_8 = wp::extract(var_3, var_7);
    var_10 = wp::extract(var_3, var_9);
    var_11 = wp::dot(var_3, var_eye);
    var_12 = wp::neg(var_11);
    // u[0], u[1], u[2], -wp.dot(u, eye),                                                     <L 11>
    var_14 = wp::extract(var_4, var_13);
    var_16 = wp::extract(var_4, var_15);
    var_18 = wp::extract(var_4, var_17);
    var_19 = wp::dot(var_4, var_eye);
    var_20 = wp::neg(var_19);
    // -f[0], -f[1], -f[2], wp.dot(f, eye),                                                   <L 12>
    var_22 = wp::extract(var_1, var_21);
    var_23 = wp::neg(var_22);
    var_25 = wp::extract(var_1, var_24);
    var_26 = wp::neg(var_25);
    var_28 = wp::extract(var_1, var_27);
    var_29 = wp::neg(var_28);
    var_30 = wp::dot(var_1, var_eye);
    // 0.0, 0.0, 0.0, 1.0,                                                                    <L 13>
    var_35 = wp::mat_t<4, 4, wp::float32>(var_6, var_8, var_10, var_12, var_14, var_16, var_18, var_20, var_23, var_26, var_29, var_30, var_31, var_32, var_33, var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_35 += adj_ret;
    wp::adj_mat_t(var_6, var_8, var_10, var_12, var_14, var_16, var_18, var_20, var_23, var_26, var_29, var_30, var_31, var_32, var_33, var_34, adj_6, adj_8, adj_10, adj_12, adj_14, adj_16, adj_18, adj_20, adj_23, adj_26, adj_29, adj_30, adj_31, adj_32, adj_33, adj_34, adj_35);
    // adj: 0.0, 0.0, 0.0, 1.0,                                                               <L 13>
    wp::adj_dot(var_1, var_eye, adj_1, adj_eye, adj_30);
    wp::adj_neg(var_28, adj_28, adj_29);
    wp::adj_extract(var_1, var_27, adj_1, adj_27, adj_28);
    wp::adj_neg(var_25, adj_25, adj_26);
    wp::adj_extract(var_1, var_24, adj_1, adj_24, adj_25);
    wp::adj_neg(var_22, adj_22, adj_23);
    wp::adj_extract(var_1, var_21, adj_1, adj_21, adj_22);
    // adj: -f[0], -f[1], -f[2], wp.dot(f, eye),                                              <L 12>
    wp::adj_neg(var_19, adj_19, adj_20);
    wp::adj_dot(var_4, var_eye, adj_4, adj_eye, adj_19);
    wp::adj_extract(var_4, var_17, adj_4, adj_17, adj_18);
    wp::adj_extract(var_4, var_15, adj_4, adj_15, adj_16);
    wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
    // adj: u[0], u[1], u[2], -wp.dot(u, eye),                                                <L 11>
    wp::adj_neg(var_11, adj_11, adj_12);
    wp::adj_dot(var_3, var_eye, adj_3, adj_eye, adj_11);
    wp::adj_extract(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: s[0], s[1], s[2], -wp.dot(s, eye),                                                <L 10>
    // adj: return wp.mat44(                                                                  <L 9>
    wp::adj_cross(var_3, var_1, adj_3, adj_1, adj_4);
    // adj: u = wp.cross(s, f)                                                                <L 8>
    wp::adj_normalize(var_2, var_3, adj_2, adj_3);
    wp::adj_cross(var_1, var_up, adj_1, adj_up, adj_2);
    // adj: s = wp.normalize(wp.cross(f, up))                                                 <L 7>
    wp::adj_normalize(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_target, var_eye, adj_target, adj_eye, adj_0);
    // adj: f = wp.normalize(target - eye)                                                    <L 6>
    // adj: def look_at(eye: wp.vec3, target: wp.vec3, up: wp.vec3) -> wp.mat44:              <L 5>
    return;
}


// corpus/018_mat44_camera.py:17
static CUDA_CALLABLE void adj_perspective_0(
    wp::float32 var_fovy,
    wp::float32 var_aspect,
    wp::float32 var_znear,
    wp::float32 var_zfar,
    wp::float32 & adj_fovy,
    wp::float32 & adj_aspect,
    wp::float32 & adj_znear,
    wp::float32 & adj_zfar,
    wp::mat_t<4, 4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = -2.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    const wp::int32 var_26 = 3;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = -1.0;
    const wp::int32 var_29 = 3;
    const wp::int32 var_30 = 2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<4, 4, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    //---------
    // forward
    // def perspective(fovy: float, aspect: float, znear: float, zfar: float) -> wp.mat44:       <L 18>
    // t = wp.tan(fovy * 0.5)                                                                 <L 19>
    var_1 = wp::mul(var_fovy, var_0);
    var_2 = wp::tan(var_1);
    // m = wp.mat44()                                                                         <L 20>
    var_3 = wp::mat_t<4, 4, wp::float32>();
    // m[0, 0] = 1.0 / (aspect * t)                                                           <L 21>
    var_5 = wp::mul(var_aspect, var_2);
    var_6 = wp::div(var_4, var_5);
    wp::assign_inplace(var_3, var_7, var_8, var_6);
    // m[1, 1] = 1.0 / t                                                                      <L 22>
    var_10 = wp::div(var_9, var_2);
    wp::assign_inplace(var_3, var_11, var_12, var_10);
    // m[2, 2] = -(zfar + znear) / (zfar - znear)                                             <L 23>
    var_13 = wp::add(var_zfar, var_znear);
    var_14 = wp::neg(var_13);
    var_15 = wp::sub(var_zfar, var_znear);
    var_16 = wp::div(var_14, var_15);
    wp::assign_inplace(var_3, var_17, var_18, var_16);
    // m[2, 3] = -2.0 * zfar * znear / (zfar - znear)                                         <L 24>
    var_21 = wp::mul(var_20, var_zfar);
    var_22 = wp::mul(var_21, var_znear);
    var_23 = wp::sub(var_zfar, var_znear);
    var_24 = wp::div(var_22, var_23);
    wp::assign_inplace(var_3, var_25, var_26, var_24);
    // m[3, 2] = -1.0                                                                         <L 25>
    wp::assign_inplace(var_3, var_29, var_30, var_28);
    // return m                                                                               <L 26>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    // adj: return m                                                                          <L 26>
    wp::adj_assign_inplace(var_3, var_29, var_30, var_28, adj_3, adj_29, adj_30, adj_28);
    // adj: m[3, 2] = -1.0                                                                    <L 25>
    wp::adj_assign_inplace(var_3, var_25, var_26, var_24, adj_3, adj_25, adj_26, adj_24);
    wp::adj_div(var_22, var_23, var_24, adj_22, adj_23, adj_24);
    wp::adj_sub(var_zfar, var_znear, adj_zfar, adj_znear, adj_23);
    wp::adj_mul(var_21, var_znear, adj_21, adj_znear, adj_22);
    wp::adj_mul(var_20, var_zfar, adj_20, adj_zfar, adj_21);
    // adj: m[2, 3] = -2.0 * zfar * znear / (zfar - znear)                                    <L 24>
    wp::adj_assign_inplace(var_3, var_17, var_18, var_16, adj_3, adj_17, adj_18, adj_16);
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_sub(var_zfar, var_znear, adj_zfar, adj_znear, adj_15);
    wp::adj_neg(var_13, adj_13, adj_14);
    wp::adj_add(var_zfar, var_znear, adj_zfar, adj_znear, adj_13);
    // adj: m[2, 2] = -(zfar + znear) / (zfar - znear)                                        <L 23>
    wp::adj_assign_inplace(var_3, var_11, var_12, var_10, adj_3, adj_11, adj_12, adj_10);
    wp::adj_div(var_9, var_2, var_10, adj_9, adj_2, adj_10);
    // adj: m[1, 1] = 1.0 / t                                                                 <L 22>
    wp::adj_assign_inplace(var_3, var_7, var_8, var_6, adj_3, adj_7, adj_8, adj_6);
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_mul(var_aspect, var_2, adj_aspect, adj_2, adj_5);
    // adj: m[0, 0] = 1.0 / (aspect * t)                                                      <L 21>
    // adj: m = wp.mat44()                                                                    <L 20>
    wp::adj_tan(var_1, adj_1, adj_2);
    wp::adj_mul(var_fovy, var_0, adj_fovy, adj_0, adj_1);
    // adj: t = wp.tan(fovy * 0.5)                                                            <L 19>
    // adj: def perspective(fovy: float, aspect: float, znear: float, zfar: float) -> wp.mat44:  <L 18>
    return;
}


// corpus/018_mat44_camera.py:29
static CUDA_CALLABLE void adj_project_point_0(
    wp::mat_t<4, 4, wp::float32> var_mvp,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & ret_0,
    bool & ret_1,
    wp::mat_t<4, 4, wp::float32> & adj_mvp,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    bool & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = -1.0;
    wp::vec_t<3, wp::float32> var_17;
    const bool var_18 = false;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    const bool var_29 = true;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    bool adj_29 = {};
    //---------
    // forward
    // def project_point(mvp: wp.mat44, p: wp.vec3):                                          <L 30>
    // h = mvp * wp.vec4(p[0], p[1], p[2], 1.0)                                               <L 31>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::extract(var_p, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_mvp, var_7);
    // w = h[3]                                                                               <L 32>
    var_10 = wp::extract(var_8, var_9);
    // if w <= 0.0:                                                                           <L 33>
    var_12 = (var_10 <= var_11);
    if (var_12) {
        // return wp.vec3(0.0, 0.0, -1.0), False                                              <L 34>
        var_17 = wp::vec_t<3, wp::float32>(var_13, var_14, var_16);
        ret_0 = var_17;
        ret_1 = var_18;
        goto label0;
    }
    // return wp.vec3(h[0] / w, h[1] / w, h[2] / w), True                                     <L 35>
    var_20 = wp::extract(var_8, var_19);
    var_21 = wp::div(var_20, var_10);
    var_23 = wp::extract(var_8, var_22);
    var_24 = wp::div(var_23, var_10);
    var_26 = wp::extract(var_8, var_25);
    var_27 = wp::div(var_26, var_10);
    var_28 = wp::vec_t<3, wp::float32>(var_21, var_24, var_27);
    ret_0 = var_28;
    ret_1 = var_29;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_29 += adj_ret_1;
    adj_28 += adj_ret_0;
    wp::adj_vec_t(var_21, var_24, var_27, adj_21, adj_24, adj_27, adj_28);
    wp::adj_div(var_26, var_10, var_27, adj_26, adj_10, adj_27);
    wp::adj_extract(var_8, var_25, adj_8, adj_25, adj_26);
    wp::adj_div(var_23, var_10, var_24, adj_23, adj_10, adj_24);
    wp::adj_extract(var_8, var_22, adj_8, adj_22, adj_23);
    wp::adj_div(var_20, var_10, var_21, adj_20, adj_10, adj_21);
    wp::adj_extract(var_8, var_19, adj_8, adj_19, adj_20);
    // adj: return wp.vec3(h[0] / w, h[1] / w, h[2] / w), True                                <L 35>
    if (var_12) {
        label0:;
        adj_18 += adj_ret_1;
        adj_17 += adj_ret_0;
        wp::adj_vec_t(var_13, var_14, var_16, adj_13, adj_14, adj_16, adj_17);
        // adj: return wp.vec3(0.0, 0.0, -1.0), False                                         <L 34>
    }
    // adj: if w <= 0.0:                                                                      <L 33>
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: w = h[3]                                                                          <L 32>
    wp::adj_mul(var_mvp, var_7, adj_mvp, adj_7, adj_8);
    wp::adj_vec_t(var_1, var_3, var_5, var_6, adj_1, adj_3, adj_5, adj_6, adj_7);
    wp::adj_extract(var_p, var_4, adj_p, adj_4, adj_5);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: h = mvp * wp.vec4(p[0], p[1], p[2], 1.0)                                          <L 31>
    // adj: def project_point(mvp: wp.mat44, p: wp.vec3):                                     <L 30>
    return;
}



extern "C" __global__ void build_mvp_3fd3c1f9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_eyes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::float32 var_fovy,
    wp::float32 var_aspect,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mvp)
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
        const wp::float32 var_3 = 0.0;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 0.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.1;
        const wp::float32 var_11 = 100.0;
        wp::mat_t<4, 4, wp::float32> var_12;
        wp::mat_t<4, 4, wp::float32> var_13;
        //---------
        // forward
        // def build_mvp(eyes: wp.array(dtype=wp.vec3), targets: wp.array(dtype=wp.vec3), fovy: float, aspect: float, mvp: wp.array(dtype=wp.mat44)):       <L 39>
        // c = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // view = look_at(eyes[c], targets[c], wp.vec3(0.0, 1.0, 0.0))                            <L 41>
        var_1 = wp::address(var_eyes, var_0);
        var_2 = wp::address(var_targets, var_0);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_8 = wp::load(var_1);
        var_9 = wp::load(var_2);
        var_7 = look_at_0(var_8, var_9, var_6);
        // proj = perspective(fovy, aspect, 0.1, 100.0)                                           <L 42>
        var_12 = perspective_0(var_fovy, var_aspect, var_10, var_11);
        // mvp[c] = proj * view                                                                   <L 43>
        var_13 = wp::mul(var_12, var_7);
        wp::array_store(var_mvp, var_0, var_13);
    }
}



extern "C" __global__ void build_mvp_3fd3c1f9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_eyes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets,
    wp::float32 var_fovy,
    wp::float32 var_aspect,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mvp,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_eyes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_targets,
    wp::float32 adj_fovy,
    wp::float32 adj_aspect,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_mvp)
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
        const wp::float32 var_3 = 0.0;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 0.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.1;
        const wp::float32 var_11 = 100.0;
        wp::mat_t<4, 4, wp::float32> var_12;
        wp::mat_t<4, 4, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::mat_t<4, 4, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::mat_t<4, 4, wp::float32> adj_12 = {};
        wp::mat_t<4, 4, wp::float32> adj_13 = {};
        //---------
        // forward
        // def build_mvp(eyes: wp.array(dtype=wp.vec3), targets: wp.array(dtype=wp.vec3), fovy: float, aspect: float, mvp: wp.array(dtype=wp.mat44)):       <L 39>
        // c = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // view = look_at(eyes[c], targets[c], wp.vec3(0.0, 1.0, 0.0))                            <L 41>
        var_1 = wp::address(var_eyes, var_0);
        var_2 = wp::address(var_targets, var_0);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_8 = wp::load(var_1);
        var_9 = wp::load(var_2);
        var_7 = look_at_0(var_8, var_9, var_6);
        // proj = perspective(fovy, aspect, 0.1, 100.0)                                           <L 42>
        var_12 = perspective_0(var_fovy, var_aspect, var_10, var_11);
        // mvp[c] = proj * view                                                                   <L 43>
        var_13 = wp::mul(var_12, var_7);
        // wp::array_store(var_mvp, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_mvp, var_0, var_13, adj_mvp, adj_0, adj_13);
        wp::adj_mul(var_12, var_7, adj_12, adj_7, adj_13);
        // adj: mvp[c] = proj * view                                                              <L 43>
        adj_perspective_0(var_fovy, var_aspect, var_10, var_11, adj_fovy, adj_aspect, adj_10, adj_11, adj_12);
        // adj: proj = perspective(fovy, aspect, 0.1, 100.0)                                      <L 42>
        adj_look_at_0(var_8, var_9, var_6, adj_1, adj_2, adj_6, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_2);
        wp::adj_address(var_eyes, var_0, adj_eyes, adj_0, adj_1);
        // adj: view = look_at(eyes[c], targets[c], wp.vec3(0.0, 1.0, 0.0))                       <L 41>
        // adj: c = wp.tid()                                                                      <L 40>
        // adj: def build_mvp(eyes: wp.array(dtype=wp.vec3), targets: wp.array(dtype=wp.vec3), fovy: float, aspect: float, mvp: wp.array(dtype=wp.mat44)):  <L 39>
        continue;
    }
}



extern "C" __global__ void rasterize_points_3d7d9808_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mvp,
    wp::int32 var_cam,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::int32> var_visible)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        bool var_4;
        wp::mat_t<4, 4, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = -1.0;
        bool var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        bool var_25;
        bool var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        const wp::float32 var_38 = 1.0;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.5;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::float32 var_52;
        const wp::float32 var_53 = 0.5;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.5;
        wp::float32 var_56;
        wp::float32 var_57;
        bool var_58;
        wp::vec_t<4, wp::float32>* var_59;
        wp::vec_t<4, wp::float32> var_60;
        wp::vec_t<4, wp::float32> var_61;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = -2.0;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 3;
        wp::float32 var_76;
        wp::vec_t<4, wp::float32> var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        //---------
        // forward
        // def rasterize_points(                                                                  <L 47>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // ndc, ok = project_point(mvp[cam], points[i])                                           <L 59>
        var_1 = wp::address(var_mvp, var_cam);
        var_2 = wp::address(var_points, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        project_point_0(var_5, var_6, var_3, var_4);
        // if not ok:                                                                             <L 60>
        var_7 = wp::unot(var_4);
        if (var_7) {
            // return                                                                             <L 61>
            continue;
        }
        // if ndc[0] < -1.0 or ndc[0] > 1.0 or ndc[1] < -1.0 or ndc[1] > 1.0:                     <L 62>
        var_9 = wp::extract(var_3, var_8);
        var_12 = (var_9 < var_11);
        var_14 = wp::extract(var_3, var_13);
        var_16 = (var_14 > var_15);
        var_18 = wp::extract(var_3, var_17);
        var_21 = (var_18 < var_20);
        var_23 = wp::extract(var_3, var_22);
        var_25 = (var_23 > var_24);
        var_26 = var_12 || var_16 || var_21 || var_25;
        if (var_26) {
            // return                                                                             <L 63>
            continue;
        }
        // px = int((ndc[0] * 0.5 + 0.5) * float(width - 1))                                      <L 64>
        var_28 = wp::extract(var_3, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_32 = wp::add(var_30, var_31);
        var_34 = wp::sub(var_width, var_33);
        var_35 = wp::float(var_34);
        var_36 = wp::mul(var_32, var_35);
        var_37 = wp::int(var_36);
        // py = int((1.0 - (ndc[1] * 0.5 + 0.5)) * float(height - 1))                             <L 65>
        var_40 = wp::extract(var_3, var_39);
        var_42 = wp::mul(var_40, var_41);
        var_44 = wp::add(var_42, var_43);
        var_45 = wp::sub(var_38, var_44);
        var_47 = wp::sub(var_height, var_46);
        var_48 = wp::float(var_47);
        var_49 = wp::mul(var_45, var_48);
        var_50 = wp::int(var_49);
        // z = ndc[2] * 0.5 + 0.5                                                                 <L 66>
        var_52 = wp::extract(var_3, var_51);
        var_54 = wp::mul(var_52, var_53);
        var_56 = wp::add(var_54, var_55);
        // old = wp.atomic_min(depth, py, px, z)                                                  <L 67>
        var_57 = wp::atomic_min(var_depth, var_50, var_37, var_56);
        // if z <= old:                                                                           <L 68>
        var_58 = (var_56 <= var_57);
        if (var_58) {
            // c = colors[i]                                                                      <L 69>
            var_59 = wp::address(var_colors, var_0);
            var_61 = wp::load(var_59);
            var_60 = wp::copy(var_61);
            // fog = wp.exp(-2.0 * z)                                                             <L 70>
            var_64 = wp::mul(var_63, var_56);
            var_65 = wp::exp(var_64);
            // image[py, px] = wp.vec4(c[0] * fog, c[1] * fog, c[2] * fog, c[3])                  <L 71>
            var_67 = wp::extract(var_60, var_66);
            var_68 = wp::mul(var_67, var_65);
            var_70 = wp::extract(var_60, var_69);
            var_71 = wp::mul(var_70, var_65);
            var_73 = wp::extract(var_60, var_72);
            var_74 = wp::mul(var_73, var_65);
            var_76 = wp::extract(var_60, var_75);
            var_77 = wp::vec_t<4, wp::float32>(var_68, var_71, var_74, var_76);
            wp::array_store(var_image, var_50, var_37, var_77);
            // wp.atomic_add(visible, cam, 1)                                                     <L 72>
            var_79 = wp::atomic_add(var_visible, var_cam, var_78);
        }
    }
}



extern "C" __global__ void rasterize_points_3d7d9808_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_mvp,
    wp::int32 var_cam,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::int32> var_visible,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_colors,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_mvp,
    wp::int32 adj_cam,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::array_t<wp::float32> adj_depth,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_image,
    wp::array_t<wp::int32> adj_visible)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        bool var_4;
        wp::mat_t<4, 4, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = -1.0;
        bool var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        bool var_25;
        bool var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        const wp::float32 var_38 = 1.0;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.5;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::float32 var_52;
        const wp::float32 var_53 = 0.5;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.5;
        wp::float32 var_56;
        wp::float32 var_57;
        bool var_58;
        wp::vec_t<4, wp::float32>* var_59;
        wp::vec_t<4, wp::float32> var_60;
        wp::vec_t<4, wp::float32> var_61;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = -2.0;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 3;
        wp::float32 var_76;
        wp::vec_t<4, wp::float32> var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        bool adj_4 = {};
        wp::mat_t<4, 4, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        bool adj_58 = {};
        wp::vec_t<4, wp::float32> adj_59 = {};
        wp::vec_t<4, wp::float32> adj_60 = {};
        wp::vec_t<4, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::vec_t<4, wp::float32> adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        //---------
        // forward
        // def rasterize_points(                                                                  <L 47>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // ndc, ok = project_point(mvp[cam], points[i])                                           <L 59>
        var_1 = wp::address(var_mvp, var_cam);
        var_2 = wp::address(var_points, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        project_point_0(var_5, var_6, var_3, var_4);
        // if not ok:                                                                             <L 60>
        var_7 = wp::unot(var_4);
        if (var_7) {
            // return                                                                             <L 61>
            goto label0;
        }
        // if ndc[0] < -1.0 or ndc[0] > 1.0 or ndc[1] < -1.0 or ndc[1] > 1.0:                     <L 62>
        var_9 = wp::extract(var_3, var_8);
        var_12 = (var_9 < var_11);
        var_14 = wp::extract(var_3, var_13);
        var_16 = (var_14 > var_15);
        var_18 = wp::extract(var_3, var_17);
        var_21 = (var_18 < var_20);
        var_23 = wp::extract(var_3, var_22);
        var_25 = (var_23 > var_24);
        var_26 = var_12 || var_16 || var_21 || var_25;
        if (var_26) {
            // return                                                                             <L 63>
            goto label1;
        }
        // px = int((ndc[0] * 0.5 + 0.5) * float(width - 1))                                      <L 64>
        var_28 = wp::extract(var_3, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_32 = wp::add(var_30, var_31);
        var_34 = wp::sub(var_width, var_33);
        var_35 = wp::float(var_34);
        var_36 = wp::mul(var_32, var_35);
        var_37 = wp::int(var_36);
        // py = int((1.0 - (ndc[1] * 0.5 + 0.5)) * float(height - 1))                             <L 65>
        var_40 = wp::extract(var_3, var_39);
        var_42 = wp::mul(var_40, var_41);
        var_44 = wp::add(var_42, var_43);
        var_45 = wp::sub(var_38, var_44);
        var_47 = wp::sub(var_height, var_46);
        var_48 = wp::float(var_47);
        var_49 = wp::mul(var_45, var_48);
        var_50 = wp::int(var_49);
        // z = ndc[2] * 0.5 + 0.5                                                                 <L 66>
        var_52 = wp::extract(var_3, var_51);
        var_54 = wp::mul(var_52, var_53);
        var_56 = wp::add(var_54, var_55);
        // old = wp.atomic_min(depth, py, px, z)                                                  <L 67>
        // var_57 = wp::atomic_min(var_depth, var_50, var_37, var_56);
        // if z <= old:                                                                           <L 68>
        var_58 = (var_56 <= var_57);
        if (var_58) {
            // c = colors[i]                                                                      <L 69>
            var_59 = wp::address(var_colors, var_0);
            var_61 = wp::load(var_59);
            var_60 = wp::copy(var_61);
            // fog = wp.exp(-2.0 * z)                                                             <L 70>
            var_64 = wp::mul(var_63, var_56);
            var_65 = wp::exp(var_64);
            // image[py, px] = wp.vec4(c[0] * fog, c[1] * fog, c[2] * fog, c[3])                  <L 71>
            var_67 = wp::extract(var_60, var_66);
            var_68 = wp::mul(var_67, var_65);
            var_70 = wp::extract(var_60, var_69);
            var_71 = wp::mul(var_70, var_65);
            var_73 = wp::extract(var_60, var_72);
            var_74 = wp::mul(var_73, var_65);
            var_76 = wp::extract(var_60, var_75);
            var_77 = wp::vec_t<4, wp::float32>(var_68, var_71, var_74, var_76);
            // wp::array_store(var_image, var_50, var_37, var_77);
            // wp.atomic_add(visible, cam, 1)                                                     <L 72>
            // var_79 = wp::atomic_add(var_visible, var_cam, var_78);
        }
        //---------
        // reverse
        if (var_58) {
            wp::adj_atomic_add(var_visible, var_cam, var_78, adj_visible, adj_cam, adj_78, adj_79);
            // adj: wp.atomic_add(visible, cam, 1)                                                <L 72>
            wp::adj_array_store(var_image, var_50, var_37, var_77, adj_image, adj_50, adj_37, adj_77);
            wp::adj_vec_t(var_68, var_71, var_74, var_76, adj_68, adj_71, adj_74, adj_76, adj_77);
            wp::adj_extract(var_60, var_75, adj_60, adj_75, adj_76);
            wp::adj_mul(var_73, var_65, adj_73, adj_65, adj_74);
            wp::adj_extract(var_60, var_72, adj_60, adj_72, adj_73);
            wp::adj_mul(var_70, var_65, adj_70, adj_65, adj_71);
            wp::adj_extract(var_60, var_69, adj_60, adj_69, adj_70);
            wp::adj_mul(var_67, var_65, adj_67, adj_65, adj_68);
            wp::adj_extract(var_60, var_66, adj_60, adj_66, adj_67);
            // adj: image[py, px] = wp.vec4(c[0] * fog, c[1] * fog, c[2] * fog, c[3])             <L 71>
            wp::adj_exp(var_64, var_65, adj_64, adj_65);
            wp::adj_mul(var_63, var_56, adj_63, adj_56, adj_64);
            // adj: fog = wp.exp(-2.0 * z)                                                        <L 70>
            wp::adj_copy(var_61, adj_59, adj_60);
            wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_59);
            // adj: c = colors[i]                                                                 <L 69>
        }
        // adj: if z <= old:                                                                      <L 68>
        wp::adj_atomic_min(var_depth, var_50, var_37, var_56, adj_depth, adj_50, adj_37, adj_56, adj_57);
        // adj: old = wp.atomic_min(depth, py, px, z)                                             <L 67>
        wp::adj_add(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_extract(var_3, var_51, adj_3, adj_51, adj_52);
        // adj: z = ndc[2] * 0.5 + 0.5                                                            <L 66>
        wp::adj_int(var_49, adj_49, adj_50);
        wp::adj_mul(var_45, var_48, adj_45, adj_48, adj_49);
        wp::adj_float(var_47, adj_47, adj_48);
        wp::adj_sub(var_height, var_46, adj_height, adj_46, adj_47);
        wp::adj_sub(var_38, var_44, adj_38, adj_44, adj_45);
        wp::adj_add(var_42, var_43, adj_42, adj_43, adj_44);
        wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
        wp::adj_extract(var_3, var_39, adj_3, adj_39, adj_40);
        // adj: py = int((1.0 - (ndc[1] * 0.5 + 0.5)) * float(height - 1))                        <L 65>
        wp::adj_int(var_36, adj_36, adj_37);
        wp::adj_mul(var_32, var_35, adj_32, adj_35, adj_36);
        wp::adj_float(var_34, adj_34, adj_35);
        wp::adj_sub(var_width, var_33, adj_width, adj_33, adj_34);
        wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_extract(var_3, var_27, adj_3, adj_27, adj_28);
        // adj: px = int((ndc[0] * 0.5 + 0.5) * float(width - 1))                                 <L 64>
        if (var_26) {
            label1:;
            // adj: return                                                                        <L 63>
        }
        wp::adj_extract(var_3, var_22, adj_3, adj_22, adj_23);
        wp::adj_extract(var_3, var_17, adj_3, adj_17, adj_18);
        wp::adj_extract(var_3, var_13, adj_3, adj_13, adj_14);
        wp::adj_extract(var_3, var_8, adj_3, adj_8, adj_9);
        // adj: if ndc[0] < -1.0 or ndc[0] > 1.0 or ndc[1] < -1.0 or ndc[1] > 1.0:                <L 62>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 61>
        }
        // adj: if not ok:                                                                        <L 60>
        adj_project_point_0(var_5, var_6, var_3, var_4, adj_1, adj_2, adj_3, adj_4);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_2);
        wp::adj_address(var_mvp, var_cam, adj_mvp, adj_cam, adj_1);
        // adj: ndc, ok = project_point(mvp[cam], points[i])                                      <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def rasterize_points(                                                             <L 47>
        continue;
    }
}



extern "C" __global__ void transform_normals_c7a05d89_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
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
        const wp::int32 var_1 = 0;
        wp::mat_t<4, 4, wp::float32>* var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::mat_t<4, 4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // forward
        // def transform_normals(model: wp.array(dtype=wp.mat44), normals: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // M = model[0]                                                                           <L 78>
        var_2 = wp::address(var_model, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // upper = wp.mat33(M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1], M[2, 2])       <L 79>
        var_7 = wp::extract(var_3, var_5, var_6);
        var_10 = wp::extract(var_3, var_8, var_9);
        var_13 = wp::extract(var_3, var_11, var_12);
        var_16 = wp::extract(var_3, var_14, var_15);
        var_19 = wp::extract(var_3, var_17, var_18);
        var_22 = wp::extract(var_3, var_20, var_21);
        var_25 = wp::extract(var_3, var_23, var_24);
        var_28 = wp::extract(var_3, var_26, var_27);
        var_31 = wp::extract(var_3, var_29, var_30);
        var_32 = wp::mat_t<3, 3, wp::float32>(var_7, var_10, var_13, var_16, var_19, var_22, var_25, var_28, var_31);
        // nm = wp.transpose(wp.inverse(upper))                                                   <L 80>
        var_33 = wp::inverse(var_32);
        var_34 = wp::transpose(var_33);
        // out[i] = wp.normalize(nm * normals[i])                                                 <L 81>
        var_35 = wp::address(var_normals, var_0);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_34, var_37);
        var_38 = wp::normalize(var_36);
        wp::array_store(var_out, var_0, var_38);
    }
}



extern "C" __global__ void transform_normals_c7a05d89_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_model,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
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
        const wp::int32 var_1 = 0;
        wp::mat_t<4, 4, wp::float32>* var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::mat_t<4, 4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::mat_t<4, 4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::mat_t<3, 3, wp::float32> adj_32 = {};
        wp::mat_t<3, 3, wp::float32> adj_33 = {};
        wp::mat_t<3, 3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        //---------
        // forward
        // def transform_normals(model: wp.array(dtype=wp.mat44), normals: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // M = model[0]                                                                           <L 78>
        var_2 = wp::address(var_model, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // upper = wp.mat33(M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1], M[2, 2])       <L 79>
        var_7 = wp::extract(var_3, var_5, var_6);
        var_10 = wp::extract(var_3, var_8, var_9);
        var_13 = wp::extract(var_3, var_11, var_12);
        var_16 = wp::extract(var_3, var_14, var_15);
        var_19 = wp::extract(var_3, var_17, var_18);
        var_22 = wp::extract(var_3, var_20, var_21);
        var_25 = wp::extract(var_3, var_23, var_24);
        var_28 = wp::extract(var_3, var_26, var_27);
        var_31 = wp::extract(var_3, var_29, var_30);
        var_32 = wp::mat_t<3, 3, wp::float32>(var_7, var_10, var_13, var_16, var_19, var_22, var_25, var_28, var_31);
        // nm = wp.transpose(wp.inverse(upper))                                                   <L 80>
        var_33 = wp::inverse(var_32);
        var_34 = wp::transpose(var_33);
        // out[i] = wp.normalize(nm * normals[i])                                                 <L 81>
        var_35 = wp::address(var_normals, var_0);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_34, var_37);
        var_38 = wp::normalize(var_36);
        // wp::array_store(var_out, var_0, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_38, adj_out, adj_0, adj_38);
        wp::adj_normalize(var_36, var_38, adj_36, adj_38);
        wp::adj_mul(var_34, var_37, adj_34, adj_35, adj_36);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_35);
        // adj: out[i] = wp.normalize(nm * normals[i])                                            <L 81>
        wp::adj_transpose(var_33, adj_33, adj_34);
        wp::adj_inverse(var_32, var_33, adj_32, adj_33);
        // adj: nm = wp.transpose(wp.inverse(upper))                                              <L 80>
        wp::adj_mat_t(var_7, var_10, var_13, var_16, var_19, var_22, var_25, var_28, var_31, adj_7, adj_10, adj_13, adj_16, adj_19, adj_22, adj_25, adj_28, adj_31, adj_32);
        wp::adj_extract(var_3, var_29, var_30, adj_3, adj_29, adj_30, adj_31);
        wp::adj_extract(var_3, var_26, var_27, adj_3, adj_26, adj_27, adj_28);
        wp::adj_extract(var_3, var_23, var_24, adj_3, adj_23, adj_24, adj_25);
        wp::adj_extract(var_3, var_20, var_21, adj_3, adj_20, adj_21, adj_22);
        wp::adj_extract(var_3, var_17, var_18, adj_3, adj_17, adj_18, adj_19);
        wp::adj_extract(var_3, var_14, var_15, adj_3, adj_14, adj_15, adj_16);
        wp::adj_extract(var_3, var_11, var_12, adj_3, adj_11, adj_12, adj_13);
        wp::adj_extract(var_3, var_8, var_9, adj_3, adj_8, adj_9, adj_10);
        wp::adj_extract(var_3, var_5, var_6, adj_3, adj_5, adj_6, adj_7);
        // adj: upper = wp.mat33(M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1], M[2, 2])  <L 79>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_model, var_1, adj_model, adj_1, adj_2);
        // adj: M = model[0]                                                                      <L 78>
        // adj: i = wp.tid()                                                                      <L 77>
        // adj: def transform_normals(model: wp.array(dtype=wp.mat44), normals: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 76>
        continue;
    }
}



extern "C" __global__ void compose_chain_e02653b5_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_locals,
    wp::array_t<wp::int32> var_parents,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_world)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 32;
        bool var_12;
        bool var_13;
        wp::mat_t<4, 4, wp::float32>* var_14;
        wp::mat_t<4, 4, wp::float32> var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        //---------
        // forward
        // def compose_chain(locals: wp.array(dtype=wp.mat44), parents: wp.array(dtype=int), world: wp.array(dtype=wp.mat44)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // M = locals[i]                                                                          <L 87>
        var_1 = wp::address(var_locals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = parents[i]                                                                         <L 88>
        var_4 = wp::address(var_parents, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // depth = int(0)                                                                         <L 89>
        var_8 = wp::int(var_7);
        // while p >= 0 and depth < 32:                                                           <L 90>
        start_while_0:;
        var_10 = (var_5 >= var_9);
        var_12 = (var_8 < var_11);
        var_13 = var_10 && var_12;
        if ((var_13) == false) goto end_while_0;
            // M = locals[p] * M                                                                  <L 91>
            var_14 = wp::address(var_locals, var_5);
            var_16 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_2);
            // p = parents[p]                                                                     <L 92>
            var_17 = wp::address(var_parents, var_5);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // depth += 1                                                                         <L 93>
            var_22 = wp::add(var_8, var_21);
            wp::assign(var_2, var_15);
            wp::assign(var_5, var_18);
            wp::assign(var_8, var_22);
        goto start_while_0;
        end_while_0:;
        // world[i] = M                                                                           <L 94>
        wp::array_store(var_world, var_0, var_2);
    }
}



extern "C" __global__ void compose_chain_e02653b5_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_locals,
    wp::array_t<wp::int32> var_parents,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_world,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_locals,
    wp::array_t<wp::int32> adj_parents,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_world)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 32;
        bool var_12;
        bool var_13;
        wp::mat_t<4, 4, wp::float32>* var_14;
        wp::mat_t<4, 4, wp::float32> var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::mat_t<4, 4, wp::float32> adj_14 = {};
        wp::mat_t<4, 4, wp::float32> adj_15 = {};
        wp::mat_t<4, 4, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def compose_chain(locals: wp.array(dtype=wp.mat44), parents: wp.array(dtype=int), world: wp.array(dtype=wp.mat44)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // M = locals[i]                                                                          <L 87>
        var_1 = wp::address(var_locals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = parents[i]                                                                         <L 88>
        var_4 = wp::address(var_parents, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // depth = int(0)                                                                         <L 89>
        var_8 = wp::int(var_7);
        // while p >= 0 and depth < 32:                                                           <L 90>
        // world[i] = M                                                                           <L 94>
        // wp::array_store(var_world, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_world, var_0, var_2, adj_world, adj_0, adj_2);
        // adj: world[i] = M                                                                      <L 94>
        start_while_0:;
        var_10 = (var_5 >= var_9);
        var_12 = (var_8 < var_11);
        var_13 = var_10 && var_12;
        if ((var_13) == false) goto end_while_0;
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
            // M = locals[p] * M                                                                  <L 91>
            var_14 = wp::address(var_locals, var_5);
            var_16 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_2);
            // p = parents[p]                                                                     <L 92>
            var_17 = wp::address(var_parents, var_5);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // depth += 1                                                                         <L 93>
            var_22 = wp::add(var_8, var_21);
            wp::assign(var_2, var_15);
            wp::assign(var_5, var_18);
            wp::assign(var_8, var_22);
            wp::adj_assign(var_8, var_22, adj_8, adj_22);
            wp::adj_assign(var_5, var_18, adj_5, adj_18);
            wp::adj_assign(var_2, var_15, adj_2, adj_15);
            wp::adj_add(var_8, var_21, adj_8, adj_21, adj_22);
            // adj: depth += 1                                                                    <L 93>
            wp::adj_copy(var_19, adj_17, adj_18);
            wp::adj_address(var_parents, var_5, adj_parents, adj_5, adj_17);
            // adj: p = parents[p]                                                                <L 92>
            wp::adj_mul(var_16, var_2, adj_14, adj_2, adj_15);
            wp::adj_address(var_locals, var_5, adj_locals, adj_5, adj_14);
            // adj: M = locals[p] * M                                                             <L 91>
        goto start_while_0;
        end_while_0:;
        // adj: while p >= 0 and depth < 32:                                                      <L 90>
        wp::adj_int(var_7, adj_7, adj_8);
        // adj: depth = int(0)                                                                    <L 89>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_parents, var_0, adj_parents, adj_0, adj_4);
        // adj: p = parents[i]                                                                    <L 88>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_locals, var_0, adj_locals, adj_0, adj_1);
        // adj: M = locals[i]                                                                     <L 87>
        // adj: i = wp.tid()                                                                      <L 86>
        // adj: def compose_chain(locals: wp.array(dtype=wp.mat44), parents: wp.array(dtype=int), world: wp.array(dtype=wp.mat44)):  <L 85>
        continue;
    }
}

