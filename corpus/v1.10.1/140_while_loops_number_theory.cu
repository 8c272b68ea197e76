
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


// corpus/140_while_loops_number_theory.py:4
static CUDA_CALLABLE wp::int32 gcd_0(
    wp::int32 var_a,
    wp::int32 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    //---------
    // forward
    // def gcd(a: int, b: int) -> int:                                                        <L 5>
    // x = wp.abs(a)                                                                          <L 6>
    var_0 = wp::abs(var_a);
    // y = wp.abs(b)                                                                          <L 7>
    var_1 = wp::abs(var_b);
    // while y != 0:                                                                          <L 8>
    start_while_0:;
    var_3 = (var_1 != var_2);
    if ((var_3) == false) goto end_while_0;
        // t = x % y                                                                          <L 9>
        var_4 = wp::mod(var_0, var_1);
        // x = y                                                                              <L 10>
        var_5 = wp::copy(var_1);
        // y = t                                                                              <L 11>
        var_6 = wp::copy(var_4);
        wp::assign(var_0, var_5);
        wp::assign(var_1, var_6);
    goto start_while_0;
    end_while_0:;
    // return x                                                                               <L 12>
    return var_0;
}


// corpus/140_while_loops_number_theory.py:15
static CUDA_CALLABLE wp::int32 isqrt_0(
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    //---------
    // forward
    // def isqrt(n: int) -> int:                                                              <L 16>
    // if n < 2:                                                                              <L 17>
    var_1 = (var_n < var_0);
    if (var_1) {
        // return n                                                                           <L 18>
        return var_n;
    }
    // x = n                                                                                  <L 19>
    var_2 = wp::copy(var_n);
    // y = (x + 1) // 2                                                                       <L 20>
    var_4 = wp::add(var_2, var_3);
    var_6 = wp::floordiv(var_4, var_5);
    // while y < x:                                                                           <L 21>
    start_while_1:;
    var_7 = (var_6 < var_2);
    if ((var_7) == false) goto end_while_1;
        // x = y                                                                              <L 22>
        var_8 = wp::copy(var_6);
        // y = (x + n // x) // 2                                                              <L 23>
        var_9 = wp::floordiv(var_n, var_8);
        var_10 = wp::add(var_8, var_9);
        var_12 = wp::floordiv(var_10, var_11);
        wp::assign(var_2, var_8);
        wp::assign(var_6, var_12);
    goto start_while_1;
    end_while_1:;
    // return x                                                                               <L 24>
    return var_2;
}


// corpus/140_while_loops_number_theory.py:41
static CUDA_CALLABLE bool is_prime_0(
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    wp::int32 var_11;
    bool var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const bool var_16 = false;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    const bool var_20 = true;
    //---------
    // forward
    // def is_prime(n: int) -> bool:                                                          <L 42>
    // if n < 2:                                                                              <L 43>
    var_1 = (var_n < var_0);
    if (var_1) {
        // return False                                                                       <L 44>
        return var_2;
    }
    // if n % 2 == 0:                                                                         <L 45>
    var_4 = wp::mod(var_n, var_3);
    var_6 = (var_4 == var_5);
    if (var_6) {
        // return n == 2                                                                      <L 46>
        var_8 = (var_n == var_7);
        return var_8;
    }
    // d = int(3)                                                                             <L 47>
    var_10 = wp::int(var_9);
    // while d * d <= n:                                                                      <L 48>
    start_while_2:;
    var_11 = wp::mul(var_10, var_10);
    var_12 = (var_11 <= var_n);
    if ((var_12) == false) goto end_while_2;
        // if n % d == 0:                                                                     <L 49>
        var_13 = wp::mod(var_n, var_10);
        var_15 = (var_13 == var_14);
        if (var_15) {
            // return False                                                                   <L 50>
            return var_16;
        }
        // d += 2                                                                             <L 51>
        var_19 = wp::add(var_10, var_18);
        wp::assign(var_10, var_19);
    goto start_while_2;
    end_while_2:;
    // return True                                                                            <L 52>
    return var_20;
}


// corpus/140_while_loops_number_theory.py:27
static CUDA_CALLABLE wp::float32 newton_cbrt_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-06;
    bool var_18;
    const wp::int32 var_19 = 40;
    bool var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def newton_cbrt(a: float) -> float:                                                    <L 28>
    // x = wp.max(wp.abs(a), 1.0)                                                             <L 29>
    var_0 = wp::abs(var_a);
    var_2 = wp::max(var_0, var_1);
    // it = int(0)                                                                            <L 30>
    var_4 = wp::int(var_3);
    // while True:                                                                            <L 31>
    start_while_0:;
    if ((var_5) == false) goto end_while_0;
        // nx = x - (x * x * x - wp.abs(a)) / (3.0 * x * x)                                   <L 32>
        var_6 = wp::mul(var_2, var_2);
        var_7 = wp::mul(var_6, var_2);
        var_8 = wp::abs(var_a);
        var_9 = wp::sub(var_7, var_8);
        var_11 = wp::mul(var_10, var_2);
        var_12 = wp::mul(var_11, var_2);
        var_13 = wp::div(var_9, var_12);
        var_14 = wp::sub(var_2, var_13);
        // if wp.abs(nx - x) < 1.0e-6 or it > 40:                                             <L 33>
        var_15 = wp::sub(var_14, var_2);
        var_16 = wp::abs(var_15);
        var_18 = (var_16 < var_17);
        var_20 = (var_4 > var_19);
        var_21 = var_18 || var_20;
        if (var_21) {
            // x = nx                                                                         <L 34>
            var_22 = wp::copy(var_14);
            // break                                                                          <L 35>
            wp::assign(var_2, var_22);
            goto end_while_0;
        }
        // x = nx                                                                             <L 36>
        var_23 = wp::copy(var_14);
        // it += 1                                                                            <L 37>
        var_26 = wp::add(var_4, var_25);
        wp::assign(var_2, var_23);
        wp::assign(var_4, var_26);
    goto start_while_0;
    end_while_0:;
    // return wp.sign(a) * x                                                                  <L 38>
    var_27 = wp::sign(var_a);
    var_28 = wp::mul(var_27, var_2);
    return var_28;
}


