
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


// corpus/187_bitonic_radix_sort.py:24
static CUDA_CALLABLE wp::uint32 float_to_sortable_0(
    wp::float32 var_f)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 16777216.0;
    wp::float32 var_1;
    wp::uint32 var_2;
    //---------
    // forward
    // def float_to_sortable(f: float) -> wp.uint32:                                          <L 25>
    // u = wp.uint32(f * 16777216.0)                                                          <L 27>
    var_1 = wp::mul(var_f, var_0);
    var_2 = wp::uint32(var_1);
    // return u                                                                               <L 28>
    return var_2;
}


// corpus/187_bitonic_radix_sort.py:24
static CUDA_CALLABLE void adj_float_to_sortable_0(
    wp::float32 var_f,
    wp::float32 & adj_f,
    wp::uint32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 16777216.0;
    wp::float32 var_1;
    wp::uint32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::uint32 adj_2 = {};
    //---------
    // forward
    // def float_to_sortable(f: float) -> wp.uint32:                                          <L 25>
    // u = wp.uint32(f * 16777216.0)                                                          <L 27>
    var_1 = wp::mul(var_f, var_0);
    var_2 = wp::uint32(var_1);
    // return u                                                                               <L 28>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    // adj: return u                                                                          <L 28>
    wp::adj_uint32(var_1, adj_1, adj_2);
    wp::adj_mul(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: u = wp.uint32(f * 16777216.0)                                                     <L 27>
    // adj: def float_to_sortable(f: float) -> wp.uint32:                                     <L 25>
    return;
}



extern "C" __global__ void bitonic_step_8e9c0aec_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_j,
    wp::int32 var_k)
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
        wp::int32 var_1;
        bool var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        bool var_12;
        bool var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        //---------
        // forward
        // def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), j: int, k: int):       <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // l = i ^ j                                                                              <L 10>
        var_1 = wp::bit_xor(var_0, var_j);
        // if l <= i:                                                                             <L 11>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 12>
            continue;
        }
        // ascending = (i & k) == 0                                                               <L 13>
        var_3 = wp::bit_and(var_0, var_k);
        var_5 = (var_3 == var_4);
        // a = keys[i]                                                                            <L 14>
        var_6 = wp::address(var_keys, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = keys[l]                                                                            <L 15>
        var_9 = wp::address(var_keys, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if (a > b) == ascending:                                                               <L 16>
        var_12 = (var_7 > var_10);
        var_13 = (var_12 == var_5);
        if (var_13) {
            // keys[i] = b                                                                        <L 17>
            wp::array_store(var_keys, var_0, var_10);
            // keys[l] = a                                                                        <L 18>
            wp::array_store(var_keys, var_1, var_7);
            // t = vals[i]                                                                        <L 19>
            var_14 = wp::address(var_vals, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // vals[i] = vals[l]                                                                  <L 20>
            var_17 = wp::address(var_vals, var_1);
            var_18 = wp::load(var_17);
            wp::array_store(var_vals, var_0, var_18);
            // vals[l] = t                                                                        <L 21>
            wp::array_store(var_vals, var_1, var_15);
        }
    }
}



extern "C" __global__ void bitonic_step_8e9c0aec_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::array_t<wp::float32> adj_keys,
    wp::array_t<wp::int32> adj_vals,
    wp::int32 adj_j,
    wp::int32 adj_k)
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
        wp::int32 var_1;
        bool var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        bool var_12;
        bool var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), j: int, k: int):       <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // l = i ^ j                                                                              <L 10>
        var_1 = wp::bit_xor(var_0, var_j);
        // if l <= i:                                                                             <L 11>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 12>
            goto label0;
        }
        // ascending = (i & k) == 0                                                               <L 13>
        var_3 = wp::bit_and(var_0, var_k);
        var_5 = (var_3 == var_4);
        // a = keys[i]                                                                            <L 14>
        var_6 = wp::address(var_keys, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = keys[l]                                                                            <L 15>
        var_9 = wp::address(var_keys, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if (a > b) == ascending:                                                               <L 16>
        var_12 = (var_7 > var_10);
        var_13 = (var_12 == var_5);
        if (var_13) {
            // keys[i] = b                                                                        <L 17>
            // wp::array_store(var_keys, var_0, var_10);
            // keys[l] = a                                                                        <L 18>
            // wp::array_store(var_keys, var_1, var_7);
            // t = vals[i]                                                                        <L 19>
            var_14 = wp::address(var_vals, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // vals[i] = vals[l]                                                                  <L 20>
            var_17 = wp::address(var_vals, var_1);
            var_18 = wp::load(var_17);
            // wp::array_store(var_vals, var_0, var_18);
            // vals[l] = t                                                                        <L 21>
            // wp::array_store(var_vals, var_1, var_15);
        }
        //---------
        // reverse
        if (var_13) {
            wp::adj_array_store(var_vals, var_1, var_15, adj_vals, adj_1, adj_15);
            // adj: vals[l] = t                                                                   <L 21>
            wp::adj_array_store(var_vals, var_0, var_18, adj_vals, adj_0, adj_17);
            wp::adj_address(var_vals, var_1, adj_vals, adj_1, adj_17);
            // adj: vals[i] = vals[l]                                                             <L 20>
            wp::adj_copy(var_16, adj_14, adj_15);
            wp::adj_address(var_vals, var_0, adj_vals, adj_0, adj_14);
            // adj: t = vals[i]                                                                   <L 19>
            wp::adj_array_store(var_keys, var_1, var_7, adj_keys, adj_1, adj_7);
            // adj: keys[l] = a                                                                   <L 18>
            wp::adj_array_store(var_keys, var_0, var_10, adj_keys, adj_0, adj_10);
            // adj: keys[i] = b                                                                   <L 17>
        }
        // adj: if (a > b) == ascending:                                                          <L 16>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_keys, var_1, adj_keys, adj_1, adj_9);
        // adj: b = keys[l]                                                                       <L 15>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_6);
        // adj: a = keys[i]                                                                       <L 14>
        // adj: ascending = (i & k) == 0                                                          <L 13>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 12>
        }
        // adj: if l <= i:                                                                        <L 11>
        // adj: l = i ^ j                                                                         <L 10>
        // adj: i = wp.tid()                                                                      <L 9>
        // adj: def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), j: int, k: int):  <L 8>
        continue;
    }
}



