
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/128_search_probe_collatz.py:7
static wp::int32 lower_bound_0(
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
        var_12 = wp::where(var_8, var_11, var_1);
        if (!var_8) {
            // hi = mid                                                                       <L 16>
            var_13 = wp::copy(var_6);
        }
        var_14 = wp::where(var_8, var_2, var_13);
        wp::assign(var_1, var_12);
        wp::assign(var_2, var_14);
    goto start_while_0;
    end_while_0:;
    // return lo                                                                              <L 17>
    return var_1;
}


// corpus/128_search_probe_collatz.py:20
static wp::int32 probe_table_0(
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
static wp::int32 collatz_steps_0(
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
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 3;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
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
            return var_7;
        }
        // if x % 2 == 0:                                                                     <L 43>
        var_9 = wp::mod(var_2, var_8);
        var_11 = (var_9 == var_10);
        if (var_11) {
            // x = x // 2                                                                     <L 44>
            var_13 = wp::floordiv(var_2, var_12);
        }
        var_14 = wp::where(var_11, var_13, var_2);
        if (!var_11) {
            // x = 3 * x + 1                                                                  <L 46>
            var_16 = wp::mul(var_15, var_14);
            var_18 = wp::add(var_16, var_17);
        }
        var_19 = wp::where(var_11, var_14, var_18);
        // steps += 1                                                                         <L 47>
        var_22 = wp::add(var_1, var_21);
        wp::assign(var_1, var_22);
        wp::assign(var_2, var_19);
    goto start_while_0;
    end_while_0:;
    // return steps                                                                           <L 48>
    return var_1;
}


// corpus/128_search_probe_collatz.py:7
static void adj_lower_bound_0(
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
        var_12 = wp::where(var_8, var_11, var_1);
        if (!var_8) {
            // hi = mid                                                                       <L 16>
            var_13 = wp::copy(var_6);
        }
        var_14 = wp::where(var_8, var_2, var_13);
        wp::assign(var_1, var_12);
        wp::assign(var_2, var_14);
        wp::adj_assign(var_2, var_14, adj_2, adj_14);
        wp::adj_assign(var_1, var_12, adj_1, adj_12);
        wp::adj_where(var_8, var_2, var_13, adj_8, adj_2, adj_13, adj_14);
        if (!var_8) {
            wp::adj_copy(var_6, adj_6, adj_13);
            // adj: hi = mid                                                                  <L 16>
        }
        wp::adj_where(var_8, var_11, var_1, adj_8, adj_11, adj_1, adj_12);
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
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: lo = int(0)                                                                       <L 9>
    // adj: def lower_bound(keys: wp.array(dtype=int), n: int, key: int) -> int:              <L 8>
    return;
}


// corpus/128_search_probe_collatz.py:20
static void adj_probe_table_0(
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
    wp::adj_range(var_11, adj_11, adj_12);
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
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_table.shape = adj_0;
    // adj: cap = table.shape[0]                                                              <L 22>
    // adj: def probe_table(table: wp.array(dtype=int), key: int) -> int:                     <L 21>
    return;
}


