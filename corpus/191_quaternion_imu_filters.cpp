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


// corpus/191_quaternion_imu_filters.py:4
static wp::quat_t<wp::float32> quat_exp_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-08;
    bool var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::quat_t<wp::float32> var_24;
    //---------
    // forward
    // def quat_exp(v: wp.vec3) -> wp.quat:                                                   <L 5>
    // theta = wp.length(v)                                                                   <L 6>
    var_0 = wp::length(var_v);
    // if theta < 1.0e-8:                                                                     <L 7>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.normalize(wp.quat(v[0], v[1], v[2], 1.0))                                <L 8>
        var_4 = wp::extract(var_v, var_3);
        var_6 = wp::extract(var_v, var_5);
        var_8 = wp::extract(var_v, var_7);
        var_10 = wp::quat_t<wp::float32>(var_4, var_6, var_8, var_9);
        var_11 = wp::normalize(var_10);
        return var_11;
    }
    // s = wp.sin(theta) / theta                                                              <L 9>
    var_12 = wp::sin(var_0);
    var_13 = wp::div(var_12, var_0);
    // return wp.quat(v[0] * s, v[1] * s, v[2] * s, wp.cos(theta))                            <L 10>
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::mul(var_15, var_13);
    var_18 = wp::extract(var_v, var_17);
    var_19 = wp::mul(var_18, var_13);
    var_21 = wp::extract(var_v, var_20);
    var_22 = wp::mul(var_21, var_13);
    var_23 = wp::cos(var_0);
    var_24 = wp::quat_t<wp::float32>(var_16, var_19, var_22, var_23);
    return var_24;
}


// corpus/191_quaternion_imu_filters.py:13
static wp::vec_t<3, wp::float32> quat_log_0(
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-08;
    bool var_9;
    const wp::int32 var_10 = 3;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def quat_log(q: wp.quat) -> wp.vec3:                                                   <L 14>
    // v = wp.vec3(q[0], q[1], q[2])                                                          <L 15>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // s = wp.length(v)                                                                       <L 16>
    var_7 = wp::length(var_6);
    // if s < 1.0e-8:                                                                         <L 17>
    var_9 = (var_7 < var_8);
    if (var_9) {
        // return v                                                                           <L 18>
        return var_6;
    }
    // a = wp.atan2(s, q[3])                                                                  <L 19>
    var_11 = wp::extract(var_q, var_10);
    var_12 = wp::atan2(var_7, var_11);
    // return v * (a / s)                                                                     <L 20>
    var_13 = wp::div(var_12, var_7);
    var_14 = wp::mul(var_6, var_13);
    return var_14;
}


