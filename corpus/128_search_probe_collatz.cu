#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


// corpus/128_search_probe_collatz.py:7
static CUDA_CALLABLE wp::int32 lower_bound_0(
    wp::array_t<wp::int32> var_keys,
    wp::int32 var_n,
    wp::int32 var_key)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    //---------
    // forward
    // def lower_bound(keys: wp.array(dtype=int), n: int, key: int) -> int:                   <L 8>
    // lo = int(0)                                                                            <L 9>
    var_1 = wp::int(var_0);
    // hi = n                                                                                 <L 10>
    var_2 = wp::copy(var_n);
    // while lo < hi:                                                                         <L 11>
    start_while_0:;
    var_3 = (var_1 < var_2);
    if ((var_3) == false) goto end_while_0;
        // mid = (lo + hi) // 2                                                               <L 12>
        var_4 = wp::add(var_1, var_2);
        var_6 = wp::floordiv(var_4, var_5);
        // if keys[mid] < key:                                                                <L 13>
        var_7 = wp::address(var_keys, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_9 < var_key);
        if (var_8) {
            // lo = mid + 1                                                                   <L 14>
            var_11 = wp::add(var_6, var_10);
        }
        if (!var_8) {
            // hi = mid                                                                       <L 16>
            var_12 = wp::copy(var_6);
        }
        var_13 = wp::where(var_8, var_11, var_1);
        var_14 = wp::where(var_8, var_2, var_12);
        wp::assign(var_1, var_13);
        wp::assign(var_2, var_14);
    goto start_while_0;
    end_while_0:;
    // return lo                                                                              <L 17>
    return var_1;
}


// corpus/128_search_probe_collatz.py:20
static CUDA_CALLABLE wp::int32 probe_table_0(
    wp::array_t<wp::int32> var_table,
    wp::int32 var_key)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 2654435761;
    wp::int32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 64;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = -1;
    bool var_22;
    //---------
    // forward
    // def probe_table(table: wp.array(dtype=int), key: int) -> int:                          <L 21>
    // cap = table.shape[0]                                                                   <L 22>
    var_0 = &(var_table.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // h = (key * 2654435761) % cap                                                           <L 23>
    var_5 = wp::mul(var_key, var_4);
    var_6 = wp::mod(var_5, var_2);
    // if h < 0:                                                                              <L 24>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // h += cap                                                                           <L 25>
        var_9 = wp::add(var_6, var_2);
    }
    var_10 = wp::where(var_8, var_9, var_6);
    // for p in range(MAX_PROBES):                                                            <L 26>
    var_12 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // slot = (h + p * p) % cap                                                           <L 27>
        var_14 = wp::mul(var_13, var_13);
        var_15 = wp::add(var_10, var_14);
        var_16 = wp::mod(var_15, var_2);
        // k = table[slot]                                                                    <L 28>
        var_17 = wp::address(var_table, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // if k == key:                                                                       <L 29>
        var_20 = (var_18 == var_key);
        if (var_20) {
            // return slot                                                                    <L 30>
            return var_16;
        }
        if (!var_20) {
            // elif k == NOT_FOUND:                                                           <L 31>
            var_22 = (var_18 == var_21);
            if (var_22) {
                // break                                                                      <L 32>
                goto end_for_0;
            }
        }
        goto start_for_0;
    end_for_0:;
    // return NOT_FOUND                                                                       <L 33>
    return var_21;
}


// corpus/128_search_probe_collatz.py:36
static CUDA_CALLABLE wp::int32 collatz_steps_0(
    wp::int32 var_n,
    wp::int32 var_limit)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // forward
    // def collatz_steps(n: int, limit: int) -> int:                                          <L 37>
    // steps = int(0)                                                                         <L 38>
    var_1 = wp::int(var_0);
    // x = n                                                                                  <L 39>
    var_2 = wp::copy(var_n);
    // while x != 1:                                                                          <L 40>
    start_while_0:;
    var_4 = (var_2 != var_3);
    if ((var_4) == false) goto end_while_0;
        // if steps >= limit:                                                                 <L 41>
        var_5 = (var_1 >= var_limit);
        if (var_5) {
            // return -1                                                                      <L 42>
            return var_6;
        }
        // if x % 2 == 0:                                                                     <L 43>
        var_8 = wp::mod(var_2, var_7);
        var_10 = (var_8 == var_9);
        if (var_10) {
            // x = x // 2                                                                     <L 44>
            var_12 = wp::floordiv(var_2, var_11);
        }
        if (!var_10) {
            // x = 3 * x + 1                                                                  <L 46>
            var_14 = wp::mul(var_13, var_2);
            var_16 = wp::add(var_14, var_15);
        }
        var_17 = wp::where(var_10, var_12, var_16);
        // steps += 1                                                                         <L 47>
        var_19 = wp::add(var_1, var_18);
        wp::assign(var_1, var_19);
        wp::assign(var_2, var_17);
    goto start_while_0;
    end_while_0:;
    // return steps                                                                           <L 48>
    return var_1;
}