// corpus/128_search_probe_collatz.py:36
static void adj_collatz_steps_0(
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
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 3;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
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
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
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
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
        // if steps >= limit:                                                                 <L 41>
        var_5 = (var_1 >= var_limit);
        if (var_5) {
            // return -1                                                                      <L 42>
            goto label2;
        }
        // if x % 2 == 0:                                                                     <L 43>
        var_9 = wp::mod(var_2, var_8);
        var_11 = (var_9 == var_10);
        if (var_11) {
            // x = x // 2                                                                     <L 44>
            var_13 = wp::floordiv(var_2, var_12);
        }
        var_14 = wp::where(var_11, var_13, var_2);
        if (!var_11) {
            // x = 3 * x + 1                                                                  <L 46>
            var_16 = wp::mul(var_15, var_14);
            var_18 = wp::add(var_16, var_17);
        }
        var_19 = wp::where(var_11, var_14, var_18);
        // steps += 1                                                                         <L 47>
        var_22 = wp::add(var_1, var_21);
        wp::assign(var_1, var_22);
        wp::assign(var_2, var_19);
        wp::adj_assign(var_2, var_19, adj_2, adj_19);
        wp::adj_assign(var_1, var_22, adj_1, adj_22);
        wp::adj_add(var_1, var_21, adj_1, adj_21, adj_22);
        // adj: steps += 1                                                                    <L 47>
        wp::adj_where(var_11, var_14, var_18, adj_11, adj_14, adj_18, adj_19);
        if (!var_11) {
            wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
            wp::adj_mul(var_15, var_14, adj_15, adj_14, adj_16);
            // adj: x = 3 * x + 1                                                             <L 46>
        }
        wp::adj_where(var_11, var_13, var_2, adj_11, adj_13, adj_2, adj_14);
        if (var_11) {
            // adj: x = x // 2                                                                <L 44>
        }
        wp::adj_mod(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: if x % 2 == 0:                                                                <L 43>
        if (var_5) {
            label2:;
            adj_7 += adj_ret;
            // adj: return -1                                                                 <L 42>
        }
        // adj: if steps >= limit:                                                            <L 41>
    goto start_while_0;
    end_while_0:;
    // adj: while x != 1:                                                                     <L 40>
    wp::adj_copy(var_n, adj_n, adj_2);
    // adj: x = n                                                                             <L 39>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: steps = int(0)                                                                    <L 38>
    // adj: def collatz_steps(n: int, limit: int) -> int:                                     <L 37>
    return;
}

struct wp_args_sorted_lookup_671a01cc {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::int32> queries;
    wp::array_t<wp::int32> found;
};


void sorted_lookup_671a01cc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sorted_lookup_671a01cc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_found = _wp_args->found;
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
    wp::int32* var_10;
    bool var_11;
    wp::int32 var_12;
    bool var_13;
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
    var_9 = (var_8 < var_3);
    var_10 = wp::address(var_keys, var_8);
    var_12 = wp::load(var_10);
    var_11 = (var_12 == var_6);
    var_13 = var_9 && var_11;
    if (var_13) {
        // found[i] = pos                                                                     <L 58>
        wp::array_store(var_found, var_0, var_8);
    }
    if (!var_13) {
        // found[i] = NOT_FOUND                                                               <L 60>
        wp::array_store(var_found, var_0, var_14);
    }
}



void sorted_lookup_671a01cc_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sorted_lookup_671a01cc *_wp_args,
    wp_args_sorted_lookup_671a01cc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_found = _wp_args->found;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_queries = _wp_adj_args->queries;
    wp::array_t<wp::int32> adj_found = _wp_adj_args->found;
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
    wp::int32* var_10;
    bool var_11;
    wp::int32 var_12;
    bool var_13;
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
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
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
    var_9 = (var_8 < var_3);
    var_10 = wp::address(var_keys, var_8);
    var_12 = wp::load(var_10);
    var_11 = (var_12 == var_6);
    var_13 = var_9 && var_11;
    if (var_13) {
        // found[i] = pos                                                                     <L 58>
        // wp::array_store(var_found, var_0, var_8);
    }
    if (!var_13) {
        // found[i] = NOT_FOUND                                                               <L 60>
        // wp::array_store(var_found, var_0, var_14);
    }
    //---------
    // reverse
    if (!var_13) {
        wp::adj_array_store(var_found, var_0, var_14, adj_found, adj_0, adj_14);
        // adj: found[i] = NOT_FOUND                                                          <L 60>
    }
    if (var_13) {
        wp::adj_array_store(var_found, var_0, var_8, adj_found, adj_0, adj_8);
        // adj: found[i] = pos                                                                <L 58>
    }
    wp::adj_address(var_keys, var_8, adj_keys, adj_8, adj_10);
    // adj: if pos < n and keys[pos] == q:                                                    <L 57>
    adj_lower_bound_0(var_keys, var_3, var_6, adj_keys, adj_3, adj_6, adj_8);
    // adj: pos = lower_bound(keys, n, q)                                                     <L 56>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_5);
    // adj: q = queries[i]                                                                    <L 55>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_keys.shape = adj_1;
    // adj: n = keys.shape[0]                                                                 <L 54>
    // adj: i = wp.tid()                                                                      <L 53>
    // adj: def sorted_lookup(keys: wp.array(dtype=int), queries: wp.array(dtype=int), found: wp.array(dtype=int)):  <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sorted_lookup_671a01cc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sorted_lookup_671a01cc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sorted_lookup_671a01cc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sorted_lookup_671a01cc_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sorted_lookup_671a01cc *_wp_args,
    wp_args_sorted_lookup_671a01cc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sorted_lookup_671a01cc_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_hash_lookup_29d042b6 {
    wp::array_t<wp::int32> table;
    wp::array_t<wp::int32> queries;
    wp::array_t<wp::int32> slots;
    wp::array_t<wp::int32> misses;
};


