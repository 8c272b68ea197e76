
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


// corpus/123_int_types_bit_tricks.py:7
static CUDA_CALLABLE wp::int32 popcount32_0(
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // forward
    // def popcount32(x: wp.uint32) -> int:                                                   <L 8>
    // c = int(0)                                                                             <L 9>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 10>
    var_2 = wp::copy(var_x);
    // while v != wp.uint32(0):                                                               <L 11>
    start_while_0:;
    var_4 = wp::uint32(var_3);
    var_5 = (var_2 != var_4);
    if ((var_5) == false) goto end_while_0;
        // v = v & (v - wp.uint32(1))                                                         <L 12>
        var_7 = wp::uint32(var_6);
        var_8 = wp::sub(var_2, var_7);
        var_9 = wp::bit_and(var_2, var_8);
        // c += 1                                                                             <L 13>
        var_12 = wp::add(var_1, var_11);
        wp::assign(var_1, var_12);
        wp::assign(var_2, var_9);
    goto start_while_0;
    end_while_0:;
    // return c                                                                               <L 14>
    return var_1;
}


// corpus/123_int_types_bit_tricks.py:17
static CUDA_CALLABLE wp::uint64 rotl64_0(
    wp::uint64 var_x,
    wp::int32 var_r)
{
    //---------
    // primal vars
    wp::uint64 var_0;
    wp::uint64 var_1;
    const wp::int32 var_2 = 64;
    wp::int32 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    //---------
    // forward
    // def rotl64(x: wp.uint64, r: int) -> wp.uint64:                                         <L 18>
    // return (x << wp.uint64(r)) | (x >> wp.uint64(64 - r))                                  <L 19>
    var_0 = wp::uint64(var_r);
    var_1 = wp::lshift(var_x, var_0);
    var_3 = wp::sub(var_2, var_r);
    var_4 = wp::uint64(var_3);
    var_5 = wp::rshift(var_x, var_4);
    var_6 = wp::bit_or(var_1, var_5);
    return var_6;
}


// corpus/123_int_types_bit_tricks.py:22
static CUDA_CALLABLE wp::int8 saturate_i8_0(
    wp::int32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 127;
    bool var_1;
    const wp::int32 var_2 = 127;
    wp::int8 var_3;
    const wp::int32 var_4 = 128;
    const wp::int32 var_5 = -128;
    bool var_6;
    const wp::int32 var_7 = 128;
    const wp::int32 var_8 = -128;
    wp::int8 var_9;
    wp::int8 var_10;
    //---------
    // forward
    // def saturate_i8(v: int) -> wp.int8:                                                    <L 23>
    // if v > 127:                                                                            <L 24>
    var_1 = (var_v > var_0);
    if (var_1) {
        // return wp.int8(127)                                                                <L 25>
        var_3 = wp::int8(var_2);
        return var_3;
    }
    if (!var_1) {
        // elif v < -128:                                                                     <L 26>
        var_6 = (var_v < var_5);
        if (var_6) {
            // return wp.int8(-128)                                                           <L 27>
            var_9 = wp::int8(var_8);
            return var_9;
        }
    }
    // return wp.int8(v)                                                                      <L 28>
    var_10 = wp::int8(var_v);
    return var_10;
}


// corpus/123_int_types_bit_tricks.py:7
static CUDA_CALLABLE void adj_popcount32_0(
    wp::uint32 var_x,
    wp::uint32 & adj_x,
    wp::int32 & adj_ret)
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def popcount32(x: wp.uint32) -> int:                                                   <L 8>
    // c = int(0)                                                                             <L 9>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 10>
    var_2 = wp::copy(var_x);
    // while v != wp.uint32(0):                                                               <L 11>
    // return c                                                                               <L 14>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return c                                                                          <L 14>
    start_while_0:;
    var_4 = wp::uint32(var_3);
    var_5 = (var_2 != var_4);
    if ((var_5) == false) goto end_while_0;
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
        // v = v & (v - wp.uint32(1))                                                         <L 12>
        var_7 = wp::uint32(var_6);
        var_8 = wp::sub(var_2, var_7);
        var_9 = wp::bit_and(var_2, var_8);
        // c += 1                                                                             <L 13>
        var_12 = wp::add(var_1, var_11);
        wp::assign(var_1, var_12);
        wp::assign(var_2, var_9);
        wp::adj_assign(var_2, var_9, adj_2, adj_9);
        wp::adj_assign(var_1, var_12, adj_1, adj_12);
        wp::adj_add(var_1, var_11, adj_1, adj_11, adj_12);
        // adj: c += 1                                                                        <L 13>
        wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_uint32(var_6, adj_6, adj_7);
        // adj: v = v & (v - wp.uint32(1))                                                    <L 12>
    goto start_while_0;
    end_while_0:;
    // adj: while v != wp.uint32(0):                                                          <L 11>
    wp::adj_copy(var_x, adj_x, adj_2);
    // adj: v = x                                                                             <L 10>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: c = int(0)                                                                        <L 9>
    // adj: def popcount32(x: wp.uint32) -> int:                                              <L 8>
    return;
}


