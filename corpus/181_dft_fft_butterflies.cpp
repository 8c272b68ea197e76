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


// corpus/181_dft_fft_butterflies.py:11
static wp::vec_t<2, wp::float32> cexp_0(
    wp::float32 var_theta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    //---------
    // forward
    // def cexp(theta: float) -> wp.vec2:                                                     <L 12>
    // return wp.vec2(wp.cos(theta), wp.sin(theta))                                           <L 13>
    var_0 = wp::cos(var_theta);
    var_1 = wp::sin(var_theta);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    return var_2;
}


// corpus/181_dft_fft_butterflies.py:6
static wp::vec_t<2, wp::float32> cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                           <L 7>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 8>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    return var_22;
}


// corpus/181_dft_fft_butterflies.py:16
static wp::int32 bit_reverse_0(
    wp::int32 var_x,
    wp::int32 var_bits)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def bit_reverse(x: int, bits: int) -> int:                                             <L 17>
    // r = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 19>
    var_2 = wp::copy(var_x);
    // for b in range(bits):                                                                  <L 20>
    var_3 = wp::range(var_bits);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // r = (r << 1) | (v & 1)                                                             <L 21>
        var_6 = wp::lshift(var_1, var_5);
        var_8 = wp::bit_and(var_2, var_7);
        var_9 = wp::bit_or(var_6, var_8);
        // v = v >> 1                                                                         <L 22>
        var_11 = wp::rshift(var_2, var_10);
        wp::assign(var_1, var_9);
        wp::assign(var_2, var_11);
        goto start_for_0;
    end_for_0:;
    // return r                                                                               <L 23>
    return var_1;
}


// corpus/181_dft_fft_butterflies.py:11
static void adj_cexp_0(
    wp::float32 var_theta,
    wp::float32 & adj_theta,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    //---------
    // forward
    // def cexp(theta: float) -> wp.vec2:                                                     <L 12>
    // return wp.vec2(wp.cos(theta), wp.sin(theta))                                           <L 13>
    var_0 = wp::cos(var_theta);
    var_1 = wp::sin(var_theta);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sin(var_theta, adj_theta, adj_1);
    wp::adj_cos(var_theta, adj_theta, adj_0);
    // adj: return wp.vec2(wp.cos(theta), wp.sin(theta))                                      <L 13>
    // adj: def cexp(theta: float) -> wp.vec2:                                                <L 12>
    return;
}


// corpus/181_dft_fft_butterflies.py:6
static void adj_cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
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
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    //---------
    // forward
    // def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                           <L 7>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 8>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_vec_t(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_extract(var_b, var_18, adj_b, adj_18, adj_19);
    wp::adj_extract(var_a, var_16, adj_a, adj_16, adj_17);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_b, var_13, adj_b, adj_13, adj_14);
    wp::adj_extract(var_a, var_11, adj_a, adj_11, adj_12);
    wp::adj_sub(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_b, var_7, adj_b, adj_7, adj_8);
    wp::adj_extract(var_a, var_5, adj_a, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])              <L 8>
    // adj: def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                      <L 7>
    return;
}


// corpus/181_dft_fft_butterflies.py:16
static void adj_bit_reverse_0(
    wp::int32 var_x,
    wp::int32 var_bits,
    wp::int32 & adj_x,
    wp::int32 & adj_bits,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def bit_reverse(x: int, bits: int) -> int:                                             <L 17>
    // r = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 19>
    var_2 = wp::copy(var_x);
    // for b in range(bits):                                                                  <L 20>
    var_3 = wp::range(var_bits);
    // return r                                                                               <L 23>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return r                                                                          <L 23>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
        // r = (r << 1) | (v & 1)                                                             <L 21>
        var_6 = wp::lshift(var_1, var_5);
        var_8 = wp::bit_and(var_2, var_7);
        var_9 = wp::bit_or(var_6, var_8);
        // v = v >> 1                                                                         <L 22>
        var_11 = wp::rshift(var_2, var_10);
        wp::assign(var_1, var_9);
        wp::assign(var_2, var_11);
        wp::adj_assign(var_2, var_11, adj_2, adj_11);
        wp::adj_assign(var_1, var_9, adj_1, adj_9);
        // adj: v = v >> 1                                                                    <L 22>
        // adj: r = (r << 1) | (v & 1)                                                        <L 21>
    	goto start_for_0;
    end_for_0:;
    // adj: for b in range(bits):                                                             <L 20>
    wp::adj_copy(var_x, adj_x, adj_2);
    // adj: v = x                                                                             <L 19>
    // adj: r = int(0)                                                                        <L 18>
    // adj: def bit_reverse(x: int, bits: int) -> int:                                        <L 17>
    return;
}

