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


// corpus/604_generic_funcs.py:0
static wp::float32 smoothstep_0(
    wp::float32 var_edge0,
    wp::float32 var_edge1,
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def smoothstep(edge0: Any, edge1: Any, x: Any):                                        <L 1>
    // t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))                <L 2>
    var_0 = wp::sub(var_x, var_edge0);
    var_1 = wp::sub(var_edge1, var_edge0);
    var_2 = wp::div(var_0, var_1);
    var_4 = wp::float32(var_3);
    var_6 = wp::float32(var_5);
    var_7 = wp::clamp(var_2, var_4, var_6);
    // return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                       <L 3>
    var_8 = wp::mul(var_7, var_7);
    var_10 = wp::float32(var_9);
    var_12 = wp::float32(var_11);
    var_13 = wp::mul(var_12, var_7);
    var_14 = wp::sub(var_10, var_13);
    var_15 = wp::mul(var_8, var_14);
    return var_15;
}


// corpus/604_generic_funcs.py:0
static wp::float32 lerp_any_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/604_generic_funcs.py:0
static wp::float32 safe_inv_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def safe_inv(x: wp.Float):                                                             <L 1>
    // if x == type(x)(0.0):                                                                  <L 2>
    var_1 = wp::float32(var_0);
    var_2 = (var_x == var_1);
    if (var_2) {
        // return type(x)(0.0)                                                                <L 3>
        var_4 = wp::float32(var_3);
        return var_4;
    }
    // return type(x)(1.0) / x                                                                <L 4>
    var_6 = wp::float32(var_5);
    var_7 = wp::div(var_6, var_x);
    return var_7;
}


// corpus/604_generic_funcs.py:0
static wp::float64 smoothstep_0(
    wp::float64 var_edge0,
    wp::float64 var_edge1,
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // forward
    // def smoothstep(edge0: Any, edge1: Any, x: Any):                                        <L 1>
    // t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))                <L 2>
    var_0 = wp::sub(var_x, var_edge0);
    var_1 = wp::sub(var_edge1, var_edge0);
    var_2 = wp::div(var_0, var_1);
    var_3 = 0.0;
    var_4 = 1.0;
    var_5 = wp::clamp(var_2, var_3, var_4);
    // return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                       <L 3>
    var_6 = wp::mul(var_5, var_5);
    var_7 = 3.0;
    var_8 = 2.0;
    var_9 = wp::mul(var_8, var_5);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::mul(var_6, var_10);
    return var_11;
}


// corpus/604_generic_funcs.py:0
static wp::float64 lerp_any_0(
    wp::float64 var_a,
    wp::float64 var_b,
    wp::float64 var_t)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/604_generic_funcs.py:0
static wp::float64 safe_inv_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    bool var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // forward
    // def safe_inv(x: wp.Float):                                                             <L 1>
    // if x == type(x)(0.0):                                                                  <L 2>
    var_0 = 0.0;
    var_1 = (var_x == var_0);
    if (var_1) {
        // return type(x)(0.0)                                                                <L 3>
        var_2 = 0.0;
        return var_2;
    }
    // return type(x)(1.0) / x                                                                <L 4>
    var_3 = 1.0;
    var_4 = wp::div(var_3, var_x);
    return var_4;
}


// corpus/604_generic_funcs.py:0
static wp::int32 wrap_index_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    //---------
    // forward
    // def wrap_index(i: wp.Int, n: wp.Int):                                                  <L 1>
    // r = i % n                                                                              <L 2>
    var_0 = wp::mod(var_i, var_n);
    // if r < type(i)(0):                                                                     <L 3>
    var_2 = wp::int32(var_1);
    var_3 = (var_0 < var_2);
    if (var_3) {
        // r += n                                                                             <L 4>
        var_4 = wp::add(var_0, var_n);
    }
    var_5 = wp::where(var_3, var_4, var_0);
    // return r                                                                               <L 5>
    return var_5;
}