// corpus/191_quaternion_imu_filters.py:4
static void adj_quat_exp_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-08;
    bool var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::quat_t<wp::float32> var_24;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::quat_t<wp::float32> adj_24 = {};
    //---------
    // forward
    // def quat_exp(v: wp.vec3) -> wp.quat:                                                   <L 5>
    // theta = wp.length(v)                                                                   <L 6>
    var_0 = wp::length(var_v);
    // if theta < 1.0e-8:                                                                     <L 7>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.normalize(wp.quat(v[0], v[1], v[2], 1.0))                                <L 8>
        var_4 = wp::extract(var_v, var_3);
        var_6 = wp::extract(var_v, var_5);
        var_8 = wp::extract(var_v, var_7);
        var_10 = wp::quat_t<wp::float32>(var_4, var_6, var_8, var_9);
        var_11 = wp::normalize(var_10);
        goto label0;
    }
    // s = wp.sin(theta) / theta                                                              <L 9>
    var_12 = wp::sin(var_0);
    var_13 = wp::div(var_12, var_0);
    // return wp.quat(v[0] * s, v[1] * s, v[2] * s, wp.cos(theta))                            <L 10>
    var_15 = wp::extract(var_v, var_14);
    var_16 = wp::mul(var_15, var_13);
    var_18 = wp::extract(var_v, var_17);
    var_19 = wp::mul(var_18, var_13);
    var_21 = wp::extract(var_v, var_20);
    var_22 = wp::mul(var_21, var_13);
    var_23 = wp::cos(var_0);
    var_24 = wp::quat_t<wp::float32>(var_16, var_19, var_22, var_23);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_24 += adj_ret;
    wp::adj_quat_t(var_16, var_19, var_22, var_23, adj_16, adj_19, adj_22, adj_23, adj_24);
    wp::adj_cos(var_0, adj_0, adj_23);
    wp::adj_mul(var_21, var_13, adj_21, adj_13, adj_22);
    wp::adj_extract(var_v, var_20, adj_v, adj_20, adj_21);
    wp::adj_mul(var_18, var_13, adj_18, adj_13, adj_19);
    wp::adj_extract(var_v, var_17, adj_v, adj_17, adj_18);
    wp::adj_mul(var_15, var_13, adj_15, adj_13, adj_16);
    wp::adj_extract(var_v, var_14, adj_v, adj_14, adj_15);
    // adj: return wp.quat(v[0] * s, v[1] * s, v[2] * s, wp.cos(theta))                       <L 10>
    wp::adj_div(var_12, var_0, var_13, adj_12, adj_0, adj_13);
    wp::adj_sin(var_0, adj_0, adj_12);
    // adj: s = wp.sin(theta) / theta                                                         <L 9>
    if (var_2) {
        label0:;
        adj_11 += adj_ret;
        wp::adj_normalize(var_10, adj_10, adj_11);
        wp::adj_quat_t(var_4, var_6, var_8, var_9, adj_4, adj_6, adj_8, adj_9, adj_10);
        wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_8);
        wp::adj_extract(var_v, var_5, adj_v, adj_5, adj_6);
        wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
        // adj: return wp.normalize(wp.quat(v[0], v[1], v[2], 1.0))                           <L 8>
    }
    // adj: if theta < 1.0e-8:                                                                <L 7>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: theta = wp.length(v)                                                              <L 6>
    // adj: def quat_exp(v: wp.vec3) -> wp.quat:                                              <L 5>
    return;
}


// corpus/191_quaternion_imu_filters.py:13
static void adj_quat_log_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1e-08;
    bool var_9;
    const wp::int32 var_10 = 3;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def quat_log(q: wp.quat) -> wp.vec3:                                                   <L 14>
    // v = wp.vec3(q[0], q[1], q[2])                                                          <L 15>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // s = wp.length(v)                                                                       <L 16>
    var_7 = wp::length(var_6);
    // if s < 1.0e-8:                                                                         <L 17>
    var_9 = (var_7 < var_8);
    if (var_9) {
        // return v                                                                           <L 18>
        goto label0;
    }
    // a = wp.atan2(s, q[3])                                                                  <L 19>
    var_11 = wp::extract(var_q, var_10);
    var_12 = wp::atan2(var_7, var_11);
    // return v * (a / s)                                                                     <L 20>
    var_13 = wp::div(var_12, var_7);
    var_14 = wp::mul(var_6, var_13);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_14 += adj_ret;
    wp::adj_mul(var_6, var_13, adj_6, adj_13, adj_14);
    wp::adj_div(var_12, var_7, var_13, adj_12, adj_7, adj_13);
    // adj: return v * (a / s)                                                                <L 20>
    wp::adj_atan2(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_extract(var_q, var_10, adj_q, adj_10, adj_11);
    // adj: a = wp.atan2(s, q[3])                                                             <L 19>
    if (var_9) {
        label0:;
        adj_6 += adj_ret;
        // adj: return v                                                                      <L 18>
    }
    // adj: if s < 1.0e-8:                                                                    <L 17>
    wp::adj_length(var_6, var_7, adj_6, adj_7);
    // adj: s = wp.length(v)                                                                  <L 16>
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: v = wp.vec3(q[0], q[1], q[2])                                                     <L 15>
    // adj: def quat_log(q: wp.quat) -> wp.vec3:                                              <L 14>
    return;
}

struct wp_args_integrate_gyro_acf82dc7 {
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<3, wp::float32>> gyro;
    wp::array_t<wp::vec_t<3, wp::float32>> bias;
    wp::float32 dt;
};