extern "C" __global__ void radix_histogram_f31bec2f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::int32 var_shift,
    wp::array_t<wp::int32> var_hist)
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
        wp::uint32 var_4;
        const wp::int32 var_5 = 16;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        //---------
        // forward
        // def radix_histogram(keys: wp.array(dtype=wp.uint32), shift: int, hist: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                          <L 34>
        var_1 = wp::address(var_keys, var_0);
        var_2 = wp::uint32(var_shift);
        var_4 = wp::load(var_1);
        var_3 = wp::rshift(var_4, var_2);
        var_7 = wp::sub(var_5, var_6);
        var_8 = wp::uint32(var_7);
        var_9 = wp::bit_and(var_3, var_8);
        var_10 = wp::int(var_9);
        // wp.atomic_add(hist, d, 1)                                                              <L 35>
        var_12 = wp::atomic_add(var_hist, var_10, var_11);
    }
}



extern "C" __global__ void radix_histogram_f31bec2f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::int32 var_shift,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::uint32> adj_keys,
    wp::int32 adj_shift,
    wp::array_t<wp::int32> adj_hist)
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
        wp::uint32 var_4;
        const wp::int32 var_5 = 16;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::uint32 adj_3 = {};
        wp::uint32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def radix_histogram(keys: wp.array(dtype=wp.uint32), shift: int, hist: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                          <L 34>
        var_1 = wp::address(var_keys, var_0);
        var_2 = wp::uint32(var_shift);
        var_4 = wp::load(var_1);
        var_3 = wp::rshift(var_4, var_2);
        var_7 = wp::sub(var_5, var_6);
        var_8 = wp::uint32(var_7);
        var_9 = wp::bit_and(var_3, var_8);
        var_10 = wp::int(var_9);
        // wp.atomic_add(hist, d, 1)                                                              <L 35>
        // var_12 = wp::atomic_add(var_hist, var_10, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_hist, var_10, var_11, adj_hist, adj_10, adj_11, adj_12);
        // adj: wp.atomic_add(hist, d, 1)                                                         <L 35>
        wp::adj_int(var_9, adj_9, adj_10);
        wp::adj_uint32(var_7, adj_7, adj_8);
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_uint32(var_shift, adj_shift, adj_2);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                     <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def radix_histogram(keys: wp.array(dtype=wp.uint32), shift: int, hist: wp.array(dtype=int)):  <L 32>
        continue;
    }
}



