
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


// corpus/502_search_and_counters.py:4
static CUDA_CALLABLE wp::int32 find_first_0(
    wp::array_t<wp::int32> var_a,
    wp::int32 var_n,
    wp::int32 var_target)
{
    //---------
    // primal vars
    wp::range_t var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = -1;
    //---------
    // forward
    // def find_first(a: wp.array(dtype=int), n: int, target: int):                           <L 5>
    // for i in range(n):                                                                     <L 6>
    var_0 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_0) == 0) goto end_for_0;
        var_1 = wp::iter_next(var_0);
        // if a[i] == target:                                                                 <L 7>
        var_2 = wp::address(var_a, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_4 == var_target);
        if (var_3) {
            // return i                                                                       <L 8>
            return var_1;
        }
        goto start_for_0;
    end_for_0:;
    // return -1                                                                              <L 9>
    return var_6;
}


// corpus/502_search_and_counters.py:12
static CUDA_CALLABLE void minmax_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // forward
    // def minmax(x: float, y: float):                                                        <L 13>
    // if x < y:                                                                              <L 14>
    var_0 = (var_x < var_y);
    if (var_0) {
        // return x, y                                                                        <L 15>
        ret_0 = var_x;
        ret_1 = var_y;
        return;
    }
    // return y, x                                                                            <L 16>
    ret_0 = var_y;
    ret_1 = var_x;
    return;
}


// corpus/502_search_and_counters.py:4
static CUDA_CALLABLE void adj_find_first_0(
    wp::array_t<wp::int32> var_a,
    wp::int32 var_n,
    wp::int32 var_target,
    wp::array_t<wp::int32> & adj_a,
    wp::int32 & adj_n,
    wp::int32 & adj_target,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::range_t var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = -1;
    //---------
    // dual vars
    wp::range_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def find_first(a: wp.array(dtype=int), n: int, target: int):                           <L 5>
    // for i in range(n):                                                                     <L 6>
    var_0 = wp::range(var_n);
    // return -1                                                                              <L 9>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_6 += adj_ret;
    // adj: return -1                                                                         <L 9>
    var_0 = wp::iter_reverse(var_0);
    start_for_0:;
        if (iter_cmp(var_0) == 0) goto end_for_0;
        var_1 = wp::iter_next(var_0);
    	adj_2 = {};
    	adj_3 = {};
    	adj_4 = {};
        // if a[i] == target:                                                                 <L 7>
        var_2 = wp::address(var_a, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_4 == var_target);
        if (var_3) {
            // return i                                                                       <L 8>
            goto label2;
        }
        if (var_3) {
            label2:;
            adj_1 += adj_ret;
            // adj: return i                                                                  <L 8>
        }
        wp::adj_address(var_a, var_1, adj_a, adj_1, adj_2);
        // adj: if a[i] == target:                                                            <L 7>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_n, adj_n, adj_0);
    // adj: for i in range(n):                                                                <L 6>
    // adj: def find_first(a: wp.array(dtype=int), n: int, target: int):                      <L 5>
    return;
}


// corpus/502_search_and_counters.py:12
static CUDA_CALLABLE void adj_minmax_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // dual vars
    bool adj_0 = {};
    //---------
    // forward
    // def minmax(x: float, y: float):                                                        <L 13>
    // if x < y:                                                                              <L 14>
    var_0 = (var_x < var_y);
    if (var_0) {
        // return x, y                                                                        <L 15>
        ret_0 = var_x;
        ret_1 = var_y;
        goto label0;
    }
    // return y, x                                                                            <L 16>
    ret_0 = var_y;
    ret_1 = var_x;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_x += adj_ret_1;
    adj_y += adj_ret_0;
    // adj: return y, x                                                                       <L 16>
    if (var_0) {
        label0:;
        adj_y += adj_ret_1;
        adj_x += adj_ret_0;
        // adj: return x, y                                                                   <L 15>
    }
    // adj: if x < y:                                                                         <L 14>
    // adj: def minmax(x: float, y: float):                                                   <L 13>
    return;
}



