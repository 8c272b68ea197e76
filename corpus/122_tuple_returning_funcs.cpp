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


// corpus/122_tuple_returning_funcs.py:4
static void min_max3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def min_max3(a: float, b: float, c: float):                                            <L 5>
    // lo = wp.min(a, wp.min(b, c))                                                           <L 6>
    var_0 = wp::min(var_b, var_c);
    var_1 = wp::min(var_a, var_0);
    // hi = wp.max(a, wp.max(b, c))                                                           <L 7>
    var_2 = wp::max(var_b, var_c);
    var_3 = wp::max(var_a, var_2);
    // return lo, hi                                                                          <L 8>
    ret_0 = var_1;
    ret_1 = var_3;
    return;
}


// corpus/122_tuple_returning_funcs.py:47
static void sort3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def sort3(a: float, b: float, c: float):                                               <L 48>
    // x = a                                                                                  <L 49>
    var_0 = wp::copy(var_a);
    // y = b                                                                                  <L 50>
    var_1 = wp::copy(var_b);
    // z = c                                                                                  <L 51>
    var_2 = wp::copy(var_c);
    // if x > y:                                                                              <L 52>
    var_3 = (var_0 > var_1);
    if (var_3) {
        // t = x                                                                              <L 53>
        var_4 = wp::copy(var_0);
        // x = y                                                                              <L 54>
        var_5 = wp::copy(var_1);
        // y = t                                                                              <L 55>
        var_6 = wp::copy(var_4);
    }
    var_7 = wp::where(var_3, var_5, var_0);
    var_8 = wp::where(var_3, var_6, var_1);
    // if y > z:                                                                              <L 56>
    var_9 = (var_8 > var_2);
    if (var_9) {
        // t = y                                                                              <L 57>
        var_10 = wp::copy(var_8);
        // y = z                                                                              <L 58>
        var_11 = wp::copy(var_2);
        // z = t                                                                              <L 59>
        var_12 = wp::copy(var_10);
    }
    var_13 = wp::where(var_9, var_11, var_8);
    var_14 = wp::where(var_9, var_12, var_2);
    var_15 = wp::where(var_9, var_10, var_4);
    // if x > y:                                                                              <L 60>
    var_16 = (var_7 > var_13);
    if (var_16) {
        // t = x                                                                              <L 61>
        var_17 = wp::copy(var_7);
        // x = y                                                                              <L 62>
        var_18 = wp::copy(var_13);
        // y = t                                                                              <L 63>
        var_19 = wp::copy(var_17);
    }
    var_20 = wp::where(var_16, var_18, var_7);
    var_21 = wp::where(var_16, var_19, var_13);
    var_22 = wp::where(var_16, var_17, var_15);
    // return x, y, z                                                                         <L 64>
    ret_0 = var_20;
    ret_1 = var_21;
    ret_2 = var_14;
    return;
}


// corpus/122_tuple_returning_funcs.py:11
static void divmod_int_0(
    wp::int32 var_a,
    wp::int32 var_b,
    wp::int32 & ret_0,
    wp::int32 & ret_1)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    //---------
    // forward
    // def divmod_int(a: int, b: int):                                                        <L 12>
    // q = a // b                                                                             <L 13>
    var_0 = wp::floordiv(var_a, var_b);
    // r = a - q * b                                                                          <L 14>
    var_1 = wp::mul(var_0, var_b);
    var_2 = wp::sub(var_a, var_1);
    // if r < 0:                                                                              <L 15>
    var_4 = (var_2 < var_3);
    if (var_4) {
        // r += b                                                                             <L 16>
        var_5 = wp::add(var_2, var_b);
        // q -= 1                                                                             <L 17>
        var_7 = wp::sub(var_0, var_6);
    }
    var_8 = wp::where(var_4, var_7, var_0);
    var_9 = wp::where(var_4, var_5, var_2);
    // return q, r                                                                            <L 18>
    ret_0 = var_8;
    ret_1 = var_9;
    return;
}


// corpus/122_tuple_returning_funcs.py:21
static void polar_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def polar(v: wp.vec2):                                                                 <L 22>
    // r = wp.length(v)                                                                       <L 23>
    var_0 = wp::length(var_v);
    // theta = wp.atan2(v[1], v[0])                                                           <L 24>
    var_2 = wp::extract(var_v, var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::atan2(var_2, var_4);
    // return r, theta                                                                        <L 25>
    ret_0 = var_0;
    ret_1 = var_5;
    return;
}