extern "C" __global__ void exclusive_scan_small_d206502f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_offsets)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        wp::int32* var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        wp::int32* var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 3;
        wp::int32* var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 4;
        wp::int32* var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 5;
        wp::int32* var_28;
        wp::int32* var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 6;
        wp::int32* var_33;
        wp::int32* var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 7;
        wp::int32* var_38;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 8;
        wp::int32* var_43;
        wp::int32* var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        const wp::int32 var_47 = 9;
        wp::int32* var_48;
        wp::int32* var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 10;
        wp::int32* var_53;
        wp::int32* var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 11;
        wp::int32* var_58;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 12;
        wp::int32* var_63;
        wp::int32* var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 13;
        wp::int32* var_68;
        wp::int32* var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 14;
        wp::int32* var_73;
        wp::int32* var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 15;
        wp::int32* var_78;
        wp::int32* var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        //---------
        // forward
        // def exclusive_scan_small(hist: wp.array(dtype=int), offsets: wp.array(dtype=int)):       <L 39>
        // acc = int(0)                                                                           <L 40>
        var_1 = wp::int(var_0);
        // for d in range(RADIX):                                                                 <L 41>
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_2, var_1);
        // acc += hist[d]                                                                         <L 43>
        var_3 = wp::address(var_hist, var_2);
        var_4 = wp::address(var_hist, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_7, var_5);
        // acc += hist[d]                                                                         <L 43>
        var_8 = wp::address(var_hist, var_7);
        var_9 = wp::address(var_hist, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_5, var_11);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_12, var_10);
        // acc += hist[d]                                                                         <L 43>
        var_13 = wp::address(var_hist, var_12);
        var_14 = wp::address(var_hist, var_12);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_10, var_16);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_17, var_15);
        // acc += hist[d]                                                                         <L 43>
        var_18 = wp::address(var_hist, var_17);
        var_19 = wp::address(var_hist, var_17);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_15, var_21);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_22, var_20);
        // acc += hist[d]                                                                         <L 43>
        var_23 = wp::address(var_hist, var_22);
        var_24 = wp::address(var_hist, var_22);
        var_26 = wp::load(var_24);
        var_25 = wp::add(var_20, var_26);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_27, var_25);
        // acc += hist[d]                                                                         <L 43>
        var_28 = wp::address(var_hist, var_27);
        var_29 = wp::address(var_hist, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_25, var_31);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_32, var_30);
        // acc += hist[d]                                                                         <L 43>
        var_33 = wp::address(var_hist, var_32);
        var_34 = wp::address(var_hist, var_32);
        var_36 = wp::load(var_34);
        var_35 = wp::add(var_30, var_36);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_37, var_35);
        // acc += hist[d]                                                                         <L 43>
        var_38 = wp::address(var_hist, var_37);
        var_39 = wp::address(var_hist, var_37);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_35, var_41);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_42, var_40);
        // acc += hist[d]                                                                         <L 43>
        var_43 = wp::address(var_hist, var_42);
        var_44 = wp::address(var_hist, var_42);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_40, var_46);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_47, var_45);
        // acc += hist[d]                                                                         <L 43>
        var_48 = wp::address(var_hist, var_47);
        var_49 = wp::address(var_hist, var_47);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_45, var_51);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_52, var_50);
        // acc += hist[d]                                                                         <L 43>
        var_53 = wp::address(var_hist, var_52);
        var_54 = wp::address(var_hist, var_52);
        var_56 = wp::load(var_54);
        var_55 = wp::add(var_50, var_56);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_57, var_55);
        // acc += hist[d]                                                                         <L 43>
        var_58 = wp::address(var_hist, var_57);
        var_59 = wp::address(var_hist, var_57);
        var_61 = wp::load(var_59);
        var_60 = wp::add(var_55, var_61);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_62, var_60);
        // acc += hist[d]                                                                         <L 43>
        var_63 = wp::address(var_hist, var_62);
        var_64 = wp::address(var_hist, var_62);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_60, var_66);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_67, var_65);
        // acc += hist[d]                                                                         <L 43>
        var_68 = wp::address(var_hist, var_67);
        var_69 = wp::address(var_hist, var_67);
        var_71 = wp::load(var_69);
        var_70 = wp::add(var_65, var_71);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_72, var_70);
        // acc += hist[d]                                                                         <L 43>
        var_73 = wp::address(var_hist, var_72);
        var_74 = wp::address(var_hist, var_72);
        var_76 = wp::load(var_74);
        var_75 = wp::add(var_70, var_76);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_77, var_75);
        // acc += hist[d]                                                                         <L 43>
        var_78 = wp::address(var_hist, var_77);
        var_79 = wp::address(var_hist, var_77);
        var_81 = wp::load(var_79);
        var_80 = wp::add(var_75, var_81);
    }
}