// corpus/123_int_types_bit_tricks.py:17
static CUDA_CALLABLE void adj_rotl64_0(
    wp::uint64 var_x,
    wp::int32 var_r,
    wp::uint64 & adj_x,
    wp::int32 & adj_r,
    wp::uint64 & adj_ret)
{
    //---------
    // primal vars
    wp::uint64 var_0;
    wp::uint64 var_1;
    const wp::int32 var_2 = 64;
    wp::int32 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    //---------
    // dual vars
    wp::uint64 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::uint64 adj_6 = {};
    //---------
    // forward
    // def rotl64(x: wp.uint64, r: int) -> wp.uint64:                                         <L 18>
    // return (x << wp.uint64(r)) | (x >> wp.uint64(64 - r))                                  <L 19>
    var_0 = wp::uint64(var_r);
    var_1 = wp::lshift(var_x, var_0);
    var_3 = wp::sub(var_2, var_r);
    var_4 = wp::uint64(var_3);
    var_5 = wp::rshift(var_x, var_4);
    var_6 = wp::bit_or(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_uint64(var_3, adj_3, adj_4);
    wp::adj_sub(var_2, var_r, adj_2, adj_r, adj_3);
    wp::adj_uint64(var_r, adj_r, adj_0);
    // adj: return (x << wp.uint64(r)) | (x >> wp.uint64(64 - r))                             <L 19>
    // adj: def rotl64(x: wp.uint64, r: int) -> wp.uint64:                                    <L 18>
    return;
}


// corpus/123_int_types_bit_tricks.py:22
static CUDA_CALLABLE void adj_saturate_i8_0(
    wp::int32 var_v,
    wp::int32 & adj_v,
    wp::int8 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 127;
    bool var_1;
    const wp::int32 var_2 = 127;
    wp::int8 var_3;
    const wp::int32 var_4 = 128;
    const wp::int32 var_5 = -128;
    bool var_6;
    const wp::int32 var_7 = 128;
    const wp::int32 var_8 = -128;
    wp::int8 var_9;
    wp::int8 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int8 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int8 adj_9 = {};
    wp::int8 adj_10 = {};
    //---------
    // forward
    // def saturate_i8(v: int) -> wp.int8:                                                    <L 23>
    // if v > 127:                                                                            <L 24>
    var_1 = (var_v > var_0);
    if (var_1) {
        // return wp.int8(127)                                                                <L 25>
        var_3 = wp::int8(var_2);
        goto label0;
    }
    if (!var_1) {
        // elif v < -128:                                                                     <L 26>
        var_6 = (var_v < var_5);
        if (var_6) {
            // return wp.int8(-128)                                                           <L 27>
            var_9 = wp::int8(var_8);
            goto label1;
        }
    }
    // return wp.int8(v)                                                                      <L 28>
    var_10 = wp::int8(var_v);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    wp::adj_int8(var_v, adj_v, adj_10);
    // adj: return wp.int8(v)                                                                 <L 28>
    if (!var_1) {
        if (var_6) {
            label1:;
            adj_9 += adj_ret;
            wp::adj_int8(var_8, adj_8, adj_9);
            // adj: return wp.int8(-128)                                                      <L 27>
        }
        // adj: elif v < -128:                                                                <L 26>
    }
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_int8(var_2, adj_2, adj_3);
        // adj: return wp.int8(127)                                                           <L 25>
    }
    // adj: if v > 127:                                                                       <L 24>
    // adj: def saturate_i8(v: int) -> wp.int8:                                               <L 23>
    return;
}



extern "C" __global__ void bit_stats_d1b51617_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_words,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_total)
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
        wp::uint32* var_1;
        wp::int32 var_2;
        wp::uint32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        //---------
        // forward
        // def bit_stats(words: wp.array(dtype=wp.uint32), counts: wp.array(dtype=int), total: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // c = popcount32(words[i])                                                               <L 34>
        var_1 = wp::address(var_words, var_0);
        var_3 = wp::load(var_1);
        var_2 = popcount32_0(var_3);
        // counts[i] = c                                                                          <L 35>
        wp::array_store(var_counts, var_0, var_2);
        // wp.atomic_add(total, 0, c)                                                             <L 36>
        var_5 = wp::atomic_add(var_total, var_4, var_2);
    }
}