// corpus/128_search_probe_collatz.py:7
static CUDA_CALLABLE void adj_lower_bound_0(
    wp::array_t<wp::int32> var_keys,
    wp::int32 var_n,
    wp::int32 var_key,
    wp::array_t<wp::int32> & adj_keys,
    wp::int32 & adj_n,
    wp::int32 & adj_key,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def lower_bound(keys: wp.array(dtype=int), n: int, key: int) -> int:                   <L 8>
    // lo = int(0)                                                                            <L 9>
    var_1 = wp::int(var_0);
    // hi = n                                                                                 <L 10>
    var_2 = wp::copy(var_n);
    // while lo < hi:                                                                         <L 11>
    // return lo                                                                              <L 17>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return lo                                                                         <L 17>
    start_while_0:;
    var_3 = (var_1 < var_2);
    if ((var_3) == false) goto end_while_0;
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
        // mid = (lo + hi) // 2                                                               <L 12>
        var_4 = wp::add(var_1, var_2);
        var_6 = wp::floordiv(var_4, var_5);
        // if keys[mid] < key:                                                                <L 13>
        var_7 = wp::address(var_keys, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_9 < var_key);
        if (var_8) {
            // lo = mid + 1                                                                   <L 14>
            var_11 = wp::add(var_6, var_10);
        }
        if (!var_8) {
            // hi = mid                                                                       <L 16>
            var_12 = wp::copy(var_6);
        }
        var_13 = wp::where(var_8, var_11, var_1);
        var_14 = wp::where(var_8, var_2, var_12);
        wp::assign(var_1, var_13);
        wp::assign(var_2, var_14);
        wp::adj_assign(var_2, var_14, adj_2, adj_14);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_where(var_8, var_2, var_12, adj_8, adj_2, adj_12, adj_14);
        wp::adj_where(var_8, var_11, var_1, adj_8, adj_11, adj_1, adj_13);
        if (!var_8) {
            wp::adj_copy(var_6, adj_6, adj_12);
            // adj: hi = mid                                                                  <L 16>
        }
        if (var_8) {
            wp::adj_add(var_6, var_10, adj_6, adj_10, adj_11);
            // adj: lo = mid + 1                                                              <L 14>
        }
        wp::adj_address(var_keys, var_6, adj_keys, adj_6, adj_7);
        // adj: if keys[mid] < key:                                                           <L 13>
        wp::adj_add(var_1, var_2, adj_1, adj_2, adj_4);
        // adj: mid = (lo + hi) // 2                                                          <L 12>
    goto start_while_0;
    end_while_0:;
    // adj: while lo < hi:                                                                    <L 11>
    wp::adj_copy(var_n, adj_n, adj_2);
    // adj: hi = n                                                                            <L 10>
    // adj: lo = int(0)                                                                       <L 9>
    // adj: def lower_bound(keys: wp.array(dtype=int), n: int, key: int) -> int:              <L 8>
    return;
}