// corpus/604_generic_funcs.py:0
static wp::int64 wrap_index_0(
    wp::int64 var_i,
    wp::int64 var_n)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    bool var_2;
    wp::int64 var_3;
    wp::int64 var_4;
    //---------
    // forward
    // def wrap_index(i: wp.Int, n: wp.Int):                                                  <L 1>
    // r = i % n                                                                              <L 2>
    var_0 = wp::mod(var_i, var_n);
    // if r < type(i)(0):                                                                     <L 3>
    var_1 = 0ll;
    var_2 = (var_0 < var_1);
    if (var_2) {
        // r += n                                                                             <L 4>
        var_3 = wp::add(var_0, var_n);
    }
    var_4 = wp::where(var_2, var_3, var_0);
    // return r                                                                               <L 5>
    return var_4;
}


// corpus/604_generic_funcs.py:0
static wp::vec_t<3, wp::float32> lerp_any_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/604_generic_funcs.py:0
static wp::vec_t<3, wp::float32> array_mean_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::int32 var_count)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def array_mean(values: wp.array(dtype=Any), count: int):                               <L 1>
    // acc = values[0]                                                                        <L 2>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for i in range(1, count):                                                              <L 3>
    var_5 = wp::range(var_4, var_count);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // acc += values[i]                                                                   <L 4>
        var_7 = wp::address(var_values, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_2, var_9);
        wp::assign(var_2, var_8);
        goto start_for_0;
    end_for_0:;
    // return acc * (1.0 / float(count))                                                      <L 5>
    var_11 = wp::float(var_count);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_2, var_12);
    return var_13;
}


// corpus/604_generic_funcs.py:0
static wp::float32 array_mean_0(
    wp::array_t<wp::float32> var_values,
    wp::int32 var_count)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def array_mean(values: wp.array(dtype=Any), count: int):                               <L 1>
    // acc = values[0]                                                                        <L 2>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for i in range(1, count):                                                              <L 3>
    var_5 = wp::range(var_4, var_count);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // acc += values[i]                                                                   <L 4>
        var_7 = wp::address(var_values, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_2, var_9);
        wp::assign(var_2, var_8);
        goto start_for_0;
    end_for_0:;
    // return acc * (1.0 / float(count))                                                      <L 5>
    var_11 = wp::float(var_count);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_2, var_12);
    return var_13;
}


