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
    wp::adj_mul(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: u = wp.uint32(f * 16777216.0)                                                     <L 27>
    // adj: def float_to_sortable(f: float) -> wp.uint32:                                     <L 25>
    return;
}



extern "C" __global__ void bitonic_step_8e9c0aec_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                     <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def radix_histogram(keys: wp.array(dtype=wp.uint32), shift: int, hist: wp.array(dtype=int)):  <L 32>
        continue;
    }
}



extern "C" __global__ void exclusive_scan_small_d206502f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 3;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 5;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 6;
        wp::int32* var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        const wp::int32 var_30 = 7;
        wp::int32* var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 8;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 9;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 10;
        wp::int32* var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 11;
        wp::int32* var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 12;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 13;
        wp::int32* var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 14;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 15;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
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
        var_5 = wp::load(var_3);
        var_4 = wp::add(var_1, var_5);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_6, var_4);
        // acc += hist[d]                                                                         <L 43>
        var_7 = wp::address(var_hist, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_4, var_9);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_10, var_8);
        // acc += hist[d]                                                                         <L 43>
        var_11 = wp::address(var_hist, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_8, var_13);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_14, var_12);
        // acc += hist[d]                                                                         <L 43>
        var_15 = wp::address(var_hist, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_12, var_17);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_18, var_16);
        // acc += hist[d]                                                                         <L 43>
        var_19 = wp::address(var_hist, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_16, var_21);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_22, var_20);
        // acc += hist[d]                                                                         <L 43>
        var_23 = wp::address(var_hist, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_20, var_25);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_26, var_24);
        // acc += hist[d]                                                                         <L 43>
        var_27 = wp::address(var_hist, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_24, var_29);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_30, var_28);
        // acc += hist[d]                                                                         <L 43>
        var_31 = wp::address(var_hist, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::add(var_28, var_33);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_34, var_32);
        // acc += hist[d]                                                                         <L 43>
        var_35 = wp::address(var_hist, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::add(var_32, var_37);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_38, var_36);
        // acc += hist[d]                                                                         <L 43>
        var_39 = wp::address(var_hist, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_36, var_41);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_42, var_40);
        // acc += hist[d]                                                                         <L 43>
        var_43 = wp::address(var_hist, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_40, var_45);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_46, var_44);
        // acc += hist[d]                                                                         <L 43>
        var_47 = wp::address(var_hist, var_46);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_44, var_49);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_50, var_48);
        // acc += hist[d]                                                                         <L 43>
        var_51 = wp::address(var_hist, var_50);
        var_53 = wp::load(var_51);
        var_52 = wp::add(var_48, var_53);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_54, var_52);
        // acc += hist[d]                                                                         <L 43>
        var_55 = wp::address(var_hist, var_54);
        var_57 = wp::load(var_55);
        var_56 = wp::add(var_52, var_57);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_58, var_56);
        // acc += hist[d]                                                                         <L 43>
        var_59 = wp::address(var_hist, var_58);
        var_61 = wp::load(var_59);
        var_60 = wp::add(var_56, var_61);
        // offsets[d] = acc                                                                       <L 42>
        wp::array_store(var_offsets, var_62, var_60);
        // acc += hist[d]                                                                         <L 43>
        var_63 = wp::address(var_hist, var_62);
        var_65 = wp::load(var_63);
        var_64 = wp::add(var_60, var_65);
    }
}



