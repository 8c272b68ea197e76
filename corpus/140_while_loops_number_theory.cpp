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


// corpus/140_while_loops_number_theory.py:4
static wp::int32 gcd_0(
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
static wp::int32 isqrt_0(
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
static bool is_prime_0(
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
    wp::int32 var_18;
    const bool var_19 = true;
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
        var_18 = wp::add(var_10, var_17);
        wp::assign(var_10, var_18);
    goto start_while_2;
    end_while_2:;
    // return True                                                                            <L 52>
    return var_19;
}


// corpus/140_while_loops_number_theory.py:27
static wp::float32 newton_cbrt_0(
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
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1e-06;
    bool var_19;
    const wp::int32 var_20 = 40;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
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
        var_16 = wp::sub(var_14, var_2);
        var_17 = wp::abs(var_16);
        var_19 = (var_17 < var_18);
        var_15 = var_19;
        if (!var_15) {
            var_21 = (var_4 > var_20);
            var_15 = var_15 || var_21;
        }
        if (var_15) {
            // x = nx                                                                         <L 34>
            var_22 = wp::copy(var_14);
            // break                                                                          <L 35>
            wp::assign(var_2, var_22);
            goto end_while_0;
        }
        // x = nx                                                                             <L 36>
        var_23 = wp::copy(var_14);
        // it += 1                                                                            <L 37>
        var_25 = wp::add(var_4, var_24);
        wp::assign(var_2, var_23);
        wp::assign(var_4, var_25);
    goto start_while_0;
    end_while_0:;
    // return wp.sign(a) * x                                                                  <L 38>
    var_26 = wp::sign(var_a);
    var_27 = wp::mul(var_26, var_2);
    return var_27;
}


// corpus/140_while_loops_number_theory.py:4
static void adj_gcd_0(
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
static void adj_isqrt_0(
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
static void adj_is_prime_0(
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
    wp::int32 var_18;
    const bool var_19 = true;
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
    bool adj_19 = {};
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
    adj_19 += adj_ret;
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
        // if n % d == 0:                                                                     <L 49>
        var_13 = wp::mod(var_n, var_10);
        var_15 = (var_13 == var_14);
        if (var_15) {
            // return False                                                                   <L 50>
            goto label4;
        }
        // d += 2                                                                             <L 51>
        var_18 = wp::add(var_10, var_17);
        wp::assign(var_10, var_18);
        wp::adj_assign(var_10, var_18, adj_10, adj_18);
        wp::adj_add(var_10, var_17, adj_10, adj_17, adj_18);
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
static void adj_newton_cbrt_0(
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
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1e-06;
    bool var_19;
    const wp::int32 var_20 = 40;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
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
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
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
    var_26 = wp::sign(var_a);
    var_27 = wp::mul(var_26, var_2);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_27 += adj_ret;
    wp::adj_mul(var_26, var_2, adj_26, adj_2, adj_27);
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
        var_16 = wp::sub(var_14, var_2);
        var_17 = wp::abs(var_16);
        var_19 = (var_17 < var_18);
        var_15 = var_19;
        if (!var_15) {
            var_21 = (var_4 > var_20);
            var_15 = var_15 || var_21;
        }
        if (var_15) {
            // x = nx                                                                         <L 34>
            var_22 = wp::copy(var_14);
            // break                                                                          <L 35>
            wp::assign(var_2, var_22);
            goto end_while_0;
        }
        // x = nx                                                                             <L 36>
        var_23 = wp::copy(var_14);
        // it += 1                                                                            <L 37>
        var_25 = wp::add(var_4, var_24);
        wp::assign(var_2, var_23);
        wp::assign(var_4, var_25);
        wp::adj_assign(var_4, var_25, adj_4, adj_25);
        wp::adj_assign(var_2, var_23, adj_2, adj_23);
        wp::adj_add(var_4, var_24, adj_4, adj_24, adj_25);
        // adj: it += 1                                                                       <L 37>
        wp::adj_copy(var_14, adj_14, adj_23);
        // adj: x = nx                                                                        <L 36>
        if (var_15) {
            wp::adj_assign(var_2, var_22, adj_2, adj_22);
            // adj: break                                                                     <L 35>
            wp::adj_copy(var_14, adj_14, adj_22);
            // adj: x = nx                                                                    <L 34>
        }
        if (!var_15) {
        }
        wp::adj_abs(var_16, adj_16, adj_17);
        wp::adj_sub(var_14, var_2, adj_14, adj_2, adj_16);
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
    // adj: it = int(0)                                                                       <L 30>
    wp::adj_max(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_abs(var_a, adj_a, adj_0);
    // adj: x = wp.max(wp.abs(a), 1.0)                                                        <L 29>
    // adj: def newton_cbrt(a: float) -> float:                                               <L 28>
    return;
}

struct wp_args_number_theory_2452cdf2 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::int32> b;
    wp::array_t<wp::int32> g;
    wp::array_t<wp::int32> r;
    wp::array_t<bool> primes;
    wp::array_t<wp::int32> nprimes;
};


void number_theory_2452cdf2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_number_theory_2452cdf2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_g = _wp_args->g;
    wp::array_t<wp::int32> var_r = _wp_args->r;
    wp::array_t<bool> var_primes = _wp_args->primes;
    wp::array_t<wp::int32> var_nprimes = _wp_args->nprimes;
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



void number_theory_2452cdf2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_number_theory_2452cdf2 *_wp_args,
    wp_args_number_theory_2452cdf2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_g = _wp_args->g;
    wp::array_t<wp::int32> var_r = _wp_args->r;
    wp::array_t<bool> var_primes = _wp_args->primes;
    wp::array_t<wp::int32> var_nprimes = _wp_args->nprimes;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int32> adj_g = _wp_adj_args->g;
    wp::array_t<wp::int32> adj_r = _wp_adj_args->r;
    wp::array_t<bool> adj_primes = _wp_adj_args->primes;
    wp::array_t<wp::int32> adj_nprimes = _wp_adj_args->nprimes;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void number_theory_2452cdf2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_number_theory_2452cdf2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        number_theory_2452cdf2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void number_theory_2452cdf2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_number_theory_2452cdf2 *_wp_args,
    wp_args_number_theory_2452cdf2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        number_theory_2452cdf2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cube_roots_e7f59db9 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void cube_roots_e7f59db9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cube_roots_e7f59db9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
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



void cube_roots_e7f59db9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cube_roots_e7f59db9 *_wp_args,
    wp_args_cube_roots_e7f59db9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cube_roots_e7f59db9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cube_roots_e7f59db9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cube_roots_e7f59db9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cube_roots_e7f59db9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cube_roots_e7f59db9 *_wp_args,
    wp_args_cube_roots_e7f59db9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cube_roots_e7f59db9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bisect_roots_199b5c83 {
    wp::array_t<wp::vec_t<4, wp::float32>> c;
    wp::array_t<wp::float32> roots;
    wp::array_t<wp::int32> iters;
};


void bisect_roots_199b5c83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bisect_roots_199b5c83 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters = _wp_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = -10.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 1e-05;
    bool var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::int32 var_50;
    const wp::float32 var_51 = 0.0;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    bool var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 100;
    bool var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::int32 var_67;
    const wp::float32 var_68 = 0.5;
    wp::float32 var_69;
    wp::float32 var_70;
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
    var_5 = wp::float(var_4);
    // hi = float(10.0)                                                                       <L 77>
    var_7 = wp::float(var_6);
    // flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                         <L 78>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::mul(var_9, var_5);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::mul(var_13, var_5);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::add(var_14, var_16);
    var_18 = wp::mul(var_17, var_5);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::add(var_18, var_20);
    // n = int(0)                                                                             <L 79>
    var_23 = wp::int(var_22);
    // while hi - lo > 1.0e-5:                                                                <L 80>
    start_while_0:;
    var_24 = wp::sub(var_7, var_5);
    var_26 = (var_24 > var_25);
    if ((var_26) == false) goto end_while_0;
        // mid = 0.5 * (lo + hi)                                                              <L 81>
        var_28 = wp::add(var_5, var_7);
        var_29 = wp::mul(var_27, var_28);
        // fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]                   <L 82>
        var_31 = wp::extract(var_2, var_30);
        var_32 = wp::mul(var_31, var_29);
        var_34 = wp::extract(var_2, var_33);
        var_35 = wp::add(var_32, var_34);
        var_36 = wp::mul(var_35, var_29);
        var_38 = wp::extract(var_2, var_37);
        var_39 = wp::add(var_36, var_38);
        var_40 = wp::mul(var_39, var_29);
        var_42 = wp::extract(var_2, var_41);
        var_43 = wp::add(var_40, var_42);
        // n += 1                                                                             <L 83>
        var_45 = wp::add(var_23, var_44);
        // if fm == 0.0:                                                                      <L 84>
        var_47 = (var_43 == var_46);
        if (var_47) {
            // lo = mid                                                                       <L 85>
            var_48 = wp::copy(var_29);
            // hi = mid                                                                       <L 86>
            var_49 = wp::copy(var_29);
            // break                                                                          <L 87>
            wp::assign(var_5, var_48);
            wp::assign(var_7, var_49);
            wp::assign(var_23, var_45);
            goto end_while_0;
        }
        var_50 = wp::where(var_47, var_23, var_45);
        // if (fm < 0.0) == (flo < 0.0):                                                      <L 88>
        var_52 = (var_43 < var_51);
        var_54 = (var_21 < var_53);
        var_55 = (var_52 == var_54);
        if (var_55) {
            // lo = mid                                                                       <L 89>
            var_56 = wp::copy(var_29);
            // flo = fm                                                                       <L 90>
            var_57 = wp::copy(var_43);
        }
        if (!var_55) {
            // hi = mid                                                                       <L 92>
            var_58 = wp::copy(var_29);
        }
        var_59 = wp::where(var_55, var_56, var_5);
        var_60 = wp::where(var_55, var_7, var_58);
        var_61 = wp::where(var_55, var_57, var_21);
        // if n >= 100:                                                                       <L 93>
        var_63 = (var_50 >= var_62);
        if (var_63) {
            // break                                                                          <L 94>
            wp::assign(var_5, var_59);
            wp::assign(var_7, var_60);
            wp::assign(var_21, var_61);
            wp::assign(var_23, var_50);
            goto end_while_0;
        }
        var_64 = wp::where(var_63, var_5, var_59);
        var_65 = wp::where(var_63, var_7, var_60);
        var_66 = wp::where(var_63, var_21, var_61);
        var_67 = wp::where(var_63, var_23, var_50);
        wp::assign(var_5, var_64);
        wp::assign(var_7, var_65);
        wp::assign(var_21, var_66);
        wp::assign(var_23, var_67);
    goto start_while_0;
    end_while_0:;
    // roots[i] = 0.5 * (lo + hi)                                                             <L 95>
    var_69 = wp::add(var_5, var_7);
    var_70 = wp::mul(var_68, var_69);
    wp::array_store(var_roots, var_0, var_70);
    // iters[i] = n                                                                           <L 96>
    wp::array_store(var_iters, var_0, var_23);
}



void bisect_roots_199b5c83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bisect_roots_199b5c83 *_wp_args,
    wp_args_bisect_roots_199b5c83 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters = _wp_args->iters;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::int32> adj_iters = _wp_adj_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = -10.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 1e-05;
    bool var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::int32 var_50;
    const wp::float32 var_51 = 0.0;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    bool var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 100;
    bool var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::int32 var_67;
    const wp::float32 var_68 = 0.5;
    wp::float32 var_69;
    wp::float32 var_70;
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
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    bool adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    bool adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    bool adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
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
    var_5 = wp::float(var_4);
    // hi = float(10.0)                                                                       <L 77>
    var_7 = wp::float(var_6);
    // flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                         <L 78>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::mul(var_9, var_5);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::mul(var_13, var_5);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::add(var_14, var_16);
    var_18 = wp::mul(var_17, var_5);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::add(var_18, var_20);
    // n = int(0)                                                                             <L 79>
    var_23 = wp::int(var_22);
    // while hi - lo > 1.0e-5:                                                                <L 80>
    // roots[i] = 0.5 * (lo + hi)                                                             <L 95>
    var_69 = wp::add(var_5, var_7);
    var_70 = wp::mul(var_68, var_69);
    // wp::array_store(var_roots, var_0, var_70);
    // iters[i] = n                                                                           <L 96>
    // wp::array_store(var_iters, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_iters, var_0, var_23, adj_iters, adj_0, adj_23);
    // adj: iters[i] = n                                                                      <L 96>
    wp::adj_array_store(var_roots, var_0, var_70, adj_roots, adj_0, adj_70);
    wp::adj_mul(var_68, var_69, adj_68, adj_69, adj_70);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_69);
    // adj: roots[i] = 0.5 * (lo + hi)                                                        <L 95>
    start_while_0:;
    var_24 = wp::sub(var_7, var_5);
    var_26 = (var_24 > var_25);
    if ((var_26) == false) goto end_while_0;
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
        // mid = 0.5 * (lo + hi)                                                              <L 81>
        var_28 = wp::add(var_5, var_7);
        var_29 = wp::mul(var_27, var_28);
        // fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]                   <L 82>
        var_31 = wp::extract(var_2, var_30);
        var_32 = wp::mul(var_31, var_29);
        var_34 = wp::extract(var_2, var_33);
        var_35 = wp::add(var_32, var_34);
        var_36 = wp::mul(var_35, var_29);
        var_38 = wp::extract(var_2, var_37);
        var_39 = wp::add(var_36, var_38);
        var_40 = wp::mul(var_39, var_29);
        var_42 = wp::extract(var_2, var_41);
        var_43 = wp::add(var_40, var_42);
        // n += 1                                                                             <L 83>
        var_45 = wp::add(var_23, var_44);
        // if fm == 0.0:                                                                      <L 84>
        var_47 = (var_43 == var_46);
        if (var_47) {
            // lo = mid                                                                       <L 85>
            var_48 = wp::copy(var_29);
            // hi = mid                                                                       <L 86>
            var_49 = wp::copy(var_29);
            // break                                                                          <L 87>
            wp::assign(var_5, var_48);
            wp::assign(var_7, var_49);
            wp::assign(var_23, var_45);
            goto end_while_0;
        }
        var_50 = wp::where(var_47, var_23, var_45);
        // if (fm < 0.0) == (flo < 0.0):                                                      <L 88>
        var_52 = (var_43 < var_51);
        var_54 = (var_21 < var_53);
        var_55 = (var_52 == var_54);
        if (var_55) {
            // lo = mid                                                                       <L 89>
            var_56 = wp::copy(var_29);
            // flo = fm                                                                       <L 90>
            var_57 = wp::copy(var_43);
        }
        if (!var_55) {
            // hi = mid                                                                       <L 92>
            var_58 = wp::copy(var_29);
        }
        var_59 = wp::where(var_55, var_56, var_5);
        var_60 = wp::where(var_55, var_7, var_58);
        var_61 = wp::where(var_55, var_57, var_21);
        // if n >= 100:                                                                       <L 93>
        var_63 = (var_50 >= var_62);
        if (var_63) {
            // break                                                                          <L 94>
            wp::assign(var_5, var_59);
            wp::assign(var_7, var_60);
            wp::assign(var_21, var_61);
            wp::assign(var_23, var_50);
            goto end_while_0;
        }
        var_64 = wp::where(var_63, var_5, var_59);
        var_65 = wp::where(var_63, var_7, var_60);
        var_66 = wp::where(var_63, var_21, var_61);
        var_67 = wp::where(var_63, var_23, var_50);
        wp::assign(var_5, var_64);
        wp::assign(var_7, var_65);
        wp::assign(var_21, var_66);
        wp::assign(var_23, var_67);
        wp::adj_assign(var_23, var_67, adj_23, adj_67);
        wp::adj_assign(var_21, var_66, adj_21, adj_66);
        wp::adj_assign(var_7, var_65, adj_7, adj_65);
        wp::adj_assign(var_5, var_64, adj_5, adj_64);
        wp::adj_where(var_63, var_23, var_50, adj_63, adj_23, adj_50, adj_67);
        wp::adj_where(var_63, var_21, var_61, adj_63, adj_21, adj_61, adj_66);
        wp::adj_where(var_63, var_7, var_60, adj_63, adj_7, adj_60, adj_65);
        wp::adj_where(var_63, var_5, var_59, adj_63, adj_5, adj_59, adj_64);
        if (var_63) {
            wp::adj_assign(var_23, var_50, adj_23, adj_50);
            wp::adj_assign(var_21, var_61, adj_21, adj_61);
            wp::adj_assign(var_7, var_60, adj_7, adj_60);
            wp::adj_assign(var_5, var_59, adj_5, adj_59);
            // adj: break                                                                     <L 94>
        }
        // adj: if n >= 100:                                                                  <L 93>
        wp::adj_where(var_55, var_57, var_21, adj_55, adj_57, adj_21, adj_61);
        wp::adj_where(var_55, var_7, var_58, adj_55, adj_7, adj_58, adj_60);
        wp::adj_where(var_55, var_56, var_5, adj_55, adj_56, adj_5, adj_59);
        if (!var_55) {
            wp::adj_copy(var_29, adj_29, adj_58);
            // adj: hi = mid                                                                  <L 92>
        }
        if (var_55) {
            wp::adj_copy(var_43, adj_43, adj_57);
            // adj: flo = fm                                                                  <L 90>
            wp::adj_copy(var_29, adj_29, adj_56);
            // adj: lo = mid                                                                  <L 89>
        }
        // adj: if (fm < 0.0) == (flo < 0.0):                                                 <L 88>
        wp::adj_where(var_47, var_23, var_45, adj_47, adj_23, adj_45, adj_50);
        if (var_47) {
            wp::adj_assign(var_23, var_45, adj_23, adj_45);
            wp::adj_assign(var_7, var_49, adj_7, adj_49);
            wp::adj_assign(var_5, var_48, adj_5, adj_48);
            // adj: break                                                                     <L 87>
            wp::adj_copy(var_29, adj_29, adj_49);
            // adj: hi = mid                                                                  <L 86>
            wp::adj_copy(var_29, adj_29, adj_48);
            // adj: lo = mid                                                                  <L 85>
        }
        // adj: if fm == 0.0:                                                                 <L 84>
        wp::adj_add(var_23, var_44, adj_23, adj_44, adj_45);
        // adj: n += 1                                                                        <L 83>
        wp::adj_add(var_40, var_42, adj_40, adj_42, adj_43);
        wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
        wp::adj_mul(var_39, var_29, adj_39, adj_29, adj_40);
        wp::adj_add(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_extract(var_2, var_37, adj_2, adj_37, adj_38);
        wp::adj_mul(var_35, var_29, adj_35, adj_29, adj_36);
        wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_extract(var_2, var_33, adj_2, adj_33, adj_34);
        wp::adj_mul(var_31, var_29, adj_31, adj_29, adj_32);
        wp::adj_extract(var_2, var_30, adj_2, adj_30, adj_31);
        // adj: fm = ((coef[0] * mid + coef[1]) * mid + coef[2]) * mid + coef[3]              <L 82>
        wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_28);
        // adj: mid = 0.5 * (lo + hi)                                                         <L 81>
    goto start_while_0;
    end_while_0:;
    // adj: while hi - lo > 1.0e-5:                                                           <L 80>
    // adj: n = int(0)                                                                        <L 79>
    wp::adj_add(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_mul(var_17, var_5, adj_17, adj_5, adj_18);
    wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_mul(var_13, var_5, adj_13, adj_5, adj_14);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_mul(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    // adj: flo = ((coef[0] * lo + coef[1]) * lo + coef[2]) * lo + coef[3]                    <L 78>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: hi = float(10.0)                                                                  <L 77>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: lo = float(-10.0)                                                                 <L 76>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: coef = c[i]                                                                       <L 75>
    // adj: i = wp.tid()                                                                      <L 74>
    // adj: def bisect_roots(c: wp.array(dtype=wp.vec4), roots: wp.array(dtype=float), iters: wp.array(dtype=int)):  <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bisect_roots_199b5c83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bisect_roots_199b5c83 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bisect_roots_199b5c83_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bisect_roots_199b5c83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bisect_roots_199b5c83 *_wp_args,
    wp_args_bisect_roots_199b5c83 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bisect_roots_199b5c83_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_nested_while_for_0f7c9bca {
    wp::array_t<wp::int32> grid;
    wp::array_t<wp::int32> out;
};


void nested_while_for_0f7c9bca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_while_for_0f7c9bca *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_out = _wp_args->out;
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
    wp::int32 var_33;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
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
    var_11 = var_10;
    if (var_11) {
        var_12 = (var_8 < var_3);
        var_11 = var_11 && var_12;
    }
    if ((var_11) == false) goto end_while_0;
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
                var_33 = wp::add(var_6, var_32);
            }
            var_34 = wp::where(var_27, var_33, var_6);
            var_35 = wp::where(var_27, var_31, var_14);
            wp::assign(var_6, var_34);
            wp::assign(var_14, var_35);
            goto start_for_2;
        end_for_2:;
        // pass_no += 1                                                                       <L 116>
        var_37 = wp::add(var_8, var_36);
        wp::assign(var_8, var_37);
        wp::assign(var_10, var_14);
    goto start_while_0;
    end_while_0:;
    // out[row] = total                                                                       <L 117>
    wp::array_store(var_out, var_0, var_6);
}



void nested_while_for_0f7c9bca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_while_for_0f7c9bca *_wp_args,
    wp_args_nested_while_for_0f7c9bca *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
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
    wp::int32 var_33;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
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
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
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
    var_11 = var_10;
    if (var_11) {
        var_12 = (var_8 < var_3);
        var_11 = var_11 && var_12;
    }
    if ((var_11) == false) goto end_while_0;
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_36 = {};
    adj_37 = {};
        // changed = bool(False)                                                              <L 107>
        var_14 = bool(var_13);
        // for j in range(cols - 1):                                                          <L 108>
        var_16 = wp::sub(var_3, var_15);
        var_17 = wp::range(var_16);
        // pass_no += 1                                                                       <L 116>
        var_37 = wp::add(var_8, var_36);
        wp::assign(var_8, var_37);
        wp::assign(var_10, var_14);
        wp::adj_assign(var_10, var_14, adj_10, adj_14);
        wp::adj_assign(var_8, var_37, adj_8, adj_37);
        wp::adj_add(var_8, var_36, adj_8, adj_36, adj_37);
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
                var_33 = wp::add(var_6, var_32);
            }
            var_34 = wp::where(var_27, var_33, var_6);
            var_35 = wp::where(var_27, var_31, var_14);
            wp::assign(var_6, var_34);
            wp::assign(var_14, var_35);
            wp::adj_assign(var_14, var_35, adj_14, adj_35);
            wp::adj_assign(var_6, var_34, adj_6, adj_34);
            wp::adj_where(var_27, var_31, var_14, adj_27, adj_31, adj_14, adj_35);
            wp::adj_where(var_27, var_33, var_6, adj_27, adj_33, adj_6, adj_34);
            if (var_27) {
                wp::adj_add(var_6, var_32, adj_6, adj_32, adj_33);
                // adj: total += 1                                                            <L 115>
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
        wp::adj_sub(var_3, var_15, adj_3, adj_15, adj_16);
        // adj: for j in range(cols - 1):                                                     <L 108>
        // adj: changed = bool(False)                                                         <L 107>
    goto start_while_0;
    end_while_0:;
    // adj: while changed and pass_no < cols:                                                 <L 106>
    // adj: changed = bool(True)                                                              <L 105>
    // adj: pass_no = int(0)                                                                  <L 104>
    // adj: total = int(0)                                                                    <L 103>
    adj_grid.shape = adj_1;
    // adj: cols = grid.shape[1]                                                              <L 102>
    // adj: row = wp.tid()                                                                    <L 101>
    // adj: def nested_while_for(grid: wp.array2d(dtype=int), out: wp.array(dtype=int)):      <L 100>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void nested_while_for_0f7c9bca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_while_for_0f7c9bca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        nested_while_for_0f7c9bca_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void nested_while_for_0f7c9bca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_while_for_0f7c9bca *_wp_args,
    wp_args_nested_while_for_0f7c9bca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        nested_while_for_0f7c9bca_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

