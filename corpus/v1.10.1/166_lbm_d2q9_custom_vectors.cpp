
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


// corpus/166_lbm_d2q9_custom_vectors.py:19
static wp::vec_t<2, wp::int32> lattice_dir_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = -1;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 1;
    wp::vec_t<9, wp::int32> var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = -1;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = -1;
    wp::vec_t<9, wp::int32> var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<2, wp::int32> var_28;
    //---------
    // forward
    // def lattice_dir(q: int) -> wp.vec2i:                                                   <L 20>
    // ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                               <L 21>
    var_12 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_4, var_5, var_6, var_8, var_10, var_11});
    // ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                               <L 22>
    var_25 = wp::vec_t<9, wp::int32>({var_13, var_14, var_15, var_16, var_18, var_19, var_20, var_22, var_24});
    // return wp.vec2i(ex[q], ey[q])                                                          <L 23>
    var_26 = wp::extract(var_12, var_q);
    var_27 = wp::extract(var_25, var_q);
    var_28 = wp::vec_t<2, wp::int32>(var_26, var_27);
    return var_28;
}


// corpus/166_lbm_d2q9_custom_vectors.py:40
static void moments_0(
    wp::vec_t<9, wp::float32> var_f,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<2, wp::int32> var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::vec_t<2, wp::int32> var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    wp::int32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::int32 var_87 = 3;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<2, wp::int32> var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 0;
    wp::int32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    const wp::int32 var_104 = 1;
    wp::int32 var_105;
    wp::float32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    const wp::int32 var_114 = 4;
    wp::float32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::vec_t<2, wp::int32> var_118;
    wp::float32 var_119;
    const wp::int32 var_120 = 0;
    wp::int32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    const wp::int32 var_125 = 0;
    wp::int32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32 var_135;
    const wp::int32 var_136 = 1;
    wp::int32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    const wp::int32 var_141 = 5;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    wp::vec_t<2, wp::int32> var_145;
    wp::float32 var_146;
    const wp::int32 var_147 = 0;
    wp::int32 var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    const wp::int32 var_152 = 0;
    wp::int32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 1;
    wp::int32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    const wp::int32 var_163 = 1;
    wp::int32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
    const wp::int32 var_168 = 6;
    wp::float32 var_169;
    wp::float32 var_170;
    wp::float32 var_171;
    wp::vec_t<2, wp::int32> var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 0;
    wp::int32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    const wp::int32 var_179 = 0;
    wp::int32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    const wp::int32 var_185 = 1;
    wp::int32 var_186;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    wp::float32 var_192;
    wp::float32 var_193;
    wp::float32 var_194;
    const wp::int32 var_195 = 7;
    wp::float32 var_196;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::vec_t<2, wp::int32> var_199;
    wp::float32 var_200;
    const wp::int32 var_201 = 0;
    wp::int32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    wp::float32 var_205;
    const wp::int32 var_206 = 0;
    wp::int32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    wp::float32 var_211;
    const wp::int32 var_212 = 1;
    wp::int32 var_213;
    wp::float32 var_214;
    wp::float32 var_215;
    wp::float32 var_216;
    const wp::int32 var_217 = 1;
    wp::int32 var_218;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    const wp::int32 var_222 = 8;
    wp::float32 var_223;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::vec_t<2, wp::int32> var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 0;
    wp::int32 var_229;
    wp::float32 var_230;
    wp::float32 var_231;
    wp::float32 var_232;
    const wp::int32 var_233 = 0;
    wp::int32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    wp::float32 var_238;
    const wp::int32 var_239 = 1;
    wp::int32 var_240;
    wp::float32 var_241;
    wp::float32 var_242;
    wp::float32 var_243;
    const wp::int32 var_244 = 1;
    wp::int32 var_245;
    wp::float32 var_246;
    wp::float32 var_247;
    wp::float32 var_248;
    const wp::float32 var_249 = 0.0;
    bool var_250;
    wp::float32 var_251;
    wp::float32 var_252;
    wp::vec_t<2, wp::float32> var_253;
    wp::vec_t<2, wp::float32> var_254;
    //---------
    // forward
    // def moments(f: vec9):                                                                  <L 41>
    // rho = float(0.0)                                                                       <L 42>
    var_1 = wp::float(var_0);
    // mx = float(0.0)                                                                        <L 43>
    var_3 = wp::float(var_2);
    // my = float(0.0)                                                                        <L 44>
    var_5 = wp::float(var_4);
    // for q in range(Q):                                                                     <L 45>
    // rho += f[q]                                                                            <L 46>
    var_7 = wp::extract(var_f, var_6);
    var_8 = wp::extract(var_f, var_6);
    var_9 = wp::add(var_1, var_8);
    // e = lattice_dir(q)                                                                     <L 47>
    var_10 = lattice_dir_0(var_6);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_11 = wp::extract(var_f, var_6);
    var_13 = wp::extract(var_10, var_12);
    var_14 = wp::float(var_13);
    var_15 = wp::mul(var_11, var_14);
    var_16 = wp::extract(var_f, var_6);
    var_18 = wp::extract(var_10, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::add(var_3, var_20);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_22 = wp::extract(var_f, var_6);
    var_24 = wp::extract(var_10, var_23);
    var_25 = wp::float(var_24);
    var_26 = wp::mul(var_22, var_25);
    var_27 = wp::extract(var_f, var_6);
    var_29 = wp::extract(var_10, var_28);
    var_30 = wp::float(var_29);
    var_31 = wp::mul(var_27, var_30);
    var_32 = wp::add(var_5, var_31);
    // rho += f[q]                                                                            <L 46>
    var_34 = wp::extract(var_f, var_33);
    var_35 = wp::extract(var_f, var_33);
    var_36 = wp::add(var_9, var_35);
    // e = lattice_dir(q)                                                                     <L 47>
    var_37 = lattice_dir_0(var_33);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_38 = wp::extract(var_f, var_33);
    var_40 = wp::extract(var_37, var_39);
    var_41 = wp::float(var_40);
    var_42 = wp::mul(var_38, var_41);
    var_43 = wp::extract(var_f, var_33);
    var_45 = wp::extract(var_37, var_44);
    var_46 = wp::float(var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_21, var_47);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_49 = wp::extract(var_f, var_33);
    var_51 = wp::extract(var_37, var_50);
    var_52 = wp::float(var_51);
    var_53 = wp::mul(var_49, var_52);
    var_54 = wp::extract(var_f, var_33);
    var_56 = wp::extract(var_37, var_55);
    var_57 = wp::float(var_56);
    var_58 = wp::mul(var_54, var_57);
    var_59 = wp::add(var_32, var_58);
    // rho += f[q]                                                                            <L 46>
    var_61 = wp::extract(var_f, var_60);
    var_62 = wp::extract(var_f, var_60);
    var_63 = wp::add(var_36, var_62);
    // e = lattice_dir(q)                                                                     <L 47>
    var_64 = lattice_dir_0(var_60);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_65 = wp::extract(var_f, var_60);
    var_67 = wp::extract(var_64, var_66);
    var_68 = wp::float(var_67);
    var_69 = wp::mul(var_65, var_68);
    var_70 = wp::extract(var_f, var_60);
    var_72 = wp::extract(var_64, var_71);
    var_73 = wp::float(var_72);
    var_74 = wp::mul(var_70, var_73);
    var_75 = wp::add(var_48, var_74);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_76 = wp::extract(var_f, var_60);
    var_78 = wp::extract(var_64, var_77);
    var_79 = wp::float(var_78);
    var_80 = wp::mul(var_76, var_79);
    var_81 = wp::extract(var_f, var_60);
    var_83 = wp::extract(var_64, var_82);
    var_84 = wp::float(var_83);
    var_85 = wp::mul(var_81, var_84);
    var_86 = wp::add(var_59, var_85);
    // rho += f[q]                                                                            <L 46>
    var_88 = wp::extract(var_f, var_87);
    var_89 = wp::extract(var_f, var_87);
    var_90 = wp::add(var_63, var_89);
    // e = lattice_dir(q)                                                                     <L 47>
    var_91 = lattice_dir_0(var_87);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_92 = wp::extract(var_f, var_87);
    var_94 = wp::extract(var_91, var_93);
    var_95 = wp::float(var_94);
    var_96 = wp::mul(var_92, var_95);
    var_97 = wp::extract(var_f, var_87);
    var_99 = wp::extract(var_91, var_98);
    var_100 = wp::float(var_99);
    var_101 = wp::mul(var_97, var_100);
    var_102 = wp::add(var_75, var_101);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_103 = wp::extract(var_f, var_87);
    var_105 = wp::extract(var_91, var_104);
    var_106 = wp::float(var_105);
    var_107 = wp::mul(var_103, var_106);
    var_108 = wp::extract(var_f, var_87);
    var_110 = wp::extract(var_91, var_109);
    var_111 = wp::float(var_110);
    var_112 = wp::mul(var_108, var_111);
    var_113 = wp::add(var_86, var_112);
    // rho += f[q]                                                                            <L 46>
    var_115 = wp::extract(var_f, var_114);
    var_116 = wp::extract(var_f, var_114);
    var_117 = wp::add(var_90, var_116);
    // e = lattice_dir(q)                                                                     <L 47>
    var_118 = lattice_dir_0(var_114);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_119 = wp::extract(var_f, var_114);
    var_121 = wp::extract(var_118, var_120);
    var_122 = wp::float(var_121);
    var_123 = wp::mul(var_119, var_122);
    var_124 = wp::extract(var_f, var_114);
    var_126 = wp::extract(var_118, var_125);
    var_127 = wp::float(var_126);
    var_128 = wp::mul(var_124, var_127);
    var_129 = wp::add(var_102, var_128);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_130 = wp::extract(var_f, var_114);
    var_132 = wp::extract(var_118, var_131);
    var_133 = wp::float(var_132);
    var_134 = wp::mul(var_130, var_133);
    var_135 = wp::extract(var_f, var_114);
    var_137 = wp::extract(var_118, var_136);
    var_138 = wp::float(var_137);
    var_139 = wp::mul(var_135, var_138);
    var_140 = wp::add(var_113, var_139);
    // rho += f[q]                                                                            <L 46>
    var_142 = wp::extract(var_f, var_141);
    var_143 = wp::extract(var_f, var_141);
    var_144 = wp::add(var_117, var_143);
    // e = lattice_dir(q)                                                                     <L 47>
    var_145 = lattice_dir_0(var_141);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_146 = wp::extract(var_f, var_141);
    var_148 = wp::extract(var_145, var_147);
    var_149 = wp::float(var_148);
    var_150 = wp::mul(var_146, var_149);
    var_151 = wp::extract(var_f, var_141);
    var_153 = wp::extract(var_145, var_152);
    var_154 = wp::float(var_153);
    var_155 = wp::mul(var_151, var_154);
    var_156 = wp::add(var_129, var_155);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_157 = wp::extract(var_f, var_141);
    var_159 = wp::extract(var_145, var_158);
    var_160 = wp::float(var_159);
    var_161 = wp::mul(var_157, var_160);
    var_162 = wp::extract(var_f, var_141);
    var_164 = wp::extract(var_145, var_163);
    var_165 = wp::float(var_164);
    var_166 = wp::mul(var_162, var_165);
    var_167 = wp::add(var_140, var_166);
    // rho += f[q]                                                                            <L 46>
    var_169 = wp::extract(var_f, var_168);
    var_170 = wp::extract(var_f, var_168);
    var_171 = wp::add(var_144, var_170);
    // e = lattice_dir(q)                                                                     <L 47>
    var_172 = lattice_dir_0(var_168);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_173 = wp::extract(var_f, var_168);
    var_175 = wp::extract(var_172, var_174);
    var_176 = wp::float(var_175);
    var_177 = wp::mul(var_173, var_176);
    var_178 = wp::extract(var_f, var_168);
    var_180 = wp::extract(var_172, var_179);
    var_181 = wp::float(var_180);
    var_182 = wp::mul(var_178, var_181);
    var_183 = wp::add(var_156, var_182);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_184 = wp::extract(var_f, var_168);
    var_186 = wp::extract(var_172, var_185);
    var_187 = wp::float(var_186);
    var_188 = wp::mul(var_184, var_187);
    var_189 = wp::extract(var_f, var_168);
    var_191 = wp::extract(var_172, var_190);
    var_192 = wp::float(var_191);
    var_193 = wp::mul(var_189, var_192);
    var_194 = wp::add(var_167, var_193);
    // rho += f[q]                                                                            <L 46>
    var_196 = wp::extract(var_f, var_195);
    var_197 = wp::extract(var_f, var_195);
    var_198 = wp::add(var_171, var_197);
    // e = lattice_dir(q)                                                                     <L 47>
    var_199 = lattice_dir_0(var_195);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_200 = wp::extract(var_f, var_195);
    var_202 = wp::extract(var_199, var_201);
    var_203 = wp::float(var_202);
    var_204 = wp::mul(var_200, var_203);
    var_205 = wp::extract(var_f, var_195);
    var_207 = wp::extract(var_199, var_206);
    var_208 = wp::float(var_207);
    var_209 = wp::mul(var_205, var_208);
    var_210 = wp::add(var_183, var_209);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_211 = wp::extract(var_f, var_195);
    var_213 = wp::extract(var_199, var_212);
    var_214 = wp::float(var_213);
    var_215 = wp::mul(var_211, var_214);
    var_216 = wp::extract(var_f, var_195);
    var_218 = wp::extract(var_199, var_217);
    var_219 = wp::float(var_218);
    var_220 = wp::mul(var_216, var_219);
    var_221 = wp::add(var_194, var_220);
    // rho += f[q]                                                                            <L 46>
    var_223 = wp::extract(var_f, var_222);
    var_224 = wp::extract(var_f, var_222);
    var_225 = wp::add(var_198, var_224);
    // e = lattice_dir(q)                                                                     <L 47>
    var_226 = lattice_dir_0(var_222);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_227 = wp::extract(var_f, var_222);
    var_229 = wp::extract(var_226, var_228);
    var_230 = wp::float(var_229);
    var_231 = wp::mul(var_227, var_230);
    var_232 = wp::extract(var_f, var_222);
    var_234 = wp::extract(var_226, var_233);
    var_235 = wp::float(var_234);
    var_236 = wp::mul(var_232, var_235);
    var_237 = wp::add(var_210, var_236);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_238 = wp::extract(var_f, var_222);
    var_240 = wp::extract(var_226, var_239);
    var_241 = wp::float(var_240);
    var_242 = wp::mul(var_238, var_241);
    var_243 = wp::extract(var_f, var_222);
    var_245 = wp::extract(var_226, var_244);
    var_246 = wp::float(var_245);
    var_247 = wp::mul(var_243, var_246);
    var_248 = wp::add(var_221, var_247);
    // if rho > 0.0:                                                                          <L 50>
    var_250 = (var_225 > var_249);
    if (var_250) {
        // return rho, wp.vec2(mx / rho, my / rho)                                            <L 51>
        var_251 = wp::div(var_237, var_225);
        var_252 = wp::div(var_248, var_225);
        var_253 = wp::vec_t<2, wp::float32>(var_251, var_252);
        ret_0 = var_225;
        ret_1 = var_253;
        return;
    }
    // return rho, wp.vec2()                                                                  <L 52>
    var_254 = wp::vec_t<2, wp::float32>();
    ret_0 = var_225;
    ret_1 = var_254;
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:10
static wp::float32 lattice_weight_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 4.0;
    const wp::float32 var_3 = 9.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 5;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 36.0;
    wp::float32 var_12;
    //---------
    // forward
    // def lattice_weight(q: int) -> float:                                                   <L 11>
    // if q == 0:                                                                             <L 12>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 4.0 / 9.0                                                                   <L 13>
        var_4 = wp::div(var_2, var_3);
        return var_4;
    }
    if (!var_1) {
        // elif q < 5:                                                                        <L 14>
        var_6 = (var_q < var_5);
        if (var_6) {
            // return 1.0 / 9.0                                                               <L 15>
            var_9 = wp::div(var_7, var_8);
            return var_9;
        }
    }
    // return 1.0 / 36.0                                                                      <L 16>
    var_12 = wp::div(var_10, var_11);
    return var_12;
}


