
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


// corpus/060_bitonic_sort.py:6
static CUDA_CALLABLE void compare_swap_keys_0(
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_i,
    wp::int32 var_j,
    bool var_ascending)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    bool var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    //---------
    // forward
    // def compare_swap_keys(keys: wp.array(dtype=float), vals: wp.array(dtype=int), i: int, j: int, ascending: bool):       <L 7>
    // a = keys[i]                                                                            <L 8>
    var_0 = wp::address(var_keys, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // b = keys[j]                                                                            <L 9>
    var_3 = wp::address(var_keys, var_j);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if (a > b) == ascending:                                                               <L 10>
    var_6 = (var_1 > var_4);
    var_7 = (var_6 == var_ascending);
    if (var_7) {
        // keys[i] = b                                                                        <L 11>
        wp::array_store(var_keys, var_i, var_4);
        // keys[j] = a                                                                        <L 12>
        wp::array_store(var_keys, var_j, var_1);
        // tmp = vals[i]                                                                      <L 13>
        var_8 = wp::address(var_vals, var_i);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // vals[i] = vals[j]                                                                  <L 14>
        var_11 = wp::address(var_vals, var_j);
        var_12 = wp::load(var_11);
        wp::array_store(var_vals, var_i, var_12);
        // vals[j] = tmp                                                                      <L 15>
        wp::array_store(var_vals, var_j, var_9);
    }
}


// corpus/060_bitonic_sort.py:6
static CUDA_CALLABLE void adj_compare_swap_keys_0(
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_i,
    wp::int32 var_j,
    bool var_ascending,
    wp::array_t<wp::float32> & adj_keys,
    wp::array_t<wp::int32> & adj_vals,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    bool & adj_ascending)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void bitonic_step_aa07371f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_k,
    wp::int32 var_j)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        //---------
        // forward
        // def bitonic_step(keys: wp.array(dtype=float), vals: wp.array(dtype=int), k: int, j: int):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // partner = i ^ j                                                                        <L 21>
        var_1 = wp::bit_xor(var_0, var_j);
        // if partner <= i:                                                                       <L 22>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 23>
            continue;
        }
        // if partner >= keys.shape[0]:                                                           <L 24>
        var_3 = &(var_keys.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_1 >= var_5);
        if (var_7) {
            // return                                                                             <L 25>
            continue;
        }
        // ascending = (i & k) == 0                                                               <L 26>
        var_8 = wp::bit_and(var_0, var_k);
        var_10 = (var_8 == var_9);
        // compare_swap_keys(keys, vals, i, partner, ascending)                                   <L 27>
        compare_swap_keys_0(var_keys, var_vals, var_0, var_1, var_10);
    }
}



extern "C" __global__ void pad_to_pow2_65689dd1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_n)
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
        const wp::float32 var_2 = 3.4e+38;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = -1;
        //---------
        // forward
        // def pad_to_pow2(keys: wp.array(dtype=float), vals: wp.array(dtype=int), n: int):       <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // if i >= n:                                                                             <L 33>
        var_1 = (var_0 >= var_n);
        if (var_1) {
            // keys[i] = 3.4e38                                                                   <L 34>
            wp::array_store(var_keys, var_0, var_2);
            // vals[i] = -1                                                                       <L 35>
            wp::array_store(var_vals, var_0, var_4);
        }
    }
}



