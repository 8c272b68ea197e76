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


// corpus/011_uint32_hashing.py:9
static wp::uint32 pcg_hash_0(
    wp::uint32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 747796405;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 2891336453;
    wp::uint32 var_4;
    wp::uint32 var_5;
    const wp::int32 var_6 = 28;
    wp::uint32 var_7;
    wp::uint32 var_8;
    const wp::int32 var_9 = 4;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 277803737;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 22;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    //---------
    // forward
    // def pcg_hash(v: wp.uint32) -> wp.uint32:                                               <L 10>
    // state = v * wp.uint32(747796405) + wp.uint32(2891336453)                               <L 11>
    var_1 = wp::uint32(var_0);
    var_2 = wp::mul(var_v, var_1);
    var_4 = wp::uint32(var_3);
    var_5 = wp::add(var_2, var_4);
    // word = ((state >> ((state >> wp.uint32(28)) + wp.uint32(4))) ^ state) * wp.uint32(277803737)       <L 12>
    var_7 = wp::uint32(var_6);
    var_8 = wp::rshift(var_5, var_7);
    var_10 = wp::uint32(var_9);
    var_11 = wp::add(var_8, var_10);
    var_12 = wp::rshift(var_5, var_11);
    var_13 = wp::bit_xor(var_12, var_5);
    var_15 = wp::uint32(var_14);
    var_16 = wp::mul(var_13, var_15);
    // return (word >> wp.uint32(22)) ^ word                                                  <L 13>
    var_18 = wp::uint32(var_17);
    var_19 = wp::rshift(var_16, var_18);
    var_20 = wp::bit_xor(var_19, var_16);
    return var_20;
}


// corpus/011_uint32_hashing.py:24
static wp::uint32 rotl32_0(
    wp::uint32 var_x,
    wp::uint32 var_r)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 32;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32 var_4;
    wp::uint32 var_5;
    //---------
    // forward
    // def rotl32(x: wp.uint32, r: wp.uint32) -> wp.uint32:                                   <L 25>
    // return (x << r) | (x >> (wp.uint32(32) - r))                                           <L 26>
    var_0 = wp::lshift(var_x, var_r);
    var_2 = wp::uint32(var_1);
    var_3 = wp::sub(var_2, var_r);
    var_4 = wp::rshift(var_x, var_3);
    var_5 = wp::bit_or(var_0, var_4);
    return var_5;
}


// corpus/011_uint32_hashing.py:29
static wp::uint32 murmur_mix_0(
    wp::uint32 var_h)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    const wp::int32 var_4 = 2246822507;
    wp::uint32 var_5;
    wp::uint32 var_6;
    const wp::int32 var_7 = 13;
    wp::uint32 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 3266489909;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 16;
    wp::uint32 var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    //---------
    // forward
    // def murmur_mix(h: wp.uint32) -> wp.uint32:                                             <L 30>
    // h = h ^ (h >> wp.uint32(16))                                                           <L 31>
    var_1 = wp::uint32(var_0);
    var_2 = wp::rshift(var_h, var_1);
    var_3 = wp::bit_xor(var_h, var_2);
    // h = h * wp.uint32(0x85EBCA6B)                                                          <L 32>
    var_5 = wp::uint32(var_4);
    var_6 = wp::mul(var_3, var_5);
    // h = h ^ (h >> wp.uint32(13))                                                           <L 33>
    var_8 = wp::uint32(var_7);
    var_9 = wp::rshift(var_6, var_8);
    var_10 = wp::bit_xor(var_6, var_9);
    // h = h * wp.uint32(0xC2B2AE35)                                                          <L 34>
    var_12 = wp::uint32(var_11);
    var_13 = wp::mul(var_10, var_12);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 35>
    var_15 = wp::uint32(var_14);
    var_16 = wp::rshift(var_13, var_15);
    var_17 = wp::bit_xor(var_13, var_16);
    // return h                                                                               <L 36>
    return var_17;
}