void integrate_gyro_acf82dc7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_gyro_acf82dc7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gyro = _wp_args->gyro;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bias = _wp_args->bias;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::quat_t<wp::float32>* var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::quat_t<wp::float32> var_13;
    //---------
    // forward
    // def integrate_gyro(q: wp.array(dtype=wp.quat), gyro: wp.array(dtype=wp.vec3), bias: wp.array(dtype=wp.vec3), dt: float):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // w = gyro[i] - bias[i]                                                                  <L 26>
    var_1 = wp::address(var_gyro, var_0);
    var_2 = wp::address(var_bias, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    // q[i] = wp.normalize(q[i] * quat_exp(w * (0.5 * dt)))                                   <L 27>
    var_6 = wp::address(var_q, var_0);
    var_8 = wp::mul(var_7, var_dt);
    var_9 = wp::mul(var_3, var_8);
    var_10 = quat_exp_0(var_9);
    var_12 = wp::load(var_6);
    var_11 = wp::mul(var_12, var_10);
    var_13 = wp::normalize(var_11);
    wp::array_store(var_q, var_0, var_13);
}



void integrate_gyro_acf82dc7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_gyro_acf82dc7 *_wp_args,
    wp_args_integrate_gyro_acf82dc7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gyro = _wp_args->gyro;
    wp::array_t<wp::vec_t<3, wp::float32>> var_bias = _wp_args->bias;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gyro = _wp_adj_args->gyro;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bias = _wp_adj_args->bias;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::quat_t<wp::float32>* var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::quat_t<wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::quat_t<wp::float32> adj_13 = {};
    //---------
    // forward
    // def integrate_gyro(q: wp.array(dtype=wp.quat), gyro: wp.array(dtype=wp.vec3), bias: wp.array(dtype=wp.vec3), dt: float):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // w = gyro[i] - bias[i]                                                                  <L 26>
    var_1 = wp::address(var_gyro, var_0);
    var_2 = wp::address(var_bias, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    // q[i] = wp.normalize(q[i] * quat_exp(w * (0.5 * dt)))                                   <L 27>
    var_6 = wp::address(var_q, var_0);
    var_8 = wp::mul(var_7, var_dt);
    var_9 = wp::mul(var_3, var_8);
    var_10 = quat_exp_0(var_9);
    var_12 = wp::load(var_6);
    var_11 = wp::mul(var_12, var_10);
    var_13 = wp::normalize(var_11);
    // wp::array_store(var_q, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_q, var_0, var_13, adj_q, adj_0, adj_13);
    wp::adj_normalize(var_11, adj_11, adj_13);
    wp::adj_mul(var_12, var_10, adj_6, adj_10, adj_11);
    adj_quat_exp_0(var_9, adj_9, adj_10);
    wp::adj_mul(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_mul(var_7, var_dt, adj_7, adj_dt, adj_8);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_6);
    // adj: q[i] = wp.normalize(q[i] * quat_exp(w * (0.5 * dt)))                              <L 27>
    wp::adj_sub(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_bias, var_0, adj_bias, adj_0, adj_2);
    wp::adj_address(var_gyro, var_0, adj_gyro, adj_0, adj_1);
    // adj: w = gyro[i] - bias[i]                                                             <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def integrate_gyro(q: wp.array(dtype=wp.quat), gyro: wp.array(dtype=wp.vec3), bias: wp.array(dtype=wp.vec3), dt: float):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_gyro_acf82dc7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_gyro_acf82dc7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_gyro_acf82dc7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_gyro_acf82dc7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_gyro_acf82dc7 *_wp_args,
    wp_args_integrate_gyro_acf82dc7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_gyro_acf82dc7_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_complementary_4adab9e6 {
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<3, wp::float32>> accel;
    wp::float32 alpha;
};


void complementary_4adab9e6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_complementary_4adab9e6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel = _wp_args->accel;
    wp::float32 var_alpha = _wp_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-06;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::quat_t<wp::float32>* var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-09;
    bool var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::quat_t<wp::float32>* var_26;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    //---------
    // forward
    // def complementary(q: wp.array(dtype=wp.quat), accel: wp.array(dtype=wp.vec3), alpha: float):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // a = accel[i]                                                                           <L 33>
    var_1 = wp::address(var_accel, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // la = wp.length(a)                                                                      <L 34>
    var_4 = wp::length(var_2);
    // if la < 1.0e-6:                                                                        <L 35>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return                                                                             <L 36>
        return;
    }
    // g_meas = a / la                                                                        <L 37>
    var_7 = wp::div(var_2, var_4);
    // g_est = wp.quat_rotate_inv(q[i], wp.vec3(0.0, 0.0, 1.0))                               <L 38>
    var_8 = wp::address(var_q, var_0);
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_14 = wp::load(var_8);
    var_13 = wp::quat_rotate_inv(var_14, var_12);
    // axis = wp.cross(g_est, g_meas)                                                         <L 39>
    var_15 = wp::cross(var_13, var_7);
    // s = wp.length(axis)                                                                    <L 40>
    var_16 = wp::length(var_15);
    // if s < 1.0e-9:                                                                         <L 41>
    var_18 = (var_16 < var_17);
    if (var_18) {
        // return                                                                             <L 42>
        return;
    }
    // ang = wp.atan2(s, wp.dot(g_est, g_meas)) * (1.0 - alpha)                               <L 43>
    var_19 = wp::dot(var_13, var_7);
    var_20 = wp::atan2(var_16, var_19);
    var_22 = wp::sub(var_21, var_alpha);
    var_23 = wp::mul(var_20, var_22);
    // corr = wp.quat_from_axis_angle(axis / s, ang)                                          <L 44>
    var_24 = wp::div(var_15, var_16);
    var_25 = wp::quat_from_axis_angle(var_24, var_23);
    // q[i] = wp.normalize(q[i] * corr)                                                       <L 45>
    var_26 = wp::address(var_q, var_0);
    var_28 = wp::load(var_26);
    var_27 = wp::mul(var_28, var_25);
    var_29 = wp::normalize(var_27);
    wp::array_store(var_q, var_0, var_29);
}



