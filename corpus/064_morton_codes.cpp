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


// corpus/064_morton_codes.py:27
static wp::vec_t<3, wp::float32> quantize_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::float32 var_levels)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // forward
    // def quantize(p: wp.vec3, lo: wp.vec3, hi: wp.vec3, levels: float) -> wp.vec3:          <L 28>
    // t = wp.cw_div(p - lo, hi - lo)                                                         <L 29>
    var_0 = wp::sub(var_p, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::cw_div(var_0, var_1);
    // return wp.vec3(wp.clamp(t[0] * levels, 0.0, levels - 1.0), wp.clamp(t[1] * levels, 0.0, levels - 1.0), wp.clamp(t[2] * levels, 0.0, levels - 1.0))       <L 30>
    var_4 = wp::extract(var_2, var_3);
    var_5 = wp::mul(var_4, var_levels);
    var_8 = wp::sub(var_levels, var_7);
    var_9 = wp::clamp(var_5, var_6, var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::mul(var_11, var_levels);
    var_15 = wp::sub(var_levels, var_14);
    var_16 = wp::clamp(var_12, var_13, var_15);
    var_18 = wp::extract(var_2, var_17);
    var_19 = wp::mul(var_18, var_levels);
    var_22 = wp::sub(var_levels, var_21);
    var_23 = wp::clamp(var_19, var_20, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_9, var_16, var_23);
    return var_24;
}


// corpus/064_morton_codes.py:6
static wp::uint32 expand_bits_10_0(
    wp::uint32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1023;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 16;
    wp::uint32 var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    const wp::int32 var_7 = 50331903;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 8;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 50393103;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 4;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::uint32 var_20;
    const wp::int32 var_21 = 51130563;
    wp::uint32 var_22;
    wp::uint32 var_23;
    const wp::int32 var_24 = 2;
    wp::uint32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 153391689;
    wp::uint32 var_29;
    wp::uint32 var_30;
    //---------
    // forward
    // def expand_bits_10(v: wp.uint32) -> wp.uint32:                                         <L 7>
    // x = v & wp.uint32(0x3FF)                                                               <L 8>
    var_1 = wp::uint32(var_0);
    var_2 = wp::bit_and(var_v, var_1);
    // x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)                                 <L 9>
    var_4 = wp::uint32(var_3);
    var_5 = wp::lshift(var_2, var_4);
    var_6 = wp::bit_or(var_2, var_5);
    var_8 = wp::uint32(var_7);
    var_9 = wp::bit_and(var_6, var_8);
    // x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)                                  <L 10>
    var_11 = wp::uint32(var_10);
    var_12 = wp::lshift(var_9, var_11);
    var_13 = wp::bit_or(var_9, var_12);
    var_15 = wp::uint32(var_14);
    var_16 = wp::bit_and(var_13, var_15);
    // x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)                                  <L 11>
    var_18 = wp::uint32(var_17);
    var_19 = wp::lshift(var_16, var_18);
    var_20 = wp::bit_or(var_16, var_19);
    var_22 = wp::uint32(var_21);
    var_23 = wp::bit_and(var_20, var_22);
    // x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)                                  <L 12>
    var_25 = wp::uint32(var_24);
    var_26 = wp::lshift(var_23, var_25);
    var_27 = wp::bit_or(var_23, var_26);
    var_29 = wp::uint32(var_28);
    var_30 = wp::bit_and(var_27, var_29);
    // return x                                                                               <L 13>
    return var_30;
}


// corpus/064_morton_codes.py:16
static wp::uint64 expand_bits_21_0(
    wp::uint64 var_v)
{
    //---------
    // primal vars
    wp::uint64 var_0;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::uint64 var_11;
    wp::uint64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    wp::uint64 var_15;
    wp::uint64 var_16;
    wp::uint64 var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    wp::uint64 var_21;
    wp::uint64 var_22;
    wp::uint64 var_23;
    wp::uint64 var_24;
    wp::uint64 var_25;
    wp::uint64 var_26;
    //---------
    // forward
    // def expand_bits_21(v: wp.uint64) -> wp.uint64:                                         <L 17>
    // x = v & wp.uint64(0x1FFFFF)                                                            <L 18>
    var_0 = 2097151ull;
    var_1 = wp::bit_and(var_v, var_0);
    // x = (x | (x << wp.uint64(32))) & wp.uint64(0x1F00000000FFFF)                           <L 19>
    var_2 = 32ull;
    var_3 = wp::lshift(var_1, var_2);
    var_4 = wp::bit_or(var_1, var_3);
    var_5 = 8725724278095871ull;
    var_6 = wp::bit_and(var_4, var_5);
    // x = (x | (x << wp.uint64(16))) & wp.uint64(0x1F0000FF0000FF)                           <L 20>
    var_7 = 16ull;
    var_8 = wp::lshift(var_6, var_7);
    var_9 = wp::bit_or(var_6, var_8);
    var_10 = 8725728556220671ull;
    var_11 = wp::bit_and(var_9, var_10);
    // x = (x | (x << wp.uint64(8))) & wp.uint64(0x100F00F00F00F00F)                          <L 21>
    var_12 = 8ull;
    var_13 = wp::lshift(var_11, var_12);
    var_14 = wp::bit_or(var_11, var_13);
    var_15 = 1157144660301377551ull;
    var_16 = wp::bit_and(var_14, var_15);
    // x = (x | (x << wp.uint64(4))) & wp.uint64(0x10C30C30C30C30C3)                          <L 22>
    var_17 = 4ull;
    var_18 = wp::lshift(var_16, var_17);
    var_19 = wp::bit_or(var_16, var_18);
    var_20 = 1207822528635744451ull;
    var_21 = wp::bit_and(var_19, var_20);
    // x = (x | (x << wp.uint64(2))) & wp.uint64(0x1249249249249249)                          <L 23>
    var_22 = 2ull;
    var_23 = wp::lshift(var_21, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = 1317624576693539401ull;
    var_26 = wp::bit_and(var_24, var_25);
    // return x                                                                               <L 24>
    return var_26;
}


// corpus/064_morton_codes.py:27
static void adj_quantize_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::float32 var_levels,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_lo,
    wp::vec_t<3, wp::float32> & adj_hi,
    wp::float32 & adj_levels,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/064_morton_codes.py:6
static void adj_expand_bits_10_0(
    wp::uint32 var_v,
    wp::uint32 & adj_v,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/064_morton_codes.py:16
static void adj_expand_bits_21_0(
    wp::uint64 var_v,
    wp::uint64 & adj_v,
    wp::uint64 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_morton30_8b16752e {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<wp::uint32> codes;
};


void morton30_8b16752e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_morton30_8b16752e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::uint32> var_codes = _wp_args->codes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 1024.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::uint32 var_13;
    wp::uint32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::uint32 var_18;
    wp::uint32 var_19;
    const wp::int32 var_20 = 2;
    wp::uint32 var_21;
    wp::uint32 var_22;
    const wp::int32 var_23 = 1;
    wp::uint32 var_24;
    wp::uint32 var_25;
    wp::uint32 var_26;
    wp::uint32 var_27;
    //---------
    // forward
    // def morton30(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, codes: wp.array(dtype=wp.uint32)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // q = quantize(points[i], lo, hi, 1024.0)                                                <L 36>
    var_1 = wp::address(var_points, var_0);
    var_4 = wp::load(var_1);
    var_3 = quantize_0(var_4, var_lo, var_hi, var_2);
    // xx = expand_bits_10(wp.uint32(int(q[0])))                                              <L 37>
    var_6 = wp::extract(var_3, var_5);
    var_7 = wp::int(var_6);
    var_8 = wp::uint32(var_7);
    var_9 = expand_bits_10_0(var_8);
    // yy = expand_bits_10(wp.uint32(int(q[1])))                                              <L 38>
    var_11 = wp::extract(var_3, var_10);
    var_12 = wp::int(var_11);
    var_13 = wp::uint32(var_12);
    var_14 = expand_bits_10_0(var_13);
    // zz = expand_bits_10(wp.uint32(int(q[2])))                                              <L 39>
    var_16 = wp::extract(var_3, var_15);
    var_17 = wp::int(var_16);
    var_18 = wp::uint32(var_17);
    var_19 = expand_bits_10_0(var_18);
    // codes[i] = (xx << wp.uint32(2)) | (yy << wp.uint32(1)) | zz                            <L 40>
    var_21 = wp::uint32(var_20);
    var_22 = wp::lshift(var_9, var_21);
    var_24 = wp::uint32(var_23);
    var_25 = wp::lshift(var_14, var_24);
    var_26 = wp::bit_or(var_22, var_25);
    var_27 = wp::bit_or(var_26, var_19);
    wp::array_store(var_codes, var_0, var_27);
}



extern "C" {

// Python CPU entry points
WP_API void morton30_8b16752e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_morton30_8b16752e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        morton30_8b16752e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_morton63_f1a81900 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<wp::uint64> codes;
};


void morton63_f1a81900_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_morton63_f1a81900 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::uint64> var_codes = _wp_args->codes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 2097152.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::int32 var_7;
    wp::uint64 var_8;
    wp::uint64 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    wp::uint64 var_21;
    wp::uint64 var_22;
    wp::uint64 var_23;
    wp::uint64 var_24;
    wp::uint64 var_25;
    //---------
    // forward
    // def morton63(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, codes: wp.array(dtype=wp.uint64)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // q = quantize(points[i], lo, hi, 2097152.0)                                             <L 46>
    var_1 = wp::address(var_points, var_0);
    var_4 = wp::load(var_1);
    var_3 = quantize_0(var_4, var_lo, var_hi, var_2);
    // xx = expand_bits_21(wp.uint64(int(q[0])))                                              <L 47>
    var_6 = wp::extract(var_3, var_5);
    var_7 = wp::int(var_6);
    var_8 = wp::uint64(var_7);
    var_9 = expand_bits_21_0(var_8);
    // yy = expand_bits_21(wp.uint64(int(q[1])))                                              <L 48>
    var_11 = wp::extract(var_3, var_10);
    var_12 = wp::int(var_11);
    var_13 = wp::uint64(var_12);
    var_14 = expand_bits_21_0(var_13);
    // zz = expand_bits_21(wp.uint64(int(q[2])))                                              <L 49>
    var_16 = wp::extract(var_3, var_15);
    var_17 = wp::int(var_16);
    var_18 = wp::uint64(var_17);
    var_19 = expand_bits_21_0(var_18);
    // codes[i] = (xx << wp.uint64(2)) | (yy << wp.uint64(1)) | zz                            <L 50>
    var_20 = 2ull;
    var_21 = wp::lshift(var_9, var_20);
    var_22 = 1ull;
    var_23 = wp::lshift(var_14, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = wp::bit_or(var_24, var_19);
    wp::array_store(var_codes, var_0, var_25);
}



extern "C" {

// Python CPU entry points
WP_API void morton63_f1a81900_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_morton63_f1a81900 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        morton63_f1a81900_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_common_prefix_b4081417 {
    wp::array_t<wp::uint32> codes;
    wp::array_t<wp::int32> lengths;
};


void common_prefix_b4081417_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_common_prefix_b4081417 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_codes = _wp_args->codes;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
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
    const wp::int32 var_8 = -1;
    wp::uint32* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::uint32* var_12;
    wp::uint32 var_13;
    wp::uint32 var_14;
    wp::uint32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    const wp::int32 var_18 = 2147483648;
    wp::uint32 var_19;
    bool var_20;
    const wp::int32 var_21 = 32;
    bool var_22;
    wp::uint32 var_23;
    const wp::int32 var_24 = 0;
    wp::uint32 var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::uint32 var_30;
    wp::uint32 var_31;
    //---------
    // forward
    // def common_prefix(codes: wp.array(dtype=wp.uint32), lengths: wp.array(dtype=int)):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // if i + 1 >= codes.shape[0]:                                                            <L 56>
    var_2 = wp::add(var_0, var_1);
    var_3 = &(var_codes.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = (var_2 >= var_5);
    if (var_7) {
        // lengths[i] = -1                                                                    <L 57>
        wp::array_store(var_lengths, var_0, var_8);
        // return                                                                             <L 58>
        return;
    }
    // x = codes[i] ^ codes[i + 1]                                                            <L 59>
    var_9 = wp::address(var_codes, var_0);
    var_11 = wp::add(var_0, var_10);
    var_12 = wp::address(var_codes, var_11);
    var_14 = wp::load(var_9);
    var_15 = wp::load(var_12);
    var_13 = wp::bit_xor(var_14, var_15);
    // n = int(0)                                                                             <L 60>
    var_17 = wp::int(var_16);
    // bit = wp.uint32(0x80000000)                                                            <L 61>
    var_19 = wp::uint32(var_18);
    // while n < 32 and (x & bit) == wp.uint32(0):                                            <L 62>
    start_while_1:;
    var_22 = (var_17 < var_21);
    var_20 = var_22;
    if (var_20) {
        var_23 = wp::bit_and(var_13, var_19);
        var_25 = wp::uint32(var_24);
        var_26 = (var_23 == var_25);
        var_20 = var_20 && var_26;
    }
    if ((var_20) == false) goto end_while_1;
        // n += 1                                                                             <L 63>
        var_28 = wp::add(var_17, var_27);
        // bit = bit >> wp.uint32(1)                                                          <L 64>
        var_30 = wp::uint32(var_29);
        var_31 = wp::rshift(var_19, var_30);
        wp::assign(var_17, var_28);
        wp::assign(var_19, var_31);
    goto start_while_1;
    end_while_1:;
    // lengths[i] = n                                                                         <L 65>
    wp::array_store(var_lengths, var_0, var_17);
}



extern "C" {

// Python CPU entry points
WP_API void common_prefix_b4081417_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_common_prefix_b4081417 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        common_prefix_b4081417_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_decode_morton30_6f353352 {
    wp::array_t<wp::uint32> codes;
    wp::array_t<wp::vec_t<3, wp::int32>> cells;
};


void decode_morton30_6f353352_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_decode_morton30_6f353352 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_codes = _wp_args->codes;
    wp::array_t<wp::vec_t<3, wp::int32>> var_cells = _wp_args->cells;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 3;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::int32 var_14;
    wp::uint32 var_15;
    wp::uint32 var_16;
    const wp::int32 var_17 = 1;
    wp::uint32 var_18;
    wp::uint32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 3;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::uint32 var_27;
    wp::uint32 var_28;
    const wp::int32 var_29 = 1;
    wp::uint32 var_30;
    wp::uint32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 3;
    wp::int32 var_36;
    wp::uint32 var_37;
    wp::uint32 var_38;
    const wp::int32 var_39 = 1;
    wp::uint32 var_40;
    wp::uint32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 3;
    wp::int32 var_47;
    const wp::int32 var_48 = 2;
    wp::int32 var_49;
    wp::uint32 var_50;
    wp::uint32 var_51;
    const wp::int32 var_52 = 1;
    wp::uint32 var_53;
    wp::uint32 var_54;
    wp::int32 var_55;
    wp::int32 var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 3;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::uint32 var_62;
    wp::uint32 var_63;
    const wp::int32 var_64 = 1;
    wp::uint32 var_65;
    wp::uint32 var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 3;
    wp::int32 var_71;
    wp::uint32 var_72;
    wp::uint32 var_73;
    const wp::int32 var_74 = 1;
    wp::uint32 var_75;
    wp::uint32 var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    const wp::int32 var_80 = 2;
    const wp::int32 var_81 = 3;
    wp::int32 var_82;
    const wp::int32 var_83 = 2;
    wp::int32 var_84;
    wp::uint32 var_85;
    wp::uint32 var_86;
    const wp::int32 var_87 = 1;
    wp::uint32 var_88;
    wp::uint32 var_89;
    wp::int32 var_90;
    wp::int32 var_91;
    wp::int32 var_92;
    const wp::int32 var_93 = 3;
    wp::int32 var_94;
    const wp::int32 var_95 = 1;
    wp::int32 var_96;
    wp::uint32 var_97;
    wp::uint32 var_98;
    const wp::int32 var_99 = 1;
    wp::uint32 var_100;
    wp::uint32 var_101;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 3;
    wp::int32 var_106;
    wp::uint32 var_107;
    wp::uint32 var_108;
    const wp::int32 var_109 = 1;
    wp::uint32 var_110;
    wp::uint32 var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    wp::int32 var_114;
    const wp::int32 var_115 = 3;
    const wp::int32 var_116 = 3;
    wp::int32 var_117;
    const wp::int32 var_118 = 2;
    wp::int32 var_119;
    wp::uint32 var_120;
    wp::uint32 var_121;
    const wp::int32 var_122 = 1;
    wp::uint32 var_123;
    wp::uint32 var_124;
    wp::int32 var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 3;
    wp::int32 var_129;
    const wp::int32 var_130 = 1;
    wp::int32 var_131;
    wp::uint32 var_132;
    wp::uint32 var_133;
    const wp::int32 var_134 = 1;
    wp::uint32 var_135;
    wp::uint32 var_136;
    wp::int32 var_137;
    wp::int32 var_138;
    wp::int32 var_139;
    const wp::int32 var_140 = 3;
    wp::int32 var_141;
    wp::uint32 var_142;
    wp::uint32 var_143;
    const wp::int32 var_144 = 1;
    wp::uint32 var_145;
    wp::uint32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    wp::int32 var_149;
    const wp::int32 var_150 = 4;
    const wp::int32 var_151 = 3;
    wp::int32 var_152;
    const wp::int32 var_153 = 2;
    wp::int32 var_154;
    wp::uint32 var_155;
    wp::uint32 var_156;
    const wp::int32 var_157 = 1;
    wp::uint32 var_158;
    wp::uint32 var_159;
    wp::int32 var_160;
    wp::int32 var_161;
    wp::int32 var_162;
    const wp::int32 var_163 = 3;
    wp::int32 var_164;
    const wp::int32 var_165 = 1;
    wp::int32 var_166;
    wp::uint32 var_167;
    wp::uint32 var_168;
    const wp::int32 var_169 = 1;
    wp::uint32 var_170;
    wp::uint32 var_171;
    wp::int32 var_172;
    wp::int32 var_173;
    wp::int32 var_174;
    const wp::int32 var_175 = 3;
    wp::int32 var_176;
    wp::uint32 var_177;
    wp::uint32 var_178;
    const wp::int32 var_179 = 1;
    wp::uint32 var_180;
    wp::uint32 var_181;
    wp::int32 var_182;
    wp::int32 var_183;
    wp::int32 var_184;
    const wp::int32 var_185 = 5;
    const wp::int32 var_186 = 3;
    wp::int32 var_187;
    const wp::int32 var_188 = 2;
    wp::int32 var_189;
    wp::uint32 var_190;
    wp::uint32 var_191;
    const wp::int32 var_192 = 1;
    wp::uint32 var_193;
    wp::uint32 var_194;
    wp::int32 var_195;
    wp::int32 var_196;
    wp::int32 var_197;
    const wp::int32 var_198 = 3;
    wp::int32 var_199;
    const wp::int32 var_200 = 1;
    wp::int32 var_201;
    wp::uint32 var_202;
    wp::uint32 var_203;
    const wp::int32 var_204 = 1;
    wp::uint32 var_205;
    wp::uint32 var_206;
    wp::int32 var_207;
    wp::int32 var_208;
    wp::int32 var_209;
    const wp::int32 var_210 = 3;
    wp::int32 var_211;
    wp::uint32 var_212;
    wp::uint32 var_213;
    const wp::int32 var_214 = 1;
    wp::uint32 var_215;
    wp::uint32 var_216;
    wp::int32 var_217;
    wp::int32 var_218;
    wp::int32 var_219;
    const wp::int32 var_220 = 6;
    const wp::int32 var_221 = 3;
    wp::int32 var_222;
    const wp::int32 var_223 = 2;
    wp::int32 var_224;
    wp::uint32 var_225;
    wp::uint32 var_226;
    const wp::int32 var_227 = 1;
    wp::uint32 var_228;
    wp::uint32 var_229;
    wp::int32 var_230;
    wp::int32 var_231;
    wp::int32 var_232;
    const wp::int32 var_233 = 3;
    wp::int32 var_234;
    const wp::int32 var_235 = 1;
    wp::int32 var_236;
    wp::uint32 var_237;
    wp::uint32 var_238;
    const wp::int32 var_239 = 1;
    wp::uint32 var_240;
    wp::uint32 var_241;
    wp::int32 var_242;
    wp::int32 var_243;
    wp::int32 var_244;
    const wp::int32 var_245 = 3;
    wp::int32 var_246;
    wp::uint32 var_247;
    wp::uint32 var_248;
    const wp::int32 var_249 = 1;
    wp::uint32 var_250;
    wp::uint32 var_251;
    wp::int32 var_252;
    wp::int32 var_253;
    wp::int32 var_254;
    const wp::int32 var_255 = 7;
    const wp::int32 var_256 = 3;
    wp::int32 var_257;
    const wp::int32 var_258 = 2;
    wp::int32 var_259;
    wp::uint32 var_260;
    wp::uint32 var_261;
    const wp::int32 var_262 = 1;
    wp::uint32 var_263;
    wp::uint32 var_264;
    wp::int32 var_265;
    wp::int32 var_266;
    wp::int32 var_267;
    const wp::int32 var_268 = 3;
    wp::int32 var_269;
    const wp::int32 var_270 = 1;
    wp::int32 var_271;
    wp::uint32 var_272;
    wp::uint32 var_273;
    const wp::int32 var_274 = 1;
    wp::uint32 var_275;
    wp::uint32 var_276;
    wp::int32 var_277;
    wp::int32 var_278;
    wp::int32 var_279;
    const wp::int32 var_280 = 3;
    wp::int32 var_281;
    wp::uint32 var_282;
    wp::uint32 var_283;
    const wp::int32 var_284 = 1;
    wp::uint32 var_285;
    wp::uint32 var_286;
    wp::int32 var_287;
    wp::int32 var_288;
    wp::int32 var_289;
    const wp::int32 var_290 = 8;
    const wp::int32 var_291 = 3;
    wp::int32 var_292;
    const wp::int32 var_293 = 2;
    wp::int32 var_294;
    wp::uint32 var_295;
    wp::uint32 var_296;
    const wp::int32 var_297 = 1;
    wp::uint32 var_298;
    wp::uint32 var_299;
    wp::int32 var_300;
    wp::int32 var_301;
    wp::int32 var_302;
    const wp::int32 var_303 = 3;
    wp::int32 var_304;
    const wp::int32 var_305 = 1;
    wp::int32 var_306;
    wp::uint32 var_307;
    wp::uint32 var_308;
    const wp::int32 var_309 = 1;
    wp::uint32 var_310;
    wp::uint32 var_311;
    wp::int32 var_312;
    wp::int32 var_313;
    wp::int32 var_314;
    const wp::int32 var_315 = 3;
    wp::int32 var_316;
    wp::uint32 var_317;
    wp::uint32 var_318;
    const wp::int32 var_319 = 1;
    wp::uint32 var_320;
    wp::uint32 var_321;
    wp::int32 var_322;
    wp::int32 var_323;
    wp::int32 var_324;
    const wp::int32 var_325 = 9;
    const wp::int32 var_326 = 3;
    wp::int32 var_327;
    const wp::int32 var_328 = 2;
    wp::int32 var_329;
    wp::uint32 var_330;
    wp::uint32 var_331;
    const wp::int32 var_332 = 1;
    wp::uint32 var_333;
    wp::uint32 var_334;
    wp::int32 var_335;
    wp::int32 var_336;
    wp::int32 var_337;
    const wp::int32 var_338 = 3;
    wp::int32 var_339;
    const wp::int32 var_340 = 1;
    wp::int32 var_341;
    wp::uint32 var_342;
    wp::uint32 var_343;
    const wp::int32 var_344 = 1;
    wp::uint32 var_345;
    wp::uint32 var_346;
    wp::int32 var_347;
    wp::int32 var_348;
    wp::int32 var_349;
    const wp::int32 var_350 = 3;
    wp::int32 var_351;
    wp::uint32 var_352;
    wp::uint32 var_353;
    const wp::int32 var_354 = 1;
    wp::uint32 var_355;
    wp::uint32 var_356;
    wp::int32 var_357;
    wp::int32 var_358;
    wp::int32 var_359;
    wp::vec_t<3, wp::int32> var_360;
    //---------
    // forward
    // def decode_morton30(codes: wp.array(dtype=wp.uint32), cells: wp.array(dtype=wp.vec3i)):       <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // c = codes[i]                                                                           <L 71>
    var_1 = wp::address(var_codes, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = int(0)                                                                             <L 72>
    var_5 = wp::int(var_4);
    // y = int(0)                                                                             <L 73>
    var_7 = wp::int(var_6);
    // z = int(0)                                                                             <L 74>
    var_9 = wp::int(var_8);
    // for b in range(10):                                                                    <L 75>
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_12 = wp::mul(var_11, var_10);
    var_14 = wp::add(var_12, var_13);
    var_15 = wp::uint32(var_14);
    var_16 = wp::rshift(var_2, var_15);
    var_18 = wp::uint32(var_17);
    var_19 = wp::bit_and(var_16, var_18);
    var_20 = wp::int(var_19);
    var_21 = wp::lshift(var_20, var_10);
    var_22 = wp::bit_or(var_5, var_21);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_24 = wp::mul(var_23, var_10);
    var_26 = wp::add(var_24, var_25);
    var_27 = wp::uint32(var_26);
    var_28 = wp::rshift(var_2, var_27);
    var_30 = wp::uint32(var_29);
    var_31 = wp::bit_and(var_28, var_30);
    var_32 = wp::int(var_31);
    var_33 = wp::lshift(var_32, var_10);
    var_34 = wp::bit_or(var_7, var_33);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_36 = wp::mul(var_35, var_10);
    var_37 = wp::uint32(var_36);
    var_38 = wp::rshift(var_2, var_37);
    var_40 = wp::uint32(var_39);
    var_41 = wp::bit_and(var_38, var_40);
    var_42 = wp::int(var_41);
    var_43 = wp::lshift(var_42, var_10);
    var_44 = wp::bit_or(var_9, var_43);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_47 = wp::mul(var_46, var_45);
    var_49 = wp::add(var_47, var_48);
    var_50 = wp::uint32(var_49);
    var_51 = wp::rshift(var_2, var_50);
    var_53 = wp::uint32(var_52);
    var_54 = wp::bit_and(var_51, var_53);
    var_55 = wp::int(var_54);
    var_56 = wp::lshift(var_55, var_45);
    var_57 = wp::bit_or(var_22, var_56);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_59 = wp::mul(var_58, var_45);
    var_61 = wp::add(var_59, var_60);
    var_62 = wp::uint32(var_61);
    var_63 = wp::rshift(var_2, var_62);
    var_65 = wp::uint32(var_64);
    var_66 = wp::bit_and(var_63, var_65);
    var_67 = wp::int(var_66);
    var_68 = wp::lshift(var_67, var_45);
    var_69 = wp::bit_or(var_34, var_68);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_71 = wp::mul(var_70, var_45);
    var_72 = wp::uint32(var_71);
    var_73 = wp::rshift(var_2, var_72);
    var_75 = wp::uint32(var_74);
    var_76 = wp::bit_and(var_73, var_75);
    var_77 = wp::int(var_76);
    var_78 = wp::lshift(var_77, var_45);
    var_79 = wp::bit_or(var_44, var_78);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_82 = wp::mul(var_81, var_80);
    var_84 = wp::add(var_82, var_83);
    var_85 = wp::uint32(var_84);
    var_86 = wp::rshift(var_2, var_85);
    var_88 = wp::uint32(var_87);
    var_89 = wp::bit_and(var_86, var_88);
    var_90 = wp::int(var_89);
    var_91 = wp::lshift(var_90, var_80);
    var_92 = wp::bit_or(var_57, var_91);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_94 = wp::mul(var_93, var_80);
    var_96 = wp::add(var_94, var_95);
    var_97 = wp::uint32(var_96);
    var_98 = wp::rshift(var_2, var_97);
    var_100 = wp::uint32(var_99);
    var_101 = wp::bit_and(var_98, var_100);
    var_102 = wp::int(var_101);
    var_103 = wp::lshift(var_102, var_80);
    var_104 = wp::bit_or(var_69, var_103);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_106 = wp::mul(var_105, var_80);
    var_107 = wp::uint32(var_106);
    var_108 = wp::rshift(var_2, var_107);
    var_110 = wp::uint32(var_109);
    var_111 = wp::bit_and(var_108, var_110);
    var_112 = wp::int(var_111);
    var_113 = wp::lshift(var_112, var_80);
    var_114 = wp::bit_or(var_79, var_113);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_117 = wp::mul(var_116, var_115);
    var_119 = wp::add(var_117, var_118);
    var_120 = wp::uint32(var_119);
    var_121 = wp::rshift(var_2, var_120);
    var_123 = wp::uint32(var_122);
    var_124 = wp::bit_and(var_121, var_123);
    var_125 = wp::int(var_124);
    var_126 = wp::lshift(var_125, var_115);
    var_127 = wp::bit_or(var_92, var_126);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_129 = wp::mul(var_128, var_115);
    var_131 = wp::add(var_129, var_130);
    var_132 = wp::uint32(var_131);
    var_133 = wp::rshift(var_2, var_132);
    var_135 = wp::uint32(var_134);
    var_136 = wp::bit_and(var_133, var_135);
    var_137 = wp::int(var_136);
    var_138 = wp::lshift(var_137, var_115);
    var_139 = wp::bit_or(var_104, var_138);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_141 = wp::mul(var_140, var_115);
    var_142 = wp::uint32(var_141);
    var_143 = wp::rshift(var_2, var_142);
    var_145 = wp::uint32(var_144);
    var_146 = wp::bit_and(var_143, var_145);
    var_147 = wp::int(var_146);
    var_148 = wp::lshift(var_147, var_115);
    var_149 = wp::bit_or(var_114, var_148);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_152 = wp::mul(var_151, var_150);
    var_154 = wp::add(var_152, var_153);
    var_155 = wp::uint32(var_154);
    var_156 = wp::rshift(var_2, var_155);
    var_158 = wp::uint32(var_157);
    var_159 = wp::bit_and(var_156, var_158);
    var_160 = wp::int(var_159);
    var_161 = wp::lshift(var_160, var_150);
    var_162 = wp::bit_or(var_127, var_161);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_164 = wp::mul(var_163, var_150);
    var_166 = wp::add(var_164, var_165);
    var_167 = wp::uint32(var_166);
    var_168 = wp::rshift(var_2, var_167);
    var_170 = wp::uint32(var_169);
    var_171 = wp::bit_and(var_168, var_170);
    var_172 = wp::int(var_171);
    var_173 = wp::lshift(var_172, var_150);
    var_174 = wp::bit_or(var_139, var_173);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_176 = wp::mul(var_175, var_150);
    var_177 = wp::uint32(var_176);
    var_178 = wp::rshift(var_2, var_177);
    var_180 = wp::uint32(var_179);
    var_181 = wp::bit_and(var_178, var_180);
    var_182 = wp::int(var_181);
    var_183 = wp::lshift(var_182, var_150);
    var_184 = wp::bit_or(var_149, var_183);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_187 = wp::mul(var_186, var_185);
    var_189 = wp::add(var_187, var_188);
    var_190 = wp::uint32(var_189);
    var_191 = wp::rshift(var_2, var_190);
    var_193 = wp::uint32(var_192);
    var_194 = wp::bit_and(var_191, var_193);
    var_195 = wp::int(var_194);
    var_196 = wp::lshift(var_195, var_185);
    var_197 = wp::bit_or(var_162, var_196);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_199 = wp::mul(var_198, var_185);
    var_201 = wp::add(var_199, var_200);
    var_202 = wp::uint32(var_201);
    var_203 = wp::rshift(var_2, var_202);
    var_205 = wp::uint32(var_204);
    var_206 = wp::bit_and(var_203, var_205);
    var_207 = wp::int(var_206);
    var_208 = wp::lshift(var_207, var_185);
    var_209 = wp::bit_or(var_174, var_208);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_211 = wp::mul(var_210, var_185);
    var_212 = wp::uint32(var_211);
    var_213 = wp::rshift(var_2, var_212);
    var_215 = wp::uint32(var_214);
    var_216 = wp::bit_and(var_213, var_215);
    var_217 = wp::int(var_216);
    var_218 = wp::lshift(var_217, var_185);
    var_219 = wp::bit_or(var_184, var_218);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_222 = wp::mul(var_221, var_220);
    var_224 = wp::add(var_222, var_223);
    var_225 = wp::uint32(var_224);
    var_226 = wp::rshift(var_2, var_225);
    var_228 = wp::uint32(var_227);
    var_229 = wp::bit_and(var_226, var_228);
    var_230 = wp::int(var_229);
    var_231 = wp::lshift(var_230, var_220);
    var_232 = wp::bit_or(var_197, var_231);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_234 = wp::mul(var_233, var_220);
    var_236 = wp::add(var_234, var_235);
    var_237 = wp::uint32(var_236);
    var_238 = wp::rshift(var_2, var_237);
    var_240 = wp::uint32(var_239);
    var_241 = wp::bit_and(var_238, var_240);
    var_242 = wp::int(var_241);
    var_243 = wp::lshift(var_242, var_220);
    var_244 = wp::bit_or(var_209, var_243);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_246 = wp::mul(var_245, var_220);
    var_247 = wp::uint32(var_246);
    var_248 = wp::rshift(var_2, var_247);
    var_250 = wp::uint32(var_249);
    var_251 = wp::bit_and(var_248, var_250);
    var_252 = wp::int(var_251);
    var_253 = wp::lshift(var_252, var_220);
    var_254 = wp::bit_or(var_219, var_253);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_257 = wp::mul(var_256, var_255);
    var_259 = wp::add(var_257, var_258);
    var_260 = wp::uint32(var_259);
    var_261 = wp::rshift(var_2, var_260);
    var_263 = wp::uint32(var_262);
    var_264 = wp::bit_and(var_261, var_263);
    var_265 = wp::int(var_264);
    var_266 = wp::lshift(var_265, var_255);
    var_267 = wp::bit_or(var_232, var_266);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_269 = wp::mul(var_268, var_255);
    var_271 = wp::add(var_269, var_270);
    var_272 = wp::uint32(var_271);
    var_273 = wp::rshift(var_2, var_272);
    var_275 = wp::uint32(var_274);
    var_276 = wp::bit_and(var_273, var_275);
    var_277 = wp::int(var_276);
    var_278 = wp::lshift(var_277, var_255);
    var_279 = wp::bit_or(var_244, var_278);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_281 = wp::mul(var_280, var_255);
    var_282 = wp::uint32(var_281);
    var_283 = wp::rshift(var_2, var_282);
    var_285 = wp::uint32(var_284);
    var_286 = wp::bit_and(var_283, var_285);
    var_287 = wp::int(var_286);
    var_288 = wp::lshift(var_287, var_255);
    var_289 = wp::bit_or(var_254, var_288);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_292 = wp::mul(var_291, var_290);
    var_294 = wp::add(var_292, var_293);
    var_295 = wp::uint32(var_294);
    var_296 = wp::rshift(var_2, var_295);
    var_298 = wp::uint32(var_297);
    var_299 = wp::bit_and(var_296, var_298);
    var_300 = wp::int(var_299);
    var_301 = wp::lshift(var_300, var_290);
    var_302 = wp::bit_or(var_267, var_301);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_304 = wp::mul(var_303, var_290);
    var_306 = wp::add(var_304, var_305);
    var_307 = wp::uint32(var_306);
    var_308 = wp::rshift(var_2, var_307);
    var_310 = wp::uint32(var_309);
    var_311 = wp::bit_and(var_308, var_310);
    var_312 = wp::int(var_311);
    var_313 = wp::lshift(var_312, var_290);
    var_314 = wp::bit_or(var_279, var_313);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_316 = wp::mul(var_315, var_290);
    var_317 = wp::uint32(var_316);
    var_318 = wp::rshift(var_2, var_317);
    var_320 = wp::uint32(var_319);
    var_321 = wp::bit_and(var_318, var_320);
    var_322 = wp::int(var_321);
    var_323 = wp::lshift(var_322, var_290);
    var_324 = wp::bit_or(var_289, var_323);
    // x = x | (int((c >> wp.uint32(3 * b + 2)) & wp.uint32(1)) << b)                         <L 76>
    var_327 = wp::mul(var_326, var_325);
    var_329 = wp::add(var_327, var_328);
    var_330 = wp::uint32(var_329);
    var_331 = wp::rshift(var_2, var_330);
    var_333 = wp::uint32(var_332);
    var_334 = wp::bit_and(var_331, var_333);
    var_335 = wp::int(var_334);
    var_336 = wp::lshift(var_335, var_325);
    var_337 = wp::bit_or(var_302, var_336);
    // y = y | (int((c >> wp.uint32(3 * b + 1)) & wp.uint32(1)) << b)                         <L 77>
    var_339 = wp::mul(var_338, var_325);
    var_341 = wp::add(var_339, var_340);
    var_342 = wp::uint32(var_341);
    var_343 = wp::rshift(var_2, var_342);
    var_345 = wp::uint32(var_344);
    var_346 = wp::bit_and(var_343, var_345);
    var_347 = wp::int(var_346);
    var_348 = wp::lshift(var_347, var_325);
    var_349 = wp::bit_or(var_314, var_348);
    // z = z | (int((c >> wp.uint32(3 * b)) & wp.uint32(1)) << b)                             <L 78>
    var_351 = wp::mul(var_350, var_325);
    var_352 = wp::uint32(var_351);
    var_353 = wp::rshift(var_2, var_352);
    var_355 = wp::uint32(var_354);
    var_356 = wp::bit_and(var_353, var_355);
    var_357 = wp::int(var_356);
    var_358 = wp::lshift(var_357, var_325);
    var_359 = wp::bit_or(var_324, var_358);
    // cells[i] = wp.vec3i(x, y, z)                                                           <L 79>
    var_360 = wp::vec_t<3, wp::int32>(var_337, var_349, var_359);
    wp::array_store(var_cells, var_0, var_360);
}



extern "C" {

// Python CPU entry points
WP_API void decode_morton30_6f353352_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_decode_morton30_6f353352 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        decode_morton30_6f353352_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

