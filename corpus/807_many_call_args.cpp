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

struct wp_args_many_args_kernel_155210a3 {
    wp::array_t<wp::mat_t<6, 6, wp::float32>> out;
    wp::array_t<wp::float32> s;
};


void many_args_kernel_155210a3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_many_args_kernel_155210a3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::str var_4 = "0=%d, 1=%d, 2=%d, 3=%d, 4=%d, 5=%d, 6=%d, 7=%d, 8=%d, 9=%d, 10=%d, 11=%d, 12=%d, 13=%d, 14=%d, 15=%d, 16=%d, 17=%d, 18=%d, 19=%d, 20=%d, 21=%d, 22=%d, 23=%d, 24=%d, 25=%d, 26=%d, 27=%d, 28=%d, 29=%d, 30=%d, %f\n";
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 2;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 4;
    const wp::int32 var_10 = 5;
    const wp::int32 var_11 = 6;
    const wp::int32 var_12 = 7;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 9;
    const wp::int32 var_15 = 10;
    const wp::int32 var_16 = 11;
    const wp::int32 var_17 = 12;
    const wp::int32 var_18 = 13;
    const wp::int32 var_19 = 14;
    const wp::int32 var_20 = 15;
    const wp::int32 var_21 = 16;
    const wp::int32 var_22 = 17;
    const wp::int32 var_23 = 18;
    const wp::int32 var_24 = 19;
    const wp::int32 var_25 = 20;
    const wp::int32 var_26 = 21;
    const wp::int32 var_27 = 22;
    const wp::int32 var_28 = 23;
    const wp::int32 var_29 = 24;
    const wp::int32 var_30 = 25;
    const wp::int32 var_31 = 26;
    const wp::int32 var_32 = 27;
    const wp::int32 var_33 = 28;
    const wp::int32 var_34 = 29;
    const wp::int32 var_35 = 30;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 1.0;
    const wp::float32 var_38 = 2.0;
    const wp::float32 var_39 = 3.0;
    const wp::float32 var_40 = 4.0;
    const wp::float32 var_41 = 5.0;
    const wp::float32 var_42 = 6.0;
    const wp::float32 var_43 = 7.0;
    const wp::float32 var_44 = 8.0;
    const wp::float32 var_45 = 9.0;
    const wp::float32 var_46 = 10.0;
    const wp::float32 var_47 = 11.0;
    const wp::float32 var_48 = 12.0;
    const wp::float32 var_49 = 13.0;
    const wp::float32 var_50 = 14.0;
    const wp::float32 var_51 = 15.0;
    const wp::float32 var_52 = 16.0;
    const wp::float32 var_53 = 17.0;
    const wp::float32 var_54 = 18.0;
    const wp::float32 var_55 = 19.0;
    const wp::float32 var_56 = 20.0;
    const wp::float32 var_57 = 21.0;
    const wp::float32 var_58 = 22.0;
    const wp::float32 var_59 = 23.0;
    const wp::float32 var_60 = 24.0;
    const wp::float32 var_61 = 25.0;
    const wp::float32 var_62 = 26.0;
    const wp::float32 var_63 = 27.0;
    const wp::float32 var_64 = 28.0;
    const wp::float32 var_65 = 29.0;
    const wp::float32 var_66 = 30.0;
    const wp::float32 var_67 = 31.0;
    const wp::float32 var_68 = 32.0;
    const wp::float32 var_69 = 33.0;
    const wp::float32 var_70 = 34.0;
    const wp::float32 var_71 = 35.0;
    wp::mat_t<6, 6, wp::float32> var_72;
    const wp::float32 var_73 = 1.5;
    const wp::float32 var_74 = 2.5;
    const wp::float32 var_75 = 3.5;
    const wp::float32 var_76 = 4.5;
    const wp::float32 var_77 = 6.5;
    const wp::float32 var_78 = 7.5;
    const wp::float32 var_79 = 8.5;
    const wp::float32 var_80 = 9.5;
    const wp::float32 var_81 = 11.5;
    const wp::float32 var_82 = 12.5;
    const wp::float32 var_83 = 13.5;
    const wp::float32 var_84 = 14.5;
    const wp::float32 var_85 = 16.5;
    const wp::float32 var_86 = 17.5;
    const wp::float32 var_87 = 18.5;
    const wp::float32 var_88 = 19.5;
    const wp::float32 var_89 = 21.5;
    const wp::float32 var_90 = 22.5;
    const wp::float32 var_91 = 23.5;
    const wp::float32 var_92 = 24.5;
    const wp::float32 var_93 = 26.5;
    const wp::float32 var_94 = 27.5;
    const wp::float32 var_95 = 28.5;
    const wp::float32 var_96 = 29.5;
    const wp::float32 var_97 = 31.5;
    const wp::float32 var_98 = 32.5;
    const wp::float32 var_99 = 33.5;
    const wp::float32 var_100 = 34.5;
    const wp::float32 var_101 = 36.5;
    const wp::float32 var_102 = 37.5;
    const wp::float32 var_103 = 38.5;
    const wp::float32 var_104 = 39.5;
    const wp::float32 var_105 = 41.5;
    wp::mat_t<6, 7, wp::float32> var_106;
    wp::mat_t<6, 6, wp::float32> var_107;
    const wp::int32 var_108 = 0;
    const wp::int32 var_109 = 6;
    wp::float32 var_110;
    const wp::float32 var_111 = 0.0;
    const wp::float32 var_112 = 0.0;
    const wp::float32 var_113 = 0.0;
    const wp::float32 var_114 = 0.0;
    const wp::float32 var_115 = 0.0;
    const wp::float32 var_116 = 0.0;
    const wp::int32 var_117 = 1;
    const wp::int32 var_118 = 6;
    wp::float32 var_119;
    const wp::float32 var_120 = 0.0;
    const wp::float32 var_121 = 0.0;
    const wp::float32 var_122 = 0.0;
    const wp::float32 var_123 = 0.0;
    const wp::float32 var_124 = 0.0;
    const wp::float32 var_125 = 0.0;
    const wp::int32 var_126 = 2;
    const wp::int32 var_127 = 6;
    wp::float32 var_128;
    const wp::float32 var_129 = 0.0;
    const wp::float32 var_130 = 0.0;
    const wp::float32 var_131 = 0.0;
    const wp::float32 var_132 = 0.0;
    const wp::float32 var_133 = 0.0;
    const wp::float32 var_134 = 0.0;
    const wp::int32 var_135 = 3;
    const wp::int32 var_136 = 6;
    wp::float32 var_137;
    const wp::float32 var_138 = 0.0;
    const wp::float32 var_139 = 0.0;
    const wp::float32 var_140 = 0.0;
    const wp::float32 var_141 = 0.0;
    const wp::float32 var_142 = 0.0;
    const wp::float32 var_143 = 0.0;
    const wp::int32 var_144 = 4;
    const wp::int32 var_145 = 6;
    wp::float32 var_146;
    const wp::float32 var_147 = 0.0;
    const wp::float32 var_148 = 0.0;
    const wp::float32 var_149 = 0.0;
    const wp::float32 var_150 = 0.0;
    const wp::float32 var_151 = 0.0;
    const wp::float32 var_152 = 0.0;
    const wp::int32 var_153 = 5;
    const wp::int32 var_154 = 6;
    wp::float32 var_155;
    wp::mat_t<6, 6, wp::float32> var_156;
    wp::mat_t<6, 6, wp::float32> var_157;
    //---------
    // forward
    // def many_args_kernel(out: wp.array(dtype=wp.spatial_matrix), s: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // x = s[i]                                                                               <L 12>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.printf(                                                                             <L 13>
    // "0=%d, 1=%d, 2=%d, 3=%d, 4=%d, 5=%d, 6=%d, 7=%d, "                                     <L 14>
    // 0, 1, 2, 3, 4, 5, 6, 7,                                                                <L 18>
    // 8, 9, 10, 11, 12, 13, 14, 15,                                                          <L 19>
    // 16, 17, 18, 19, 20, 21, 22, 23,                                                        <L 20>
    // 24, 25, 26, 27, 28, 29, 30, x,                                                         <L 21>
    printf(var_4, var_5, var_6, var_7, var_8, var_9, var_10, var_11, var_12, var_13, var_14, var_15, var_16, var_17, var_18, var_19, var_20, var_21, var_22, var_23, var_24, var_25, var_26, var_27, var_28, var_29, var_30, var_31, var_32, var_33, var_34, var_35, var_2);
    // m = wp.spatial_matrix(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0)       <L 23>
    var_72 = wp::mat_t<6, 6, wp::float32>({var_36, var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68, var_69, var_70, var_71});
    // n = mat67(x, 1.5, 2.5, 3.5, 4.5, x, 6.5, 7.5, 8.5, 9.5, x, 11.5, 12.5, 13.5, 14.5, x, 16.5, 17.5, 18.5, 19.5, x, 21.5, 22.5, 23.5, 24.5, x, 26.5, 27.5, 28.5, 29.5, x, 31.5, 32.5, 33.5, 34.5, x, 36.5, 37.5, 38.5, 39.5, x, 41.5)       <L 24>
    var_106 = wp::mat_t<6, 7, wp::float32>({var_2, var_73, var_74, var_75, var_76, var_2, var_77, var_78, var_79, var_80, var_2, var_81, var_82, var_83, var_84, var_2, var_85, var_86, var_87, var_88, var_2, var_89, var_90, var_91, var_92, var_2, var_93, var_94, var_95, var_96, var_2, var_97, var_98, var_99, var_100, var_2, var_101, var_102, var_103, var_104, var_2, var_105});
    // out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,                   <L 25>
    var_107 = wp::mul(var_72, var_2);
    var_110 = wp::extract(var_106, var_108, var_109);
    // 0.0, n[1, 6], 0.0, 0.0, 0.0, 0.0,                                                      <L 26>
    var_119 = wp::extract(var_106, var_117, var_118);
    // 0.0, 0.0, n[2, 6], 0.0, 0.0, 0.0,                                                      <L 27>
    var_128 = wp::extract(var_106, var_126, var_127);
    // 0.0, 0.0, 0.0, n[3, 6], 0.0, 0.0,                                                      <L 28>
    var_137 = wp::extract(var_106, var_135, var_136);
    // 0.0, 0.0, 0.0, 0.0, n[4, 6], 0.0,                                                      <L 29>
    var_146 = wp::extract(var_106, var_144, var_145);
    // 0.0, 0.0, 0.0, 0.0, 0.0, n[5, 6])                                                      <L 30>
    var_155 = wp::extract(var_106, var_153, var_154);
    var_156 = wp::mat_t<6, 6, wp::float32>({var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_119, var_120, var_121, var_122, var_123, var_124, var_125, var_128, var_129, var_130, var_131, var_132, var_133, var_134, var_137, var_138, var_139, var_140, var_141, var_142, var_143, var_146, var_147, var_148, var_149, var_150, var_151, var_152, var_155});
    var_157 = wp::add(var_107, var_156);
    // out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,                   <L 25>
    wp::array_store(var_out, var_0, var_157);
}