// corpus/166_lbm_d2q9_custom_vectors.py:32
static wp::float32 equilibrium_0(
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u,
    wp::int32 var_q)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::int32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.3333333333333333;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                              <L 33>
    // e = lattice_dir(q)                                                                     <L 34>
    var_0 = lattice_dir_0(var_q);
    // eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                           <L 35>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::extract(var_u, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_8 = wp::extract(var_0, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_u, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_6, var_12);
    // uu = wp.dot(u, u)                                                                      <L 36>
    var_14 = wp::dot(var_u, var_u);
    // return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)       <L 37>
    var_15 = lattice_weight_0(var_q);
    var_16 = wp::mul(var_15, var_rho);
    var_19 = wp::div(var_13, var_18);
    var_20 = wp::add(var_17, var_19);
    var_22 = wp::mul(var_21, var_13);
    var_23 = wp::mul(var_22, var_13);
    var_24 = wp::mul(var_18, var_18);
    var_25 = wp::div(var_23, var_24);
    var_26 = wp::add(var_20, var_25);
    var_28 = wp::mul(var_27, var_14);
    var_29 = wp::div(var_28, var_18);
    var_30 = wp::sub(var_26, var_29);
    var_31 = wp::mul(var_16, var_30);
    return var_31;
}


// corpus/166_lbm_d2q9_custom_vectors.py:26
static wp::int32 opposite_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    const wp::int32 var_5 = 7;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 5;
    const wp::int32 var_8 = 6;
    wp::vec_t<9, wp::int32> var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def opposite(q: int) -> int:                                                           <L 27>
    // opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                                 <L 28>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // return opp[q]                                                                          <L 29>
    var_10 = wp::extract(var_9, var_q);
    return var_10;
}