extern "C" __global__ void exclusive_scan_small_d206502f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> adj_hist,
    wp::array_t<wp::int32> adj_offsets)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        wp::int32* var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        wp::int32* var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 3;
        wp::int32* var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 4;
        wp::int32* var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 5;
        wp::int32* var_28;
        wp::int32* var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 6;
        wp::int32* var_33;
        wp::int32* var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 7;
        wp::int32* var_38;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 8;
        wp::int32* var_43;
        wp::int32* var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        const wp::int32 var_47 = 9;
        wp::int32* var_48;
        wp::int32* var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 10;
        wp::int32* var_53;
        wp::int32* var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 11;
        wp::int32* var_58;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 12;
        wp::int32* var_63;
        wp::int32* var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 13;
        wp::int32* var_68;
        wp::int32* var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 14;
        wp::int32* var_73;
        wp::int32* var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 15;
        wp::int32* var_78;
        wp::int32* var_79;
        wp::int32 var_80;
        wp::int32 var_81;
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
        wp::int32 adj_11 = {};
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
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        //---------
        // forward
        // def exclusive_scan_small(hist: wp.array(dtype=int), offsets: wp.array(dtype=int)):       <L 39>
        // acc = int(0)                                                                           <L 40>
        var_1 = wp::int(var_0);
        // for d in range(RADIX):                                                                 <L 41>
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_2, var_1);
        // acc += hist[d]                                                                         <L 43>
        var_3 = wp::address(var_hist, var_2);
        var_4 = wp::address(var_hist, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_7, var_5);
        // acc += hist[d]                                                                         <L 43>
        var_8 = wp::address(var_hist, var_7);
        var_9 = wp::address(var_hist, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_5, var_11);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_12, var_10);
        // acc += hist[d]                                                                         <L 43>
        var_13 = wp::address(var_hist, var_12);
        var_14 = wp::address(var_hist, var_12);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_10, var_16);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_17, var_15);
        // acc += hist[d]                                                                         <L 43>
        var_18 = wp::address(var_hist, var_17);
        var_19 = wp::address(var_hist, var_17);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_15, var_21);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_22, var_20);
        // acc += hist[d]                                                                         <L 43>
        var_23 = wp::address(var_hist, var_22);
        var_24 = wp::address(var_hist, var_22);
        var_26 = wp::load(var_24);
        var_25 = wp::add(var_20, var_26);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_27, var_25);
        // acc += hist[d]                                                                         <L 43>
        var_28 = wp::address(var_hist, var_27);
        var_29 = wp::address(var_hist, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_25, var_31);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_32, var_30);
        // acc += hist[d]                                                                         <L 43>
        var_33 = wp::address(var_hist, var_32);
        var_34 = wp::address(var_hist, var_32);
        var_36 = wp::load(var_34);
        var_35 = wp::add(var_30, var_36);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_37, var_35);
        // acc += hist[d]                                                                         <L 43>
        var_38 = wp::address(var_hist, var_37);
        var_39 = wp::address(var_hist, var_37);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_35, var_41);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_42, var_40);
        // acc += hist[d]                                                                         <L 43>
        var_43 = wp::address(var_hist, var_42);
        var_44 = wp::address(var_hist, var_42);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_40, var_46);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_47, var_45);
        // acc += hist[d]                                                                         <L 43>
        var_48 = wp::address(var_hist, var_47);
        var_49 = wp::address(var_hist, var_47);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_45, var_51);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_52, var_50);
        // acc += hist[d]                                                                         <L 43>
        var_53 = wp::address(var_hist, var_52);
        var_54 = wp::address(var_hist, var_52);
        var_56 = wp::load(var_54);
        var_55 = wp::add(var_50, var_56);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_57, var_55);
        // acc += hist[d]                                                                         <L 43>
        var_58 = wp::address(var_hist, var_57);
        var_59 = wp::address(var_hist, var_57);
        var_61 = wp::load(var_59);
        var_60 = wp::add(var_55, var_61);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_62, var_60);
        // acc += hist[d]                                                                         <L 43>
        var_63 = wp::address(var_hist, var_62);
        var_64 = wp::address(var_hist, var_62);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_60, var_66);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_67, var_65);
        // acc += hist[d]                                                                         <L 43>
        var_68 = wp::address(var_hist, var_67);
        var_69 = wp::address(var_hist, var_67);
        var_71 = wp::load(var_69);
        var_70 = wp::add(var_65, var_71);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_72, var_70);
        // acc += hist[d]                                                                         <L 43>
        var_73 = wp::address(var_hist, var_72);
        var_74 = wp::address(var_hist, var_72);
        var_76 = wp::load(var_74);
        var_75 = wp::add(var_70, var_76);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_77, var_75);
        // acc += hist[d]                                                                         <L 43>
        var_78 = wp::address(var_hist, var_77);
        var_79 = wp::address(var_hist, var_77);
        var_81 = wp::load(var_79);
        var_80 = wp::add(var_75, var_81);
        //---------
        // reverse
        wp::adj_add(var_75, var_81, adj_75, adj_79, adj_80);
        wp::adj_address(var_hist, var_77, adj_hist, adj_77, adj_79);
        wp::adj_address(var_hist, var_77, adj_hist, adj_77, adj_78);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_77, var_75, adj_offsets, adj_77, adj_75);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_70, var_76, adj_70, adj_74, adj_75);
        wp::adj_address(var_hist, var_72, adj_hist, adj_72, adj_74);
        wp::adj_address(var_hist, var_72, adj_hist, adj_72, adj_73);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_72, var_70, adj_offsets, adj_72, adj_70);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_65, var_71, adj_65, adj_69, adj_70);
        wp::adj_address(var_hist, var_67, adj_hist, adj_67, adj_69);
        wp::adj_address(var_hist, var_67, adj_hist, adj_67, adj_68);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_67, var_65, adj_offsets, adj_67, adj_65);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_60, var_66, adj_60, adj_64, adj_65);
        wp::adj_address(var_hist, var_62, adj_hist, adj_62, adj_64);
        wp::adj_address(var_hist, var_62, adj_hist, adj_62, adj_63);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_62, var_60, adj_offsets, adj_62, adj_60);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_55, var_61, adj_55, adj_59, adj_60);
        wp::adj_address(var_hist, var_57, adj_hist, adj_57, adj_59);
        wp::adj_address(var_hist, var_57, adj_hist, adj_57, adj_58);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_57, var_55, adj_offsets, adj_57, adj_55);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_50, var_56, adj_50, adj_54, adj_55);
        wp::adj_address(var_hist, var_52, adj_hist, adj_52, adj_54);
        wp::adj_address(var_hist, var_52, adj_hist, adj_52, adj_53);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_52, var_50, adj_offsets, adj_52, adj_50);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_45, var_51, adj_45, adj_49, adj_50);
        wp::adj_address(var_hist, var_47, adj_hist, adj_47, adj_49);
        wp::adj_address(var_hist, var_47, adj_hist, adj_47, adj_48);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_47, var_45, adj_offsets, adj_47, adj_45);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_40, var_46, adj_40, adj_44, adj_45);
        wp::adj_address(var_hist, var_42, adj_hist, adj_42, adj_44);
        wp::adj_address(var_hist, var_42, adj_hist, adj_42, adj_43);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_42, var_40, adj_offsets, adj_42, adj_40);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_35, var_41, adj_35, adj_39, adj_40);
        wp::adj_address(var_hist, var_37, adj_hist, adj_37, adj_39);
        wp::adj_address(var_hist, var_37, adj_hist, adj_37, adj_38);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_37, var_35, adj_offsets, adj_37, adj_35);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_30, var_36, adj_30, adj_34, adj_35);
        wp::adj_address(var_hist, var_32, adj_hist, adj_32, adj_34);
        wp::adj_address(var_hist, var_32, adj_hist, adj_32, adj_33);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_32, var_30, adj_offsets, adj_32, adj_30);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_25, var_31, adj_25, adj_29, adj_30);
        wp::adj_address(var_hist, var_27, adj_hist, adj_27, adj_29);
        wp::adj_address(var_hist, var_27, adj_hist, adj_27, adj_28);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_27, var_25, adj_offsets, adj_27, adj_25);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_20, var_26, adj_20, adj_24, adj_25);
        wp::adj_address(var_hist, var_22, adj_hist, adj_22, adj_24);
        wp::adj_address(var_hist, var_22, adj_hist, adj_22, adj_23);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_22, var_20, adj_offsets, adj_22, adj_20);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_15, var_21, adj_15, adj_19, adj_20);
        wp::adj_address(var_hist, var_17, adj_hist, adj_17, adj_19);
        wp::adj_address(var_hist, var_17, adj_hist, adj_17, adj_18);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_17, var_15, adj_offsets, adj_17, adj_15);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_10, var_16, adj_10, adj_14, adj_15);
        wp::adj_address(var_hist, var_12, adj_hist, adj_12, adj_14);
        wp::adj_address(var_hist, var_12, adj_hist, adj_12, adj_13);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_12, var_10, adj_offsets, adj_12, adj_10);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_5, var_11, adj_5, adj_9, adj_10);
        wp::adj_address(var_hist, var_7, adj_hist, adj_7, adj_9);
        wp::adj_address(var_hist, var_7, adj_hist, adj_7, adj_8);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_7, var_5, adj_offsets, adj_7, adj_5);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_1, var_6, adj_1, adj_4, adj_5);
        wp::adj_address(var_hist, var_2, adj_hist, adj_2, adj_4);
        wp::adj_address(var_hist, var_2, adj_hist, adj_2, adj_3);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_2, var_1, adj_offsets, adj_2, adj_1);
        // adj: offsets[d] = acc                                                                  <L 42>
        // adj: for d in range(RADIX):                                                            <L 41>
        wp::adj_int(var_0, adj_0, adj_1);
        // adj: acc = int(0)                                                                      <L 40>
        // adj: def exclusive_scan_small(hist: wp.array(dtype=int), offsets: wp.array(dtype=int)):  <L 39>
        continue;
    }
}