// corpus/140_while_loops_number_theory.py:4
static CUDA_CALLABLE void adj_gcd_0(
    wp::int32 var_a,
    wp::int32 var_b,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def gcd(a: int, b: int) -> int:                                                        <L 5>
    // x = wp.abs(a)                                                                          <L 6>
    var_0 = wp::abs(var_a);
    // y = wp.abs(b)                                                                          <L 7>
    var_1 = wp::abs(var_b);
    // while y != 0:                                                                          <L 8>
    // return x                                                                               <L 12>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return x                                                                          <L 12>
    start_while_0:;
    var_3 = (var_1 != var_2);
    if ((var_3) == false) goto end_while_0;
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
        // t = x % y                                                                          <L 9>
        var_4 = wp::mod(var_0, var_1);
        // x = y                                                                              <L 10>
        var_5 = wp::copy(var_1);
        // y = t                                                                              <L 11>
        var_6 = wp::copy(var_4);
        wp::assign(var_0, var_5);
        wp::assign(var_1, var_6);
        wp::adj_assign(var_1, var_6, adj_1, adj_6);
        wp::adj_assign(var_0, var_5, adj_0, adj_5);
        wp::adj_copy(var_4, adj_4, adj_6);
        // adj: y = t                                                                         <L 11>
        wp::adj_copy(var_1, adj_1, adj_5);
        // adj: x = y                                                                         <L 10>
        wp::adj_mod(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: t = x % y                                                                     <L 9>
    goto start_while_0;
    end_while_0:;
    // adj: while y != 0:                                                                     <L 8>
    wp::adj_abs(var_b, adj_b, adj_1);
    // adj: y = wp.abs(b)                                                                     <L 7>
    wp::adj_abs(var_a, adj_a, adj_0);
    // adj: x = wp.abs(a)                                                                     <L 6>
    // adj: def gcd(a: int, b: int) -> int:                                                   <L 5>
    return;
}


// corpus/140_while_loops_number_theory.py:15
static CUDA_CALLABLE void adj_isqrt_0(
    wp::int32 var_n,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def isqrt(n: int) -> int:                                                              <L 16>
    // if n < 2:                                                                              <L 17>
    var_1 = (var_n < var_0);
    if (var_1) {
        // return n                                                                           <L 18>
        goto label0;
    }
    // x = n                                                                                  <L 19>
    var_2 = wp::copy(var_n);
    // y = (x + 1) // 2                                                                       <L 20>
    var_4 = wp::add(var_2, var_3);
    var_6 = wp::floordiv(var_4, var_5);
    // while y < x:                                                                           <L 21>
    // return x                                                                               <L 24>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_2 += adj_ret;
    // adj: return x                                                                          <L 24>
    start_while_1:;
    var_7 = (var_6 < var_2);
    if ((var_7) == false) goto end_while_1;
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
        // x = y                                                                              <L 22>
        var_8 = wp::copy(var_6);
        // y = (x + n // x) // 2                                                              <L 23>
        var_9 = wp::floordiv(var_n, var_8);
        var_10 = wp::add(var_8, var_9);
        var_12 = wp::floordiv(var_10, var_11);
        wp::assign(var_2, var_8);
        wp::assign(var_6, var_12);
        wp::adj_assign(var_6, var_12, adj_6, adj_12);
        wp::adj_assign(var_2, var_8, adj_2, adj_8);
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: y = (x + n // x) // 2                                                         <L 23>
        wp::adj_copy(var_6, adj_6, adj_8);
        // adj: x = y                                                                         <L 22>
    goto start_while_1;
    end_while_1:;
    // adj: while y < x:                                                                      <L 21>
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: y = (x + 1) // 2                                                                  <L 20>
    wp::adj_copy(var_n, adj_n, adj_2);
    // adj: x = n                                                                             <L 19>
    if (var_1) {
        label0:;
        adj_n += adj_ret;
        // adj: return n                                                                      <L 18>
    }
    // adj: if n < 2:                                                                         <L 17>
    // adj: def isqrt(n: int) -> int:                                                         <L 16>
    return;
}


// corpus/140_while_loops_number_theory.py:41
static CUDA_CALLABLE void adj_is_prime_0(
    wp::int32 var_n,
    wp::int32 & adj_n,
    bool & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    wp::int32 var_11;
    bool var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const bool var_16 = false;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    const bool var_20 = true;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    //---------
    // forward
    // def is_prime(n: int) -> bool:                                                          <L 42>
    // if n < 2:                                                                              <L 43>
    var_1 = (var_n < var_0);
    if (var_1) {
        // return False                                                                       <L 44>
        goto label0;
    }
    // if n % 2 == 0:                                                                         <L 45>
    var_4 = wp::mod(var_n, var_3);
    var_6 = (var_4 == var_5);
    if (var_6) {
        // return n == 2                                                                      <L 46>
        var_8 = (var_n == var_7);
        goto label1;
    }
    // d = int(3)                                                                             <L 47>
    var_10 = wp::int(var_9);
    // while d * d <= n:                                                                      <L 48>
    // return True                                                                            <L 52>
    goto label5;
    //---------
    // reverse
    label5:;
    adj_20 += adj_ret;
    // adj: return True                                                                       <L 52>
    start_while_2:;
    var_11 = wp::mul(var_10, var_10);
    var_12 = (var_11 <= var_n);
    if ((var_12) == false) goto end_while_2;
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
        // if n % d == 0:                                                                     <L 49>
        var_13 = wp::mod(var_n, var_10);
        var_15 = (var_13 == var_14);
        if (var_15) {
            // return False                                                                   <L 50>
            goto label4;
        }
        // d += 2                                                                             <L 51>
        var_19 = wp::add(var_10, var_18);
        wp::assign(var_10, var_19);
        wp::adj_assign(var_10, var_19, adj_10, adj_19);
        wp::adj_add(var_10, var_18, adj_10, adj_18, adj_19);
        // adj: d += 2                                                                        <L 51>
        if (var_15) {
            label4:;
            adj_16 += adj_ret;
            // adj: return False                                                              <L 50>
        }
        wp::adj_mod(var_n, var_10, adj_n, adj_10, adj_13);
        // adj: if n % d == 0:                                                                <L 49>
    goto start_while_2;
    end_while_2:;
    // adj: while d * d <= n:                                                                 <L 48>
    wp::adj_int(var_9, adj_9, adj_10);
    // adj: d = int(3)                                                                        <L 47>
    if (var_6) {
        label1:;
        adj_8 += adj_ret;
        // adj: return n == 2                                                                 <L 46>
    }
    wp::adj_mod(var_n, var_3, adj_n, adj_3, adj_4);
    // adj: if n % 2 == 0:                                                                    <L 45>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return False                                                                  <L 44>
    }
    // adj: if n < 2:                                                                         <L 43>
    // adj: def is_prime(n: int) -> bool:                                                     <L 42>
    return;
}


// corpus/140_while_loops_number_theory.py:27
static CUDA_CALLABLE void adj_newton_cbrt_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-06;
    bool var_18;
    const wp::int32 var_19 = 40;
    bool var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
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
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def newton_cbrt(a: float) -> float:                                                    <L 28>
    // x = wp.max(wp.abs(a), 1.0)                                                             <L 29>
    var_0 = wp::abs(var_a);
    var_2 = wp::max(var_0, var_1);
    // it = int(0)                                                                            <L 30>
    var_4 = wp::int(var_3);
    // while True:                                                                            <L 31>
    // return wp.sign(a) * x                                                                  <L 38>
    var_27 = wp::sign(var_a);
    var_28 = wp::mul(var_27, var_2);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_28 += adj_ret;
    wp::adj_mul(var_27, var_2, adj_27, adj_2, adj_28);
    // adj: return wp.sign(a) * x                                                             <L 38>
    start_while_0:;
    if ((var_5) == false) goto end_while_0;
    adj_6 = {};
    adj_7 = {};
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
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
        // nx = x - (x * x * x - wp.abs(a)) / (3.0 * x * x)                                   <L 32>
        var_6 = wp::mul(var_2, var_2);
        var_7 = wp::mul(var_6, var_2);
        var_8 = wp::abs(var_a);
        var_9 = wp::sub(var_7, var_8);
        var_11 = wp::mul(var_10, var_2);
        var_12 = wp::mul(var_11, var_2);
        var_13 = wp::div(var_9, var_12);
        var_14 = wp::sub(var_2, var_13);
        // if wp.abs(nx - x) < 1.0e-6 or it > 40:                                             <L 33>
        var_15 = wp::sub(var_14, var_2);
        var_16 = wp::abs(var_15);
        var_18 = (var_16 < var_17);
        var_20 = (var_4 > var_19);
        var_21 = var_18 || var_20;
        if (var_21) {
            // x = nx                                                                         <L 34>
            var_22 = wp::copy(var_14);
            // break                                                                          <L 35>
            wp::assign(var_2, var_22);
            goto end_while_0;
        }
        // x = nx                                                                             <L 36>
        var_23 = wp::copy(var_14);
        // it += 1                                                                            <L 37>
        var_26 = wp::add(var_4, var_25);
        wp::assign(var_2, var_23);
        wp::assign(var_4, var_26);
        wp::adj_assign(var_4, var_26, adj_4, adj_26);
        wp::adj_assign(var_2, var_23, adj_2, adj_23);
        wp::adj_add(var_4, var_25, adj_4, adj_25, adj_26);
        // adj: it += 1                                                                       <L 37>
        wp::adj_copy(var_14, adj_14, adj_23);
        // adj: x = nx                                                                        <L 36>
        if (var_21) {
            wp::adj_assign(var_2, var_22, adj_2, adj_22);
            // adj: break                                                                     <L 35>
            wp::adj_copy(var_14, adj_14, adj_22);
            // adj: x = nx                                                                    <L 34>
        }
        wp::adj_abs(var_15, adj_15, adj_16);
        wp::adj_sub(var_14, var_2, adj_14, adj_2, adj_15);
        // adj: if wp.abs(nx - x) < 1.0e-6 or it > 40:                                        <L 33>
        wp::adj_sub(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_div(var_9, var_12, var_13, adj_9, adj_12, adj_13);
        wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_12);
        wp::adj_mul(var_10, var_2, adj_10, adj_2, adj_11);
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_abs(var_a, adj_a, adj_8);
        wp::adj_mul(var_6, var_2, adj_6, adj_2, adj_7);
        wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_6);
        // adj: nx = x - (x * x * x - wp.abs(a)) / (3.0 * x * x)                              <L 32>
    goto start_while_0;
    end_while_0:;
    // adj: while True:                                                                       <L 31>
    wp::adj_int(var_3, adj_3, adj_4);
    // adj: it = int(0)                                                                       <L 30>
    wp::adj_max(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_abs(var_a, adj_a, adj_0);
    // adj: x = wp.max(wp.abs(a), 1.0)                                                        <L 29>
    // adj: def newton_cbrt(a: float) -> float:                                               <L 28>
    return;
}



