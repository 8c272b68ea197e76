
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/105_fft_butterflies.py:21
static wp::int32 reverse_bits_0(
    wp::int32 var_x,
    wp::int32 var_bits)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def reverse_bits(x: int, bits: int) -> int:                                            <L 22>
    // r = int(0)                                                                             <L 23>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 24>
    var_2 = wp::copy(var_x);
    // for b in range(bits):                                                                  <L 25>
    var_3 = wp::range(var_bits);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // r = (r << 1) | (v & 1)                                                             <L 26>
        var_6 = wp::lshift(var_1, var_5);
        var_8 = wp::bit_and(var_2, var_7);
        var_9 = wp::bit_or(var_6, var_8);
        // v = v >> 1                                                                         <L 27>
        var_11 = wp::rshift(var_2, var_10);
        wp::assign(var_1, var_9);
        wp::assign(var_2, var_11);
        goto start_for_0;
    end_for_0:;
    // return r                                                                               <L 28>
    return var_1;
}


// corpus/105_fft_butterflies.py:13
static wp::vec_t<2, wp::float32> twiddle_0(
    wp::int32 var_k,
    wp::int32 var_n,
    bool var_inverse)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 6.283185307179586;
    const wp::float32 var_1 = -6.283185307179586;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def twiddle(k: int, n: int, inverse: bool) -> wp.vec2:                                 <L 14>
    // angle = -TWO_PI * float(k) / float(n)                                                  <L 15>
    var_2 = wp::float(var_k);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::float(var_n);
    var_5 = wp::div(var_3, var_4);
    // if inverse:                                                                            <L 16>
    if (var_inverse) {
        // angle = -angle                                                                     <L 17>
        var_6 = wp::neg(var_5);
    }
    var_7 = wp::where(var_inverse, var_6, var_5);
    // return wp.vec2(wp.cos(angle), wp.sin(angle))                                           <L 18>
    var_8 = wp::cos(var_7);
    var_9 = wp::sin(var_7);
    var_10 = wp::vec_t<2, wp::float32>(var_8, var_9);
    return var_10;
}


// corpus/105_fft_butterflies.py:8
static wp::vec_t<2, wp::float32> cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                           <L 9>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 10>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    return var_22;
}


// corpus/105_fft_butterflies.py:21
static void adj_reverse_bits_0(
    wp::int32 var_x,
    wp::int32 var_bits,
    wp::int32 & adj_x,
    wp::int32 & adj_bits,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/105_fft_butterflies.py:13
static void adj_twiddle_0(
    wp::int32 var_k,
    wp::int32 var_n,
    bool var_inverse,
    wp::int32 & adj_k,
    wp::int32 & adj_n,
    bool & adj_inverse,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/105_fft_butterflies.py:8
static void adj_cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_bit_reverse_permute_1c4b32bc {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::vec_t<2, wp::float32>> dst;
    wp::int32 log2n;
};


void bit_reverse_permute_1c4b32bc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bit_reverse_permute_1c4b32bc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    wp::int32 var_log2n = _wp_args->log2n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def bit_reverse_permute(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), log2n: int):       <L 32>
    // row, i = wp.tid()                                                                      <L 33>
    builtin_tid2d(var_0, var_1);
    // dst[row, reverse_bits(i, log2n)] = src[row, i]                                         <L 34>
    var_2 = wp::address(var_src, var_0, var_1);
    var_3 = reverse_bits_0(var_1, var_log2n);
    var_4 = wp::load(var_2);
    wp::array_store(var_dst, var_0, var_3, var_4);
}



extern "C" {

// Python CPU entry points
WP_API void bit_reverse_permute_1c4b32bc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_bit_reverse_permute_1c4b32bc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bit_reverse_permute_1c4b32bc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_butterfly_stage_e5018a4d {
    wp::array_t<wp::vec_t<2, wp::float32>> data;
    wp::int32 stage;
    bool inverse;
};


void butterfly_stage_e5018a4d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_butterfly_stage_e5018a4d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_data = _wp_args->data;
    wp::int32 var_stage = _wp_args->stage;
    bool var_inverse = _wp_args->inverse;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    //---------
    // forward
    // def butterfly_stage(data: wp.array2d(dtype=wp.vec2), stage: int, inverse: bool):       <L 38>
    // row, t = wp.tid()                                                                      <L 39>
    builtin_tid2d(var_0, var_1);
    // half = 1 << stage                                                                      <L 40>
    var_3 = wp::lshift(var_2, var_stage);
    // span = half << 1                                                                       <L 41>
    var_5 = wp::lshift(var_3, var_4);
    // group = t // half                                                                      <L 42>
    var_6 = wp::floordiv(var_1, var_3);
    // k = t % half                                                                           <L 43>
    var_7 = wp::mod(var_1, var_3);
    // i = group * span + k                                                                   <L 44>
    var_8 = wp::mul(var_6, var_5);
    var_9 = wp::add(var_8, var_7);
    // j = i + half                                                                           <L 45>
    var_10 = wp::add(var_9, var_3);
    // w = twiddle(k, span, inverse)                                                          <L 46>
    var_11 = twiddle_0(var_7, var_5, var_inverse);
    // a = data[row, i]                                                                       <L 47>
    var_12 = wp::address(var_data, var_0, var_9);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // b = cmul(data[row, j], w)                                                              <L 48>
    var_15 = wp::address(var_data, var_0, var_10);
    var_17 = wp::load(var_15);
    var_16 = cmul_0(var_17, var_11);
    // data[row, i] = a + b                                                                   <L 49>
    var_18 = wp::add(var_13, var_16);
    wp::array_store(var_data, var_0, var_9, var_18);
    // data[row, j] = a - b                                                                   <L 50>
    var_19 = wp::sub(var_13, var_16);
    wp::array_store(var_data, var_0, var_10, var_19);
}