extern "C" __global__ void exclusive_scan_small_d206502f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 3;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 5;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 6;
        wp::int32* var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        const wp::int32 var_30 = 7;
        wp::int32* var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 8;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 9;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 10;
        wp::int32* var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 11;
        wp::int32* var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 12;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 13;
        wp::int32* var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 14;
        wp::int32* var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 15;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
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
        var_5 = wp::load(var_3);
        var_4 = wp::add(var_1, var_5);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_6, var_4);
        // acc += hist[d]                                                                         <L 43>
        var_7 = wp::address(var_hist, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_4, var_9);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_10, var_8);
        // acc += hist[d]                                                                         <L 43>
        var_11 = wp::address(var_hist, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_8, var_13);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_14, var_12);
        // acc += hist[d]                                                                         <L 43>
        var_15 = wp::address(var_hist, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_12, var_17);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_18, var_16);
        // acc += hist[d]                                                                         <L 43>
        var_19 = wp::address(var_hist, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_16, var_21);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_22, var_20);
        // acc += hist[d]                                                                         <L 43>
        var_23 = wp::address(var_hist, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_20, var_25);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_26, var_24);
        // acc += hist[d]                                                                         <L 43>
        var_27 = wp::address(var_hist, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_24, var_29);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_30, var_28);
        // acc += hist[d]                                                                         <L 43>
        var_31 = wp::address(var_hist, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::add(var_28, var_33);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_34, var_32);
        // acc += hist[d]                                                                         <L 43>
        var_35 = wp::address(var_hist, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::add(var_32, var_37);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_38, var_36);
        // acc += hist[d]                                                                         <L 43>
        var_39 = wp::address(var_hist, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_36, var_41);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_42, var_40);
        // acc += hist[d]                                                                         <L 43>
        var_43 = wp::address(var_hist, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_40, var_45);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_46, var_44);
        // acc += hist[d]                                                                         <L 43>
        var_47 = wp::address(var_hist, var_46);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_44, var_49);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_50, var_48);
        // acc += hist[d]                                                                         <L 43>
        var_51 = wp::address(var_hist, var_50);
        var_53 = wp::load(var_51);
        var_52 = wp::add(var_48, var_53);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_54, var_52);
        // acc += hist[d]                                                                         <L 43>
        var_55 = wp::address(var_hist, var_54);
        var_57 = wp::load(var_55);
        var_56 = wp::add(var_52, var_57);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_58, var_56);
        // acc += hist[d]                                                                         <L 43>
        var_59 = wp::address(var_hist, var_58);
        var_61 = wp::load(var_59);
        var_60 = wp::add(var_56, var_61);
        // offsets[d] = acc                                                                       <L 42>
        // wp::array_store(var_offsets, var_62, var_60);
        // acc += hist[d]                                                                         <L 43>
        var_63 = wp::address(var_hist, var_62);
        var_65 = wp::load(var_63);
        var_64 = wp::add(var_60, var_65);
        //---------
        // reverse
        wp::adj_add(var_60, var_65, adj_60, adj_63, adj_64);
        wp::adj_address(var_hist, var_62, adj_hist, adj_62, adj_63);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_62, var_60, adj_offsets, adj_62, adj_60);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_56, var_61, adj_56, adj_59, adj_60);
        wp::adj_address(var_hist, var_58, adj_hist, adj_58, adj_59);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_58, var_56, adj_offsets, adj_58, adj_56);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_52, var_57, adj_52, adj_55, adj_56);
        wp::adj_address(var_hist, var_54, adj_hist, adj_54, adj_55);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_54, var_52, adj_offsets, adj_54, adj_52);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_48, var_53, adj_48, adj_51, adj_52);
        wp::adj_address(var_hist, var_50, adj_hist, adj_50, adj_51);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_50, var_48, adj_offsets, adj_50, adj_48);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_44, var_49, adj_44, adj_47, adj_48);
        wp::adj_address(var_hist, var_46, adj_hist, adj_46, adj_47);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_46, var_44, adj_offsets, adj_46, adj_44);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_40, var_45, adj_40, adj_43, adj_44);
        wp::adj_address(var_hist, var_42, adj_hist, adj_42, adj_43);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_42, var_40, adj_offsets, adj_42, adj_40);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_36, var_41, adj_36, adj_39, adj_40);
        wp::adj_address(var_hist, var_38, adj_hist, adj_38, adj_39);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_38, var_36, adj_offsets, adj_38, adj_36);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_32, var_37, adj_32, adj_35, adj_36);
        wp::adj_address(var_hist, var_34, adj_hist, adj_34, adj_35);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_34, var_32, adj_offsets, adj_34, adj_32);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_28, var_33, adj_28, adj_31, adj_32);
        wp::adj_address(var_hist, var_30, adj_hist, adj_30, adj_31);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_30, var_28, adj_offsets, adj_30, adj_28);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_24, var_29, adj_24, adj_27, adj_28);
        wp::adj_address(var_hist, var_26, adj_hist, adj_26, adj_27);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_26, var_24, adj_offsets, adj_26, adj_24);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_20, var_25, adj_20, adj_23, adj_24);
        wp::adj_address(var_hist, var_22, adj_hist, adj_22, adj_23);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_22, var_20, adj_offsets, adj_22, adj_20);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_16, var_21, adj_16, adj_19, adj_20);
        wp::adj_address(var_hist, var_18, adj_hist, adj_18, adj_19);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_18, var_16, adj_offsets, adj_18, adj_16);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_12, var_17, adj_12, adj_15, adj_16);
        wp::adj_address(var_hist, var_14, adj_hist, adj_14, adj_15);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_14, var_12, adj_offsets, adj_14, adj_12);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_8, var_13, adj_8, adj_11, adj_12);
        wp::adj_address(var_hist, var_10, adj_hist, adj_10, adj_11);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_10, var_8, adj_offsets, adj_10, adj_8);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_4, var_9, adj_4, adj_7, adj_8);
        wp::adj_address(var_hist, var_6, adj_hist, adj_6, adj_7);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_6, var_4, adj_offsets, adj_6, adj_4);
        // adj: offsets[d] = acc                                                                  <L 42>
        wp::adj_add(var_1, var_5, adj_1, adj_3, adj_4);
        wp::adj_address(var_hist, var_2, adj_hist, adj_2, adj_3);
        // adj: acc += hist[d]                                                                    <L 43>
        wp::adj_array_store(var_offsets, var_2, var_1, adj_offsets, adj_2, adj_1);
        // adj: offsets[d] = acc                                                                  <L 42>
        // adj: for d in range(RADIX):                                                            <L 41>
        // adj: acc = int(0)                                                                      <L 40>
        // adj: def exclusive_scan_small(hist: wp.array(dtype=int), offsets: wp.array(dtype=int)):  <L 39>
        continue;
    }
}