// corpus/166_lbm_d2q9_custom_vectors.py:19
static void adj_lattice_dir_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::vec_t<2, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = -1;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 1;
    wp::vec_t<9, wp::int32> var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = -1;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = -1;
    wp::vec_t<9, wp::int32> var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<2, wp::int32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<9, wp::int32> adj_12 = {};
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
    wp::vec_t<9, wp::int32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<2, wp::int32> adj_28 = {};
    //---------
    // forward
    // def lattice_dir(q: int) -> wp.vec2i:                                                   <L 20>
    // ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                               <L 21>
    var_12 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_4, var_5, var_6, var_8, var_10, var_11});
    // ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                               <L 22>
    var_25 = wp::vec_t<9, wp::int32>({var_13, var_14, var_15, var_16, var_18, var_19, var_20, var_22, var_24});
    // return wp.vec2i(ex[q], ey[q])                                                          <L 23>
    var_26 = wp::extract(var_12, var_q);
    var_27 = wp::extract(var_25, var_q);
    var_28 = wp::vec_t<2, wp::int32>(var_26, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_vec_t(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_extract(var_25, var_q, adj_25, adj_q, adj_27);
    wp::adj_extract(var_12, var_q, adj_12, adj_q, adj_26);
    // adj: return wp.vec2i(ex[q], ey[q])                                                     <L 23>
    wp::adj_vec_t({var_13, var_14, var_15, var_16, var_18, var_19, var_20, var_22, var_24}, {&adj_13, &adj_14, &adj_15, &adj_16, &adj_18, &adj_19, &adj_20, &adj_22, &adj_24}, adj_25);
    // adj: ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                          <L 22>
    wp::adj_vec_t({var_0, var_1, var_2, var_4, var_5, var_6, var_8, var_10, var_11}, {&adj_0, &adj_1, &adj_2, &adj_4, &adj_5, &adj_6, &adj_8, &adj_10, &adj_11}, adj_12);
    // adj: ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                          <L 21>
    // adj: def lattice_dir(q: int) -> wp.vec2i:                                              <L 20>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:40
static void adj_moments_0(
    wp::vec_t<9, wp::float32> var_f,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1,
    wp::vec_t<9, wp::float32> & adj_f,
    wp::float32 & adj_ret_0,
    wp::vec_t<2, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<2, wp::int32> var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::vec_t<2, wp::int32> var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    wp::int32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::int32 var_87 = 3;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<2, wp::int32> var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 0;
    wp::int32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    const wp::int32 var_104 = 1;
    wp::int32 var_105;
    wp::float32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    const wp::int32 var_114 = 4;
    wp::float32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::vec_t<2, wp::int32> var_118;
    wp::float32 var_119;
    const wp::int32 var_120 = 0;
    wp::int32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    const wp::int32 var_125 = 0;
    wp::int32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32 var_135;
    const wp::int32 var_136 = 1;
    wp::int32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    const wp::int32 var_141 = 5;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    wp::vec_t<2, wp::int32> var_145;
    wp::float32 var_146;
    const wp::int32 var_147 = 0;
    wp::int32 var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    const wp::int32 var_152 = 0;
    wp::int32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 1;
    wp::int32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    const wp::int32 var_163 = 1;
    wp::int32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
    const wp::int32 var_168 = 6;
    wp::float32 var_169;
    wp::float32 var_170;
    wp::float32 var_171;
    wp::vec_t<2, wp::int32> var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 0;
    wp::int32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    const wp::int32 var_179 = 0;
    wp::int32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    const wp::int32 var_185 = 1;
    wp::int32 var_186;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    wp::float32 var_192;
    wp::float32 var_193;
    wp::float32 var_194;
    const wp::int32 var_195 = 7;
    wp::float32 var_196;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::vec_t<2, wp::int32> var_199;
    wp::float32 var_200;
    const wp::int32 var_201 = 0;
    wp::int32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    wp::float32 var_205;
    const wp::int32 var_206 = 0;
    wp::int32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    wp::float32 var_211;
    const wp::int32 var_212 = 1;
    wp::int32 var_213;
    wp::float32 var_214;
    wp::float32 var_215;
    wp::float32 var_216;
    const wp::int32 var_217 = 1;
    wp::int32 var_218;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    const wp::int32 var_222 = 8;
    wp::float32 var_223;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::vec_t<2, wp::int32> var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 0;
    wp::int32 var_229;
    wp::float32 var_230;
    wp::float32 var_231;
    wp::float32 var_232;
    const wp::int32 var_233 = 0;
    wp::int32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    wp::float32 var_238;
    const wp::int32 var_239 = 1;
    wp::int32 var_240;
    wp::float32 var_241;
    wp::float32 var_242;
    wp::float32 var_243;
    const wp::int32 var_244 = 1;
    wp::int32 var_245;
    wp::float32 var_246;
    wp::float32 var_247;
    wp::float32 var_248;
    const wp::float32 var_249 = 0.0;
    bool var_250;
    wp::float32 var_251;
    wp::float32 var_252;
    wp::vec_t<2, wp::float32> var_253;
    wp::vec_t<2, wp::float32> var_254;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::int32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<2, wp::int32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<2, wp::int32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::vec_t<2, wp::int32> adj_91 = {};
    wp::float32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::vec_t<2, wp::int32> adj_118 = {};
    wp::float32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::int32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::vec_t<2, wp::int32> adj_145 = {};
    wp::float32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    wp::float32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float32 adj_155 = {};
    wp::float32 adj_156 = {};
    wp::float32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::int32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::float32 adj_169 = {};
    wp::float32 adj_170 = {};
    wp::float32 adj_171 = {};
    wp::vec_t<2, wp::int32> adj_172 = {};
    wp::float32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::float32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::float32 adj_192 = {};
    wp::float32 adj_193 = {};
    wp::float32 adj_194 = {};
    wp::int32 adj_195 = {};
    wp::float32 adj_196 = {};
    wp::float32 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::vec_t<2, wp::int32> adj_199 = {};
    wp::float32 adj_200 = {};
    wp::int32 adj_201 = {};
    wp::int32 adj_202 = {};
    wp::float32 adj_203 = {};
    wp::float32 adj_204 = {};
    wp::float32 adj_205 = {};
    wp::int32 adj_206 = {};
    wp::int32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::float32 adj_209 = {};
    wp::float32 adj_210 = {};
    wp::float32 adj_211 = {};
    wp::int32 adj_212 = {};
    wp::int32 adj_213 = {};
    wp::float32 adj_214 = {};
    wp::float32 adj_215 = {};
    wp::float32 adj_216 = {};
    wp::int32 adj_217 = {};
    wp::int32 adj_218 = {};
    wp::float32 adj_219 = {};
    wp::float32 adj_220 = {};
    wp::float32 adj_221 = {};
    wp::int32 adj_222 = {};
    wp::float32 adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float32 adj_225 = {};
    wp::vec_t<2, wp::int32> adj_226 = {};
    wp::float32 adj_227 = {};
    wp::int32 adj_228 = {};
    wp::int32 adj_229 = {};
    wp::float32 adj_230 = {};
    wp::float32 adj_231 = {};
    wp::float32 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::int32 adj_234 = {};
    wp::float32 adj_235 = {};
    wp::float32 adj_236 = {};
    wp::float32 adj_237 = {};
    wp::float32 adj_238 = {};
    wp::int32 adj_239 = {};
    wp::int32 adj_240 = {};
    wp::float32 adj_241 = {};
    wp::float32 adj_242 = {};
    wp::float32 adj_243 = {};
    wp::int32 adj_244 = {};
    wp::int32 adj_245 = {};
    wp::float32 adj_246 = {};
    wp::float32 adj_247 = {};
    wp::float32 adj_248 = {};
    wp::float32 adj_249 = {};
    bool adj_250 = {};
    wp::float32 adj_251 = {};
    wp::float32 adj_252 = {};
    wp::vec_t<2, wp::float32> adj_253 = {};
    wp::vec_t<2, wp::float32> adj_254 = {};
    //---------
    // forward
    // def moments(f: vec9):                                                                  <L 41>
    // rho = float(0.0)                                                                       <L 42>
    var_1 = wp::float(var_0);
    // mx = float(0.0)                                                                        <L 43>
    var_3 = wp::float(var_2);
    // my = float(0.0)                                                                        <L 44>
    var_5 = wp::float(var_4);
    // for q in range(Q):                                                                     <L 45>
    // rho += f[q]                                                                            <L 46>
    var_7 = wp::extract(var_f, var_6);
    var_8 = wp::extract(var_f, var_6);
    var_9 = wp::add(var_1, var_8);
    // e = lattice_dir(q)                                                                     <L 47>
    var_10 = lattice_dir_0(var_6);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_11 = wp::extract(var_f, var_6);
    var_13 = wp::extract(var_10, var_12);
    var_14 = wp::float(var_13);
    var_15 = wp::mul(var_11, var_14);
    var_16 = wp::extract(var_f, var_6);
    var_18 = wp::extract(var_10, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::add(var_3, var_20);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_22 = wp::extract(var_f, var_6);
    var_24 = wp::extract(var_10, var_23);
    var_25 = wp::float(var_24);
    var_26 = wp::mul(var_22, var_25);
    var_27 = wp::extract(var_f, var_6);
    var_29 = wp::extract(var_10, var_28);
    var_30 = wp::float(var_29);
    var_31 = wp::mul(var_27, var_30);
    var_32 = wp::add(var_5, var_31);
    // rho += f[q]                                                                            <L 46>
    var_34 = wp::extract(var_f, var_33);
    var_35 = wp::extract(var_f, var_33);
    var_36 = wp::add(var_9, var_35);
    // e = lattice_dir(q)                                                                     <L 47>
    var_37 = lattice_dir_0(var_33);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_38 = wp::extract(var_f, var_33);
    var_40 = wp::extract(var_37, var_39);
    var_41 = wp::float(var_40);
    var_42 = wp::mul(var_38, var_41);
    var_43 = wp::extract(var_f, var_33);
    var_45 = wp::extract(var_37, var_44);
    var_46 = wp::float(var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_21, var_47);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_49 = wp::extract(var_f, var_33);
    var_51 = wp::extract(var_37, var_50);
    var_52 = wp::float(var_51);
    var_53 = wp::mul(var_49, var_52);
    var_54 = wp::extract(var_f, var_33);
    var_56 = wp::extract(var_37, var_55);
    var_57 = wp::float(var_56);
    var_58 = wp::mul(var_54, var_57);
    var_59 = wp::add(var_32, var_58);
    // rho += f[q]                                                                            <L 46>
    var_61 = wp::extract(var_f, var_60);
    var_62 = wp::extract(var_f, var_60);
    var_63 = wp::add(var_36, var_62);
    // e = lattice_dir(q)                                                                     <L 47>
    var_64 = lattice_dir_0(var_60);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_65 = wp::extract(var_f, var_60);
    var_67 = wp::extract(var_64, var_66);
    var_68 = wp::float(var_67);
    var_69 = wp::mul(var_65, var_68);
    var_70 = wp::extract(var_f, var_60);
    var_72 = wp::extract(var_64, var_71);
    var_73 = wp::float(var_72);
    var_74 = wp::mul(var_70, var_73);
    var_75 = wp::add(var_48, var_74);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_76 = wp::extract(var_f, var_60);
    var_78 = wp::extract(var_64, var_77);
    var_79 = wp::float(var_78);
    var_80 = wp::mul(var_76, var_79);
    var_81 = wp::extract(var_f, var_60);
    var_83 = wp::extract(var_64, var_82);
    var_84 = wp::float(var_83);
    var_85 = wp::mul(var_81, var_84);
    var_86 = wp::add(var_59, var_85);
    // rho += f[q]                                                                            <L 46>
    var_88 = wp::extract(var_f, var_87);
    var_89 = wp::extract(var_f, var_87);
    var_90 = wp::add(var_63, var_89);
    // e = lattice_dir(q)                                                                     <L 47>
    var_91 = lattice_dir_0(var_87);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_92 = wp::extract(var_f, var_87);
    var_94 = wp::extract(var_91, var_93);
    var_95 = wp::float(var_94);
    var_96 = wp::mul(var_92, var_95);
    var_97 = wp::extract(var_f, var_87);
    var_99 = wp::extract(var_91, var_98);
    var_100 = wp::float(var_99);
    var_101 = wp::mul(var_97, var_100);
    var_102 = wp::add(var_75, var_101);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_103 = wp::extract(var_f, var_87);
    var_105 = wp::extract(var_91, var_104);
    var_106 = wp::float(var_105);
    var_107 = wp::mul(var_103, var_106);
    var_108 = wp::extract(var_f, var_87);
    var_110 = wp::extract(var_91, var_109);
    var_111 = wp::float(var_110);
    var_112 = wp::mul(var_108, var_111);
    var_113 = wp::add(var_86, var_112);
    // rho += f[q]                                                                            <L 46>
    var_115 = wp::extract(var_f, var_114);
    var_116 = wp::extract(var_f, var_114);
    var_117 = wp::add(var_90, var_116);
    // e = lattice_dir(q)                                                                     <L 47>
    var_118 = lattice_dir_0(var_114);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_119 = wp::extract(var_f, var_114);
    var_121 = wp::extract(var_118, var_120);
    var_122 = wp::float(var_121);
    var_123 = wp::mul(var_119, var_122);
    var_124 = wp::extract(var_f, var_114);
    var_126 = wp::extract(var_118, var_125);
    var_127 = wp::float(var_126);
    var_128 = wp::mul(var_124, var_127);
    var_129 = wp::add(var_102, var_128);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_130 = wp::extract(var_f, var_114);
    var_132 = wp::extract(var_118, var_131);
    var_133 = wp::float(var_132);
    var_134 = wp::mul(var_130, var_133);
    var_135 = wp::extract(var_f, var_114);
    var_137 = wp::extract(var_118, var_136);
    var_138 = wp::float(var_137);
    var_139 = wp::mul(var_135, var_138);
    var_140 = wp::add(var_113, var_139);
    // rho += f[q]                                                                            <L 46>
    var_142 = wp::extract(var_f, var_141);
    var_143 = wp::extract(var_f, var_141);
    var_144 = wp::add(var_117, var_143);
    // e = lattice_dir(q)                                                                     <L 47>
    var_145 = lattice_dir_0(var_141);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_146 = wp::extract(var_f, var_141);
    var_148 = wp::extract(var_145, var_147);
    var_149 = wp::float(var_148);
    var_150 = wp::mul(var_146, var_149);
    var_151 = wp::extract(var_f, var_141);
    var_153 = wp::extract(var_145, var_152);
    var_154 = wp::float(var_153);
    var_155 = wp::mul(var_151, var_154);
    var_156 = wp::add(var_129, var_155);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_157 = wp::extract(var_f, var_141);
    var_159 = wp::extract(var_145, var_158);
    var_160 = wp::float(var_159);
    var_161 = wp::mul(var_157, var_160);
    var_162 = wp::extract(var_f, var_141);
    var_164 = wp::extract(var_145, var_163);
    var_165 = wp::float(var_164);
    var_166 = wp::mul(var_162, var_165);
    var_167 = wp::add(var_140, var_166);
    // rho += f[q]                                                                            <L 46>
    var_169 = wp::extract(var_f, var_168);
    var_170 = wp::extract(var_f, var_168);
    var_171 = wp::add(var_144, var_170);
    // e = lattice_dir(q)                                                                     <L 47>
    var_172 = lattice_dir_0(var_168);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_173 = wp::extract(var_f, var_168);
    var_175 = wp::extract(var_172, var_174);
    var_176 = wp::float(var_175);
    var_177 = wp::mul(var_173, var_176);
    var_178 = wp::extract(var_f, var_168);
    var_180 = wp::extract(var_172, var_179);
    var_181 = wp::float(var_180);
    var_182 = wp::mul(var_178, var_181);
    var_183 = wp::add(var_156, var_182);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_184 = wp::extract(var_f, var_168);
    var_186 = wp::extract(var_172, var_185);
    var_187 = wp::float(var_186);
    var_188 = wp::mul(var_184, var_187);
    var_189 = wp::extract(var_f, var_168);
    var_191 = wp::extract(var_172, var_190);
    var_192 = wp::float(var_191);
    var_193 = wp::mul(var_189, var_192);
    var_194 = wp::add(var_167, var_193);
    // rho += f[q]                                                                            <L 46>
    var_196 = wp::extract(var_f, var_195);
    var_197 = wp::extract(var_f, var_195);
    var_198 = wp::add(var_171, var_197);
    // e = lattice_dir(q)                                                                     <L 47>
    var_199 = lattice_dir_0(var_195);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_200 = wp::extract(var_f, var_195);
    var_202 = wp::extract(var_199, var_201);
    var_203 = wp::float(var_202);
    var_204 = wp::mul(var_200, var_203);
    var_205 = wp::extract(var_f, var_195);
    var_207 = wp::extract(var_199, var_206);
    var_208 = wp::float(var_207);
    var_209 = wp::mul(var_205, var_208);
    var_210 = wp::add(var_183, var_209);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_211 = wp::extract(var_f, var_195);
    var_213 = wp::extract(var_199, var_212);
    var_214 = wp::float(var_213);
    var_215 = wp::mul(var_211, var_214);
    var_216 = wp::extract(var_f, var_195);
    var_218 = wp::extract(var_199, var_217);
    var_219 = wp::float(var_218);
    var_220 = wp::mul(var_216, var_219);
    var_221 = wp::add(var_194, var_220);
    // rho += f[q]                                                                            <L 46>
    var_223 = wp::extract(var_f, var_222);
    var_224 = wp::extract(var_f, var_222);
    var_225 = wp::add(var_198, var_224);
    // e = lattice_dir(q)                                                                     <L 47>
    var_226 = lattice_dir_0(var_222);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_227 = wp::extract(var_f, var_222);
    var_229 = wp::extract(var_226, var_228);
    var_230 = wp::float(var_229);
    var_231 = wp::mul(var_227, var_230);
    var_232 = wp::extract(var_f, var_222);
    var_234 = wp::extract(var_226, var_233);
    var_235 = wp::float(var_234);
    var_236 = wp::mul(var_232, var_235);
    var_237 = wp::add(var_210, var_236);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_238 = wp::extract(var_f, var_222);
    var_240 = wp::extract(var_226, var_239);
    var_241 = wp::float(var_240);
    var_242 = wp::mul(var_238, var_241);
    var_243 = wp::extract(var_f, var_222);
    var_245 = wp::extract(var_226, var_244);
    var_246 = wp::float(var_245);
    var_247 = wp::mul(var_243, var_246);
    var_248 = wp::add(var_221, var_247);
    // if rho > 0.0:                                                                          <L 50>
    var_250 = (var_225 > var_249);
    if (var_250) {
        // return rho, wp.vec2(mx / rho, my / rho)                                            <L 51>
        var_251 = wp::div(var_237, var_225);
        var_252 = wp::div(var_248, var_225);
        var_253 = wp::vec_t<2, wp::float32>(var_251, var_252);
        ret_0 = var_225;
        ret_1 = var_253;
        goto label0;
    }
    // return rho, wp.vec2()                                                                  <L 52>
    var_254 = wp::vec_t<2, wp::float32>();
    ret_0 = var_225;
    ret_1 = var_254;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_254 += adj_ret_1;
    adj_225 += adj_ret_0;
    // adj: return rho, wp.vec2()                                                             <L 52>
    if (var_250) {
        label0:;
        adj_253 += adj_ret_1;
        adj_225 += adj_ret_0;
        wp::adj_vec_t(var_251, var_252, adj_251, adj_252, adj_253);
        wp::adj_div(var_248, var_225, var_252, adj_248, adj_225, adj_252);
        wp::adj_div(var_237, var_225, var_251, adj_237, adj_225, adj_251);
        // adj: return rho, wp.vec2(mx / rho, my / rho)                                       <L 51>
    }
    // adj: if rho > 0.0:                                                                     <L 50>
    wp::adj_add(var_221, var_247, adj_221, adj_247, adj_248);
    wp::adj_mul(var_243, var_246, adj_243, adj_246, adj_247);
    wp::adj_float(var_245, adj_245, adj_246);
    wp::adj_extract(var_226, var_244, adj_226, adj_244, adj_245);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_243);
    wp::adj_mul(var_238, var_241, adj_238, adj_241, adj_242);
    wp::adj_float(var_240, adj_240, adj_241);
    wp::adj_extract(var_226, var_239, adj_226, adj_239, adj_240);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_238);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_210, var_236, adj_210, adj_236, adj_237);
    wp::adj_mul(var_232, var_235, adj_232, adj_235, adj_236);
    wp::adj_float(var_234, adj_234, adj_235);
    wp::adj_extract(var_226, var_233, adj_226, adj_233, adj_234);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_232);
    wp::adj_mul(var_227, var_230, adj_227, adj_230, adj_231);
    wp::adj_float(var_229, adj_229, adj_230);
    wp::adj_extract(var_226, var_228, adj_226, adj_228, adj_229);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_227);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_222, adj_222, adj_226);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_198, var_224, adj_198, adj_224, adj_225);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_224);
    wp::adj_extract(var_f, var_222, adj_f, adj_222, adj_223);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_194, var_220, adj_194, adj_220, adj_221);
    wp::adj_mul(var_216, var_219, adj_216, adj_219, adj_220);
    wp::adj_float(var_218, adj_218, adj_219);
    wp::adj_extract(var_199, var_217, adj_199, adj_217, adj_218);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_216);
    wp::adj_mul(var_211, var_214, adj_211, adj_214, adj_215);
    wp::adj_float(var_213, adj_213, adj_214);
    wp::adj_extract(var_199, var_212, adj_199, adj_212, adj_213);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_211);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_183, var_209, adj_183, adj_209, adj_210);
    wp::adj_mul(var_205, var_208, adj_205, adj_208, adj_209);
    wp::adj_float(var_207, adj_207, adj_208);
    wp::adj_extract(var_199, var_206, adj_199, adj_206, adj_207);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_205);
    wp::adj_mul(var_200, var_203, adj_200, adj_203, adj_204);
    wp::adj_float(var_202, adj_202, adj_203);
    wp::adj_extract(var_199, var_201, adj_199, adj_201, adj_202);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_200);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_195, adj_195, adj_199);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_171, var_197, adj_171, adj_197, adj_198);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_197);
    wp::adj_extract(var_f, var_195, adj_f, adj_195, adj_196);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_167, var_193, adj_167, adj_193, adj_194);
    wp::adj_mul(var_189, var_192, adj_189, adj_192, adj_193);
    wp::adj_float(var_191, adj_191, adj_192);
    wp::adj_extract(var_172, var_190, adj_172, adj_190, adj_191);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_189);
    wp::adj_mul(var_184, var_187, adj_184, adj_187, adj_188);
    wp::adj_float(var_186, adj_186, adj_187);
    wp::adj_extract(var_172, var_185, adj_172, adj_185, adj_186);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_184);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_156, var_182, adj_156, adj_182, adj_183);
    wp::adj_mul(var_178, var_181, adj_178, adj_181, adj_182);
    wp::adj_float(var_180, adj_180, adj_181);
    wp::adj_extract(var_172, var_179, adj_172, adj_179, adj_180);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_178);
    wp::adj_mul(var_173, var_176, adj_173, adj_176, adj_177);
    wp::adj_float(var_175, adj_175, adj_176);
    wp::adj_extract(var_172, var_174, adj_172, adj_174, adj_175);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_173);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_168, adj_168, adj_172);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_144, var_170, adj_144, adj_170, adj_171);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_170);
    wp::adj_extract(var_f, var_168, adj_f, adj_168, adj_169);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_140, var_166, adj_140, adj_166, adj_167);
    wp::adj_mul(var_162, var_165, adj_162, adj_165, adj_166);
    wp::adj_float(var_164, adj_164, adj_165);
    wp::adj_extract(var_145, var_163, adj_145, adj_163, adj_164);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_162);
    wp::adj_mul(var_157, var_160, adj_157, adj_160, adj_161);
    wp::adj_float(var_159, adj_159, adj_160);
    wp::adj_extract(var_145, var_158, adj_145, adj_158, adj_159);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_157);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_129, var_155, adj_129, adj_155, adj_156);
    wp::adj_mul(var_151, var_154, adj_151, adj_154, adj_155);
    wp::adj_float(var_153, adj_153, adj_154);
    wp::adj_extract(var_145, var_152, adj_145, adj_152, adj_153);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_151);
    wp::adj_mul(var_146, var_149, adj_146, adj_149, adj_150);
    wp::adj_float(var_148, adj_148, adj_149);
    wp::adj_extract(var_145, var_147, adj_145, adj_147, adj_148);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_146);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_141, adj_141, adj_145);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_117, var_143, adj_117, adj_143, adj_144);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_143);
    wp::adj_extract(var_f, var_141, adj_f, adj_141, adj_142);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_113, var_139, adj_113, adj_139, adj_140);
    wp::adj_mul(var_135, var_138, adj_135, adj_138, adj_139);
    wp::adj_float(var_137, adj_137, adj_138);
    wp::adj_extract(var_118, var_136, adj_118, adj_136, adj_137);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_135);
    wp::adj_mul(var_130, var_133, adj_130, adj_133, adj_134);
    wp::adj_float(var_132, adj_132, adj_133);
    wp::adj_extract(var_118, var_131, adj_118, adj_131, adj_132);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_130);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_102, var_128, adj_102, adj_128, adj_129);
    wp::adj_mul(var_124, var_127, adj_124, adj_127, adj_128);
    wp::adj_float(var_126, adj_126, adj_127);
    wp::adj_extract(var_118, var_125, adj_118, adj_125, adj_126);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_124);
    wp::adj_mul(var_119, var_122, adj_119, adj_122, adj_123);
    wp::adj_float(var_121, adj_121, adj_122);
    wp::adj_extract(var_118, var_120, adj_118, adj_120, adj_121);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_119);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_114, adj_114, adj_118);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_90, var_116, adj_90, adj_116, adj_117);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_116);
    wp::adj_extract(var_f, var_114, adj_f, adj_114, adj_115);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_86, var_112, adj_86, adj_112, adj_113);
    wp::adj_mul(var_108, var_111, adj_108, adj_111, adj_112);
    wp::adj_float(var_110, adj_110, adj_111);
    wp::adj_extract(var_91, var_109, adj_91, adj_109, adj_110);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_108);
    wp::adj_mul(var_103, var_106, adj_103, adj_106, adj_107);
    wp::adj_float(var_105, adj_105, adj_106);
    wp::adj_extract(var_91, var_104, adj_91, adj_104, adj_105);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_103);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_75, var_101, adj_75, adj_101, adj_102);
    wp::adj_mul(var_97, var_100, adj_97, adj_100, adj_101);
    wp::adj_float(var_99, adj_99, adj_100);
    wp::adj_extract(var_91, var_98, adj_91, adj_98, adj_99);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_97);
    wp::adj_mul(var_92, var_95, adj_92, adj_95, adj_96);
    wp::adj_float(var_94, adj_94, adj_95);
    wp::adj_extract(var_91, var_93, adj_91, adj_93, adj_94);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_92);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_87, adj_87, adj_91);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_63, var_89, adj_63, adj_89, adj_90);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_89);
    wp::adj_extract(var_f, var_87, adj_f, adj_87, adj_88);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_59, var_85, adj_59, adj_85, adj_86);
    wp::adj_mul(var_81, var_84, adj_81, adj_84, adj_85);
    wp::adj_float(var_83, adj_83, adj_84);
    wp::adj_extract(var_64, var_82, adj_64, adj_82, adj_83);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_81);
    wp::adj_mul(var_76, var_79, adj_76, adj_79, adj_80);
    wp::adj_float(var_78, adj_78, adj_79);
    wp::adj_extract(var_64, var_77, adj_64, adj_77, adj_78);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_76);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_48, var_74, adj_48, adj_74, adj_75);
    wp::adj_mul(var_70, var_73, adj_70, adj_73, adj_74);
    wp::adj_float(var_72, adj_72, adj_73);
    wp::adj_extract(var_64, var_71, adj_64, adj_71, adj_72);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_70);
    wp::adj_mul(var_65, var_68, adj_65, adj_68, adj_69);
    wp::adj_float(var_67, adj_67, adj_68);
    wp::adj_extract(var_64, var_66, adj_64, adj_66, adj_67);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_65);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_60, adj_60, adj_64);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_36, var_62, adj_36, adj_62, adj_63);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_62);
    wp::adj_extract(var_f, var_60, adj_f, adj_60, adj_61);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_32, var_58, adj_32, adj_58, adj_59);
    wp::adj_mul(var_54, var_57, adj_54, adj_57, adj_58);
    wp::adj_float(var_56, adj_56, adj_57);
    wp::adj_extract(var_37, var_55, adj_37, adj_55, adj_56);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_54);
    wp::adj_mul(var_49, var_52, adj_49, adj_52, adj_53);
    wp::adj_float(var_51, adj_51, adj_52);
    wp::adj_extract(var_37, var_50, adj_37, adj_50, adj_51);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_49);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_21, var_47, adj_21, adj_47, adj_48);
    wp::adj_mul(var_43, var_46, adj_43, adj_46, adj_47);
    wp::adj_float(var_45, adj_45, adj_46);
    wp::adj_extract(var_37, var_44, adj_37, adj_44, adj_45);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_43);
    wp::adj_mul(var_38, var_41, adj_38, adj_41, adj_42);
    wp::adj_float(var_40, adj_40, adj_41);
    wp::adj_extract(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_38);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_33, adj_33, adj_37);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_9, var_35, adj_9, adj_35, adj_36);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_35);
    wp::adj_extract(var_f, var_33, adj_f, adj_33, adj_34);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_5, var_31, adj_5, adj_31, adj_32);
    wp::adj_mul(var_27, var_30, adj_27, adj_30, adj_31);
    wp::adj_float(var_29, adj_29, adj_30);
    wp::adj_extract(var_10, var_28, adj_10, adj_28, adj_29);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_27);
    wp::adj_mul(var_22, var_25, adj_22, adj_25, adj_26);
    wp::adj_float(var_24, adj_24, adj_25);
    wp::adj_extract(var_10, var_23, adj_10, adj_23, adj_24);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_22);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_3, var_20, adj_3, adj_20, adj_21);
    wp::adj_mul(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    wp::adj_extract(var_10, var_17, adj_10, adj_17, adj_18);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_16);
    wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_float(var_13, adj_13, adj_14);
    wp::adj_extract(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_11);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_6, adj_6, adj_10);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_8);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_7);
    // adj: rho += f[q]                                                                       <L 46>
    // adj: for q in range(Q):                                                                <L 45>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: my = float(0.0)                                                                   <L 44>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: mx = float(0.0)                                                                   <L 43>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: rho = float(0.0)                                                                  <L 42>
    // adj: def moments(f: vec9):                                                             <L 41>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:10