// corpus/128_search_probe_collatz.py:20
static CUDA_CALLABLE void adj_probe_table_0(
    wp::array_t<wp::int32> var_table,
    wp::int32 var_key,
    wp::array_t<wp::int32> & adj_table,
    wp::int32 & adj_key,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 2654435761;
    wp::int32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 64;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = -1;
    bool var_22;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    //---------
    // forward
    // def probe_table(table: wp.array(dtype=int), key: int) -> int:                          <L 21>
    // cap = table.shape[0]                                                                   <L 22>
    var_0 = &(var_table.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // h = (key * 2654435761) % cap                                                           <L 23>
    var_5 = wp::mul(var_key, var_4);
    var_6 = wp::mod(var_5, var_2);
    // if h < 0:                                                                              <L 24>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // h += cap                                                                           <L 25>
        var_9 = wp::add(var_6, var_2);
    }
    var_10 = wp::where(var_8, var_9, var_6);
    // for p in range(MAX_PROBES):                                                            <L 26>
    var_12 = wp::range(var_11);
    // return NOT_FOUND                                                                       <L 33>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_21 += adj_ret;
    // adj: return NOT_FOUND                                                                  <L 33>
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
        // slot = (h + p * p) % cap                                                           <L 27>
        var_14 = wp::mul(var_13, var_13);
        var_15 = wp::add(var_10, var_14);
        var_16 = wp::mod(var_15, var_2);
        // k = table[slot]                                                                    <L 28>
        var_17 = wp::address(var_table, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // if k == key:                                                                       <L 29>
        var_20 = (var_18 == var_key);
        if (var_20) {
            // return slot                                                                    <L 30>
            goto label2;
        }
        if (!var_20) {
            // elif k == NOT_FOUND:                                                           <L 31>
            var_22 = (var_18 == var_21);
            if (var_22) {
                // break                                                                      <L 32>
                goto end_for_0;
            }
        }
        if (!var_20) {
            if (var_22) {
                // adj: break                                                                 <L 32>
            }
            // adj: elif k == NOT_FOUND:                                                      <L 31>
        }
        if (var_20) {
            label2:;
            adj_16 += adj_ret;
            // adj: return slot                                                               <L 30>
        }
        // adj: if k == key:                                                                  <L 29>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_table, var_16, adj_table, adj_16, adj_17);
        // adj: k = table[slot]                                                               <L 28>
        wp::adj_mod(var_15, var_2, adj_15, adj_2, adj_16);
        wp::adj_add(var_10, var_14, adj_10, adj_14, adj_15);
        wp::adj_mul(var_13, var_13, adj_13, adj_13, adj_14);
        // adj: slot = (h + p * p) % cap                                                      <L 27>
    	goto start_for_0;
    end_for_0:;
    // adj: for p in range(MAX_PROBES):                                                       <L 26>
    wp::adj_where(var_8, var_9, var_6, adj_8, adj_9, adj_6, adj_10);
    if (var_8) {
        wp::adj_add(var_6, var_2, adj_6, adj_2, adj_9);
        // adj: h += cap                                                                      <L 25>
    }
    // adj: if h < 0:                                                                         <L 24>
    wp::adj_mod(var_5, var_2, adj_5, adj_2, adj_6);
    wp::adj_mul(var_key, var_4, adj_key, adj_4, adj_5);
    // adj: h = (key * 2654435761) % cap                                                      <L 23>
    adj_table.shape = adj_0;
    // adj: cap = table.shape[0]                                                              <L 22>
    // adj: def probe_table(table: wp.array(dtype=int), key: int) -> int:                     <L 21>
    return;
}


// corpus/128_search_probe_collatz.py:36
static CUDA_CALLABLE void adj_collatz_steps_0(
    wp::int32 var_n,
    wp::int32 var_limit,
    wp::int32 & adj_n,
    wp::int32 & adj_limit,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def collatz_steps(n: int, limit: int) -> int:                                          <L 37>
    // steps = int(0)                                                                         <L 38>
    var_1 = wp::int(var_0);
    // x = n                                                                                  <L 39>
    var_2 = wp::copy(var_n);
    // while x != 1:                                                                          <L 40>
    // return steps                                                                           <L 48>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_1 += adj_ret;
    // adj: return steps                                                                      <L 48>
    start_while_0:;
    var_4 = (var_2 != var_3);
    if ((var_4) == false) goto end_while_0;
    adj_5 = {};
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
        // if steps >= limit:                                                                 <L 41>
        var_5 = (var_1 >= var_limit);
        if (var_5) {
            // return -1                                                                      <L 42>
            goto label2;
        }
        // if x % 2 == 0:                                                                     <L 43>
        var_8 = wp::mod(var_2, var_7);
        var_10 = (var_8 == var_9);
        if (var_10) {
            // x = x // 2                                                                     <L 44>
            var_12 = wp::floordiv(var_2, var_11);
        }
        if (!var_10) {
            // x = 3 * x + 1                                                                  <L 46>
            var_14 = wp::mul(var_13, var_2);
            var_16 = wp::add(var_14, var_15);
        }
        var_17 = wp::where(var_10, var_12, var_16);
        // steps += 1                                                                         <L 47>
        var_19 = wp::add(var_1, var_18);
        wp::assign(var_1, var_19);
        wp::assign(var_2, var_17);
        wp::adj_assign(var_2, var_17, adj_2, adj_17);
        wp::adj_assign(var_1, var_19, adj_1, adj_19);
        wp::adj_add(var_1, var_18, adj_1, adj_18, adj_19);
        // adj: steps += 1                                                                    <L 47>
        wp::adj_where(var_10, var_12, var_16, adj_10, adj_12, adj_16, adj_17);
        if (!var_10) {
            wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_mul(var_13, var_2, adj_13, adj_2, adj_14);
            // adj: x = 3 * x + 1                                                             <L 46>
        }
        if (var_10) {
            // adj: x = x // 2                                                                <L 44>
        }
        wp::adj_mod(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: if x % 2 == 0:                                                                <L 43>
        if (var_5) {
            label2:;
            adj_6 += adj_ret;
            // adj: return -1                                                                 <L 42>
        }
        // adj: if steps >= limit:                                                            <L 41>
    goto start_while_0;
    end_while_0:;
    // adj: while x != 1:                                                                     <L 40>
    wp::adj_copy(var_n, adj_n, adj_2);
    // adj: x = n                                                                             <L 39>
    // adj: steps = int(0)                                                                    <L 38>
    // adj: def collatz_steps(n: int, limit: int) -> int:                                     <L 37>
    return;
}



extern "C" __global__ void sorted_lookup_671a01cc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_found)
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
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        bool var_9;
        bool var_10;
        wp::int32* var_11;
        bool var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        //---------
        // forward
        // def sorted_lookup(keys: wp.array(dtype=int), queries: wp.array(dtype=int), found: wp.array(dtype=int)):       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // n = keys.shape[0]                                                                      <L 54>
        var_1 = &(var_keys.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // q = queries[i]                                                                         <L 55>
        var_5 = wp::address(var_queries, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // pos = lower_bound(keys, n, q)                                                          <L 56>
        var_8 = lower_bound_0(var_keys, var_3, var_6);
        // if pos < n and keys[pos] == q:                                                         <L 57>
        var_10 = (var_8 < var_3);
        var_9 = var_10;
        if (var_9) {
            var_11 = wp::address(var_keys, var_8);
            var_13 = wp::load(var_11);
            var_12 = (var_13 == var_6);
            var_9 = var_9 && var_12;
        }
        if (var_9) {
            // found[i] = pos                                                                     <L 58>
            wp::array_store(var_found, var_0, var_8);
        }
        if (!var_9) {
            // found[i] = NOT_FOUND                                                               <L 60>
            wp::array_store(var_found, var_0, var_14);
        }
    }
}



extern "C" __global__ void sorted_lookup_671a01cc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_found,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_queries,
    wp::array_t<wp::int32> adj_found)
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
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        bool var_9;
        bool var_10;
        wp::int32* var_11;
        bool var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
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
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def sorted_lookup(keys: wp.array(dtype=int), queries: wp.array(dtype=int), found: wp.array(dtype=int)):       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // n = keys.shape[0]                                                                      <L 54>
        var_1 = &(var_keys.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // q = queries[i]                                                                         <L 55>
        var_5 = wp::address(var_queries, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // pos = lower_bound(keys, n, q)                                                          <L 56>
        var_8 = lower_bound_0(var_keys, var_3, var_6);
        // if pos < n and keys[pos] == q:                                                         <L 57>
        var_10 = (var_8 < var_3);
        var_9 = var_10;
        if (var_9) {
            var_11 = wp::address(var_keys, var_8);
            var_13 = wp::load(var_11);
            var_12 = (var_13 == var_6);
            var_9 = var_9 && var_12;
        }
        if (var_9) {
            // found[i] = pos                                                                     <L 58>
            // wp::array_store(var_found, var_0, var_8);
        }
        if (!var_9) {
            // found[i] = NOT_FOUND                                                               <L 60>
            // wp::array_store(var_found, var_0, var_14);
        }
        //---------
        // reverse
        if (!var_9) {
            wp::adj_array_store(var_found, var_0, var_14, adj_found, adj_0, adj_14);
            // adj: found[i] = NOT_FOUND                                                          <L 60>
        }
        if (var_9) {
            wp::adj_array_store(var_found, var_0, var_8, adj_found, adj_0, adj_8);
            // adj: found[i] = pos                                                                <L 58>
        }
        if (var_9) {
            wp::adj_address(var_keys, var_8, adj_keys, adj_8, adj_11);
        }
        // adj: if pos < n and keys[pos] == q:                                                    <L 57>
        adj_lower_bound_0(var_keys, var_3, var_6, adj_keys, adj_3, adj_6, adj_8);
        // adj: pos = lower_bound(keys, n, q)                                                     <L 56>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_5);
        // adj: q = queries[i]                                                                    <L 55>
        adj_keys.shape = adj_1;
        // adj: n = keys.shape[0]                                                                 <L 54>
        // adj: i = wp.tid()                                                                      <L 53>
        // adj: def sorted_lookup(keys: wp.array(dtype=int), queries: wp.array(dtype=int), found: wp.array(dtype=int)):  <L 52>
        continue;
    }
}