// corpus/011_uint32_hashing.py:16
static wp::uint32 xorshift32_0(
    wp::uint32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 13;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    const wp::int32 var_4 = 17;
    wp::uint32 var_5;
    wp::uint32 var_6;
    wp::uint32 var_7;
    const wp::int32 var_8 = 5;
    wp::uint32 var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    //---------
    // forward
    // def xorshift32(x: wp.uint32) -> wp.uint32:                                             <L 17>
    // x = x ^ (x << wp.uint32(13))                                                           <L 18>
    var_1 = wp::uint32(var_0);
    var_2 = wp::lshift(var_x, var_1);
    var_3 = wp::bit_xor(var_x, var_2);
    // x = x ^ (x >> wp.uint32(17))                                                           <L 19>
    var_5 = wp::uint32(var_4);
    var_6 = wp::rshift(var_3, var_5);
    var_7 = wp::bit_xor(var_3, var_6);
    // x = x ^ (x << wp.uint32(5))                                                            <L 20>
    var_9 = wp::uint32(var_8);
    var_10 = wp::lshift(var_7, var_9);
    var_11 = wp::bit_xor(var_7, var_10);
    // return x                                                                               <L 21>
    return var_11;
}


// corpus/011_uint32_hashing.py:39
static wp::int32 popcount32_0(
    wp::uint32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 0;
    wp::uint32 var_4;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def popcount32(x: wp.uint32) -> int:                                                   <L 40>
    // c = int(0)                                                                             <L 41>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 42>
    var_2 = wp::copy(var_x);
    // while v != wp.uint32(0):                                                               <L 43>
    start_while_0:;
    var_4 = wp::uint32(var_3);
    var_5 = (var_2 != var_4);
    if ((var_5) == false) goto end_while_0;
        // v = v & (v - wp.uint32(1))                                                         <L 44>
        var_7 = wp::uint32(var_6);
        var_8 = wp::sub(var_2, var_7);
        var_9 = wp::bit_and(var_2, var_8);
        // c += 1                                                                             <L 45>
        var_11 = wp::add(var_1, var_10);
        wp::assign(var_1, var_11);
        wp::assign(var_2, var_9);
    goto start_while_0;
    end_while_0:;
    // return c                                                                               <L 46>
    return var_1;
}