struct wp_args_naive_dft_14accb91 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> X;
    wp::int32 inverse;
};


void naive_dft_14accb91_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_naive_dft_14accb91 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_X = _wp_args->X;
    wp::int32 var_inverse = _wp_args->inverse;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = -1.0;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::float32>* var_14;
    const wp::float32 var_15 = 6.283185307179586;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    //---------
    // forward
    // def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):       <L 27>
    // row, k = wp.tid()                                                                      <L 28>
    builtin_tid2d(var_0, var_1);
    // n = x.shape[1]                                                                         <L 29>
    var_2 = &(var_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // sign = -1.0                                                                            <L 30>
    // if inverse != 0:                                                                       <L 31>
    var_8 = (var_inverse != var_7);
    if (var_8) {
        // sign = 1.0                                                                         <L 32>
    }
    var_10 = wp::where(var_8, var_9, var_6);
    // acc = wp.vec2()                                                                        <L 33>
    var_11 = wp::vec_t<2, wp::float32>();
    // for j in range(n):                                                                     <L 34>
    var_12 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))              <L 35>
        var_14 = wp::address(var_x, var_0, var_13);
        var_16 = wp::mul(var_10, var_15);
        var_17 = wp::mul(var_13, var_1);
        var_18 = wp::float(var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = wp::float(var_4);
        var_21 = wp::div(var_19, var_20);
        var_22 = cexp_0(var_21);
        var_24 = wp::load(var_14);
        var_23 = cmul_0(var_24, var_22);
        var_25 = wp::add(var_11, var_23);
        wp::assign(var_11, var_25);
        goto start_for_0;
    end_for_0:;
    // if inverse != 0:                                                                       <L 36>
    var_27 = (var_inverse != var_26);
    if (var_27) {
        // acc = acc / float(n)                                                               <L 37>
        var_28 = wp::float(var_4);
        var_29 = wp::div(var_11, var_28);
    }
    var_30 = wp::where(var_27, var_29, var_11);
    // X[row, k] = acc                                                                        <L 38>
    wp::array_store(var_X, var_0, var_1, var_30);
}



