
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_to_gray_60cb15b2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        to_gray_60cb15b2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_sobel_1fb4efb1 {
    wp::array_t<wp::float32> gray;
    wp::array_t<wp::float32> mag;
    wp::array_t<wp::float32> angle;
};


void sobel_1fb4efb1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::mat_t<3, 3, wp::float32> var_21 = wp::initializer_array<9,wp::float32>{-1.0, -2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0};
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
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
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    wp::int32 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    const wp::int32 var_64 = 0;
    wp::int32 var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::int32 var_86;
    const wp::int32 var_87 = 1;
    wp::int32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    const wp::int32 var_100 = 2;
    wp::int32 var_101;
    const wp::int32 var_102 = 1;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 2;
    const wp::int32 var_119 = 0;
    wp::int32 var_120;
    const wp::int32 var_121 = 1;
    wp::int32 var_122;
    wp::int32 var_123;
    const wp::int32 var_124 = 1;
    wp::int32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32 var_135;
    wp::float32 var_136;
    const wp::int32 var_137 = 1;
    wp::int32 var_138;
    const wp::int32 var_139 = 1;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 1;
    wp::int32 var_143;
    wp::float32 var_144;
    wp::float32 var_145;
    wp::float32 var_146;
    wp::float32 var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::float32 var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    const wp::int32 var_155 = 2;
    wp::int32 var_156;
    const wp::int32 var_157 = 1;
    wp::int32 var_158;
    wp::int32 var_159;
    const wp::int32 var_160 = 1;
    wp::int32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
    wp::float32 var_168;
    wp::float32 var_169;
    wp::float32 var_170;
    wp::float32 var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::float32 var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
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
    var_18 = wp::extract(var_15, var_6, var_7);
    var_19 = wp::mul(var_18, var_14);
    var_20 = wp::add(var_3, var_19);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_22 = wp::extract(var_21, var_6, var_7);
    var_23 = wp::mul(var_22, var_14);
    var_24 = wp::extract(var_21, var_6, var_7);
    var_25 = wp::mul(var_24, var_14);
    var_26 = wp::add(var_5, var_25);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_28 = wp::add(var_0, var_6);
    var_30 = wp::sub(var_28, var_29);
    var_31 = wp::add(var_1, var_27);
    var_33 = wp::sub(var_31, var_32);
    var_34 = fetch_0(var_gray, var_30, var_33);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_35 = wp::extract(var_15, var_6, var_27);
    var_36 = wp::mul(var_35, var_34);
    var_37 = wp::extract(var_15, var_6, var_27);
    var_38 = wp::mul(var_37, var_34);
    var_39 = wp::add(var_20, var_38);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_40 = wp::extract(var_21, var_6, var_27);
    var_41 = wp::mul(var_40, var_34);
    var_42 = wp::extract(var_21, var_6, var_27);
    var_43 = wp::mul(var_42, var_34);
    var_44 = wp::add(var_26, var_43);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_46 = wp::add(var_0, var_6);
    var_48 = wp::sub(var_46, var_47);
    var_49 = wp::add(var_1, var_45);
    var_51 = wp::sub(var_49, var_50);
    var_52 = fetch_0(var_gray, var_48, var_51);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_53 = wp::extract(var_15, var_6, var_45);
    var_54 = wp::mul(var_53, var_52);
    var_55 = wp::extract(var_15, var_6, var_45);
    var_56 = wp::mul(var_55, var_52);
    var_57 = wp::add(var_39, var_56);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_58 = wp::extract(var_21, var_6, var_45);
    var_59 = wp::mul(var_58, var_52);
    var_60 = wp::extract(var_21, var_6, var_45);
    var_61 = wp::mul(var_60, var_52);
    var_62 = wp::add(var_44, var_61);
    // for dx in range(3):                                                                    <L 35>
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_65 = wp::add(var_0, var_63);
    var_67 = wp::sub(var_65, var_66);
    var_68 = wp::add(var_1, var_64);
    var_70 = wp::sub(var_68, var_69);
    var_71 = fetch_0(var_gray, var_67, var_70);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_72 = wp::extract(var_15, var_63, var_64);
    var_73 = wp::mul(var_72, var_71);
    var_74 = wp::extract(var_15, var_63, var_64);
    var_75 = wp::mul(var_74, var_71);
    var_76 = wp::add(var_57, var_75);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_77 = wp::extract(var_21, var_63, var_64);
    var_78 = wp::mul(var_77, var_71);
    var_79 = wp::extract(var_21, var_63, var_64);
    var_80 = wp::mul(var_79, var_71);
    var_81 = wp::add(var_62, var_80);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_83 = wp::add(var_0, var_63);
    var_85 = wp::sub(var_83, var_84);
    var_86 = wp::add(var_1, var_82);
    var_88 = wp::sub(var_86, var_87);
    var_89 = fetch_0(var_gray, var_85, var_88);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_90 = wp::extract(var_15, var_63, var_82);
    var_91 = wp::mul(var_90, var_89);
    var_92 = wp::extract(var_15, var_63, var_82);
    var_93 = wp::mul(var_92, var_89);
    var_94 = wp::add(var_76, var_93);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_95 = wp::extract(var_21, var_63, var_82);
    var_96 = wp::mul(var_95, var_89);
    var_97 = wp::extract(var_21, var_63, var_82);
    var_98 = wp::mul(var_97, var_89);
    var_99 = wp::add(var_81, var_98);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_101 = wp::add(var_0, var_63);
    var_103 = wp::sub(var_101, var_102);
    var_104 = wp::add(var_1, var_100);
    var_106 = wp::sub(var_104, var_105);
    var_107 = fetch_0(var_gray, var_103, var_106);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_108 = wp::extract(var_15, var_63, var_100);
    var_109 = wp::mul(var_108, var_107);
    var_110 = wp::extract(var_15, var_63, var_100);
    var_111 = wp::mul(var_110, var_107);
    var_112 = wp::add(var_94, var_111);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_113 = wp::extract(var_21, var_63, var_100);
    var_114 = wp::mul(var_113, var_107);
    var_115 = wp::extract(var_21, var_63, var_100);
    var_116 = wp::mul(var_115, var_107);
    var_117 = wp::add(var_99, var_116);
    // for dx in range(3):                                                                    <L 35>
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_120 = wp::add(var_0, var_118);
    var_122 = wp::sub(var_120, var_121);
    var_123 = wp::add(var_1, var_119);
    var_125 = wp::sub(var_123, var_124);
    var_126 = fetch_0(var_gray, var_122, var_125);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_127 = wp::extract(var_15, var_118, var_119);
    var_128 = wp::mul(var_127, var_126);
    var_129 = wp::extract(var_15, var_118, var_119);
    var_130 = wp::mul(var_129, var_126);
    var_131 = wp::add(var_112, var_130);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_132 = wp::extract(var_21, var_118, var_119);
    var_133 = wp::mul(var_132, var_126);
    var_134 = wp::extract(var_21, var_118, var_119);
    var_135 = wp::mul(var_134, var_126);
    var_136 = wp::add(var_117, var_135);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_138 = wp::add(var_0, var_118);
    var_140 = wp::sub(var_138, var_139);
    var_141 = wp::add(var_1, var_137);
    var_143 = wp::sub(var_141, var_142);
    var_144 = fetch_0(var_gray, var_140, var_143);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_145 = wp::extract(var_15, var_118, var_137);
    var_146 = wp::mul(var_145, var_144);
    var_147 = wp::extract(var_15, var_118, var_137);
    var_148 = wp::mul(var_147, var_144);
    var_149 = wp::add(var_131, var_148);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_150 = wp::extract(var_21, var_118, var_137);
    var_151 = wp::mul(var_150, var_144);
    var_152 = wp::extract(var_21, var_118, var_137);
    var_153 = wp::mul(var_152, var_144);
    var_154 = wp::add(var_136, var_153);
    // v = fetch(gray, y + dy - 1, x + dx - 1)                                                <L 36>
    var_156 = wp::add(var_0, var_118);
    var_158 = wp::sub(var_156, var_157);
    var_159 = wp::add(var_1, var_155);
    var_161 = wp::sub(var_159, var_160);
    var_162 = fetch_0(var_gray, var_158, var_161);
    // gx += SOBEL_X[dy, dx] * v                                                              <L 37>
    var_163 = wp::extract(var_15, var_118, var_155);
    var_164 = wp::mul(var_163, var_162);
    var_165 = wp::extract(var_15, var_118, var_155);
    var_166 = wp::mul(var_165, var_162);
    var_167 = wp::add(var_149, var_166);
    // gy += SOBEL_Y[dy, dx] * v                                                              <L 38>
    var_168 = wp::extract(var_21, var_118, var_155);
    var_169 = wp::mul(var_168, var_162);
    var_170 = wp::extract(var_21, var_118, var_155);
    var_171 = wp::mul(var_170, var_162);
    var_172 = wp::add(var_154, var_171);
    // mag[y, x] = wp.sqrt(gx * gx + gy * gy)                                                 <L 39>
    var_173 = wp::mul(var_167, var_167);
    var_174 = wp::mul(var_172, var_172);
    var_175 = wp::add(var_173, var_174);
    var_176 = wp::sqrt(var_175);
    wp::array_store(var_mag, var_0, var_1, var_176);
    // angle[y, x] = wp.atan2(gy, gx)                                                         <L 40>
    var_177 = wp::atan2(var_172, var_167);
    wp::array_store(var_angle, var_0, var_1, var_177);
}