extern "C" __global__ void number_theory_2452cdf2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::int32> var_g,
    wp::array_t<wp::int32> var_r,
    wp::array_t<bool> var_primes,
    wp::array_t<wp::int32> var_nprimes)
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
        wp::int32* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        bool var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        //---------
        // forward
        // def number_theory(a: wp.array(dtype=int), b: wp.array(dtype=int), g: wp.array(dtype=int), r: wp.array(dtype=int), primes: wp.array(dtype=wp.bool), nprimes: wp.array(dtype=int)):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // g[i] = gcd(a[i], b[i])                                                                 <L 58>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = gcd_0(var_4, var_5);
        wp::array_store(var_g, var_0, var_3);
        // r[i] = isqrt(wp.abs(a[i]))                                                             <L 59>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::abs(var_8);
        var_9 = isqrt_0(var_7);
        wp::array_store(var_r, var_0, var_9);
        // p = is_prime(a[i])                                                                     <L 60>
        var_10 = wp::address(var_a, var_0);
        var_12 = wp::load(var_10);
        var_11 = is_prime_0(var_12);
        // primes[i] = p                                                                          <L 61>
        wp::array_store(var_primes, var_0, var_11);
        // if p:                                                                                  <L 62>
        if (var_11) {
            // wp.atomic_add(nprimes, 0, 1)                                                       <L 63>
            var_15 = wp::atomic_add(var_nprimes, var_13, var_14);
        }
    }
}