extern "C" {

// Python CPU entry points
WP_API void butterfly_stage_e5018a4d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_butterfly_stage_e5018a4d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        butterfly_stage_e5018a4d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_normalize_inverse_a43d406e {
    wp::array_t<wp::vec_t<2, wp::float32>> data;
};


void normalize_inverse_a43d406e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_normalize_inverse_a43d406e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_data = _wp_args->data;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::vec_t<2, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // forward
    // def normalize_inverse(data: wp.array2d(dtype=wp.vec2)):                                <L 54>
    // row, i = wp.tid()                                                                      <L 55>
    builtin_tid2d(var_0, var_1);
    // n = data.shape[1]                                                                      <L 56>
    var_2 = &(var_data.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // data[row, i] = data[row, i] / float(n)                                                 <L 57>
    var_6 = wp::address(var_data, var_0, var_1);
    var_7 = wp::float(var_4);
    var_9 = wp::load(var_6);
    var_8 = wp::div(var_9, var_7);
    wp::array_store(var_data, var_0, var_1, var_8);
}



extern "C" {

// Python CPU entry points
WP_API void normalize_inverse_a43d406e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_normalize_inverse_a43d406e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        normalize_inverse_a43d406e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_naive_dft_2576af74 {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::vec_t<2, wp::float32>> dst;
};


void naive_dft_2576af74_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_naive_dft_2576af74 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<2, wp::float32> var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32>* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const bool var_14 = false;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    //---------
    // forward
    // def naive_dft(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2)):         <L 61>
    // row, k = wp.tid()                                                                      <L 62>
    builtin_tid2d(var_0, var_1);
    // n = src.shape[1]                                                                       <L 63>
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // acc = wp.vec2(0.0, 0.0)                                                                <L 64>
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    // for j in range(n):                                                                     <L 65>
    var_9 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // acc = acc + cmul(src[row, j], twiddle((j * k) % n, n, False))                      <L 66>
        var_11 = wp::address(var_src, var_0, var_10);
        var_12 = wp::mul(var_10, var_1);
        var_13 = wp::mod(var_12, var_4);
        var_15 = twiddle_0(var_13, var_4, var_14);
        var_17 = wp::load(var_11);
        var_16 = cmul_0(var_17, var_15);
        var_18 = wp::add(var_8, var_16);
        wp::assign(var_8, var_18);
        goto start_for_0;
    end_for_0:;
    // dst[row, k] = acc                                                                      <L 67>
    wp::array_store(var_dst, var_0, var_1, var_8);
}



extern "C" {

// Python CPU entry points
WP_API void naive_dft_2576af74_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_naive_dft_2576af74 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        naive_dft_2576af74_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_power_spectrum_043593cd {
    wp::array_t<wp::vec_t<2, wp::float32>> data;
    wp::array_t<wp::float32> power;
    wp::array_t<wp::int32> peak_bin;
};


void power_spectrum_043593cd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_power_spectrum_043593cd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_power = _wp_args->power;
    wp::array_t<wp::int32> var_peak_bin = _wp_args->peak_bin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = -1.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    bool var_22;
    bool var_23;
    wp::float32 var_24;
    wp::int32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    //---------
    // forward
    // def power_spectrum(data: wp.array2d(dtype=wp.vec2), power: wp.array2d(dtype=float), peak_bin: wp.array(dtype=int)):       <L 71>
    // row = wp.tid()                                                                         <L 72>
    var_0 = builtin_tid1d();
    // n = data.shape[1]                                                                      <L 73>
    var_1 = &(var_data.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // best = float(-1.0)                                                                     <L 74>
    var_7 = wp::float(var_6);
    // best_k = int(0)                                                                        <L 75>
    var_9 = wp::int(var_8);
    // for k in range(n // 2 + 1):                                                            <L 76>
    var_11 = wp::floordiv(var_3, var_10);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // c = data[row, k]                                                                   <L 77>
        var_16 = wp::address(var_data, var_0, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // p = wp.dot(c, c)                                                                   <L 78>
        var_19 = wp::dot(var_17, var_17);
        // power[row, k] = p                                                                  <L 79>
        wp::array_store(var_power, var_0, var_15, var_19);
        // if k > 0 and p > best:                                                             <L 80>
        var_21 = (var_15 > var_20);
        var_22 = (var_19 > var_7);
        var_23 = var_21 && var_22;
        if (var_23) {
            // best = p                                                                       <L 81>
            var_24 = wp::copy(var_19);
            // best_k = k                                                                     <L 82>
            var_25 = wp::copy(var_15);
        }
        var_26 = wp::where(var_23, var_24, var_7);
        var_27 = wp::where(var_23, var_25, var_9);
        wp::assign(var_7, var_26);
        wp::assign(var_9, var_27);
        goto start_for_0;
    end_for_0:;
    // peak_bin[row] = best_k                                                                 <L 83>
    wp::array_store(var_peak_bin, var_0, var_9);
}



extern "C" {

// Python CPU entry points
WP_API void power_spectrum_043593cd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_power_spectrum_043593cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        power_spectrum_043593cd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

