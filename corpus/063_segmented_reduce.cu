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


// corpus/063_segmented_reduce.py:4
static CUDA_CALLABLE void segment_bounds_0(
    wp::array_t<wp::int32> var_offsets,
    wp::int32 var_s,
    wp::int32 & ret_0,
    wp::int32 & ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def segment_bounds(offsets: wp.array(dtype=int), s: int):                              <L 5>
    // return offsets[s], offsets[s + 1]                                                      <L 6>
    var_0 = wp::address(var_offsets, var_s);
    var_2 = wp::add(var_s, var_1);
    var_3 = wp::address(var_offsets, var_2);
    var_5 = wp::load(var_0);
    var_4 = wp::copy(var_5);
    var_7 = wp::load(var_3);
    var_6 = wp::copy(var_7);
    ret_0 = var_4;
    ret_1 = var_6;
    return;
}


// corpus/063_segmented_reduce.py:4
static CUDA_CALLABLE void adj_segment_bounds_0(
    wp::array_t<wp::int32> var_offsets,
    wp::int32 var_s,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::array_t<wp::int32> & adj_offsets,
    wp::int32 & adj_s,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
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
    //---------
    // forward
    // def segment_bounds(offsets: wp.array(dtype=int), s: int):                              <L 5>
    // return offsets[s], offsets[s + 1]                                                      <L 6>
    var_0 = wp::address(var_offsets, var_s);
    var_2 = wp::add(var_s, var_1);
    var_3 = wp::address(var_offsets, var_2);
    var_5 = wp::load(var_0);
    var_4 = wp::copy(var_5);
    var_7 = wp::load(var_3);
    var_6 = wp::copy(var_7);
    ret_0 = var_4;
    ret_1 = var_6;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret_1;
    adj_4 += adj_ret_0;
    wp::adj_copy(var_7, adj_3, adj_6);
    wp::adj_copy(var_5, adj_0, adj_4);
    wp::adj_address(var_offsets, var_2, adj_offsets, adj_2, adj_3);
    wp::adj_add(var_s, var_1, adj_s, adj_1, adj_2);
    wp::adj_address(var_offsets, var_s, adj_offsets, adj_s, adj_0);
    // adj: return offsets[s], offsets[s + 1]                                                 <L 6>
    // adj: def segment_bounds(offsets: wp.array(dtype=int), s: int):                         <L 5>
    return;
}



extern "C" __global__ void segment_sum_max_752d6c5f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> var_maxs,
    wp::array_t<wp::int32> var_argmaxs)
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
        wp::int32 var_2;
        bool var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 0.0;
        const wp::int32 var_6 = -1;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        //---------
        // forward
        // def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):       <L 10>
        // s = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // start, end = segment_bounds(offsets, s)                                                <L 12>
        segment_bounds_0(var_offsets, var_0, var_1, var_2);
        // if end <= start:                                                                       <L 13>
        var_3 = (var_2 <= var_1);
        if (var_3) {
            // sums[s] = 0.0                                                                      <L 14>
            wp::array_store(var_sums, var_0, var_4);
            // maxs[s] = 0.0                                                                      <L 15>
            wp::array_store(var_maxs, var_0, var_5);
            // argmaxs[s] = -1                                                                    <L 16>
            wp::array_store(var_argmaxs, var_0, var_6);
            // return                                                                             <L 17>
            continue;
        }
        // total = float(0.0)                                                                     <L 18>
        var_8 = wp::float(var_7);
        // best = values[start]                                                                   <L 19>
        var_9 = wp::address(var_values, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // best_i = start                                                                         <L 20>
        var_12 = wp::copy(var_1);
        // for i in range(start, end):                                                            <L 21>
        var_13 = wp::range(var_1, var_2);
        start_for_1:;
            if (iter_cmp(var_13) == 0) goto end_for_1;
            var_14 = wp::iter_next(var_13);
            // v = values[i]                                                                      <L 22>
            var_15 = wp::address(var_values, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // total += v                                                                         <L 23>
            var_18 = wp::add(var_8, var_16);
            // if v > best:                                                                       <L 24>
            var_19 = (var_16 > var_10);
            if (var_19) {
                // best = v                                                                       <L 25>
                var_20 = wp::copy(var_16);
                // best_i = i                                                                     <L 26>
                var_21 = wp::copy(var_14);
            }
            var_22 = wp::where(var_19, var_20, var_10);
            var_23 = wp::where(var_19, var_21, var_12);
            wp::assign(var_8, var_18);
            wp::assign(var_10, var_22);
            wp::assign(var_12, var_23);
            goto start_for_1;
        end_for_1:;
        // sums[s] = total                                                                        <L 27>
        wp::array_store(var_sums, var_0, var_8);
        // maxs[s] = best                                                                         <L 28>
        wp::array_store(var_maxs, var_0, var_10);
        // argmaxs[s] = best_i                                                                    <L 29>
        wp::array_store(var_argmaxs, var_0, var_12);
    }
}



