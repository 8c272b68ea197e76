
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

struct wp_args_rgb_to_yuv_9a915e53 {
    wp::array_t<wp::vec_t<3, wp::uint8>> rgb;
    wp::array_t<wp::uint8> y;
    wp::array_t<wp::vec_t<2, wp::uint8>> uv;
};


void rgb_to_yuv_9a915e53_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rgb_to_yuv_9a915e53 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::uint8>> var_rgb = _wp_args->rgb;
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::uint8>> var_uv = _wp_args->uv;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::uint8>* var_2;
    wp::vec_t<3, wp::uint8> var_3;
    wp::vec_t<3, wp::uint8> var_4;
    const wp::int32 var_5 = 0;
    wp::uint8 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::uint8 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::uint8 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.299;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.587;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.114;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.169;
    const wp::float32 var_23 = -0.169;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.331;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 128.0;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.419;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.081;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 128.0;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.0;
    const wp::float32 var_44 = 255.0;
    wp::float32 var_45;
    wp::uint8 var_46;
    const wp::float32 var_47 = 0.0;
    const wp::float32 var_48 = 255.0;
    wp::float32 var_49;
    wp::uint8 var_50;
    const wp::float32 var_51 = 0.0;
    const wp::float32 var_52 = 255.0;
    wp::float32 var_53;
    wp::uint8 var_54;
    wp::vec_t<2, wp::uint8> var_55;
    //---------
    // forward
    // def rgb_to_yuv(rgb: wp.array2d(dtype=wp.vec3ub), y: wp.array2d(dtype=wp.uint8), uv: wp.array2d(dtype=wp.vec2ub)):       <L 7>
    // i, j = wp.tid()                                                                        <L 8>
    builtin_tid2d(var_0, var_1);
    // c = rgb[i, j]                                                                          <L 9>
    var_2 = wp::address(var_rgb, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = float(c[0])                                                                        <L 10>
    var_6 = wp::extract(var_3, var_5);
    var_7 = wp::float(var_6);
    // g = float(c[1])                                                                        <L 11>
    var_9 = wp::extract(var_3, var_8);
    var_10 = wp::float(var_9);
    // b = float(c[2])                                                                        <L 12>
    var_12 = wp::extract(var_3, var_11);
    var_13 = wp::float(var_12);
    // Y = 0.299 * r + 0.587 * g + 0.114 * b                                                  <L 13>
    var_15 = wp::mul(var_14, var_7);
    var_17 = wp::mul(var_16, var_10);
    var_18 = wp::add(var_15, var_17);
    var_20 = wp::mul(var_19, var_13);
    var_21 = wp::add(var_18, var_20);
    // U = -0.169 * r - 0.331 * g + 0.5 * b + 128.0                                           <L 14>
    var_24 = wp::mul(var_23, var_7);
    var_26 = wp::mul(var_25, var_10);
    var_27 = wp::sub(var_24, var_26);
    var_29 = wp::mul(var_28, var_13);
    var_30 = wp::add(var_27, var_29);
    var_32 = wp::add(var_30, var_31);
    // V = 0.5 * r - 0.419 * g - 0.081 * b + 128.0                                            <L 15>
    var_34 = wp::mul(var_33, var_7);
    var_36 = wp::mul(var_35, var_10);
    var_37 = wp::sub(var_34, var_36);
    var_39 = wp::mul(var_38, var_13);
    var_40 = wp::sub(var_37, var_39);
    var_42 = wp::add(var_40, var_41);
    // y[i, j] = wp.uint8(wp.clamp(Y, 0.0, 255.0))                                            <L 16>
    var_45 = wp::clamp(var_21, var_43, var_44);
    var_46 = wp::uint8(var_45);
    wp::array_store(var_y, var_0, var_1, var_46);
    // uv[i, j] = wp.vec2ub(wp.uint8(wp.clamp(U, 0.0, 255.0)), wp.uint8(wp.clamp(V, 0.0, 255.0)))       <L 17>
    var_49 = wp::clamp(var_32, var_47, var_48);
    var_50 = wp::uint8(var_49);
    var_53 = wp::clamp(var_42, var_51, var_52);
    var_54 = wp::uint8(var_53);
    var_55 = wp::vec_t<2, wp::uint8>(var_50, var_54);
    wp::array_store(var_uv, var_0, var_1, var_55);
}



