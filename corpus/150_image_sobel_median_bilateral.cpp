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


// corpus/150_image_sobel_median_bilateral.py:18
static wp::float32 luminance_0(
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.2126;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.7152;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0722;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def luminance(c: wp.vec3) -> float:                                                    <L 19>
    // return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]                                   <L 20>
    var_2 = wp::extract(var_c, var_1);
    var_3 = wp::mul(var_0, var_2);
    var_6 = wp::extract(var_c, var_5);
    var_7 = wp::mul(var_4, var_6);
    var_8 = wp::add(var_3, var_7);
    var_11 = wp::extract(var_c, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_8, var_12);
    return var_13;
}


// corpus/150_image_sobel_median_bilateral.py:11
static wp::float32 fetch_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def fetch(img: wp.array2d(dtype=float), y: int, x: int) -> float:                      <L 12>
    // yy = wp.clamp(y, 0, img.shape[0] - 1)                                                  <L 13>
    var_1 = &(var_img.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_y, var_0, var_6);
    // xx = wp.clamp(x, 0, img.shape[1] - 1)                                                  <L 14>
    var_9 = &(var_img.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_x, var_8, var_14);
    // return img[yy, xx]                                                                     <L 15>
    var_16 = wp::address(var_img, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// corpus/150_image_sobel_median_bilateral.py:18
static void adj_luminance_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/150_image_sobel_median_bilateral.py:11
static void adj_fetch_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::array_t<wp::float32> & adj_img,
    wp::int32 & adj_y,
    wp::int32 & adj_x,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_to_gray_60cb15b2 {
    wp::array_t<wp::vec_t<3, wp::float32>> rgb;
    wp::array_t<wp::float32> gray;
};


void to_gray_60cb15b2_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_to_gray_60cb15b2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb = _wp_args->rgb;
    wp::array_t<wp::float32> var_gray = _wp_args->gray;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def to_gray(rgb: wp.array2d(dtype=wp.vec3), gray: wp.array2d(dtype=float)):            <L 24>
    // y, x = wp.tid()                                                                        <L 25>
    builtin_tid2d(var_0, var_1);
    // gray[y, x] = luminance(rgb[y, x])                                                      <L 26>
    var_2 = wp::address(var_rgb, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = luminance_0(var_4);
    wp::array_store(var_gray, var_0, var_1, var_3);
}



extern "C" {

// Python CPU entry points
WP_API void to_gray_60cb15b2_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_to_gray_60cb15b2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_gray_60cb15b2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_sobel_1fb4efb1 {
    wp::array_t<wp::float32> gray;
    wp::array_t<wp::float32> mag;
    wp::array_t<wp::float32> angle;
};


void sobel_1fb4efb1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sobel_1fb4efb1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_gray = _wp_args->gray;
    wp::array_t<wp::float32> var_mag = _wp_args->mag;
    wp::array_t<wp::float32> var_angle = _wp_args->angle;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::mat_t<3, 3, wp::float32> var_15 = wp::initializer_array<9,wp::float32>{-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0};
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::mat_t<3, 3, wp::float32> var_19 = wp::initializer_array<9,wp::float32>{-1.0, -2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0};
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 0;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::int32 var_56;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::int32 var_70;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    const wp::int32 var_80 = 2;
    wp::int32 var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::int32 var_84;
    const wp::int32 var_85 = 1;
    wp::int32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 2;
    const wp::int32 var_95 = 0;
    wp::int32 var_96;
    const wp::int32 var_97 = 1;
    wp::int32 var_98;
    wp::int32 var_99;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    const wp::int32 var_111 = 1;
    wp::int32 var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 1;
    wp::int32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 2;
    wp::int32 var_124;
    const wp::int32 var_125 = 1;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 1;
    wp::int32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    //---------
    // forward
    // def sobel(gray: wp.array2d(dtype=float), mag: wp.array2d(dtype=float), angle: wp.array2d(dtype=float)):       <L 30>
    // y, x = wp.tid()                                                                        <L 31>
    builtin_tid2d(var_0, var_1);
    // gx = float(0.0)                                                                        <L 32>
    var_3 = wp::float(var_2);
    // gy = float(0.0)                                                                        <L 33>
    var_5 = wp::float(var_4);
    // for dy in range(3):                                                                    <L 34>
    // for dx in range(3):                                                                    <L 35>
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_8 = wp::add(var_0, var_6);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::add(var_1, var_7);
    var_13 = wp::sub(var_11, var_12);
    var_14 = fetch_0(var_gray, var_10, var_13);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_16 = wp::extract(var_15, var_6, var_7);
    var_17 = wp::mul(var_16, var_14);
    var_18 = wp::add(var_3, var_17);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_20 = wp::extract(var_19, var_6, var_7);
    var_21 = wp::mul(var_20, var_14);
    var_22 = wp::add(var_5, var_21);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_24 = wp::add(var_0, var_6);
    var_26 = wp::sub(var_24, var_25);
    var_27 = wp::add(var_1, var_23);
    var_29 = wp::sub(var_27, var_28);
    var_30 = fetch_0(var_gray, var_26, var_29);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_31 = wp::extract(var_15, var_6, var_23);
    var_32 = wp::mul(var_31, var_30);
    var_33 = wp::add(var_18, var_32);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_34 = wp::extract(var_19, var_6, var_23);
    var_35 = wp::mul(var_34, var_30);
    var_36 = wp::add(var_22, var_35);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_38 = wp::add(var_0, var_6);
    var_40 = wp::sub(var_38, var_39);
    var_41 = wp::add(var_1, var_37);
    var_43 = wp::sub(var_41, var_42);
    var_44 = fetch_0(var_gray, var_40, var_43);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_45 = wp::extract(var_15, var_6, var_37);
    var_46 = wp::mul(var_45, var_44);
    var_47 = wp::add(var_33, var_46);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_48 = wp::extract(var_19, var_6, var_37);
    var_49 = wp::mul(var_48, var_44);
    var_50 = wp::add(var_36, var_49);
    // for dx in range(3):                                                                    <L 35>
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_53 = wp::add(var_0, var_51);
    var_55 = wp::sub(var_53, var_54);
    var_56 = wp::add(var_1, var_52);
    var_58 = wp::sub(var_56, var_57);
    var_59 = fetch_0(var_gray, var_55, var_58);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_60 = wp::extract(var_15, var_51, var_52);
    var_61 = wp::mul(var_60, var_59);
    var_62 = wp::add(var_47, var_61);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_63 = wp::extract(var_19, var_51, var_52);
    var_64 = wp::mul(var_63, var_59);
    var_65 = wp::add(var_50, var_64);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_67 = wp::add(var_0, var_51);
    var_69 = wp::sub(var_67, var_68);
    var_70 = wp::add(var_1, var_66);
    var_72 = wp::sub(var_70, var_71);
    var_73 = fetch_0(var_gray, var_69, var_72);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_74 = wp::extract(var_15, var_51, var_66);
    var_75 = wp::mul(var_74, var_73);
    var_76 = wp::add(var_62, var_75);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_77 = wp::extract(var_19, var_51, var_66);
    var_78 = wp::mul(var_77, var_73);
    var_79 = wp::add(var_65, var_78);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_81 = wp::add(var_0, var_51);
    var_83 = wp::sub(var_81, var_82);
    var_84 = wp::add(var_1, var_80);
    var_86 = wp::sub(var_84, var_85);
    var_87 = fetch_0(var_gray, var_83, var_86);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_88 = wp::extract(var_15, var_51, var_80);
    var_89 = wp::mul(var_88, var_87);
    var_90 = wp::add(var_76, var_89);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_91 = wp::extract(var_19, var_51, var_80);
    var_92 = wp::mul(var_91, var_87);
    var_93 = wp::add(var_79, var_92);
    // for dx in range(3):                                                                    <L 35>
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_96 = wp::add(var_0, var_94);
    var_98 = wp::sub(var_96, var_97);
    var_99 = wp::add(var_1, var_95);
    var_101 = wp::sub(var_99, var_100);
    var_102 = fetch_0(var_gray, var_98, var_101);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_103 = wp::extract(var_15, var_94, var_95);
    var_104 = wp::mul(var_103, var_102);
    var_105 = wp::add(var_90, var_104);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_106 = wp::extract(var_19, var_94, var_95);
    var_107 = wp::mul(var_106, var_102);
    var_108 = wp::add(var_93, var_107);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_110 = wp::add(var_0, var_94);
    var_112 = wp::sub(var_110, var_111);
    var_113 = wp::add(var_1, var_109);
    var_115 = wp::sub(var_113, var_114);
    var_116 = fetch_0(var_gray, var_112, var_115);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_117 = wp::extract(var_15, var_94, var_109);
    var_118 = wp::mul(var_117, var_116);
    var_119 = wp::add(var_105, var_118);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_120 = wp::extract(var_19, var_94, var_109);
    var_121 = wp::mul(var_120, var_116);
    var_122 = wp::add(var_108, var_121);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_124 = wp::add(var_0, var_94);
    var_126 = wp::sub(var_124, var_125);
    var_127 = wp::add(var_1, var_123);
    var_129 = wp::sub(var_127, var_128);
    var_130 = fetch_0(var_gray, var_126, var_129);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_131 = wp::extract(var_15, var_94, var_123);
    var_132 = wp::mul(var_131, var_130);
    var_133 = wp::add(var_119, var_132);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_134 = wp::extract(var_19, var_94, var_123);
    var_135 = wp::mul(var_134, var_130);
    var_136 = wp::add(var_122, var_135);
    // mag[y, x] = wp.sqrt(gx * gx + gy * gy)                                                 <L 39>
    var_137 = wp::mul(var_133, var_133);
    var_138 = wp::mul(var_136, var_136);
    var_139 = wp::add(var_137, var_138);
    var_140 = wp::sqrt(var_139);
    wp::array_store(var_mag, var_0, var_1, var_140);
    // angle[y, x] = wp.atan2(gy, gx)                                                         <L 40>
    var_141 = wp::atan2(var_136, var_133);
    wp::array_store(var_angle, var_0, var_1, var_141);
}



extern "C" {

// Python CPU entry points
WP_API void sobel_1fb4efb1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sobel_1fb4efb1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sobel_1fb4efb1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_median3x3_1dbbd49d {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
};


void median3x3_1dbbd49d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_median3x3_1dbbd49d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<9, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const wp::int32 var_5 = -1;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = -1;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = -1;
    wp::int32 var_45;
    wp::int32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::int32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    const wp::int32 var_62 = 0;
    const wp::int32 var_63 = 8;
    wp::int32 var_64;
    wp::range_t var_65;
    wp::int32 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::float32 var_70;
    bool var_71;
    wp::float32 var_72;
    const wp::int32 var_73 = 1;
    wp::int32 var_74;
    wp::float32 var_75;
    const wp::int32 var_76 = 1;
    wp::int32 var_77;
    const wp::int32 var_78 = 1;
    const wp::int32 var_79 = 8;
    wp::int32 var_80;
    wp::range_t var_81;
    wp::int32 var_82;
    wp::float32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::float32 var_86;
    bool var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 1;
    wp::int32 var_90;
    wp::float32 var_91;
    const wp::int32 var_92 = 1;
    wp::int32 var_93;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    const wp::int32 var_96 = 8;
    wp::int32 var_97;
    wp::range_t var_98;
    wp::int32 var_99;
    wp::float32 var_100;
    const wp::int32 var_101 = 1;
    wp::int32 var_102;
    wp::float32 var_103;
    bool var_104;
    wp::float32 var_105;
    const wp::int32 var_106 = 1;
    wp::int32 var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    wp::float32 var_111;
    const wp::int32 var_112 = 3;
    const wp::int32 var_113 = 8;
    wp::int32 var_114;
    wp::range_t var_115;
    wp::int32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 1;
    wp::int32 var_119;
    wp::float32 var_120;
    bool var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 1;
    wp::int32 var_124;
    wp::float32 var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    wp::float32 var_128;
    const wp::int32 var_129 = 4;
    const wp::int32 var_130 = 8;
    wp::int32 var_131;
    wp::range_t var_132;
    wp::int32 var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 1;
    wp::int32 var_136;
    wp::float32 var_137;
    bool var_138;
    wp::float32 var_139;
    const wp::int32 var_140 = 1;
    wp::int32 var_141;
    wp::float32 var_142;
    const wp::int32 var_143 = 1;
    wp::int32 var_144;
    wp::float32 var_145;
    const wp::int32 var_146 = 5;
    const wp::int32 var_147 = 8;
    wp::int32 var_148;
    wp::range_t var_149;
    wp::int32 var_150;
    wp::float32 var_151;
    const wp::int32 var_152 = 1;
    wp::int32 var_153;
    wp::float32 var_154;
    bool var_155;
    wp::float32 var_156;
    const wp::int32 var_157 = 1;
    wp::int32 var_158;
    wp::float32 var_159;
    const wp::int32 var_160 = 1;
    wp::int32 var_161;
    wp::float32 var_162;
    const wp::int32 var_163 = 6;
    const wp::int32 var_164 = 8;
    wp::int32 var_165;
    wp::range_t var_166;
    wp::int32 var_167;
    wp::float32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    wp::float32 var_171;
    bool var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 1;
    wp::int32 var_175;
    wp::float32 var_176;
    const wp::int32 var_177 = 1;
    wp::int32 var_178;
    wp::float32 var_179;
    const wp::int32 var_180 = 7;
    const wp::int32 var_181 = 8;
    wp::int32 var_182;
    wp::range_t var_183;
    wp::int32 var_184;
    wp::float32 var_185;
    const wp::int32 var_186 = 1;
    wp::int32 var_187;
    wp::float32 var_188;
    bool var_189;
    wp::float32 var_190;
    const wp::int32 var_191 = 1;
    wp::int32 var_192;
    wp::float32 var_193;
    const wp::int32 var_194 = 1;
    wp::int32 var_195;
    wp::float32 var_196;
    const wp::int32 var_197 = 8;
    const wp::int32 var_198 = 8;
    wp::int32 var_199;
    wp::range_t var_200;
    wp::int32 var_201;
    wp::float32 var_202;
    const wp::int32 var_203 = 1;
    wp::int32 var_204;
    wp::float32 var_205;
    bool var_206;
    wp::float32 var_207;
    const wp::int32 var_208 = 1;
    wp::int32 var_209;
    wp::float32 var_210;
    const wp::int32 var_211 = 1;
    wp::int32 var_212;
    wp::float32 var_213;
    const wp::int32 var_214 = 4;
    wp::float32 var_215;
    //---------
    // forward
    // def median3x3(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):             <L 44>
    // y, x = wp.tid()                                                                        <L 45>
    builtin_tid2d(var_0, var_1);
    // w = vec9()                                                                             <L 46>
    var_2 = wp::vec_t<9, wp::float32>();
    // n = int(0)                                                                             <L 47>
    var_4 = wp::int(var_3);
    // for dy in range(-1, 2):                                                                <L 48>
    // for dx in range(-1, 2):                                                                <L 49>
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_7 = wp::add(var_0, var_5);
    var_8 = wp::add(var_1, var_6);
    var_9 = fetch_0(var_src, var_7, var_8);
    wp::assign_inplace(var_2, var_4, var_9);
    // n += 1                                                                                 <L 51>
    var_11 = wp::add(var_4, var_10);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_13 = wp::add(var_0, var_5);
    var_14 = wp::add(var_1, var_12);
    var_15 = fetch_0(var_src, var_13, var_14);
    wp::assign_inplace(var_2, var_11, var_15);
    // n += 1                                                                                 <L 51>
    var_17 = wp::add(var_11, var_16);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_19 = wp::add(var_0, var_5);
    var_20 = wp::add(var_1, var_18);
    var_21 = fetch_0(var_src, var_19, var_20);
    wp::assign_inplace(var_2, var_17, var_21);
    // n += 1                                                                                 <L 51>
    var_23 = wp::add(var_17, var_22);
    // for dx in range(-1, 2):                                                                <L 49>
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_26 = wp::add(var_0, var_24);
    var_27 = wp::add(var_1, var_25);
    var_28 = fetch_0(var_src, var_26, var_27);
    wp::assign_inplace(var_2, var_23, var_28);
    // n += 1                                                                                 <L 51>
    var_30 = wp::add(var_23, var_29);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_32 = wp::add(var_0, var_24);
    var_33 = wp::add(var_1, var_31);
    var_34 = fetch_0(var_src, var_32, var_33);
    wp::assign_inplace(var_2, var_30, var_34);
    // n += 1                                                                                 <L 51>
    var_36 = wp::add(var_30, var_35);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_38 = wp::add(var_0, var_24);
    var_39 = wp::add(var_1, var_37);
    var_40 = fetch_0(var_src, var_38, var_39);
    wp::assign_inplace(var_2, var_36, var_40);
    // n += 1                                                                                 <L 51>
    var_42 = wp::add(var_36, var_41);
    // for dx in range(-1, 2):                                                                <L 49>
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_45 = wp::add(var_0, var_43);
    var_46 = wp::add(var_1, var_44);
    var_47 = fetch_0(var_src, var_45, var_46);
    wp::assign_inplace(var_2, var_42, var_47);
    // n += 1                                                                                 <L 51>
    var_49 = wp::add(var_42, var_48);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_51 = wp::add(var_0, var_43);
    var_52 = wp::add(var_1, var_50);
    var_53 = fetch_0(var_src, var_51, var_52);
    wp::assign_inplace(var_2, var_49, var_53);
    // n += 1                                                                                 <L 51>
    var_55 = wp::add(var_49, var_54);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_57 = wp::add(var_0, var_43);
    var_58 = wp::add(var_1, var_56);
    var_59 = fetch_0(var_src, var_57, var_58);
    wp::assign_inplace(var_2, var_55, var_59);
    // n += 1                                                                                 <L 51>
    var_61 = wp::add(var_55, var_60);
    // for a in range(9):                                                                     <L 52>
    // for b in range(8 - a):                                                                 <L 53>
    var_64 = wp::sub(var_63, var_62);
    var_65 = wp::range(var_64);
    start_for_0:;
        if (iter_cmp(var_65) == 0) goto end_for_0;
        var_66 = wp::iter_next(var_65);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_67 = wp::extract(var_2, var_66);
        var_69 = wp::add(var_66, var_68);
        var_70 = wp::extract(var_2, var_69);
        var_71 = (var_67 > var_70);
        if (var_71) {
            // t = w[b]                                                                       <L 55>
            var_72 = wp::extract(var_2, var_66);
            // w[b] = w[b + 1]                                                                <L 56>
            var_74 = wp::add(var_66, var_73);
            var_75 = wp::extract(var_2, var_74);
            wp::assign_inplace(var_2, var_66, var_75);
            // w[b + 1] = t                                                                   <L 57>
            var_77 = wp::add(var_66, var_76);
            wp::assign_inplace(var_2, var_77, var_72);
        }
        goto start_for_0;
    end_for_0:;
    // for b in range(8 - a):                                                                 <L 53>
    var_80 = wp::sub(var_79, var_78);
    var_81 = wp::range(var_80);
    start_for_2:;
        if (iter_cmp(var_81) == 0) goto end_for_2;
        var_82 = wp::iter_next(var_81);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_83 = wp::extract(var_2, var_82);
        var_85 = wp::add(var_82, var_84);
        var_86 = wp::extract(var_2, var_85);
        var_87 = (var_83 > var_86);
        if (var_87) {
            // t = w[b]                                                                       <L 55>
            var_88 = wp::extract(var_2, var_82);
            // w[b] = w[b + 1]                                                                <L 56>
            var_90 = wp::add(var_82, var_89);
            var_91 = wp::extract(var_2, var_90);
            wp::assign_inplace(var_2, var_82, var_91);
            // w[b + 1] = t                                                                   <L 57>
            var_93 = wp::add(var_82, var_92);
            wp::assign_inplace(var_2, var_93, var_88);
        }
        var_94 = wp::where(var_87, var_88, var_72);
        wp::assign(var_72, var_94);
        goto start_for_2;
    end_for_2:;
    // for b in range(8 - a):                                                                 <L 53>
    var_97 = wp::sub(var_96, var_95);
    var_98 = wp::range(var_97);
    start_for_4:;
        if (iter_cmp(var_98) == 0) goto end_for_4;
        var_99 = wp::iter_next(var_98);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_100 = wp::extract(var_2, var_99);
        var_102 = wp::add(var_99, var_101);
        var_103 = wp::extract(var_2, var_102);
        var_104 = (var_100 > var_103);
        if (var_104) {
            // t = w[b]                                                                       <L 55>
            var_105 = wp::extract(var_2, var_99);
            // w[b] = w[b + 1]                                                                <L 56>
            var_107 = wp::add(var_99, var_106);
            var_108 = wp::extract(var_2, var_107);
            wp::assign_inplace(var_2, var_99, var_108);
            // w[b + 1] = t                                                                   <L 57>
            var_110 = wp::add(var_99, var_109);
            wp::assign_inplace(var_2, var_110, var_105);
        }
        var_111 = wp::where(var_104, var_105, var_72);
        wp::assign(var_72, var_111);
        goto start_for_4;
    end_for_4:;
    // for b in range(8 - a):                                                                 <L 53>
    var_114 = wp::sub(var_113, var_112);
    var_115 = wp::range(var_114);
    start_for_6:;
        if (iter_cmp(var_115) == 0) goto end_for_6;
        var_116 = wp::iter_next(var_115);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_117 = wp::extract(var_2, var_116);
        var_119 = wp::add(var_116, var_118);
        var_120 = wp::extract(var_2, var_119);
        var_121 = (var_117 > var_120);
        if (var_121) {
            // t = w[b]                                                                       <L 55>
            var_122 = wp::extract(var_2, var_116);
            // w[b] = w[b + 1]                                                                <L 56>
            var_124 = wp::add(var_116, var_123);
            var_125 = wp::extract(var_2, var_124);
            wp::assign_inplace(var_2, var_116, var_125);
            // w[b + 1] = t                                                                   <L 57>
            var_127 = wp::add(var_116, var_126);
            wp::assign_inplace(var_2, var_127, var_122);
        }
        var_128 = wp::where(var_121, var_122, var_72);
        wp::assign(var_72, var_128);
        goto start_for_6;
    end_for_6:;
    // for b in range(8 - a):                                                                 <L 53>
    var_131 = wp::sub(var_130, var_129);
    var_132 = wp::range(var_131);
    start_for_8:;
        if (iter_cmp(var_132) == 0) goto end_for_8;
        var_133 = wp::iter_next(var_132);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_134 = wp::extract(var_2, var_133);
        var_136 = wp::add(var_133, var_135);
        var_137 = wp::extract(var_2, var_136);
        var_138 = (var_134 > var_137);
        if (var_138) {
            // t = w[b]                                                                       <L 55>
            var_139 = wp::extract(var_2, var_133);
            // w[b] = w[b + 1]                                                                <L 56>
            var_141 = wp::add(var_133, var_140);
            var_142 = wp::extract(var_2, var_141);
            wp::assign_inplace(var_2, var_133, var_142);
            // w[b + 1] = t                                                                   <L 57>
            var_144 = wp::add(var_133, var_143);
            wp::assign_inplace(var_2, var_144, var_139);
        }
        var_145 = wp::where(var_138, var_139, var_72);
        wp::assign(var_72, var_145);
        goto start_for_8;
    end_for_8:;
    // for b in range(8 - a):                                                                 <L 53>
    var_148 = wp::sub(var_147, var_146);
    var_149 = wp::range(var_148);
    start_for_10:;
        if (iter_cmp(var_149) == 0) goto end_for_10;
        var_150 = wp::iter_next(var_149);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_151 = wp::extract(var_2, var_150);
        var_153 = wp::add(var_150, var_152);
        var_154 = wp::extract(var_2, var_153);
        var_155 = (var_151 > var_154);
        if (var_155) {
            // t = w[b]                                                                       <L 55>
            var_156 = wp::extract(var_2, var_150);
            // w[b] = w[b + 1]                                                                <L 56>
            var_158 = wp::add(var_150, var_157);
            var_159 = wp::extract(var_2, var_158);
            wp::assign_inplace(var_2, var_150, var_159);
            // w[b + 1] = t                                                                   <L 57>
            var_161 = wp::add(var_150, var_160);
            wp::assign_inplace(var_2, var_161, var_156);
        }
        var_162 = wp::where(var_155, var_156, var_72);
        wp::assign(var_72, var_162);
        goto start_for_10;
    end_for_10:;
    // for b in range(8 - a):                                                                 <L 53>
    var_165 = wp::sub(var_164, var_163);
    var_166 = wp::range(var_165);
    start_for_12:;
        if (iter_cmp(var_166) == 0) goto end_for_12;
        var_167 = wp::iter_next(var_166);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_168 = wp::extract(var_2, var_167);
        var_170 = wp::add(var_167, var_169);
        var_171 = wp::extract(var_2, var_170);
        var_172 = (var_168 > var_171);
        if (var_172) {
            // t = w[b]                                                                       <L 55>
            var_173 = wp::extract(var_2, var_167);
            // w[b] = w[b + 1]                                                                <L 56>
            var_175 = wp::add(var_167, var_174);
            var_176 = wp::extract(var_2, var_175);
            wp::assign_inplace(var_2, var_167, var_176);
            // w[b + 1] = t                                                                   <L 57>
            var_178 = wp::add(var_167, var_177);
            wp::assign_inplace(var_2, var_178, var_173);
        }
        var_179 = wp::where(var_172, var_173, var_72);
        wp::assign(var_72, var_179);
        goto start_for_12;
    end_for_12:;
    // for b in range(8 - a):                                                                 <L 53>
    var_182 = wp::sub(var_181, var_180);
    var_183 = wp::range(var_182);
    start_for_14:;
        if (iter_cmp(var_183) == 0) goto end_for_14;
        var_184 = wp::iter_next(var_183);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_185 = wp::extract(var_2, var_184);
        var_187 = wp::add(var_184, var_186);
        var_188 = wp::extract(var_2, var_187);
        var_189 = (var_185 > var_188);
        if (var_189) {
            // t = w[b]                                                                       <L 55>
            var_190 = wp::extract(var_2, var_184);
            // w[b] = w[b + 1]                                                                <L 56>
            var_192 = wp::add(var_184, var_191);
            var_193 = wp::extract(var_2, var_192);
            wp::assign_inplace(var_2, var_184, var_193);
            // w[b + 1] = t                                                                   <L 57>
            var_195 = wp::add(var_184, var_194);
            wp::assign_inplace(var_2, var_195, var_190);
        }
        var_196 = wp::where(var_189, var_190, var_72);
        wp::assign(var_72, var_196);
        goto start_for_14;
    end_for_14:;
    // for b in range(8 - a):                                                                 <L 53>
    var_199 = wp::sub(var_198, var_197);
    var_200 = wp::range(var_199);
    start_for_16:;
        if (iter_cmp(var_200) == 0) goto end_for_16;
        var_201 = wp::iter_next(var_200);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_202 = wp::extract(var_2, var_201);
        var_204 = wp::add(var_201, var_203);
        var_205 = wp::extract(var_2, var_204);
        var_206 = (var_202 > var_205);
        if (var_206) {
            // t = w[b]                                                                       <L 55>
            var_207 = wp::extract(var_2, var_201);
            // w[b] = w[b + 1]                                                                <L 56>
            var_209 = wp::add(var_201, var_208);
            var_210 = wp::extract(var_2, var_209);
            wp::assign_inplace(var_2, var_201, var_210);
            // w[b + 1] = t                                                                   <L 57>
            var_212 = wp::add(var_201, var_211);
            wp::assign_inplace(var_2, var_212, var_207);
        }
        var_213 = wp::where(var_206, var_207, var_72);
        wp::assign(var_72, var_213);
        goto start_for_16;
    end_for_16:;
    // dst[y, x] = w[4]                                                                       <L 58>
    var_215 = wp::extract(var_2, var_214);
    wp::array_store(var_dst, var_0, var_1, var_215);
}



extern "C" {

// Python CPU entry points
WP_API void median3x3_1dbbd49d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_median3x3_1dbbd49d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        median3x3_1dbbd49d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_bilateral_55287b07 {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
    wp::int32 radius;
    wp::float32 sigma_s;
    wp::float32 sigma_r;
};


void bilateral_55287b07_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_bilateral_55287b07 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::int32 var_radius = _wp_args->radius;
    wp::float32 var_sigma_s = _wp_args->sigma_s;
    wp::float32 var_sigma_r = _wp_args->sigma_r;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):       <L 62>
    // y, x = wp.tid()                                                                        <L 63>
    builtin_tid2d(var_0, var_1);
    // c = src[y, x]                                                                          <L 64>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // acc = float(0.0)                                                                       <L 65>
    var_6 = wp::float(var_5);
    // wsum = float(0.0)                                                                      <L 66>
    var_8 = wp::float(var_7);
    // for dy in range(-radius, radius + 1):                                                  <L 67>
    var_9 = wp::neg(var_radius);
    var_11 = wp::add(var_radius, var_10);
    var_12 = wp::range(var_9, var_11);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // for dx in range(-radius, radius + 1):                                              <L 68>
        var_14 = wp::neg(var_radius);
        var_16 = wp::add(var_radius, var_15);
        var_17 = wp::range(var_14, var_16);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
            // v = fetch(src, y + dy, x + dx)                                                 <L 69>
            var_19 = wp::add(var_0, var_13);
            var_20 = wp::add(var_1, var_18);
            var_21 = fetch_0(var_src, var_19, var_20);
            // ds = float(dx * dx + dy * dy) / (2.0 * sigma_s * sigma_s)                      <L 70>
            var_22 = wp::mul(var_18, var_18);
            var_23 = wp::mul(var_13, var_13);
            var_24 = wp::add(var_22, var_23);
            var_25 = wp::float(var_24);
            var_27 = wp::mul(var_26, var_sigma_s);
            var_28 = wp::mul(var_27, var_sigma_s);
            var_29 = wp::div(var_25, var_28);
            // dr = (v - c) * (v - c) / (2.0 * sigma_r * sigma_r)                             <L 71>
            var_30 = wp::sub(var_21, var_3);
            var_31 = wp::sub(var_21, var_3);
            var_32 = wp::mul(var_30, var_31);
            var_34 = wp::mul(var_33, var_sigma_r);
            var_35 = wp::mul(var_34, var_sigma_r);
            var_36 = wp::div(var_32, var_35);
            // w = wp.exp(-ds - dr)                                                           <L 72>
            var_37 = wp::neg(var_29);
            var_38 = wp::sub(var_37, var_36);
            var_39 = wp::exp(var_38);
            // acc += w * v                                                                   <L 73>
            var_40 = wp::mul(var_39, var_21);
            var_41 = wp::add(var_6, var_40);
            // wsum += w                                                                      <L 74>
            var_42 = wp::add(var_8, var_39);
            wp::assign(var_6, var_41);
            wp::assign(var_8, var_42);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // dst[y, x] = acc / wsum                                                                 <L 75>
    var_43 = wp::div(var_6, var_8);
    wp::array_store(var_dst, var_0, var_1, var_43);
}