extern "C" __global__ void hash_lookup_29d042b6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_table,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_misses)
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
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = -1;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        //---------
        // forward
        // def hash_lookup(table: wp.array(dtype=int), queries: wp.array(dtype=int), slots: wp.array(dtype=int), misses: wp.array(dtype=int)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // s = probe_table(table, queries[i])                                                     <L 66>
        var_1 = wp::address(var_queries, var_0);
        var_3 = wp::load(var_1);
        var_2 = probe_table_0(var_table, var_3);
        // slots[i] = s                                                                           <L 67>
        wp::array_store(var_slots, var_0, var_2);
        // if s == NOT_FOUND:                                                                     <L 68>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // wp.atomic_add(misses, 0, 1)                                                        <L 69>
            var_8 = wp::atomic_add(var_misses, var_6, var_7);
        }
    }
}



extern "C" __global__ void hash_lookup_29d042b6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_table,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_misses,
    wp::array_t<wp::int32> adj_table,
    wp::array_t<wp::int32> adj_queries,
    wp::array_t<wp::int32> adj_slots,
    wp::array_t<wp::int32> adj_misses)
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
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = -1;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def hash_lookup(table: wp.array(dtype=int), queries: wp.array(dtype=int), slots: wp.array(dtype=int), misses: wp.array(dtype=int)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // s = probe_table(table, queries[i])                                                     <L 66>
        var_1 = wp::address(var_queries, var_0);
        var_3 = wp::load(var_1);
        var_2 = probe_table_0(var_table, var_3);
        // slots[i] = s                                                                           <L 67>
        // wp::array_store(var_slots, var_0, var_2);
        // if s == NOT_FOUND:                                                                     <L 68>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // wp.atomic_add(misses, 0, 1)                                                        <L 69>
            // var_8 = wp::atomic_add(var_misses, var_6, var_7);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_atomic_add(var_misses, var_6, var_7, adj_misses, adj_6, adj_7, adj_8);
            // adj: wp.atomic_add(misses, 0, 1)                                                   <L 69>
        }
        // adj: if s == NOT_FOUND:                                                                <L 68>
        wp::adj_array_store(var_slots, var_0, var_2, adj_slots, adj_0, adj_2);
        // adj: slots[i] = s                                                                      <L 67>
        adj_probe_table_0(var_table, var_3, adj_table, adj_1, adj_2);
        wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
        // adj: s = probe_table(table, queries[i])                                                <L 66>
        // adj: i = wp.tid()                                                                      <L 65>
        // adj: def hash_lookup(table: wp.array(dtype=int), queries: wp.array(dtype=int), slots: wp.array(dtype=int), misses: wp.array(dtype=int)):  <L 64>
        continue;
    }
}