extern "C" __global__ void bit_stats_d1b51617_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_words,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_total,
    wp::array_t<wp::uint32> adj_words,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::int32> adj_total)
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
        wp::uint32* var_1;
        wp::int32 var_2;
        wp::uint32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::uint32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        //---------
        // forward
        // def bit_stats(words: wp.array(dtype=wp.uint32), counts: wp.array(dtype=int), total: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // c = popcount32(words[i])                                                               <L 34>
        var_1 = wp::address(var_words, var_0);
        var_3 = wp::load(var_1);
        var_2 = popcount32_0(var_3);
        // counts[i] = c                                                                          <L 35>
        // wp::array_store(var_counts, var_0, var_2);
        // wp.atomic_add(total, 0, c)                                                             <L 36>
        // var_5 = wp::atomic_add(var_total, var_4, var_2);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_4, var_2, adj_total, adj_4, adj_2, adj_5);
        // adj: wp.atomic_add(total, 0, c)                                                        <L 36>
        wp::adj_array_store(var_counts, var_0, var_2, adj_counts, adj_0, adj_2);
        // adj: counts[i] = c                                                                     <L 35>
        adj_popcount32_0(var_3, adj_1, adj_2);
        wp::adj_address(var_words, var_0, adj_words, adj_0, adj_1);
        // adj: c = popcount32(words[i])                                                          <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def bit_stats(words: wp.array(dtype=wp.uint32), counts: wp.array(dtype=int), total: wp.array(dtype=int)):  <L 32>
        continue;
    }
}



extern "C" __global__ void mix_hashes_64e9a3f1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint64> var_keys,
    wp::array_t<wp::uint64> var_out)
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
        wp::uint64* var_1;
        wp::uint64 var_2;
        wp::uint64 var_3;
        const wp::int32 var_4 = 33;
        wp::uint64 var_5;
        wp::uint64 var_6;
        wp::uint64 var_7;
        const wp::int32 var_8 = 18397679294719823053;
        wp::uint64 var_9;
        wp::uint64 var_10;
        const wp::int32 var_11 = 33;
        wp::uint64 var_12;
        wp::uint64 var_13;
        wp::uint64 var_14;
        const wp::int32 var_15 = 17;
        wp::uint64 var_16;
        //---------
        // forward
        // def mix_hashes(keys: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64)):       <L 40>
        // i = wp.tid()                                                                           <L 41>
        var_0 = builtin_tid1d();
        // h = keys[i]                                                                            <L 42>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = h ^ (h >> wp.uint64(33))                                                           <L 43>
        var_5 = wp::uint64(var_4);
        var_6 = wp::rshift(var_2, var_5);
        var_7 = wp::bit_xor(var_2, var_6);
        // h = h * wp.uint64(0xFF51AFD7ED558CCD)                                                  <L 44>
        var_9 = wp::uint64(var_8);
        var_10 = wp::mul(var_7, var_9);
        // h = h ^ (h >> wp.uint64(33))                                                           <L 45>
        var_12 = wp::uint64(var_11);
        var_13 = wp::rshift(var_10, var_12);
        var_14 = wp::bit_xor(var_10, var_13);
        // h = rotl64(h, 17)                                                                      <L 46>
        var_16 = rotl64_0(var_14, var_15);
        // out[i] = h                                                                             <L 47>
        wp::array_store(var_out, var_0, var_16);
    }
}