void naive_dft_14accb91_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_naive_dft_14accb91 *_wp_args,
    wp_args_naive_dft_14accb91 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_X = _wp_args->X;
    wp::int32 var_inverse = _wp_args->inverse;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_X = _wp_adj_args->X;
    wp::int32 adj_inverse = _wp_adj_args->inverse;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = -1.0;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::float32>* var_14;
    const wp::float32 var_15 = 6.283185307179586;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<2, wp::float32> adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    //---------
    // forward
    // def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):       <L 27>
    // row, k = wp.tid()                                                                      <L 28>
    builtin_tid2d(var_0, var_1);
    // n = x.shape[1]                                                                         <L 29>
    var_2 = &(var_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // sign = -1.0                                                                            <L 30>
    // if inverse != 0:                                                                       <L 31>
    var_8 = (var_inverse != var_7);
    if (var_8) {
        // sign = 1.0                                                                         <L 32>
    }
    var_10 = wp::where(var_8, var_9, var_6);
    // acc = wp.vec2()                                                                        <L 33>
    var_11 = wp::vec_t<2, wp::float32>();
    // for j in range(n):                                                                     <L 34>
    var_12 = wp::range(var_4);
    // if inverse != 0:                                                                       <L 36>
    var_27 = (var_inverse != var_26);
    if (var_27) {
        // acc = acc / float(n)                                                               <L 37>
        var_28 = wp::float(var_4);
        var_29 = wp::div(var_11, var_28);
    }
    var_30 = wp::where(var_27, var_29, var_11);
    // X[row, k] = acc                                                                        <L 38>
    // wp::array_store(var_X, var_0, var_1, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_X, var_0, var_1, var_30, adj_X, adj_0, adj_1, adj_30);
    // adj: X[row, k] = acc                                                                   <L 38>
    wp::adj_where(var_27, var_29, var_11, adj_27, adj_29, adj_11, adj_30);
    if (var_27) {
        wp::adj_div(var_11, var_28, adj_11, adj_28, adj_29);
        wp::adj_float(var_4, adj_4, adj_28);
        // adj: acc = acc / float(n)                                                          <L 37>
    }
    // adj: if inverse != 0:                                                                  <L 36>
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
        // acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))              <L 35>
        var_14 = wp::address(var_x, var_0, var_13);
        var_16 = wp::mul(var_10, var_15);
        var_17 = wp::mul(var_13, var_1);
        var_18 = wp::float(var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = wp::float(var_4);
        var_21 = wp::div(var_19, var_20);
        var_22 = cexp_0(var_21);
        var_24 = wp::load(var_14);
        var_23 = cmul_0(var_24, var_22);
        var_25 = wp::add(var_11, var_23);
        wp::assign(var_11, var_25);
        wp::adj_assign(var_11, var_25, adj_11, adj_25);
        wp::adj_add(var_11, var_23, adj_11, adj_23, adj_25);
        adj_cmul_0(var_24, var_22, adj_14, adj_22, adj_23);
        adj_cexp_0(var_21, adj_21, adj_22);
        wp::adj_div(var_19, var_20, var_21, adj_19, adj_20, adj_21);
        wp::adj_float(var_4, adj_4, adj_20);
        wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_float(var_17, adj_17, adj_18);
        wp::adj_mul(var_13, var_1, adj_13, adj_1, adj_17);
        wp::adj_mul(var_10, var_15, adj_10, adj_15, adj_16);
        wp::adj_address(var_x, var_0, var_13, adj_x, adj_0, adj_13, adj_14);
        // adj: acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))         <L 35>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(n):                                                                <L 34>
    // adj: acc = wp.vec2()                                                                   <L 33>
    wp::adj_where(var_8, var_9, var_6, adj_8, adj_9, adj_6, adj_10);
    if (var_8) {
        // adj: sign = 1.0                                                                    <L 32>
    }
    // adj: if inverse != 0:                                                                  <L 31>
    // adj: sign = -1.0                                                                       <L 30>
    adj_x.shape = adj_2;
    // adj: n = x.shape[1]                                                                    <L 29>
    // adj: row, k = wp.tid()                                                                 <L 28>
    // adj: def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void naive_dft_14accb91_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_naive_dft_14accb91 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        naive_dft_14accb91_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void naive_dft_14accb91_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_naive_dft_14accb91 *_wp_args,
    wp_args_naive_dft_14accb91 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        naive_dft_14accb91_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_permute_3877967f {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> y;
    wp::int32 bits;
};


void permute_3877967f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_permute_3877967f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::int32 var_bits = _wp_args->bits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):       <L 42>
    // row, i = wp.tid()                                                                      <L 43>
    builtin_tid2d(var_0, var_1);
    // y[row, bit_reverse(i, bits)] = x[row, i]                                               <L 44>
    var_2 = wp::address(var_x, var_0, var_1);
    var_3 = bit_reverse_0(var_1, var_bits);
    var_4 = wp::load(var_2);
    wp::array_store(var_y, var_0, var_3, var_4);
}



void permute_3877967f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_permute_3877967f *_wp_args,
    wp_args_permute_3877967f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::int32 var_bits = _wp_args->bits;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y = _wp_adj_args->y;
    wp::int32 adj_bits = _wp_adj_args->bits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):       <L 42>
    // row, i = wp.tid()                                                                      <L 43>
    builtin_tid2d(var_0, var_1);
    // y[row, bit_reverse(i, bits)] = x[row, i]                                               <L 44>
    var_2 = wp::address(var_x, var_0, var_1);
    var_3 = bit_reverse_0(var_1, var_bits);
    var_4 = wp::load(var_2);
    // wp::array_store(var_y, var_0, var_3, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_3, var_4, adj_y, adj_0, adj_3, adj_2);
    adj_bit_reverse_0(var_1, var_bits, adj_1, adj_bits, adj_3);
    wp::adj_address(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_2);
    // adj: y[row, bit_reverse(i, bits)] = x[row, i]                                          <L 44>
    // adj: row, i = wp.tid()                                                                 <L 43>
    // adj: def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):  <L 42>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void permute_3877967f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_permute_3877967f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        permute_3877967f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void permute_3877967f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_permute_3877967f *_wp_args,
    wp_args_permute_3877967f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        permute_3877967f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_butterfly_72d2ea09 {
    wp::array_t<wp::vec_t<2, wp::float32>> y;
    wp::int32 half;
};