extern "C" __global__ void number_theory_2452cdf2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::int32> var_g,
    wp::array_t<wp::int32> var_r,
    wp::array_t<bool> var_primes,
    wp::array_t<wp::int32> var_nprimes,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_b,
    wp::array_t<wp::int32> adj_g,
    wp::array_t<wp::int32> adj_r,
    wp::array_t<bool> adj_primes,
    wp::array_t<wp::int32> adj_nprimes)
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
        wp::int32* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        bool var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def number_theory(a: wp.array(dtype=int), b: wp.array(dtype=int), g: wp.array(dtype=int), r: wp.array(dtype=int), primes: wp.array(dtype=wp.bool), nprimes: wp.array(dtype=int)):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // g[i] = gcd(a[i], b[i])                                                                 <L 58>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = gcd_0(var_4, var_5);
        // wp::array_store(var_g, var_0, var_3);
        // r[i] = isqrt(wp.abs(a[i]))                                                             <L 59>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::abs(var_8);
        var_9 = isqrt_0(var_7);
        // wp::array_store(var_r, var_0, var_9);
        // p = is_prime(a[i])                                                                     <L 60>
        var_10 = wp::address(var_a, var_0);
        var_12 = wp::load(var_10);
        var_11 = is_prime_0(var_12);
        // primes[i] = p                                                                          <L 61>
        // wp::array_store(var_primes, var_0, var_11);
        // if p:                                                                                  <L 62>
        if (var_11) {
            // wp.atomic_add(nprimes, 0, 1)                                                       <L 63>
            // var_15 = wp::atomic_add(var_nprimes, var_13, var_14);
        }
        //---------
        // reverse
        if (var_11) {
            wp::adj_atomic_add(var_nprimes, var_13, var_14, adj_nprimes, adj_13, adj_14, adj_15);
            // adj: wp.atomic_add(nprimes, 0, 1)                                                  <L 63>
        }
        // adj: if p:                                                                             <L 62>
        wp::adj_array_store(var_primes, var_0, var_11, adj_primes, adj_0, adj_11);
        // adj: primes[i] = p                                                                     <L 61>
        adj_is_prime_0(var_12, adj_10, adj_11);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_10);
        // adj: p = is_prime(a[i])                                                                <L 60>
        wp::adj_array_store(var_r, var_0, var_9, adj_r, adj_0, adj_9);
        adj_isqrt_0(var_7, adj_7, adj_9);
        wp::adj_abs(var_8, adj_6, adj_7);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        // adj: r[i] = isqrt(wp.abs(a[i]))                                                        <L 59>
        wp::adj_array_store(var_g, var_0, var_3, adj_g, adj_0, adj_3);
        adj_gcd_0(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: g[i] = gcd(a[i], b[i])                                                            <L 58>
        // adj: i = wp.tid()                                                                      <L 57>
        // adj: def number_theory(a: wp.array(dtype=int), b: wp.array(dtype=int), g: wp.array(dtype=int), r: wp.array(dtype=int), primes: wp.array(dtype=wp.bool), nprimes: wp.array(dtype=int)):  <L 56>
        continue;
    }
}



extern "C" __global__ void cube_roots_e7f59db9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        //---------
        // forward
        // def cube_roots(a: wp.array(dtype=float), out: wp.array(dtype=float)):                  <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // out[i] = newton_cbrt(a[i])                                                             <L 69>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = newton_cbrt_0(var_3);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void cube_roots_e7f59db9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        //---------
        // forward
        // def cube_roots(a: wp.array(dtype=float), out: wp.array(dtype=float)):                  <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // out[i] = newton_cbrt(a[i])                                                             <L 69>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = newton_cbrt_0(var_3);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        adj_newton_cbrt_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: out[i] = newton_cbrt(a[i])                                                        <L 69>
        // adj: i = wp.tid()                                                                      <L 68>
        // adj: def cube_roots(a: wp.array(dtype=float), out: wp.array(dtype=float)):             <L 67>
        continue;
    }
}