extern "C" {

// Python CPU entry points
WP_API void sobel_1fb4efb1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sobel_1fb4efb1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sobel_1fb4efb1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_median3x3_1dbbd49d {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
};


void median3x3_1dbbd49d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = -1;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 1;
    const wp::int32 var_50 = -1;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    const wp::int32 var_57 = 0;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::int32 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 8;
    wp::int32 var_73;
    wp::range_t var_74;
    wp::int32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::float32 var_79;
    bool var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 1;
    wp::int32 var_86;
    const wp::int32 var_87 = 1;
    const wp::int32 var_88 = 8;
    wp::int32 var_89;
    wp::range_t var_90;
    wp::int32 var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    wp::float32 var_95;
    bool var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    wp::int32 var_99;
    wp::float32 var_100;
    const wp::int32 var_101 = 1;
    wp::int32 var_102;
    wp::float32 var_103;
    const wp::int32 var_104 = 2;
    const wp::int32 var_105 = 8;
    wp::int32 var_106;
    wp::range_t var_107;
    wp::int32 var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::float32 var_112;
    bool var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    wp::int32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 1;
    wp::int32 var_119;
    wp::float32 var_120;
    const wp::int32 var_121 = 3;
    const wp::int32 var_122 = 8;
    wp::int32 var_123;
    wp::range_t var_124;
    wp::int32 var_125;
    wp::float32 var_126;
    const wp::int32 var_127 = 1;
    wp::int32 var_128;
    wp::float32 var_129;
    bool var_130;
    wp::float32 var_131;
    const wp::int32 var_132 = 1;
    wp::int32 var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 1;
    wp::int32 var_136;
    wp::float32 var_137;
    const wp::int32 var_138 = 4;
    const wp::int32 var_139 = 8;
    wp::int32 var_140;
    wp::range_t var_141;
    wp::int32 var_142;
    wp::float32 var_143;
    const wp::int32 var_144 = 1;
    wp::int32 var_145;
    wp::float32 var_146;
    bool var_147;
    wp::float32 var_148;
    const wp::int32 var_149 = 1;
    wp::int32 var_150;
    wp::float32 var_151;
    const wp::int32 var_152 = 1;
    wp::int32 var_153;
    wp::float32 var_154;
    const wp::int32 var_155 = 5;
    const wp::int32 var_156 = 8;
    wp::int32 var_157;
    wp::range_t var_158;
    wp::int32 var_159;
    wp::float32 var_160;
    const wp::int32 var_161 = 1;
    wp::int32 var_162;
    wp::float32 var_163;
    bool var_164;
    wp::float32 var_165;
    const wp::int32 var_166 = 1;
    wp::int32 var_167;
    wp::float32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    wp::float32 var_171;
    const wp::int32 var_172 = 6;
    const wp::int32 var_173 = 8;
    wp::int32 var_174;
    wp::range_t var_175;
    wp::int32 var_176;
    wp::float32 var_177;
    const wp::int32 var_178 = 1;
    wp::int32 var_179;
    wp::float32 var_180;
    bool var_181;
    wp::float32 var_182;
    const wp::int32 var_183 = 1;
    wp::int32 var_184;
    wp::float32 var_185;
    const wp::int32 var_186 = 1;
    wp::int32 var_187;
    wp::float32 var_188;
    const wp::int32 var_189 = 7;
    const wp::int32 var_190 = 8;
    wp::int32 var_191;
    wp::range_t var_192;
    wp::int32 var_193;
    wp::float32 var_194;
    const wp::int32 var_195 = 1;
    wp::int32 var_196;
    wp::float32 var_197;
    bool var_198;
    wp::float32 var_199;
    const wp::int32 var_200 = 1;
    wp::int32 var_201;
    wp::float32 var_202;
    const wp::int32 var_203 = 1;
    wp::int32 var_204;
    wp::float32 var_205;
    const wp::int32 var_206 = 8;
    const wp::int32 var_207 = 8;
    wp::int32 var_208;
    wp::range_t var_209;
    wp::int32 var_210;
    wp::float32 var_211;
    const wp::int32 var_212 = 1;
    wp::int32 var_213;
    wp::float32 var_214;
    bool var_215;
    wp::float32 var_216;
    const wp::int32 var_217 = 1;
    wp::int32 var_218;
    wp::float32 var_219;
    const wp::int32 var_220 = 1;
    wp::int32 var_221;
    wp::float32 var_222;
    const wp::int32 var_223 = 4;
    wp::float32 var_224;
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
    var_12 = wp::add(var_4, var_11);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_14 = wp::add(var_0, var_5);
    var_15 = wp::add(var_1, var_13);
    var_16 = fetch_0(var_src, var_14, var_15);
    wp::assign_inplace(var_2, var_12, var_16);
    // n += 1                                                                                 <L 51>
    var_19 = wp::add(var_12, var_18);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_21 = wp::add(var_0, var_5);
    var_22 = wp::add(var_1, var_20);
    var_23 = fetch_0(var_src, var_21, var_22);
    wp::assign_inplace(var_2, var_19, var_23);
    // n += 1                                                                                 <L 51>
    var_26 = wp::add(var_19, var_25);
    // for dx in range(-1, 2):                                                                <L 49>
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_29 = wp::add(var_0, var_27);
    var_30 = wp::add(var_1, var_28);
    var_31 = fetch_0(var_src, var_29, var_30);
    wp::assign_inplace(var_2, var_26, var_31);
    // n += 1                                                                                 <L 51>
    var_34 = wp::add(var_26, var_33);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_36 = wp::add(var_0, var_27);
    var_37 = wp::add(var_1, var_35);
    var_38 = fetch_0(var_src, var_36, var_37);
    wp::assign_inplace(var_2, var_34, var_38);
    // n += 1                                                                                 <L 51>
    var_41 = wp::add(var_34, var_40);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_43 = wp::add(var_0, var_27);
    var_44 = wp::add(var_1, var_42);
    var_45 = fetch_0(var_src, var_43, var_44);
    wp::assign_inplace(var_2, var_41, var_45);
    // n += 1                                                                                 <L 51>
    var_48 = wp::add(var_41, var_47);
    // for dx in range(-1, 2):                                                                <L 49>
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_51 = wp::add(var_0, var_49);
    var_52 = wp::add(var_1, var_50);
    var_53 = fetch_0(var_src, var_51, var_52);
    wp::assign_inplace(var_2, var_48, var_53);
    // n += 1                                                                                 <L 51>
    var_56 = wp::add(var_48, var_55);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_58 = wp::add(var_0, var_49);
    var_59 = wp::add(var_1, var_57);
    var_60 = fetch_0(var_src, var_58, var_59);
    wp::assign_inplace(var_2, var_56, var_60);
    // n += 1                                                                                 <L 51>
    var_63 = wp::add(var_56, var_62);
    // w[n] = fetch(src, y + dy, x + dx)                                                      <L 50>
    var_65 = wp::add(var_0, var_49);
    var_66 = wp::add(var_1, var_64);
    var_67 = fetch_0(var_src, var_65, var_66);
    wp::assign_inplace(var_2, var_63, var_67);
    // n += 1                                                                                 <L 51>
    var_70 = wp::add(var_63, var_69);
    // for a in range(9):                                                                     <L 52>
    // for b in range(8 - a):                                                                 <L 53>
    var_73 = wp::sub(var_72, var_71);
    var_74 = wp::range(var_73);
    start_for_0:;
        if (iter_cmp(var_74) == 0) goto end_for_0;
        var_75 = wp::iter_next(var_74);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_76 = wp::extract(var_2, var_75);
        var_78 = wp::add(var_75, var_77);
        var_79 = wp::extract(var_2, var_78);
        var_80 = (var_76 > var_79);
        if (var_80) {
            // t = w[b]                                                                       <L 55>
            var_81 = wp::extract(var_2, var_75);
            // w[b] = w[b + 1]                                                                <L 56>
            var_83 = wp::add(var_75, var_82);
            var_84 = wp::extract(var_2, var_83);
            wp::assign_inplace(var_2, var_75, var_84);
            // w[b + 1] = t                                                                   <L 57>
            var_86 = wp::add(var_75, var_85);
            wp::assign_inplace(var_2, var_86, var_81);
        }
        goto start_for_0;
    end_for_0:;
    // for b in range(8 - a):                                                                 <L 53>
    var_89 = wp::sub(var_88, var_87);
    var_90 = wp::range(var_89);
    start_for_2:;
        if (iter_cmp(var_90) == 0) goto end_for_2;
        var_91 = wp::iter_next(var_90);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_92 = wp::extract(var_2, var_91);
        var_94 = wp::add(var_91, var_93);
        var_95 = wp::extract(var_2, var_94);
        var_96 = (var_92 > var_95);
        if (var_96) {
            // t = w[b]                                                                       <L 55>
            var_97 = wp::extract(var_2, var_91);
            // w[b] = w[b + 1]                                                                <L 56>
            var_99 = wp::add(var_91, var_98);
            var_100 = wp::extract(var_2, var_99);
            wp::assign_inplace(var_2, var_91, var_100);
            // w[b + 1] = t                                                                   <L 57>
            var_102 = wp::add(var_91, var_101);
            wp::assign_inplace(var_2, var_102, var_97);
        }
        var_103 = wp::where(var_96, var_97, var_81);
        wp::assign(var_81, var_103);
        goto start_for_2;
    end_for_2:;
    // for b in range(8 - a):                                                                 <L 53>
    var_106 = wp::sub(var_105, var_104);
    var_107 = wp::range(var_106);
    start_for_4:;
        if (iter_cmp(var_107) == 0) goto end_for_4;
        var_108 = wp::iter_next(var_107);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_109 = wp::extract(var_2, var_108);
        var_111 = wp::add(var_108, var_110);
        var_112 = wp::extract(var_2, var_111);
        var_113 = (var_109 > var_112);
        if (var_113) {
            // t = w[b]                                                                       <L 55>
            var_114 = wp::extract(var_2, var_108);
            // w[b] = w[b + 1]                                                                <L 56>
            var_116 = wp::add(var_108, var_115);
            var_117 = wp::extract(var_2, var_116);
            wp::assign_inplace(var_2, var_108, var_117);
            // w[b + 1] = t                                                                   <L 57>
            var_119 = wp::add(var_108, var_118);
            wp::assign_inplace(var_2, var_119, var_114);
        }
        var_120 = wp::where(var_113, var_114, var_81);
        wp::assign(var_81, var_120);
        goto start_for_4;
    end_for_4:;
    // for b in range(8 - a):                                                                 <L 53>
    var_123 = wp::sub(var_122, var_121);
    var_124 = wp::range(var_123);
    start_for_6:;
        if (iter_cmp(var_124) == 0) goto end_for_6;
        var_125 = wp::iter_next(var_124);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_126 = wp::extract(var_2, var_125);
        var_128 = wp::add(var_125, var_127);
        var_129 = wp::extract(var_2, var_128);
        var_130 = (var_126 > var_129);
        if (var_130) {
            // t = w[b]                                                                       <L 55>
            var_131 = wp::extract(var_2, var_125);
            // w[b] = w[b + 1]                                                                <L 56>
            var_133 = wp::add(var_125, var_132);
            var_134 = wp::extract(var_2, var_133);
            wp::assign_inplace(var_2, var_125, var_134);
            // w[b + 1] = t                                                                   <L 57>
            var_136 = wp::add(var_125, var_135);
            wp::assign_inplace(var_2, var_136, var_131);
        }
        var_137 = wp::where(var_130, var_131, var_81);
        wp::assign(var_81, var_137);
        goto start_for_6;
    end_for_6:;
    // for b in range(8 - a):                                                                 <L 53>
    var_140 = wp::sub(var_139, var_138);
    var_141 = wp::range(var_140);
    start_for_8:;
        if (iter_cmp(var_141) == 0) goto end_for_8;
        var_142 = wp::iter_next(var_141);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_143 = wp::extract(var_2, var_142);
        var_145 = wp::add(var_142, var_144);
        var_146 = wp::extract(var_2, var_145);
        var_147 = (var_143 > var_146);
        if (var_147) {
            // t = w[b]                                                                       <L 55>
            var_148 = wp::extract(var_2, var_142);
            // w[b] = w[b + 1]                                                                <L 56>
            var_150 = wp::add(var_142, var_149);
            var_151 = wp::extract(var_2, var_150);
            wp::assign_inplace(var_2, var_142, var_151);
            // w[b + 1] = t                                                                   <L 57>
            var_153 = wp::add(var_142, var_152);
            wp::assign_inplace(var_2, var_153, var_148);
        }
        var_154 = wp::where(var_147, var_148, var_81);
        wp::assign(var_81, var_154);
        goto start_for_8;
    end_for_8:;
    // for b in range(8 - a):                                                                 <L 53>
    var_157 = wp::sub(var_156, var_155);
    var_158 = wp::range(var_157);
    start_for_10:;
        if (iter_cmp(var_158) == 0) goto end_for_10;
        var_159 = wp::iter_next(var_158);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_160 = wp::extract(var_2, var_159);
        var_162 = wp::add(var_159, var_161);
        var_163 = wp::extract(var_2, var_162);
        var_164 = (var_160 > var_163);
        if (var_164) {
            // t = w[b]                                                                       <L 55>
            var_165 = wp::extract(var_2, var_159);
            // w[b] = w[b + 1]                                                                <L 56>
            var_167 = wp::add(var_159, var_166);
            var_168 = wp::extract(var_2, var_167);
            wp::assign_inplace(var_2, var_159, var_168);
            // w[b + 1] = t                                                                   <L 57>
            var_170 = wp::add(var_159, var_169);
            wp::assign_inplace(var_2, var_170, var_165);
        }
        var_171 = wp::where(var_164, var_165, var_81);
        wp::assign(var_81, var_171);
        goto start_for_10;
    end_for_10:;
    // for b in range(8 - a):                                                                 <L 53>
    var_174 = wp::sub(var_173, var_172);
    var_175 = wp::range(var_174);
    start_for_12:;
        if (iter_cmp(var_175) == 0) goto end_for_12;
        var_176 = wp::iter_next(var_175);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_177 = wp::extract(var_2, var_176);
        var_179 = wp::add(var_176, var_178);
        var_180 = wp::extract(var_2, var_179);
        var_181 = (var_177 > var_180);
        if (var_181) {
            // t = w[b]                                                                       <L 55>
            var_182 = wp::extract(var_2, var_176);
            // w[b] = w[b + 1]                                                                <L 56>
            var_184 = wp::add(var_176, var_183);
            var_185 = wp::extract(var_2, var_184);
            wp::assign_inplace(var_2, var_176, var_185);
            // w[b + 1] = t                                                                   <L 57>
            var_187 = wp::add(var_176, var_186);
            wp::assign_inplace(var_2, var_187, var_182);
        }
        var_188 = wp::where(var_181, var_182, var_81);
        wp::assign(var_81, var_188);
        goto start_for_12;
    end_for_12:;
    // for b in range(8 - a):                                                                 <L 53>
    var_191 = wp::sub(var_190, var_189);
    var_192 = wp::range(var_191);
    start_for_14:;
        if (iter_cmp(var_192) == 0) goto end_for_14;
        var_193 = wp::iter_next(var_192);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_194 = wp::extract(var_2, var_193);
        var_196 = wp::add(var_193, var_195);
        var_197 = wp::extract(var_2, var_196);
        var_198 = (var_194 > var_197);
        if (var_198) {
            // t = w[b]                                                                       <L 55>
            var_199 = wp::extract(var_2, var_193);
            // w[b] = w[b + 1]                                                                <L 56>
            var_201 = wp::add(var_193, var_200);
            var_202 = wp::extract(var_2, var_201);
            wp::assign_inplace(var_2, var_193, var_202);
            // w[b + 1] = t                                                                   <L 57>
            var_204 = wp::add(var_193, var_203);
            wp::assign_inplace(var_2, var_204, var_199);
        }
        var_205 = wp::where(var_198, var_199, var_81);
        wp::assign(var_81, var_205);
        goto start_for_14;
    end_for_14:;
    // for b in range(8 - a):                                                                 <L 53>
    var_208 = wp::sub(var_207, var_206);
    var_209 = wp::range(var_208);
    start_for_16:;
        if (iter_cmp(var_209) == 0) goto end_for_16;
        var_210 = wp::iter_next(var_209);
        // if w[b] > w[b + 1]:                                                                <L 54>
        var_211 = wp::extract(var_2, var_210);
        var_213 = wp::add(var_210, var_212);
        var_214 = wp::extract(var_2, var_213);
        var_215 = (var_211 > var_214);
        if (var_215) {
            // t = w[b]                                                                       <L 55>
            var_216 = wp::extract(var_2, var_210);
            // w[b] = w[b + 1]                                                                <L 56>
            var_218 = wp::add(var_210, var_217);
            var_219 = wp::extract(var_2, var_218);
            wp::assign_inplace(var_2, var_210, var_219);
            // w[b + 1] = t                                                                   <L 57>
            var_221 = wp::add(var_210, var_220);
            wp::assign_inplace(var_2, var_221, var_216);
        }
        var_222 = wp::where(var_215, var_216, var_81);
        wp::assign(var_81, var_222);
        goto start_for_16;
    end_for_16:;
    // dst[y, x] = w[4]                                                                       <L 58>
    var_224 = wp::extract(var_2, var_223);
    wp::array_store(var_dst, var_0, var_1, var_224);
}