extern "C" __global__ void mix_hashes_64e9a3f1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint64> var_keys,
    wp::array_t<wp::uint64> var_out,
    wp::array_t<wp::uint64> adj_keys,
    wp::array_t<wp::uint64> adj_out)
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
        wp::uint64* var_1;
        wp::uint64 var_2;
        wp::uint64 var_3;
        const wp::int32 var_4 = 33;
        wp::uint64 var_5;
        wp::uint64 var_6;
        wp::uint64 var_7;
        const wp::int32 var_8 = 18397679294719823053;
        wp::uint64 var_9;
        wp::uint64 var_10;
        const wp::int32 var_11 = 33;
        wp::uint64 var_12;
        wp::uint64 var_13;
        wp::uint64 var_14;
        const wp::int32 var_15 = 17;
        wp::uint64 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint64 adj_1 = {};
        wp::uint64 adj_2 = {};
        wp::uint64 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint64 adj_5 = {};
        wp::uint64 adj_6 = {};
        wp::uint64 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::uint64 adj_9 = {};
        wp::uint64 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::uint64 adj_12 = {};
        wp::uint64 adj_13 = {};
        wp::uint64 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::uint64 adj_16 = {};
        //---------
        // forward
        // def mix_hashes(keys: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64)):       <L 40>
        // i = wp.tid()                                                                           <L 41>
        var_0 = builtin_tid1d();
        // h = keys[i]                                                                            <L 42>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = h ^ (h >> wp.uint64(33))                                                           <L 43>
        var_5 = wp::uint64(var_4);
        var_6 = wp::rshift(var_2, var_5);
        var_7 = wp::bit_xor(var_2, var_6);
        // h = h * wp.uint64(0xFF51AFD7ED558CCD)                                                  <L 44>
        var_9 = wp::uint64(var_8);
        var_10 = wp::mul(var_7, var_9);
        // h = h ^ (h >> wp.uint64(33))                                                           <L 45>
        var_12 = wp::uint64(var_11);
        var_13 = wp::rshift(var_10, var_12);
        var_14 = wp::bit_xor(var_10, var_13);
        // h = rotl64(h, 17)                                                                      <L 46>
        var_16 = rotl64_0(var_14, var_15);
        // out[i] = h                                                                             <L 47>
        // wp::array_store(var_out, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
        // adj: out[i] = h                                                                        <L 47>
        adj_rotl64_0(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: h = rotl64(h, 17)                                                                 <L 46>
        wp::adj_uint64(var_11, adj_11, adj_12);
        // adj: h = h ^ (h >> wp.uint64(33))                                                      <L 45>
        wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_uint64(var_8, adj_8, adj_9);
        // adj: h = h * wp.uint64(0xFF51AFD7ED558CCD)                                             <L 44>
        wp::adj_uint64(var_4, adj_4, adj_5);
        // adj: h = h ^ (h >> wp.uint64(33))                                                      <L 43>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: h = keys[i]                                                                       <L 42>
        // adj: i = wp.tid()                                                                      <L 41>
        // adj: def mix_hashes(keys: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64)):  <L 40>
        continue;
    }
}



extern "C" __global__ void quantize_d4153b5b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::float32 var_scale,
    wp::array_t<wp::int8> var_q8,
    wp::array_t<wp::int16> var_q16,
    wp::array_t<wp::uint8> var_u8,
    wp::array_t<wp::uint16> var_u16)
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
        wp::int32 var_4;
        wp::int8 var_5;
        const wp::float32 var_6 = 256.0;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 32768;
        const wp::int32 var_10 = -32768;
        const wp::int32 var_11 = 32767;
        wp::int32 var_12;
        wp::int16 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 255;
        wp::int32 var_18;
        wp::uint8 var_19;
        const wp::uint8 var_20 = 15;
        wp::uint8 var_21;
        const wp::int32 var_22 = 4;
        wp::uint8 var_23;
        wp::uint8 var_24;
        wp::uint8 var_25;
        wp::uint16 var_26;
        const wp::int32 var_27 = 3;
        wp::uint16 var_28;
        wp::uint16 var_29;
        //---------
        // forward
        // def quantize(                                                                          <L 51>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // x = src[i] * scale                                                                     <L 60>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_scale);
        // q8[i] = saturate_i8(int(x))                                                            <L 61>
        var_4 = wp::int(var_2);
        var_5 = saturate_i8_0(var_4);
        wp::array_store(var_q8, var_0, var_5);
        // q16[i] = wp.int16(wp.clamp(int(x * 256.0), -32768, 32767))                             <L 62>
        var_7 = wp::mul(var_2, var_6);
        var_8 = wp::int(var_7);
        var_12 = wp::clamp(var_8, var_10, var_11);
        var_13 = wp::int16(var_12);
        wp::array_store(var_q16, var_0, var_13);
        // b = wp.uint8(wp.clamp(int(wp.abs(x)), 0, 255))                                         <L 63>
        var_14 = wp::abs(var_2);
        var_15 = wp::int(var_14);
        var_18 = wp::clamp(var_15, var_16, var_17);
        var_19 = wp::uint8(var_18);
        // u8[i] = (b & MASK8) | (b >> wp.uint8(4))                                               <L 64>
        var_21 = wp::bit_and(var_19, var_20);
        var_23 = wp::uint8(var_22);
        var_24 = wp::rshift(var_19, var_23);
        var_25 = wp::bit_or(var_21, var_24);
        wp::array_store(var_u8, var_0, var_25);
        // u16[i] = wp.uint16(b) << wp.uint16(SHIFT)                                              <L 65>
        var_26 = wp::uint16(var_19);
        var_28 = wp::uint16(var_27);
        var_29 = wp::lshift(var_26, var_28);
        wp::array_store(var_u16, var_0, var_29);
    }
}