extern "C" __global__ void bisect_roots_199b5c83_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_c,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iters)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::float32 var_4 = 10.0;
        const wp::float32 var_5 = -10.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 10.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 3;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 1e-05;
        bool var_27;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 3;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::int32 var_52;
        const wp::float32 var_53 = 0.0;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        bool var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 100;
        bool var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::int32 var_69;
        const wp::float32 var_70 = 0.5;
        wp::float32 var_71;
        wp::float32 var_72;
        //---------
        // forward
        // def bisect_roots(c: wp.array(dtype=wp.vec4), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // coef = c[i]                                                                            <L 75>
        var_1 = wp::address(var_c, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = float(-10.0)                                                                      <L 76>
        var_6 = wp::float(var_5);
        // hi = float(10.0)                                                                       <L 77>
        var_8 = wp::float(var_7);
        // flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                         <L 78>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::mul(var_10, var_6);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::add(var_11, var_13);
        var_15 = wp::mul(var_14, var_6);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::add(var_15, var_17);
        var_19 = wp::mul(var_18, var_6);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::add(var_19, var_21);
        // n = int(0)                                                                             <L 79>
        var_24 = wp::int(var_23);
        // while hi - lo > 1.0e-5:                                                                <L 80>
        start_while_0:;
        var_25 = wp::sub(var_8, var_6);
        var_27 = (var_25 > var_26);
        if ((var_27) == false) goto end_while_0;
            // mid = 0.5 * (lo + hi)                                                              <L 81>
            var_29 = wp::add(var_6, var_8);
            var_30 = wp::mul(var_28, var_29);
            // fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]                   <L 82>
            var_32 = wp::extract(var_2, var_31);
            var_33 = wp::mul(var_32, var_30);
            var_35 = wp::extract(var_2, var_34);
            var_36 = wp::add(var_33, var_35);
            var_37 = wp::mul(var_36, var_30);
            var_39 = wp::extract(var_2, var_38);
            var_40 = wp::add(var_37, var_39);
            var_41 = wp::mul(var_40, var_30);
            var_43 = wp::extract(var_2, var_42);
            var_44 = wp::add(var_41, var_43);
            // n += 1                                                                             <L 83>
            var_47 = wp::add(var_24, var_46);
            // if fm == 0.0:                                                                      <L 84>
            var_49 = (var_44 == var_48);
            if (var_49) {
                // lo = mid                                                                       <L 85>
                var_50 = wp::copy(var_30);
                // hi = mid                                                                       <L 86>
                var_51 = wp::copy(var_30);
                // break                                                                          <L 87>
                wp::assign(var_6, var_50);
                wp::assign(var_8, var_51);
                wp::assign(var_24, var_47);
                goto end_while_0;
            }
            var_52 = wp::where(var_49, var_24, var_47);
            // if (fm < 0.0) == (flo < 0.0):                                                      <L 88>
            var_54 = (var_44 < var_53);
            var_56 = (var_22 < var_55);
            var_57 = (var_54 == var_56);
            if (var_57) {
                // lo = mid                                                                       <L 89>
                var_58 = wp::copy(var_30);
                // flo = fm                                                                       <L 90>
                var_59 = wp::copy(var_44);
            }
            var_60 = wp::where(var_57, var_58, var_6);
            var_61 = wp::where(var_57, var_59, var_22);
            if (!var_57) {
                // hi = mid                                                                       <L 92>
                var_62 = wp::copy(var_30);
            }
            var_63 = wp::where(var_57, var_8, var_62);
            // if n >= 100:                                                                       <L 93>
            var_65 = (var_52 >= var_64);
            if (var_65) {
                // break                                                                          <L 94>
                wp::assign(var_6, var_60);
                wp::assign(var_8, var_63);
                wp::assign(var_22, var_61);
                wp::assign(var_24, var_52);
                goto end_while_0;
            }
            var_66 = wp::where(var_65, var_6, var_60);
            var_67 = wp::where(var_65, var_8, var_63);
            var_68 = wp::where(var_65, var_22, var_61);
            var_69 = wp::where(var_65, var_24, var_52);
            wp::assign(var_6, var_66);
            wp::assign(var_8, var_67);
            wp::assign(var_22, var_68);
            wp::assign(var_24, var_69);
        goto start_while_0;
        end_while_0:;
        // roots[i] = 0.5 * (lo + hi)                                                             <L 95>
        var_71 = wp::add(var_6, var_8);
        var_72 = wp::mul(var_70, var_71);
        wp::array_store(var_roots, var_0, var_72);
        // iters[i] = n                                                                           <L 96>
        wp::array_store(var_iters, var_0, var_24);
    }
}