void complementary_4adab9e6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_complementary_4adab9e6 *_wp_args,
    wp_args_complementary_4adab9e6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel = _wp_args->accel;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accel = _wp_adj_args->accel;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-06;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::quat_t<wp::float32>* var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-09;
    bool var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::quat_t<wp::float32>* var_26;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::quat_t<wp::float32> adj_26 = {};
    wp::quat_t<wp::float32> adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    //---------
    // forward
    // def complementary(q: wp.array(dtype=wp.quat), accel: wp.array(dtype=wp.vec3), alpha: float):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // a = accel[i]                                                                           <L 33>
    var_1 = wp::address(var_accel, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // la = wp.length(a)                                                                      <L 34>
    var_4 = wp::length(var_2);
    // if la < 1.0e-6:                                                                        <L 35>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return                                                                             <L 36>
        goto label0;
    }
    // g_meas = a / la                                                                        <L 37>
    var_7 = wp::div(var_2, var_4);
    // g_est = wp.quat_rotate_inv(q[i], wp.vec3(0.0, 0.0, 1.0))                               <L 38>
    var_8 = wp::address(var_q, var_0);
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_14 = wp::load(var_8);
    var_13 = wp::quat_rotate_inv(var_14, var_12);
    // axis = wp.cross(g_est, g_meas)                                                         <L 39>
    var_15 = wp::cross(var_13, var_7);
    // s = wp.length(axis)                                                                    <L 40>
    var_16 = wp::length(var_15);
    // if s < 1.0e-9:                                                                         <L 41>
    var_18 = (var_16 < var_17);
    if (var_18) {
        // return                                                                             <L 42>
        goto label1;
    }
    // ang = wp.atan2(s, wp.dot(g_est, g_meas)) * (1.0 - alpha)                               <L 43>
    var_19 = wp::dot(var_13, var_7);
    var_20 = wp::atan2(var_16, var_19);
    var_22 = wp::sub(var_21, var_alpha);
    var_23 = wp::mul(var_20, var_22);
    // corr = wp.quat_from_axis_angle(axis / s, ang)                                          <L 44>
    var_24 = wp::div(var_15, var_16);
    var_25 = wp::quat_from_axis_angle(var_24, var_23);
    // q[i] = wp.normalize(q[i] * corr)                                                       <L 45>
    var_26 = wp::address(var_q, var_0);
    var_28 = wp::load(var_26);
    var_27 = wp::mul(var_28, var_25);
    var_29 = wp::normalize(var_27);
    // wp::array_store(var_q, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_q, var_0, var_29, adj_q, adj_0, adj_29);
    wp::adj_normalize(var_27, adj_27, adj_29);
    wp::adj_mul(var_28, var_25, adj_26, adj_25, adj_27);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_26);
    // adj: q[i] = wp.normalize(q[i] * corr)                                                  <L 45>
    wp::adj_quat_from_axis_angle(var_24, var_23, adj_24, adj_23, adj_25);
    wp::adj_div(var_15, var_16, adj_15, adj_16, adj_24);
    // adj: corr = wp.quat_from_axis_angle(axis / s, ang)                                     <L 44>
    wp::adj_mul(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_sub(var_21, var_alpha, adj_21, adj_alpha, adj_22);
    wp::adj_atan2(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_dot(var_13, var_7, adj_13, adj_7, adj_19);
    // adj: ang = wp.atan2(s, wp.dot(g_est, g_meas)) * (1.0 - alpha)                          <L 43>
    if (var_18) {
        label1:;
        // adj: return                                                                        <L 42>
    }
    // adj: if s < 1.0e-9:                                                                    <L 41>
    wp::adj_length(var_15, var_16, adj_15, adj_16);
    // adj: s = wp.length(axis)                                                               <L 40>
    wp::adj_cross(var_13, var_7, adj_13, adj_7, adj_15);
    // adj: axis = wp.cross(g_est, g_meas)                                                    <L 39>
    wp::adj_quat_rotate_inv(var_14, var_12, adj_8, adj_12, adj_13);
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_8);
    // adj: g_est = wp.quat_rotate_inv(q[i], wp.vec3(0.0, 0.0, 1.0))                          <L 38>
    wp::adj_div(var_2, var_4, adj_2, adj_4, adj_7);
    // adj: g_meas = a / la                                                                   <L 37>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 36>
    }
    // adj: if la < 1.0e-6:                                                                   <L 35>
    wp::adj_length(var_2, var_4, adj_2, adj_4);
    // adj: la = wp.length(a)                                                                 <L 34>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_accel, var_0, adj_accel, adj_0, adj_1);
    // adj: a = accel[i]                                                                      <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def complementary(q: wp.array(dtype=wp.quat), accel: wp.array(dtype=wp.vec3), alpha: float):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void complementary_4adab9e6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_complementary_4adab9e6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        complementary_4adab9e6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void complementary_4adab9e6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_complementary_4adab9e6 *_wp_args,
    wp_args_complementary_4adab9e6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        complementary_4adab9e6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_average_orientations_15cda99e {
    wp::array_t<wp::quat_t<wp::float32>> qs;
    wp::array_t<wp::float32> weights;
    wp::int32 iters;
    wp::array_t<wp::quat_t<wp::float32>> out;
};


