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


// corpus/201_int8_quantized_inference.py:6
static wp::int8 requantize_0(
    wp::int32 var_acc,
    wp::float32 var_scale,
    wp::int32 var_zero_point)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = -128;
    const wp::int32 var_6 = 127;
    wp::int32 var_7;
    wp::int8 var_8;
    //---------
    // forward
    // def requantize(acc: int, scale: float, zero_point: int) -> wp.int8:                    <L 7>
    // v = int(wp.round(float(acc) * scale)) + zero_point                                     <L 8>
    var_0 = wp::float(var_acc);
    var_1 = wp::mul(var_0, var_scale);
    var_2 = wp::round(var_1);
    var_3 = wp::int(var_2);
    var_4 = wp::add(var_3, var_zero_point);
    // return wp.int8(wp.clamp(v, -128, 127))                                                 <L 9>
    var_7 = wp::clamp(var_4, var_5, var_6);
    var_8 = wp::int8(var_7);
    return var_8;
}


// corpus/201_int8_quantized_inference.py:6
static void adj_requantize_0(
    wp::int32 var_acc,
    wp::float32 var_scale,
    wp::int32 var_zero_point,
    wp::int32 & adj_acc,
    wp::float32 & adj_scale,
    wp::int32 & adj_zero_point,
    wp::int8 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_int8_gemm_3224ea1a {
    wp::array_t<wp::int8> a;
    wp::array_t<wp::int8> b;
    wp::array_t<wp::int32> bias;
    wp::float32 scale;
    wp::int32 zp;
    wp::array_t<wp::int8> c;
};


void int8_gemm_3224ea1a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_int8_gemm_3224ea1a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_a = _wp_args->a;
    wp::array_t<wp::int8> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_bias = _wp_args->bias;
    wp::float32 var_scale = _wp_args->scale;
    wp::int32 var_zp = _wp_args->zp;
    wp::array_t<wp::int8> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int8* var_10;
    wp::int32 var_11;
    wp::int8 var_12;
    wp::int8* var_13;
    wp::int32 var_14;
    wp::int8 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int8 var_22;
    //---------
    // forward
    // def int8_gemm(a: wp.array2d(dtype=wp.int8), b: wp.array2d(dtype=wp.int8), bias: wp.array(dtype=wp.int32), scale: float, zp: int, c: wp.array2d(dtype=wp.int8)):       <L 13>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // acc = int(0)                                                                           <L 15>
    var_3 = wp::int(var_2);
    // for k in range(a.shape[1]):                                                            <L 16>
    var_4 = &(var_a.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // acc += int(a[i, k]) * int(b[k, j])                                                 <L 17>
        var_10 = wp::address(var_a, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::int(var_12);
        var_13 = wp::address(var_b, var_9, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::int(var_15);
        var_16 = wp::mul(var_11, var_14);
        var_17 = wp::add(var_3, var_16);
        wp::assign(var_3, var_17);
        goto start_for_0;
    end_for_0:;
    // acc += int(bias[j])                                                                    <L 18>
    var_18 = wp::address(var_bias, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::int(var_20);
    var_21 = wp::add(var_3, var_19);
    // c[i, j] = requantize(acc, scale, zp)                                                   <L 19>
    var_22 = requantize_0(var_21, var_scale, var_zp);
    wp::array_store(var_c, var_0, var_1, var_22);
}



extern "C" {

// Python CPU entry points
WP_API void int8_gemm_3224ea1a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_int8_gemm_3224ea1a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        int8_gemm_3224ea1a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_quantize_per_channel_7d5bb047 {
    wp::array_t<wp::float32> w;
    wp::array_t<wp::float32> scales;
    wp::array_t<wp::int8> q;
};


void quantize_per_channel_7d5bb047_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_quantize_per_channel_7d5bb047 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_scales = _wp_args->scales;
    wp::array_t<wp::int8> var_q = _wp_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = -127;
    const wp::int32 var_11 = 127;
    wp::int32 var_12;
    wp::int8 var_13;
    //---------
    // forward
    // def quantize_per_channel(w: wp.array2d(dtype=float), scales: wp.array(dtype=float), q: wp.array2d(dtype=wp.int8)):       <L 23>
    // oc, k = wp.tid()                                                                       <L 24>
    builtin_tid2d(var_0, var_1);
    // s = scales[oc]                                                                         <L 25>
    var_2 = wp::address(var_scales, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // v = int(wp.round(w[oc, k] / s))                                                        <L 26>
    var_5 = wp::address(var_w, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::div(var_7, var_3);
    var_8 = wp::round(var_6);
    var_9 = wp::int(var_8);
    // q[oc, k] = wp.int8(wp.clamp(v, -127, 127))                                             <L 27>
    var_12 = wp::clamp(var_9, var_10, var_11);
    var_13 = wp::int8(var_12);
    wp::array_store(var_q, var_0, var_1, var_13);
}



extern "C" {

// Python CPU entry points
WP_API void quantize_per_channel_7d5bb047_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_quantize_per_channel_7d5bb047 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_per_channel_7d5bb047_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_channel_absmax_ec4152b8 {
    wp::array_t<wp::float32> w;
    wp::array_t<wp::float32> scales;
};


void channel_absmax_ec4152b8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_channel_absmax_ec4152b8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_scales = _wp_args->scales;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 127.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 1e-08;
    wp::float32 var_16;
    //---------
    // forward
    // def channel_absmax(w: wp.array2d(dtype=float), scales: wp.array(dtype=float)):         <L 31>
    // oc = wp.tid()                                                                          <L 32>
    var_0 = builtin_tid1d();
    // m = float(0.0)                                                                         <L 33>
    var_2 = wp::float(var_1);
    // for k in range(w.shape[1]):                                                            <L 34>
    var_3 = &(var_w.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::range(var_5);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // m = wp.max(m, wp.abs(w[oc, k]))                                                    <L 35>
        var_9 = wp::address(var_w, var_0, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::abs(var_11);
        var_12 = wp::max(var_2, var_10);
        wp::assign(var_2, var_12);
        goto start_for_0;
    end_for_0:;
    // scales[oc] = wp.max(m / 127.0, 1.0e-8)                                                 <L 36>
    var_14 = wp::div(var_2, var_13);
    var_16 = wp::max(var_14, var_15);
    wp::array_store(var_scales, var_0, var_16);
}



extern "C" {

// Python CPU entry points
WP_API void channel_absmax_ec4152b8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_channel_absmax_ec4152b8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        channel_absmax_ec4152b8_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_dequant_relu_fp16_c426844b {
    wp::array_t<wp::int8> q;
    wp::float32 scale;
    wp::int32 zp;
    wp::array_t<wp::float16> out;
};


void dequant_relu_fp16_c426844b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_dequant_relu_fp16_c426844b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_q = _wp_args->q;
    wp::float32 var_scale = _wp_args->scale;
    wp::int32 var_zp = _wp_args->zp;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::float16 var_10;
    //---------
    // forward
    // def dequant_relu_fp16(q: wp.array2d(dtype=wp.int8), scale: float, zp: int, out: wp.array2d(dtype=wp.float16)):       <L 40>
    // i, j = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // v = float(int(q[i, j]) - zp) * scale                                                   <L 42>
    var_2 = wp::address(var_q, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_5 = wp::sub(var_3, var_zp);
    var_6 = wp::float(var_5);
    var_7 = wp::mul(var_6, var_scale);
    // out[i, j] = wp.float16(wp.max(v, 0.0))                                                 <L 43>
    var_9 = wp::max(var_7, var_8);
    var_10 = wp::float16(var_9);
    wp::array_store(var_out, var_0, var_1, var_10);
}



extern "C" {

// Python CPU entry points
WP_API void dequant_relu_fp16_c426844b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_dequant_relu_fp16_c426844b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dequant_relu_fp16_c426844b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_uint4_pack_3af10964 {
    wp::array_t<wp::int8> q;
    wp::array_t<wp::uint8> packed;
};


void uint4_pack_3af10964_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_uint4_pack_3af10964 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_q = _wp_args->q;
    wp::array_t<wp::uint8> var_packed = _wp_args->packed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    wp::int8* var_4;
    wp::int32 var_5;
    wp::int8 var_6;
    const wp::int32 var_7 = 8;
    wp::int32 var_8;
    wp::uint8 var_9;
    const wp::int32 var_10 = 15;
    wp::uint8 var_11;
    wp::uint8 var_12;
    const wp::int32 var_13 = 2;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int8* var_17;
    wp::int32 var_18;
    wp::int8 var_19;
    const wp::int32 var_20 = 8;
    wp::int32 var_21;
    wp::uint8 var_22;
    const wp::int32 var_23 = 15;
    wp::uint8 var_24;
    wp::uint8 var_25;
    const wp::int32 var_26 = 4;
    wp::uint8 var_27;
    wp::uint8 var_28;
    wp::uint8 var_29;
    //---------
    // forward
    // def uint4_pack(q: wp.array2d(dtype=wp.int8), packed: wp.array2d(dtype=wp.uint8)):       <L 47>
    // i, j = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // lo = wp.uint8(int(q[i, 2 * j]) + 8) & wp.uint8(0x0F)                                   <L 49>
    var_3 = wp::mul(var_2, var_1);
    var_4 = wp::address(var_q, var_0, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::int(var_6);
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::uint8(var_8);
    var_11 = wp::uint8(var_10);
    var_12 = wp::bit_and(var_9, var_11);
    // hi = wp.uint8(int(q[i, 2 * j + 1]) + 8) & wp.uint8(0x0F)                               <L 50>
    var_14 = wp::mul(var_13, var_1);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::address(var_q, var_0, var_16);
    var_19 = wp::load(var_17);
    var_18 = wp::int(var_19);
    var_21 = wp::add(var_18, var_20);
    var_22 = wp::uint8(var_21);
    var_24 = wp::uint8(var_23);
    var_25 = wp::bit_and(var_22, var_24);
    // packed[i, j] = lo | (hi << wp.uint8(4))                                                <L 51>
    var_27 = wp::uint8(var_26);
    var_28 = wp::lshift(var_25, var_27);
    var_29 = wp::bit_or(var_12, var_28);
    wp::array_store(var_packed, var_0, var_1, var_29);
}



extern "C" {

// Python CPU entry points
WP_API void uint4_pack_3af10964_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_uint4_pack_3af10964 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        uint4_pack_3af10964_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_uint4_unpack_e2bcabe9 {
    wp::array_t<wp::uint8> packed;
    wp::array_t<wp::int8> q;
};


void uint4_unpack_e2bcabe9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_uint4_unpack_e2bcabe9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_packed = _wp_args->packed;
    wp::array_t<wp::int8> var_q = _wp_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::uint8 var_3;
    wp::uint8 var_4;
    const wp::int32 var_5 = 15;
    wp::uint8 var_6;
    wp::uint8 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 8;
    wp::int32 var_10;
    wp::int8 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    const wp::int32 var_14 = 4;
    wp::uint8 var_15;
    wp::uint8 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 8;
    wp::int32 var_19;
    wp::int8 var_20;
    const wp::int32 var_21 = 2;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    //---------
    // forward
    // def uint4_unpack(packed: wp.array2d(dtype=wp.uint8), q: wp.array2d(dtype=wp.int8)):       <L 55>
    // i, j = wp.tid()                                                                        <L 56>
    builtin_tid2d(var_0, var_1);
    // p = packed[i, j]                                                                       <L 57>
    var_2 = wp::address(var_packed, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // q[i, 2 * j] = wp.int8(int(p & wp.uint8(0x0F)) - 8)                                     <L 58>
    var_6 = wp::uint8(var_5);
    var_7 = wp::bit_and(var_3, var_6);
    var_8 = wp::int(var_7);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::int8(var_10);
    var_13 = wp::mul(var_12, var_1);
    wp::array_store(var_q, var_0, var_13, var_11);
    // q[i, 2 * j + 1] = wp.int8(int(p >> wp.uint8(4)) - 8)                                   <L 59>
    var_15 = wp::uint8(var_14);
    var_16 = wp::rshift(var_3, var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::int8(var_19);
    var_22 = wp::mul(var_21, var_1);
    var_24 = wp::add(var_22, var_23);
    wp::array_store(var_q, var_0, var_24, var_20);
}



extern "C" {

// Python CPU entry points
WP_API void uint4_unpack_e2bcabe9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_uint4_unpack_e2bcabe9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        uint4_unpack_e2bcabe9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