extern "C" __global__ void quantize_d4153b5b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::float32 var_scale,
    wp::array_t<wp::int8> var_q8,
    wp::array_t<wp::int16> var_q16,
    wp::array_t<wp::uint8> var_u8,
    wp::array_t<wp::uint16> var_u16,
    wp::array_t<wp::float32> adj_src,
    wp::float32 adj_scale,
    wp::array_t<wp::int8> adj_q8,
    wp::array_t<wp::int16> adj_q16,
    wp::array_t<wp::uint8> adj_u8,
    wp::array_t<wp::uint16> adj_u16)
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
        wp::int32 var_4;
        wp::int8 var_5;
        const wp::float32 var_6 = 256.0;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 32768;
        const wp::int32 var_10 = -32768;
        const wp::int32 var_11 = 32767;
        wp::int32 var_12;
        wp::int16 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 255;
        wp::int32 var_18;
        wp::uint8 var_19;
        const wp::uint8 var_20 = 15;
        wp::uint8 var_21;
        const wp::int32 var_22 = 4;
        wp::uint8 var_23;
        wp::uint8 var_24;
        wp::uint8 var_25;
        wp::uint16 var_26;
        const wp::int32 var_27 = 3;
        wp::uint16 var_28;
        wp::uint16 var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int8 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::uint8 adj_19 = {};
        wp::uint8 adj_20 = {};
        wp::uint8 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::uint8 adj_23 = {};
        wp::uint8 adj_24 = {};
        wp::uint8 adj_25 = {};
        wp::uint16 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::uint16 adj_28 = {};
        wp::uint16 adj_29 = {};
        //---------
        // forward
        // def quantize(                                                                          <L 51>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // x = src[i] * scale                                                                     <L 60>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_scale);
        // q8[i] = saturate_i8(int(x))                                                            <L 61>
        var_4 = wp::int(var_2);
        var_5 = saturate_i8_0(var_4);
        // wp::array_store(var_q8, var_0, var_5);
        // q16[i] = wp.int16(wp.clamp(int(x * 256.0), -32768, 32767))                             <L 62>
        var_7 = wp::mul(var_2, var_6);
        var_8 = wp::int(var_7);
        var_12 = wp::clamp(var_8, var_10, var_11);
        var_13 = wp::int16(var_12);
        // wp::array_store(var_q16, var_0, var_13);
        // b = wp.uint8(wp.clamp(int(wp.abs(x)), 0, 255))                                         <L 63>
        var_14 = wp::abs(var_2);
        var_15 = wp::int(var_14);
        var_18 = wp::clamp(var_15, var_16, var_17);
        var_19 = wp::uint8(var_18);
        // u8[i] = (b & MASK8) | (b >> wp.uint8(4))                                               <L 64>
        var_21 = wp::bit_and(var_19, var_20);
        var_23 = wp::uint8(var_22);
        var_24 = wp::rshift(var_19, var_23);
        var_25 = wp::bit_or(var_21, var_24);
        // wp::array_store(var_u8, var_0, var_25);
        // u16[i] = wp.uint16(b) << wp.uint16(SHIFT)                                              <L 65>
        var_26 = wp::uint16(var_19);
        var_28 = wp::uint16(var_27);
        var_29 = wp::lshift(var_26, var_28);
        // wp::array_store(var_u16, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_u16, var_0, var_29, adj_u16, adj_0, adj_29);
        wp::adj_uint16(var_27, adj_27, adj_28);
        wp::adj_uint16(var_19, adj_19, adj_26);
        // adj: u16[i] = wp.uint16(b) << wp.uint16(SHIFT)                                         <L 65>
        wp::adj_array_store(var_u8, var_0, var_25, adj_u8, adj_0, adj_25);
        wp::adj_uint8(var_22, adj_22, adj_23);
        // adj: u8[i] = (b & MASK8) | (b >> wp.uint8(4))                                          <L 64>
        wp::adj_uint8(var_18, adj_18, adj_19);
        wp::adj_clamp(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
        wp::adj_int(var_14, adj_14, adj_15);
        wp::adj_abs(var_2, adj_2, adj_14);
        // adj: b = wp.uint8(wp.clamp(int(wp.abs(x)), 0, 255))                                    <L 63>
        wp::adj_array_store(var_q16, var_0, var_13, adj_q16, adj_0, adj_13);
        wp::adj_int16(var_12, adj_12, adj_13);
        wp::adj_clamp(var_8, var_10, var_11, adj_8, adj_10, adj_11, adj_12);
        wp::adj_int(var_7, adj_7, adj_8);
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: q16[i] = wp.int16(wp.clamp(int(x * 256.0), -32768, 32767))                        <L 62>
        wp::adj_array_store(var_q8, var_0, var_5, adj_q8, adj_0, adj_5);
        adj_saturate_i8_0(var_4, adj_4, adj_5);
        wp::adj_int(var_2, adj_2, adj_4);
        // adj: q8[i] = saturate_i8(int(x))                                                       <L 61>
        wp::adj_mul(var_3, var_scale, adj_1, adj_scale, adj_2);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
        // adj: x = src[i] * scale                                                                <L 60>
        // adj: i = wp.tid()                                                                      <L 59>
        // adj: def quantize(                                                                     <L 51>
        continue;
    }
}