void butterfly_72d2ea09_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_butterfly_72d2ea09 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::int32 var_half = _wp_args->half;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 6.283185307179586;
    const wp::float32 var_10 = -6.283185307179586;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    //---------
    // forward
    // def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                                <L 48>
    // row, t = wp.tid()                                                                      <L 49>
    builtin_tid2d(var_0, var_1);
    // size = half * 2                                                                        <L 50>
    var_3 = wp::mul(var_half, var_2);
    // group = t / half                                                                       <L 51>
    var_4 = wp::div(var_1, var_half);
    // pos = t % half                                                                         <L 52>
    var_5 = wp::mod(var_1, var_half);
    // i = group * size + pos                                                                 <L 53>
    var_6 = wp::mul(var_4, var_3);
    var_7 = wp::add(var_6, var_5);
    // j = i + half                                                                           <L 54>
    var_8 = wp::add(var_7, var_half);
    // w = cexp(-TWO_PI * float(pos) / float(size))                                           <L 55>
    var_11 = wp::float(var_5);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_3);
    var_14 = wp::div(var_12, var_13);
    var_15 = cexp_0(var_14);
    // a = y[row, i]                                                                          <L 56>
    var_16 = wp::address(var_y, var_0, var_7);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // b = cmul(y[row, j], w)                                                                 <L 57>
    var_19 = wp::address(var_y, var_0, var_8);
    var_21 = wp::load(var_19);
    var_20 = cmul_0(var_21, var_15);
    // y[row, i] = a + b                                                                      <L 58>
    var_22 = wp::add(var_17, var_20);
    wp::array_store(var_y, var_0, var_7, var_22);
    // y[row, j] = a - b                                                                      <L 59>
    var_23 = wp::sub(var_17, var_20);
    wp::array_store(var_y, var_0, var_8, var_23);
}



