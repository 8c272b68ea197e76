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


// corpus/059_cellular_automata_1d.py:6
static CUDA_CALLABLE wp::uint32 get_bit_0(
    wp::array_t<wp::uint32> var_words,
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 5;
    wp::int32 var_3;
    wp::uint32* var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    const wp::int32 var_7 = 31;
    wp::int32 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 1;
    wp::uint32 var_12;
    wp::uint32 var_13;
    //---------
    // forward
    // def get_bit(words: wp.array(dtype=wp.uint32), i: int, n: int) -> wp.uint32:            <L 7>
    // j = (i + n) % n                                                                        <L 8>
    var_0 = wp::add(var_i, var_n);
    var_1 = wp::mod(var_0, var_n);
    // w = words[j >> 5]                                                                      <L 9>
    var_3 = wp::rshift(var_1, var_2);
    var_4 = wp::address(var_words, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // return (w >> wp.uint32(j & 31)) & wp.uint32(1)                                         <L 10>
    var_8 = wp::bit_and(var_1, var_7);
    var_9 = wp::uint32(var_8);
    var_10 = wp::rshift(var_5, var_9);
    var_12 = wp::uint32(var_11);
    var_13 = wp::bit_and(var_10, var_12);
    return var_13;
}


// corpus/059_cellular_automata_1d.py:13
static CUDA_CALLABLE wp::uint32 apply_rule_0(
    wp::uint32 var_rule,
    wp::uint32 var_l,
    wp::uint32 var_c,
    wp::uint32 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 1;
    wp::uint32 var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint32 var_10;
    wp::uint32 var_11;
    //---------
    // forward
    // def apply_rule(rule: wp.uint32, l: wp.uint32, c: wp.uint32, r: wp.uint32) -> wp.uint32:       <L 14>
    // pattern = (l << wp.uint32(2)) | (c << wp.uint32(1)) | r                                <L 15>
    var_1 = wp::uint32(var_0);
    var_2 = wp::lshift(var_l, var_1);
    var_4 = wp::uint32(var_3);
    var_5 = wp::lshift(var_c, var_4);
    var_6 = wp::bit_or(var_2, var_5);
    var_7 = wp::bit_or(var_6, var_r);
    // return (rule >> pattern) & wp.uint32(1)                                                <L 16>
    var_8 = wp::rshift(var_rule, var_7);
    var_10 = wp::uint32(var_9);
    var_11 = wp::bit_and(var_8, var_10);
    return var_11;
}


// corpus/059_cellular_automata_1d.py:6
static CUDA_CALLABLE void adj_get_bit_0(
    wp::array_t<wp::uint32> var_words,
    wp::int32 var_i,
    wp::int32 var_n,
    wp::array_t<wp::uint32> & adj_words,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/059_cellular_automata_1d.py:13
static CUDA_CALLABLE void adj_apply_rule_0(
    wp::uint32 var_rule,
    wp::uint32 var_l,
    wp::uint32 var_c,
    wp::uint32 var_r,
    wp::uint32 & adj_rule,
    wp::uint32 & adj_l,
    wp::uint32 & adj_c,
    wp::uint32 & adj_r,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void step_rule_40e7b937_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint32> var_src,
    wp::array_t<wp::uint32> var_dst,
    wp::int32 var_n,
    wp::uint32 var_rule)
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
        wp::uint32 var_2;
        const wp::int32 var_3 = 32;
        wp::range_t var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 32;
        wp::int32 var_7;
        wp::int32 var_8;
        bool var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::uint32 var_12;
        wp::uint32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        wp::uint32 var_18;
        wp::uint32 var_19;
        wp::uint32 var_20;
        //---------
        // forward
        // def step_rule(src: wp.array(dtype=wp.uint32), dst: wp.array(dtype=wp.uint32), n: int, rule: wp.uint32):       <L 20>
        // word = wp.tid()                                                                        <L 21>
        var_0 = builtin_tid1d();
        // out = wp.uint32(0)                                                                     <L 22>
        var_2 = wp::uint32(var_1);
        // for b in range(32):                                                                    <L 23>
        var_4 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // i = word * 32 + b                                                                  <L 24>
            var_7 = wp::mul(var_0, var_6);
            var_8 = wp::add(var_7, var_5);
            // if i >= n:                                                                         <L 25>
            var_9 = (var_8 >= var_n);
            if (var_9) {
                // break                                                                          <L 26>
                goto end_for_0;
            }
            // l = get_bit(src, i - 1, n)                                                         <L 27>
            var_11 = wp::sub(var_8, var_10);
            var_12 = get_bit_0(var_src, var_11, var_n);
            // c = get_bit(src, i, n)                                                             <L 28>
            var_13 = get_bit_0(var_src, var_8, var_n);
            // r = get_bit(src, i + 1, n)                                                         <L 29>
            var_15 = wp::add(var_8, var_14);
            var_16 = get_bit_0(var_src, var_15, var_n);
            // bit = apply_rule(rule, l, c, r)                                                    <L 30>
            var_17 = apply_rule_0(var_rule, var_12, var_13, var_16);
            // out = out | (bit << wp.uint32(b))                                                  <L 31>
            var_18 = wp::uint32(var_5);
            var_19 = wp::lshift(var_17, var_18);
            var_20 = wp::bit_or(var_2, var_19);
            wp::assign(var_2, var_20);
            goto start_for_0;
        end_for_0:;
        // dst[word] = out                                                                        <L 32>
        wp::array_store(var_dst, var_0, var_2);
    }
}