extern "C" __global__ void segment_sum_max_752d6c5f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> var_maxs,
    wp::array_t<wp::int32> var_argmaxs,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::float32> adj_sums,
    wp::array_t<wp::float32> adj_maxs,
    wp::array_t<wp::int32> adj_argmaxs)
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
        wp::int32 var_2;
        bool var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 0.0;
        const wp::int32 var_6 = -1;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):       <L 10>
        // s = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // start, end = segment_bounds(offsets, s)                                                <L 12>
        segment_bounds_0(var_offsets, var_0, var_1, var_2);
        // if end <= start:                                                                       <L 13>
        var_3 = (var_2 <= var_1);
        if (var_3) {
            // sums[s] = 0.0                                                                      <L 14>
            // wp::array_store(var_sums, var_0, var_4);
            // maxs[s] = 0.0                                                                      <L 15>
            // wp::array_store(var_maxs, var_0, var_5);
            // argmaxs[s] = -1                                                                    <L 16>
            // wp::array_store(var_argmaxs, var_0, var_6);
            // return                                                                             <L 17>
            goto label0;
        }
        // total = float(0.0)                                                                     <L 18>
        var_8 = wp::float(var_7);
        // best = values[start]                                                                   <L 19>
        var_9 = wp::address(var_values, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // best_i = start                                                                         <L 20>
        var_12 = wp::copy(var_1);
        // for i in range(start, end):                                                            <L 21>
        var_13 = wp::range(var_1, var_2);
        // sums[s] = total                                                                        <L 27>
        // wp::array_store(var_sums, var_0, var_8);
        // maxs[s] = best                                                                         <L 28>
        // wp::array_store(var_maxs, var_0, var_10);
        // argmaxs[s] = best_i                                                                    <L 29>
        // wp::array_store(var_argmaxs, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_argmaxs, var_0, var_12, adj_argmaxs, adj_0, adj_12);
        // adj: argmaxs[s] = best_i                                                               <L 29>
        wp::adj_array_store(var_maxs, var_0, var_10, adj_maxs, adj_0, adj_10);
        // adj: maxs[s] = best                                                                    <L 28>
        wp::adj_array_store(var_sums, var_0, var_8, adj_sums, adj_0, adj_8);
        // adj: sums[s] = total                                                                   <L 27>
        var_13 = wp::iter_reverse(var_13);
        start_for_1:;
            if (iter_cmp(var_13) == 0) goto end_for_1;
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
            // v = values[i]                                                                      <L 22>
            var_15 = wp::address(var_values, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // total += v                                                                         <L 23>
            var_18 = wp::add(var_8, var_16);
            // if v > best:                                                                       <L 24>
            var_19 = (var_16 > var_10);
            if (var_19) {
                // best = v                                                                       <L 25>
                var_20 = wp::copy(var_16);
                // best_i = i                                                                     <L 26>
                var_21 = wp::copy(var_14);
            }
            var_22 = wp::where(var_19, var_20, var_10);
            var_23 = wp::where(var_19, var_21, var_12);
            wp::assign(var_8, var_18);
            wp::assign(var_10, var_22);
            wp::assign(var_12, var_23);
            wp::adj_assign(var_12, var_23, adj_12, adj_23);
            wp::adj_assign(var_10, var_22, adj_10, adj_22);
            wp::adj_assign(var_8, var_18, adj_8, adj_18);
            wp::adj_where(var_19, var_21, var_12, adj_19, adj_21, adj_12, adj_23);
            wp::adj_where(var_19, var_20, var_10, adj_19, adj_20, adj_10, adj_22);
            if (var_19) {
                wp::adj_copy(var_14, adj_14, adj_21);
                // adj: best_i = i                                                                <L 26>
                wp::adj_copy(var_16, adj_16, adj_20);
                // adj: best = v                                                                  <L 25>
            }
            // adj: if v > best:                                                                  <L 24>
            wp::adj_add(var_8, var_16, adj_8, adj_16, adj_18);
            // adj: total += v                                                                    <L 23>
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_values, var_14, adj_values, adj_14, adj_15);
            // adj: v = values[i]                                                                 <L 22>
        	goto start_for_1;
        end_for_1:;
        // adj: for i in range(start, end):                                                       <L 21>
        wp::adj_copy(var_1, adj_1, adj_12);
        // adj: best_i = start                                                                    <L 20>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_values, var_1, adj_values, adj_1, adj_9);
        // adj: best = values[start]                                                              <L 19>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: total = float(0.0)                                                                <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
            wp::adj_array_store(var_argmaxs, var_0, var_6, adj_argmaxs, adj_0, adj_6);
            // adj: argmaxs[s] = -1                                                               <L 16>
            wp::adj_array_store(var_maxs, var_0, var_5, adj_maxs, adj_0, adj_5);
            // adj: maxs[s] = 0.0                                                                 <L 15>
            wp::adj_array_store(var_sums, var_0, var_4, adj_sums, adj_0, adj_4);
            // adj: sums[s] = 0.0                                                                 <L 14>
        }
        // adj: if end <= start:                                                                  <L 13>
        adj_segment_bounds_0(var_offsets, var_0, var_1, var_2, adj_offsets, adj_0, adj_1, adj_2);
        // adj: start, end = segment_bounds(offsets, s)                                           <L 12>
        // adj: s = wp.tid()                                                                      <L 11>
        // adj: def segment_sum_max(values: wp.array(dtype=float), offsets: wp.array(dtype=int), sums: wp.array(dtype=float), maxs: wp.array(dtype=float), argmaxs: wp.array(dtype=int)):  <L 10>
        continue;
    }
}



