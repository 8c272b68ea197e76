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


// corpus/030_prefix_scan_blocks.py:6
static CUDA_CALLABLE void block_range_0(
    wp::int32 var_b,
    wp::int32 var_block,
    wp::int32 var_n,
    wp::int32 & ret_0,
    wp::int32 & ret_1)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    //---------
    // forward
    // def block_range(b: int, block: int, n: int):                                           <L 7>
    // start = b * block                                                                      <L 8>
    var_0 = wp::mul(var_b, var_block);
    // end = wp.min(start + block, n)                                                         <L 9>
    var_1 = wp::add(var_0, var_block);
    var_2 = wp::min(var_1, var_n);
    // return start, end                                                                      <L 10>
    ret_0 = var_0;
    ret_1 = var_2;
    return;
}


// corpus/030_prefix_scan_blocks.py:6
static CUDA_CALLABLE void adj_block_range_0(
    wp::int32 var_b,
    wp::int32 var_block,
    wp::int32 var_n,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & adj_b,
    wp::int32 & adj_block,
    wp::int32 & adj_n,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void block_reduce_0268fd24_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::int32 var_block,
    wp::array_t<wp::int32> var_block_sums)
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
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        //---------
        // forward
        // def block_reduce(values: wp.array(dtype=int), block: int, block_sums: wp.array(dtype=int)):       <L 14>
        // b = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // start, end = block_range(b, block, values.shape[0])                                    <L 16>
        var_1 = &(var_values.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        block_range_0(var_0, var_block, var_3, var_5, var_6);
        // s = int(0)                                                                             <L 17>
        var_8 = wp::int(var_7);
        // for i in range(start, end):                                                            <L 18>
        var_9 = wp::range(var_5, var_6);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // s += values[i]                                                                     <L 19>
            var_11 = wp::address(var_values, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::add(var_8, var_13);
            wp::assign(var_8, var_12);
            goto start_for_0;
        end_for_0:;
        // block_sums[b] = s                                                                      <L 20>
        wp::array_store(var_block_sums, var_0, var_8);
    }
}



extern "C" __global__ void scan_block_sums_ba1788d6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_block_sums,
    wp::array_t<wp::int32> var_block_offsets,
    wp::int32 var_num_blocks,
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        //---------
        // forward
        // def scan_block_sums(block_sums: wp.array(dtype=int), block_offsets: wp.array(dtype=int), num_blocks: int, total: wp.array(dtype=int)):       <L 24>
        // acc = int(0)                                                                           <L 25>
        var_1 = wp::int(var_0);
        // for b in range(num_blocks):                                                            <L 26>
        var_2 = wp::range(var_num_blocks);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // block_offsets[b] = acc                                                             <L 27>
            wp::array_store(var_block_offsets, var_3, var_1);
            // acc += block_sums[b]                                                               <L 28>
            var_4 = wp::address(var_block_sums, var_3);
            var_6 = wp::load(var_4);
            var_5 = wp::add(var_1, var_6);
            wp::assign(var_1, var_5);
            goto start_for_0;
        end_for_0:;
        // total[0] = acc                                                                         <L 29>
        wp::array_store(var_total, var_7, var_1);
    }
}



extern "C" __global__ void block_scan_inclusive_8aec0ece_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::int32 var_block,
    wp::array_t<wp::int32> var_block_offsets,
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        //---------
        // forward
        // def block_scan_inclusive(values: wp.array(dtype=int), block: int, block_offsets: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 33>
        // b = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // start, end = block_range(b, block, values.shape[0])                                    <L 35>
        var_1 = &(var_values.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        block_range_0(var_0, var_block, var_3, var_5, var_6);
        // acc = block_offsets[b]                                                                 <L 36>
        var_7 = wp::address(var_block_offsets, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // for i in range(start, end):                                                            <L 37>
        var_10 = wp::range(var_5, var_6);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // acc += values[i]                                                                   <L 38>
            var_12 = wp::address(var_values, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_8, var_14);
            // out[i] = acc                                                                       <L 39>
            wp::array_store(var_out, var_11, var_13);
            wp::assign(var_8, var_13);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void scan_float_exclusive_d3348336_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::int32 var_block,
    wp::array_t<wp::float32> var_block_offsets,
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        bool var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        //---------
        // forward
        // def scan_float_exclusive(values: wp.array(dtype=float), block: int, block_offsets: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 43>
        // b = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // start, end = block_range(b, block, values.shape[0])                                    <L 45>
        var_1 = &(var_values.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        block_range_0(var_0, var_block, var_3, var_5, var_6);
        // acc = block_offsets[b]                                                                 <L 46>
        var_7 = wp::address(var_block_offsets, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // i = start                                                                              <L 47>
        var_10 = wp::copy(var_5);
        // while i < end:                                                                         <L 48>
        start_while_0:;
        var_11 = (var_10 < var_6);
        if ((var_11) == false) goto end_while_0;
            // out[i] = acc                                                                       <L 49>
            wp::array_store(var_out, var_10, var_8);
            // acc += values[i]                                                                   <L 50>
            var_12 = wp::address(var_values, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_8, var_14);
            // i += 1                                                                             <L 51>
            var_16 = wp::add(var_10, var_15);
            wp::assign(var_8, var_13);
            wp::assign(var_10, var_16);
        goto start_while_0;
        end_while_0:;
    }
}



extern "C" __global__ void segmented_offsets_5e1de246_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::int32> var_segment_id,
    wp::array_t<wp::int32> var_seg_starts)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        const wp::int32 var_3 = -1;
        wp::int32 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        bool var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        //---------
        // forward
        // def segmented_offsets(flags: wp.array(dtype=int), segment_id: wp.array(dtype=int), seg_starts: wp.array(dtype=int)):       <L 55>
        // tid = wp.tid()                                                                         <L 56>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 57>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 58>
            continue;
        }
        // seg = int(-1)                                                                          <L 59>
        var_4 = wp::int(var_3);
        // for i in range(flags.shape[0]):                                                        <L 60>
        var_5 = &(var_flags.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::range(var_7);
        start_for_1:;
            if (iter_cmp(var_9) == 0) goto end_for_1;
            var_10 = wp::iter_next(var_9);
            // if flags[i] != 0 or i == 0:                                                        <L 61>
            var_12 = wp::address(var_flags, var_10);
            var_15 = wp::load(var_12);
            var_14 = (var_15 != var_13);
            var_11 = var_14;
            if (!var_11) {
                var_17 = (var_10 == var_16);
                var_11 = var_11 || var_17;
            }
            if (var_11) {
                // seg += 1                                                                       <L 62>
                var_19 = wp::add(var_4, var_18);
                // seg_starts[seg] = i                                                            <L 63>
                wp::array_store(var_seg_starts, var_19, var_10);
            }
            var_20 = wp::where(var_11, var_19, var_4);
            // segment_id[i] = seg                                                                <L 64>
            wp::array_store(var_segment_id, var_10, var_20);
            wp::assign(var_4, var_20);
            goto start_for_1;
        end_for_1:;
    }
}