extern "C" __global__ void collatz_e4111739_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_start,
    wp::array_t<wp::int32> var_steps,
    wp::array_t<wp::int32> var_longest)
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
        const wp::int32 var_2 = 1000;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        //---------
        // forward
        // def collatz(start: wp.array(dtype=int), steps: wp.array(dtype=int), longest: wp.array(dtype=int)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // s = collatz_steps(start[i], 1000)                                                      <L 75>
        var_1 = wp::address(var_start, var_0);
        var_4 = wp::load(var_1);
        var_3 = collatz_steps_0(var_4, var_2);
        // steps[i] = s                                                                           <L 76>
        wp::array_store(var_steps, var_0, var_3);
        // wp.atomic_max(longest, 0, s)                                                           <L 77>
        var_6 = wp::atomic_max(var_longest, var_5, var_3);
    }
}



extern "C" __global__ void collatz_e4111739_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_start,
    wp::array_t<wp::int32> var_steps,
    wp::array_t<wp::int32> var_longest,
    wp::array_t<wp::int32> adj_start,
    wp::array_t<wp::int32> adj_steps,
    wp::array_t<wp::int32> adj_longest)
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
        const wp::int32 var_2 = 1000;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def collatz(start: wp.array(dtype=int), steps: wp.array(dtype=int), longest: wp.array(dtype=int)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // s = collatz_steps(start[i], 1000)                                                      <L 75>
        var_1 = wp::address(var_start, var_0);
        var_4 = wp::load(var_1);
        var_3 = collatz_steps_0(var_4, var_2);
        // steps[i] = s                                                                           <L 76>
        // wp::array_store(var_steps, var_0, var_3);
        // wp.atomic_max(longest, 0, s)                                                           <L 77>
        // var_6 = wp::atomic_max(var_longest, var_5, var_3);
        //---------
        // reverse
        wp::adj_atomic_max(var_longest, var_5, var_3, adj_longest, adj_5, adj_3, adj_6);
        // adj: wp.atomic_max(longest, 0, s)                                                      <L 77>
        wp::adj_array_store(var_steps, var_0, var_3, adj_steps, adj_0, adj_3);
        // adj: steps[i] = s                                                                      <L 76>
        adj_collatz_steps_0(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_start, var_0, adj_start, adj_0, adj_1);
        // adj: s = collatz_steps(start[i], 1000)                                                 <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def collatz(start: wp.array(dtype=int), steps: wp.array(dtype=int), longest: wp.array(dtype=int)):  <L 73>
        continue;
    }
}



extern "C" __global__ void scan_runs_e0462d19_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::array_t<wp::int32> var_run_len,
    wp::array_t<wp::int32> var_run_val)
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
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        bool var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        bool var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        bool var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        //---------
        // forward
        // def scan_runs(values: wp.array2d(dtype=int), run_len: wp.array(dtype=int), run_val: wp.array(dtype=int)):       <L 81>
        // row = wp.tid()                                                                         <L 82>
        var_0 = builtin_tid1d();
        // n = values.shape[1]                                                                    <L 83>
        var_1 = &(var_values.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // best = int(0)                                                                          <L 84>
        var_6 = wp::int(var_5);
        // best_v = int(0)                                                                        <L 85>
        var_8 = wp::int(var_7);
        // j = int(0)                                                                             <L 86>
        var_10 = wp::int(var_9);
        // while j < n:                                                                           <L 87>
        start_while_0:;
        var_11 = (var_10 < var_3);
        if ((var_11) == false) goto end_while_0;
            // v = values[row, j]                                                                 <L 88>
            var_12 = wp::address(var_values, var_0, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // k = j + 1                                                                          <L 89>
            var_16 = wp::add(var_10, var_15);
            // for t in range(j + 1, n):                                                          <L 90>
            var_18 = wp::add(var_10, var_17);
            var_19 = wp::range(var_18, var_3);
            start_for_2:;
                if (iter_cmp(var_19) == 0) goto end_for_2;
                var_20 = wp::iter_next(var_19);
                // if values[row, t] != v:                                                        <L 91>
                var_21 = wp::address(var_values, var_0, var_20);
                var_23 = wp::load(var_21);
                var_22 = (var_23 != var_13);
                if (var_22) {
                    // break                                                                      <L 92>
                    goto end_for_2;
                }
                // k = t + 1                                                                      <L 93>
                var_25 = wp::add(var_20, var_24);
                wp::assign(var_16, var_25);
                goto start_for_2;
            end_for_2:;
            // length = k - j                                                                     <L 94>
            var_26 = wp::sub(var_16, var_10);
            // if length > best:                                                                  <L 95>
            var_27 = (var_26 > var_6);
            if (var_27) {
                // best = length                                                                  <L 96>
                var_28 = wp::copy(var_26);
                // best_v = v                                                                     <L 97>
                var_29 = wp::copy(var_13);
            }
            var_30 = wp::where(var_27, var_28, var_6);
            var_31 = wp::where(var_27, var_29, var_8);
            // if best >= n - j:                                                                  <L 98>
            var_32 = wp::sub(var_3, var_10);
            var_33 = (var_30 >= var_32);
            if (var_33) {
                // break                                                                          <L 99>
                wp::assign(var_6, var_30);
                wp::assign(var_8, var_31);
                goto end_while_0;
            }
            var_34 = wp::where(var_33, var_6, var_30);
            var_35 = wp::where(var_33, var_8, var_31);
            // j = k                                                                              <L 100>
            var_36 = wp::copy(var_16);
            wp::assign(var_6, var_34);
            wp::assign(var_8, var_35);
            wp::assign(var_10, var_36);
        goto start_while_0;
        end_while_0:;
        // run_len[row] = best                                                                    <L 101>
        wp::array_store(var_run_len, var_0, var_6);
        // run_val[row] = best_v                                                                  <L 102>
        wp::array_store(var_run_val, var_0, var_8);
    }
}



