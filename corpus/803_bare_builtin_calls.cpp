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


// corpus/803_bare_builtin_calls.py:7
static wp::float32 soft_clip_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def soft_clip(x: float, lo: float, hi: float):                                         <L 8>
    // return clamp(x, lo, hi) + 0.1 * tanh(x)                                                <L 9>
    var_0 = wp::clamp(var_x, var_lo, var_hi);
    var_2 = wp::tanh(var_x);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::add(var_0, var_3);
    return var_4;
}


// corpus/803_bare_builtin_calls.py:7
static void adj_soft_clip_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 & adj_x,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def soft_clip(x: float, lo: float, hi: float):                                         <L 8>
    // return clamp(x, lo, hi) + 0.1 * tanh(x)                                                <L 9>
    var_0 = wp::clamp(var_x, var_lo, var_hi);
    var_2 = wp::tanh(var_x);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::add(var_0, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_tanh(var_x, var_2, adj_x, adj_2);
    wp::adj_clamp(var_x, var_lo, var_hi, adj_x, adj_lo, adj_hi, adj_0);
    // adj: return clamp(x, lo, hi) + 0.1 * tanh(x)                                           <L 9>
    // adj: def soft_clip(x: float, lo: float, hi: float):                                    <L 8>
    return;
}

struct wp_args_bare_calls_131dcb94 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::float32> out;
};


void bare_calls_131dcb94_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bare_calls_131dcb94 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    bool var_9;
    const bool var_10 = true;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def bare_calls(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 13>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = normalize(b[i])                                                                    <L 16>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // expect_eq(length(v) > 0.5, True)                                                       <L 17>
    var_7 = wp::length(var_5);
    var_9 = (var_7 > var_8);
    wp::expect_eq(var_9, var_10);
    // y = soft_clip(x, 0.0, 1.0) + dot(v, vec3(1.0, 0.0, 0.0))                               <L 18>
    var_13 = soft_clip_0(var_2, var_11, var_12);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::dot(var_5, var_17);
    var_19 = wp::add(var_13, var_18);
    // z = max(y, sqrt(abs(x)))                                                               <L 19>
    var_20 = wp::abs(var_2);
    var_21 = wp::sqrt(var_20);
    var_22 = wp::max(var_19, var_21);
    // expect_near(z, z, 1.0e-6)                                                              <L 20>
    wp::expect_near(var_22, var_22, var_23);
    // out[i] = z + sin(x) * cos(x) + float(floor(x))                                         <L 21>
    var_24 = wp::sin(var_2);
    var_25 = wp::cos(var_2);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::add(var_22, var_26);
    var_28 = wp::floor(var_2);
    var_29 = wp::float(var_28);
    var_30 = wp::add(var_27, var_29);
    wp::array_store(var_out, var_0, var_30);
}



void bare_calls_131dcb94_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bare_calls_131dcb94 *_wp_args,
    wp_args_bare_calls_131dcb94 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    bool var_9;
    const bool var_10 = true;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
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
    //---------
    // forward
    // def bare_calls(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 13>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = normalize(b[i])                                                                    <L 16>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // expect_eq(length(v) > 0.5, True)                                                       <L 17>
    var_7 = wp::length(var_5);
    var_9 = (var_7 > var_8);
    wp::expect_eq(var_9, var_10);
    // y = soft_clip(x, 0.0, 1.0) + dot(v, vec3(1.0, 0.0, 0.0))                               <L 18>
    var_13 = soft_clip_0(var_2, var_11, var_12);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::dot(var_5, var_17);
    var_19 = wp::add(var_13, var_18);
    // z = max(y, sqrt(abs(x)))                                                               <L 19>
    var_20 = wp::abs(var_2);
    var_21 = wp::sqrt(var_20);
    var_22 = wp::max(var_19, var_21);
    // expect_near(z, z, 1.0e-6)                                                              <L 20>
    wp::expect_near(var_22, var_22, var_23);
    // out[i] = z + sin(x) * cos(x) + float(floor(x))                                         <L 21>
    var_24 = wp::sin(var_2);
    var_25 = wp::cos(var_2);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::add(var_22, var_26);
    var_28 = wp::floor(var_2);
    var_29 = wp::float(var_28);
    var_30 = wp::add(var_27, var_29);
    // wp::array_store(var_out, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_30, adj_out, adj_0, adj_30);
    wp::adj_add(var_27, var_29, adj_27, adj_29, adj_30);
    wp::adj_float(var_28, adj_28, adj_29);
    wp::adj_add(var_22, var_26, adj_22, adj_26, adj_27);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_cos(var_2, adj_2, adj_25);
    wp::adj_sin(var_2, adj_2, adj_24);
    // adj: out[i] = z + sin(x) * cos(x) + float(floor(x))                                    <L 21>
    // adj: expect_near(z, z, 1.0e-6)                                                         <L 20>
    wp::adj_max(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_sqrt(var_20, var_21, adj_20, adj_21);
    wp::adj_abs(var_2, adj_2, adj_20);
    // adj: z = max(y, sqrt(abs(x)))                                                          <L 19>
    wp::adj_add(var_13, var_18, adj_13, adj_18, adj_19);
    wp::adj_dot(var_5, var_17, adj_5, adj_17, adj_18);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    adj_soft_clip_0(var_2, var_11, var_12, adj_2, adj_11, adj_12, adj_13);
    // adj: y = soft_clip(x, 0.0, 1.0) + dot(v, vec3(1.0, 0.0, 0.0))                          <L 18>
    wp::adj_length(var_5, var_7, adj_5, adj_7);
    // adj: expect_eq(length(v) > 0.5, True)                                                  <L 17>
    wp::adj_normalize(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: v = normalize(b[i])                                                               <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 15>
    // adj: i = wp.tid()                                                                      <L 14>
    // adj: def bare_calls(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 13>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bare_calls_131dcb94_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bare_calls_131dcb94 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bare_calls_131dcb94_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bare_calls_131dcb94_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bare_calls_131dcb94 *_wp_args,
    wp_args_bare_calls_131dcb94 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bare_calls_131dcb94_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