void average_orientations_15cda99e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_average_orientations_15cda99e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_qs = _wp_args->qs;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::int32 var_iters = _wp_args->iters;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32>* var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32>* var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    const wp::int32 var_20 = 3;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    wp::quat_t<wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::quat_t<wp::float32> var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1e-07;
    bool var_42;
    wp::quat_t<wp::float32> var_43;
    //---------
    // forward
    // def average_orientations(qs: wp.array2d(dtype=wp.quat), weights: wp.array2d(dtype=float), iters: int, out: wp.array(dtype=wp.quat)):       <L 49>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // n = qs.shape[1]                                                                        <L 51>
    var_1 = &(var_qs.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // mean = qs[i, 0]                                                                        <L 52>
    var_6 = wp::address(var_qs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // for it in range(iters):                                                                <L 53>
    var_9 = wp::range(var_iters);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // acc = wp.vec3()                                                                    <L 54>
        var_11 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                  <L 55>
        var_13 = wp::float(var_12);
        // for k in range(n):                                                                 <L 56>
        var_14 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_14) == 0) goto end_for_2;
            var_15 = wp::iter_next(var_14);
            // d = wp.quat_inverse(mean) * qs[i, k]                                           <L 57>
            var_16 = wp::quat_inverse(var_7);
            var_17 = wp::address(var_qs, var_0, var_15);
            var_19 = wp::load(var_17);
            var_18 = wp::mul(var_16, var_19);
            // if d[3] < 0.0:                                                                 <L 58>
            var_21 = wp::extract(var_18, var_20);
            var_23 = (var_21 < var_22);
            if (var_23) {
                // d = -d                                                                     <L 59>
                var_24 = wp::neg(var_18);
            }
            var_25 = wp::where(var_23, var_24, var_18);
            // acc += quat_log(d) * weights[i, k]                                             <L 60>
            var_26 = quat_log_0(var_25);
            var_27 = wp::address(var_weights, var_0, var_15);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            var_30 = wp::add(var_11, var_28);
            // wsum += weights[i, k]                                                          <L 61>
            var_31 = wp::address(var_weights, var_0, var_15);
            var_33 = wp::load(var_31);
            var_32 = wp::add(var_13, var_33);
            wp::assign(var_11, var_30);
            wp::assign(var_13, var_32);
            goto start_for_2;
        end_for_2:;
        // if wsum <= 0.0:                                                                    <L 62>
        var_35 = (var_13 <= var_34);
        if (var_35) {
            // break                                                                          <L 63>
            goto end_for_0;
        }
        // step = acc / wsum                                                                  <L 64>
        var_36 = wp::div(var_11, var_13);
        // mean = wp.normalize(mean * quat_exp(step))                                         <L 65>
        var_37 = quat_exp_0(var_36);
        var_38 = wp::mul(var_7, var_37);
        var_39 = wp::normalize(var_38);
        // if wp.length(step) < 1.0e-7:                                                       <L 66>
        var_40 = wp::length(var_36);
        var_42 = (var_40 < var_41);
        if (var_42) {
            // break                                                                          <L 67>
            wp::assign(var_7, var_39);
            goto end_for_0;
        }
        var_43 = wp::where(var_42, var_7, var_39);
        wp::assign(var_7, var_43);
        goto start_for_0;
    end_for_0:;
    // out[i] = mean                                                                          <L 68>
    wp::array_store(var_out, var_0, var_7);
}



