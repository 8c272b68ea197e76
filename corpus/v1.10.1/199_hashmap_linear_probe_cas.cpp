
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


// corpus/199_hashmap_linear_probe_cas.py:7
static wp::int32 hash_u32_0(
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 16;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32 var_4;
    const wp::int32 var_5 = 2146121005;
    wp::uint32 var_6;
    wp::uint32 var_7;
    const wp::int32 var_8 = 15;
    wp::uint32 var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    const wp::int32 var_12 = 2221713035;
    wp::uint32 var_13;
    wp::uint32 var_14;
    const wp::int32 var_15 = 16;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 2147483647;
    wp::uint32 var_20;
    wp::uint32 var_21;
    wp::int32 var_22;
    //---------
    // forward
    // def hash_u32(k: int) -> int:                                                           <L 8>
    // h = wp.uint32(k)                                                                       <L 9>
    var_0 = wp::uint32(var_k);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 10>
    var_2 = wp::uint32(var_1);
    var_3 = wp::rshift(var_0, var_2);
    var_4 = wp::bit_xor(var_0, var_3);
    // h = h * wp.uint32(0x7FEB352D)                                                          <L 11>
    var_6 = wp::uint32(var_5);
    var_7 = wp::mul(var_4, var_6);
    // h = h ^ (h >> wp.uint32(15))                                                           <L 12>
    var_9 = wp::uint32(var_8);
    var_10 = wp::rshift(var_7, var_9);
    var_11 = wp::bit_xor(var_7, var_10);
    // h = h * wp.uint32(0x846CA68B)                                                          <L 13>
    var_13 = wp::uint32(var_12);
    var_14 = wp::mul(var_11, var_13);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 14>
    var_16 = wp::uint32(var_15);
    var_17 = wp::rshift(var_14, var_16);
    var_18 = wp::bit_xor(var_14, var_17);
    // return int(h & wp.uint32(0x7FFFFFFF))                                                  <L 15>
    var_20 = wp::uint32(var_19);
    var_21 = wp::bit_and(var_18, var_20);
    var_22 = wp::int(var_21);
    return var_22;
}