extern "C" __global__ void scan_runs_e0462d19_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::array_t<wp::int32> var_run_len,
    wp::array_t<wp::int32> var_run_val,
    wp::array_t<wp::int32> adj_values,
    wp::array_t<wp::int32> adj_run_len,
    wp::array_t<wp::int32> adj_run_val)
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
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        bool var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        bool var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        bool var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        //---------
        // forward
        // def scan_runs(values: wp.array2d(dtype=int), run_len: wp.array(dtype=int), run_val: wp.array(dtype=int)):       <L 81>
        // row = wp.tid()                                                                         <L 82>
        var_0 = builtin_tid1d();
        // n = values.shape[1]                                                                    <L 83>
        var_1 = &(var_values.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // best = int(0)                                                                          <L 84>
        var_6 = wp::int(var_5);
        // best_v = int(0)                                                                        <L 85>
        var_8 = wp::int(var_7);
        // j = int(0)                                                                             <L 86>
        var_10 = wp::int(var_9);
        // while j < n:                                                                           <L 87>
        // run_len[row] = best                                                                    <L 101>
        // wp::array_store(var_run_len, var_0, var_6);
        // run_val[row] = best_v                                                                  <L 102>
        // wp::array_store(var_run_val, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_run_val, var_0, var_8, adj_run_val, adj_0, adj_8);
        // adj: run_val[row] = best_v                                                             <L 102>
        wp::adj_array_store(var_run_len, var_0, var_6, adj_run_len, adj_0, adj_6);
        // adj: run_len[row] = best                                                               <L 101>
        start_while_0:;
        var_11 = (var_10 < var_3);
        if ((var_11) == false) goto end_while_0;
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
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
            // v = values[row, j]                                                                 <L 88>
            var_12 = wp::address(var_values, var_0, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // k = j + 1                                                                          <L 89>
            var_16 = wp::add(var_10, var_15);
            // for t in range(j + 1, n):                                                          <L 90>
            var_18 = wp::add(var_10, var_17);
            var_19 = wp::range(var_18, var_3);
            // length = k - j                                                                     <L 94>
            var_26 = wp::sub(var_16, var_10);
            // if length > best:                                                                  <L 95>
            var_27 = (var_26 > var_6);
            if (var_27) {
                // best = length                                                                  <L 96>
                var_28 = wp::copy(var_26);
                // best_v = v                                                                     <L 97>
                var_29 = wp::copy(var_13);
            }
            var_30 = wp::where(var_27, var_28, var_6);
            var_31 = wp::where(var_27, var_29, var_8);
            // if best >= n - j:                                                                  <L 98>
            var_32 = wp::sub(var_3, var_10);
            var_33 = (var_30 >= var_32);
            if (var_33) {
                // break                                                                          <L 99>
                wp::assign(var_6, var_30);
                wp::assign(var_8, var_31);
                goto end_while_0;
            }
            var_34 = wp::where(var_33, var_6, var_30);
            var_35 = wp::where(var_33, var_8, var_31);
            // j = k                                                                              <L 100>
            var_36 = wp::copy(var_16);
            wp::assign(var_6, var_34);
            wp::assign(var_8, var_35);
            wp::assign(var_10, var_36);
            wp::adj_assign(var_10, var_36, adj_10, adj_36);
            wp::adj_assign(var_8, var_35, adj_8, adj_35);
            wp::adj_assign(var_6, var_34, adj_6, adj_34);
            wp::adj_copy(var_16, adj_16, adj_36);
            // adj: j = k                                                                         <L 100>
            wp::adj_where(var_33, var_8, var_31, adj_33, adj_8, adj_31, adj_35);
            wp::adj_where(var_33, var_6, var_30, adj_33, adj_6, adj_30, adj_34);
            if (var_33) {
                wp::adj_assign(var_8, var_31, adj_8, adj_31);
                wp::adj_assign(var_6, var_30, adj_6, adj_30);
                // adj: break                                                                     <L 99>
            }
            wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_32);
            // adj: if best >= n - j:                                                             <L 98>
            wp::adj_where(var_27, var_29, var_8, adj_27, adj_29, adj_8, adj_31);
            wp::adj_where(var_27, var_28, var_6, adj_27, adj_28, adj_6, adj_30);
            if (var_27) {
                wp::adj_copy(var_13, adj_13, adj_29);
                // adj: best_v = v                                                                <L 97>
                wp::adj_copy(var_26, adj_26, adj_28);
                // adj: best = length                                                             <L 96>
            }
            // adj: if length > best:                                                             <L 95>
            wp::adj_sub(var_16, var_10, adj_16, adj_10, adj_26);
            // adj: length = k - j                                                                <L 94>
            var_19 = wp::iter_reverse(var_19);
            start_for_2:;
                if (iter_cmp(var_19) == 0) goto end_for_2;
                var_20 = wp::iter_next(var_19);
            	adj_21 = {};
            	adj_22 = {};
            	adj_23 = {};
            	adj_24 = {};
            	adj_25 = {};
                // if values[row, t] != v:                                                        <L 91>
                var_21 = wp::address(var_values, var_0, var_20);
                var_23 = wp::load(var_21);
                var_22 = (var_23 != var_13);
                if (var_22) {
                    // break                                                                      <L 92>
                    goto end_for_2;
                }
                // k = t + 1                                                                      <L 93>
                var_25 = wp::add(var_20, var_24);
                wp::assign(var_16, var_25);
                wp::adj_assign(var_16, var_25, adj_16, adj_25);
                wp::adj_add(var_20, var_24, adj_20, adj_24, adj_25);
                // adj: k = t + 1                                                                 <L 93>
                if (var_22) {
                    // adj: break                                                                 <L 92>
                }
                wp::adj_address(var_values, var_0, var_20, adj_values, adj_0, adj_20, adj_21);
                // adj: if values[row, t] != v:                                                   <L 91>
            	goto start_for_2;
            end_for_2:;
            wp::adj_add(var_10, var_17, adj_10, adj_17, adj_18);
            // adj: for t in range(j + 1, n):                                                     <L 90>
            wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
            // adj: k = j + 1                                                                     <L 89>
            wp::adj_copy(var_14, adj_12, adj_13);
            wp::adj_address(var_values, var_0, var_10, adj_values, adj_0, adj_10, adj_12);
            // adj: v = values[row, j]                                                            <L 88>
        goto start_while_0;
        end_while_0:;
        // adj: while j < n:                                                                      <L 87>
        // adj: j = int(0)                                                                        <L 86>
        // adj: best_v = int(0)                                                                   <L 85>
        // adj: best = int(0)                                                                     <L 84>
        adj_values.shape = adj_1;
        // adj: n = values.shape[1]                                                               <L 83>
        // adj: row = wp.tid()                                                                    <L 82>
        // adj: def scan_runs(values: wp.array2d(dtype=int), run_len: wp.array(dtype=int), run_val: wp.array(dtype=int)):  <L 81>
        continue;
    }
}



