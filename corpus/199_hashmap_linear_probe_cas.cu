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


// corpus/199_hashmap_linear_probe_cas.py:7
static CUDA_CALLABLE wp::int32 hash_u32_0(
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
static CUDA_CALLABLE void adj_hash_u32_0(
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
    // adj: return int(h & wp.uint32(0x7FFFFFFF))                                             <L 15>
    // adj: h = h ^ (h >> wp.uint32(16))                                                      <L 14>
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    // adj: h = h * wp.uint32(0x846CA68B)                                                     <L 13>
    // adj: h = h ^ (h >> wp.uint32(15))                                                      <L 12>
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_7);
    // adj: h = h * wp.uint32(0x7FEB352D)                                                     <L 11>
    // adj: h = h ^ (h >> wp.uint32(16))                                                      <L 10>
    // adj: h = wp.uint32(k)                                                                  <L 9>
    // adj: def hash_u32(k: int) -> int:                                                      <L 8>
    return;
}



extern "C" __global__ void insert_b95a75c1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys_in,
    wp::array_t<wp::float32> var_vals_in,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::int32> var_failures)
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
            var_16 = (var_14 == var_13);
            var_15 = var_16;
            if (!var_15) {
                var_17 = (var_14 == var_2);
                var_15 = var_15 || var_17;
            }
            if (var_15) {
                // wp.atomic_add(vals, slot, vals_in[i])                                          <L 27>
                var_18 = wp::address(var_vals_in, var_0);
                var_20 = wp::load(var_18);
                var_19 = wp::atomic_add(var_vals, var_9, var_20);
                // return                                                                         <L 28>
                continue;
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
}



extern "C" __global__ void insert_b95a75c1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys_in,
    wp::array_t<wp::float32> var_vals_in,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::int32> var_failures,
    wp::array_t<wp::int32> adj_keys_in,
    wp::array_t<wp::float32> adj_vals_in,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::float32> adj_vals,
    wp::array_t<wp::int32> adj_failures)
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
            var_16 = (var_14 == var_13);
            var_15 = var_16;
            if (!var_15) {
                var_17 = (var_14 == var_2);
                var_15 = var_15 || var_17;
            }
            if (var_15) {
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
            if (var_15) {
                label2:;
                // adj: return                                                                    <L 28>
                wp::adj_atomic_add(var_vals, var_9, var_20, adj_vals, adj_9, adj_18, adj_19);
                wp::adj_address(var_vals_in, var_0, adj_vals_in, adj_0, adj_18);
                // adj: wp.atomic_add(vals, slot, vals_in[i])                                     <L 27>
            }
            if (!var_15) {
            }
            // adj: if prev == EMPTY or prev == k:                                                <L 26>
            // adj: prev = wp.atomic_cas(keys, slot, EMPTY, k)                                    <L 25>
        	goto start_for_0;
        end_for_0:;
        // adj: for p in range(MAX_PROBE):                                                        <L 24>
        wp::adj_mod(var_8, var_6, adj_8, adj_6, adj_9);
        adj_hash_u32_0(var_2, adj_2, adj_8);
        // adj: slot = hash_u32(k) % cap                                                          <L 23>
        adj_keys.shape = adj_4;
        // adj: cap = keys.shape[0]                                                               <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_keys_in, var_0, adj_keys_in, adj_0, adj_1);
        // adj: k = keys_in[i]                                                                    <L 21>
        // adj: i = wp.tid()                                                                      <L 20>
        // adj: def insert(keys_in: wp.array(dtype=int), vals_in: wp.array(dtype=float), keys: wp.array(dtype=int), vals: wp.array(dtype=float), failures: wp.array(dtype=int)):  <L 19>
        continue;
    }
}



extern "C" __global__ void lookup_8c029781_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_out,
    wp::array_t<bool> var_found)
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
}



extern "C" __global__ void lookup_8c029781_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_queries,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_out,
    wp::array_t<bool> var_found,
    wp::array_t<wp::int32> adj_queries,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::float32> adj_vals,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<bool> adj_found)
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
        // adj: for p in range(MAX_PROBE):                                                        <L 41>
        wp::adj_array_store(var_found, var_0, var_11, adj_found, adj_0, adj_11);
        // adj: found[i] = False                                                                  <L 40>
        wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
        // adj: out[i] = 0.0                                                                      <L 39>
        wp::adj_mod(var_8, var_6, adj_8, adj_6, adj_9);
        adj_hash_u32_0(var_2, adj_2, adj_8);
        // adj: slot = hash_u32(q) % cap                                                          <L 38>
        adj_keys.shape = adj_4;
        // adj: cap = keys.shape[0]                                                               <L 37>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
        // adj: q = queries[i]                                                                    <L 36>
        // adj: i = wp.tid()                                                                      <L 35>
        // adj: def lookup(queries: wp.array(dtype=int), keys: wp.array(dtype=int), vals: wp.array(dtype=float), out: wp.array(dtype=float), found: wp.array(dtype=wp.bool)):  <L 34>
        continue;
    }
}