// corpus/199_hashmap_linear_probe_cas.py:7
static void adj_hash_u32_0(
    wp::int32 var_k,
    wp::int32 & adj_k,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 16;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32 var_4;
    const wp::int32 var_5 = 2146121005;
    wp::uint32 var_6;
    wp::uint32 var_7;
    const wp::int32 var_8 = 15;
    wp::uint32 var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    const wp::int32 var_12 = 2221713035;
    wp::uint32 var_13;
    wp::uint32 var_14;
    const wp::int32 var_15 = 16;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 2147483647;
    wp::uint32 var_20;
    wp::uint32 var_21;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::uint32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::uint32 adj_3 = {};
    wp::uint32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::uint32 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::uint32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def hash_u32(k: int) -> int:                                                           <L 8>
    // h = wp.uint32(k)                                                                       <L 9>
    var_0 = wp::uint32(var_k);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 10>
    var_2 = wp::uint32(var_1);
    var_3 = wp::rshift(var_0, var_2);
    var_4 = wp::bit_xor(var_0, var_3);
    // h = h * wp.uint32(0x7FEB352D)                                                          <L 11>
    var_6 = wp::uint32(var_5);
    var_7 = wp::mul(var_4, var_6);
    // h = h ^ (h >> wp.uint32(15))                                                           <L 12>
    var_9 = wp::uint32(var_8);
    var_10 = wp::rshift(var_7, var_9);
    var_11 = wp::bit_xor(var_7, var_10);
    // h = h * wp.uint32(0x846CA68B)                                                          <L 13>
    var_13 = wp::uint32(var_12);
    var_14 = wp::mul(var_11, var_13);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 14>
    var_16 = wp::uint32(var_15);
    var_17 = wp::rshift(var_14, var_16);
    var_18 = wp::bit_xor(var_14, var_17);
    // return int(h & wp.uint32(0x7FFFFFFF))                                                  <L 15>
    var_20 = wp::uint32(var_19);
    var_21 = wp::bit_and(var_18, var_20);
    var_22 = wp::int(var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_int(var_21, adj_21, adj_22);
    wp::adj_uint32(var_19, adj_19, adj_20);
    // adj: return int(h & wp.uint32(0x7FFFFFFF))                                             <L 15>
    wp::adj_uint32(var_15, adj_15, adj_16);
    // adj: h = h ^ (h >> wp.uint32(16))                                                      <L 14>
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_uint32(var_12, adj_12, adj_13);
    // adj: h = h * wp.uint32(0x846CA68B)                                                     <L 13>
    wp::adj_uint32(var_8, adj_8, adj_9);
    // adj: h = h ^ (h >> wp.uint32(15))                                                      <L 12>
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_uint32(var_5, adj_5, adj_6);
    // adj: h = h * wp.uint32(0x7FEB352D)                                                     <L 11>
    wp::adj_uint32(var_1, adj_1, adj_2);
    // adj: h = h ^ (h >> wp.uint32(16))                                                      <L 10>
    wp::adj_uint32(var_k, adj_k, adj_0);
    // adj: h = wp.uint32(k)                                                                  <L 9>
    // adj: def hash_u32(k: int) -> int:                                                      <L 8>
    return;
}

struct wp_args_insert_b95a75c1 {
    wp::array_t<wp::int32> keys_in;
    wp::array_t<wp::float32> vals_in;
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::float32> vals;
    wp::array_t<wp::int32> failures;
};


void insert_b95a75c1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_insert_b95a75c1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys_in = _wp_args->keys_in;
    wp::array_t<wp::float32> var_vals_in = _wp_args->vals_in;
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::int32> var_failures = _wp_args->failures;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 128;
    wp::range_t var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = -1;
    wp::int32 var_14;
    bool var_15;
    bool var_16;
    bool var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    //---------
    // forward
    // def insert(keys_in: wp.array(dtype=int), vals_in: wp.array(dtype=float), keys: wp.array(dtype=int), vals: wp.array(dtype=float), failures: wp.array(dtype=int)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // k = keys_in[i]                                                                         <L 21>
    var_1 = wp::address(var_keys_in, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cap = keys.shape[0]                                                                    <L 22>
    var_4 = &(var_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // slot = hash_u32(k) % cap                                                               <L 23>
    var_8 = hash_u32_0(var_2);
    var_9 = wp::mod(var_8, var_6);
    // for p in range(MAX_PROBE):                                                             <L 24>
    var_11 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // prev = wp.atomic_cas(keys, slot, EMPTY, k)                                         <L 25>
        var_14 = wp::atomic_cas(var_keys, var_9, var_13, var_2);
        // if prev == EMPTY or prev == k:                                                     <L 26>
        var_15 = (var_14 == var_13);
        var_16 = (var_14 == var_2);
        var_17 = var_15 || var_16;
        if (var_17) {
            // wp.atomic_add(vals, slot, vals_in[i])                                          <L 27>
            var_18 = wp::address(var_vals_in, var_0);
            var_20 = wp::load(var_18);
            var_19 = wp::atomic_add(var_vals, var_9, var_20);
            // return                                                                         <L 28>
            return;
        }
        // slot = (slot + 1) % cap                                                            <L 29>
        var_22 = wp::add(var_9, var_21);
        var_23 = wp::mod(var_22, var_6);
        wp::assign(var_9, var_23);
        goto start_for_0;
    end_for_0:;
    // wp.atomic_add(failures, 0, 1)                                                          <L 30>
    var_26 = wp::atomic_add(var_failures, var_24, var_25);
}



void insert_b95a75c1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_insert_b95a75c1 *_wp_args,
    wp_args_insert_b95a75c1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys_in = _wp_args->keys_in;
    wp::array_t<wp::float32> var_vals_in = _wp_args->vals_in;
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::int32> var_failures = _wp_args->failures;
    wp::array_t<wp::int32> adj_keys_in = _wp_adj_args->keys_in;
    wp::array_t<wp::float32> adj_vals_in = _wp_adj_args->vals_in;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::int32> adj_failures = _wp_adj_args->failures;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 128;
    wp::range_t var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = -1;
    wp::int32 var_14;
    bool var_15;
    bool var_16;
    bool var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def insert(keys_in: wp.array(dtype=int), vals_in: wp.array(dtype=float), keys: wp.array(dtype=int), vals: wp.array(dtype=float), failures: wp.array(dtype=int)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // k = keys_in[i]                                                                         <L 21>
    var_1 = wp::address(var_keys_in, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cap = keys.shape[0]                                                                    <L 22>
    var_4 = &(var_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // slot = hash_u32(k) % cap                                                               <L 23>
    var_8 = hash_u32_0(var_2);
    var_9 = wp::mod(var_8, var_6);
    // for p in range(MAX_PROBE):                                                             <L 24>
    var_11 = wp::range(var_10);
    // wp.atomic_add(failures, 0, 1)                                                          <L 30>
    // var_26 = wp::atomic_add(var_failures, var_24, var_25);
    //---------
    // reverse
    wp::adj_atomic_add(var_failures, var_24, var_25, adj_failures, adj_24, adj_25, adj_26);
    // adj: wp.atomic_add(failures, 0, 1)                                                     <L 30>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
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
        // prev = wp.atomic_cas(keys, slot, EMPTY, k)                                         <L 25>
        // var_14 = wp::atomic_cas(var_keys, var_9, var_13, var_2);
        // if prev == EMPTY or prev == k:                                                     <L 26>
        var_15 = (var_14 == var_13);
        var_16 = (var_14 == var_2);
        var_17 = var_15 || var_16;
        if (var_17) {
            // wp.atomic_add(vals, slot, vals_in[i])                                          <L 27>
            var_18 = wp::address(var_vals_in, var_0);
            var_20 = wp::load(var_18);
            // var_19 = wp::atomic_add(var_vals, var_9, var_20);
            // return                                                                         <L 28>
            goto label2;
        }
        // slot = (slot + 1) % cap                                                            <L 29>
        var_22 = wp::add(var_9, var_21);
        var_23 = wp::mod(var_22, var_6);
        wp::assign(var_9, var_23);
        wp::adj_assign(var_9, var_23, adj_9, adj_23);
        wp::adj_mod(var_22, var_6, adj_22, adj_6, adj_23);
        wp::adj_add(var_9, var_21, adj_9, adj_21, adj_22);
        // adj: slot = (slot + 1) % cap                                                       <L 29>
        if (var_17) {
            label2:;
            // adj: return                                                                    <L 28>
            wp::adj_atomic_add(var_vals, var_9, var_20, adj_vals, adj_9, adj_18, adj_19);
            wp::adj_address(var_vals_in, var_0, adj_vals_in, adj_0, adj_18);
            // adj: wp.atomic_add(vals, slot, vals_in[i])                                     <L 27>
        }
        // adj: if prev == EMPTY or prev == k:                                                <L 26>
        // adj: prev = wp.atomic_cas(keys, slot, EMPTY, k)                                    <L 25>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_10, adj_10, adj_11);
    // adj: for p in range(MAX_PROBE):                                                        <L 24>
    wp::adj_mod(var_8, var_6, adj_8, adj_6, adj_9);
    adj_hash_u32_0(var_2, adj_2, adj_8);
    // adj: slot = hash_u32(k) % cap                                                          <L 23>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_keys.shape = adj_4;
    // adj: cap = keys.shape[0]                                                               <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_keys_in, var_0, adj_keys_in, adj_0, adj_1);
    // adj: k = keys_in[i]                                                                    <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def insert(keys_in: wp.array(dtype=int), vals_in: wp.array(dtype=float), keys: wp.array(dtype=int), vals: wp.array(dtype=float), failures: wp.array(dtype=int)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void insert_b95a75c1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_insert_b95a75c1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        insert_b95a75c1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void insert_b95a75c1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_insert_b95a75c1 *_wp_args,
    wp_args_insert_b95a75c1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        insert_b95a75c1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_lookup_8c029781 {
    wp::array_t<wp::int32> queries;
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::float32> vals;
    wp::array_t<wp::float32> out;
    wp::array_t<bool> found;
};


void lookup_8c029781_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_lookup_8c029781 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<bool> var_found = _wp_args->found;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::float32 var_10 = 0.0;
    const bool var_11 = false;
    const wp::int32 var_12 = 128;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    bool var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    const bool var_21 = true;
    const wp::int32 var_22 = -1;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    //---------
    // forward
    // def lookup(queries: wp.array(dtype=int), keys: wp.array(dtype=int), vals: wp.array(dtype=float), out: wp.array(dtype=float), found: wp.array(dtype=wp.bool)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // q = queries[i]                                                                         <L 36>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cap = keys.shape[0]                                                                    <L 37>
    var_4 = &(var_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // slot = hash_u32(q) % cap                                                               <L 38>
    var_8 = hash_u32_0(var_2);
    var_9 = wp::mod(var_8, var_6);
    // out[i] = 0.0                                                                           <L 39>
    wp::array_store(var_out, var_0, var_10);
    // found[i] = False                                                                       <L 40>
    wp::array_store(var_found, var_0, var_11);
    // for p in range(MAX_PROBE):                                                             <L 41>
    var_13 = wp::range(var_12);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // k = keys[slot]                                                                     <L 42>
        var_15 = wp::address(var_keys, var_9);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if k == q:                                                                         <L 43>
        var_18 = (var_16 == var_2);
        if (var_18) {
            // out[i] = vals[slot]                                                            <L 44>
            var_19 = wp::address(var_vals, var_9);
            var_20 = wp::load(var_19);
            wp::array_store(var_out, var_0, var_20);
            // found[i] = True                                                                <L 45>
            wp::array_store(var_found, var_0, var_21);
            // break                                                                          <L 46>
            goto end_for_0;
        }
        // if k == EMPTY:                                                                     <L 47>
        var_23 = (var_16 == var_22);
        if (var_23) {
            // break                                                                          <L 48>
            goto end_for_0;
        }
        // slot = (slot + 1) % cap                                                            <L 49>
        var_25 = wp::add(var_9, var_24);
        var_26 = wp::mod(var_25, var_6);
        wp::assign(var_9, var_26);
        goto start_for_0;
    end_for_0:;
}



void lookup_8c029781_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_lookup_8c029781 *_wp_args,
    wp_args_lookup_8c029781 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_queries = _wp_args->queries;
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<bool> var_found = _wp_args->found;
    wp::array_t<wp::int32> adj_queries = _wp_adj_args->queries;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<bool> adj_found = _wp_adj_args->found;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::float32 var_10 = 0.0;
    const bool var_11 = false;
    const wp::int32 var_12 = 128;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    bool var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    const bool var_21 = true;
    const wp::int32 var_22 = -1;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def lookup(queries: wp.array(dtype=int), keys: wp.array(dtype=int), vals: wp.array(dtype=float), out: wp.array(dtype=float), found: wp.array(dtype=wp.bool)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // q = queries[i]                                                                         <L 36>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cap = keys.shape[0]                                                                    <L 37>
    var_4 = &(var_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // slot = hash_u32(q) % cap                                                               <L 38>
    var_8 = hash_u32_0(var_2);
    var_9 = wp::mod(var_8, var_6);
    // out[i] = 0.0                                                                           <L 39>
    // wp::array_store(var_out, var_0, var_10);
    // found[i] = False                                                                       <L 40>
    // wp::array_store(var_found, var_0, var_11);
    // for p in range(MAX_PROBE):                                                             <L 41>
    var_13 = wp::range(var_12);
    //---------
    // reverse
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
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
        // k = keys[slot]                                                                     <L 42>
        var_15 = wp::address(var_keys, var_9);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if k == q:                                                                         <L 43>
        var_18 = (var_16 == var_2);
        if (var_18) {
            // out[i] = vals[slot]                                                            <L 44>
            var_19 = wp::address(var_vals, var_9);
            var_20 = wp::load(var_19);
            // wp::array_store(var_out, var_0, var_20);
            // found[i] = True                                                                <L 45>
            // wp::array_store(var_found, var_0, var_21);
            // break                                                                          <L 46>
            goto end_for_0;
        }
        // if k == EMPTY:                                                                     <L 47>
        var_23 = (var_16 == var_22);
        if (var_23) {
            // break                                                                          <L 48>
            goto end_for_0;
        }
        // slot = (slot + 1) % cap                                                            <L 49>
        var_25 = wp::add(var_9, var_24);
        var_26 = wp::mod(var_25, var_6);
        wp::assign(var_9, var_26);
        wp::adj_assign(var_9, var_26, adj_9, adj_26);
        wp::adj_mod(var_25, var_6, adj_25, adj_6, adj_26);
        wp::adj_add(var_9, var_24, adj_9, adj_24, adj_25);
        // adj: slot = (slot + 1) % cap                                                       <L 49>
        if (var_23) {
            // adj: break                                                                     <L 48>
        }
        // adj: if k == EMPTY:                                                                <L 47>
        if (var_18) {
            // adj: break                                                                     <L 46>
            wp::adj_array_store(var_found, var_0, var_21, adj_found, adj_0, adj_21);
            // adj: found[i] = True                                                           <L 45>
            wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_19);
            wp::adj_address(var_vals, var_9, adj_vals, adj_9, adj_19);
            // adj: out[i] = vals[slot]                                                       <L 44>
        }
        // adj: if k == q:                                                                    <L 43>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_keys, var_9, adj_keys, adj_9, adj_15);
        // adj: k = keys[slot]                                                                <L 42>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_12, adj_12, adj_13);
    // adj: for p in range(MAX_PROBE):                                                        <L 41>
    wp::adj_array_store(var_found, var_0, var_11, adj_found, adj_0, adj_11);
    // adj: found[i] = False                                                                  <L 40>
    wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
    // adj: out[i] = 0.0                                                                      <L 39>
    wp::adj_mod(var_8, var_6, adj_8, adj_6, adj_9);
    adj_hash_u32_0(var_2, adj_2, adj_8);
    // adj: slot = hash_u32(q) % cap                                                          <L 38>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_keys.shape = adj_4;
    // adj: cap = keys.shape[0]                                                               <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
    // adj: q = queries[i]                                                                    <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def lookup(queries: wp.array(dtype=int), keys: wp.array(dtype=int), vals: wp.array(dtype=float), out: wp.array(dtype=float), found: wp.array(dtype=wp.bool)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void lookup_8c029781_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_lookup_8c029781 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        lookup_8c029781_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void lookup_8c029781_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_lookup_8c029781 *_wp_args,
    wp_args_lookup_8c029781 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        lookup_8c029781_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_clear_fd696a96 {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::float32> vals;
};


void clear_fd696a96_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clear_fd696a96 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = -1;
    const wp::float32 var_2 = 0.0;
    //---------
    // forward
    // def clear(keys: wp.array(dtype=int), vals: wp.array(dtype=float)):                     <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // keys[i] = EMPTY                                                                        <L 55>
    wp::array_store(var_keys, var_0, var_1);
    // vals[i] = 0.0                                                                          <L 56>
    wp::array_store(var_vals, var_0, var_2);
}



void clear_fd696a96_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clear_fd696a96 *_wp_args,
    wp_args_clear_fd696a96 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = -1;
    const wp::float32 var_2 = 0.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def clear(keys: wp.array(dtype=int), vals: wp.array(dtype=float)):                     <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // keys[i] = EMPTY                                                                        <L 55>
    // wp::array_store(var_keys, var_0, var_1);
    // vals[i] = 0.0                                                                          <L 56>
    // wp::array_store(var_vals, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_vals, var_0, var_2, adj_vals, adj_0, adj_2);
    // adj: vals[i] = 0.0                                                                     <L 56>
    wp::adj_array_store(var_keys, var_0, var_1, adj_keys, adj_0, adj_1);
    // adj: keys[i] = EMPTY                                                                   <L 55>
    // adj: i = wp.tid()                                                                      <L 54>
    // adj: def clear(keys: wp.array(dtype=int), vals: wp.array(dtype=float)):                <L 53>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void clear_fd696a96_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_clear_fd696a96 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_fd696a96_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void clear_fd696a96_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_clear_fd696a96 *_wp_args,
    wp_args_clear_fd696a96 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_fd696a96_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_load_factor_0f3b0c21 {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::int32> used;
    wp::array_t<wp::int32> longest_run;
};


void load_factor_0f3b0c21_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_load_factor_0f3b0c21 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_used = _wp_args->used;
    wp::array_t<wp::int32> var_longest_run = _wp_args->longest_run;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    bool var_18;
    wp::int32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 0;
    wp::int32 var_33;
    wp::shape_t var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    //---------
    // forward
    // def load_factor(keys: wp.array(dtype=int), used: wp.array(dtype=int), longest_run: wp.array(dtype=int)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // if keys[i] != EMPTY:                                                                   <L 62>
    var_1 = wp::address(var_keys, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // wp.atomic_add(used, 0, 1)                                                          <L 63>
        var_7 = wp::atomic_add(var_used, var_5, var_6);
        // run = int(1)                                                                       <L 64>
        var_9 = wp::int(var_8);
        // j = (i + 1) % keys.shape[0]                                                        <L 65>
        var_11 = wp::add(var_0, var_10);
        var_12 = &(var_keys.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::mod(var_11, var_14);
        // while keys[j] != EMPTY and run < keys.shape[0]:                                    <L 66>
    start_while_0:;
        var_17 = wp::address(var_keys, var_16);
        var_19 = wp::load(var_17);
        var_18 = (var_19 != var_2);
        var_20 = &(var_keys.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = (var_9 < var_22);
        var_25 = var_18 && var_24;
    if ((var_25) == false) goto end_while_0;
            // run += 1                                                                       <L 67>
            var_28 = wp::add(var_9, var_27);
            // j = (j + 1) % keys.shape[0]                                                    <L 68>
            var_30 = wp::add(var_16, var_29);
            var_31 = &(var_keys.shape);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = wp::mod(var_30, var_33);
            wp::assign(var_9, var_28);
            wp::assign(var_16, var_35);
    goto start_while_0;
    end_while_0:;
        // wp.atomic_max(longest_run, 0, run)                                                 <L 69>
        var_37 = wp::atomic_max(var_longest_run, var_36, var_9);
    }
}



void load_factor_0f3b0c21_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_load_factor_0f3b0c21 *_wp_args,
    wp_args_load_factor_0f3b0c21 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_used = _wp_args->used;
    wp::array_t<wp::int32> var_longest_run = _wp_args->longest_run;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_used = _wp_adj_args->used;
    wp::array_t<wp::int32> adj_longest_run = _wp_adj_args->longest_run;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    bool var_18;
    wp::int32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 0;
    wp::int32 var_33;
    wp::shape_t var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::shape_t adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::shape_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    //---------
    // forward
    // def load_factor(keys: wp.array(dtype=int), used: wp.array(dtype=int), longest_run: wp.array(dtype=int)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // if keys[i] != EMPTY:                                                                   <L 62>
    var_1 = wp::address(var_keys, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // wp.atomic_add(used, 0, 1)                                                          <L 63>
        // var_7 = wp::atomic_add(var_used, var_5, var_6);
        // run = int(1)                                                                       <L 64>
        var_9 = wp::int(var_8);
        // j = (i + 1) % keys.shape[0]                                                        <L 65>
        var_11 = wp::add(var_0, var_10);
        var_12 = &(var_keys.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::mod(var_11, var_14);
        // while keys[j] != EMPTY and run < keys.shape[0]:                                    <L 66>
        // wp.atomic_max(longest_run, 0, run)                                                 <L 69>
        // var_37 = wp::atomic_max(var_longest_run, var_36, var_9);
    }
    //---------
    // reverse
    if (var_3) {
        wp::adj_atomic_max(var_longest_run, var_36, var_9, adj_longest_run, adj_36, adj_9, adj_37);
        // adj: wp.atomic_max(longest_run, 0, run)                                            <L 69>
    start_while_0:;
        var_17 = wp::address(var_keys, var_16);
        var_19 = wp::load(var_17);
        var_18 = (var_19 != var_2);
        var_20 = &(var_keys.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = (var_9 < var_22);
        var_25 = var_18 && var_24;
    if ((var_25) == false) goto end_while_0;
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
            // run += 1                                                                       <L 67>
            var_28 = wp::add(var_9, var_27);
            // j = (j + 1) % keys.shape[0]                                                    <L 68>
            var_30 = wp::add(var_16, var_29);
            var_31 = &(var_keys.shape);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = wp::mod(var_30, var_33);
            wp::assign(var_9, var_28);
            wp::assign(var_16, var_35);
            wp::adj_assign(var_16, var_35, adj_16, adj_35);
            wp::adj_assign(var_9, var_28, adj_9, adj_28);
            wp::adj_mod(var_30, var_33, adj_30, adj_33, adj_35);
            wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
            adj_keys.shape = adj_31;
            wp::adj_add(var_16, var_29, adj_16, adj_29, adj_30);
            // adj: j = (j + 1) % keys.shape[0]                                               <L 68>
            wp::adj_add(var_9, var_27, adj_9, adj_27, adj_28);
            // adj: run += 1                                                                  <L 67>
    goto start_while_0;
    end_while_0:;
        // adj: while keys[j] != EMPTY and run < keys.shape[0]:                               <L 66>
        wp::adj_mod(var_11, var_14, adj_11, adj_14, adj_16);
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        adj_keys.shape = adj_12;
        wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: j = (i + 1) % keys.shape[0]                                                   <L 65>
        wp::adj_int(var_8, adj_8, adj_9);
        // adj: run = int(1)                                                                  <L 64>
        wp::adj_atomic_add(var_used, var_5, var_6, adj_used, adj_5, adj_6, adj_7);
        // adj: wp.atomic_add(used, 0, 1)                                                     <L 63>
    }
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
    // adj: if keys[i] != EMPTY:                                                              <L 62>
    // adj: i = wp.tid()                                                                      <L 61>
    // adj: def load_factor(keys: wp.array(dtype=int), used: wp.array(dtype=int), longest_run: wp.array(dtype=int)):  <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void load_factor_0f3b0c21_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_load_factor_0f3b0c21 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        load_factor_0f3b0c21_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void load_factor_0f3b0c21_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_load_factor_0f3b0c21 *_wp_args,
    wp_args_load_factor_0f3b0c21 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        load_factor_0f3b0c21_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