extern "C" __global__ void radix_scatter_serial_e06c66f4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_shift,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::uint32> var_keys_out,
    wp::array_t<wp::int32> var_vals_out)
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
        wp::shape_t* var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::shape_t var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::uint32* var_6;
        wp::uint32 var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        const wp::int32 var_10 = 16;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::uint32 var_14;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::uint32* var_21;
        wp::uint32 var_22;
        wp::int32* var_23;
        wp::int32 var_24;
        //---------
        // forward
        // def radix_scatter_serial(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), shift: int, offsets: wp.array(dtype=int), keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):       <L 47>
        // for i in range(keys.shape[0]):                                                         <L 49>
        var_0 = &(var_keys.shape);
        var_3 = wp::load(var_0);
        var_2 = wp::extract(var_3, var_1);
        var_4 = wp::range(var_2);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                      <L 50>
            var_6 = wp::address(var_keys, var_5);
            var_7 = wp::uint32(var_shift);
            var_9 = wp::load(var_6);
            var_8 = wp::rshift(var_9, var_7);
            var_12 = wp::sub(var_10, var_11);
            var_13 = wp::uint32(var_12);
            var_14 = wp::bit_and(var_8, var_13);
            var_15 = wp::int(var_14);
            // dst = offsets[d]                                                                   <L 51>
            var_16 = wp::address(var_offsets, var_15);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // offsets[d] = dst + 1                                                               <L 52>
            var_20 = wp::add(var_17, var_19);
            wp::array_store(var_offsets, var_15, var_20);
            // keys_out[dst] = keys[i]                                                            <L 53>
            var_21 = wp::address(var_keys, var_5);
            var_22 = wp::load(var_21);
            wp::array_store(var_keys_out, var_17, var_22);
            // vals_out[dst] = vals[i]                                                            <L 54>
            var_23 = wp::address(var_vals, var_5);
            var_24 = wp::load(var_23);
            wp::array_store(var_vals_out, var_17, var_24);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void radix_scatter_serial_e06c66f4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_shift,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::uint32> var_keys_out,
    wp::array_t<wp::int32> var_vals_out,
    wp::array_t<wp::uint32> adj_keys,
    wp::array_t<wp::int32> adj_vals,
    wp::int32 adj_shift,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::uint32> adj_keys_out,
    wp::array_t<wp::int32> adj_vals_out)
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
        wp::shape_t* var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::shape_t var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::uint32* var_6;
        wp::uint32 var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        const wp::int32 var_10 = 16;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::uint32 var_14;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::uint32* var_21;
        wp::uint32 var_22;
        wp::int32* var_23;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::shape_t adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::range_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::uint32 adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::uint32 adj_21 = {};
        wp::uint32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def radix_scatter_serial(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), shift: int, offsets: wp.array(dtype=int), keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):       <L 47>
        // for i in range(keys.shape[0]):                                                         <L 49>
        var_0 = &(var_keys.shape);
        var_3 = wp::load(var_0);
        var_2 = wp::extract(var_3, var_1);
        var_4 = wp::range(var_2);
        //---------
        // reverse
        var_4 = wp::iter_reverse(var_4);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
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
            // d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                      <L 50>
            var_6 = wp::address(var_keys, var_5);
            var_7 = wp::uint32(var_shift);
            var_9 = wp::load(var_6);
            var_8 = wp::rshift(var_9, var_7);
            var_12 = wp::sub(var_10, var_11);
            var_13 = wp::uint32(var_12);
            var_14 = wp::bit_and(var_8, var_13);
            var_15 = wp::int(var_14);
            // dst = offsets[d]                                                                   <L 51>
            var_16 = wp::address(var_offsets, var_15);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // offsets[d] = dst + 1                                                               <L 52>
            var_20 = wp::add(var_17, var_19);
            // wp::array_store(var_offsets, var_15, var_20);
            // keys_out[dst] = keys[i]                                                            <L 53>
            var_21 = wp::address(var_keys, var_5);
            var_22 = wp::load(var_21);
            // wp::array_store(var_keys_out, var_17, var_22);
            // vals_out[dst] = vals[i]                                                            <L 54>
            var_23 = wp::address(var_vals, var_5);
            var_24 = wp::load(var_23);
            // wp::array_store(var_vals_out, var_17, var_24);
            wp::adj_array_store(var_vals_out, var_17, var_24, adj_vals_out, adj_17, adj_23);
            wp::adj_address(var_vals, var_5, adj_vals, adj_5, adj_23);
            // adj: vals_out[dst] = vals[i]                                                       <L 54>
            wp::adj_array_store(var_keys_out, var_17, var_22, adj_keys_out, adj_17, adj_21);
            wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_21);
            // adj: keys_out[dst] = keys[i]                                                       <L 53>
            wp::adj_array_store(var_offsets, var_15, var_20, adj_offsets, adj_15, adj_20);
            wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
            // adj: offsets[d] = dst + 1                                                          <L 52>
            wp::adj_copy(var_18, adj_16, adj_17);
            wp::adj_address(var_offsets, var_15, adj_offsets, adj_15, adj_16);
            // adj: dst = offsets[d]                                                              <L 51>
            wp::adj_int(var_14, adj_14, adj_15);
            wp::adj_uint32(var_12, adj_12, adj_13);
            wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
            wp::adj_uint32(var_shift, adj_shift, adj_7);
            wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_6);
            // adj: d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                 <L 50>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_2, adj_2, adj_4);
        wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
        adj_keys.shape = adj_0;
        // adj: for i in range(keys.shape[0]):                                                    <L 49>
        // adj: def radix_scatter_serial(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), shift: int, offsets: wp.array(dtype=int), keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):  <L 47>
        continue;
    }
}