extern "C" __global__ void clear_fd696a96_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals)
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
}



extern "C" __global__ void clear_fd696a96_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::float32> adj_vals)
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
        continue;
    }
}



extern "C" __global__ void load_factor_0f3b0c21_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_used,
    wp::array_t<wp::int32> var_longest_run)
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
        bool var_17;
        wp::int32* var_18;
        bool var_19;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::shape_t* var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::shape_t var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        wp::int32 var_36;
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
            var_18 = wp::address(var_keys, var_16);
            var_20 = wp::load(var_18);
            var_19 = (var_20 != var_2);
            var_17 = var_19;
            if (var_17) {
                var_21 = &(var_keys.shape);
                var_24 = wp::load(var_21);
                var_23 = wp::extract(var_24, var_22);
                var_25 = (var_9 < var_23);
                var_17 = var_17 && var_25;
            }
        if ((var_17) == false) goto end_while_0;
                // run += 1                                                                       <L 67>
                var_27 = wp::add(var_9, var_26);
                // j = (j + 1) % keys.shape[0]                                                    <L 68>
                var_29 = wp::add(var_16, var_28);
                var_30 = &(var_keys.shape);
                var_33 = wp::load(var_30);
                var_32 = wp::extract(var_33, var_31);
                var_34 = wp::mod(var_29, var_32);
                wp::assign(var_9, var_27);
                wp::assign(var_16, var_34);
        goto start_while_0;
        end_while_0:;
            // wp.atomic_max(longest_run, 0, run)                                                 <L 69>
            var_36 = wp::atomic_max(var_longest_run, var_35, var_9);
        }
    }
}



extern "C" __global__ void load_factor_0f3b0c21_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_used,
    wp::array_t<wp::int32> var_longest_run,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_used,
    wp::array_t<wp::int32> adj_longest_run)
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
        bool var_17;
        wp::int32* var_18;
        bool var_19;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::shape_t* var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::shape_t var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        wp::int32 var_36;
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
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::shape_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
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
            // var_36 = wp::atomic_max(var_longest_run, var_35, var_9);
        }
        //---------
        // reverse
        if (var_3) {
            wp::adj_atomic_max(var_longest_run, var_35, var_9, adj_longest_run, adj_35, adj_9, adj_36);
            // adj: wp.atomic_max(longest_run, 0, run)                                            <L 69>
        start_while_0:;
            var_18 = wp::address(var_keys, var_16);
            var_20 = wp::load(var_18);
            var_19 = (var_20 != var_2);
            var_17 = var_19;
            if (var_17) {
                var_21 = &(var_keys.shape);
                var_24 = wp::load(var_21);
                var_23 = wp::extract(var_24, var_22);
                var_25 = (var_9 < var_23);
                var_17 = var_17 && var_25;
            }
        if ((var_17) == false) goto end_while_0;
        adj_26 = {};
        adj_27 = {};
        adj_28 = {};
        adj_29 = {};
        adj_30 = {};
        adj_31 = {};
        adj_32 = {};
        adj_33 = {};
        adj_34 = {};
                // run += 1                                                                       <L 67>
                var_27 = wp::add(var_9, var_26);
                // j = (j + 1) % keys.shape[0]                                                    <L 68>
                var_29 = wp::add(var_16, var_28);
                var_30 = &(var_keys.shape);
                var_33 = wp::load(var_30);
                var_32 = wp::extract(var_33, var_31);
                var_34 = wp::mod(var_29, var_32);
                wp::assign(var_9, var_27);
                wp::assign(var_16, var_34);
                wp::adj_assign(var_16, var_34, adj_16, adj_34);
                wp::adj_assign(var_9, var_27, adj_9, adj_27);
                wp::adj_mod(var_29, var_32, adj_29, adj_32, adj_34);
                adj_keys.shape = adj_30;
                wp::adj_add(var_16, var_28, adj_16, adj_28, adj_29);
                // adj: j = (j + 1) % keys.shape[0]                                               <L 68>
                wp::adj_add(var_9, var_26, adj_9, adj_26, adj_27);
                // adj: run += 1                                                                  <L 67>
        goto start_while_0;
        end_while_0:;
            // adj: while keys[j] != EMPTY and run < keys.shape[0]:                               <L 66>
            wp::adj_mod(var_11, var_14, adj_11, adj_14, adj_16);
            adj_keys.shape = adj_12;
            wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
            // adj: j = (i + 1) % keys.shape[0]                                                   <L 65>
            // adj: run = int(1)                                                                  <L 64>
            wp::adj_atomic_add(var_used, var_5, var_6, adj_used, adj_5, adj_6, adj_7);
            // adj: wp.atomic_add(used, 0, 1)                                                     <L 63>
        }
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: if keys[i] != EMPTY:                                                              <L 62>
        // adj: i = wp.tid()                                                                      <L 61>
        // adj: def load_factor(keys: wp.array(dtype=int), used: wp.array(dtype=int), longest_run: wp.array(dtype=int)):  <L 60>
        continue;
    }
}