void butterfly_72d2ea09_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_butterfly_72d2ea09 *_wp_args,
    wp_args_butterfly_72d2ea09 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::int32 var_half = _wp_args->half;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y = _wp_adj_args->y;
    wp::int32 adj_half = _wp_adj_args->half;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 6.283185307179586;
    const wp::float32 var_10 = -6.283185307179586;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
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
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    //---------
    // forward
    // def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                                <L 48>
    // row, t = wp.tid()                                                                      <L 49>
    builtin_tid2d(var_0, var_1);
    // size = half * 2                                                                        <L 50>
    var_3 = wp::mul(var_half, var_2);
    // group = t / half                                                                       <L 51>
    var_4 = wp::div(var_1, var_half);
    // pos = t % half                                                                         <L 52>
    var_5 = wp::mod(var_1, var_half);
    // i = group * size + pos                                                                 <L 53>
    var_6 = wp::mul(var_4, var_3);
    var_7 = wp::add(var_6, var_5);
    // j = i + half                                                                           <L 54>
    var_8 = wp::add(var_7, var_half);
    // w = cexp(-TWO_PI * float(pos) / float(size))                                           <L 55>
    var_11 = wp::float(var_5);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_3);
    var_14 = wp::div(var_12, var_13);
    var_15 = cexp_0(var_14);
    // a = y[row, i]                                                                          <L 56>
    var_16 = wp::address(var_y, var_0, var_7);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // b = cmul(y[row, j], w)                                                                 <L 57>
    var_19 = wp::address(var_y, var_0, var_8);
    var_21 = wp::load(var_19);
    var_20 = cmul_0(var_21, var_15);
    // y[row, i] = a + b                                                                      <L 58>
    var_22 = wp::add(var_17, var_20);
    // wp::array_store(var_y, var_0, var_7, var_22);
    // y[row, j] = a - b                                                                      <L 59>
    var_23 = wp::sub(var_17, var_20);
    // wp::array_store(var_y, var_0, var_8, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_8, var_23, adj_y, adj_0, adj_8, adj_23);
    wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
    // adj: y[row, j] = a - b                                                                 <L 59>
    wp::adj_array_store(var_y, var_0, var_7, var_22, adj_y, adj_0, adj_7, adj_22);
    wp::adj_add(var_17, var_20, adj_17, adj_20, adj_22);
    // adj: y[row, i] = a + b                                                                 <L 58>
    adj_cmul_0(var_21, var_15, adj_19, adj_15, adj_20);
    wp::adj_address(var_y, var_0, var_8, adj_y, adj_0, adj_8, adj_19);
    // adj: b = cmul(y[row, j], w)                                                            <L 57>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_y, var_0, var_7, adj_y, adj_0, adj_7, adj_16);
    // adj: a = y[row, i]                                                                     <L 56>
    adj_cexp_0(var_14, adj_14, adj_15);
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_float(var_3, adj_3, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_5, adj_5, adj_11);
    // adj: w = cexp(-TWO_PI * float(pos) / float(size))                                      <L 55>
    wp::adj_add(var_7, var_half, adj_7, adj_half, adj_8);
    // adj: j = i + half                                                                      <L 54>
    wp::adj_add(var_6, var_5, adj_6, adj_5, adj_7);
    wp::adj_mul(var_4, var_3, adj_4, adj_3, adj_6);
    // adj: i = group * size + pos                                                            <L 53>
    wp::adj_mod(var_1, var_half, adj_1, adj_half, adj_5);
    // adj: pos = t % half                                                                    <L 52>
    wp::adj_div(var_1, var_half, var_4, adj_1, adj_half, adj_4);
    // adj: group = t / half                                                                  <L 51>
    wp::adj_mul(var_half, var_2, adj_half, adj_2, adj_3);
    // adj: size = half * 2                                                                   <L 50>
    // adj: row, t = wp.tid()                                                                 <L 49>
    // adj: def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                           <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void butterfly_72d2ea09_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_butterfly_72d2ea09 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        butterfly_72d2ea09_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void butterfly_72d2ea09_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_butterfly_72d2ea09 *_wp_args,
    wp_args_butterfly_72d2ea09 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        butterfly_72d2ea09_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_power_spectrum_2a8ab02a {
    wp::array_t<wp::vec_t<2, wp::float32>> X;
    wp::array_t<wp::float32> p;
    wp::array_t<wp::int32> peak;
};