void average_orientations_15cda99e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_average_orientations_15cda99e *_wp_args,
    wp_args_average_orientations_15cda99e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_qs = _wp_args->qs;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::int32 var_iters = _wp_args->iters;
    wp::array_t<wp::quat_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::quat_t<wp::float32>> adj_qs = _wp_adj_args->qs;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::int32 adj_iters = _wp_adj_args->iters;
    wp::array_t<wp::quat_t<wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32>* var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32>* var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    const wp::int32 var_20 = 3;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    wp::quat_t<wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::quat_t<wp::float32> var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1e-07;
    bool var_42;
    wp::quat_t<wp::float32> var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::quat_t<wp::float32> adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::quat_t<wp::float32> adj_37 = {};
    wp::quat_t<wp::float32> adj_38 = {};
    wp::quat_t<wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    wp::quat_t<wp::float32> adj_43 = {};
    //---------
    // forward
    // def average_orientations(qs: wp.array2d(dtype=wp.quat), weights: wp.array2d(dtype=float), iters: int, out: wp.array(dtype=wp.quat)):       <L 49>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // n = qs.shape[1]                                                                        <L 51>
    var_1 = &(var_qs.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // mean = qs[i, 0]                                                                        <L 52>
    var_6 = wp::address(var_qs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // for it in range(iters):                                                                <L 53>
    var_9 = wp::range(var_iters);
    // out[i] = mean                                                                          <L 68>
    // wp::array_store(var_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    // adj: out[i] = mean                                                                     <L 68>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
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
        // acc = wp.vec3()                                                                    <L 54>
        var_11 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                  <L 55>
        var_13 = wp::float(var_12);
        // for k in range(n):                                                                 <L 56>
        var_14 = wp::range(var_3);
        // if wsum <= 0.0:                                                                    <L 62>
        var_35 = (var_13 <= var_34);
        if (var_35) {
            // break                                                                          <L 63>
            goto end_for_0;
        }
        // step = acc / wsum                                                                  <L 64>
        var_36 = wp::div(var_11, var_13);
        // mean = wp.normalize(mean * quat_exp(step))                                         <L 65>
        var_37 = quat_exp_0(var_36);
        var_38 = wp::mul(var_7, var_37);
        var_39 = wp::normalize(var_38);
        // if wp.length(step) < 1.0e-7:                                                       <L 66>
        var_40 = wp::length(var_36);
        var_42 = (var_40 < var_41);
        if (var_42) {
            // break                                                                          <L 67>
            wp::assign(var_7, var_39);
            goto end_for_0;
        }
        var_43 = wp::where(var_42, var_7, var_39);
        wp::assign(var_7, var_43);
        wp::adj_assign(var_7, var_43, adj_7, adj_43);
        wp::adj_where(var_42, var_7, var_39, adj_42, adj_7, adj_39, adj_43);
        if (var_42) {
            wp::adj_assign(var_7, var_39, adj_7, adj_39);
            // adj: break                                                                     <L 67>
        }
        wp::adj_length(var_36, var_40, adj_36, adj_40);
        // adj: if wp.length(step) < 1.0e-7:                                                  <L 66>
        wp::adj_normalize(var_38, adj_38, adj_39);
        wp::adj_mul(var_7, var_37, adj_7, adj_37, adj_38);
        adj_quat_exp_0(var_36, adj_36, adj_37);
        // adj: mean = wp.normalize(mean * quat_exp(step))                                    <L 65>
        wp::adj_div(var_11, var_13, adj_11, adj_13, adj_36);
        // adj: step = acc / wsum                                                             <L 64>
        if (var_35) {
            // adj: break                                                                     <L 63>
        }
        // adj: if wsum <= 0.0:                                                               <L 62>
        var_14 = wp::iter_reverse(var_14);
        start_for_2:;
            if (iter_cmp(var_14) == 0) goto end_for_2;
            var_15 = wp::iter_next(var_14);
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
            // d = wp.quat_inverse(mean) * qs[i, k]                                           <L 57>
            var_16 = wp::quat_inverse(var_7);
            var_17 = wp::address(var_qs, var_0, var_15);
            var_19 = wp::load(var_17);
            var_18 = wp::mul(var_16, var_19);
            // if d[3] < 0.0:                                                                 <L 58>
            var_21 = wp::extract(var_18, var_20);
            var_23 = (var_21 < var_22);
            if (var_23) {
                // d = -d                                                                     <L 59>
                var_24 = wp::neg(var_18);
            }
            var_25 = wp::where(var_23, var_24, var_18);
            // acc += quat_log(d) * weights[i, k]                                             <L 60>
            var_26 = quat_log_0(var_25);
            var_27 = wp::address(var_weights, var_0, var_15);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            var_30 = wp::add(var_11, var_28);
            // wsum += weights[i, k]                                                          <L 61>
            var_31 = wp::address(var_weights, var_0, var_15);
            var_33 = wp::load(var_31);
            var_32 = wp::add(var_13, var_33);
            wp::assign(var_11, var_30);
            wp::assign(var_13, var_32);
            wp::adj_assign(var_13, var_32, adj_13, adj_32);
            wp::adj_assign(var_11, var_30, adj_11, adj_30);
            wp::adj_add(var_13, var_33, adj_13, adj_31, adj_32);
            wp::adj_address(var_weights, var_0, var_15, adj_weights, adj_0, adj_15, adj_31);
            // adj: wsum += weights[i, k]                                                     <L 61>
            wp::adj_add(var_11, var_28, adj_11, adj_28, adj_30);
            wp::adj_mul(var_26, var_29, adj_26, adj_27, adj_28);
            wp::adj_address(var_weights, var_0, var_15, adj_weights, adj_0, adj_15, adj_27);
            adj_quat_log_0(var_25, adj_25, adj_26);
            // adj: acc += quat_log(d) * weights[i, k]                                        <L 60>
            wp::adj_where(var_23, var_24, var_18, adj_23, adj_24, adj_18, adj_25);
            if (var_23) {
                wp::adj_neg(var_18, adj_18, adj_24);
                // adj: d = -d                                                                <L 59>
            }
            wp::adj_extract(var_18, var_20, adj_18, adj_20, adj_21);
            // adj: if d[3] < 0.0:                                                            <L 58>
            wp::adj_mul(var_16, var_19, adj_16, adj_17, adj_18);
            wp::adj_address(var_qs, var_0, var_15, adj_qs, adj_0, adj_15, adj_17);
            wp::adj_quat_inverse(var_7, adj_7, adj_16);
            // adj: d = wp.quat_inverse(mean) * qs[i, k]                                      <L 57>
        	goto start_for_2;
        end_for_2:;
        // adj: for k in range(n):                                                            <L 56>
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: wsum = float(0.0)                                                             <L 55>
        // adj: acc = wp.vec3()                                                               <L 54>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(iters):                                                           <L 53>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_qs, var_0, var_5, adj_qs, adj_0, adj_5, adj_6);
    // adj: mean = qs[i, 0]                                                                   <L 52>
    adj_qs.shape = adj_1;
    // adj: n = qs.shape[1]                                                                   <L 51>
    // adj: i = wp.tid()                                                                      <L 50>
    // adj: def average_orientations(qs: wp.array2d(dtype=wp.quat), weights: wp.array2d(dtype=float), iters: int, out: wp.array(dtype=wp.quat)):  <L 49>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void average_orientations_15cda99e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_average_orientations_15cda99e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        average_orientations_15cda99e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void average_orientations_15cda99e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_average_orientations_15cda99e *_wp_args,
    wp_args_average_orientations_15cda99e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        average_orientations_15cda99e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_angular_distance_093653cf {
    wp::array_t<wp::quat_t<wp::float32>> a;
    wp::array_t<wp::quat_t<wp::float32>> b;
    wp::array_t<wp::float32> deg;
};


void angular_distance_093653cf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_angular_distance_093653cf *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_deg = _wp_args->deg;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::float32 var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def angular_distance(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), deg: wp.array(dtype=float)):       <L 72>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // d = wp.abs(wp.dot(a[i], b[i]))                                                         <L 74>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::dot(var_4, var_5);
    var_6 = wp::abs(var_3);
    // deg[i] = wp.degrees(2.0 * wp.acos(wp.min(d, 1.0)))                                     <L 75>
    var_9 = wp::min(var_6, var_8);
    var_10 = wp::acos(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::degrees(var_11);
    wp::array_store(var_deg, var_0, var_12);
}



void angular_distance_093653cf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_angular_distance_093653cf *_wp_args,
    wp_args_angular_distance_093653cf *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::quat_t<wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_deg = _wp_args->deg;
    wp::array_t<wp::quat_t<wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::quat_t<wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_deg = _wp_adj_args->deg;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::float32 var_3;
    wp::quat_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def angular_distance(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), deg: wp.array(dtype=float)):       <L 72>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // d = wp.abs(wp.dot(a[i], b[i]))                                                         <L 74>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::dot(var_4, var_5);
    var_6 = wp::abs(var_3);
    // deg[i] = wp.degrees(2.0 * wp.acos(wp.min(d, 1.0)))                                     <L 75>
    var_9 = wp::min(var_6, var_8);
    var_10 = wp::acos(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::degrees(var_11);
    // wp::array_store(var_deg, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_deg, var_0, var_12, adj_deg, adj_0, adj_12);
    wp::adj_degrees(var_11, adj_11, adj_12);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_acos(var_9, adj_9, adj_10);
    wp::adj_min(var_6, var_8, adj_6, adj_8, adj_9);
    // adj: deg[i] = wp.degrees(2.0 * wp.acos(wp.min(d, 1.0)))                                <L 75>
    wp::adj_abs(var_3, adj_3, adj_6);
    wp::adj_dot(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: d = wp.abs(wp.dot(a[i], b[i]))                                                    <L 74>
    // adj: i = wp.tid()                                                                      <L 73>
    // adj: def angular_distance(a: wp.array(dtype=wp.quat), b: wp.array(dtype=wp.quat), deg: wp.array(dtype=float)):  <L 72>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void angular_distance_093653cf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_angular_distance_093653cf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        angular_distance_093653cf_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void angular_distance_093653cf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_angular_distance_093653cf *_wp_args,
    wp_args_angular_distance_093653cf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        angular_distance_093653cf_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