extern "C" __global__ void bisect_roots_199b5c83_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_c,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iters,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_c,
    wp::array_t<wp::float32> adj_roots,
    wp::array_t<wp::int32> adj_iters)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::float32 var_4 = 10.0;
        const wp::float32 var_5 = -10.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 10.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 3;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 1e-05;
        bool var_27;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 3;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::int32 var_52;
        const wp::float32 var_53 = 0.0;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        bool var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 100;
        bool var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::int32 var_69;
        const wp::float32 var_70 = 0.5;
        wp::float32 var_71;
        wp::float32 var_72;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        bool adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        bool adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        bool adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        //---------
        // forward
        // def bisect_roots(c: wp.array(dtype=wp.vec4), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // coef = c[i]                                                                            <L 75>
        var_1 = wp::address(var_c, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = float(-10.0)                                                                      <L 76>
        var_6 = wp::float(var_5);
        // hi = float(10.0)                                                                       <L 77>
        var_8 = wp::float(var_7);
        // flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                         <L 78>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::mul(var_10, var_6);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::add(var_11, var_13);
        var_15 = wp::mul(var_14, var_6);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::add(var_15, var_17);
        var_19 = wp::mul(var_18, var_6);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::add(var_19, var_21);
        // n = int(0)                                                                             <L 79>
        var_24 = wp::int(var_23);
        // while hi - lo > 1.0e-5:                                                                <L 80>
        // roots[i] = 0.5 * (lo + hi)                                                             <L 95>
        var_71 = wp::add(var_6, var_8);
        var_72 = wp::mul(var_70, var_71);
        // wp::array_store(var_roots, var_0, var_72);
        // iters[i] = n                                                                           <L 96>
        // wp::array_store(var_iters, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_iters, var_0, var_24, adj_iters, adj_0, adj_24);
        // adj: iters[i] = n                                                                      <L 96>
        wp::adj_array_store(var_roots, var_0, var_72, adj_roots, adj_0, adj_72);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_71);
        // adj: roots[i] = 0.5 * (lo + hi)                                                        <L 95>
        start_while_0:;
        var_25 = wp::sub(var_8, var_6);
        var_27 = (var_25 > var_26);
        if ((var_27) == false) goto end_while_0;
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
            // mid = 0.5 * (lo + hi)                                                              <L 81>
            var_29 = wp::add(var_6, var_8);
            var_30 = wp::mul(var_28, var_29);
            // fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]                   <L 82>
            var_32 = wp::extract(var_2, var_31);
            var_33 = wp::mul(var_32, var_30);
            var_35 = wp::extract(var_2, var_34);
            var_36 = wp::add(var_33, var_35);
            var_37 = wp::mul(var_36, var_30);
            var_39 = wp::extract(var_2, var_38);
            var_40 = wp::add(var_37, var_39);
            var_41 = wp::mul(var_40, var_30);
            var_43 = wp::extract(var_2, var_42);
            var_44 = wp::add(var_41, var_43);
            // n += 1                                                                             <L 83>
            var_47 = wp::add(var_24, var_46);
            // if fm == 0.0:                                                                      <L 84>
            var_49 = (var_44 == var_48);
            if (var_49) {
                // lo = mid                                                                       <L 85>
                var_50 = wp::copy(var_30);
                // hi = mid                                                                       <L 86>
                var_51 = wp::copy(var_30);
                // break                                                                          <L 87>
                wp::assign(var_6, var_50);
                wp::assign(var_8, var_51);
                wp::assign(var_24, var_47);
                goto end_while_0;
            }
            var_52 = wp::where(var_49, var_24, var_47);
            // if (fm < 0.0) == (flo < 0.0):                                                      <L 88>
            var_54 = (var_44 < var_53);
            var_56 = (var_22 < var_55);
            var_57 = (var_54 == var_56);
            if (var_57) {
                // lo = mid                                                                       <L 89>
                var_58 = wp::copy(var_30);
                // flo = fm                                                                       <L 90>
                var_59 = wp::copy(var_44);
            }
            var_60 = wp::where(var_57, var_58, var_6);
            var_61 = wp::where(var_57, var_59, var_22);
            if (!var_57) {
                // hi = mid                                                                       <L 92>
                var_62 = wp::copy(var_30);
            }
            var_63 = wp::where(var_57, var_8, var_62);
            // if n >= 100:                                                                       <L 93>
            var_65 = (var_52 >= var_64);
            if (var_65) {
                // break                                                                          <L 94>
                wp::assign(var_6, var_60);
                wp::assign(var_8, var_63);
                wp::assign(var_22, var_61);
                wp::assign(var_24, var_52);
                goto end_while_0;
            }
            var_66 = wp::where(var_65, var_6, var_60);
            var_67 = wp::where(var_65, var_8, var_63);
            var_68 = wp::where(var_65, var_22, var_61);
            var_69 = wp::where(var_65, var_24, var_52);
            wp::assign(var_6, var_66);
            wp::assign(var_8, var_67);
            wp::assign(var_22, var_68);
            wp::assign(var_24, var_69);
            wp::adj_assign(var_24, var_69, adj_24, adj_69);
            wp::adj_assign(var_22, var_68, adj_22, adj_68);
            wp::adj_assign(var_8, var_67, adj_8, adj_67);
            wp::adj_assign(var_6, var_66, adj_6, adj_66);
            wp::adj_where(var_65, var_24, var_52, adj_65, adj_24, adj_52, adj_69);
            wp::adj_where(var_65, var_22, var_61, adj_65, adj_22, adj_61, adj_68);
            wp::adj_where(var_65, var_8, var_63, adj_65, adj_8, adj_63, adj_67);
            wp::adj_where(var_65, var_6, var_60, adj_65, adj_6, adj_60, adj_66);
            if (var_65) {
                wp::adj_assign(var_24, var_52, adj_24, adj_52);
                wp::adj_assign(var_22, var_61, adj_22, adj_61);
                wp::adj_assign(var_8, var_63, adj_8, adj_63);
                wp::adj_assign(var_6, var_60, adj_6, adj_60);
                // adj: break                                                                     <L 94>
            }
            // adj: if n >= 100:                                                                  <L 93>
            wp::adj_where(var_57, var_8, var_62, adj_57, adj_8, adj_62, adj_63);
            if (!var_57) {
                wp::adj_copy(var_30, adj_30, adj_62);
                // adj: hi = mid                                                                  <L 92>
            }
            wp::adj_where(var_57, var_59, var_22, adj_57, adj_59, adj_22, adj_61);
            wp::adj_where(var_57, var_58, var_6, adj_57, adj_58, adj_6, adj_60);
            if (var_57) {
                wp::adj_copy(var_44, adj_44, adj_59);
                // adj: flo = fm                                                                  <L 90>
                wp::adj_copy(var_30, adj_30, adj_58);
                // adj: lo = mid                                                                  <L 89>
            }
            // adj: if (fm < 0.0) == (flo < 0.0):                                                 <L 88>
            wp::adj_where(var_49, var_24, var_47, adj_49, adj_24, adj_47, adj_52);
            if (var_49) {
                wp::adj_assign(var_24, var_47, adj_24, adj_47);
                wp::adj_assign(var_8, var_51, adj_8, adj_51);
                wp::adj_assign(var_6, var_50, adj_6, adj_50);
                // adj: break                                                                     <L 87>
                wp::adj_copy(var_30, adj_30, adj_51);
                // adj: hi = mid                                                                  <L 86>
                wp::adj_copy(var_30, adj_30, adj_50);
                // adj: lo = mid                                                                  <L 85>
            }
            // adj: if fm == 0.0:                                                                 <L 84>
            wp::adj_add(var_24, var_46, adj_24, adj_46, adj_47);
            // adj: n += 1                                                                        <L 83>
            wp::adj_add(var_41, var_43, adj_41, adj_43, adj_44);
            wp::adj_extract(var_2, var_42, adj_2, adj_42, adj_43);
            wp::adj_mul(var_40, var_30, adj_40, adj_30, adj_41);
            wp::adj_add(var_37, var_39, adj_37, adj_39, adj_40);
            wp::adj_extract(var_2, var_38, adj_2, adj_38, adj_39);
            wp::adj_mul(var_36, var_30, adj_36, adj_30, adj_37);
            wp::adj_add(var_33, var_35, adj_33, adj_35, adj_36);
            wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_35);
            wp::adj_mul(var_32, var_30, adj_32, adj_30, adj_33);
            wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_32);
            // adj: fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]              <L 82>
            wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
            wp::adj_add(var_6, var_8, adj_6, adj_8, adj_29);
            // adj: mid = 0.5 * (lo + hi)                                                         <L 81>
        goto start_while_0;
        end_while_0:;
        // adj: while hi - lo > 1.0e-5:                                                           <L 80>
        wp::adj_int(var_23, adj_23, adj_24);
        // adj: n = int(0)                                                                        <L 79>
        wp::adj_add(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_mul(var_18, var_6, adj_18, adj_6, adj_19);
        wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_mul(var_14, var_6, adj_14, adj_6, adj_15);
        wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_mul(var_10, var_6, adj_10, adj_6, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                    <L 78>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: hi = float(10.0)                                                                  <L 77>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: lo = float(-10.0)                                                                 <L 76>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
        // adj: coef = c[i]                                                                       <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def bisect_roots(c: wp.array(dtype=wp.vec4), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):  <L 73>
        continue;
    }
}