void hash_lookup_29d042b6_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_hash_lookup_29d042b6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_table = _wp_args->table;
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    wp::array_t<wp::int32> var_misses = _wp_args->misses;
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



void hash_lookup_29d042b6_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_hash_lookup_29d042b6 *_wp_args,
    wp_args_hash_lookup_29d042b6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_table = _wp_args->table;
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    wp::array_t<wp::int32> var_misses = _wp_args->misses;
    wp::array_t<wp::int32> adj_table = _wp_adj_args->table;
    wp::array_t<wp::int32> adj_queries = _wp_adj_args->queries;
    wp::array_t<wp::int32> adj_slots = _wp_adj_args->slots;
    wp::array_t<wp::int32> adj_misses = _wp_adj_args->misses;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void hash_lookup_29d042b6_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_hash_lookup_29d042b6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        hash_lookup_29d042b6_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void hash_lookup_29d042b6_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_hash_lookup_29d042b6 *_wp_args,
    wp_args_hash_lookup_29d042b6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        hash_lookup_29d042b6_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_collatz_e4111739 {
    wp::array_t<wp::int32> start;
    wp::array_t<wp::int32> steps;
    wp::array_t<wp::int32> longest;
};


void collatz_e4111739_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_collatz_e4111739 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_start = _wp_args->start;
    wp::array_t<wp::int32> var_steps = _wp_args->steps;
    wp::array_t<wp::int32> var_longest = _wp_args->longest;
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



void collatz_e4111739_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_collatz_e4111739 *_wp_args,
    wp_args_collatz_e4111739 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_start = _wp_args->start;
    wp::array_t<wp::int32> var_steps = _wp_args->steps;
    wp::array_t<wp::int32> var_longest = _wp_args->longest;
    wp::array_t<wp::int32> adj_start = _wp_adj_args->start;
    wp::array_t<wp::int32> adj_steps = _wp_adj_args->steps;
    wp::array_t<wp::int32> adj_longest = _wp_adj_args->longest;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void collatz_e4111739_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_collatz_e4111739 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        collatz_e4111739_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void collatz_e4111739_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_collatz_e4111739 *_wp_args,
    wp_args_collatz_e4111739 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        collatz_e4111739_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scan_runs_e0462d19 {
    wp::array_t<wp::int32> values;
    wp::array_t<wp::int32> run_len;
    wp::array_t<wp::int32> run_val;
};


void scan_runs_e0462d19_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scan_runs_e0462d19 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_run_len = _wp_args->run_len;
    wp::array_t<wp::int32> var_run_val = _wp_args->run_val;
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



void scan_runs_e0462d19_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scan_runs_e0462d19 *_wp_args,
    wp_args_scan_runs_e0462d19 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_run_len = _wp_args->run_len;
    wp::array_t<wp::int32> var_run_val = _wp_args->run_val;
    wp::array_t<wp::int32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_run_len = _wp_adj_args->run_len;
    wp::array_t<wp::int32> adj_run_val = _wp_adj_args->run_val;
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
        wp::adj_range(var_18, var_3, adj_18, adj_3, adj_19);
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
    wp::adj_int(var_9, adj_9, adj_10);
    // adj: j = int(0)                                                                        <L 86>
    wp::adj_int(var_7, adj_7, adj_8);
    // adj: best_v = int(0)                                                                   <L 85>
    wp::adj_int(var_5, adj_5, adj_6);
    // adj: best = int(0)                                                                     <L 84>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_values.shape = adj_1;
    // adj: n = values.shape[1]                                                               <L 83>
    // adj: row = wp.tid()                                                                    <L 82>
    // adj: def scan_runs(values: wp.array2d(dtype=int), run_len: wp.array(dtype=int), run_val: wp.array(dtype=int)):  <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scan_runs_e0462d19_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_scan_runs_e0462d19 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scan_runs_e0462d19_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scan_runs_e0462d19_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_scan_runs_e0462d19 *_wp_args,
    wp_args_scan_runs_e0462d19 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scan_runs_e0462d19_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_classify_139ebab6 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::int8> labels;
};