extern "C" __global__ void segment_softmax_21cb80d2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_out)
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
        wp::int32 var_2;
        const wp::float32 var_3 = -1e+30;
        wp::float32 var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        //---------
        // forward
        // def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 33>
        // s = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // start, end = segment_bounds(offsets, s)                                                <L 35>
        segment_bounds_0(var_offsets, var_0, var_1, var_2);
        // m = float(-1.0e30)                                                                     <L 36>
        var_4 = wp::float(var_3);
        // for i in range(start, end):                                                            <L 37>
        var_5 = wp::range(var_1, var_2);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // m = wp.max(m, values[i])                                                           <L 38>
            var_7 = wp::address(var_values, var_6);
            var_9 = wp::load(var_7);
            var_8 = wp::max(var_4, var_9);
            wp::assign(var_4, var_8);
            goto start_for_0;
        end_for_0:;
        // z = float(0.0)                                                                         <L 39>
        var_11 = wp::float(var_10);
        // for i in range(start, end):                                                            <L 40>
        var_12 = wp::range(var_1, var_2);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // z += wp.exp(values[i] - m)                                                         <L 41>
            var_14 = wp::address(var_values, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::sub(var_16, var_4);
            var_17 = wp::exp(var_15);
            var_18 = wp::add(var_11, var_17);
            wp::assign(var_11, var_18);
            goto start_for_2;
        end_for_2:;
        // for i in range(start, end):                                                            <L 42>
        var_19 = wp::range(var_1, var_2);
        start_for_4:;
            if (iter_cmp(var_19) == 0) goto end_for_4;
            var_20 = wp::iter_next(var_19);
            // out[i] = wp.exp(values[i] - m) / z                                                 <L 43>
            var_21 = wp::address(var_values, var_20);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_23, var_4);
            var_24 = wp::exp(var_22);
            var_25 = wp::div(var_24, var_11);
            wp::array_store(var_out, var_20, var_25);
            goto start_for_4;
        end_for_4:;
    }
}