// corpus/122_tuple_returning_funcs.py:28
static void bounds_of_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::int32 var_start,
    wp::int32 var_count,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+30;
    const wp::float32 var_1 = 1e+30;
    const wp::float32 var_2 = 1e+30;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = -1e+30;
    const wp::float32 var_5 = -1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def bounds_of(points: wp.array(dtype=wp.vec3), start: int, count: int):                <L 29>
    // lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                                   <L 30>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                                <L 31>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // for i in range(start, start + count):                                                  <L 32>
    var_8 = wp::add(var_start, var_count);
    var_9 = wp::range(var_start, var_8);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // p = points[i]                                                                      <L 33>
        var_11 = wp::address(var_points, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lo = wp.min(lo, p)                                                                 <L 34>
        var_14 = wp::min(var_3, var_12);
        // hi = wp.max(hi, p)                                                                 <L 35>
        var_15 = wp::max(var_7, var_12);
        wp::assign(var_3, var_14);
        wp::assign(var_7, var_15);
        goto start_for_0;
    end_for_0:;
    // return lo, hi                                                                          <L 36>
    ret_0 = var_3;
    ret_1 = var_7;
    return;
}


// corpus/122_tuple_returning_funcs.py:39
static void find_first_negative_0(
    wp::array_t<wp::float32> var_values,
    wp::int32 var_n,
    wp::int32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::range_t var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = -1;
    const wp::float32 var_10 = 0.0;
    //---------
    // forward
    // def find_first_negative(values: wp.array(dtype=float), n: int):                        <L 40>
    // for i in range(n):                                                                     <L 41>
    var_0 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_0) == 0) goto end_for_0;
        var_1 = wp::iter_next(var_0);
        // if values[i] < 0.0:                                                                <L 42>
        var_2 = wp::address(var_values, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 < var_3);
        if (var_4) {
            // return i, values[i]                                                            <L 43>
            var_6 = wp::address(var_values, var_1);
            var_8 = wp::load(var_6);
            var_7 = wp::copy(var_8);
            ret_0 = var_1;
            ret_1 = var_7;
            return;
        }
        goto start_for_0;
    end_for_0:;
    // return -1, 0.0                                                                         <L 44>
    ret_0 = var_9;
    ret_1 = var_10;
    return;
}


// corpus/122_tuple_returning_funcs.py:4
static void adj_min_max3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_c,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def min_max3(a: float, b: float, c: float):                                            <L 5>
    // lo = wp.min(a, wp.min(b, c))                                                           <L 6>
    var_0 = wp::min(var_b, var_c);
    var_1 = wp::min(var_a, var_0);
    // hi = wp.max(a, wp.max(b, c))                                                           <L 7>
    var_2 = wp::max(var_b, var_c);
    var_3 = wp::max(var_a, var_2);
    // return lo, hi                                                                          <L 8>
    ret_0 = var_1;
    ret_1 = var_3;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret_1;
    adj_1 += adj_ret_0;
    // adj: return lo, hi                                                                     <L 8>
    wp::adj_max(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_max(var_b, var_c, adj_b, adj_c, adj_2);
    // adj: hi = wp.max(a, wp.max(b, c))                                                      <L 7>
    wp::adj_min(var_a, var_0, adj_a, adj_0, adj_1);
    wp::adj_min(var_b, var_c, adj_b, adj_c, adj_0);
    // adj: lo = wp.min(a, wp.min(b, c))                                                      <L 6>
    // adj: def min_max3(a: float, b: float, c: float):                                       <L 5>
    return;
}