extern "C" {

// Python CPU entry points
WP_API void median3x3_1dbbd49d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_median3x3_1dbbd49d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        median3x3_1dbbd49d_cpu_kernel_forward(dim, task_index, _wp_args);
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
    wp::launch_bounds_t dim,
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
    wp::float32 var_44;
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
            var_41 = wp::mul(var_39, var_21);
            var_42 = wp::add(var_6, var_41);
            // wsum += w                                                                      <L 74>
            var_43 = wp::add(var_8, var_39);
            wp::assign(var_6, var_42);
            wp::assign(var_8, var_43);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // dst[y, x] = acc / wsum                                                                 <L 75>
    var_44 = wp::div(var_6, var_8);
    wp::array_store(var_dst, var_0, var_1, var_44);
}



extern "C" {

// Python CPU entry points
WP_API void bilateral_55287b07_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_bilateral_55287b07 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bilateral_55287b07_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_histogram_u8_12baebb8 {
    wp::array_t<wp::uint8> img;
    wp::array_t<wp::int32> hist;
};


void histogram_u8_12baebb8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_histogram_u8_12baebb8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        histogram_u8_12baebb8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_threshold_otsu_apply_23f54907 {
    wp::array_t<wp::float32> gray;
    wp::float32 t;
    wp::array_t<wp::uint8> out;
};


void threshold_otsu_apply_23f54907_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_threshold_otsu_apply_23f54907 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        threshold_otsu_apply_23f54907_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