void classify_139ebab6_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_classify_139ebab6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::int8 var_5;
    bool var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int8 var_9;
    wp::int8 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int8 var_15;
    wp::int8 var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::int32 var_19 = 2;
    wp::int8 var_20;
    wp::int8 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    const wp::int32 var_24 = 3;
    wp::int8 var_25;
    wp::int8 var_26;
    const wp::float32 var_27 = 1.0;
    bool var_28;
    bool var_29;
    bool var_30;
    bool var_31;
    const wp::int32 var_32 = 4;
    wp::int8 var_33;
    wp::int8 var_34;
    const wp::int32 var_35 = 5;
    wp::int8 var_36;
    wp::int8 var_37;
    wp::int8 var_38;
    wp::int8 var_39;
    wp::int8 var_40;
    wp::int8 var_41;
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
        var_9 = wp::int8(var_8);
    }
    var_10 = wp::where(var_6, var_9, var_5);
    if (!var_6) {
        // elif v < -1.0:                                                                     <L 112>
        var_13 = (var_2 < var_12);
        if (var_13) {
            // lab = wp.int8(1)                                                               <L 113>
            var_15 = wp::int8(var_14);
        }
        var_16 = wp::where(var_13, var_15, var_10);
        if (!var_13) {
            // elif v < 0.0:                                                                  <L 114>
            var_18 = (var_2 < var_17);
            if (var_18) {
                // lab = wp.int8(2)                                                           <L 115>
                var_20 = wp::int8(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_16);
            if (!var_18) {
                // elif v == 0.0:                                                             <L 116>
                var_23 = (var_2 == var_22);
                if (var_23) {
                    // lab = wp.int8(3)                                                       <L 117>
                    var_25 = wp::int8(var_24);
                }
                var_26 = wp::where(var_23, var_25, var_21);
                if (!var_23) {
                    // elif v <= 1.0 and not wp.isinf(v):                                     <L 118>
                    var_28 = (var_2 <= var_27);
                    var_29 = wp::isinf(var_2);
                    var_30 = wp::unot(var_29);
                    var_31 = var_28 && var_30;
                    if (var_31) {
                        // lab = wp.int8(4)                                                   <L 119>
                        var_33 = wp::int8(var_32);
                    }
                    var_34 = wp::where(var_31, var_33, var_26);
                    if (!var_31) {
                        // lab = wp.int8(5)                                                   <L 121>
                        var_36 = wp::int8(var_35);
                    }
                    var_37 = wp::where(var_31, var_34, var_36);
                }
                var_38 = wp::where(var_23, var_26, var_37);
            }
            var_39 = wp::where(var_18, var_21, var_38);
        }
        var_40 = wp::where(var_13, var_16, var_39);
    }
    var_41 = wp::where(var_6, var_10, var_40);
    // labels[i] = lab                                                                        <L 122>
    wp::array_store(var_labels, var_0, var_41);
}