// corpus/122_tuple_returning_funcs.py:47
static void adj_sort3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_c,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def sort3(a: float, b: float, c: float):                                               <L 48>
    // x = a                                                                                  <L 49>
    var_0 = wp::copy(var_a);
    // y = b                                                                                  <L 50>
    var_1 = wp::copy(var_b);
    // z = c                                                                                  <L 51>
    var_2 = wp::copy(var_c);
    // if x > y:                                                                              <L 52>
    var_3 = (var_0 > var_1);
    if (var_3) {
        // t = x                                                                              <L 53>
        var_4 = wp::copy(var_0);
        // x = y                                                                              <L 54>
        var_5 = wp::copy(var_1);
        // y = t                                                                              <L 55>
        var_6 = wp::copy(var_4);
    }
    var_7 = wp::where(var_3, var_5, var_0);
    var_8 = wp::where(var_3, var_6, var_1);
    // if y > z:                                                                              <L 56>
    var_9 = (var_8 > var_2);
    if (var_9) {
        // t = y                                                                              <L 57>
        var_10 = wp::copy(var_8);
        // y = z                                                                              <L 58>
        var_11 = wp::copy(var_2);
        // z = t                                                                              <L 59>
        var_12 = wp::copy(var_10);
    }
    var_13 = wp::where(var_9, var_11, var_8);
    var_14 = wp::where(var_9, var_12, var_2);
    var_15 = wp::where(var_9, var_10, var_4);
    // if x > y:                                                                              <L 60>
    var_16 = (var_7 > var_13);
    if (var_16) {
        // t = x                                                                              <L 61>
        var_17 = wp::copy(var_7);
        // x = y                                                                              <L 62>
        var_18 = wp::copy(var_13);
        // y = t                                                                              <L 63>
        var_19 = wp::copy(var_17);
    }
    var_20 = wp::where(var_16, var_18, var_7);
    var_21 = wp::where(var_16, var_19, var_13);
    var_22 = wp::where(var_16, var_17, var_15);
    // return x, y, z                                                                         <L 64>
    ret_0 = var_20;
    ret_1 = var_21;
    ret_2 = var_14;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret_2;
    adj_21 += adj_ret_1;
    adj_20 += adj_ret_0;
    // adj: return x, y, z                                                                    <L 64>
    wp::adj_where(var_16, var_17, var_15, adj_16, adj_17, adj_15, adj_22);
    wp::adj_where(var_16, var_19, var_13, adj_16, adj_19, adj_13, adj_21);
    wp::adj_where(var_16, var_18, var_7, adj_16, adj_18, adj_7, adj_20);
    if (var_16) {
        wp::adj_copy(var_17, adj_17, adj_19);
        // adj: y = t                                                                         <L 63>
        wp::adj_copy(var_13, adj_13, adj_18);
        // adj: x = y                                                                         <L 62>
        wp::adj_copy(var_7, adj_7, adj_17);
        // adj: t = x                                                                         <L 61>
    }
    // adj: if x > y:                                                                         <L 60>
    wp::adj_where(var_9, var_10, var_4, adj_9, adj_10, adj_4, adj_15);
    wp::adj_where(var_9, var_12, var_2, adj_9, adj_12, adj_2, adj_14);
    wp::adj_where(var_9, var_11, var_8, adj_9, adj_11, adj_8, adj_13);
    if (var_9) {
        wp::adj_copy(var_10, adj_10, adj_12);
        // adj: z = t                                                                         <L 59>
        wp::adj_copy(var_2, adj_2, adj_11);
        // adj: y = z                                                                         <L 58>
        wp::adj_copy(var_8, adj_8, adj_10);
        // adj: t = y                                                                         <L 57>
    }
    // adj: if y > z:                                                                         <L 56>
    wp::adj_where(var_3, var_6, var_1, adj_3, adj_6, adj_1, adj_8);
    wp::adj_where(var_3, var_5, var_0, adj_3, adj_5, adj_0, adj_7);
    if (var_3) {
        wp::adj_copy(var_4, adj_4, adj_6);
        // adj: y = t                                                                         <L 55>
        wp::adj_copy(var_1, adj_1, adj_5);
        // adj: x = y                                                                         <L 54>
        wp::adj_copy(var_0, adj_0, adj_4);
        // adj: t = x                                                                         <L 53>
    }
    // adj: if x > y:                                                                         <L 52>
    wp::adj_copy(var_c, adj_c, adj_2);
    // adj: z = c                                                                             <L 51>
    wp::adj_copy(var_b, adj_b, adj_1);
    // adj: y = b                                                                             <L 50>
    wp::adj_copy(var_a, adj_a, adj_0);
    // adj: x = a                                                                             <L 49>
    // adj: def sort3(a: float, b: float, c: float):                                          <L 48>
    return;
}