extern "C" {

// Python CPU entry points
WP_API void bilateral_55287b07_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_bilateral_55287b07 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bilateral_55287b07_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_histogram_u8_12baebb8 {
    wp::array_t<wp::uint8> img;
    wp::array_t<wp::int32> hist;
};


void histogram_u8_12baebb8_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_histogram_u8_12baebb8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_img = _wp_args->img;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    wp::int32 var_3;
    wp::uint8 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def histogram_u8(img: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=wp.int32)):       <L 79>
    // y, x = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_add(hist, int(img[y, x]), wp.int32(1))                                       <L 81>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_6 = wp::int32(var_5);
    var_7 = wp::atomic_add(var_hist, var_3, var_6);
}



extern "C" {

// Python CPU entry points
WP_API void histogram_u8_12baebb8_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_histogram_u8_12baebb8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        histogram_u8_12baebb8_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_threshold_otsu_apply_23f54907 {
    wp::array_t<wp::float32> gray;
    wp::float32 t;
    wp::array_t<wp::uint8> out;
};


void threshold_otsu_apply_23f54907_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_threshold_otsu_apply_23f54907 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_gray = _wp_args->gray;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::uint8> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    bool var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 255;
    wp::uint8 var_6;
    const wp::int32 var_7 = 0;
    wp::uint8 var_8;
    wp::uint8 var_9;
    //---------
    // forward
    // def threshold_otsu_apply(gray: wp.array2d(dtype=float), t: float, out: wp.array2d(dtype=wp.uint8)):       <L 85>
    // y, x = wp.tid()                                                                        <L 86>
    builtin_tid2d(var_0, var_1);
    // out[y, x] = wp.uint8(255) if gray[y, x] > t else wp.uint8(0)                           <L 87>
    var_2 = wp::address(var_gray, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_4 > var_t);
    if (var_3) {
        var_6 = wp::uint8(var_5);
    }
    if (!var_3) {
        var_8 = wp::uint8(var_7);
    }
    var_9 = wp::where(var_3, var_6, var_8);
    wp::array_store(var_out, var_0, var_1, var_9);
}



extern "C" {

// Python CPU entry points
WP_API void threshold_otsu_apply_23f54907_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_threshold_otsu_apply_23f54907 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        threshold_otsu_apply_23f54907_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