extern "C" __global__ void widen_ab99eb48_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int8> var_a8,
    wp::array_t<wp::int16> var_a16,
    wp::array_t<wp::int32> var_a32,
    wp::array_t<wp::int64> var_a64,
    wp::array_t<wp::int64> var_out)
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
        wp::int8* var_1;
        wp::int64 var_2;
        wp::int8 var_3;
        wp::int16* var_4;
        wp::int64 var_5;
        wp::int16 var_6;
        const wp::int32 var_7 = 2;
        wp::int64 var_8;
        wp::int64 var_9;
        wp::int64 var_10;
        wp::int32* var_11;
        wp::int64 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 4;
        wp::int64 var_15;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64* var_18;
        wp::int64 var_19;
        wp::int64 var_20;
        const wp::int32 var_21 = 0;
        wp::int64 var_22;
        bool var_23;
        wp::int64 var_24;
        wp::int64 var_25;
        const wp::int32 var_26 = 1000003;
        wp::int64 var_27;
        wp::int64 var_28;
        //---------
        // forward
        // def widen(                                                                             <L 69>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // s = wp.int64(a8[i]) + wp.int64(a16[i]) * wp.int64(2)                                   <L 77>
        var_1 = wp::address(var_a8, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::int64(var_3);
        var_4 = wp::address(var_a16, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::int64(var_6);
        var_8 = wp::int64(var_7);
        var_9 = wp::mul(var_5, var_8);
        var_10 = wp::add(var_2, var_9);
        // s = s + wp.int64(a32[i]) * wp.int64(4) - a64[i]                                        <L 78>
        var_11 = wp::address(var_a32, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::int64(var_13);
        var_15 = wp::int64(var_14);
        var_16 = wp::mul(var_12, var_15);
        var_17 = wp::add(var_10, var_16);
        var_18 = wp::address(var_a64, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_17, var_20);
        // if s < wp.int64(0):                                                                    <L 79>
        var_22 = wp::int64(var_21);
        var_23 = (var_19 < var_22);
        if (var_23) {
            // s = -s                                                                             <L 80>
            var_24 = wp::neg(var_19);
        }
        var_25 = wp::where(var_23, var_24, var_19);
        // out[i] = s % wp.int64(1000003)                                                         <L 81>
        var_27 = wp::int64(var_26);
        var_28 = wp::mod(var_25, var_27);
        wp::array_store(var_out, var_0, var_28);
    }
}



extern "C" __global__ void widen_ab99eb48_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int8> var_a8,
    wp::array_t<wp::int16> var_a16,
    wp::array_t<wp::int32> var_a32,
    wp::array_t<wp::int64> var_a64,
    wp::array_t<wp::int64> var_out,
    wp::array_t<wp::int8> adj_a8,
    wp::array_t<wp::int16> adj_a16,
    wp::array_t<wp::int32> adj_a32,
    wp::array_t<wp::int64> adj_a64,
    wp::array_t<wp::int64> adj_out)
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
        wp::int8* var_1;
        wp::int64 var_2;
        wp::int8 var_3;
        wp::int16* var_4;
        wp::int64 var_5;
        wp::int16 var_6;
        const wp::int32 var_7 = 2;
        wp::int64 var_8;
        wp::int64 var_9;
        wp::int64 var_10;
        wp::int32* var_11;
        wp::int64 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 4;
        wp::int64 var_15;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64* var_18;
        wp::int64 var_19;
        wp::int64 var_20;
        const wp::int32 var_21 = 0;
        wp::int64 var_22;
        bool var_23;
        wp::int64 var_24;
        wp::int64 var_25;
        const wp::int32 var_26 = 1000003;
        wp::int64 var_27;
        wp::int64 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int8 adj_1 = {};
        wp::int64 adj_2 = {};
        wp::int8 adj_3 = {};
        wp::int16 adj_4 = {};
        wp::int64 adj_5 = {};
        wp::int16 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::int64 adj_9 = {};
        wp::int64 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int64 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int64 adj_15 = {};
        wp::int64 adj_16 = {};
        wp::int64 adj_17 = {};
        wp::int64 adj_18 = {};
        wp::int64 adj_19 = {};
        wp::int64 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int64 adj_22 = {};
        bool adj_23 = {};
        wp::int64 adj_24 = {};
        wp::int64 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int64 adj_27 = {};
        wp::int64 adj_28 = {};
        //---------
        // forward
        // def widen(                                                                             <L 69>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // s = wp.int64(a8[i]) + wp.int64(a16[i]) * wp.int64(2)                                   <L 77>
        var_1 = wp::address(var_a8, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::int64(var_3);
        var_4 = wp::address(var_a16, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::int64(var_6);
        var_8 = wp::int64(var_7);
        var_9 = wp::mul(var_5, var_8);
        var_10 = wp::add(var_2, var_9);
        // s = s + wp.int64(a32[i]) * wp.int64(4) - a64[i]                                        <L 78>
        var_11 = wp::address(var_a32, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::int64(var_13);
        var_15 = wp::int64(var_14);
        var_16 = wp::mul(var_12, var_15);
        var_17 = wp::add(var_10, var_16);
        var_18 = wp::address(var_a64, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_17, var_20);
        // if s < wp.int64(0):                                                                    <L 79>
        var_22 = wp::int64(var_21);
        var_23 = (var_19 < var_22);
        if (var_23) {
            // s = -s                                                                             <L 80>
            var_24 = wp::neg(var_19);
        }
        var_25 = wp::where(var_23, var_24, var_19);
        // out[i] = s % wp.int64(1000003)                                                         <L 81>
        var_27 = wp::int64(var_26);
        var_28 = wp::mod(var_25, var_27);
        // wp::array_store(var_out, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
        wp::adj_mod(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_int64(var_26, adj_26, adj_27);
        // adj: out[i] = s % wp.int64(1000003)                                                    <L 81>
        wp::adj_where(var_23, var_24, var_19, adj_23, adj_24, adj_19, adj_25);
        if (var_23) {
            wp::adj_neg(var_19, adj_19, adj_24);
            // adj: s = -s                                                                        <L 80>
        }
        wp::adj_int64(var_21, adj_21, adj_22);
        // adj: if s < wp.int64(0):                                                               <L 79>
        wp::adj_sub(var_17, var_20, adj_17, adj_18, adj_19);
        wp::adj_address(var_a64, var_0, adj_a64, adj_0, adj_18);
        wp::adj_add(var_10, var_16, adj_10, adj_16, adj_17);
        wp::adj_mul(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_int64(var_14, adj_14, adj_15);
        wp::adj_int64(var_13, adj_11, adj_12);
        wp::adj_address(var_a32, var_0, adj_a32, adj_0, adj_11);
        // adj: s = s + wp.int64(a32[i]) * wp.int64(4) - a64[i]                                   <L 78>
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_int64(var_7, adj_7, adj_8);
        wp::adj_int64(var_6, adj_4, adj_5);
        wp::adj_address(var_a16, var_0, adj_a16, adj_0, adj_4);
        wp::adj_int64(var_3, adj_1, adj_2);
        wp::adj_address(var_a8, var_0, adj_a8, adj_0, adj_1);
        // adj: s = wp.int64(a8[i]) + wp.int64(a16[i]) * wp.int64(2)                              <L 77>
        // adj: i = wp.tid()                                                                      <L 76>
        // adj: def widen(                                                                        <L 69>
        continue;
    }
}



extern "C" __global__ void unsigned_wrap_aa897cf0_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_a,
    wp::array_t<wp::uint32> var_b,
    wp::array_t<wp::uint32> var_c)
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
        wp::uint32* var_1;
        wp::uint32 var_2;
        wp::uint32 var_3;
        wp::uint32* var_4;
        wp::uint32 var_5;
        wp::uint32 var_6;
        wp::uint32 var_7;
        bool var_8;
        wp::uint32 var_9;
        wp::uint32 var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 65521;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        wp::uint32 var_17;
        const wp::int32 var_18 = 1;
        wp::uint32 var_19;
        //---------
        // forward
        // def unsigned_wrap(a: wp.array(dtype=wp.uint32), b: wp.array(dtype=wp.uint32), c: wp.array(dtype=wp.uint32)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 87>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i]                                                                               <L 88>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = x - y                                                                              <L 89>
        var_7 = wp::sub(var_2, var_5);
        // if x < y:                                                                              <L 90>
        var_8 = (var_2 < var_5);
        if (var_8) {
            // d = y - x                                                                          <L 91>
            var_9 = wp::sub(var_5, var_2);
        }
        var_10 = wp::where(var_8, var_9, var_7);
        // c[i] = (d ^ ~x) % wp.uint32(65521)                                                     <L 92>
        var_11 = wp::invert(var_2);
        var_12 = wp::bit_xor(var_10, var_11);
        var_14 = wp::uint32(var_13);
        var_15 = wp::mod(var_12, var_14);
        wp::array_store(var_c, var_0, var_15);
        // wp.atomic_max(c, 0, d)                                                                 <L 93>
        var_17 = wp::atomic_max(var_c, var_16, var_10);
        // wp.atomic_min(c, 1, d)                                                                 <L 94>
        var_19 = wp::atomic_min(var_c, var_18, var_10);
    }
}