static void adj_lattice_weight_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 4.0;
    const wp::float32 var_3 = 9.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 5;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 36.0;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def lattice_weight(q: int) -> float:                                                   <L 11>
    // if q == 0:                                                                             <L 12>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 4.0 / 9.0                                                                   <L 13>
        var_4 = wp::div(var_2, var_3);
        goto label0;
    }
    if (!var_1) {
        // elif q < 5:                                                                        <L 14>
        var_6 = (var_q < var_5);
        if (var_6) {
            // return 1.0 / 9.0                                                               <L 15>
            var_9 = wp::div(var_7, var_8);
            goto label1;
        }
    }
    // return 1.0 / 36.0                                                                      <L 16>
    var_12 = wp::div(var_10, var_11);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_12 += adj_ret;
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    // adj: return 1.0 / 36.0                                                                 <L 16>
    if (!var_1) {
        if (var_6) {
            label1:;
            adj_9 += adj_ret;
            wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
            // adj: return 1.0 / 9.0                                                          <L 15>
        }
        // adj: elif q < 5:                                                                   <L 14>
    }
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        // adj: return 4.0 / 9.0                                                              <L 13>
    }
    // adj: if q == 0:                                                                        <L 12>
    // adj: def lattice_weight(q: int) -> float:                                              <L 11>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:32