void power_spectrum_2a8ab02a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_power_spectrum_2a8ab02a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.0;
    const wp::float32 var_7 = 1e-12;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    bool var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    wp::int32 var_36;
    //---------
    // forward
    // def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):       <L 63>
    // row, k = wp.tid()                                                                      <L 64>
    builtin_tid2d(var_0, var_1);
    // v = X[row, k]                                                                          <L 65>
    var_2 = wp::address(var_X, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // m = wp.dot(v, v)                                                                       <L 66>
    var_5 = wp::dot(var_3, var_3);
    // p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                               <L 67>
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::log10(var_8);
    var_10 = wp::mul(var_6, var_9);
    wp::array_store(var_p, var_0, var_1, var_10);
    // if k > 0 and k < X.shape[1] - 1:                                                       <L 68>
    var_13 = (var_1 > var_12);
    var_11 = var_13;
    if (var_11) {
        var_14 = &(var_X.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_19 = wp::sub(var_16, var_18);
        var_20 = (var_1 < var_19);
        var_11 = var_11 && var_20;
    }
    if (var_11) {
        // a = X[row, k - 1]                                                                  <L 69>
        var_22 = wp::sub(var_1, var_21);
        var_23 = wp::address(var_X, var_0, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // b = X[row, k + 1]                                                                  <L 70>
        var_27 = wp::add(var_1, var_26);
        var_28 = wp::address(var_X, var_0, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // if m > wp.dot(a, a) and m > wp.dot(b, b):                                          <L 71>
        var_32 = wp::dot(var_24, var_24);
        var_33 = (var_5 > var_32);
        var_31 = var_33;
        if (var_31) {
            var_34 = wp::dot(var_29, var_29);
            var_35 = (var_5 > var_34);
            var_31 = var_31 && var_35;
        }
        if (var_31) {
            // wp.atomic_max(peak, row, k)                                                    <L 72>
            var_36 = wp::atomic_max(var_peak, var_0, var_1);
        }
    }
}



void power_spectrum_2a8ab02a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_power_spectrum_2a8ab02a *_wp_args,
    wp_args_power_spectrum_2a8ab02a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_peak = _wp_args->peak;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_X = _wp_adj_args->X;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::int32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.0;
    const wp::float32 var_7 = 1e-12;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    bool var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    wp::int32 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::vec_t<2, wp::float32> adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    //---------
    // forward
    // def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):       <L 63>
    // row, k = wp.tid()                                                                      <L 64>
    builtin_tid2d(var_0, var_1);
    // v = X[row, k]                                                                          <L 65>
    var_2 = wp::address(var_X, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // m = wp.dot(v, v)                                                                       <L 66>
    var_5 = wp::dot(var_3, var_3);
    // p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                               <L 67>
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::log10(var_8);
    var_10 = wp::mul(var_6, var_9);
    // wp::array_store(var_p, var_0, var_1, var_10);
    // if k > 0 and k < X.shape[1] - 1:                                                       <L 68>
    var_13 = (var_1 > var_12);
    var_11 = var_13;
    if (var_11) {
        var_14 = &(var_X.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_19 = wp::sub(var_16, var_18);
        var_20 = (var_1 < var_19);
        var_11 = var_11 && var_20;
    }
    if (var_11) {
        // a = X[row, k - 1]                                                                  <L 69>
        var_22 = wp::sub(var_1, var_21);
        var_23 = wp::address(var_X, var_0, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // b = X[row, k + 1]                                                                  <L 70>
        var_27 = wp::add(var_1, var_26);
        var_28 = wp::address(var_X, var_0, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // if m > wp.dot(a, a) and m > wp.dot(b, b):                                          <L 71>
        var_32 = wp::dot(var_24, var_24);
        var_33 = (var_5 > var_32);
        var_31 = var_33;
        if (var_31) {
            var_34 = wp::dot(var_29, var_29);
            var_35 = (var_5 > var_34);
            var_31 = var_31 && var_35;
        }
        if (var_31) {
            // wp.atomic_max(peak, row, k)                                                    <L 72>
            // var_36 = wp::atomic_max(var_peak, var_0, var_1);
        }
    }
    //---------
    // reverse
    if (var_11) {
        if (var_31) {
            wp::adj_atomic_max(var_peak, var_0, var_1, adj_peak, adj_0, adj_1, adj_36);
            // adj: wp.atomic_max(peak, row, k)                                               <L 72>
        }
        if (var_31) {
            wp::adj_dot(var_29, var_29, adj_29, adj_29, adj_34);
        }
        wp::adj_dot(var_24, var_24, adj_24, adj_24, adj_32);
        // adj: if m > wp.dot(a, a) and m > wp.dot(b, b):                                     <L 71>
        wp::adj_copy(var_30, adj_28, adj_29);
        wp::adj_address(var_X, var_0, var_27, adj_X, adj_0, adj_27, adj_28);
        wp::adj_add(var_1, var_26, adj_1, adj_26, adj_27);
        // adj: b = X[row, k + 1]                                                             <L 70>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_X, var_0, var_22, adj_X, adj_0, adj_22, adj_23);
        wp::adj_sub(var_1, var_21, adj_1, adj_21, adj_22);
        // adj: a = X[row, k - 1]                                                             <L 69>
    }
    if (var_11) {
        wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
        adj_X.shape = adj_14;
    }
    // adj: if k > 0 and k < X.shape[1] - 1:                                                  <L 68>
    wp::adj_array_store(var_p, var_0, var_1, var_10, adj_p, adj_0, adj_1, adj_10);
    wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_log10(var_8, adj_8, adj_9);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                          <L 67>
    wp::adj_dot(var_3, var_3, adj_3, adj_3, adj_5);
    // adj: m = wp.dot(v, v)                                                                  <L 66>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_X, var_0, var_1, adj_X, adj_0, adj_1, adj_2);
    // adj: v = X[row, k]                                                                     <L 65>
    // adj: row, k = wp.tid()                                                                 <L 64>
    // adj: def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):  <L 63>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void power_spectrum_2a8ab02a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_power_spectrum_2a8ab02a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        power_spectrum_2a8ab02a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void power_spectrum_2a8ab02a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_power_spectrum_2a8ab02a *_wp_args,
    wp_args_power_spectrum_2a8ab02a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        power_spectrum_2a8ab02a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