// corpus/011_uint32_hashing.py:9
static void adj_pcg_hash_0(
    wp::uint32 var_v,
    wp::uint32 & adj_v,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/011_uint32_hashing.py:24
static void adj_rotl32_0(
    wp::uint32 var_x,
    wp::uint32 var_r,
    wp::uint32 & adj_x,
    wp::uint32 & adj_r,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/011_uint32_hashing.py:29
static void adj_murmur_mix_0(
    wp::uint32 var_h,
    wp::uint32 & adj_h,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/011_uint32_hashing.py:16
static void adj_xorshift32_0(
    wp::uint32 var_x,
    wp::uint32 & adj_x,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/011_uint32_hashing.py:39
static void adj_popcount32_0(
    wp::uint32 var_x,
    wp::uint32 & adj_x,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_hash_keys_33aaf336 {
    wp::array_t<wp::uint32> keys;
    wp::array_t<wp::uint32> seeds;
    wp::array_t<wp::uint32> out;
    wp::array_t<wp::int32> buckets;
};


void hash_keys_33aaf336_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_hash_keys_33aaf336 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::uint32> var_seeds = _wp_args->seeds;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_buckets = _wp_args->buckets;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    const wp::int32 var_4 = 0;
    wp::uint32* var_5;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    const wp::int32 var_9 = 7;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // forward
    // def hash_keys(keys: wp.array(dtype=wp.uint32), seeds: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32), buckets: wp.array(dtype=int)):       <L 50>
    // i = wp.tid()                                                                           <L 51>
    var_0 = builtin_tid1d();
    // k = keys[i]                                                                            <L 52>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // h = pcg_hash(k ^ seeds[0])                                                             <L 53>
    var_5 = wp::address(var_seeds, var_4);
    var_7 = wp::load(var_5);
    var_6 = wp::bit_xor(var_2, var_7);
    var_8 = pcg_hash_0(var_6);
    // h = murmur_mix(h + rotl32(k, wp.uint32(7)))                                            <L 54>
    var_10 = wp::uint32(var_9);
    var_11 = rotl32_0(var_2, var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = murmur_mix_0(var_12);
    // out[i] = h                                                                             <L 55>
    wp::array_store(var_out, var_0, var_13);
    // nb = wp.uint32(buckets.shape[0])                                                       <L 56>
    var_14 = &(var_buckets.shape);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_18 = wp::uint32(var_16);
    // b = h % nb                                                                             <L 57>
    var_19 = wp::mod(var_13, var_18);
    // wp.atomic_add(buckets, int(b), 1)                                                      <L 58>
    var_20 = wp::int(var_19);
    var_22 = wp::atomic_add(var_buckets, var_20, var_21);
}



extern "C" {

// Python CPU entry points
WP_API void hash_keys_33aaf336_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_hash_keys_33aaf336 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        hash_keys_33aaf336_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_fnv1a_bytes_b44616d7 {
    wp::array_t<wp::uint8> data;
    wp::array_t<wp::int32> lengths;
    wp::array_t<wp::uint32> digests;
};


void fnv1a_bytes_b44616d7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fnv1a_bytes_b44616d7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_data = _wp_args->data;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::uint32> var_digests = _wp_args->digests;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::uint32 var_1 = 2166136261u;
    wp::uint32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::uint8* var_8;
    wp::uint32 var_9;
    wp::uint8 var_10;
    wp::uint32 var_11;
    const wp::uint32 var_12 = 16777619u;
    wp::uint32 var_13;
    //---------
    // forward
    // def fnv1a_bytes(data: wp.array2d(dtype=wp.uint8), lengths: wp.array(dtype=int), digests: wp.array(dtype=wp.uint32)):       <L 62>
    // row = wp.tid()                                                                         <L 63>
    var_0 = builtin_tid1d();
    // h = FNV_OFFSET                                                                         <L 64>
    var_2 = wp::copy(var_1);
    // n = lengths[row]                                                                       <L 65>
    var_3 = wp::address(var_lengths, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // for i in range(n):                                                                     <L 66>
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // h = h ^ wp.uint32(data[row, i])                                                    <L 67>
        var_8 = wp::address(var_data, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::uint32(var_10);
        var_11 = wp::bit_xor(var_2, var_9);
        // h = h * FNV_PRIME                                                                  <L 68>
        var_13 = wp::mul(var_11, var_12);
        wp::assign(var_2, var_13);
        goto start_for_0;
    end_for_0:;
    // digests[row] = h                                                                       <L 69>
    wp::array_store(var_digests, var_0, var_2);
}



extern "C" {

// Python CPU entry points
WP_API void fnv1a_bytes_b44616d7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fnv1a_bytes_b44616d7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fnv1a_bytes_b44616d7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_bloom_insert_ea02e22c {
    wp::array_t<wp::uint32> keys;
    wp::int32 num_hashes;
    wp::array_t<wp::uint32> bits;
    wp::uint32 num_bits;
};


void bloom_insert_ea02e22c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bloom_insert_ea02e22c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::int32 var_num_hashes = _wp_args->num_hashes;
    wp::array_t<wp::uint32> var_bits = _wp_args->bits;
    wp::uint32 var_num_bits = _wp_args->num_bits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32* var_4;
    const wp::int32 var_5 = 1;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    wp::uint32 var_14;
    wp::uint32 var_15;
    const wp::int32 var_16 = 5;
    wp::uint32 var_17;
    wp::uint32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::uint32 var_21;
    const wp::int32 var_22 = 31;
    wp::uint32 var_23;
    wp::uint32 var_24;
    wp::uint32 var_25;
    wp::uint32 var_26;
    //---------
    // forward
    // def bloom_insert(keys: wp.array(dtype=wp.uint32), num_hashes: int, bits: wp.array(dtype=wp.uint32), num_bits: wp.uint32):       <L 73>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // h1 = pcg_hash(keys[i])                                                                 <L 75>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = pcg_hash_0(var_3);
    // h2 = xorshift32(keys[i] | wp.uint32(1))                                                <L 76>
    var_4 = wp::address(var_keys, var_0);
    var_6 = wp::uint32(var_5);
    var_8 = wp::load(var_4);
    var_7 = wp::bit_or(var_8, var_6);
    var_9 = xorshift32_0(var_7);
    // for k in range(num_hashes):                                                            <L 77>
    var_10 = wp::range(var_num_hashes);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // pos = (h1 + wp.uint32(k) * h2) % num_bits                                          <L 78>
        var_12 = wp::uint32(var_11);
        var_13 = wp::mul(var_12, var_9);
        var_14 = wp::add(var_2, var_13);
        var_15 = wp::mod(var_14, var_num_bits);
        // word = int(pos >> wp.uint32(5))                                                    <L 79>
        var_17 = wp::uint32(var_16);
        var_18 = wp::rshift(var_15, var_17);
        var_19 = wp::int(var_18);
        // mask = wp.uint32(1) << (pos & wp.uint32(31))                                       <L 80>
        var_21 = wp::uint32(var_20);
        var_23 = wp::uint32(var_22);
        var_24 = wp::bit_and(var_15, var_23);
        var_25 = wp::lshift(var_21, var_24);
        // wp.atomic_or(bits, word, mask)                                                     <L 81>
        var_26 = wp::atomic_or(var_bits, var_19, var_25);
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void bloom_insert_ea02e22c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bloom_insert_ea02e22c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bloom_insert_ea02e22c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_bit_statistics_cb932c49 {
    wp::array_t<wp::uint32> words;
    wp::array_t<wp::int32> total_bits;
    wp::array_t<wp::uint32> parity;
};


void bit_statistics_cb932c49_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bit_statistics_cb932c49 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_words = _wp_args->words;
    wp::array_t<wp::int32> var_total_bits = _wp_args->total_bits;
    wp::array_t<wp::uint32> var_parity = _wp_args->parity;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 16;
    wp::uint32 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 8;
    wp::uint32 var_12;
    wp::uint32 var_13;
    wp::uint32 var_14;
    const wp::int32 var_15 = 4;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 2;
    wp::uint32 var_20;
    wp::uint32 var_21;
    wp::uint32 var_22;
    const wp::int32 var_23 = 1;
    wp::uint32 var_24;
    wp::uint32 var_25;
    wp::uint32 var_26;
    const wp::int32 var_27 = 1;
    wp::uint32 var_28;
    wp::uint32 var_29;
    //---------
    // forward
    // def bit_statistics(words: wp.array(dtype=wp.uint32), total_bits: wp.array(dtype=int), parity: wp.array(dtype=wp.uint32)):       <L 85>
    // i = wp.tid()                                                                           <L 86>
    var_0 = builtin_tid1d();
    // w = words[i]                                                                           <L 87>
    var_1 = wp::address(var_words, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = popcount32(w)                                                                      <L 88>
    var_4 = popcount32_0(var_2);
    // wp.atomic_add(total_bits, 0, c)                                                        <L 89>
    var_6 = wp::atomic_add(var_total_bits, var_5, var_4);
    // p = w ^ (w >> wp.uint32(16))                                                           <L 90>
    var_8 = wp::uint32(var_7);
    var_9 = wp::rshift(var_2, var_8);
    var_10 = wp::bit_xor(var_2, var_9);
    // p = p ^ (p >> wp.uint32(8))                                                            <L 91>
    var_12 = wp::uint32(var_11);
    var_13 = wp::rshift(var_10, var_12);
    var_14 = wp::bit_xor(var_10, var_13);
    // p = p ^ (p >> wp.uint32(4))                                                            <L 92>
    var_16 = wp::uint32(var_15);
    var_17 = wp::rshift(var_14, var_16);
    var_18 = wp::bit_xor(var_14, var_17);
    // p = p ^ (p >> wp.uint32(2))                                                            <L 93>
    var_20 = wp::uint32(var_19);
    var_21 = wp::rshift(var_18, var_20);
    var_22 = wp::bit_xor(var_18, var_21);
    // p = p ^ (p >> wp.uint32(1))                                                            <L 94>
    var_24 = wp::uint32(var_23);
    var_25 = wp::rshift(var_22, var_24);
    var_26 = wp::bit_xor(var_22, var_25);
    // parity[i] = p & wp.uint32(1)                                                           <L 95>
    var_28 = wp::uint32(var_27);
    var_29 = wp::bit_and(var_26, var_28);
    wp::array_store(var_parity, var_0, var_29);
}



extern "C" {

// Python CPU entry points
WP_API void bit_statistics_cb932c49_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bit_statistics_cb932c49 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bit_statistics_cb932c49_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_cuckoo_insert_3910a22d {
    wp::array_t<wp::uint32> keys;
    wp::array_t<wp::uint32> table_keys;
    wp::array_t<wp::int32> table_vals;
    wp::uint32 empty_key;
    wp::int32 max_kicks;
    wp::array_t<wp::int32> failed;
    wp::array_t<wp::int32> kicks_total;
};


void cuckoo_insert_3910a22d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cuckoo_insert_3910a22d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::uint32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::int32> var_table_vals = _wp_args->table_vals;
    wp::uint32 var_empty_key = _wp_args->empty_key;
    wp::int32 var_max_kicks = _wp_args->max_kicks;
    wp::array_t<wp::int32> var_failed = _wp_args->failed;
    wp::array_t<wp::int32> var_kicks_total = _wp_args->kicks_total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::uint32 var_5;
    const wp::int32 var_6 = 2;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32* var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    bool var_19;
    const wp::int32 var_20 = 0;
    wp::uint32 var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::uint32 var_24;
    wp::uint32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    wp::uint32 var_28;
    wp::uint32 var_29;
    wp::int32 var_30;
    wp::uint32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 1;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::uint32 var_37;
    wp::int32 var_38;
    wp::uint32 var_39;
    wp::uint32 var_40;
    bool var_41;
    const wp::int32 var_42 = 1;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    const wp::int32 var_47 = 0;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    //---------
    // forward
    // def cuckoo_insert(                                                                     <L 99>
    // i = wp.tid()                                                                           <L 108>
    var_0 = builtin_tid1d();
    // cap = wp.uint32(table_keys.shape[0])                                                   <L 109>
    var_1 = &(var_table_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::uint32(var_3);
    // half = cap / wp.uint32(2)                                                              <L 110>
    var_7 = wp::uint32(var_6);
    var_8 = wp::div(var_5, var_7);
    // key = keys[i]                                                                          <L 111>
    var_9 = wp::address(var_keys, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // val = i                                                                                <L 112>
    var_12 = wp::copy(var_0);
    // kicks = int(0)                                                                         <L 113>
    var_14 = wp::int(var_13);
    // use_second = int(0)                                                                    <L 114>
    var_16 = wp::int(var_15);
    // done = int(0)                                                                          <L 115>
    var_18 = wp::int(var_17);
    // while kicks < max_kicks:                                                               <L 116>
    start_while_0:;
    var_19 = (var_14 < var_max_kicks);
    if ((var_19) == false) goto end_while_0;
        // slot = wp.uint32(0)                                                                <L 117>
        var_21 = wp::uint32(var_20);
        // if use_second == 0:                                                                <L 118>
        var_23 = (var_16 == var_22);
        if (var_23) {
            // slot = pcg_hash(key) % half                                                    <L 119>
            var_24 = pcg_hash_0(var_10);
            var_25 = wp::mod(var_24, var_8);
        }
        if (!var_23) {
            // slot = half + murmur_mix(key) % half                                           <L 121>
            var_26 = murmur_mix_0(var_10);
            var_27 = wp::mod(var_26, var_8);
            var_28 = wp::add(var_8, var_27);
        }
        var_29 = wp::where(var_23, var_25, var_28);
        // s = int(slot)                                                                      <L 122>
        var_30 = wp::int(var_29);
        // prev_key = wp.atomic_exch(table_keys, s, key)                                      <L 123>
        var_31 = wp::atomic_exch(var_table_keys, var_30, var_10);
        // prev_val = wp.atomic_exch(table_vals, s, val)                                      <L 124>
        var_32 = wp::atomic_exch(var_table_vals, var_30, var_12);
        // if prev_key == empty_key:                                                          <L 125>
        var_33 = (var_31 == var_empty_key);
        if (var_33) {
            // done = 1                                                                       <L 126>
            // break                                                                          <L 127>
            wp::assign(var_18, var_34);
            goto end_while_0;
        }
        // if prev_key == key:                                                                <L 128>
        var_35 = (var_31 == var_10);
        if (var_35) {
            // done = 1                                                                       <L 130>
            // break                                                                          <L 131>
            wp::assign(var_18, var_36);
            goto end_while_0;
        }
        // key = prev_key                                                                     <L 133>
        var_37 = wp::copy(var_31);
        // val = prev_val                                                                     <L 134>
        var_38 = wp::copy(var_32);
        // h1 = pcg_hash(key) % half                                                          <L 135>
        var_39 = pcg_hash_0(var_37);
        var_40 = wp::mod(var_39, var_8);
        // if h1 == slot:                                                                     <L 136>
        var_41 = (var_40 == var_29);
        if (var_41) {
            // use_second = 1                                                                 <L 137>
        }
        if (!var_41) {
            // use_second = 0                                                                 <L 139>
        }
        var_44 = wp::where(var_41, var_42, var_43);
        // kicks += 1                                                                         <L 140>
        var_46 = wp::add(var_14, var_45);
        wp::assign(var_10, var_37);
        wp::assign(var_12, var_38);
        wp::assign(var_14, var_46);
        wp::assign(var_16, var_44);
    goto start_while_0;
    end_while_0:;
    // wp.atomic_add(kicks_total, 0, kicks)                                                   <L 141>
    var_48 = wp::atomic_add(var_kicks_total, var_47, var_14);
    // if done == 0:                                                                          <L 142>
    var_50 = (var_18 == var_49);
    if (var_50) {
        // wp.atomic_add(failed, 0, 1)                                                        <L 143>
        var_53 = wp::atomic_add(var_failed, var_51, var_52);
    }
}



extern "C" {

// Python CPU entry points
WP_API void cuckoo_insert_3910a22d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cuckoo_insert_3910a22d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cuckoo_insert_3910a22d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_cuckoo_lookup_eb2d337a {
    wp::array_t<wp::uint32> queries;
    wp::array_t<wp::uint32> table_keys;
    wp::array_t<wp::int32> table_vals;
    wp::array_t<wp::int32> results;
};


void cuckoo_lookup_eb2d337a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cuckoo_lookup_eb2d337a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_queries = _wp_args->queries;
    wp::array_t<wp::uint32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::int32> var_table_vals = _wp_args->table_vals;
    wp::array_t<wp::int32> var_results = _wp_args->results;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::uint32 var_5;
    const wp::int32 var_6 = 2;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32* var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    wp::int32 var_14;
    wp::uint32 var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::int32 var_18;
    wp::uint32* var_19;
    bool var_20;
    wp::uint32 var_21;
    wp::int32* var_22;
    wp::int32 var_23;
    wp::uint32* var_24;
    bool var_25;
    wp::uint32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = -1;
    //---------
    // forward
    // def cuckoo_lookup(queries: wp.array(dtype=wp.uint32), table_keys: wp.array(dtype=wp.uint32), table_vals: wp.array(dtype=int), results: wp.array(dtype=int)):       <L 147>
    // i = wp.tid()                                                                           <L 148>
    var_0 = builtin_tid1d();
    // cap = wp.uint32(table_keys.shape[0])                                                   <L 149>
    var_1 = &(var_table_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::uint32(var_3);
    // half = cap / wp.uint32(2)                                                              <L 150>
    var_7 = wp::uint32(var_6);
    var_8 = wp::div(var_5, var_7);
    // k = queries[i]                                                                         <L 151>
    var_9 = wp::address(var_queries, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // s1 = int(pcg_hash(k) % half)                                                           <L 152>
    var_12 = pcg_hash_0(var_10);
    var_13 = wp::mod(var_12, var_8);
    var_14 = wp::int(var_13);
    // s2 = int(half + murmur_mix(k) % half)                                                  <L 153>
    var_15 = murmur_mix_0(var_10);
    var_16 = wp::mod(var_15, var_8);
    var_17 = wp::add(var_8, var_16);
    var_18 = wp::int(var_17);
    // if table_keys[s1] == k:                                                                <L 154>
    var_19 = wp::address(var_table_keys, var_14);
    var_21 = wp::load(var_19);
    var_20 = (var_21 == var_10);
    if (var_20) {
        // results[i] = table_vals[s1]                                                        <L 155>
        var_22 = wp::address(var_table_vals, var_14);
        var_23 = wp::load(var_22);
        wp::array_store(var_results, var_0, var_23);
    }
    if (!var_20) {
        // elif table_keys[s2] == k:                                                          <L 156>
        var_24 = wp::address(var_table_keys, var_18);
        var_26 = wp::load(var_24);
        var_25 = (var_26 == var_10);
        if (var_25) {
            // results[i] = table_vals[s2]                                                    <L 157>
            var_27 = wp::address(var_table_vals, var_18);
            var_28 = wp::load(var_27);
            wp::array_store(var_results, var_0, var_28);
        }
        if (!var_25) {
            // results[i] = -1                                                                <L 159>
            wp::array_store(var_results, var_0, var_29);
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void cuckoo_lookup_eb2d337a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cuckoo_lookup_eb2d337a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cuckoo_lookup_eb2d337a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