extern "C" __global__ void search_908a97a8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_targets,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        //---------
        // forward
        // def search(a: wp.array(dtype=int), n: int, targets: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 20>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // out[tid] = find_first(a, n, targets[tid])                                              <L 22>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = find_first_0(var_a, var_n, var_3);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void search_908a97a8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_targets,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_a,
    wp::int32 adj_n,
    wp::array_t<wp::int32> adj_targets,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        //---------
        // forward
        // def search(a: wp.array(dtype=int), n: int, targets: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 20>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // out[tid] = find_first(a, n, targets[tid])                                              <L 22>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = find_first_0(var_a, var_n, var_3);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        adj_find_first_0(var_a, var_n, var_3, adj_a, adj_n, adj_1, adj_2);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_1);
        // adj: out[tid] = find_first(a, n, targets[tid])                                         <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def search(a: wp.array(dtype=int), n: int, targets: wp.array(dtype=int), out: wp.array(dtype=int)):  <L 20>
        continue;
    }
}



extern "C" __global__ void sort2_be4195f4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def sort2(a: wp.array(dtype=float), b: wp.array(dtype=float)):                         <L 26>
        // tid = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // lo, hi = minmax(a[tid], b[tid])                                                        <L 28>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        minmax_0(var_5, var_6, var_3, var_4);
        // a[tid] = lo                                                                            <L 29>
        wp::array_store(var_a, var_0, var_3);
        // b[tid] = hi                                                                            <L 30>
        wp::array_store(var_b, var_0, var_4);
    }
}



extern "C" __global__ void sort2_be4195f4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def sort2(a: wp.array(dtype=float), b: wp.array(dtype=float)):                         <L 26>
        // tid = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // lo, hi = minmax(a[tid], b[tid])                                                        <L 28>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        minmax_0(var_5, var_6, var_3, var_4);
        // a[tid] = lo                                                                            <L 29>
        // wp::array_store(var_a, var_0, var_3);
        // b[tid] = hi                                                                            <L 30>
        // wp::array_store(var_b, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_4, adj_b, adj_0, adj_4);
        // adj: b[tid] = hi                                                                       <L 30>
        wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
        // adj: a[tid] = lo                                                                       <L 29>
        adj_minmax_0(var_5, var_6, var_3, var_4, adj_1, adj_2, adj_3, adj_4);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: lo, hi = minmax(a[tid], b[tid])                                                   <L 28>
        // adj: tid = wp.tid()                                                                    <L 27>
        // adj: def sort2(a: wp.array(dtype=float), b: wp.array(dtype=float)):                    <L 26>
        continue;
    }
}



extern "C" __global__ void counters_d711f586_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::int32> var_counts,
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
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        bool var_9;
        const wp::int32 var_10 = 100;
        bool var_11;
        bool var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 10;
        bool var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32* var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        //---------
        // forward
        // def counters(flags: wp.array(dtype=int), counts: wp.array(dtype=int), offsets: wp.array(dtype=int)):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // if flags[tid] != 0 and tid % 2 == 0 or tid > 100:                                      <L 36>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        var_6 = wp::mod(var_0, var_5);
        var_8 = (var_6 == var_7);
        var_9 = var_3 && var_8;
        var_11 = (var_0 > var_10);
        var_12 = var_9 || var_11;
        if (var_12) {
            // idx = wp.atomic_add(counts, 0, 1)                                                  <L 37>
            var_15 = wp::atomic_add(var_counts, var_13, var_14);
            // offsets[tid] = idx                                                                 <L 38>
            wp::array_store(var_offsets, var_0, var_15);
        }
        if (!var_12) {
            // offsets[tid] = -1                                                                  <L 40>
            wp::array_store(var_offsets, var_0, var_17);
        }
        // k = int(0)                                                                             <L 41>
        var_19 = wp::int(var_18);
        // while k < 10:                                                                          <L 42>
        start_while_0:;
        var_21 = (var_19 < var_20);
        if ((var_21) == false) goto end_while_0;
            // k += 1                                                                             <L 43>
            var_24 = wp::add(var_19, var_23);
            // if k * k > tid:                                                                    <L 44>
            var_25 = wp::mul(var_24, var_24);
            var_26 = (var_25 > var_0);
            if (var_26) {
                // break                                                                          <L 45>
                wp::assign(var_19, var_24);
                goto end_while_0;
            }
            var_27 = wp::where(var_26, var_19, var_24);
            wp::assign(var_19, var_27);
        goto start_while_0;
        end_while_0:;
        // offsets[tid] = offsets[tid] + k                                                        <L 46>
        var_28 = wp::address(var_offsets, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_30, var_19);
        wp::array_store(var_offsets, var_0, var_29);
    }
}