// corpus/604_generic_funcs.py:0
static void adj_smoothstep_0(
    wp::float32 var_edge0,
    wp::float32 var_edge1,
    wp::float32 var_x,
    wp::float32 & adj_edge0,
    wp::float32 & adj_edge1,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def smoothstep(edge0: Any, edge1: Any, x: Any):                                        <L 1>
    // t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))                <L 2>
    var_0 = wp::sub(var_x, var_edge0);
    var_1 = wp::sub(var_edge1, var_edge0);
    var_2 = wp::div(var_0, var_1);
    var_4 = wp::float32(var_3);
    var_6 = wp::float32(var_5);
    var_7 = wp::clamp(var_2, var_4, var_6);
    // return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                       <L 3>
    var_8 = wp::mul(var_7, var_7);
    var_10 = wp::float32(var_9);
    var_12 = wp::float32(var_11);
    var_13 = wp::mul(var_12, var_7);
    var_14 = wp::sub(var_10, var_13);
    var_15 = wp::mul(var_8, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_mul(var_8, var_14, adj_8, adj_14, adj_15);
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_mul(var_12, var_7, adj_12, adj_7, adj_13);
    wp::adj_float32(var_11, adj_11, adj_12);
    wp::adj_float32(var_9, adj_9, adj_10);
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_8);
    // adj: return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                  <L 3>
    wp::adj_clamp(var_2, var_4, var_6, adj_2, adj_4, adj_6, adj_7);
    wp::adj_float32(var_5, adj_5, adj_6);
    wp::adj_float32(var_3, adj_3, adj_4);
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_sub(var_edge1, var_edge0, adj_edge1, adj_edge0, adj_1);
    wp::adj_sub(var_x, var_edge0, adj_x, adj_edge0, adj_0);
    // adj: t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))           <L 2>
    // adj: def smoothstep(edge0: Any, edge1: Any, x: Any):                                   <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_lerp_any_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 2>
    // adj: def lerp_any(a: Any, b: Any, t: Any):                                             <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_safe_inv_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def safe_inv(x: wp.Float):                                                             <L 1>
    // if x == type(x)(0.0):                                                                  <L 2>
    var_1 = wp::float32(var_0);
    var_2 = (var_x == var_1);
    if (var_2) {
        // return type(x)(0.0)                                                                <L 3>
        var_4 = wp::float32(var_3);
        goto label0;
    }
    // return type(x)(1.0) / x                                                                <L 4>
    var_6 = wp::float32(var_5);
    var_7 = wp::div(var_6, var_x);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_div(var_6, var_x, var_7, adj_6, adj_x, adj_7);
    wp::adj_float32(var_5, adj_5, adj_6);
    // adj: return type(x)(1.0) / x                                                           <L 4>
    if (var_2) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_float32(var_3, adj_3, adj_4);
        // adj: return type(x)(0.0)                                                           <L 3>
    }
    wp::adj_float32(var_0, adj_0, adj_1);
    // adj: if x == type(x)(0.0):                                                             <L 2>
    // adj: def safe_inv(x: wp.Float):                                                        <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_smoothstep_0(
    wp::float64 var_edge0,
    wp::float64 var_edge1,
    wp::float64 var_x,
    wp::float64 & adj_edge0,
    wp::float64 & adj_edge1,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    //---------
    // forward
    // def smoothstep(edge0: Any, edge1: Any, x: Any):                                        <L 1>
    // t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))                <L 2>
    var_0 = wp::sub(var_x, var_edge0);
    var_1 = wp::sub(var_edge1, var_edge0);
    var_2 = wp::div(var_0, var_1);
    var_3 = 0.0;
    var_4 = 1.0;
    var_5 = wp::clamp(var_2, var_3, var_4);
    // return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                       <L 3>
    var_6 = wp::mul(var_5, var_5);
    var_7 = 3.0;
    var_8 = 2.0;
    var_9 = wp::mul(var_8, var_5);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::mul(var_6, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_8, var_5, adj_8, adj_5, adj_9);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_6);
    // adj: return t * t * (type(x)(3.0) - type(x)(2.0) * t)                                  <L 3>
    wp::adj_clamp(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_sub(var_edge1, var_edge0, adj_edge1, adj_edge0, adj_1);
    wp::adj_sub(var_x, var_edge0, adj_x, adj_edge0, adj_0);
    // adj: t = wp.clamp((x - edge0) / (edge1 - edge0), type(x)(0.0), type(x)(1.0))           <L 2>
    // adj: def smoothstep(edge0: Any, edge1: Any, x: Any):                                   <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_lerp_any_0(
    wp::float64 var_a,
    wp::float64 var_b,
    wp::float64 var_t,
    wp::float64 & adj_a,
    wp::float64 & adj_b,
    wp::float64 & adj_t,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 2>
    // adj: def lerp_any(a: Any, b: Any, t: Any):                                             <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_safe_inv_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    bool var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    bool adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    //---------
    // forward
    // def safe_inv(x: wp.Float):                                                             <L 1>
    // if x == type(x)(0.0):                                                                  <L 2>
    var_0 = 0.0;
    var_1 = (var_x == var_0);
    if (var_1) {
        // return type(x)(0.0)                                                                <L 3>
        var_2 = 0.0;
        goto label0;
    }
    // return type(x)(1.0) / x                                                                <L 4>
    var_3 = 1.0;
    var_4 = wp::div(var_3, var_x);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    wp::adj_div(var_3, var_x, var_4, adj_3, adj_x, adj_4);
    // adj: return type(x)(1.0) / x                                                           <L 4>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return type(x)(0.0)                                                           <L 3>
    }
    // adj: if x == type(x)(0.0):                                                             <L 2>
    // adj: def safe_inv(x: wp.Float):                                                        <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_wrap_index_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    //---------
    // forward
    // def wrap_index(i: wp.Int, n: wp.Int):                                                  <L 1>
    // r = i % n                                                                              <L 2>
    var_0 = wp::mod(var_i, var_n);
    // if r < type(i)(0):                                                                     <L 3>
    var_2 = wp::int32(var_1);
    var_3 = (var_0 < var_2);
    if (var_3) {
        // r += n                                                                             <L 4>
        var_4 = wp::add(var_0, var_n);
    }
    var_5 = wp::where(var_3, var_4, var_0);
    // return r                                                                               <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    // adj: return r                                                                          <L 5>
    wp::adj_where(var_3, var_4, var_0, adj_3, adj_4, adj_0, adj_5);
    if (var_3) {
        wp::adj_add(var_0, var_n, adj_0, adj_n, adj_4);
        // adj: r += n                                                                        <L 4>
    }
    // adj: if r < type(i)(0):                                                                <L 3>
    wp::adj_mod(var_i, var_n, adj_i, adj_n, adj_0);
    // adj: r = i % n                                                                         <L 2>
    // adj: def wrap_index(i: wp.Int, n: wp.Int):                                             <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_wrap_index_0(
    wp::int64 var_i,
    wp::int64 var_n,
    wp::int64 & adj_i,
    wp::int64 & adj_n,
    wp::int64 & adj_ret)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    bool var_2;
    wp::int64 var_3;
    wp::int64 var_4;
    //---------
    // dual vars
    wp::int64 adj_0 = {};
    wp::int64 adj_1 = {};
    bool adj_2 = {};
    wp::int64 adj_3 = {};
    wp::int64 adj_4 = {};
    //---------
    // forward
    // def wrap_index(i: wp.Int, n: wp.Int):                                                  <L 1>
    // r = i % n                                                                              <L 2>
    var_0 = wp::mod(var_i, var_n);
    // if r < type(i)(0):                                                                     <L 3>
    var_1 = 0ll;
    var_2 = (var_0 < var_1);
    if (var_2) {
        // r += n                                                                             <L 4>
        var_3 = wp::add(var_0, var_n);
    }
    var_4 = wp::where(var_2, var_3, var_0);
    // return r                                                                               <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    // adj: return r                                                                          <L 5>
    wp::adj_where(var_2, var_3, var_0, adj_2, adj_3, adj_0, adj_4);
    if (var_2) {
        wp::adj_add(var_0, var_n, adj_0, adj_n, adj_3);
        // adj: r += n                                                                        <L 4>
    }
    // adj: if r < type(i)(0):                                                                <L 3>
    wp::adj_mod(var_i, var_n, adj_i, adj_n, adj_0);
    // adj: r = i % n                                                                         <L 2>
    // adj: def wrap_index(i: wp.Int, n: wp.Int):                                             <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_lerp_any_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def lerp_any(a: Any, b: Any, t: Any):                                                  <L 1>
    // return a + (b - a) * t                                                                 <L 2>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 2>
    // adj: def lerp_any(a: Any, b: Any, t: Any):                                             <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_array_mean_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::int32 var_count,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_values,
    wp::int32 & adj_count,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def array_mean(values: wp.array(dtype=Any), count: int):                               <L 1>
    // acc = values[0]                                                                        <L 2>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for i in range(1, count):                                                              <L 3>
    var_5 = wp::range(var_4, var_count);
    // return acc * (1.0 / float(count))                                                      <L 5>
    var_11 = wp::float(var_count);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_2, var_12);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_13 += adj_ret;
    wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_count, adj_count, adj_11);
    // adj: return acc * (1.0 / float(count))                                                 <L 5>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
        // acc += values[i]                                                                   <L 4>
        var_7 = wp::address(var_values, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_2, var_9);
        wp::assign(var_2, var_8);
        wp::adj_assign(var_2, var_8, adj_2, adj_8);
        wp::adj_add(var_2, var_9, adj_2, adj_7, adj_8);
        wp::adj_address(var_values, var_6, adj_values, adj_6, adj_7);
        // adj: acc += values[i]                                                              <L 4>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(1, count):                                                         <L 3>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: acc = values[0]                                                                   <L 2>
    // adj: def array_mean(values: wp.array(dtype=Any), count: int):                          <L 1>
    return;
}