extern "C" __global__ void nested_while_for_0f7c9bca_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_grid,
    wp::array_t<wp::int32> var_out)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const bool var_9 = true;
        bool var_10;
        bool var_11;
        bool var_12;
        const bool var_13 = false;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const bool var_30 = true;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
        bool var_36;
        const wp::int32 var_37 = 1;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        //---------
        // forward
        // def nested_while_for(grid: wp.array2d(dtype=int), out: wp.array(dtype=int)):           <L 100>
        // row = wp.tid()                                                                         <L 101>
        var_0 = builtin_tid1d();
        // cols = grid.shape[1]                                                                   <L 102>
        var_1 = &(var_grid.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // total = int(0)                                                                         <L 103>
        var_6 = wp::int(var_5);
        // pass_no = int(0)                                                                       <L 104>
        var_8 = wp::int(var_7);
        // changed = bool(True)                                                                   <L 105>
        var_10 = bool(var_9);
        // while changed and pass_no < cols:                                                      <L 106>
        start_while_0:;
        var_11 = (var_8 < var_3);
        var_12 = var_10 && var_11;
        if ((var_12) == false) goto end_while_0;
            // changed = bool(False)                                                              <L 107>
            var_14 = bool(var_13);
            // for j in range(cols - 1):                                                          <L 108>
            var_16 = wp::sub(var_3, var_15);
            var_17 = wp::range(var_16);
            start_for_2:;
                if (iter_cmp(var_17) == 0) goto end_for_2;
                var_18 = wp::iter_next(var_17);
                // a = grid[row, j]                                                               <L 109>
                var_19 = wp::address(var_grid, var_0, var_18);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // b = grid[row, j + 1]                                                           <L 110>
                var_23 = wp::add(var_18, var_22);
                var_24 = wp::address(var_grid, var_0, var_23);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // if a > b:                                                                      <L 111>
                var_27 = (var_20 > var_25);
                if (var_27) {
                    // grid[row, j] = b                                                           <L 112>
                    wp::array_store(var_grid, var_0, var_18, var_25);
                    // grid[row, j + 1] = a                                                       <L 113>
                    var_29 = wp::add(var_18, var_28);
                    wp::array_store(var_grid, var_0, var_29, var_20);
                    // changed = bool(True)                                                       <L 114>
                    var_31 = bool(var_30);
                    // total += 1                                                                 <L 115>
                    var_34 = wp::add(var_6, var_33);
                }
                var_35 = wp::where(var_27, var_34, var_6);
                var_36 = wp::where(var_27, var_31, var_14);
                wp::assign(var_6, var_35);
                wp::assign(var_14, var_36);
                goto start_for_2;
            end_for_2:;
            // pass_no += 1                                                                       <L 116>
            var_39 = wp::add(var_8, var_38);
            wp::assign(var_8, var_39);
            wp::assign(var_10, var_14);
        goto start_while_0;
        end_while_0:;
        // out[row] = total                                                                       <L 117>
        wp::array_store(var_out, var_0, var_6);
    }
}