void many_args_kernel_155210a3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_many_args_kernel_155210a3 *_wp_args,
    wp_args_many_args_kernel_155210a3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::str var_4 = "0=%d, 1=%d, 2=%d, 3=%d, 4=%d, 5=%d, 6=%d, 7=%d, 8=%d, 9=%d, 10=%d, 11=%d, 12=%d, 13=%d, 14=%d, 15=%d, 16=%d, 17=%d, 18=%d, 19=%d, 20=%d, 21=%d, 22=%d, 23=%d, 24=%d, 25=%d, 26=%d, 27=%d, 28=%d, 29=%d, 30=%d, %f\n";
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 2;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 4;
    const wp::int32 var_10 = 5;
    const wp::int32 var_11 = 6;
    const wp::int32 var_12 = 7;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 9;
    const wp::int32 var_15 = 10;
    const wp::int32 var_16 = 11;
    const wp::int32 var_17 = 12;
    const wp::int32 var_18 = 13;
    const wp::int32 var_19 = 14;
    const wp::int32 var_20 = 15;
    const wp::int32 var_21 = 16;
    const wp::int32 var_22 = 17;
    const wp::int32 var_23 = 18;
    const wp::int32 var_24 = 19;
    const wp::int32 var_25 = 20;
    const wp::int32 var_26 = 21;
    const wp::int32 var_27 = 22;
    const wp::int32 var_28 = 23;
    const wp::int32 var_29 = 24;
    const wp::int32 var_30 = 25;
    const wp::int32 var_31 = 26;
    const wp::int32 var_32 = 27;
    const wp::int32 var_33 = 28;
    const wp::int32 var_34 = 29;
    const wp::int32 var_35 = 30;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 1.0;
    const wp::float32 var_38 = 2.0;
    const wp::float32 var_39 = 3.0;
    const wp::float32 var_40 = 4.0;
    const wp::float32 var_41 = 5.0;
    const wp::float32 var_42 = 6.0;
    const wp::float32 var_43 = 7.0;
    const wp::float32 var_44 = 8.0;
    const wp::float32 var_45 = 9.0;
    const wp::float32 var_46 = 10.0;
    const wp::float32 var_47 = 11.0;
    const wp::float32 var_48 = 12.0;
    const wp::float32 var_49 = 13.0;
    const wp::float32 var_50 = 14.0;
    const wp::float32 var_51 = 15.0;
    const wp::float32 var_52 = 16.0;
    const wp::float32 var_53 = 17.0;
    const wp::float32 var_54 = 18.0;
    const wp::float32 var_55 = 19.0;
    const wp::float32 var_56 = 20.0;
    const wp::float32 var_57 = 21.0;
    const wp::float32 var_58 = 22.0;
    const wp::float32 var_59 = 23.0;
    const wp::float32 var_60 = 24.0;
    const wp::float32 var_61 = 25.0;
    const wp::float32 var_62 = 26.0;
    const wp::float32 var_63 = 27.0;
    const wp::float32 var_64 = 28.0;
    const wp::float32 var_65 = 29.0;
    const wp::float32 var_66 = 30.0;
    const wp::float32 var_67 = 31.0;
    const wp::float32 var_68 = 32.0;
    const wp::float32 var_69 = 33.0;
    const wp::float32 var_70 = 34.0;
    const wp::float32 var_71 = 35.0;
    wp::mat_t<6, 6, wp::float32> var_72;
    const wp::float32 var_73 = 1.5;
    const wp::float32 var_74 = 2.5;
    const wp::float32 var_75 = 3.5;
    const wp::float32 var_76 = 4.5;
    const wp::float32 var_77 = 6.5;
    const wp::float32 var_78 = 7.5;
    const wp::float32 var_79 = 8.5;
    const wp::float32 var_80 = 9.5;
    const wp::float32 var_81 = 11.5;
    const wp::float32 var_82 = 12.5;
    const wp::float32 var_83 = 13.5;
    const wp::float32 var_84 = 14.5;
    const wp::float32 var_85 = 16.5;
    const wp::float32 var_86 = 17.5;
    const wp::float32 var_87 = 18.5;
    const wp::float32 var_88 = 19.5;
    const wp::float32 var_89 = 21.5;
    const wp::float32 var_90 = 22.5;
    const wp::float32 var_91 = 23.5;
    const wp::float32 var_92 = 24.5;
    const wp::float32 var_93 = 26.5;
    const wp::float32 var_94 = 27.5;
    const wp::float32 var_95 = 28.5;
    const wp::float32 var_96 = 29.5;
    const wp::float32 var_97 = 31.5;
    const wp::float32 var_98 = 32.5;
    const wp::float32 var_99 = 33.5;
    const wp::float32 var_100 = 34.5;
    const wp::float32 var_101 = 36.5;
    const wp::float32 var_102 = 37.5;
    const wp::float32 var_103 = 38.5;
    const wp::float32 var_104 = 39.5;
    const wp::float32 var_105 = 41.5;
    wp::mat_t<6, 7, wp::float32> var_106;
    wp::mat_t<6, 6, wp::float32> var_107;
    const wp::int32 var_108 = 0;
    const wp::int32 var_109 = 6;
    wp::float32 var_110;
    const wp::float32 var_111 = 0.0;
    const wp::float32 var_112 = 0.0;
    const wp::float32 var_113 = 0.0;
    const wp::float32 var_114 = 0.0;
    const wp::float32 var_115 = 0.0;
    const wp::float32 var_116 = 0.0;
    const wp::int32 var_117 = 1;
    const wp::int32 var_118 = 6;
    wp::float32 var_119;
    const wp::float32 var_120 = 0.0;
    const wp::float32 var_121 = 0.0;
    const wp::float32 var_122 = 0.0;
    const wp::float32 var_123 = 0.0;
    const wp::float32 var_124 = 0.0;
    const wp::float32 var_125 = 0.0;
    const wp::int32 var_126 = 2;
    const wp::int32 var_127 = 6;
    wp::float32 var_128;
    const wp::float32 var_129 = 0.0;
    const wp::float32 var_130 = 0.0;
    const wp::float32 var_131 = 0.0;
    const wp::float32 var_132 = 0.0;
    const wp::float32 var_133 = 0.0;
    const wp::float32 var_134 = 0.0;
    const wp::int32 var_135 = 3;
    const wp::int32 var_136 = 6;
    wp::float32 var_137;
    const wp::float32 var_138 = 0.0;
    const wp::float32 var_139 = 0.0;
    const wp::float32 var_140 = 0.0;
    const wp::float32 var_141 = 0.0;
    const wp::float32 var_142 = 0.0;
    const wp::float32 var_143 = 0.0;
    const wp::int32 var_144 = 4;
    const wp::int32 var_145 = 6;
    wp::float32 var_146;
    const wp::float32 var_147 = 0.0;
    const wp::float32 var_148 = 0.0;
    const wp::float32 var_149 = 0.0;
    const wp::float32 var_150 = 0.0;
    const wp::float32 var_151 = 0.0;
    const wp::float32 var_152 = 0.0;
    const wp::int32 var_153 = 5;
    const wp::int32 var_154 = 6;
    wp::float32 var_155;
    wp::mat_t<6, 6, wp::float32> var_156;
    wp::mat_t<6, 6, wp::float32> var_157;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::str adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
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
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::mat_t<6, 6, wp::float32> adj_72 = {};
    wp::float32 adj_73 = {};
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
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::mat_t<6, 7, wp::float32> adj_106 = {};
    wp::mat_t<6, 6, wp::float32> adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::float32 adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    wp::float32 adj_151 = {};
    wp::float32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::int32 adj_154 = {};
    wp::float32 adj_155 = {};
    wp::mat_t<6, 6, wp::float32> adj_156 = {};
    wp::mat_t<6, 6, wp::float32> adj_157 = {};
    //---------
    // forward
    // def many_args_kernel(out: wp.array(dtype=wp.spatial_matrix), s: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // x = s[i]                                                                               <L 12>
    var_1 = wp::address(var_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.printf(                                                                             <L 13>
    // "0=%d, 1=%d, 2=%d, 3=%d, 4=%d, 5=%d, 6=%d, 7=%d, "                                     <L 14>
    // 0, 1, 2, 3, 4, 5, 6, 7,                                                                <L 18>
    // 8, 9, 10, 11, 12, 13, 14, 15,                                                          <L 19>
    // 16, 17, 18, 19, 20, 21, 22, 23,                                                        <L 20>
    // 24, 25, 26, 27, 28, 29, 30, x,                                                         <L 21>
    printf(var_4, var_5, var_6, var_7, var_8, var_9, var_10, var_11, var_12, var_13, var_14, var_15, var_16, var_17, var_18, var_19, var_20, var_21, var_22, var_23, var_24, var_25, var_26, var_27, var_28, var_29, var_30, var_31, var_32, var_33, var_34, var_35, var_2);
    // m = wp.spatial_matrix(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0)       <L 23>
    var_72 = wp::mat_t<6, 6, wp::float32>({var_36, var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68, var_69, var_70, var_71});
    // n = mat67(x, 1.5, 2.5, 3.5, 4.5, x, 6.5, 7.5, 8.5, 9.5, x, 11.5, 12.5, 13.5, 14.5, x, 16.5, 17.5, 18.5, 19.5, x, 21.5, 22.5, 23.5, 24.5, x, 26.5, 27.5, 28.5, 29.5, x, 31.5, 32.5, 33.5, 34.5, x, 36.5, 37.5, 38.5, 39.5, x, 41.5)       <L 24>
    var_106 = wp::mat_t<6, 7, wp::float32>({var_2, var_73, var_74, var_75, var_76, var_2, var_77, var_78, var_79, var_80, var_2, var_81, var_82, var_83, var_84, var_2, var_85, var_86, var_87, var_88, var_2, var_89, var_90, var_91, var_92, var_2, var_93, var_94, var_95, var_96, var_2, var_97, var_98, var_99, var_100, var_2, var_101, var_102, var_103, var_104, var_2, var_105});
    // out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,                   <L 25>
    var_107 = wp::mul(var_72, var_2);
    var_110 = wp::extract(var_106, var_108, var_109);
    // 0.0, n[1, 6], 0.0, 0.0, 0.0, 0.0,                                                      <L 26>
    var_119 = wp::extract(var_106, var_117, var_118);
    // 0.0, 0.0, n[2, 6], 0.0, 0.0, 0.0,                                                      <L 27>
    var_128 = wp::extract(var_106, var_126, var_127);
    // 0.0, 0.0, 0.0, n[3, 6], 0.0, 0.0,                                                      <L 28>
    var_137 = wp::extract(var_106, var_135, var_136);
    // 0.0, 0.0, 0.0, 0.0, n[4, 6], 0.0,                                                      <L 29>
    var_146 = wp::extract(var_106, var_144, var_145);
    // 0.0, 0.0, 0.0, 0.0, 0.0, n[5, 6])                                                      <L 30>
    var_155 = wp::extract(var_106, var_153, var_154);
    var_156 = wp::mat_t<6, 6, wp::float32>({var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_119, var_120, var_121, var_122, var_123, var_124, var_125, var_128, var_129, var_130, var_131, var_132, var_133, var_134, var_137, var_138, var_139, var_140, var_141, var_142, var_143, var_146, var_147, var_148, var_149, var_150, var_151, var_152, var_155});
    var_157 = wp::add(var_107, var_156);
    // out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,                   <L 25>
    // wp::array_store(var_out, var_0, var_157);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_157, adj_out, adj_0, adj_157);
    // adj: out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,              <L 25>
    wp::adj_add(var_107, var_156, adj_107, adj_156, adj_157);
    wp::adj_mat_t({var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_119, var_120, var_121, var_122, var_123, var_124, var_125, var_128, var_129, var_130, var_131, var_132, var_133, var_134, var_137, var_138, var_139, var_140, var_141, var_142, var_143, var_146, var_147, var_148, var_149, var_150, var_151, var_152, var_155}, {&adj_110, &adj_111, &adj_112, &adj_113, &adj_114, &adj_115, &adj_116, &adj_119, &adj_120, &adj_121, &adj_122, &adj_123, &adj_124, &adj_125, &adj_128, &adj_129, &adj_130, &adj_131, &adj_132, &adj_133, &adj_134, &adj_137, &adj_138, &adj_139, &adj_140, &adj_141, &adj_142, &adj_143, &adj_146, &adj_147, &adj_148, &adj_149, &adj_150, &adj_151, &adj_152, &adj_155}, adj_156);
    wp::adj_extract(var_106, var_153, var_154, adj_106, adj_153, adj_154, adj_155);
    // adj: 0.0, 0.0, 0.0, 0.0, 0.0, n[5, 6])                                                 <L 30>
    wp::adj_extract(var_106, var_144, var_145, adj_106, adj_144, adj_145, adj_146);
    // adj: 0.0, 0.0, 0.0, 0.0, n[4, 6], 0.0,                                                 <L 29>
    wp::adj_extract(var_106, var_135, var_136, adj_106, adj_135, adj_136, adj_137);
    // adj: 0.0, 0.0, 0.0, n[3, 6], 0.0, 0.0,                                                 <L 28>
    wp::adj_extract(var_106, var_126, var_127, adj_106, adj_126, adj_127, adj_128);
    // adj: 0.0, 0.0, n[2, 6], 0.0, 0.0, 0.0,                                                 <L 27>
    wp::adj_extract(var_106, var_117, var_118, adj_106, adj_117, adj_118, adj_119);
    // adj: 0.0, n[1, 6], 0.0, 0.0, 0.0, 0.0,                                                 <L 26>
    wp::adj_extract(var_106, var_108, var_109, adj_106, adj_108, adj_109, adj_110);
    wp::adj_mul(var_72, var_2, adj_72, adj_2, adj_107);
    // adj: out[i] = m * x + wp.spatial_matrix(n[0, 6], 0.0, 0.0, 0.0, 0.0, 0.0,              <L 25>
    wp::adj_mat_t({var_2, var_73, var_74, var_75, var_76, var_2, var_77, var_78, var_79, var_80, var_2, var_81, var_82, var_83, var_84, var_2, var_85, var_86, var_87, var_88, var_2, var_89, var_90, var_91, var_92, var_2, var_93, var_94, var_95, var_96, var_2, var_97, var_98, var_99, var_100, var_2, var_101, var_102, var_103, var_104, var_2, var_105}, {&adj_2, &adj_73, &adj_74, &adj_75, &adj_76, &adj_2, &adj_77, &adj_78, &adj_79, &adj_80, &adj_2, &adj_81, &adj_82, &adj_83, &adj_84, &adj_2, &adj_85, &adj_86, &adj_87, &adj_88, &adj_2, &adj_89, &adj_90, &adj_91, &adj_92, &adj_2, &adj_93, &adj_94, &adj_95, &adj_96, &adj_2, &adj_97, &adj_98, &adj_99, &adj_100, &adj_2, &adj_101, &adj_102, &adj_103, &adj_104, &adj_2, &adj_105}, adj_106);
    // adj: n = mat67(x, 1.5, 2.5, 3.5, 4.5, x, 6.5, 7.5, 8.5, 9.5, x, 11.5, 12.5, 13.5, 14.5, x, 16.5, 17.5, 18.5, 19.5, x, 21.5, 22.5, 23.5, 24.5, x, 26.5, 27.5, 28.5, 29.5, x, 31.5, 32.5, 33.5, 34.5, x, 36.5, 37.5, 38.5, 39.5, x, 41.5)  <L 24>
    wp::adj_mat_t({var_36, var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68, var_69, var_70, var_71}, {&adj_36, &adj_37, &adj_38, &adj_39, &adj_40, &adj_41, &adj_42, &adj_43, &adj_44, &adj_45, &adj_46, &adj_47, &adj_48, &adj_49, &adj_50, &adj_51, &adj_52, &adj_53, &adj_54, &adj_55, &adj_56, &adj_57, &adj_58, &adj_59, &adj_60, &adj_61, &adj_62, &adj_63, &adj_64, &adj_65, &adj_66, &adj_67, &adj_68, &adj_69, &adj_70, &adj_71}, adj_72);
    // adj: m = wp.spatial_matrix(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0)  <L 23>
    // adj: 24, 25, 26, 27, 28, 29, 30, x,                                                    <L 21>
    // adj: 16, 17, 18, 19, 20, 21, 22, 23,                                                   <L 20>
    // adj: 8, 9, 10, 11, 12, 13, 14, 15,                                                     <L 19>
    // adj: 0, 1, 2, 3, 4, 5, 6, 7,                                                           <L 18>
    // adj: "0=%d, 1=%d, 2=%d, 3=%d, 4=%d, 5=%d, 6=%d, 7=%d, "                                <L 14>
    // adj: wp.printf(                                                                        <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: x = s[i]                                                                          <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def many_args_kernel(out: wp.array(dtype=wp.spatial_matrix), s: wp.array(dtype=float)):  <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void many_args_kernel_155210a3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_many_args_kernel_155210a3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        many_args_kernel_155210a3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void many_args_kernel_155210a3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_many_args_kernel_155210a3 *_wp_args,
    wp_args_many_args_kernel_155210a3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        many_args_kernel_155210a3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