// corpus/604_generic_funcs.py:0
static void adj_array_mean_0(
    wp::array_t<wp::float32> var_values,
    wp::int32 var_count,
    wp::array_t<wp::float32> & adj_values,
    wp::int32 & adj_count,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def array_mean(values: wp.array(dtype=Any), count: int):                               <L 1>
    // acc = values[0]                                                                        <L 2>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for i in range(1, count):                                                              <L 3>
    var_5 = wp::range(var_4, var_count);
    // return acc * (1.0 / float(count))                                                      <L 5>
    var_11 = wp::float(var_count);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_2, var_12);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_13 += adj_ret;
    wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_count, adj_count, adj_11);
    // adj: return acc * (1.0 / float(count))                                                 <L 5>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
        // acc += values[i]                                                                   <L 4>
        var_7 = wp::address(var_values, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_2, var_9);
        wp::assign(var_2, var_8);
        wp::adj_assign(var_2, var_8, adj_2, adj_8);
        wp::adj_add(var_2, var_9, adj_2, adj_7, adj_8);
        wp::adj_address(var_values, var_6, adj_values, adj_6, adj_7);
        // adj: acc += values[i]                                                              <L 4>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(1, count):                                                         <L 3>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: acc = values[0]                                                                   <L 2>
    // adj: def array_mean(values: wp.array(dtype=Any), count: int):                          <L 1>
    return;
}