static void adj_equilibrium_0(
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u,
    wp::int32 var_q,
    wp::float32 & adj_rho,
    wp::vec_t<2, wp::float32> & adj_u,
    wp::int32 & adj_q,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::int32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.3333333333333333;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // dual vars
    wp::vec_t<2, wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
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
    //---------
    // forward
    // def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                              <L 33>
    // e = lattice_dir(q)                                                                     <L 34>
    var_0 = lattice_dir_0(var_q);
    // eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                           <L 35>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::extract(var_u, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_8 = wp::extract(var_0, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_u, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_6, var_12);
    // uu = wp.dot(u, u)                                                                      <L 36>
    var_14 = wp::dot(var_u, var_u);
    // return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)       <L 37>
    var_15 = lattice_weight_0(var_q);
    var_16 = wp::mul(var_15, var_rho);
    var_19 = wp::div(var_13, var_18);
    var_20 = wp::add(var_17, var_19);
    var_22 = wp::mul(var_21, var_13);
    var_23 = wp::mul(var_22, var_13);
    var_24 = wp::mul(var_18, var_18);
    var_25 = wp::div(var_23, var_24);
    var_26 = wp::add(var_20, var_25);
    var_28 = wp::mul(var_27, var_14);
    var_29 = wp::div(var_28, var_18);
    var_30 = wp::sub(var_26, var_29);
    var_31 = wp::mul(var_16, var_30);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_31 += adj_ret;
    wp::adj_mul(var_16, var_30, adj_16, adj_30, adj_31);
    wp::adj_sub(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_div(var_28, var_18, var_29, adj_28, adj_18, adj_29);
    wp::adj_mul(var_27, var_14, adj_27, adj_14, adj_28);
    wp::adj_add(var_20, var_25, adj_20, adj_25, adj_26);
    wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
    wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_24);
    wp::adj_mul(var_22, var_13, adj_22, adj_13, adj_23);
    wp::adj_mul(var_21, var_13, adj_21, adj_13, adj_22);
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_div(var_13, var_18, var_19, adj_13, adj_18, adj_19);
    wp::adj_mul(var_15, var_rho, adj_15, adj_rho, adj_16);
    adj_lattice_weight_0(var_q, adj_q, adj_15);
    // adj: return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)  <L 37>
    wp::adj_dot(var_u, var_u, adj_u, adj_u, adj_14);
    // adj: uu = wp.dot(u, u)                                                                 <L 36>
    wp::adj_add(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_u, var_10, adj_u, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_extract(var_u, var_4, adj_u, adj_4, adj_5);
    wp::adj_float(var_2, adj_2, adj_3);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                      <L 35>
    adj_lattice_dir_0(var_q, adj_q, adj_0);
    // adj: e = lattice_dir(q)                                                                <L 34>
    // adj: def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                         <L 33>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:26
static void adj_opposite_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    const wp::int32 var_5 = 7;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 5;
    const wp::int32 var_8 = 6;
    wp::vec_t<9, wp::int32> var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<9, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def opposite(q: int) -> int:                                                           <L 27>
    // opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                                 <L 28>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // return opp[q]                                                                          <L 29>
    var_10 = wp::extract(var_9, var_q);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_extract(var_9, var_q, adj_9, adj_q, adj_10);
    // adj: return opp[q]                                                                     <L 29>
    wp::adj_vec_t({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8}, {&adj_0, &adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6, &adj_7, &adj_8}, adj_9);
    // adj: opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                            <L 28>
    // adj: def opposite(q: int) -> int:                                                      <L 27>
    return;
}

struct wp_args_collide_stream_fb1c3f7f {
    wp::array_t<wp::float32> f_in;
    wp::array_t<wp::float32> f_out;
    wp::array_t<bool> solid;
    wp::float32 omega;
    wp::float32 u_lid;
};


void collide_stream_fb1c3f7f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_collide_stream_fb1c3f7f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f_in = _wp_args->f_in;
    wp::array_t<wp::float32> var_f_out = _wp_args->f_out;
    wp::array_t<bool> var_solid = _wp_args->solid;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_u_lid = _wp_args->u_lid;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::vec_t<9, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32* var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32* var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32* var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 4;
    wp::float32* var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 5;
    wp::float32* var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 6;
    wp::float32* var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 7;
    wp::float32* var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 8;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 9;
    wp::range_t var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::int32> var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 0;
    bool var_63;
    bool var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    bool var_67;
    bool var_68;
    wp::int32 var_69;
    bool* var_70;
    bool var_71;
    wp::int32 var_72;
    bool var_73;
    bool var_74;
    bool var_75;
    //---------
    // forward
    // def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):       <L 56>
    // x, y = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // nx = f_in.shape[0]                                                                     <L 58>
    var_2 = &(var_f_in.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = f_in.shape[1]                                                                     <L 59>
    var_6 = &(var_f_in.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // f = vec9()                                                                             <L 60>
    var_10 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 61>
    // f[q] = f_in[x, y, q]                                                                   <L 62>
    var_12 = wp::address(var_f_in, var_0, var_1, var_11);
    var_13 = wp::load(var_12);
    wp::assign_inplace(var_10, var_11, var_13);
    var_15 = wp::address(var_f_in, var_0, var_1, var_14);
    var_16 = wp::load(var_15);
    wp::assign_inplace(var_10, var_14, var_16);
    var_18 = wp::address(var_f_in, var_0, var_1, var_17);
    var_19 = wp::load(var_18);
    wp::assign_inplace(var_10, var_17, var_19);
    var_21 = wp::address(var_f_in, var_0, var_1, var_20);
    var_22 = wp::load(var_21);
    wp::assign_inplace(var_10, var_20, var_22);
    var_24 = wp::address(var_f_in, var_0, var_1, var_23);
    var_25 = wp::load(var_24);
    wp::assign_inplace(var_10, var_23, var_25);
    var_27 = wp::address(var_f_in, var_0, var_1, var_26);
    var_28 = wp::load(var_27);
    wp::assign_inplace(var_10, var_26, var_28);
    var_30 = wp::address(var_f_in, var_0, var_1, var_29);
    var_31 = wp::load(var_30);
    wp::assign_inplace(var_10, var_29, var_31);
    var_33 = wp::address(var_f_in, var_0, var_1, var_32);
    var_34 = wp::load(var_33);
    wp::assign_inplace(var_10, var_32, var_34);
    var_36 = wp::address(var_f_in, var_0, var_1, var_35);
    var_37 = wp::load(var_36);
    wp::assign_inplace(var_10, var_35, var_37);
    // rho, u = moments(f)                                                                    <L 63>
    moments_0(var_10, var_38, var_39);
    // if y == ny - 1:                                                                        <L 64>
    var_41 = wp::sub(var_8, var_40);
    var_42 = (var_1 == var_41);
    if (var_42) {
        // u = wp.vec2(u_lid, 0.0)                                                            <L 65>
        var_44 = wp::vec_t<2, wp::float32>(var_u_lid, var_43);
    }
    var_45 = wp::where(var_42, var_44, var_39);
    // for q in range(Q):                                                                     <L 66>
    var_47 = wp::range(var_46);
    start_for_0:;
        if (iter_cmp(var_47) == 0) goto end_for_0;
        var_48 = wp::iter_next(var_47);
        // feq = equilibrium(rho, u, q)                                                       <L 67>
        var_49 = equilibrium_0(var_38, var_45, var_48);
        // post = f[q] - omega * (f[q] - feq)                                                 <L 68>
        var_50 = wp::extract(var_10, var_48);
        var_51 = wp::extract(var_10, var_48);
        var_52 = wp::sub(var_51, var_49);
        var_53 = wp::mul(var_omega, var_52);
        var_54 = wp::sub(var_50, var_53);
        // e = lattice_dir(q)                                                                 <L 69>
        var_55 = lattice_dir_0(var_48);
        // xn = x + e[0]                                                                      <L 70>
        var_57 = wp::extract(var_55, var_56);
        var_58 = wp::add(var_0, var_57);
        // yn = y + e[1]                                                                      <L 71>
        var_60 = wp::extract(var_55, var_59);
        var_61 = wp::add(var_1, var_60);
        // if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                       <L 72>
        var_63 = (var_58 < var_62);
        var_64 = (var_58 >= var_4);
        var_66 = (var_61 < var_65);
        var_67 = (var_61 >= var_8);
        var_68 = var_63 || var_64 || var_66 || var_67;
        if (var_68) {
            // f_out[x, y, opposite(q)] = post                                                <L 73>
            var_69 = opposite_0(var_48);
            wp::array_store(var_f_out, var_0, var_1, var_69, var_54);
            // continue                                                                       <L 74>
            goto start_for_0;
        }
        // if solid[xn, yn]:                                                                  <L 75>
        var_70 = wp::address(var_solid, var_58, var_61);
        var_71 = wp::load(var_70);
        if (var_71) {
            // f_out[x, y, opposite(q)] = post                                                <L 76>
            var_72 = opposite_0(var_48);
            wp::array_store(var_f_out, var_0, var_1, var_72, var_54);
        }
        var_73 = wp::load(var_70);
        var_74 = wp::load(var_70);
        if (!var_74) {
            // f_out[xn, yn, q] = post                                                        <L 78>
            wp::array_store(var_f_out, var_58, var_61, var_48, var_54);
        }
        var_75 = wp::load(var_70);
        goto start_for_0;
    end_for_0:;
}



void collide_stream_fb1c3f7f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_collide_stream_fb1c3f7f *_wp_args,
    wp_args_collide_stream_fb1c3f7f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f_in = _wp_args->f_in;
    wp::array_t<wp::float32> var_f_out = _wp_args->f_out;
    wp::array_t<bool> var_solid = _wp_args->solid;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_u_lid = _wp_args->u_lid;
    wp::array_t<wp::float32> adj_f_in = _wp_adj_args->f_in;
    wp::array_t<wp::float32> adj_f_out = _wp_adj_args->f_out;
    wp::array_t<bool> adj_solid = _wp_adj_args->solid;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_u_lid = _wp_adj_args->u_lid;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::vec_t<9, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32* var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32* var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32* var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 4;
    wp::float32* var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 5;
    wp::float32* var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 6;
    wp::float32* var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 7;
    wp::float32* var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 8;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 9;
    wp::range_t var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::int32> var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 0;
    bool var_63;
    bool var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    bool var_67;
    bool var_68;
    wp::int32 var_69;
    bool* var_70;
    bool var_71;
    wp::int32 var_72;
    bool var_73;
    bool var_74;
    bool var_75;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::vec_t<9, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<2, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::range_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::int32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    bool adj_63 = {};
    bool adj_64 = {};
    wp::int32 adj_65 = {};
    bool adj_66 = {};
    bool adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    bool adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    bool adj_74 = {};
    bool adj_75 = {};
    //---------
    // forward
    // def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):       <L 56>
    // x, y = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // nx = f_in.shape[0]                                                                     <L 58>
    var_2 = &(var_f_in.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = f_in.shape[1]                                                                     <L 59>
    var_6 = &(var_f_in.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // f = vec9()                                                                             <L 60>
    var_10 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 61>
    // f[q] = f_in[x, y, q]                                                                   <L 62>
    var_12 = wp::address(var_f_in, var_0, var_1, var_11);
    var_13 = wp::load(var_12);
    wp::assign_inplace(var_10, var_11, var_13);
    var_15 = wp::address(var_f_in, var_0, var_1, var_14);
    var_16 = wp::load(var_15);
    wp::assign_inplace(var_10, var_14, var_16);
    var_18 = wp::address(var_f_in, var_0, var_1, var_17);
    var_19 = wp::load(var_18);
    wp::assign_inplace(var_10, var_17, var_19);
    var_21 = wp::address(var_f_in, var_0, var_1, var_20);
    var_22 = wp::load(var_21);
    wp::assign_inplace(var_10, var_20, var_22);
    var_24 = wp::address(var_f_in, var_0, var_1, var_23);
    var_25 = wp::load(var_24);
    wp::assign_inplace(var_10, var_23, var_25);
    var_27 = wp::address(var_f_in, var_0, var_1, var_26);
    var_28 = wp::load(var_27);
    wp::assign_inplace(var_10, var_26, var_28);
    var_30 = wp::address(var_f_in, var_0, var_1, var_29);
    var_31 = wp::load(var_30);
    wp::assign_inplace(var_10, var_29, var_31);
    var_33 = wp::address(var_f_in, var_0, var_1, var_32);
    var_34 = wp::load(var_33);
    wp::assign_inplace(var_10, var_32, var_34);
    var_36 = wp::address(var_f_in, var_0, var_1, var_35);
    var_37 = wp::load(var_36);
    wp::assign_inplace(var_10, var_35, var_37);
    // rho, u = moments(f)                                                                    <L 63>
    moments_0(var_10, var_38, var_39);
    // if y == ny - 1:                                                                        <L 64>
    var_41 = wp::sub(var_8, var_40);
    var_42 = (var_1 == var_41);
    if (var_42) {
        // u = wp.vec2(u_lid, 0.0)                                                            <L 65>
        var_44 = wp::vec_t<2, wp::float32>(var_u_lid, var_43);
    }
    var_45 = wp::where(var_42, var_44, var_39);
    // for q in range(Q):                                                                     <L 66>
    var_47 = wp::range(var_46);
    //---------
    // reverse
    var_47 = wp::iter_reverse(var_47);
    start_for_0:;
        if (iter_cmp(var_47) == 0) goto end_for_0;
        var_48 = wp::iter_next(var_47);
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
        // feq = equilibrium(rho, u, q)                                                       <L 67>
        var_49 = equilibrium_0(var_38, var_45, var_48);
        // post = f[q] - omega * (f[q] - feq)                                                 <L 68>
        var_50 = wp::extract(var_10, var_48);
        var_51 = wp::extract(var_10, var_48);
        var_52 = wp::sub(var_51, var_49);
        var_53 = wp::mul(var_omega, var_52);
        var_54 = wp::sub(var_50, var_53);
        // e = lattice_dir(q)                                                                 <L 69>
        var_55 = lattice_dir_0(var_48);
        // xn = x + e[0]                                                                      <L 70>
        var_57 = wp::extract(var_55, var_56);
        var_58 = wp::add(var_0, var_57);
        // yn = y + e[1]                                                                      <L 71>
        var_60 = wp::extract(var_55, var_59);
        var_61 = wp::add(var_1, var_60);
        // if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                       <L 72>
        var_63 = (var_58 < var_62);
        var_64 = (var_58 >= var_4);
        var_66 = (var_61 < var_65);
        var_67 = (var_61 >= var_8);
        var_68 = var_63 || var_64 || var_66 || var_67;
        if (var_68) {
            // f_out[x, y, opposite(q)] = post                                                <L 73>
            var_69 = opposite_0(var_48);
            // wp::array_store(var_f_out, var_0, var_1, var_69, var_54);
            // continue                                                                       <L 74>
            goto start_for_0;
        }
        // if solid[xn, yn]:                                                                  <L 75>
        var_70 = wp::address(var_solid, var_58, var_61);
        var_71 = wp::load(var_70);
        if (var_71) {
            // f_out[x, y, opposite(q)] = post                                                <L 76>
            var_72 = opposite_0(var_48);
            // wp::array_store(var_f_out, var_0, var_1, var_72, var_54);
        }
        var_73 = wp::load(var_70);
        var_74 = wp::load(var_70);
        if (!var_74) {
            // f_out[xn, yn, q] = post                                                        <L 78>
            // wp::array_store(var_f_out, var_58, var_61, var_48, var_54);
        }
        var_75 = wp::load(var_70);
        if (!var_75) {
            wp::adj_array_store(var_f_out, var_58, var_61, var_48, var_54, adj_f_out, adj_58, adj_61, adj_48, adj_54);
            // adj: f_out[xn, yn, q] = post                                                   <L 78>
        }
        if (var_73) {
            wp::adj_array_store(var_f_out, var_0, var_1, var_72, var_54, adj_f_out, adj_0, adj_1, adj_72, adj_54);
            adj_opposite_0(var_48, adj_48, adj_72);
            // adj: f_out[x, y, opposite(q)] = post                                           <L 76>
        }
        wp::adj_address(var_solid, var_58, var_61, adj_solid, adj_58, adj_61, adj_70);
        // adj: if solid[xn, yn]:                                                             <L 75>
        if (var_68) {
            // adj: continue                                                                  <L 74>
            wp::adj_array_store(var_f_out, var_0, var_1, var_69, var_54, adj_f_out, adj_0, adj_1, adj_69, adj_54);
            adj_opposite_0(var_48, adj_48, adj_69);
            // adj: f_out[x, y, opposite(q)] = post                                           <L 73>
        }
        // adj: if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                  <L 72>
        wp::adj_add(var_1, var_60, adj_1, adj_60, adj_61);
        wp::adj_extract(var_55, var_59, adj_55, adj_59, adj_60);
        // adj: yn = y + e[1]                                                                 <L 71>
        wp::adj_add(var_0, var_57, adj_0, adj_57, adj_58);
        wp::adj_extract(var_55, var_56, adj_55, adj_56, adj_57);
        // adj: xn = x + e[0]                                                                 <L 70>
        adj_lattice_dir_0(var_48, adj_48, adj_55);
        // adj: e = lattice_dir(q)                                                            <L 69>
        wp::adj_sub(var_50, var_53, adj_50, adj_53, adj_54);
        wp::adj_mul(var_omega, var_52, adj_omega, adj_52, adj_53);
        wp::adj_sub(var_51, var_49, adj_51, adj_49, adj_52);
        wp::adj_extract(var_10, var_48, adj_10, adj_48, adj_51);
        wp::adj_extract(var_10, var_48, adj_10, adj_48, adj_50);
        // adj: post = f[q] - omega * (f[q] - feq)                                            <L 68>
        adj_equilibrium_0(var_38, var_45, var_48, adj_38, adj_45, adj_48, adj_49);
        // adj: feq = equilibrium(rho, u, q)                                                  <L 67>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_46, adj_46, adj_47);
    // adj: for q in range(Q):                                                                <L 66>
    wp::adj_where(var_42, var_44, var_39, adj_42, adj_44, adj_39, adj_45);
    if (var_42) {
        wp::adj_vec_t(var_u_lid, var_43, adj_u_lid, adj_43, adj_44);
        // adj: u = wp.vec2(u_lid, 0.0)                                                       <L 65>
    }
    wp::adj_sub(var_8, var_40, adj_8, adj_40, adj_41);
    // adj: if y == ny - 1:                                                                   <L 64>
    adj_moments_0(var_10, var_38, var_39, adj_10, adj_38, adj_39);
    // adj: rho, u = moments(f)                                                               <L 63>
    wp::adj_assign_inplace(var_10, var_35, var_37, adj_10, adj_35, adj_36);
    wp::adj_address(var_f_in, var_0, var_1, var_35, adj_f_in, adj_0, adj_1, adj_35, adj_36);
    wp::adj_assign_inplace(var_10, var_32, var_34, adj_10, adj_32, adj_33);
    wp::adj_address(var_f_in, var_0, var_1, var_32, adj_f_in, adj_0, adj_1, adj_32, adj_33);
    wp::adj_assign_inplace(var_10, var_29, var_31, adj_10, adj_29, adj_30);
    wp::adj_address(var_f_in, var_0, var_1, var_29, adj_f_in, adj_0, adj_1, adj_29, adj_30);
    wp::adj_assign_inplace(var_10, var_26, var_28, adj_10, adj_26, adj_27);
    wp::adj_address(var_f_in, var_0, var_1, var_26, adj_f_in, adj_0, adj_1, adj_26, adj_27);
    wp::adj_assign_inplace(var_10, var_23, var_25, adj_10, adj_23, adj_24);
    wp::adj_address(var_f_in, var_0, var_1, var_23, adj_f_in, adj_0, adj_1, adj_23, adj_24);
    wp::adj_assign_inplace(var_10, var_20, var_22, adj_10, adj_20, adj_21);
    wp::adj_address(var_f_in, var_0, var_1, var_20, adj_f_in, adj_0, adj_1, adj_20, adj_21);
    wp::adj_assign_inplace(var_10, var_17, var_19, adj_10, adj_17, adj_18);
    wp::adj_address(var_f_in, var_0, var_1, var_17, adj_f_in, adj_0, adj_1, adj_17, adj_18);
    wp::adj_assign_inplace(var_10, var_14, var_16, adj_10, adj_14, adj_15);
    wp::adj_address(var_f_in, var_0, var_1, var_14, adj_f_in, adj_0, adj_1, adj_14, adj_15);
    wp::adj_assign_inplace(var_10, var_11, var_13, adj_10, adj_11, adj_12);
    wp::adj_address(var_f_in, var_0, var_1, var_11, adj_f_in, adj_0, adj_1, adj_11, adj_12);
    // adj: f[q] = f_in[x, y, q]                                                              <L 62>
    // adj: for q in range(Q):                                                                <L 61>
    // adj: f = vec9()                                                                        <L 60>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_f_in.shape = adj_6;
    // adj: ny = f_in.shape[1]                                                                <L 59>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_f_in.shape = adj_2;
    // adj: nx = f_in.shape[0]                                                                <L 58>
    // adj: x, y = wp.tid()                                                                   <L 57>
    // adj: def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void collide_stream_fb1c3f7f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_collide_stream_fb1c3f7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        collide_stream_fb1c3f7f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void collide_stream_fb1c3f7f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_collide_stream_fb1c3f7f *_wp_args,
    wp_args_collide_stream_fb1c3f7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        collide_stream_fb1c3f7f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_macroscopic_eaf2716a {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float32> rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> u_out;
    wp::array_t<wp::float32> vort;
};


void macroscopic_eaf2716a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_macroscopic_eaf2716a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho_out = _wp_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_vort = _wp_args->vort;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<9, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32* var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 4;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 5;
    wp::float32* var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 6;
    wp::float32* var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 7;
    wp::float32* var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 8;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 0;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // forward
    // def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):       <L 82>
    // x, y = wp.tid()                                                                        <L 83>
    builtin_tid2d(var_0, var_1);
    // g = vec9()                                                                             <L 84>
    var_2 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 85>
    // g[q] = f[x, y, q]                                                                      <L 86>
    var_4 = wp::address(var_f, var_0, var_1, var_3);
    var_5 = wp::load(var_4);
    wp::assign_inplace(var_2, var_3, var_5);
    var_7 = wp::address(var_f, var_0, var_1, var_6);
    var_8 = wp::load(var_7);
    wp::assign_inplace(var_2, var_6, var_8);
    var_10 = wp::address(var_f, var_0, var_1, var_9);
    var_11 = wp::load(var_10);
    wp::assign_inplace(var_2, var_9, var_11);
    var_13 = wp::address(var_f, var_0, var_1, var_12);
    var_14 = wp::load(var_13);
    wp::assign_inplace(var_2, var_12, var_14);
    var_16 = wp::address(var_f, var_0, var_1, var_15);
    var_17 = wp::load(var_16);
    wp::assign_inplace(var_2, var_15, var_17);
    var_19 = wp::address(var_f, var_0, var_1, var_18);
    var_20 = wp::load(var_19);
    wp::assign_inplace(var_2, var_18, var_20);
    var_22 = wp::address(var_f, var_0, var_1, var_21);
    var_23 = wp::load(var_22);
    wp::assign_inplace(var_2, var_21, var_23);
    var_25 = wp::address(var_f, var_0, var_1, var_24);
    var_26 = wp::load(var_25);
    wp::assign_inplace(var_2, var_24, var_26);
    var_28 = wp::address(var_f, var_0, var_1, var_27);
    var_29 = wp::load(var_28);
    wp::assign_inplace(var_2, var_27, var_29);
    // rho, u = moments(g)                                                                    <L 87>
    moments_0(var_2, var_30, var_31);
    // rho_out[x, y] = rho                                                                    <L 88>
    wp::array_store(var_rho_out, var_0, var_1, var_30);
    // u_out[x, y] = u                                                                        <L 89>
    wp::array_store(var_u_out, var_0, var_1, var_31);
    // if x > 0 and y > 0:                                                                    <L 90>
    var_33 = (var_0 > var_32);
    var_35 = (var_1 > var_34);
    var_36 = var_33 && var_35;
    if (var_36) {
        // vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])             <L 91>
        var_38 = wp::extract(var_31, var_37);
        var_40 = wp::sub(var_0, var_39);
        var_41 = wp::address(var_u_out, var_40, var_1);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        var_45 = wp::sub(var_38, var_43);
        var_47 = wp::extract(var_31, var_46);
        var_49 = wp::sub(var_1, var_48);
        var_50 = wp::address(var_u_out, var_0, var_49);
        var_53 = wp::load(var_50);
        var_52 = wp::extract(var_53, var_51);
        var_54 = wp::sub(var_47, var_52);
        var_55 = wp::sub(var_45, var_54);
        wp::array_store(var_vort, var_0, var_1, var_55);
    }
}



void macroscopic_eaf2716a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_macroscopic_eaf2716a *_wp_args,
    wp_args_macroscopic_eaf2716a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho_out = _wp_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_vort = _wp_args->vort;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_rho_out = _wp_adj_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    wp::array_t<wp::float32> adj_vort = _wp_adj_args->vort;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<9, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32* var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 4;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 5;
    wp::float32* var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 6;
    wp::float32* var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 7;
    wp::float32* var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 8;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 0;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<9, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<2, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    //---------
    // forward
    // def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):       <L 82>
    // x, y = wp.tid()                                                                        <L 83>
    builtin_tid2d(var_0, var_1);
    // g = vec9()                                                                             <L 84>
    var_2 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 85>
    // g[q] = f[x, y, q]                                                                      <L 86>
    var_4 = wp::address(var_f, var_0, var_1, var_3);
    var_5 = wp::load(var_4);
    wp::assign_inplace(var_2, var_3, var_5);
    var_7 = wp::address(var_f, var_0, var_1, var_6);
    var_8 = wp::load(var_7);
    wp::assign_inplace(var_2, var_6, var_8);
    var_10 = wp::address(var_f, var_0, var_1, var_9);
    var_11 = wp::load(var_10);
    wp::assign_inplace(var_2, var_9, var_11);
    var_13 = wp::address(var_f, var_0, var_1, var_12);
    var_14 = wp::load(var_13);
    wp::assign_inplace(var_2, var_12, var_14);
    var_16 = wp::address(var_f, var_0, var_1, var_15);
    var_17 = wp::load(var_16);
    wp::assign_inplace(var_2, var_15, var_17);
    var_19 = wp::address(var_f, var_0, var_1, var_18);
    var_20 = wp::load(var_19);
    wp::assign_inplace(var_2, var_18, var_20);
    var_22 = wp::address(var_f, var_0, var_1, var_21);
    var_23 = wp::load(var_22);
    wp::assign_inplace(var_2, var_21, var_23);
    var_25 = wp::address(var_f, var_0, var_1, var_24);
    var_26 = wp::load(var_25);
    wp::assign_inplace(var_2, var_24, var_26);
    var_28 = wp::address(var_f, var_0, var_1, var_27);
    var_29 = wp::load(var_28);
    wp::assign_inplace(var_2, var_27, var_29);
    // rho, u = moments(g)                                                                    <L 87>
    moments_0(var_2, var_30, var_31);
    // rho_out[x, y] = rho                                                                    <L 88>
    // wp::array_store(var_rho_out, var_0, var_1, var_30);
    // u_out[x, y] = u                                                                        <L 89>
    // wp::array_store(var_u_out, var_0, var_1, var_31);
    // if x > 0 and y > 0:                                                                    <L 90>
    var_33 = (var_0 > var_32);
    var_35 = (var_1 > var_34);
    var_36 = var_33 && var_35;
    if (var_36) {
        // vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])             <L 91>
        var_38 = wp::extract(var_31, var_37);
        var_40 = wp::sub(var_0, var_39);
        var_41 = wp::address(var_u_out, var_40, var_1);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        var_45 = wp::sub(var_38, var_43);
        var_47 = wp::extract(var_31, var_46);
        var_49 = wp::sub(var_1, var_48);
        var_50 = wp::address(var_u_out, var_0, var_49);
        var_53 = wp::load(var_50);
        var_52 = wp::extract(var_53, var_51);
        var_54 = wp::sub(var_47, var_52);
        var_55 = wp::sub(var_45, var_54);
        // wp::array_store(var_vort, var_0, var_1, var_55);
    }
    //---------
    // reverse
    if (var_36) {
        wp::adj_array_store(var_vort, var_0, var_1, var_55, adj_vort, adj_0, adj_1, adj_55);
        wp::adj_sub(var_45, var_54, adj_45, adj_54, adj_55);
        wp::adj_sub(var_47, var_52, adj_47, adj_52, adj_54);
        wp::adj_extract(var_53, var_51, adj_50, adj_51, adj_52);
        wp::adj_address(var_u_out, var_0, var_49, adj_u_out, adj_0, adj_49, adj_50);
        wp::adj_sub(var_1, var_48, adj_1, adj_48, adj_49);
        wp::adj_extract(var_31, var_46, adj_31, adj_46, adj_47);
        wp::adj_sub(var_38, var_43, adj_38, adj_43, adj_45);
        wp::adj_extract(var_44, var_42, adj_41, adj_42, adj_43);
        wp::adj_address(var_u_out, var_40, var_1, adj_u_out, adj_40, adj_1, adj_41);
        wp::adj_sub(var_0, var_39, adj_0, adj_39, adj_40);
        wp::adj_extract(var_31, var_37, adj_31, adj_37, adj_38);
        // adj: vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])        <L 91>
    }
    // adj: if x > 0 and y > 0:                                                               <L 90>
    wp::adj_array_store(var_u_out, var_0, var_1, var_31, adj_u_out, adj_0, adj_1, adj_31);
    // adj: u_out[x, y] = u                                                                   <L 89>
    wp::adj_array_store(var_rho_out, var_0, var_1, var_30, adj_rho_out, adj_0, adj_1, adj_30);
    // adj: rho_out[x, y] = rho                                                               <L 88>
    adj_moments_0(var_2, var_30, var_31, adj_2, adj_30, adj_31);
    // adj: rho, u = moments(g)                                                               <L 87>
    wp::adj_assign_inplace(var_2, var_27, var_29, adj_2, adj_27, adj_28);
    wp::adj_address(var_f, var_0, var_1, var_27, adj_f, adj_0, adj_1, adj_27, adj_28);
    wp::adj_assign_inplace(var_2, var_24, var_26, adj_2, adj_24, adj_25);
    wp::adj_address(var_f, var_0, var_1, var_24, adj_f, adj_0, adj_1, adj_24, adj_25);
    wp::adj_assign_inplace(var_2, var_21, var_23, adj_2, adj_21, adj_22);
    wp::adj_address(var_f, var_0, var_1, var_21, adj_f, adj_0, adj_1, adj_21, adj_22);
    wp::adj_assign_inplace(var_2, var_18, var_20, adj_2, adj_18, adj_19);
    wp::adj_address(var_f, var_0, var_1, var_18, adj_f, adj_0, adj_1, adj_18, adj_19);
    wp::adj_assign_inplace(var_2, var_15, var_17, adj_2, adj_15, adj_16);
    wp::adj_address(var_f, var_0, var_1, var_15, adj_f, adj_0, adj_1, adj_15, adj_16);
    wp::adj_assign_inplace(var_2, var_12, var_14, adj_2, adj_12, adj_13);
    wp::adj_address(var_f, var_0, var_1, var_12, adj_f, adj_0, adj_1, adj_12, adj_13);
    wp::adj_assign_inplace(var_2, var_9, var_11, adj_2, adj_9, adj_10);
    wp::adj_address(var_f, var_0, var_1, var_9, adj_f, adj_0, adj_1, adj_9, adj_10);
    wp::adj_assign_inplace(var_2, var_6, var_8, adj_2, adj_6, adj_7);
    wp::adj_address(var_f, var_0, var_1, var_6, adj_f, adj_0, adj_1, adj_6, adj_7);
    wp::adj_assign_inplace(var_2, var_3, var_5, adj_2, adj_3, adj_4);
    wp::adj_address(var_f, var_0, var_1, var_3, adj_f, adj_0, adj_1, adj_3, adj_4);
    // adj: g[q] = f[x, y, q]                                                                 <L 86>
    // adj: for q in range(Q):                                                                <L 85>
    // adj: g = vec9()                                                                        <L 84>
    // adj: x, y = wp.tid()                                                                   <L 83>
    // adj: def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):  <L 82>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void macroscopic_eaf2716a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_macroscopic_eaf2716a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        macroscopic_eaf2716a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void macroscopic_eaf2716a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_macroscopic_eaf2716a *_wp_args,
    wp_args_macroscopic_eaf2716a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        macroscopic_eaf2716a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_init_equilibrium_83127b8f {
    wp::array_t<wp::float32> f;
    wp::float32 rho0;
    wp::vec_t<2, wp::float32> u0;
};


void init_equilibrium_83127b8f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_init_equilibrium_83127b8f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::float32 var_rho0 = _wp_args->rho0;
    wp::vec_t<2, wp::float32> var_u0 = _wp_args->u0;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    const wp::int32 var_12 = 5;
    wp::float32 var_13;
    const wp::int32 var_14 = 6;
    wp::float32 var_15;
    const wp::int32 var_16 = 7;
    wp::float32 var_17;
    const wp::int32 var_18 = 8;
    wp::float32 var_19;
    //---------
    // forward
    // def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):            <L 95>
    // x, y = wp.tid()                                                                        <L 96>
    builtin_tid2d(var_0, var_1);
    // for q in range(Q):                                                                     <L 97>
    // f[x, y, q] = equilibrium(rho0, u0, q)                                                  <L 98>
    var_3 = equilibrium_0(var_rho0, var_u0, var_2);
    wp::array_store(var_f, var_0, var_1, var_2, var_3);
    var_5 = equilibrium_0(var_rho0, var_u0, var_4);
    wp::array_store(var_f, var_0, var_1, var_4, var_5);
    var_7 = equilibrium_0(var_rho0, var_u0, var_6);
    wp::array_store(var_f, var_0, var_1, var_6, var_7);
    var_9 = equilibrium_0(var_rho0, var_u0, var_8);
    wp::array_store(var_f, var_0, var_1, var_8, var_9);
    var_11 = equilibrium_0(var_rho0, var_u0, var_10);
    wp::array_store(var_f, var_0, var_1, var_10, var_11);
    var_13 = equilibrium_0(var_rho0, var_u0, var_12);
    wp::array_store(var_f, var_0, var_1, var_12, var_13);
    var_15 = equilibrium_0(var_rho0, var_u0, var_14);
    wp::array_store(var_f, var_0, var_1, var_14, var_15);
    var_17 = equilibrium_0(var_rho0, var_u0, var_16);
    wp::array_store(var_f, var_0, var_1, var_16, var_17);
    var_19 = equilibrium_0(var_rho0, var_u0, var_18);
    wp::array_store(var_f, var_0, var_1, var_18, var_19);
}



void init_equilibrium_83127b8f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_init_equilibrium_83127b8f *_wp_args,
    wp_args_init_equilibrium_83127b8f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::float32 var_rho0 = _wp_args->rho0;
    wp::vec_t<2, wp::float32> var_u0 = _wp_args->u0;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::float32 adj_rho0 = _wp_adj_args->rho0;
    wp::vec_t<2, wp::float32> adj_u0 = _wp_adj_args->u0;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    const wp::int32 var_12 = 5;
    wp::float32 var_13;
    const wp::int32 var_14 = 6;
    wp::float32 var_15;
    const wp::int32 var_16 = 7;
    wp::float32 var_17;
    const wp::int32 var_18 = 8;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):            <L 95>
    // x, y = wp.tid()                                                                        <L 96>
    builtin_tid2d(var_0, var_1);
    // for q in range(Q):                                                                     <L 97>
    // f[x, y, q] = equilibrium(rho0, u0, q)                                                  <L 98>
    var_3 = equilibrium_0(var_rho0, var_u0, var_2);
    // wp::array_store(var_f, var_0, var_1, var_2, var_3);
    var_5 = equilibrium_0(var_rho0, var_u0, var_4);
    // wp::array_store(var_f, var_0, var_1, var_4, var_5);
    var_7 = equilibrium_0(var_rho0, var_u0, var_6);
    // wp::array_store(var_f, var_0, var_1, var_6, var_7);
    var_9 = equilibrium_0(var_rho0, var_u0, var_8);
    // wp::array_store(var_f, var_0, var_1, var_8, var_9);
    var_11 = equilibrium_0(var_rho0, var_u0, var_10);
    // wp::array_store(var_f, var_0, var_1, var_10, var_11);
    var_13 = equilibrium_0(var_rho0, var_u0, var_12);
    // wp::array_store(var_f, var_0, var_1, var_12, var_13);
    var_15 = equilibrium_0(var_rho0, var_u0, var_14);
    // wp::array_store(var_f, var_0, var_1, var_14, var_15);
    var_17 = equilibrium_0(var_rho0, var_u0, var_16);
    // wp::array_store(var_f, var_0, var_1, var_16, var_17);
    var_19 = equilibrium_0(var_rho0, var_u0, var_18);
    // wp::array_store(var_f, var_0, var_1, var_18, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_1, var_18, var_19, adj_f, adj_0, adj_1, adj_18, adj_19);
    adj_equilibrium_0(var_rho0, var_u0, var_18, adj_rho0, adj_u0, adj_18, adj_19);
    wp::adj_array_store(var_f, var_0, var_1, var_16, var_17, adj_f, adj_0, adj_1, adj_16, adj_17);
    adj_equilibrium_0(var_rho0, var_u0, var_16, adj_rho0, adj_u0, adj_16, adj_17);
    wp::adj_array_store(var_f, var_0, var_1, var_14, var_15, adj_f, adj_0, adj_1, adj_14, adj_15);
    adj_equilibrium_0(var_rho0, var_u0, var_14, adj_rho0, adj_u0, adj_14, adj_15);
    wp::adj_array_store(var_f, var_0, var_1, var_12, var_13, adj_f, adj_0, adj_1, adj_12, adj_13);
    adj_equilibrium_0(var_rho0, var_u0, var_12, adj_rho0, adj_u0, adj_12, adj_13);
    wp::adj_array_store(var_f, var_0, var_1, var_10, var_11, adj_f, adj_0, adj_1, adj_10, adj_11);
    adj_equilibrium_0(var_rho0, var_u0, var_10, adj_rho0, adj_u0, adj_10, adj_11);
    wp::adj_array_store(var_f, var_0, var_1, var_8, var_9, adj_f, adj_0, adj_1, adj_8, adj_9);
    adj_equilibrium_0(var_rho0, var_u0, var_8, adj_rho0, adj_u0, adj_8, adj_9);
    wp::adj_array_store(var_f, var_0, var_1, var_6, var_7, adj_f, adj_0, adj_1, adj_6, adj_7);
    adj_equilibrium_0(var_rho0, var_u0, var_6, adj_rho0, adj_u0, adj_6, adj_7);
    wp::adj_array_store(var_f, var_0, var_1, var_4, var_5, adj_f, adj_0, adj_1, adj_4, adj_5);
    adj_equilibrium_0(var_rho0, var_u0, var_4, adj_rho0, adj_u0, adj_4, adj_5);
    wp::adj_array_store(var_f, var_0, var_1, var_2, var_3, adj_f, adj_0, adj_1, adj_2, adj_3);
    adj_equilibrium_0(var_rho0, var_u0, var_2, adj_rho0, adj_u0, adj_2, adj_3);
    // adj: f[x, y, q] = equilibrium(rho0, u0, q)                                             <L 98>
    // adj: for q in range(Q):                                                                <L 97>
    // adj: x, y = wp.tid()                                                                   <L 96>
    // adj: def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):       <L 95>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void init_equilibrium_83127b8f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_init_equilibrium_83127b8f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        init_equilibrium_83127b8f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void init_equilibrium_83127b8f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_init_equilibrium_83127b8f *_wp_args,
    wp_args_init_equilibrium_83127b8f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        init_equilibrium_83127b8f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