extern "C" __global__ void radix_scatter_serial_e06c66f4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
            wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
            wp::adj_address(var_keys, var_5, adj_keys, adj_5, adj_6);
            // adj: d = int((keys[i] >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                 <L 50>
        	goto start_for_0;
        end_for_0:;
        adj_keys.shape = adj_0;
        // adj: for i in range(keys.shape[0]):                                                    <L 49>
        // adj: def radix_scatter_serial(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), shift: int, offsets: wp.array(dtype=int), keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):  <L 47>
        continue;
    }
}



extern "C" __global__ void make_keys_c016a620_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
        bool var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        bool var_8;
        wp::uint32* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::uint32* var_12;
        bool var_13;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        //---------
        // forward
        // def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                                    <L 67>
        var_3 = wp::add(var_0, var_2);
        var_4 = &(var_keys.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = (var_3 < var_6);
        var_1 = var_8;
        if (var_1) {
            var_9 = wp::address(var_keys, var_0);
            var_11 = wp::add(var_0, var_10);
            var_12 = wp::address(var_keys, var_11);
            var_14 = wp::load(var_9);
            var_15 = wp::load(var_12);
            var_13 = (var_14 > var_15);
            var_1 = var_1 && var_13;
        }
        if (var_1) {
            // wp.atomic_add(violations, 0, 1)                                                    <L 68>
            var_18 = wp::atomic_add(var_violations, var_16, var_17);
        }
    }
}



extern "C" __global__ void check_sorted_82375bec_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        bool var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        bool var_8;
        wp::uint32* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::uint32* var_12;
        bool var_13;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        bool adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::uint32 adj_12 = {};
        bool adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                                    <L 67>
        var_3 = wp::add(var_0, var_2);
        var_4 = &(var_keys.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = (var_3 < var_6);
        var_1 = var_8;
        if (var_1) {
            var_9 = wp::address(var_keys, var_0);
            var_11 = wp::add(var_0, var_10);
            var_12 = wp::address(var_keys, var_11);
            var_14 = wp::load(var_9);
            var_15 = wp::load(var_12);
            var_13 = (var_14 > var_15);
            var_1 = var_1 && var_13;
        }
        if (var_1) {
            // wp.atomic_add(violations, 0, 1)                                                    <L 68>
            // var_18 = wp::atomic_add(var_violations, var_16, var_17);
        }
        //---------
        // reverse
        if (var_1) {
            wp::adj_atomic_add(var_violations, var_16, var_17, adj_violations, adj_16, adj_17, adj_18);
            // adj: wp.atomic_add(violations, 0, 1)                                               <L 68>
        }
        if (var_1) {
            wp::adj_address(var_keys, var_11, adj_keys, adj_11, adj_12);
            wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
            wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_9);
        }
        adj_keys.shape = adj_4;
        wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
        // adj: if i + 1 < keys.shape[0] and keys[i] > keys[i + 1]:                               <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def check_sorted(keys: wp.array(dtype=wp.uint32), violations: wp.array(dtype=int)):  <L 65>
        continue;
    }
}