struct wp_args_blend_fields_50da35de {
    wp::array_t<wp::float32> a32;
    wp::array_t<wp::float32> b32;
    wp::array_t<wp::float64> a64;
    wp::array_t<wp::float64> b64;
    wp::array_t<wp::float32> out32;
    wp::array_t<wp::float64> out64;
};


void blend_fields_50da35de_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_fields_50da35de *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a32 = _wp_args->a32;
    wp::array_t<wp::float32> var_b32 = _wp_args->b32;
    wp::array_t<wp::float64> var_a64 = _wp_args->a64;
    wp::array_t<wp::float64> var_b64 = _wp_args->b64;
    wp::array_t<wp::float32> var_out32 = _wp_args->out32;
    wp::array_t<wp::float64> var_out64 = _wp_args->out64;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64* var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64* var_22;
    wp::float64* var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64* var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    //---------
    // forward
    // def blend_fields(                                                                      <L 41>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // w = smoothstep(0.0, 1.0, a32[i])                                                       <L 50>
    var_3 = wp::address(var_a32, var_0);
    var_5 = wp::load(var_3);
    var_4 = smoothstep_0(var_1, var_2, var_5);
    // out32[i] = lerp_any(a32[i], b32[i], w) * safe_inv(b32[i] + 1.0)                        <L 51>
    var_6 = wp::address(var_a32, var_0);
    var_7 = wp::address(var_b32, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = lerp_any_0(var_9, var_10, var_4);
    var_11 = wp::address(var_b32, var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::add(var_14, var_12);
    var_15 = safe_inv_0(var_13);
    var_16 = wp::mul(var_8, var_15);
    wp::array_store(var_out32, var_0, var_16);
    // w64 = smoothstep(wp.float64(0.0), wp.float64(1.0), a64[i])                             <L 52>
    var_17 = 0.0;
    var_18 = 1.0;
    var_19 = wp::address(var_a64, var_0);
    var_21 = wp::load(var_19);
    var_20 = smoothstep_0(var_17, var_18, var_21);
    // out64[i] = lerp_any(a64[i], b64[i], w64) * safe_inv(b64[i] + wp.float64(1.0))          <L 53>
    var_22 = wp::address(var_a64, var_0);
    var_23 = wp::address(var_b64, var_0);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = lerp_any_0(var_25, var_26, var_20);
    var_27 = wp::address(var_b64, var_0);
    var_28 = 1.0;
    var_30 = wp::load(var_27);
    var_29 = wp::add(var_30, var_28);
    var_31 = safe_inv_0(var_29);
    var_32 = wp::mul(var_24, var_31);
    wp::array_store(var_out64, var_0, var_32);
}



void blend_fields_50da35de_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_fields_50da35de *_wp_args,
    wp_args_blend_fields_50da35de *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a32 = _wp_args->a32;
    wp::array_t<wp::float32> var_b32 = _wp_args->b32;
    wp::array_t<wp::float64> var_a64 = _wp_args->a64;
    wp::array_t<wp::float64> var_b64 = _wp_args->b64;
    wp::array_t<wp::float32> var_out32 = _wp_args->out32;
    wp::array_t<wp::float64> var_out64 = _wp_args->out64;
    wp::array_t<wp::float32> adj_a32 = _wp_adj_args->a32;
    wp::array_t<wp::float32> adj_b32 = _wp_adj_args->b32;
    wp::array_t<wp::float64> adj_a64 = _wp_adj_args->a64;
    wp::array_t<wp::float64> adj_b64 = _wp_adj_args->b64;
    wp::array_t<wp::float32> adj_out32 = _wp_adj_args->out32;
    wp::array_t<wp::float64> adj_out64 = _wp_adj_args->out64;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64* var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64* var_22;
    wp::float64* var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    wp::float64* var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_16 = {};
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
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    //---------
    // forward
    // def blend_fields(                                                                      <L 41>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // w = smoothstep(0.0, 1.0, a32[i])                                                       <L 50>
    var_3 = wp::address(var_a32, var_0);
    var_5 = wp::load(var_3);
    var_4 = smoothstep_0(var_1, var_2, var_5);
    // out32[i] = lerp_any(a32[i], b32[i], w) * safe_inv(b32[i] + 1.0)                        <L 51>
    var_6 = wp::address(var_a32, var_0);
    var_7 = wp::address(var_b32, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = lerp_any_0(var_9, var_10, var_4);
    var_11 = wp::address(var_b32, var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::add(var_14, var_12);
    var_15 = safe_inv_0(var_13);
    var_16 = wp::mul(var_8, var_15);
    // wp::array_store(var_out32, var_0, var_16);
    // w64 = smoothstep(wp.float64(0.0), wp.float64(1.0), a64[i])                             <L 52>
    var_17 = 0.0;
    var_18 = 1.0;
    var_19 = wp::address(var_a64, var_0);
    var_21 = wp::load(var_19);
    var_20 = smoothstep_0(var_17, var_18, var_21);
    // out64[i] = lerp_any(a64[i], b64[i], w64) * safe_inv(b64[i] + wp.float64(1.0))          <L 53>
    var_22 = wp::address(var_a64, var_0);
    var_23 = wp::address(var_b64, var_0);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = lerp_any_0(var_25, var_26, var_20);
    var_27 = wp::address(var_b64, var_0);
    var_28 = 1.0;
    var_30 = wp::load(var_27);
    var_29 = wp::add(var_30, var_28);
    var_31 = safe_inv_0(var_29);
    var_32 = wp::mul(var_24, var_31);
    // wp::array_store(var_out64, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_out64, var_0, var_32, adj_out64, adj_0, adj_32);
    wp::adj_mul(var_24, var_31, adj_24, adj_31, adj_32);
    adj_safe_inv_0(var_29, adj_29, adj_31);
    wp::adj_add(var_30, var_28, adj_27, adj_28, adj_29);
    wp::adj_address(var_b64, var_0, adj_b64, adj_0, adj_27);
    adj_lerp_any_0(var_25, var_26, var_20, adj_22, adj_23, adj_20, adj_24);
    wp::adj_address(var_b64, var_0, adj_b64, adj_0, adj_23);
    wp::adj_address(var_a64, var_0, adj_a64, adj_0, adj_22);
    // adj: out64[i] = lerp_any(a64[i], b64[i], w64) * safe_inv(b64[i] + wp.float64(1.0))     <L 53>
    adj_smoothstep_0(var_17, var_18, var_21, adj_17, adj_18, adj_19, adj_20);
    wp::adj_address(var_a64, var_0, adj_a64, adj_0, adj_19);
    // adj: w64 = smoothstep(wp.float64(0.0), wp.float64(1.0), a64[i])                        <L 52>
    wp::adj_array_store(var_out32, var_0, var_16, adj_out32, adj_0, adj_16);
    wp::adj_mul(var_8, var_15, adj_8, adj_15, adj_16);
    adj_safe_inv_0(var_13, adj_13, adj_15);
    wp::adj_add(var_14, var_12, adj_11, adj_12, adj_13);
    wp::adj_address(var_b32, var_0, adj_b32, adj_0, adj_11);
    adj_lerp_any_0(var_9, var_10, var_4, adj_6, adj_7, adj_4, adj_8);
    wp::adj_address(var_b32, var_0, adj_b32, adj_0, adj_7);
    wp::adj_address(var_a32, var_0, adj_a32, adj_0, adj_6);
    // adj: out32[i] = lerp_any(a32[i], b32[i], w) * safe_inv(b32[i] + 1.0)                   <L 51>
    adj_smoothstep_0(var_1, var_2, var_5, adj_1, adj_2, adj_3, adj_4);
    wp::adj_address(var_a32, var_0, adj_a32, adj_0, adj_3);
    // adj: w = smoothstep(0.0, 1.0, a32[i])                                                  <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def blend_fields(                                                                 <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void blend_fields_50da35de_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_fields_50da35de *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_fields_50da35de_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void blend_fields_50da35de_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_fields_50da35de *_wp_args,
    wp_args_blend_fields_50da35de *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_fields_50da35de_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_neighbor_means_42af4c6b {
    wp::array_t<wp::vec_t<3, wp::float32>> pos;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::int64> ids;
    wp::int32 n;
    wp::array_t<wp::vec_t<3, wp::float32>> out_pos;
    wp::array_t<wp::float32> out_w;
};


void neighbor_means_42af4c6b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_means_42af4c6b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::int64> var_ids = _wp_args->ids;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos = _wp_args->out_pos;
    wp::array_t<wp::float32> var_out_w = _wp_args->out_w;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int64* var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::int32 var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def neighbor_means(                                                                    <L 57>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // j = wrap_index(i + 1, n)                                                               <L 66>
    var_2 = wp::add(var_0, var_1);
    var_3 = wrap_index_0(var_2, var_n);
    // k = wrap_index(ids[i], wp.int64(n))                                                    <L 67>
    var_4 = wp::address(var_ids, var_0);
    var_5 = wp::int64(var_n);
    var_7 = wp::load(var_4);
    var_6 = wrap_index_0(var_7, var_5);
    // out_pos[i] = lerp_any(pos[i], pos[j], 0.5) + array_mean(pos, n) * 0.0 + pos[int(k)] * 0.0       <L 68>
    var_8 = wp::address(var_pos, var_0);
    var_9 = wp::address(var_pos, var_3);
    var_12 = wp::load(var_8);
    var_13 = wp::load(var_9);
    var_11 = lerp_any_0(var_12, var_13, var_10);
    var_14 = array_mean_0(var_pos, var_n);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::add(var_11, var_16);
    var_18 = wp::int(var_6);
    var_19 = wp::address(var_pos, var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::add(var_17, var_21);
    wp::array_store(var_out_pos, var_0, var_23);
    // out_w[i] = array_mean(weights, n)                                                      <L 69>
    var_24 = array_mean_0(var_weights, var_n);
    wp::array_store(var_out_w, var_0, var_24);
}



void neighbor_means_42af4c6b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_means_42af4c6b *_wp_args,
    wp_args_neighbor_means_42af4c6b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::int64> var_ids = _wp_args->ids;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos = _wp_args->out_pos;
    wp::array_t<wp::float32> var_out_w = _wp_args->out_w;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::int64> adj_ids = _wp_adj_args->ids;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_pos = _wp_adj_args->out_pos;
    wp::array_t<wp::float32> adj_out_w = _wp_adj_args->out_w;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int64* var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::int32 var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int64 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def neighbor_means(                                                                    <L 57>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // j = wrap_index(i + 1, n)                                                               <L 66>
    var_2 = wp::add(var_0, var_1);
    var_3 = wrap_index_0(var_2, var_n);
    // k = wrap_index(ids[i], wp.int64(n))                                                    <L 67>
    var_4 = wp::address(var_ids, var_0);
    var_5 = wp::int64(var_n);
    var_7 = wp::load(var_4);
    var_6 = wrap_index_0(var_7, var_5);
    // out_pos[i] = lerp_any(pos[i], pos[j], 0.5) + array_mean(pos, n) * 0.0 + pos[int(k)] * 0.0       <L 68>
    var_8 = wp::address(var_pos, var_0);
    var_9 = wp::address(var_pos, var_3);
    var_12 = wp::load(var_8);
    var_13 = wp::load(var_9);
    var_11 = lerp_any_0(var_12, var_13, var_10);
    var_14 = array_mean_0(var_pos, var_n);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::add(var_11, var_16);
    var_18 = wp::int(var_6);
    var_19 = wp::address(var_pos, var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::add(var_17, var_21);
    // wp::array_store(var_out_pos, var_0, var_23);
    // out_w[i] = array_mean(weights, n)                                                      <L 69>
    var_24 = array_mean_0(var_weights, var_n);
    // wp::array_store(var_out_w, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_out_w, var_0, var_24, adj_out_w, adj_0, adj_24);
    adj_array_mean_0(var_weights, var_n, adj_weights, adj_n, adj_24);
    // adj: out_w[i] = array_mean(weights, n)                                                 <L 69>
    wp::adj_array_store(var_out_pos, var_0, var_23, adj_out_pos, adj_0, adj_23);
    wp::adj_add(var_17, var_21, adj_17, adj_21, adj_23);
    wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
    wp::adj_address(var_pos, var_18, adj_pos, adj_18, adj_19);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    adj_array_mean_0(var_pos, var_n, adj_pos, adj_n, adj_14);
    adj_lerp_any_0(var_12, var_13, var_10, adj_8, adj_9, adj_10, adj_11);
    wp::adj_address(var_pos, var_3, adj_pos, adj_3, adj_9);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_8);
    // adj: out_pos[i] = lerp_any(pos[i], pos[j], 0.5) + array_mean(pos, n) * 0.0 + pos[int(k)] * 0.0  <L 68>
    adj_wrap_index_0(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_4);
    // adj: k = wrap_index(ids[i], wp.int64(n))                                               <L 67>
    adj_wrap_index_0(var_2, var_n, adj_2, adj_n, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: j = wrap_index(i + 1, n)                                                          <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def neighbor_means(                                                               <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void neighbor_means_42af4c6b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_means_42af4c6b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_means_42af4c6b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void neighbor_means_42af4c6b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_means_42af4c6b *_wp_args,
    wp_args_neighbor_means_42af4c6b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_means_42af4c6b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