extern "C" __global__ void classify_139ebab6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int8> var_labels)
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
        const wp::int32 var_4 = 0;
        wp::int8 var_5;
        bool var_6;
        const wp::int32 var_7 = -1;
        wp::int8 var_8;
        const wp::float32 var_9 = -1.0;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::int8 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 2;
        wp::int8 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 3;
        wp::int8 var_20;
        bool var_21;
        const wp::float32 var_22 = 1.0;
        bool var_23;
        bool var_24;
        bool var_25;
        const wp::int32 var_26 = 4;
        wp::int8 var_27;
        const wp::int32 var_28 = 5;
        wp::int8 var_29;
        wp::int8 var_30;
        wp::int8 var_31;
        wp::int8 var_32;
        wp::int8 var_33;
        wp::int8 var_34;
        //---------
        // forward
        // def classify(x: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):               <L 106>
        // i = wp.tid()                                                                           <L 107>
        var_0 = builtin_tid1d();
        // v = x[i]                                                                               <L 108>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lab = wp.int8(0)                                                                       <L 109>
        var_5 = wp::int8(var_4);
        // if wp.isnan(v):                                                                        <L 110>
        var_6 = wp::isnan(var_2);
        if (var_6) {
            // lab = wp.int8(-1)                                                                  <L 111>
            var_8 = wp::int8(var_7);
        }
        if (!var_6) {
            // elif v < -1.0:                                                                     <L 112>
            var_10 = (var_2 < var_9);
            if (var_10) {
                // lab = wp.int8(1)                                                               <L 113>
                var_12 = wp::int8(var_11);
            }
            if (!var_10) {
                // elif v < 0.0:                                                                  <L 114>
                var_14 = (var_2 < var_13);
                if (var_14) {
                    // lab = wp.int8(2)                                                           <L 115>
                    var_16 = wp::int8(var_15);
                }
                if (!var_14) {
                    // elif v == 0.0:                                                             <L 116>
                    var_18 = (var_2 == var_17);
                    if (var_18) {
                        // lab = wp.int8(3)                                                       <L 117>
                        var_20 = wp::int8(var_19);
                    }
                    if (!var_18) {
                        // elif v <= 1.0 and not wp.isinf(v):                                     <L 118>
                        var_23 = (var_2 <= var_22);
                        var_21 = var_23;
                        if (var_21) {
                            var_24 = wp::isinf(var_2);
                            var_25 = wp::unot(var_24);
                            var_21 = var_21 && var_25;
                        }
                        if (var_21) {
                            // lab = wp.int8(4)                                                   <L 119>
                            var_27 = wp::int8(var_26);
                        }
                        if (!var_21) {
                            // lab = wp.int8(5)                                                   <L 121>
                            var_29 = wp::int8(var_28);
                        }
                        var_30 = wp::where(var_21, var_27, var_29);
                    }
                    var_31 = wp::where(var_18, var_20, var_30);
                }
                var_32 = wp::where(var_14, var_16, var_31);
            }
            var_33 = wp::where(var_10, var_12, var_32);
        }
        var_34 = wp::where(var_6, var_8, var_33);
        // labels[i] = lab                                                                        <L 122>
        wp::array_store(var_labels, var_0, var_34);
    }
}