extern "C" __global__ void counters_d711f586_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::int32> adj_counts,
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
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        bool var_9;
        const wp::int32 var_10 = 100;
        bool var_11;
        bool var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 10;
        bool var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32* var_28;
        wp::int32 var_29;
        wp::int32 var_30;
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
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def counters(flags: wp.array(dtype=int), counts: wp.array(dtype=int), offsets: wp.array(dtype=int)):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // if flags[tid] != 0 and tid % 2 == 0 or tid > 100:                                      <L 36>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        var_6 = wp::mod(var_0, var_5);
        var_8 = (var_6 == var_7);
        var_9 = var_3 && var_8;
        var_11 = (var_0 > var_10);
        var_12 = var_9 || var_11;
        if (var_12) {
            // idx = wp.atomic_add(counts, 0, 1)                                                  <L 37>
            // var_15 = wp::atomic_add(var_counts, var_13, var_14);
            // offsets[tid] = idx                                                                 <L 38>
            // wp::array_store(var_offsets, var_0, var_15);
        }
        if (!var_12) {
            // offsets[tid] = -1                                                                  <L 40>
            // wp::array_store(var_offsets, var_0, var_17);
        }
        // k = int(0)                                                                             <L 41>
        var_19 = wp::int(var_18);
        // while k < 10:                                                                          <L 42>
        // offsets[tid] = offsets[tid] + k                                                        <L 46>
        var_28 = wp::address(var_offsets, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_30, var_19);
        // wp::array_store(var_offsets, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_offsets, var_0, var_29, adj_offsets, adj_0, adj_29);
        wp::adj_add(var_30, var_19, adj_28, adj_19, adj_29);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_28);
        // adj: offsets[tid] = offsets[tid] + k                                                   <L 46>
        start_while_0:;
        var_21 = (var_19 < var_20);
        if ((var_21) == false) goto end_while_0;
        adj_22 = {};
        adj_23 = {};
        adj_24 = {};
        adj_25 = {};
        adj_26 = {};
        adj_27 = {};
            // k += 1                                                                             <L 43>
            var_24 = wp::add(var_19, var_23);
            // if k * k > tid:                                                                    <L 44>
            var_25 = wp::mul(var_24, var_24);
            var_26 = (var_25 > var_0);
            if (var_26) {
                // break                                                                          <L 45>
                wp::assign(var_19, var_24);
                goto end_while_0;
            }
            var_27 = wp::where(var_26, var_19, var_24);
            wp::assign(var_19, var_27);
            wp::adj_assign(var_19, var_27, adj_19, adj_27);
            wp::adj_where(var_26, var_19, var_24, adj_26, adj_19, adj_24, adj_27);
            if (var_26) {
                wp::adj_assign(var_19, var_24, adj_19, adj_24);
                // adj: break                                                                     <L 45>
            }
            wp::adj_mul(var_24, var_24, adj_24, adj_24, adj_25);
            // adj: if k * k > tid:                                                               <L 44>
            wp::adj_add(var_19, var_23, adj_19, adj_23, adj_24);
            // adj: k += 1                                                                        <L 43>
        goto start_while_0;
        end_while_0:;
        // adj: while k < 10:                                                                     <L 42>
        wp::adj_int(var_18, adj_18, adj_19);
        // adj: k = int(0)                                                                        <L 41>
        if (!var_12) {
            wp::adj_array_store(var_offsets, var_0, var_17, adj_offsets, adj_0, adj_17);
            // adj: offsets[tid] = -1                                                             <L 40>
        }
        if (var_12) {
            wp::adj_array_store(var_offsets, var_0, var_15, adj_offsets, adj_0, adj_15);
            // adj: offsets[tid] = idx                                                            <L 38>
            wp::adj_atomic_add(var_counts, var_13, var_14, adj_counts, adj_13, adj_14, adj_15);
            // adj: idx = wp.atomic_add(counts, 0, 1)                                             <L 37>
        }
        wp::adj_mod(var_0, var_5, adj_0, adj_5, adj_6);
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: if flags[tid] != 0 and tid % 2 == 0 or tid > 100:                                 <L 36>
        // adj: tid = wp.tid()                                                                    <L 35>
        // adj: def counters(flags: wp.array(dtype=int), counts: wp.array(dtype=int), offsets: wp.array(dtype=int)):  <L 34>
        continue;
    }
}