void rgb_to_yuv_9a915e53_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rgb_to_yuv_9a915e53 *_wp_args,
    wp_args_rgb_to_yuv_9a915e53 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::uint8>> var_rgb = _wp_args->rgb;
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::uint8>> var_uv = _wp_args->uv;
    wp::array_t<wp::vec_t<3, wp::uint8>> adj_rgb = _wp_adj_args->rgb;
    wp::array_t<wp::uint8> adj_y = _wp_adj_args->y;
    wp::array_t<wp::vec_t<2, wp::uint8>> adj_uv = _wp_adj_args->uv;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::uint8>* var_2;
    wp::vec_t<3, wp::uint8> var_3;
    wp::vec_t<3, wp::uint8> var_4;
    const wp::int32 var_5 = 0;
    wp::uint8 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::uint8 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::uint8 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.299;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.587;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.114;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.169;
    const wp::float32 var_23 = -0.169;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.331;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 128.0;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.419;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.081;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 128.0;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.0;
    const wp::float32 var_44 = 255.0;
    wp::float32 var_45;
    wp::uint8 var_46;
    const wp::float32 var_47 = 0.0;
    const wp::float32 var_48 = 255.0;
    wp::float32 var_49;
    wp::uint8 var_50;
    const wp::float32 var_51 = 0.0;
    const wp::float32 var_52 = 255.0;
    wp::float32 var_53;
    wp::uint8 var_54;
    wp::vec_t<2, wp::uint8> var_55;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::uint8> adj_2 = {};
    wp::vec_t<3, wp::uint8> adj_3 = {};
    wp::vec_t<3, wp::uint8> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint8 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint8 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint8 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::uint8 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::uint8 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::uint8 adj_54 = {};
    wp::vec_t<2, wp::uint8> adj_55 = {};
    //---------
    // forward
    // def rgb_to_yuv(rgb: wp.array2d(dtype=wp.vec3ub), y: wp.array2d(dtype=wp.uint8), uv: wp.array2d(dtype=wp.vec2ub)):       <L 7>
    // i, j = wp.tid()                                                                        <L 8>
    builtin_tid2d(var_0, var_1);
    // c = rgb[i, j]                                                                          <L 9>
    var_2 = wp::address(var_rgb, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = float(c[0])                                                                        <L 10>
    var_6 = wp::extract(var_3, var_5);
    var_7 = wp::float(var_6);
    // g = float(c[1])                                                                        <L 11>
    var_9 = wp::extract(var_3, var_8);
    var_10 = wp::float(var_9);
    // b = float(c[2])                                                                        <L 12>
    var_12 = wp::extract(var_3, var_11);
    var_13 = wp::float(var_12);
    // Y = 0.299 * r + 0.587 * g + 0.114 * b                                                  <L 13>
    var_15 = wp::mul(var_14, var_7);
    var_17 = wp::mul(var_16, var_10);
    var_18 = wp::add(var_15, var_17);
    var_20 = wp::mul(var_19, var_13);
    var_21 = wp::add(var_18, var_20);
    // U = -0.169 * r - 0.331 * g + 0.5 * b + 128.0                                           <L 14>
    var_24 = wp::mul(var_23, var_7);
    var_26 = wp::mul(var_25, var_10);
    var_27 = wp::sub(var_24, var_26);
    var_29 = wp::mul(var_28, var_13);
    var_30 = wp::add(var_27, var_29);
    var_32 = wp::add(var_30, var_31);
    // V = 0.5 * r - 0.419 * g - 0.081 * b + 128.0                                            <L 15>
    var_34 = wp::mul(var_33, var_7);
    var_36 = wp::mul(var_35, var_10);
    var_37 = wp::sub(var_34, var_36);
    var_39 = wp::mul(var_38, var_13);
    var_40 = wp::sub(var_37, var_39);
    var_42 = wp::add(var_40, var_41);
    // y[i, j] = wp.uint8(wp.clamp(Y, 0.0, 255.0))                                            <L 16>
    var_45 = wp::clamp(var_21, var_43, var_44);
    var_46 = wp::uint8(var_45);
    // wp::array_store(var_y, var_0, var_1, var_46);
    // uv[i, j] = wp.vec2ub(wp.uint8(wp.clamp(U, 0.0, 255.0)), wp.uint8(wp.clamp(V, 0.0, 255.0)))       <L 17>
    var_49 = wp::clamp(var_32, var_47, var_48);
    var_50 = wp::uint8(var_49);
    var_53 = wp::clamp(var_42, var_51, var_52);
    var_54 = wp::uint8(var_53);
    var_55 = wp::vec_t<2, wp::uint8>(var_50, var_54);
    // wp::array_store(var_uv, var_0, var_1, var_55);
    //---------
    // reverse
    wp::adj_array_store(var_uv, var_0, var_1, var_55, adj_uv, adj_0, adj_1, adj_55);
    wp::adj_vec_t(var_50, var_54, adj_50, adj_54, adj_55);
    wp::adj_uint8(var_53, adj_53, adj_54);
    wp::adj_clamp(var_42, var_51, var_52, adj_42, adj_51, adj_52, adj_53);
    wp::adj_uint8(var_49, adj_49, adj_50);
    wp::adj_clamp(var_32, var_47, var_48, adj_32, adj_47, adj_48, adj_49);
    // adj: uv[i, j] = wp.vec2ub(wp.uint8(wp.clamp(U, 0.0, 255.0)), wp.uint8(wp.clamp(V, 0.0, 255.0)))  <L 17>
    wp::adj_array_store(var_y, var_0, var_1, var_46, adj_y, adj_0, adj_1, adj_46);
    wp::adj_uint8(var_45, adj_45, adj_46);
    wp::adj_clamp(var_21, var_43, var_44, adj_21, adj_43, adj_44, adj_45);
    // adj: y[i, j] = wp.uint8(wp.clamp(Y, 0.0, 255.0))                                       <L 16>
    wp::adj_add(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_sub(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_mul(var_38, var_13, adj_38, adj_13, adj_39);
    wp::adj_sub(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_mul(var_35, var_10, adj_35, adj_10, adj_36);
    wp::adj_mul(var_33, var_7, adj_33, adj_7, adj_34);
    // adj: V = 0.5 * r - 0.419 * g - 0.081 * b + 128.0                                       <L 15>
    wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_add(var_27, var_29, adj_27, adj_29, adj_30);
    wp::adj_mul(var_28, var_13, adj_28, adj_13, adj_29);
    wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_mul(var_25, var_10, adj_25, adj_10, adj_26);
    wp::adj_mul(var_23, var_7, adj_23, adj_7, adj_24);
    // adj: U = -0.169 * r - 0.331 * g + 0.5 * b + 128.0                                      <L 14>
    wp::adj_add(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_mul(var_19, var_13, adj_19, adj_13, adj_20);
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mul(var_16, var_10, adj_16, adj_10, adj_17);
    wp::adj_mul(var_14, var_7, adj_14, adj_7, adj_15);
    // adj: Y = 0.299 * r + 0.587 * g + 0.114 * b                                             <L 13>
    wp::adj_float(var_12, adj_12, adj_13);
    wp::adj_extract(var_3, var_11, adj_3, adj_11, adj_12);
    // adj: b = float(c[2])                                                                   <L 12>
    wp::adj_float(var_9, adj_9, adj_10);
    wp::adj_extract(var_3, var_8, adj_3, adj_8, adj_9);
    // adj: g = float(c[1])                                                                   <L 11>
    wp::adj_float(var_6, adj_6, adj_7);
    wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: r = float(c[0])                                                                   <L 10>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_rgb, var_0, var_1, adj_rgb, adj_0, adj_1, adj_2);
    // adj: c = rgb[i, j]                                                                     <L 9>
    // adj: i, j = wp.tid()                                                                   <L 8>
    // adj: def rgb_to_yuv(rgb: wp.array2d(dtype=wp.vec3ub), y: wp.array2d(dtype=wp.uint8), uv: wp.array2d(dtype=wp.vec2ub)):  <L 7>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rgb_to_yuv_9a915e53_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_rgb_to_yuv_9a915e53 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rgb_to_yuv_9a915e53_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rgb_to_yuv_9a915e53_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_rgb_to_yuv_9a915e53 *_wp_args,
    wp_args_rgb_to_yuv_9a915e53 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rgb_to_yuv_9a915e53_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_luma_histogram_f1d2d344 {
    wp::array_t<wp::uint8> y;
    wp::array_t<wp::uint32> hist;
};


void luma_histogram_f1d2d344_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_luma_histogram_f1d2d344 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::uint32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    const wp::int32 var_5 = 1;
    wp::uint32 var_6;
    wp::uint32 var_7;
    //---------
    // forward
    // def luma_histogram(y: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.uint32)):       <L 21>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_add(hist, int(y[i, j]), wp.uint32(1))                                        <L 23>
    var_2 = wp::address(var_y, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_6 = wp::uint32(var_5);
    var_7 = wp::atomic_add(var_hist, var_3, var_6);
}



void luma_histogram_f1d2d344_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_luma_histogram_f1d2d344 *_wp_args,
    wp_args_luma_histogram_f1d2d344 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::uint32> var_hist = _wp_args->hist;
    wp::array_t<wp::uint8> adj_y = _wp_adj_args->y;
    wp::array_t<wp::uint32> adj_hist = _wp_adj_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    const wp::int32 var_5 = 1;
    wp::uint32 var_6;
    wp::uint32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint8 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    //---------
    // forward
    // def luma_histogram(y: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.uint32)):       <L 21>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_add(hist, int(y[i, j]), wp.uint32(1))                                        <L 23>
    var_2 = wp::address(var_y, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_6 = wp::uint32(var_5);
    // var_7 = wp::atomic_add(var_hist, var_3, var_6);
    //---------
    // reverse
    wp::adj_atomic_add(var_hist, var_3, var_6, adj_hist, adj_3, adj_6, adj_7);
    wp::adj_uint32(var_5, adj_5, adj_6);
    wp::adj_int(var_4, adj_2, adj_3);
    wp::adj_address(var_y, var_0, var_1, adj_y, adj_0, adj_1, adj_2);
    // adj: wp.atomic_add(hist, int(y[i, j]), wp.uint32(1))                                   <L 23>
    // adj: i, j = wp.tid()                                                                   <L 22>
    // adj: def luma_histogram(y: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.uint32)):  <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void luma_histogram_f1d2d344_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_luma_histogram_f1d2d344 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        luma_histogram_f1d2d344_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void luma_histogram_f1d2d344_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_luma_histogram_f1d2d344 *_wp_args,
    wp_args_luma_histogram_f1d2d344 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        luma_histogram_f1d2d344_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_build_cdf_7f2e3b6a {
    wp::array_t<wp::uint32> hist;
    wp::array_t<wp::float32> cdf;
    wp::int32 total;
};


void build_cdf_7f2e3b6a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_cdf_7f2e3b6a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_hist = _wp_args->hist;
    wp::array_t<wp::float32> var_cdf = _wp_args->cdf;
    wp::int32 var_total = _wp_args->total;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::uint32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = -1.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 256;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::uint32* var_8;
    wp::uint32* var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::int32 var_17 = 0;
    wp::uint32 var_18;
    bool var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 256;
    wp::range_t var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-06;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    wp::float32 var_35;
    //---------
    // forward
    // def build_cdf(hist: wp.array(dtype=wp.uint32), cdf: wp.array(dtype=float), total: int):       <L 27>
    // acc = wp.uint32(0)                                                                     <L 28>
    var_1 = wp::uint32(var_0);
    // first = float(-1.0)                                                                    <L 29>
    var_4 = wp::float(var_3);
    // for b in range(BINS):                                                                  <L 30>
    var_6 = wp::range(var_5);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // acc += hist[b]                                                                     <L 31>
        var_8 = wp::address(var_hist, var_7);
        var_9 = wp::address(var_hist, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_1, var_11);
        // v = float(acc) / float(total)                                                      <L 32>
        var_12 = wp::float(var_10);
        var_13 = wp::float(var_total);
        var_14 = wp::div(var_12, var_13);
        // if first < 0.0 and acc > wp.uint32(0):                                             <L 33>
        var_16 = (var_4 < var_15);
        var_18 = wp::uint32(var_17);
        var_19 = (var_10 > var_18);
        var_20 = var_16 && var_19;
        if (var_20) {
            // first = v                                                                      <L 34>
            var_21 = wp::copy(var_14);
        }
        var_22 = wp::where(var_20, var_21, var_4);
        // cdf[b] = v                                                                         <L 35>
        wp::array_store(var_cdf, var_7, var_14);
        wp::assign(var_1, var_10);
        wp::assign(var_4, var_22);
        goto start_for_0;
    end_for_0:;
    // for b in range(BINS):                                                                  <L 36>
    var_24 = wp::range(var_23);
    start_for_2:;
        if (iter_cmp(var_24) == 0) goto end_for_2;
        var_25 = wp::iter_next(var_24);
        // cdf[b] = wp.max((cdf[b] - first) / wp.max(1.0 - first, 1.0e-6), 0.0)               <L 37>
        var_26 = wp::address(var_cdf, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_4);
        var_30 = wp::sub(var_29, var_4);
        var_32 = wp::max(var_30, var_31);
        var_33 = wp::div(var_27, var_32);
        var_35 = wp::max(var_33, var_34);
        wp::array_store(var_cdf, var_25, var_35);
        goto start_for_2;
    end_for_2:;
}



void build_cdf_7f2e3b6a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_cdf_7f2e3b6a *_wp_args,
    wp_args_build_cdf_7f2e3b6a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_hist = _wp_args->hist;
    wp::array_t<wp::float32> var_cdf = _wp_args->cdf;
    wp::int32 var_total = _wp_args->total;
    wp::array_t<wp::uint32> adj_hist = _wp_adj_args->hist;
    wp::array_t<wp::float32> adj_cdf = _wp_adj_args->cdf;
    wp::int32 adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::uint32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = -1.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 256;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::uint32* var_8;
    wp::uint32* var_9;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::int32 var_17 = 0;
    wp::uint32 var_18;
    bool var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 256;
    wp::range_t var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-06;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::uint32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::range_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def build_cdf(hist: wp.array(dtype=wp.uint32), cdf: wp.array(dtype=float), total: int):       <L 27>
    // acc = wp.uint32(0)                                                                     <L 28>
    var_1 = wp::uint32(var_0);
    // first = float(-1.0)                                                                    <L 29>
    var_4 = wp::float(var_3);
    // for b in range(BINS):                                                                  <L 30>
    var_6 = wp::range(var_5);
    // for b in range(BINS):                                                                  <L 36>
    var_24 = wp::range(var_23);
    //---------
    // reverse
    var_24 = wp::iter_reverse(var_24);
    start_for_2:;
        if (iter_cmp(var_24) == 0) goto end_for_2;
        var_25 = wp::iter_next(var_24);
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
        // cdf[b] = wp.max((cdf[b] - first) / wp.max(1.0 - first, 1.0e-6), 0.0)               <L 37>
        var_26 = wp::address(var_cdf, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_4);
        var_30 = wp::sub(var_29, var_4);
        var_32 = wp::max(var_30, var_31);
        var_33 = wp::div(var_27, var_32);
        var_35 = wp::max(var_33, var_34);
        // wp::array_store(var_cdf, var_25, var_35);
        wp::adj_array_store(var_cdf, var_25, var_35, adj_cdf, adj_25, adj_35);
        wp::adj_max(var_33, var_34, adj_33, adj_34, adj_35);
        wp::adj_div(var_27, var_32, var_33, adj_27, adj_32, adj_33);
        wp::adj_max(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_sub(var_29, var_4, adj_29, adj_4, adj_30);
        wp::adj_sub(var_28, var_4, adj_26, adj_4, adj_27);
        wp::adj_address(var_cdf, var_25, adj_cdf, adj_25, adj_26);
        // adj: cdf[b] = wp.max((cdf[b] - first) / wp.max(1.0 - first, 1.0e-6), 0.0)          <L 37>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_23, adj_23, adj_24);
    // adj: for b in range(BINS):                                                             <L 36>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
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
        // acc += hist[b]                                                                     <L 31>
        var_8 = wp::address(var_hist, var_7);
        var_9 = wp::address(var_hist, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_1, var_11);
        // v = float(acc) / float(total)                                                      <L 32>
        var_12 = wp::float(var_10);
        var_13 = wp::float(var_total);
        var_14 = wp::div(var_12, var_13);
        // if first < 0.0 and acc > wp.uint32(0):                                             <L 33>
        var_16 = (var_4 < var_15);
        var_18 = wp::uint32(var_17);
        var_19 = (var_10 > var_18);
        var_20 = var_16 && var_19;
        if (var_20) {
            // first = v                                                                      <L 34>
            var_21 = wp::copy(var_14);
        }
        var_22 = wp::where(var_20, var_21, var_4);
        // cdf[b] = v                                                                         <L 35>
        // wp::array_store(var_cdf, var_7, var_14);
        wp::assign(var_1, var_10);
        wp::assign(var_4, var_22);
        wp::adj_assign(var_4, var_22, adj_4, adj_22);
        wp::adj_assign(var_1, var_10, adj_1, adj_10);
        wp::adj_array_store(var_cdf, var_7, var_14, adj_cdf, adj_7, adj_14);
        // adj: cdf[b] = v                                                                    <L 35>
        wp::adj_where(var_20, var_21, var_4, adj_20, adj_21, adj_4, adj_22);
        if (var_20) {
            wp::adj_copy(var_14, adj_14, adj_21);
            // adj: first = v                                                                 <L 34>
        }
        wp::adj_uint32(var_17, adj_17, adj_18);
        // adj: if first < 0.0 and acc > wp.uint32(0):                                        <L 33>
        wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
        wp::adj_float(var_total, adj_total, adj_13);
        wp::adj_float(var_10, adj_10, adj_12);
        // adj: v = float(acc) / float(total)                                                 <L 32>
        wp::adj_add(var_1, var_11, adj_1, adj_9, adj_10);
        wp::adj_address(var_hist, var_7, adj_hist, adj_7, adj_9);
        wp::adj_address(var_hist, var_7, adj_hist, adj_7, adj_8);
        // adj: acc += hist[b]                                                                <L 31>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_5, adj_5, adj_6);
    // adj: for b in range(BINS):                                                             <L 30>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: first = float(-1.0)                                                               <L 29>
    wp::adj_uint32(var_0, adj_0, adj_1);
    // adj: acc = wp.uint32(0)                                                                <L 28>
    // adj: def build_cdf(hist: wp.array(dtype=wp.uint32), cdf: wp.array(dtype=float), total: int):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void build_cdf_7f2e3b6a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_build_cdf_7f2e3b6a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_cdf_7f2e3b6a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void build_cdf_7f2e3b6a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_build_cdf_7f2e3b6a *_wp_args,
    wp_args_build_cdf_7f2e3b6a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_cdf_7f2e3b6a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_equalize_995ba914 {
    wp::array_t<wp::uint8> y;
    wp::array_t<wp::float32> cdf;
    wp::array_t<wp::uint8> out;
};


void equalize_995ba914_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_equalize_995ba914 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_cdf = _wp_args->cdf;
    wp::array_t<wp::uint8> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    wp::float32* var_5;
    const wp::float32 var_6 = 255.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::uint8 var_9;
    //---------
    // forward
    // def equalize(y: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=float), out: wp.array2d(dtype=wp.uint8)):       <L 41>
    // i, j = wp.tid()                                                                        <L 42>
    builtin_tid2d(var_0, var_1);
    // out[i, j] = wp.uint8(cdf[int(y[i, j])] * 255.0)                                        <L 43>
    var_2 = wp::address(var_y, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_5 = wp::address(var_cdf, var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::uint8(var_7);
    wp::array_store(var_out, var_0, var_1, var_9);
}



void equalize_995ba914_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_equalize_995ba914 *_wp_args,
    wp_args_equalize_995ba914 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_cdf = _wp_args->cdf;
    wp::array_t<wp::uint8> var_out = _wp_args->out;
    wp::array_t<wp::uint8> adj_y = _wp_adj_args->y;
    wp::array_t<wp::float32> adj_cdf = _wp_adj_args->cdf;
    wp::array_t<wp::uint8> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    wp::float32* var_5;
    const wp::float32 var_6 = 255.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::uint8 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint8 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::uint8 adj_9 = {};
    //---------
    // forward
    // def equalize(y: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=float), out: wp.array2d(dtype=wp.uint8)):       <L 41>
    // i, j = wp.tid()                                                                        <L 42>
    builtin_tid2d(var_0, var_1);
    // out[i, j] = wp.uint8(cdf[int(y[i, j])] * 255.0)                                        <L 43>
    var_2 = wp::address(var_y, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_5 = wp::address(var_cdf, var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::uint8(var_7);
    // wp::array_store(var_out, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_9, adj_out, adj_0, adj_1, adj_9);
    wp::adj_uint8(var_7, adj_7, adj_9);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_cdf, var_3, adj_cdf, adj_3, adj_5);
    wp::adj_int(var_4, adj_2, adj_3);
    wp::adj_address(var_y, var_0, var_1, adj_y, adj_0, adj_1, adj_2);
    // adj: out[i, j] = wp.uint8(cdf[int(y[i, j])] * 255.0)                                   <L 43>
    // adj: i, j = wp.tid()                                                                   <L 42>
    // adj: def equalize(y: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=float), out: wp.array2d(dtype=wp.uint8)):  <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void equalize_995ba914_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_equalize_995ba914 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        equalize_995ba914_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void equalize_995ba914_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_equalize_995ba914 *_wp_args,
    wp_args_equalize_995ba914 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        equalize_995ba914_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_resize_bilinear_e4219fc1 {
    wp::array_t<wp::uint8> src;
    wp::array_t<wp::uint8> dst;
};


void resize_bilinear_e4219fc1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_resize_bilinear_e4219fc1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_src = _wp_args->src;
    wp::array_t<wp::uint8> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    wp::shape_t* var_39;
    const wp::int32 var_40 = 0;
    wp::int32 var_41;
    wp::shape_t var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    wp::shape_t* var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::shape_t var_52;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::shape_t* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::shape_t var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::shape_t* var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::shape_t var_70;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    const wp::float32 var_76 = 0.0;
    const wp::float32 var_77 = 1.0;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    const wp::float32 var_81 = 0.0;
    const wp::float32 var_82 = 1.0;
    wp::float32 var_83;
    wp::uint8* var_84;
    wp::float32 var_85;
    wp::uint8 var_86;
    wp::uint8* var_87;
    wp::float32 var_88;
    wp::uint8 var_89;
    wp::float32 var_90;
    wp::uint8* var_91;
    wp::float32 var_92;
    wp::uint8 var_93;
    wp::uint8* var_94;
    wp::float32 var_95;
    wp::uint8 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 0.5;
    wp::float32 var_100;
    const wp::float32 var_101 = 0.0;
    const wp::float32 var_102 = 255.0;
    wp::float32 var_103;
    wp::uint8 var_104;
    //---------
    // forward
    // def resize_bilinear(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8)):       <L 47>
    // i, j = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // sy = (float(i) + 0.5) * float(src.shape[0]) / float(dst.shape[0]) - 0.5                <L 49>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = &(var_src.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::float(var_7);
    var_10 = wp::mul(var_4, var_9);
    var_11 = &(var_dst.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::float(var_13);
    var_16 = wp::div(var_10, var_15);
    var_18 = wp::sub(var_16, var_17);
    // sx = (float(j) + 0.5) * float(src.shape[1]) / float(dst.shape[1]) - 0.5                <L 50>
    var_19 = wp::float(var_1);
    var_21 = wp::add(var_19, var_20);
    var_22 = &(var_src.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::float(var_24);
    var_27 = wp::mul(var_21, var_26);
    var_28 = &(var_dst.shape);
    var_31 = wp::load(var_28);
    var_30 = wp::extract(var_31, var_29);
    var_32 = wp::float(var_30);
    var_33 = wp::div(var_27, var_32);
    var_35 = wp::sub(var_33, var_34);
    // y0 = wp.clamp(int(wp.floor(sy)), 0, src.shape[0] - 1)                                  <L 51>
    var_36 = wp::floor(var_18);
    var_37 = wp::int(var_36);
    var_39 = &(var_src.shape);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::clamp(var_37, var_38, var_44);
    // x0 = wp.clamp(int(wp.floor(sx)), 0, src.shape[1] - 1)                                  <L 52>
    var_46 = wp::floor(var_35);
    var_47 = wp::int(var_46);
    var_49 = &(var_src.shape);
    var_52 = wp::load(var_49);
    var_51 = wp::extract(var_52, var_50);
    var_54 = wp::sub(var_51, var_53);
    var_55 = wp::clamp(var_47, var_48, var_54);
    // y1 = wp.min(y0 + 1, src.shape[0] - 1)                                                  <L 53>
    var_57 = wp::add(var_45, var_56);
    var_58 = &(var_src.shape);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_63 = wp::sub(var_60, var_62);
    var_64 = wp::min(var_57, var_63);
    // x1 = wp.min(x0 + 1, src.shape[1] - 1)                                                  <L 54>
    var_66 = wp::add(var_55, var_65);
    var_67 = &(var_src.shape);
    var_70 = wp::load(var_67);
    var_69 = wp::extract(var_70, var_68);
    var_72 = wp::sub(var_69, var_71);
    var_73 = wp::min(var_66, var_72);
    // ty = wp.clamp(sy - float(y0), 0.0, 1.0)                                                <L 55>
    var_74 = wp::float(var_45);
    var_75 = wp::sub(var_18, var_74);
    var_78 = wp::clamp(var_75, var_76, var_77);
    // tx = wp.clamp(sx - float(x0), 0.0, 1.0)                                                <L 56>
    var_79 = wp::float(var_55);
    var_80 = wp::sub(var_35, var_79);
    var_83 = wp::clamp(var_80, var_81, var_82);
    // a = wp.lerp(float(src[y0, x0]), float(src[y0, x1]), tx)                                <L 57>
    var_84 = wp::address(var_src, var_45, var_55);
    var_86 = wp::load(var_84);
    var_85 = wp::float(var_86);
    var_87 = wp::address(var_src, var_45, var_73);
    var_89 = wp::load(var_87);
    var_88 = wp::float(var_89);
    var_90 = wp::lerp(var_85, var_88, var_83);
    // b = wp.lerp(float(src[y1, x0]), float(src[y1, x1]), tx)                                <L 58>
    var_91 = wp::address(var_src, var_64, var_55);
    var_93 = wp::load(var_91);
    var_92 = wp::float(var_93);
    var_94 = wp::address(var_src, var_64, var_73);
    var_96 = wp::load(var_94);
    var_95 = wp::float(var_96);
    var_97 = wp::lerp(var_92, var_95, var_83);
    // dst[i, j] = wp.uint8(wp.clamp(wp.lerp(a, b, ty) + 0.5, 0.0, 255.0))                    <L 59>
    var_98 = wp::lerp(var_90, var_97, var_78);
    var_100 = wp::add(var_98, var_99);
    var_103 = wp::clamp(var_100, var_101, var_102);
    var_104 = wp::uint8(var_103);
    wp::array_store(var_dst, var_0, var_1, var_104);
}



void resize_bilinear_e4219fc1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_resize_bilinear_e4219fc1 *_wp_args,
    wp_args_resize_bilinear_e4219fc1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_src = _wp_args->src;
    wp::array_t<wp::uint8> var_dst = _wp_args->dst;
    wp::array_t<wp::uint8> adj_src = _wp_adj_args->src;
    wp::array_t<wp::uint8> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    wp::shape_t* var_39;
    const wp::int32 var_40 = 0;
    wp::int32 var_41;
    wp::shape_t var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    wp::shape_t* var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::shape_t var_52;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::shape_t* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::shape_t var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::shape_t* var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::shape_t var_70;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    const wp::float32 var_76 = 0.0;
    const wp::float32 var_77 = 1.0;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    const wp::float32 var_81 = 0.0;
    const wp::float32 var_82 = 1.0;
    wp::float32 var_83;
    wp::uint8* var_84;
    wp::float32 var_85;
    wp::uint8 var_86;
    wp::uint8* var_87;
    wp::float32 var_88;
    wp::uint8 var_89;
    wp::float32 var_90;
    wp::uint8* var_91;
    wp::float32 var_92;
    wp::uint8 var_93;
    wp::uint8* var_94;
    wp::float32 var_95;
    wp::uint8 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 0.5;
    wp::float32 var_100;
    const wp::float32 var_101 = 0.0;
    const wp::float32 var_102 = 255.0;
    wp::float32 var_103;
    wp::uint8 var_104;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::shape_t adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::shape_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::shape_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::shape_t adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::shape_t adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::shape_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::shape_t adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::shape_t adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::shape_t adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::uint8 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::uint8 adj_86 = {};
    wp::uint8 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::uint8 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::uint8 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::uint8 adj_93 = {};
    wp::uint8 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::uint8 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::uint8 adj_104 = {};
    //---------
    // forward
    // def resize_bilinear(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8)):       <L 47>
    // i, j = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // sy = (float(i) + 0.5) * float(src.shape[0]) / float(dst.shape[0]) - 0.5                <L 49>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = &(var_src.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::float(var_7);
    var_10 = wp::mul(var_4, var_9);
    var_11 = &(var_dst.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::float(var_13);
    var_16 = wp::div(var_10, var_15);
    var_18 = wp::sub(var_16, var_17);
    // sx = (float(j) + 0.5) * float(src.shape[1]) / float(dst.shape[1]) - 0.5                <L 50>
    var_19 = wp::float(var_1);
    var_21 = wp::add(var_19, var_20);
    var_22 = &(var_src.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::float(var_24);
    var_27 = wp::mul(var_21, var_26);
    var_28 = &(var_dst.shape);
    var_31 = wp::load(var_28);
    var_30 = wp::extract(var_31, var_29);
    var_32 = wp::float(var_30);
    var_33 = wp::div(var_27, var_32);
    var_35 = wp::sub(var_33, var_34);
    // y0 = wp.clamp(int(wp.floor(sy)), 0, src.shape[0] - 1)                                  <L 51>
    var_36 = wp::floor(var_18);
    var_37 = wp::int(var_36);
    var_39 = &(var_src.shape);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::clamp(var_37, var_38, var_44);
    // x0 = wp.clamp(int(wp.floor(sx)), 0, src.shape[1] - 1)                                  <L 52>
    var_46 = wp::floor(var_35);
    var_47 = wp::int(var_46);
    var_49 = &(var_src.shape);
    var_52 = wp::load(var_49);
    var_51 = wp::extract(var_52, var_50);
    var_54 = wp::sub(var_51, var_53);
    var_55 = wp::clamp(var_47, var_48, var_54);
    // y1 = wp.min(y0 + 1, src.shape[0] - 1)                                                  <L 53>
    var_57 = wp::add(var_45, var_56);
    var_58 = &(var_src.shape);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_63 = wp::sub(var_60, var_62);
    var_64 = wp::min(var_57, var_63);
    // x1 = wp.min(x0 + 1, src.shape[1] - 1)                                                  <L 54>
    var_66 = wp::add(var_55, var_65);
    var_67 = &(var_src.shape);
    var_70 = wp::load(var_67);
    var_69 = wp::extract(var_70, var_68);
    var_72 = wp::sub(var_69, var_71);
    var_73 = wp::min(var_66, var_72);
    // ty = wp.clamp(sy - float(y0), 0.0, 1.0)                                                <L 55>
    var_74 = wp::float(var_45);
    var_75 = wp::sub(var_18, var_74);
    var_78 = wp::clamp(var_75, var_76, var_77);
    // tx = wp.clamp(sx - float(x0), 0.0, 1.0)                                                <L 56>
    var_79 = wp::float(var_55);
    var_80 = wp::sub(var_35, var_79);
    var_83 = wp::clamp(var_80, var_81, var_82);
    // a = wp.lerp(float(src[y0, x0]), float(src[y0, x1]), tx)                                <L 57>
    var_84 = wp::address(var_src, var_45, var_55);
    var_86 = wp::load(var_84);
    var_85 = wp::float(var_86);
    var_87 = wp::address(var_src, var_45, var_73);
    var_89 = wp::load(var_87);
    var_88 = wp::float(var_89);
    var_90 = wp::lerp(var_85, var_88, var_83);
    // b = wp.lerp(float(src[y1, x0]), float(src[y1, x1]), tx)                                <L 58>
    var_91 = wp::address(var_src, var_64, var_55);
    var_93 = wp::load(var_91);
    var_92 = wp::float(var_93);
    var_94 = wp::address(var_src, var_64, var_73);
    var_96 = wp::load(var_94);
    var_95 = wp::float(var_96);
    var_97 = wp::lerp(var_92, var_95, var_83);
    // dst[i, j] = wp.uint8(wp.clamp(wp.lerp(a, b, ty) + 0.5, 0.0, 255.0))                    <L 59>
    var_98 = wp::lerp(var_90, var_97, var_78);
    var_100 = wp::add(var_98, var_99);
    var_103 = wp::clamp(var_100, var_101, var_102);
    var_104 = wp::uint8(var_103);
    // wp::array_store(var_dst, var_0, var_1, var_104);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_104, adj_dst, adj_0, adj_1, adj_104);
    wp::adj_uint8(var_103, adj_103, adj_104);
    wp::adj_clamp(var_100, var_101, var_102, adj_100, adj_101, adj_102, adj_103);
    wp::adj_add(var_98, var_99, adj_98, adj_99, adj_100);
    wp::adj_lerp(var_90, var_97, var_78, adj_90, adj_97, adj_78, adj_98);
    // adj: dst[i, j] = wp.uint8(wp.clamp(wp.lerp(a, b, ty) + 0.5, 0.0, 255.0))               <L 59>
    wp::adj_lerp(var_92, var_95, var_83, adj_92, adj_95, adj_83, adj_97);
    wp::adj_float(var_96, adj_94, adj_95);
    wp::adj_address(var_src, var_64, var_73, adj_src, adj_64, adj_73, adj_94);
    wp::adj_float(var_93, adj_91, adj_92);
    wp::adj_address(var_src, var_64, var_55, adj_src, adj_64, adj_55, adj_91);
    // adj: b = wp.lerp(float(src[y1, x0]), float(src[y1, x1]), tx)                           <L 58>
    wp::adj_lerp(var_85, var_88, var_83, adj_85, adj_88, adj_83, adj_90);
    wp::adj_float(var_89, adj_87, adj_88);
    wp::adj_address(var_src, var_45, var_73, adj_src, adj_45, adj_73, adj_87);
    wp::adj_float(var_86, adj_84, adj_85);
    wp::adj_address(var_src, var_45, var_55, adj_src, adj_45, adj_55, adj_84);
    // adj: a = wp.lerp(float(src[y0, x0]), float(src[y0, x1]), tx)                           <L 57>
    wp::adj_clamp(var_80, var_81, var_82, adj_80, adj_81, adj_82, adj_83);
    wp::adj_sub(var_35, var_79, adj_35, adj_79, adj_80);
    wp::adj_float(var_55, adj_55, adj_79);
    // adj: tx = wp.clamp(sx - float(x0), 0.0, 1.0)                                           <L 56>
    wp::adj_clamp(var_75, var_76, var_77, adj_75, adj_76, adj_77, adj_78);
    wp::adj_sub(var_18, var_74, adj_18, adj_74, adj_75);
    wp::adj_float(var_45, adj_45, adj_74);
    // adj: ty = wp.clamp(sy - float(y0), 0.0, 1.0)                                           <L 55>
    wp::adj_min(var_66, var_72, adj_66, adj_72, adj_73);
    wp::adj_sub(var_69, var_71, adj_69, adj_71, adj_72);
    wp::adj_extract(var_70, var_68, adj_67, adj_68, adj_69);
    adj_src.shape = adj_67;
    wp::adj_add(var_55, var_65, adj_55, adj_65, adj_66);
    // adj: x1 = wp.min(x0 + 1, src.shape[1] - 1)                                             <L 54>
    wp::adj_min(var_57, var_63, adj_57, adj_63, adj_64);
    wp::adj_sub(var_60, var_62, adj_60, adj_62, adj_63);
    wp::adj_extract(var_61, var_59, adj_58, adj_59, adj_60);
    adj_src.shape = adj_58;
    wp::adj_add(var_45, var_56, adj_45, adj_56, adj_57);
    // adj: y1 = wp.min(y0 + 1, src.shape[0] - 1)                                             <L 53>
    wp::adj_clamp(var_47, var_48, var_54, adj_47, adj_48, adj_54, adj_55);
    wp::adj_sub(var_51, var_53, adj_51, adj_53, adj_54);
    wp::adj_extract(var_52, var_50, adj_49, adj_50, adj_51);
    adj_src.shape = adj_49;
    wp::adj_int(var_46, adj_46, adj_47);
    // adj: x0 = wp.clamp(int(wp.floor(sx)), 0, src.shape[1] - 1)                             <L 52>
    wp::adj_clamp(var_37, var_38, var_44, adj_37, adj_38, adj_44, adj_45);
    wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
    adj_src.shape = adj_39;
    wp::adj_int(var_36, adj_36, adj_37);
    // adj: y0 = wp.clamp(int(wp.floor(sy)), 0, src.shape[0] - 1)                             <L 51>
    wp::adj_sub(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_div(var_27, var_32, var_33, adj_27, adj_32, adj_33);
    wp::adj_float(var_30, adj_30, adj_32);
    wp::adj_extract(var_31, var_29, adj_28, adj_29, adj_30);
    adj_dst.shape = adj_28;
    wp::adj_mul(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_float(var_24, adj_24, adj_26);
    wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
    adj_src.shape = adj_22;
    wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_float(var_1, adj_1, adj_19);
    // adj: sx = (float(j) + 0.5) * float(src.shape[1]) / float(dst.shape[1]) - 0.5           <L 50>
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_div(var_10, var_15, var_16, adj_10, adj_15, adj_16);
    wp::adj_float(var_13, adj_13, adj_15);
    wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
    adj_dst.shape = adj_11;
    wp::adj_mul(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_float(var_7, adj_7, adj_9);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    adj_src.shape = adj_5;
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: sy = (float(i) + 0.5) * float(src.shape[0]) / float(dst.shape[0]) - 0.5           <L 49>
    // adj: i, j = wp.tid()                                                                   <L 48>
    // adj: def resize_bilinear(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void resize_bilinear_e4219fc1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_resize_bilinear_e4219fc1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        resize_bilinear_e4219fc1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void resize_bilinear_e4219fc1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_resize_bilinear_e4219fc1 *_wp_args,
    wp_args_resize_bilinear_e4219fc1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        resize_bilinear_e4219fc1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