extern "C" __global__ void make_keys_c016a620_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_ids)
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
        const wp::float32 var_2 = 0.0;
        const wp::float32 var_3 = 255.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::uint32 var_6;
        //---------
        // forward
        // def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // keys[i] = float_to_sortable(wp.clamp(values[i], 0.0, 255.0))                           <L 60>
        var_1 = wp::address(var_values, var_0);
        var_5 = wp::load(var_1);
        var_4 = wp::clamp(var_5, var_2, var_3);
        var_6 = float_to_sortable_0(var_4);
        wp::array_store(var_keys, var_0, var_6);
        // ids[i] = i                                                                             <L 61>
        wp::array_store(var_ids, var_0, var_0);
    }
}



extern "C" __global__ void make_keys_c016a620_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::uint32> adj_keys,
    wp::array_t<wp::int32> adj_ids)
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
        const wp::float32 var_2 = 0.0;
        const wp::float32 var_3 = 255.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::uint32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::uint32 adj_6 = {};
        //---------
        // forward
        // def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // keys[i] = float_to_sortable(wp.clamp(values[i], 0.0, 255.0))                           <L 60>
        var_1 = wp::address(var_values, var_0);
        var_5 = wp::load(var_1);
        var_4 = wp::clamp(var_5, var_2, var_3);
        var_6 = float_to_sortable_0(var_4);
        // wp::array_store(var_keys, var_0, var_6);
        // ids[i] = i                                                                             <L 61>
        // wp::array_store(var_ids, var_0, var_0);
        //---------
        // reverse
        wp::adj_array_store(var_ids, var_0, var_0, adj_ids, adj_0, adj_0);
        // adj: ids[i] = i                                                                        <L 61>
        wp::adj_array_store(var_keys, var_0, var_6, adj_keys, adj_0, adj_6);
        adj_float_to_sortable_0(var_4, adj_4, adj_6);
        wp::adj_clamp(var_5, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: keys[i] = float_to_sortable(wp.clamp(values[i], 0.0, 255.0))                      <L 60>
        // adj: i = wp.tid()                                                                      <L 59>
        // adj: def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):  <L 58>
        continue;
    }
}