extern "C" __global__ void unsigned_wrap_aa897cf0_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_a,
    wp::array_t<wp::uint32> var_b,
    wp::array_t<wp::uint32> var_c,
    wp::array_t<wp::uint32> adj_a,
    wp::array_t<wp::uint32> adj_b,
    wp::array_t<wp::uint32> adj_c)
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
        wp::uint32* var_1;
        wp::uint32 var_2;
        wp::uint32 var_3;
        wp::uint32* var_4;
        wp::uint32 var_5;
        wp::uint32 var_6;
        wp::uint32 var_7;
        bool var_8;
        wp::uint32 var_9;
        wp::uint32 var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 65521;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        wp::uint32 var_17;
        const wp::int32 var_18 = 1;
        wp::uint32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::uint32 adj_3 = {};
        wp::uint32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::uint32 adj_6 = {};
        wp::uint32 adj_7 = {};
        bool adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::uint32 adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::uint32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::uint32 adj_19 = {};
        //---------
        // forward
        // def unsigned_wrap(a: wp.array(dtype=wp.uint32), b: wp.array(dtype=wp.uint32), c: wp.array(dtype=wp.uint32)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 87>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i]                                                                               <L 88>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = x - y                                                                              <L 89>
        var_7 = wp::sub(var_2, var_5);
        // if x < y:                                                                              <L 90>
        var_8 = (var_2 < var_5);
        if (var_8) {
            // d = y - x                                                                          <L 91>
            var_9 = wp::sub(var_5, var_2);
        }
        var_10 = wp::where(var_8, var_9, var_7);
        // c[i] = (d ^ ~x) % wp.uint32(65521)                                                     <L 92>
        var_11 = wp::invert(var_2);
        var_12 = wp::bit_xor(var_10, var_11);
        var_14 = wp::uint32(var_13);
        var_15 = wp::mod(var_12, var_14);
        // wp::array_store(var_c, var_0, var_15);
        // wp.atomic_max(c, 0, d)                                                                 <L 93>
        // var_17 = wp::atomic_max(var_c, var_16, var_10);
        // wp.atomic_min(c, 1, d)                                                                 <L 94>
        // var_19 = wp::atomic_min(var_c, var_18, var_10);
        //---------
        // reverse
        wp::adj_atomic_min(var_c, var_18, var_10, adj_c, adj_18, adj_10, adj_19);
        // adj: wp.atomic_min(c, 1, d)                                                            <L 94>
        wp::adj_atomic_max(var_c, var_16, var_10, adj_c, adj_16, adj_10, adj_17);
        // adj: wp.atomic_max(c, 0, d)                                                            <L 93>
        wp::adj_array_store(var_c, var_0, var_15, adj_c, adj_0, adj_15);
        wp::adj_mod(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_uint32(var_13, adj_13, adj_14);
        // adj: c[i] = (d ^ ~x) % wp.uint32(65521)                                                <L 92>
        wp::adj_where(var_8, var_9, var_7, adj_8, adj_9, adj_7, adj_10);
        if (var_8) {
            wp::adj_sub(var_5, var_2, adj_5, adj_2, adj_9);
            // adj: d = y - x                                                                     <L 91>
        }
        // adj: if x < y:                                                                         <L 90>
        wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: d = x - y                                                                         <L 89>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: y = b[i]                                                                          <L 88>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 87>
        // adj: i = wp.tid()                                                                      <L 86>
        // adj: def unsigned_wrap(a: wp.array(dtype=wp.uint32), b: wp.array(dtype=wp.uint32), c: wp.array(dtype=wp.uint32)):  <L 85>
        continue;
    }
}