extern "C" __global__ void run_generations_9a561172_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_rows,
    wp::int32 var_rule,
    wp::int32 var_generations)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::uint8* var_18;
        wp::int32 var_19;
        wp::uint8 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::uint8* var_23;
        wp::int32 var_24;
        wp::uint8 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::uint8* var_31;
        wp::int32 var_32;
        wp::uint8 var_33;
        const wp::int32 var_34 = 4;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::uint8 var_43;
        //---------
        // forward
        // def run_generations(rows: wp.array2d(dtype=wp.uint8), rule: int, generations: int):       <L 36>
        // tid = wp.tid()                                                                         <L 37>
        var_0 = builtin_tid1d();
        // if tid != 0:                                                                           <L 38>
        var_2 = (var_0 != var_1);
        if (var_2) {
            // return                                                                             <L 39>
            continue;
        }
        // n = rows.shape[1]                                                                      <L 40>
        var_3 = &(var_rows.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // for g in range(1, generations):                                                        <L 41>
        var_8 = wp::range(var_7, var_generations);
        start_for_1:;
            if (iter_cmp(var_8) == 0) goto end_for_1;
            var_9 = wp::iter_next(var_8);
            // for i in range(n):                                                                 <L 42>
            var_10 = wp::range(var_5);
            start_for_3:;
                if (iter_cmp(var_10) == 0) goto end_for_3;
                var_11 = wp::iter_next(var_10);
                // l = int(rows[g - 1, (i - 1 + n) % n])                                          <L 43>
                var_13 = wp::sub(var_9, var_12);
                var_15 = wp::sub(var_11, var_14);
                var_16 = wp::add(var_15, var_5);
                var_17 = wp::mod(var_16, var_5);
                var_18 = wp::address(var_rows, var_13, var_17);
                var_20 = wp::load(var_18);
                var_19 = wp::int(var_20);
                // c = int(rows[g - 1, i])                                                        <L 44>
                var_22 = wp::sub(var_9, var_21);
                var_23 = wp::address(var_rows, var_22, var_11);
                var_25 = wp::load(var_23);
                var_24 = wp::int(var_25);
                // r = int(rows[g - 1, (i + 1) % n])                                              <L 45>
                var_27 = wp::sub(var_9, var_26);
                var_29 = wp::add(var_11, var_28);
                var_30 = wp::mod(var_29, var_5);
                var_31 = wp::address(var_rows, var_27, var_30);
                var_33 = wp::load(var_31);
                var_32 = wp::int(var_33);
                // idx = l * 4 + c * 2 + r                                                        <L 46>
                var_35 = wp::mul(var_19, var_34);
                var_37 = wp::mul(var_24, var_36);
                var_38 = wp::add(var_35, var_37);
                var_39 = wp::add(var_38, var_32);
                // rows[g, i] = wp.uint8((rule >> idx) & 1)                                       <L 47>
                var_40 = wp::rshift(var_rule, var_39);
                var_42 = wp::bit_and(var_40, var_41);
                var_43 = wp::uint8(var_42);
                wp::array_store(var_rows, var_9, var_11, var_43);
                goto start_for_3;
            end_for_3:;
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void density_per_row_f99eca22_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_rows,
    wp::array_t<wp::float32> var_density)
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
        wp::uint8* var_2;
        const wp::int32 var_3 = 0;
        wp::uint8 var_4;
        bool var_5;
        wp::uint8 var_6;
        const wp::float32 var_7 = 1.0;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def density_per_row(rows: wp.array2d(dtype=wp.uint8), density: wp.array(dtype=float)):       <L 51>
        // g, i = wp.tid()                                                                        <L 52>
        builtin_tid2d(var_0, var_1);
        // if rows[g, i] != wp.uint8(0):                                                          <L 53>
        var_2 = wp::address(var_rows, var_0, var_1);
        var_4 = wp::uint8(var_3);
        var_6 = wp::load(var_2);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // wp.atomic_add(density, g, 1.0 / float(rows.shape[1]))                              <L 54>
            var_8 = &(var_rows.shape);
            var_11 = wp::load(var_8);
            var_10 = wp::extract(var_11, var_9);
            var_12 = wp::float(var_10);
            var_13 = wp::div(var_7, var_12);
            var_14 = wp::atomic_add(var_density, var_0, var_13);
        }
    }
}