extern "C" __global__ void segment_softmax_21cb80d2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::float32> adj_out)
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
        wp::int32 var_2;
        const wp::float32 var_3 = -1e+30;
        wp::float32 var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        //---------
        // forward
        // def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 33>
        // s = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // start, end = segment_bounds(offsets, s)                                                <L 35>
        segment_bounds_0(var_offsets, var_0, var_1, var_2);
        // m = float(-1.0e30)                                                                     <L 36>
        var_4 = wp::float(var_3);
        // for i in range(start, end):                                                            <L 37>
        var_5 = wp::range(var_1, var_2);
        // z = float(0.0)                                                                         <L 39>
        var_11 = wp::float(var_10);
        // for i in range(start, end):                                                            <L 40>
        var_12 = wp::range(var_1, var_2);
        // for i in range(start, end):                                                            <L 42>
        var_19 = wp::range(var_1, var_2);
        //---------
        // reverse
        var_19 = wp::iter_reverse(var_19);
        start_for_4:;
            if (iter_cmp(var_19) == 0) goto end_for_4;
            var_20 = wp::iter_next(var_19);
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // out[i] = wp.exp(values[i] - m) / z                                                 <L 43>
            var_21 = wp::address(var_values, var_20);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_23, var_4);
            var_24 = wp::exp(var_22);
            var_25 = wp::div(var_24, var_11);
            // wp::array_store(var_out, var_20, var_25);
            wp::adj_array_store(var_out, var_20, var_25, adj_out, adj_20, adj_25);
            wp::adj_div(var_24, var_11, var_25, adj_24, adj_11, adj_25);
            wp::adj_exp(var_22, var_24, adj_22, adj_24);
            wp::adj_sub(var_23, var_4, adj_21, adj_4, adj_22);
            wp::adj_address(var_values, var_20, adj_values, adj_20, adj_21);
            // adj: out[i] = wp.exp(values[i] - m) / z                                            <L 43>
        	goto start_for_4;
        end_for_4:;
        // adj: for i in range(start, end):                                                       <L 42>
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
            // z += wp.exp(values[i] - m)                                                         <L 41>
            var_14 = wp::address(var_values, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::sub(var_16, var_4);
            var_17 = wp::exp(var_15);
            var_18 = wp::add(var_11, var_17);
            wp::assign(var_11, var_18);
            wp::adj_assign(var_11, var_18, adj_11, adj_18);
            wp::adj_add(var_11, var_17, adj_11, adj_17, adj_18);
            wp::adj_exp(var_15, var_17, adj_15, adj_17);
            wp::adj_sub(var_16, var_4, adj_14, adj_4, adj_15);
            wp::adj_address(var_values, var_13, adj_values, adj_13, adj_14);
            // adj: z += wp.exp(values[i] - m)                                                    <L 41>
        	goto start_for_2;
        end_for_2:;
        // adj: for i in range(start, end):                                                       <L 40>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: z = float(0.0)                                                                    <L 39>
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
            // m = wp.max(m, values[i])                                                           <L 38>
            var_7 = wp::address(var_values, var_6);
            var_9 = wp::load(var_7);
            var_8 = wp::max(var_4, var_9);
            wp::assign(var_4, var_8);
            wp::adj_assign(var_4, var_8, adj_4, adj_8);
            wp::adj_max(var_4, var_9, adj_4, adj_7, adj_8);
            wp::adj_address(var_values, var_6, adj_values, adj_6, adj_7);
            // adj: m = wp.max(m, values[i])                                                      <L 38>
        	goto start_for_0;
        end_for_0:;
        // adj: for i in range(start, end):                                                       <L 37>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: m = float(-1.0e30)                                                                <L 36>
        adj_segment_bounds_0(var_offsets, var_0, var_1, var_2, adj_offsets, adj_0, adj_1, adj_2);
        // adj: start, end = segment_bounds(offsets, s)                                           <L 35>
        // adj: s = wp.tid()                                                                      <L 34>
        // adj: def segment_softmax(values: wp.array(dtype=float), offsets: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 33>
        continue;
    }
}