extern "C" __global__ void classify_139ebab6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int8> var_labels,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::int8> adj_labels)
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
        const wp::int32 var_4 = 0;
        wp::int8 var_5;
        bool var_6;
        const wp::int32 var_7 = -1;
        wp::int8 var_8;
        const wp::float32 var_9 = -1.0;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::int8 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 2;
        wp::int8 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 3;
        wp::int8 var_20;
        bool var_21;
        const wp::float32 var_22 = 1.0;
        bool var_23;
        bool var_24;
        bool var_25;
        const wp::int32 var_26 = 4;
        wp::int8 var_27;
        const wp::int32 var_28 = 5;
        wp::int8 var_29;
        wp::int8 var_30;
        wp::int8 var_31;
        wp::int8 var_32;
        wp::int8 var_33;
        wp::int8 var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int8 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int8 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int8 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int8 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int8 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int8 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int8 adj_29 = {};
        wp::int8 adj_30 = {};
        wp::int8 adj_31 = {};
        wp::int8 adj_32 = {};
        wp::int8 adj_33 = {};
        wp::int8 adj_34 = {};
        //---------
        // forward
        // def classify(x: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):               <L 106>
        // i = wp.tid()                                                                           <L 107>
        var_0 = builtin_tid1d();
        // v = x[i]                                                                               <L 108>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lab = wp.int8(0)                                                                       <L 109>
        var_5 = wp::int8(var_4);
        // if wp.isnan(v):                                                                        <L 110>
        var_6 = wp::isnan(var_2);
        if (var_6) {
            // lab = wp.int8(-1)                                                                  <L 111>
            var_8 = wp::int8(var_7);
        }
        if (!var_6) {
            // elif v < -1.0:                                                                     <L 112>
            var_10 = (var_2 < var_9);
            if (var_10) {
                // lab = wp.int8(1)                                                               <L 113>
                var_12 = wp::int8(var_11);
            }
            if (!var_10) {
                // elif v < 0.0:                                                                  <L 114>
                var_14 = (var_2 < var_13);
                if (var_14) {
                    // lab = wp.int8(2)                                                           <L 115>
                    var_16 = wp::int8(var_15);
                }
                if (!var_14) {
                    // elif v == 0.0:                                                             <L 116>
                    var_18 = (var_2 == var_17);
                    if (var_18) {
                        // lab = wp.int8(3)                                                       <L 117>
                        var_20 = wp::int8(var_19);
                    }
                    if (!var_18) {
                        // elif v <= 1.0 and not wp.isinf(v):                                     <L 118>
                        var_23 = (var_2 <= var_22);
                        var_21 = var_23;
                        if (var_21) {
                            var_24 = wp::isinf(var_2);
                            var_25 = wp::unot(var_24);
                            var_21 = var_21 && var_25;
                        }
                        if (var_21) {
                            // lab = wp.int8(4)                                                   <L 119>
                            var_27 = wp::int8(var_26);
                        }
                        if (!var_21) {
                            // lab = wp.int8(5)                                                   <L 121>
                            var_29 = wp::int8(var_28);
                        }
                        var_30 = wp::where(var_21, var_27, var_29);
                    }
                    var_31 = wp::where(var_18, var_20, var_30);
                }
                var_32 = wp::where(var_14, var_16, var_31);
            }
            var_33 = wp::where(var_10, var_12, var_32);
        }
        var_34 = wp::where(var_6, var_8, var_33);
        // labels[i] = lab                                                                        <L 122>
        // wp::array_store(var_labels, var_0, var_34);
        //---------
        // reverse
        wp::adj_array_store(var_labels, var_0, var_34, adj_labels, adj_0, adj_34);
        // adj: labels[i] = lab                                                                   <L 122>
        wp::adj_where(var_6, var_8, var_33, adj_6, adj_8, adj_33, adj_34);
        if (!var_6) {
            wp::adj_where(var_10, var_12, var_32, adj_10, adj_12, adj_32, adj_33);
            if (!var_10) {
                wp::adj_where(var_14, var_16, var_31, adj_14, adj_16, adj_31, adj_32);
                if (!var_14) {
                    wp::adj_where(var_18, var_20, var_30, adj_18, adj_20, adj_30, adj_31);
                    if (!var_18) {
                        wp::adj_where(var_21, var_27, var_29, adj_21, adj_27, adj_29, adj_30);
                        if (!var_21) {
                            // adj: lab = wp.int8(5)                                              <L 121>
                        }
                        if (var_21) {
                            // adj: lab = wp.int8(4)                                              <L 119>
                        }
                        if (var_21) {
                        }
                        // adj: elif v <= 1.0 and not wp.isinf(v):                                <L 118>
                    }
                    if (var_18) {
                        // adj: lab = wp.int8(3)                                                  <L 117>
                    }
                    // adj: elif v == 0.0:                                                        <L 116>
                }
                if (var_14) {
                    // adj: lab = wp.int8(2)                                                      <L 115>
                }
                // adj: elif v < 0.0:                                                             <L 114>
            }
            if (var_10) {
                // adj: lab = wp.int8(1)                                                          <L 113>
            }
            // adj: elif v < -1.0:                                                                <L 112>
        }
        if (var_6) {
            // adj: lab = wp.int8(-1)                                                             <L 111>
        }
        // adj: if wp.isnan(v):                                                                   <L 110>
        // adj: lab = wp.int8(0)                                                                  <L 109>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: v = x[i]                                                                          <L 108>
        // adj: i = wp.tid()                                                                      <L 107>
        // adj: def classify(x: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):          <L 106>
        continue;
    }
}