void classify_139ebab6_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_classify_139ebab6 *_wp_args,
    wp_args_classify_139ebab6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int8> adj_labels = _wp_adj_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::int8 var_5;
    bool var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int8 var_9;
    wp::int8 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int8 var_15;
    wp::int8 var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::int32 var_19 = 2;
    wp::int8 var_20;
    wp::int8 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    const wp::int32 var_24 = 3;
    wp::int8 var_25;
    wp::int8 var_26;
    const wp::float32 var_27 = 1.0;
    bool var_28;
    bool var_29;
    bool var_30;
    bool var_31;
    const wp::int32 var_32 = 4;
    wp::int8 var_33;
    wp::int8 var_34;
    const wp::int32 var_35 = 5;
    wp::int8 var_36;
    wp::int8 var_37;
    wp::int8 var_38;
    wp::int8 var_39;
    wp::int8 var_40;
    wp::int8 var_41;
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
    wp::int32 adj_8 = {};
    wp::int8 adj_9 = {};
    wp::int8 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int8 adj_15 = {};
    wp::int8 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int8 adj_20 = {};
    wp::int8 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int8 adj_25 = {};
    wp::int8 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int8 adj_33 = {};
    wp::int8 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int8 adj_36 = {};
    wp::int8 adj_37 = {};
    wp::int8 adj_38 = {};
    wp::int8 adj_39 = {};
    wp::int8 adj_40 = {};
    wp::int8 adj_41 = {};
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
        var_9 = wp::int8(var_8);
    }
    var_10 = wp::where(var_6, var_9, var_5);
    if (!var_6) {
        // elif v < -1.0:                                                                     <L 112>
        var_13 = (var_2 < var_12);
        if (var_13) {
            // lab = wp.int8(1)                                                               <L 113>
            var_15 = wp::int8(var_14);
        }
        var_16 = wp::where(var_13, var_15, var_10);
        if (!var_13) {
            // elif v < 0.0:                                                                  <L 114>
            var_18 = (var_2 < var_17);
            if (var_18) {
                // lab = wp.int8(2)                                                           <L 115>
                var_20 = wp::int8(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_16);
            if (!var_18) {
                // elif v == 0.0:                                                             <L 116>
                var_23 = (var_2 == var_22);
                if (var_23) {
                    // lab = wp.int8(3)                                                       <L 117>
                    var_25 = wp::int8(var_24);
                }
                var_26 = wp::where(var_23, var_25, var_21);
                if (!var_23) {
                    // elif v <= 1.0 and not wp.isinf(v):                                     <L 118>
                    var_28 = (var_2 <= var_27);
                    var_29 = wp::isinf(var_2);
                    var_30 = wp::unot(var_29);
                    var_31 = var_28 && var_30;
                    if (var_31) {
                        // lab = wp.int8(4)                                                   <L 119>
                        var_33 = wp::int8(var_32);
                    }
                    var_34 = wp::where(var_31, var_33, var_26);
                    if (!var_31) {
                        // lab = wp.int8(5)                                                   <L 121>
                        var_36 = wp::int8(var_35);
                    }
                    var_37 = wp::where(var_31, var_34, var_36);
                }
                var_38 = wp::where(var_23, var_26, var_37);
            }
            var_39 = wp::where(var_18, var_21, var_38);
        }
        var_40 = wp::where(var_13, var_16, var_39);
    }
    var_41 = wp::where(var_6, var_10, var_40);
    // labels[i] = lab                                                                        <L 122>
    // wp::array_store(var_labels, var_0, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_labels, var_0, var_41, adj_labels, adj_0, adj_41);
    // adj: labels[i] = lab                                                                   <L 122>
    wp::adj_where(var_6, var_10, var_40, adj_6, adj_10, adj_40, adj_41);
    if (!var_6) {
        wp::adj_where(var_13, var_16, var_39, adj_13, adj_16, adj_39, adj_40);
        if (!var_13) {
            wp::adj_where(var_18, var_21, var_38, adj_18, adj_21, adj_38, adj_39);
            if (!var_18) {
                wp::adj_where(var_23, var_26, var_37, adj_23, adj_26, adj_37, adj_38);
                if (!var_23) {
                    wp::adj_where(var_31, var_34, var_36, adj_31, adj_34, adj_36, adj_37);
                    if (!var_31) {
                        wp::adj_int8(var_35, adj_35, adj_36);
                        // adj: lab = wp.int8(5)                                              <L 121>
                    }
                    wp::adj_where(var_31, var_33, var_26, adj_31, adj_33, adj_26, adj_34);
                    if (var_31) {
                        wp::adj_int8(var_32, adj_32, adj_33);
                        // adj: lab = wp.int8(4)                                              <L 119>
                    }
                    // adj: elif v <= 1.0 and not wp.isinf(v):                                <L 118>
                }
                wp::adj_where(var_23, var_25, var_21, adj_23, adj_25, adj_21, adj_26);
                if (var_23) {
                    wp::adj_int8(var_24, adj_24, adj_25);
                    // adj: lab = wp.int8(3)                                                  <L 117>
                }
                // adj: elif v == 0.0:                                                        <L 116>
            }
            wp::adj_where(var_18, var_20, var_16, adj_18, adj_20, adj_16, adj_21);
            if (var_18) {
                wp::adj_int8(var_19, adj_19, adj_20);
                // adj: lab = wp.int8(2)                                                      <L 115>
            }
            // adj: elif v < 0.0:                                                             <L 114>
        }
        wp::adj_where(var_13, var_15, var_10, adj_13, adj_15, adj_10, adj_16);
        if (var_13) {
            wp::adj_int8(var_14, adj_14, adj_15);
            // adj: lab = wp.int8(1)                                                          <L 113>
        }
        // adj: elif v < -1.0:                                                                <L 112>
    }
    wp::adj_where(var_6, var_9, var_5, adj_6, adj_9, adj_5, adj_10);
    if (var_6) {
        wp::adj_int8(var_8, adj_8, adj_9);
        // adj: lab = wp.int8(-1)                                                             <L 111>
    }
    // adj: if wp.isnan(v):                                                                   <L 110>
    wp::adj_int8(var_4, adj_4, adj_5);
    // adj: lab = wp.int8(0)                                                                  <L 109>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 108>
    // adj: i = wp.tid()                                                                      <L 107>
    // adj: def classify(x: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):          <L 106>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void classify_139ebab6_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_classify_139ebab6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        classify_139ebab6_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void classify_139ebab6_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_classify_139ebab6 *_wp_args,
    wp_args_classify_139ebab6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        classify_139ebab6_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