extern "C" __global__ void keyed_accumulate_f497a9b2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        //---------
        // forward
        // def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 47>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // k = keys[i]                                                                            <L 49>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if k < 0:                                                                              <L 50>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 51>
            continue;
        }
        // sums[k] += values[i]                                                                   <L 52>
        var_6 = wp::address(var_values, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::atomic_add(var_sums, var_2, var_8);
        // counts[k] += 1                                                                         <L 53>
        var_10 = wp::atomic_add(var_counts, var_2, var_9);
    }
}



extern "C" __global__ void keyed_accumulate_f497a9b2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums,
    wp::array_t<wp::int32> adj_counts)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        //---------
        // forward
        // def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 47>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // k = keys[i]                                                                            <L 49>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if k < 0:                                                                              <L 50>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 51>
            goto label0;
        }
        // sums[k] += values[i]                                                                   <L 52>
        var_6 = wp::address(var_values, var_0);
        var_8 = wp::load(var_6);
        // var_7 = wp::atomic_add(var_sums, var_2, var_8);
        // counts[k] += 1                                                                         <L 53>
        // var_10 = wp::atomic_add(var_counts, var_2, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_counts, var_2, var_9, adj_counts, adj_2, adj_9, adj_10);
        // adj: counts[k] += 1                                                                    <L 53>
        wp::adj_atomic_add(var_sums, var_2, var_8, adj_sums, adj_2, adj_6, adj_7);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_6);
        // adj: sums[k] += values[i]                                                              <L 52>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 51>
        }
        // adj: if k < 0:                                                                         <L 50>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: k = keys[i]                                                                       <L 49>
        // adj: i = wp.tid()                                                                      <L 48>
        // adj: def keyed_accumulate(keys: wp.array(dtype=int), values: wp.array(dtype=wp.vec3), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):  <L 47>
        continue;
    }
}



extern "C" __global__ void normalize_groups_28d26114_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_means)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):       <L 57>
        // k = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // c = counts[k]                                                                          <L 59>
        var_1 = wp::address(var_counts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if c > 0:                                                                              <L 60>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // means[k] = sums[k] / float(c)                                                      <L 61>
            var_6 = wp::address(var_sums, var_0);
            var_7 = wp::float(var_2);
            var_9 = wp::load(var_6);
            var_8 = wp::div(var_9, var_7);
            wp::array_store(var_means, var_0, var_8);
        }
        if (!var_5) {
            // means[k] = wp.vec3()                                                               <L 63>
            var_10 = wp::vec_t<3, wp::float32>();
            wp::array_store(var_means, var_0, var_10);
        }
    }
}



extern "C" __global__ void normalize_groups_28d26114_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_means,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_means)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):       <L 57>
        // k = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // c = counts[k]                                                                          <L 59>
        var_1 = wp::address(var_counts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if c > 0:                                                                              <L 60>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // means[k] = sums[k] / float(c)                                                      <L 61>
            var_6 = wp::address(var_sums, var_0);
            var_7 = wp::float(var_2);
            var_9 = wp::load(var_6);
            var_8 = wp::div(var_9, var_7);
            // wp::array_store(var_means, var_0, var_8);
        }
        if (!var_5) {
            // means[k] = wp.vec3()                                                               <L 63>
            var_10 = wp::vec_t<3, wp::float32>();
            // wp::array_store(var_means, var_0, var_10);
        }
        //---------
        // reverse
        if (!var_5) {
            wp::adj_array_store(var_means, var_0, var_10, adj_means, adj_0, adj_10);
            // adj: means[k] = wp.vec3()                                                          <L 63>
        }
        if (var_5) {
            wp::adj_array_store(var_means, var_0, var_8, adj_means, adj_0, adj_8);
            wp::adj_div(var_9, var_7, adj_6, adj_7, adj_8);
            wp::adj_float(var_2, adj_2, adj_7);
            wp::adj_address(var_sums, var_0, adj_sums, adj_0, adj_6);
            // adj: means[k] = sums[k] / float(c)                                                 <L 61>
        }
        // adj: if c > 0:                                                                         <L 60>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
        // adj: c = counts[k]                                                                     <L 59>
        // adj: k = wp.tid()                                                                      <L 58>
        // adj: def normalize_groups(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), means: wp.array(dtype=wp.vec3)):  <L 57>
        continue;
    }
}