extern "C" __global__ void check_sorted_82375bec_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_violations)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        bool var_7;
        wp::uint32* var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::uint32* var_11;
        bool var_12;
        wp::uint32 var_13;
        wp::uint32 var_14;
        bool var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        //---------
        // forward
        // def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                                    <L 67>
        var_2 = wp::add(var_0, var_1);
        var_3 = &(var_keys.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_2 < var_5);
        var_8 = wp::address(var_keys, var_0);
        var_10 = wp::add(var_0, var_9);
        var_11 = wp::address(var_keys, var_10);
        var_13 = wp::load(var_8);
        var_14 = wp::load(var_11);
        var_12 = (var_13 > var_14);
        var_15 = var_7 && var_12;
        if (var_15) {
            // wp.atomic_add(violations, 0, 1)                                                    <L 68>
            var_18 = wp::atomic_add(var_violations, var_16, var_17);
        }
    }
}



extern "C" __global__ void check_sorted_82375bec_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_violations,
    wp::array_t<wp::uint32> adj_keys,
    wp::array_t<wp::int32> adj_violations)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        bool var_7;
        wp::uint32* var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::uint32* var_11;
        bool var_12;
        wp::uint32 var_13;
        wp::uint32 var_14;
        bool var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        bool adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::uint32 adj_11 = {};
        bool adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::uint32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                                    <L 67>
        var_2 = wp::add(var_0, var_1);
        var_3 = &(var_keys.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_2 < var_5);
        var_8 = wp::address(var_keys, var_0);
        var_10 = wp::add(var_0, var_9);
        var_11 = wp::address(var_keys, var_10);
        var_13 = wp::load(var_8);
        var_14 = wp::load(var_11);
        var_12 = (var_13 > var_14);
        var_15 = var_7 && var_12;
        if (var_15) {
            // wp.atomic_add(violations, 0, 1)                                                    <L 68>
            // var_18 = wp::atomic_add(var_violations, var_16, var_17);
        }
        //---------
        // reverse
        if (var_15) {
            wp::adj_atomic_add(var_violations, var_16, var_17, adj_violations, adj_16, adj_17, adj_18);
            // adj: wp.atomic_add(violations, 0, 1)                                               <L 68>
        }
        wp::adj_address(var_keys, var_10, adj_keys, adj_10, adj_11);
        wp::adj_add(var_0, var_9, adj_0, adj_9, adj_10);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_8);
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_keys.shape = adj_3;
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                               <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):  <L 65>
        continue;
    }
}