// corpus/122_tuple_returning_funcs.py:11
static void adj_divmod_int_0(
    wp::int32 var_a,
    wp::int32 var_b,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    //---------
    // forward
    // def divmod_int(a: int, b: int):                                                        <L 12>
    // q = a // b                                                                             <L 13>
    var_0 = wp::floordiv(var_a, var_b);
    // r = a - q * b                                                                          <L 14>
    var_1 = wp::mul(var_0, var_b);
    var_2 = wp::sub(var_a, var_1);
    // if r < 0:                                                                              <L 15>
    var_4 = (var_2 < var_3);
    if (var_4) {
        // r += b                                                                             <L 16>
        var_5 = wp::add(var_2, var_b);
        // q -= 1                                                                             <L 17>
        var_7 = wp::sub(var_0, var_6);
    }
    var_8 = wp::where(var_4, var_7, var_0);
    var_9 = wp::where(var_4, var_5, var_2);
    // return q, r                                                                            <L 18>
    ret_0 = var_8;
    ret_1 = var_9;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret_1;
    adj_8 += adj_ret_0;
    // adj: return q, r                                                                       <L 18>
    wp::adj_where(var_4, var_5, var_2, adj_4, adj_5, adj_2, adj_9);
    wp::adj_where(var_4, var_7, var_0, adj_4, adj_7, adj_0, adj_8);
    if (var_4) {
        wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
        // adj: q -= 1                                                                        <L 17>
        wp::adj_add(var_2, var_b, adj_2, adj_b, adj_5);
        // adj: r += b                                                                        <L 16>
    }
    // adj: if r < 0:                                                                         <L 15>
    wp::adj_sub(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_b, adj_0, adj_b, adj_1);
    // adj: r = a - q * b                                                                     <L 14>
    // adj: q = a // b                                                                        <L 13>
    // adj: def divmod_int(a: int, b: int):                                                   <L 12>
    return;
}