extern "C" __global__ void run_length_heads_4ce2bd63_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_heads,
    wp::array_t<wp::int32> var_num_runs)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32* var_7;
        bool var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        //---------
        // forward
        // def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):       <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // if i == 0 or keys[i] != keys[i - 1]:                                                   <L 69>
        var_3 = (var_0 == var_2);
        var_1 = var_3;
        if (!var_1) {
            var_4 = wp::address(var_keys, var_0);
            var_6 = wp::sub(var_0, var_5);
            var_7 = wp::address(var_keys, var_6);
            var_9 = wp::load(var_4);
            var_10 = wp::load(var_7);
            var_8 = (var_9 != var_10);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // heads[i] = 1                                                                       <L 70>
            wp::array_store(var_heads, var_0, var_11);
            // wp.atomic_add(num_runs, 0, 1)                                                      <L 71>
            var_14 = wp::atomic_add(var_num_runs, var_12, var_13);
        }
        if (!var_1) {
            // heads[i] = 0                                                                       <L 73>
            wp::array_store(var_heads, var_0, var_15);
        }
    }
}



extern "C" __global__ void run_length_heads_4ce2bd63_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_heads,
    wp::array_t<wp::int32> var_num_runs,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_heads,
    wp::array_t<wp::int32> adj_num_runs)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32* var_7;
        bool var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
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
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):       <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // if i == 0 or keys[i] != keys[i - 1]:                                                   <L 69>
        var_3 = (var_0 == var_2);
        var_1 = var_3;
        if (!var_1) {
            var_4 = wp::address(var_keys, var_0);
            var_6 = wp::sub(var_0, var_5);
            var_7 = wp::address(var_keys, var_6);
            var_9 = wp::load(var_4);
            var_10 = wp::load(var_7);
            var_8 = (var_9 != var_10);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // heads[i] = 1                                                                       <L 70>
            // wp::array_store(var_heads, var_0, var_11);
            // wp.atomic_add(num_runs, 0, 1)                                                      <L 71>
            // var_14 = wp::atomic_add(var_num_runs, var_12, var_13);
        }
        if (!var_1) {
            // heads[i] = 0                                                                       <L 73>
            // wp::array_store(var_heads, var_0, var_15);
        }
        //---------
        // reverse
        if (!var_1) {
            wp::adj_array_store(var_heads, var_0, var_15, adj_heads, adj_0, adj_15);
            // adj: heads[i] = 0                                                                  <L 73>
        }
        if (var_1) {
            wp::adj_atomic_add(var_num_runs, var_12, var_13, adj_num_runs, adj_12, adj_13, adj_14);
            // adj: wp.atomic_add(num_runs, 0, 1)                                                 <L 71>
            wp::adj_array_store(var_heads, var_0, var_11, adj_heads, adj_0, adj_11);
            // adj: heads[i] = 1                                                                  <L 70>
        }
        if (!var_1) {
            wp::adj_address(var_keys, var_6, adj_keys, adj_6, adj_7);
            wp::adj_sub(var_0, var_5, adj_0, adj_5, adj_6);
            wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_4);
        }
        // adj: if i == 0 or keys[i] != keys[i - 1]:                                              <L 69>
        // adj: i = wp.tid()                                                                      <L 68>
        // adj: def run_length_heads(keys: wp.array(dtype=int), heads: wp.array(dtype=int), num_runs: wp.array(dtype=int)):  <L 67>
        continue;
    }
}