extern "C" __global__ void odd_even_transposition_10f77f8c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_keys,
    wp::int32 var_phase,
    wp::array_t<wp::int32> var_swaps)
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
        const wp::int32 var_1 = 2;
        wp::int32 var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        bool var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        //---------
        // forward
        // def odd_even_transposition(keys: wp.array(dtype=int), phase: int, swaps: wp.array(dtype=int)):       <L 39>
        // t = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // i = 2 * t + (phase & 1)                                                                <L 41>
        var_2 = wp::mul(var_1, var_0);
        var_4 = wp::bit_and(var_phase, var_3);
        var_5 = wp::add(var_2, var_4);
        // if i + 1 >= keys.shape[0]:                                                             <L 42>
        var_7 = wp::add(var_5, var_6);
        var_8 = &(var_keys.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = (var_7 >= var_10);
        if (var_12) {
            // return                                                                             <L 43>
            continue;
        }
        // a = keys[i]                                                                            <L 44>
        var_13 = wp::address(var_keys, var_5);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // b = keys[i + 1]                                                                        <L 45>
        var_17 = wp::add(var_5, var_16);
        var_18 = wp::address(var_keys, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // if a > b:                                                                              <L 46>
        var_21 = (var_14 > var_19);
        if (var_21) {
            // keys[i] = b                                                                        <L 47>
            wp::array_store(var_keys, var_5, var_19);
            // keys[i + 1] = a                                                                    <L 48>
            var_23 = wp::add(var_5, var_22);
            wp::array_store(var_keys, var_23, var_14);
            // wp.atomic_add(swaps, 0, 1)                                                         <L 49>
            var_26 = wp::atomic_add(var_swaps, var_24, var_25);
        }
    }
}



extern "C" __global__ void check_sorted_d52ad3b8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_violations,
    wp::array_t<wp::int32> var_first_bad)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32* var_6;
        bool var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        //---------
        // forward
        // def check_sorted(keys: wp.array(dtype=float), violations: wp.array(dtype=int), first_bad: wp.array(dtype=int)):       <L 53>
        // i = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // if i == 0:                                                                             <L 55>
        var_2 = (var_0 == var_1);
        if (var_2) {
            // return                                                                             <L 56>
            continue;
        }
        // if keys[i - 1] > keys[i]:                                                              <L 57>
        var_4 = wp::sub(var_0, var_3);
        var_5 = wp::address(var_keys, var_4);
        var_6 = wp::address(var_keys, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = (var_8 > var_9);
        if (var_7) {
            // wp.atomic_add(violations, 0, 1)                                                    <L 58>
            var_12 = wp::atomic_add(var_violations, var_10, var_11);
            // wp.atomic_min(first_bad, 0, i)                                                     <L 59>
            var_14 = wp::atomic_min(var_first_bad, var_13, var_0);
        }
    }
}



extern "C" __global__ void insertion_sort_rows_2ee8d112_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_data)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 1;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::float32* var_15;
        bool var_16;
        wp::float32 var_17;
        bool var_18;
        wp::float32* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        //---------
        // forward
        // def insertion_sort_rows(data: wp.array2d(dtype=float)):                                <L 63>
        // r = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // n = data.shape[1]                                                                      <L 65>
        var_1 = &(var_data.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // for i in range(1, n):                                                                  <L 66>
        var_6 = wp::range(var_5, var_3);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // key = data[r, i]                                                                   <L 67>
            var_8 = wp::address(var_data, var_0, var_7);
            var_10 = wp::load(var_8);
            var_9 = wp::copy(var_10);
            // j = i - 1                                                                          <L 68>
            var_12 = wp::sub(var_7, var_11);
            // while j >= 0 and data[r, j] > key:                                                 <L 69>
        start_while_2:;
            var_14 = (var_12 >= var_13);
            var_15 = wp::address(var_data, var_0, var_12);
            var_17 = wp::load(var_15);
            var_16 = (var_17 > var_9);
            var_18 = var_14 && var_16;
        if ((var_18) == false) goto end_while_2;
                // data[r, j + 1] = data[r, j]                                                    <L 70>
                var_19 = wp::address(var_data, var_0, var_12);
                var_21 = wp::add(var_12, var_20);
                var_22 = wp::load(var_19);
                wp::array_store(var_data, var_0, var_21, var_22);
                // j -= 1                                                                         <L 71>
                var_25 = wp::sub(var_12, var_24);
                wp::assign(var_12, var_25);
        goto start_while_2;
        end_while_2:;
            // data[r, j + 1] = key                                                               <L 72>
            var_27 = wp::add(var_12, var_26);
            wp::array_store(var_data, var_0, var_27, var_9);
            goto start_for_0;
        end_for_0:;
    }
}