// corpus/122_tuple_returning_funcs.py:21
static void adj_polar_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def polar(v: wp.vec2):                                                                 <L 22>
    // r = wp.length(v)                                                                       <L 23>
    var_0 = wp::length(var_v);
    // theta = wp.atan2(v[1], v[0])                                                           <L 24>
    var_2 = wp::extract(var_v, var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::atan2(var_2, var_4);
    // return r, theta                                                                        <L 25>
    ret_0 = var_0;
    ret_1 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return r, theta                                                                   <L 25>
    wp::adj_atan2(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_extract(var_v, var_1, adj_v, adj_1, adj_2);
    // adj: theta = wp.atan2(v[1], v[0])                                                      <L 24>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: r = wp.length(v)                                                                  <L 23>
    // adj: def polar(v: wp.vec2):                                                            <L 22>
    return;
}


// corpus/122_tuple_returning_funcs.py:28
static void adj_bounds_of_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::int32 var_start,
    wp::int32 var_count,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_points,
    wp::int32 & adj_start,
    wp::int32 & adj_count,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+30;
    const wp::float32 var_1 = 1e+30;
    const wp::float32 var_2 = 1e+30;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = -1e+30;
    const wp::float32 var_5 = -1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def bounds_of(points: wp.array(dtype=wp.vec3), start: int, count: int):                <L 29>
    // lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                                   <L 30>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                                <L 31>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // for i in range(start, start + count):                                                  <L 32>
    var_8 = wp::add(var_start, var_count);
    var_9 = wp::range(var_start, var_8);
    // return lo, hi                                                                          <L 36>
    ret_0 = var_3;
    ret_1 = var_7;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_7 += adj_ret_1;
    adj_3 += adj_ret_0;
    // adj: return lo, hi                                                                     <L 36>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // p = points[i]                                                                      <L 33>
        var_11 = wp::address(var_points, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lo = wp.min(lo, p)                                                                 <L 34>
        var_14 = wp::min(var_3, var_12);
        // hi = wp.max(hi, p)                                                                 <L 35>
        var_15 = wp::max(var_7, var_12);
        wp::assign(var_3, var_14);
        wp::assign(var_7, var_15);
        wp::adj_assign(var_7, var_15, adj_7, adj_15);
        wp::adj_assign(var_3, var_14, adj_3, adj_14);
        wp::adj_max(var_7, var_12, adj_7, adj_12, adj_15);
        // adj: hi = wp.max(hi, p)                                                            <L 35>
        wp::adj_min(var_3, var_12, adj_3, adj_12, adj_14);
        // adj: lo = wp.min(lo, p)                                                            <L 34>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_points, var_10, adj_points, adj_10, adj_11);
        // adj: p = points[i]                                                                 <L 33>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_start, var_count, adj_start, adj_count, adj_8);
    // adj: for i in range(start, start + count):                                             <L 32>
    wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    // adj: hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                           <L 31>
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                              <L 30>
    // adj: def bounds_of(points: wp.array(dtype=wp.vec3), start: int, count: int):           <L 29>
    return;
}


// corpus/122_tuple_returning_funcs.py:39
static void adj_find_first_negative_0(
    wp::array_t<wp::float32> var_values,
    wp::int32 var_n,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::array_t<wp::float32> & adj_values,
    wp::int32 & adj_n,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::range_t var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = -1;
    const wp::float32 var_10 = 0.0;
    //---------
    // dual vars
    wp::range_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def find_first_negative(values: wp.array(dtype=float), n: int):                        <L 40>
    // for i in range(n):                                                                     <L 41>
    var_0 = wp::range(var_n);
    // return -1, 0.0                                                                         <L 44>
    ret_0 = var_9;
    ret_1 = var_10;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_10 += adj_ret_1;
    adj_9 += adj_ret_0;
    // adj: return -1, 0.0                                                                    <L 44>
    var_0 = wp::iter_reverse(var_0);
    start_for_0:;
        if (iter_cmp(var_0) == 0) goto end_for_0;
        var_1 = wp::iter_next(var_0);
    	adj_2 = {};
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
        // if values[i] < 0.0:                                                                <L 42>
        var_2 = wp::address(var_values, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 < var_3);
        if (var_4) {
            // return i, values[i]                                                            <L 43>
            var_6 = wp::address(var_values, var_1);
            var_8 = wp::load(var_6);
            var_7 = wp::copy(var_8);
            ret_0 = var_1;
            ret_1 = var_7;
            goto label2;
        }
        if (var_4) {
            label2:;
            adj_7 += adj_ret_1;
            adj_1 += adj_ret_0;
            wp::adj_copy(var_8, adj_6, adj_7);
            wp::adj_address(var_values, var_1, adj_values, adj_1, adj_6);
            // adj: return i, values[i]                                                       <L 43>
        }
        wp::adj_address(var_values, var_1, adj_values, adj_1, adj_2);
        // adj: if values[i] < 0.0:                                                           <L 42>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 41>
    // adj: def find_first_negative(values: wp.array(dtype=float), n: int):                   <L 40>
    return;
}

struct wp_args_analyze_triples_71e6f257 {
    wp::array_t<wp::vec_t<3, wp::float32>> data;
    wp::array_t<wp::vec_t<3, wp::float32>> sorted_out;
    wp::array_t<wp::float32> spread;
};


void analyze_triples_71e6f257_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_analyze_triples_71e6f257 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sorted_out = _wp_args->sorted_out;
    wp::array_t<wp::float32> var_spread = _wp_args->spread;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
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
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def analyze_triples(                                                                   <L 68>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // v = data[i]                                                                            <L 74>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo, hi = min_max3(v[0], v[1], v[2])                                                    <L 75>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    min_max3_0(var_5, var_7, var_9, var_10, var_11);
    // spread[i] = hi - lo                                                                    <L 76>
    var_12 = wp::sub(var_11, var_10);
    wp::array_store(var_spread, var_0, var_12);
    // a, b, c = sort3(v[0], v[1], v[2])                                                      <L 77>
    var_14 = wp::extract(var_2, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_18 = wp::extract(var_2, var_17);
    sort3_0(var_14, var_16, var_18, var_19, var_20, var_21);
    // sorted_out[i] = wp.vec3(a, b, c)                                                       <L 78>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    wp::array_store(var_sorted_out, var_0, var_22);
}



void analyze_triples_71e6f257_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_analyze_triples_71e6f257 *_wp_args,
    wp_args_analyze_triples_71e6f257 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sorted_out = _wp_args->sorted_out;
    wp::array_t<wp::float32> var_spread = _wp_args->spread;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data = _wp_adj_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sorted_out = _wp_adj_args->sorted_out;
    wp::array_t<wp::float32> adj_spread = _wp_adj_args->spread;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
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
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
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
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def analyze_triples(                                                                   <L 68>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // v = data[i]                                                                            <L 74>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo, hi = min_max3(v[0], v[1], v[2])                                                    <L 75>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    min_max3_0(var_5, var_7, var_9, var_10, var_11);
    // spread[i] = hi - lo                                                                    <L 76>
    var_12 = wp::sub(var_11, var_10);
    // wp::array_store(var_spread, var_0, var_12);
    // a, b, c = sort3(v[0], v[1], v[2])                                                      <L 77>
    var_14 = wp::extract(var_2, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_18 = wp::extract(var_2, var_17);
    sort3_0(var_14, var_16, var_18, var_19, var_20, var_21);
    // sorted_out[i] = wp.vec3(a, b, c)                                                       <L 78>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    // wp::array_store(var_sorted_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_sorted_out, var_0, var_22, adj_sorted_out, adj_0, adj_22);
    wp::adj_vec_t(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    // adj: sorted_out[i] = wp.vec3(a, b, c)                                                  <L 78>
    adj_sort3_0(var_14, var_16, var_18, var_19, var_20, var_21, adj_14, adj_16, adj_18, adj_19, adj_20, adj_21);
    wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    // adj: a, b, c = sort3(v[0], v[1], v[2])                                                 <L 77>
    wp::adj_array_store(var_spread, var_0, var_12, adj_spread, adj_0, adj_12);
    wp::adj_sub(var_11, var_10, adj_11, adj_10, adj_12);
    // adj: spread[i] = hi - lo                                                               <L 76>
    adj_min_max3_0(var_5, var_7, var_9, var_10, var_11, adj_5, adj_7, adj_9, adj_10, adj_11);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: lo, hi = min_max3(v[0], v[1], v[2])                                               <L 75>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: v = data[i]                                                                       <L 74>
    // adj: i = wp.tid()                                                                      <L 73>
    // adj: def analyze_triples(                                                              <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void analyze_triples_71e6f257_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_analyze_triples_71e6f257 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        analyze_triples_71e6f257_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void analyze_triples_71e6f257_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_analyze_triples_71e6f257 *_wp_args,
    wp_args_analyze_triples_71e6f257 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        analyze_triples_71e6f257_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_tile_coords_3535afb5 {
    wp::array_t<wp::int32> flat;
    wp::int32 width;
    wp::array_t<wp::vec_t<2, wp::int32>> out;
};


void tile_coords_3535afb5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_coords_3535afb5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flat = _wp_args->flat;
    wp::int32 var_width = _wp_args->width;
    wp::array_t<wp::vec_t<2, wp::int32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<2, wp::int32> var_5;
    //---------
    // forward
    // def tile_coords(flat: wp.array(dtype=int), width: int, out: wp.array(dtype=wp.vec2i)):       <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // row, col = divmod_int(flat[i], width)                                                  <L 84>
    var_1 = wp::address(var_flat, var_0);
    var_4 = wp::load(var_1);
    divmod_int_0(var_4, var_width, var_2, var_3);
    // out[i] = wp.vec2i(col, row)                                                            <L 85>
    var_5 = wp::vec_t<2, wp::int32>(var_3, var_2);
    wp::array_store(var_out, var_0, var_5);
}



void tile_coords_3535afb5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_coords_3535afb5 *_wp_args,
    wp_args_tile_coords_3535afb5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flat = _wp_args->flat;
    wp::int32 var_width = _wp_args->width;
    wp::array_t<wp::vec_t<2, wp::int32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_flat = _wp_adj_args->flat;
    wp::int32 adj_width = _wp_adj_args->width;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<2, wp::int32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::int32> adj_5 = {};
    //---------
    // forward
    // def tile_coords(flat: wp.array(dtype=int), width: int, out: wp.array(dtype=wp.vec2i)):       <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // row, col = divmod_int(flat[i], width)                                                  <L 84>
    var_1 = wp::address(var_flat, var_0);
    var_4 = wp::load(var_1);
    divmod_int_0(var_4, var_width, var_2, var_3);
    // out[i] = wp.vec2i(col, row)                                                            <L 85>
    var_5 = wp::vec_t<2, wp::int32>(var_3, var_2);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_vec_t(var_3, var_2, adj_3, adj_2, adj_5);
    // adj: out[i] = wp.vec2i(col, row)                                                       <L 85>
    adj_divmod_int_0(var_4, var_width, var_2, var_3, adj_1, adj_width, adj_2, adj_3);
    wp::adj_address(var_flat, var_0, adj_flat, adj_0, adj_1);
    // adj: row, col = divmod_int(flat[i], width)                                             <L 84>
    // adj: i = wp.tid()                                                                      <L 83>
    // adj: def tile_coords(flat: wp.array(dtype=int), width: int, out: wp.array(dtype=wp.vec2i)):  <L 82>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void tile_coords_3535afb5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_coords_3535afb5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tile_coords_3535afb5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void tile_coords_3535afb5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_coords_3535afb5 *_wp_args,
    wp_args_tile_coords_3535afb5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tile_coords_3535afb5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_to_polar_925a81c5 {
    wp::array_t<wp::vec_t<2, wp::float32>> pts;
    wp::array_t<wp::float32> radius;
    wp::array_t<wp::float32> angle;
};


void to_polar_925a81c5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_polar_925a81c5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_angle = _wp_args->angle;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def to_polar(pts: wp.array(dtype=wp.vec2), radius: wp.array(dtype=float), angle: wp.array(dtype=float)):       <L 89>
    // i = wp.tid()                                                                           <L 90>
    var_0 = builtin_tid1d();
    // r, t = polar(pts[i])                                                                   <L 91>
    var_1 = wp::address(var_pts, var_0);
    var_4 = wp::load(var_1);
    polar_0(var_4, var_2, var_3);
    // radius[i] = r                                                                          <L 92>
    wp::array_store(var_radius, var_0, var_2);
    // angle[i] = wp.degrees(t)                                                               <L 93>
    var_5 = wp::degrees(var_3);
    wp::array_store(var_angle, var_0, var_5);
}



void to_polar_925a81c5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_polar_925a81c5 *_wp_args,
    wp_args_to_polar_925a81c5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_angle = _wp_args->angle;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pts = _wp_adj_args->pts;
    wp::array_t<wp::float32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_angle = _wp_adj_args->angle;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def to_polar(pts: wp.array(dtype=wp.vec2), radius: wp.array(dtype=float), angle: wp.array(dtype=float)):       <L 89>
    // i = wp.tid()                                                                           <L 90>
    var_0 = builtin_tid1d();
    // r, t = polar(pts[i])                                                                   <L 91>
    var_1 = wp::address(var_pts, var_0);
    var_4 = wp::load(var_1);
    polar_0(var_4, var_2, var_3);
    // radius[i] = r                                                                          <L 92>
    // wp::array_store(var_radius, var_0, var_2);
    // angle[i] = wp.degrees(t)                                                               <L 93>
    var_5 = wp::degrees(var_3);
    // wp::array_store(var_angle, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_angle, var_0, var_5, adj_angle, adj_0, adj_5);
    wp::adj_degrees(var_3, adj_3, adj_5);
    // adj: angle[i] = wp.degrees(t)                                                          <L 93>
    wp::adj_array_store(var_radius, var_0, var_2, adj_radius, adj_0, adj_2);
    // adj: radius[i] = r                                                                     <L 92>
    adj_polar_0(var_4, var_2, var_3, adj_1, adj_2, adj_3);
    wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
    // adj: r, t = polar(pts[i])                                                              <L 91>
    // adj: i = wp.tid()                                                                      <L 90>
    // adj: def to_polar(pts: wp.array(dtype=wp.vec2), radius: wp.array(dtype=float), angle: wp.array(dtype=float)):  <L 89>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void to_polar_925a81c5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_polar_925a81c5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_polar_925a81c5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void to_polar_925a81c5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_polar_925a81c5 *_wp_args,
    wp_args_to_polar_925a81c5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_polar_925a81c5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_chunk_bounds_d3f35e36 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::int32 chunk;
    wp::array_t<wp::vec_t<3, wp::float32>> lower;
    wp::array_t<wp::vec_t<3, wp::float32>> upper;
    wp::array_t<wp::int32> first_neg;
    wp::array_t<wp::float32> vals;
};


void chunk_bounds_d3f35e36_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chunk_bounds_d3f35e36 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::int32 var_chunk = _wp_args->chunk;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lower = _wp_args->lower;
    wp::array_t<wp::vec_t<3, wp::float32>> var_upper = _wp_args->upper;
    wp::array_t<wp::int32> var_first_neg = _wp_args->first_neg;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    //---------
    // forward
    // def chunk_bounds(                                                                      <L 97>
    // c = wp.tid()                                                                           <L 105>
    var_0 = builtin_tid1d();
    // lo, hi = bounds_of(points, c * chunk, chunk)                                           <L 106>
    var_1 = wp::mul(var_0, var_chunk);
    bounds_of_0(var_points, var_1, var_chunk, var_2, var_3);
    // lower[c] = lo                                                                          <L 107>
    wp::array_store(var_lower, var_0, var_2);
    // upper[c] = hi                                                                          <L 108>
    wp::array_store(var_upper, var_0, var_3);
    // idx, val = find_first_negative(vals, vals.shape[0])                                    <L 109>
    var_4 = &(var_vals.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    find_first_negative_0(var_vals, var_6, var_8, var_9);
    // if c == 0:                                                                             <L 110>
    var_11 = (var_0 == var_10);
    if (var_11) {
        // first_neg[0] = idx                                                                 <L 111>
        wp::array_store(var_first_neg, var_12, var_8);
        // vals[0] = val                                                                      <L 112>
        wp::array_store(var_vals, var_13, var_9);
    }
}



void chunk_bounds_d3f35e36_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chunk_bounds_d3f35e36 *_wp_args,
    wp_args_chunk_bounds_d3f35e36 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::int32 var_chunk = _wp_args->chunk;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lower = _wp_args->lower;
    wp::array_t<wp::vec_t<3, wp::float32>> var_upper = _wp_args->upper;
    wp::array_t<wp::int32> var_first_neg = _wp_args->first_neg;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::int32 adj_chunk = _wp_adj_args->chunk;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lower = _wp_adj_args->lower;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_upper = _wp_adj_args->upper;
    wp::array_t<wp::int32> adj_first_neg = _wp_adj_args->first_neg;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def chunk_bounds(                                                                      <L 97>
    // c = wp.tid()                                                                           <L 105>
    var_0 = builtin_tid1d();
    // lo, hi = bounds_of(points, c * chunk, chunk)                                           <L 106>
    var_1 = wp::mul(var_0, var_chunk);
    bounds_of_0(var_points, var_1, var_chunk, var_2, var_3);
    // lower[c] = lo                                                                          <L 107>
    // wp::array_store(var_lower, var_0, var_2);
    // upper[c] = hi                                                                          <L 108>
    // wp::array_store(var_upper, var_0, var_3);
    // idx, val = find_first_negative(vals, vals.shape[0])                                    <L 109>
    var_4 = &(var_vals.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    find_first_negative_0(var_vals, var_6, var_8, var_9);
    // if c == 0:                                                                             <L 110>
    var_11 = (var_0 == var_10);
    if (var_11) {
        // first_neg[0] = idx                                                                 <L 111>
        // wp::array_store(var_first_neg, var_12, var_8);
        // vals[0] = val                                                                      <L 112>
        // wp::array_store(var_vals, var_13, var_9);
    }
    //---------
    // reverse
    if (var_11) {
        wp::adj_array_store(var_vals, var_13, var_9, adj_vals, adj_13, adj_9);
        // adj: vals[0] = val                                                                 <L 112>
        wp::adj_array_store(var_first_neg, var_12, var_8, adj_first_neg, adj_12, adj_8);
        // adj: first_neg[0] = idx                                                            <L 111>
    }
    // adj: if c == 0:                                                                        <L 110>
    adj_find_first_negative_0(var_vals, var_6, var_8, var_9, adj_vals, adj_6, adj_8, adj_9);
    adj_vals.shape = adj_4;
    // adj: idx, val = find_first_negative(vals, vals.shape[0])                               <L 109>
    wp::adj_array_store(var_upper, var_0, var_3, adj_upper, adj_0, adj_3);
    // adj: upper[c] = hi                                                                     <L 108>
    wp::adj_array_store(var_lower, var_0, var_2, adj_lower, adj_0, adj_2);
    // adj: lower[c] = lo                                                                     <L 107>
    adj_bounds_of_0(var_points, var_1, var_chunk, var_2, var_3, adj_points, adj_1, adj_chunk, adj_2, adj_3);
    wp::adj_mul(var_0, var_chunk, adj_0, adj_chunk, adj_1);
    // adj: lo, hi = bounds_of(points, c * chunk, chunk)                                      <L 106>
    // adj: c = wp.tid()                                                                      <L 105>
    // adj: def chunk_bounds(                                                                 <L 97>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void chunk_bounds_d3f35e36_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_bounds_d3f35e36 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chunk_bounds_d3f35e36_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void chunk_bounds_d3f35e36_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_bounds_d3f35e36 *_wp_args,
    wp_args_chunk_bounds_d3f35e36 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chunk_bounds_d3f35e36_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