extern "C" __global__ void nested_while_for_0f7c9bca_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_grid,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_grid,
    wp::array_t<wp::int32> adj_out)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const bool var_9 = true;
        bool var_10;
        bool var_11;
        bool var_12;
        const bool var_13 = false;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const bool var_30 = true;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        wp::int32 var_35;
        bool var_36;
        const wp::int32 var_37 = 1;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        //---------
        // forward
        // def nested_while_for(grid: wp.array2d(dtype=int), out: wp.array(dtype=int)):           <L 100>
        // row = wp.tid()                                                                         <L 101>
        var_0 = builtin_tid1d();
        // cols = grid.shape[1]                                                                   <L 102>
        var_1 = &(var_grid.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // total = int(0)                                                                         <L 103>
        var_6 = wp::int(var_5);
        // pass_no = int(0)                                                                       <L 104>
        var_8 = wp::int(var_7);
        // changed = bool(True)                                                                   <L 105>
        var_10 = bool(var_9);
        // while changed and pass_no < cols:                                                      <L 106>
        // out[row] = total                                                                       <L 117>
        // wp::array_store(var_out, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
        // adj: out[row] = total                                                                  <L 117>
        start_while_0:;
        var_11 = (var_8 < var_3);
        var_12 = var_10 && var_11;
        if ((var_12) == false) goto end_while_0;
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
            // changed = bool(False)                                                              <L 107>
            var_14 = bool(var_13);
            // for j in range(cols - 1):                                                          <L 108>
            var_16 = wp::sub(var_3, var_15);
            var_17 = wp::range(var_16);
            // pass_no += 1                                                                       <L 116>
            var_39 = wp::add(var_8, var_38);
            wp::assign(var_8, var_39);
            wp::assign(var_10, var_14);
            wp::adj_assign(var_10, var_14, adj_10, adj_14);
            wp::adj_assign(var_8, var_39, adj_8, adj_39);
            wp::adj_add(var_8, var_38, adj_8, adj_38, adj_39);
            // adj: pass_no += 1                                                                  <L 116>
            var_17 = wp::iter_reverse(var_17);
            start_for_2:;
                if (iter_cmp(var_17) == 0) goto end_for_2;
                var_18 = wp::iter_next(var_17);
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
            	adj_35 = {};
            	adj_36 = {};
                // a = grid[row, j]                                                               <L 109>
                var_19 = wp::address(var_grid, var_0, var_18);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // b = grid[row, j + 1]                                                           <L 110>
                var_23 = wp::add(var_18, var_22);
                var_24 = wp::address(var_grid, var_0, var_23);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // if a > b:                                                                      <L 111>
                var_27 = (var_20 > var_25);
                if (var_27) {
                    // grid[row, j] = b                                                           <L 112>
                    // wp::array_store(var_grid, var_0, var_18, var_25);
                    // grid[row, j + 1] = a                                                       <L 113>
                    var_29 = wp::add(var_18, var_28);
                    // wp::array_store(var_grid, var_0, var_29, var_20);
                    // changed = bool(True)                                                       <L 114>
                    var_31 = bool(var_30);
                    // total += 1                                                                 <L 115>
                    var_34 = wp::add(var_6, var_33);
                }
                var_35 = wp::where(var_27, var_34, var_6);
                var_36 = wp::where(var_27, var_31, var_14);
                wp::assign(var_6, var_35);
                wp::assign(var_14, var_36);
                wp::adj_assign(var_14, var_36, adj_14, adj_36);
                wp::adj_assign(var_6, var_35, adj_6, adj_35);
                wp::adj_where(var_27, var_31, var_14, adj_27, adj_31, adj_14, adj_36);
                wp::adj_where(var_27, var_34, var_6, adj_27, adj_34, adj_6, adj_35);
                if (var_27) {
                    wp::adj_add(var_6, var_33, adj_6, adj_33, adj_34);
                    // adj: total += 1                                                            <L 115>
                    adj_bool(var_30, adj_30, adj_31);
                    // adj: changed = bool(True)                                                  <L 114>
                    wp::adj_array_store(var_grid, var_0, var_29, var_20, adj_grid, adj_0, adj_29, adj_20);
                    wp::adj_add(var_18, var_28, adj_18, adj_28, adj_29);
                    // adj: grid[row, j + 1] = a                                                  <L 113>
                    wp::adj_array_store(var_grid, var_0, var_18, var_25, adj_grid, adj_0, adj_18, adj_25);
                    // adj: grid[row, j] = b                                                      <L 112>
                }
                // adj: if a > b:                                                                 <L 111>
                wp::adj_copy(var_26, adj_24, adj_25);
                wp::adj_address(var_grid, var_0, var_23, adj_grid, adj_0, adj_23, adj_24);
                wp::adj_add(var_18, var_22, adj_18, adj_22, adj_23);
                // adj: b = grid[row, j + 1]                                                      <L 110>
                wp::adj_copy(var_21, adj_19, adj_20);
                wp::adj_address(var_grid, var_0, var_18, adj_grid, adj_0, adj_18, adj_19);
                // adj: a = grid[row, j]                                                          <L 109>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_16, adj_16, adj_17);
            wp::adj_sub(var_3, var_15, adj_3, adj_15, adj_16);
            // adj: for j in range(cols - 1):                                                     <L 108>
            adj_bool(var_13, adj_13, adj_14);
            // adj: changed = bool(False)                                                         <L 107>
        goto start_while_0;
        end_while_0:;
        // adj: while changed and pass_no < cols:                                                 <L 106>
        adj_bool(var_9, adj_9, adj_10);
        // adj: changed = bool(True)                                                              <L 105>
        wp::adj_int(var_7, adj_7, adj_8);
        // adj: pass_no = int(0)                                                                  <L 104>
        wp::adj_int(var_5, adj_5, adj_6);
        // adj: total = int(0)                                                                    <L 103>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_grid.shape = adj_1;
        // adj: cols = grid.shape[1]                                                              <L 102>
        // adj: row = wp.tid()                                                                    <L 101>
        // adj: def nested_while_for(grid: wp.array2d(dtype=int), out: wp.array(dtype=int)):      <L 100>
        continue;
    }
}

